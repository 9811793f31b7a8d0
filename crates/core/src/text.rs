//! Boundary-safe string slicing: the one place the core (and the page) cut a `str` at a byte
//! offset.
//!
//! Takes: a `str` and byte offsets, computed anywhere (a tokeniser, a search, a size limit).
//! Gives: the slice, never a panic: `&s[a..b]` when both ends are char boundaries inside `s`,
//! and otherwise the slice with each end moved down to the char boundary at or before it
//! (clamped to `s.len()`), or `""` when the range is inverted.
//! Invariants: on ASCII text, and on offsets that are boundaries, each helper is exactly the
//! slice it stands for. `clippy::string_slice` is denied in the core so new code comes here.

/// The largest char boundary of `s` at or below `n` (`str::floor_char_boundary`, stable).
pub fn floor_char_boundary(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    // a char is at most 4 bytes: at most 3 steps back
    (0..=n).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0)
}

/// The smallest char boundary of `s` at or above `n` (`str::ceil_char_boundary`, stable).
pub fn ceil_char_boundary(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    (n..=s.len())
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(s.len())
}

/// `&s[a..b]`, boundary-safe: each end off a boundary moves down to one; inverted gives `""`.
pub fn slice(s: &str, a: usize, b: usize) -> &str {
    if let Some(t) = s.get(a..b) {
        return t;
    }
    let (a, b) = (floor_char_boundary(s, a), floor_char_boundary(s, b));
    s.get(a..b).unwrap_or("")
}

/// `&s[a..]`, boundary-safe: an `a` off a boundary moves down to one; past the end gives `""`.
pub fn tail(s: &str, a: usize) -> &str {
    s.get(a..)
        .unwrap_or_else(|| s.get(floor_char_boundary(s, a)..).unwrap_or(""))
}

/// `&s[..b]`, boundary-safe: a `b` off a boundary moves down to one; past the end gives `s`.
pub fn head(s: &str, b: usize) -> &str {
    s.get(..b)
        .unwrap_or_else(|| s.get(..floor_char_boundary(s, b)).unwrap_or(s))
}

/// The first `n` chars of `s` (all of it when it is shorter): a short label cut by chars, not
/// bytes, so `"été"` keeps its accents.
pub fn head_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => head(s, i),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // “ and ” are 3 bytes, — is 3, é is 2, 🕊 is 4.
    const MIXED: &str = "a“b”c—dé🕊e";

    #[test]
    fn boundaries() {
        assert_eq!(floor_char_boundary("aé", 2), 1);
        assert_eq!(floor_char_boundary("aé", 9), 3);
        assert_eq!(ceil_char_boundary("aé", 2), 3);
        assert_eq!(ceil_char_boundary("aé", 0), 0);
        assert_eq!(ceil_char_boundary("aé", 9), 3);
        for n in 0..=MIXED.len() + 2 {
            let f = floor_char_boundary(MIXED, n);
            let c = ceil_char_boundary(MIXED, n);
            assert!(MIXED.is_char_boundary(f) && MIXED.is_char_boundary(c));
            assert!(f <= n.min(MIXED.len()) && c >= n.min(MIXED.len()));
        }
    }

    #[test]
    fn every_offset_into_multibyte_text_slices_without_panic() {
        let n = MIXED.len() + 3;
        for a in 0..n {
            assert!(MIXED.ends_with(tail(MIXED, a)));
            assert!(MIXED.starts_with(head(MIXED, a)));
            for b in 0..n {
                let s = slice(MIXED, a, b);
                assert!(MIXED.contains(s));
                if a <= b && b <= MIXED.len() && MIXED.is_char_boundary(a) {
                    if MIXED.is_char_boundary(b) {
                        assert_eq!(s, MIXED.get(a..b).unwrap());
                    }
                } else if a > b {
                    assert_eq!(s, "");
                }
            }
        }
        // an offset inside a curly quote (“ is bytes 1..4, ” 5..8) moves down to its start
        assert_eq!(slice(MIXED, 2, 5), "“b");
        assert_eq!(slice(MIXED, 2, 7), "“b");
        assert_eq!(slice(MIXED, 2, 3), "");
        assert_eq!(tail(MIXED, 2), "“b”c—dé🕊e");
        assert_eq!(head(MIXED, 2), "a");
        assert_eq!(head(MIXED, 99), MIXED);
        assert_eq!(tail(MIXED, 99), "");
    }

    #[test]
    #[allow(clippy::string_slice)] // the reference it is compared with
    fn ascii_is_plain_slicing() {
        let s = "casualties";
        for a in 0..=s.len() {
            assert_eq!(tail(s, a), &s[a..]);
            assert_eq!(head(s, a), &s[..a]);
            for b in a..=s.len() {
                assert_eq!(slice(s, a, b), &s[a..b]);
            }
        }
    }

    #[test]
    fn head_chars_counts_chars() {
        assert_eq!(head_chars("003_771d", 3), "003");
        assert_eq!(head_chars("ééé_x", 3), "ééé");
        assert_eq!(head_chars("“q”", 3), "“q”");
        assert_eq!(head_chars("🕊", 3), "🕊");
        assert_eq!(head_chars("", 3), "");
    }
}
