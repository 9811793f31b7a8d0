//! Stage 0 — bytes to text.
//!
//! Takes: the bytes of a file as read from disk or upload.
//! Gives: a `String` (the text every later offset refers to) and diagnostics.
//! Invariants: valid UTF-8 is returned byte for byte (a byte-order mark included, so offsets
//! into the file stay exact); UTF-16 with a byte-order mark is decoded; anything else invalid is
//! decoded lossily with a warning; binary input (many NUL or control bytes) is flagged. Never
//! panics; linear time.

/// The outcome of decoding: the text and what the reader should know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Warnings, in plain words.
    pub warnings: Vec<String>,
    /// The text offsets no longer equal the file's byte offsets (UTF-16 or lossy decoding).
    pub transcoded: bool,
}

/// Decode file bytes into text.
pub fn decode(bytes: &[u8]) -> Decoded {
    let mut warnings = Vec::new();
    if bytes.len() >= 2 && (bytes[..2] == [0xFF, 0xFE] || bytes[..2] == [0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        let text = String::from_utf16_lossy(&units);
        warnings.push(format!(
            "decoded from UTF-16 {}; evidence offsets refer to the decoded UTF-8 text",
            if le { "LE" } else { "BE" }
        ));
        return Decoded {
            text,
            warnings,
            transcoded: true,
        };
    }
    let (text, transcoded) = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), false),
        Err(_) => {
            warnings.push(
                "the file is not valid UTF-8; invalid bytes were replaced and evidence offsets refer to the repaired text"
                    .to_string(),
            );
            (String::from_utf8_lossy(bytes).into_owned(), true)
        }
    };
    if looks_binary(bytes) {
        warnings
            .push("the file looks binary (many NUL or control bytes), not an article".to_string());
    }
    Decoded {
        text,
        warnings,
        transcoded,
    }
}

/// More than 1 in 20 of the first 64 KiB are NUL or non-white-space control bytes.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(65536)];
    if head.is_empty() {
        return false;
    }
    let bad = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)))
        .count();
    bad * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_kept_byte_for_byte() {
        let d = decode("\u{feff}Hello – world".as_bytes());
        assert_eq!(d.text, "\u{feff}Hello – world");
        assert!(d.warnings.is_empty() && !d.transcoded);
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Hi there".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&b);
        assert_eq!(d.text, "Hi there");
        assert!(d.transcoded);
    }

    #[test]
    fn invalid_utf8_and_binary() {
        let d = decode(&[b'a', 0xff, b'b']);
        assert_eq!(d.text, "a\u{fffd}b");
        assert_eq!(d.warnings.len(), 1);
        let d = decode(&[0u8; 100]);
        assert!(d.warnings.iter().any(|w| w.contains("binary")));
    }
}
