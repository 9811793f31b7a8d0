//! The one way in: a file's name, bytes and manifest entry → an article input and diagnostics.
//!
//! Takes: a file name (`003_x.txt`, `story.html`, `notes.md`; the page names a pasted text
//! without an extension), its bytes, and its manifest entry when there is one.
//! Gives: an [`Ingested`]: the [`ArticleInput`] the core analyses (or none, when the file is no
//! article), its [`Format`] and the diagnostics a reader should see, each naming the file:
//! encoding (UTF-8 kept byte for byte, BOMs, UTF-16, legacy bytes repaired — the `decode`
//! stage), HTML (by extension or by content) reduced to its text with its title, Markdown
//! (`.md`) reduced to its text, empty, binary, an unknown extension, too large.
//! Invariants: the CLI, the page and the tests all come in here, so a file reads the same
//! everywhere; [`MAX_BYTES`] is the one size limit of the core (the bundle stage cuts an input
//! handed to `analyze` directly at the same size); never panics; linear time.

use crate::manifest::Entry;
use crate::report::{Diagnostic, DiagnosticLevel};
use crate::{decode, html, markdown, ArticleInput};

/// An article's text is analysed up to this many bytes (cut at a char boundary, with a warning).
/// The page does not read a file over twice this size (HTML markup may shrink to it).
pub const MAX_BYTES: usize = 25 * 1024 * 1024;

/// The file extensions read as articles (lowercase); a name without an extension is read too.
pub const EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm"];

/// How the bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Markdown,
}

/// The outcome of [`ingest`].
#[derive(Debug, Clone, PartialEq)]
pub struct Ingested {
    /// The article, or `None` when the file is no article (the diagnostics say why).
    pub input: Option<ArticleInput>,
    pub format: Format,
    /// Warnings (something was repaired, cut or refused) and notes (how the file was read).
    pub diagnostics: Vec<Diagnostic>,
}

/// The lowercased extension of a file name (`""` when it has none).
pub fn extension(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.contains(['/', '\\', ' ']) => {
            ext.to_ascii_lowercase()
        }
        _ => String::new(),
    }
}

/// Whether a file name is one the core reads as an article (a folder's `.txt`, `.md`, `.html`).
pub fn is_article_name(name: &str) -> bool {
    EXTENSIONS.contains(&extension(name).as_str())
}

/// The article id of a file name: the name without its extension.
pub fn id_of(name: &str) -> &str {
    if extension(name).is_empty() {
        return name;
    }
    name.rsplit_once('.').map(|(stem, _)| stem).unwrap_or(name)
}

/// Read one file as an article: see the module documentation.
pub fn ingest(name: &str, bytes: &[u8], entry: Option<&Entry>) -> Ingested {
    let id = id_of(name).to_string();
    let ext = extension(name);
    let mut diagnostics = Vec::new();
    let mut say = |level, message: String| {
        diagnostics.push(Diagnostic {
            article: Some(id.clone()),
            level,
            message,
        })
    };
    let refuse = |format, diagnostics| Ingested {
        input: None,
        format,
        diagnostics,
    };
    if !ext.is_empty() && !EXTENSIONS.contains(&ext.as_str()) {
        say(
            DiagnosticLevel::Warning,
            format!("{name}: only .txt, .md and .html files can be read as articles"),
        );
        return refuse(Format::Text, diagnostics);
    }
    let decoded = decode::decode(bytes);
    if decoded.text.trim().is_empty() {
        say(DiagnosticLevel::Warning, format!("{name} is empty"));
        return refuse(Format::Text, diagnostics);
    }
    // on the decoded text, so that UTF-16 (a NUL every other byte) is not taken for binary
    if decode::looks_binary(decoded.text.as_bytes()) {
        say(
            DiagnosticLevel::Warning,
            format!("{name} looks like a binary file (many NUL or control bytes), not an article"),
        );
        return refuse(Format::Text, diagnostics);
    }
    for w in &decoded.warnings {
        say(DiagnosticLevel::Warning, format!("{name}: {w}"));
    }
    let format = match ext.as_str() {
        "html" | "htm" => Format::Html,
        "md" | "markdown" => Format::Markdown,
        _ if html::looks_like_html(&decoded.text) => Format::Html,
        _ => Format::Text,
    };
    let (mut text, title) = match format {
        Format::Html => {
            say(
                DiagnosticLevel::Info,
                format!("{name} was HTML: only its readable text was kept"),
            );
            (html::to_text(&decoded.text), html::title(&decoded.text))
        }
        Format::Markdown => {
            say(
                DiagnosticLevel::Info,
                format!("{name} was Markdown: its markup was removed"),
            );
            (markdown::to_text(&decoded.text), None)
        }
        Format::Text => (decoded.text, None),
    };
    if text.trim().is_empty() {
        say(
            DiagnosticLevel::Warning,
            format!("{name} holds no readable text"),
        );
        return refuse(format, diagnostics);
    }
    if text.len() > MAX_BYTES {
        say(
            DiagnosticLevel::Warning,
            format!(
                "{name} is {:.1} MB; only its first {} MB were kept",
                text.len() as f64 / 1048576.0,
                MAX_BYTES >> 20
            ),
        );
        text.truncate(crate::text::floor_char_boundary(&text, MAX_BYTES));
    }
    let input = ArticleInput {
        id,
        text,
        title: entry.and_then(|e| e.title.clone()).or(title),
        outlet: entry.and_then(|e| e.outlet.clone()),
        date: entry.and_then(|e| e.date.clone()),
        url: entry.and_then(|e| e.url.clone()),
    };
    Ingested {
        input: Some(input),
        format,
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warnings(i: &Ingested) -> Vec<&str> {
        i.diagnostics
            .iter()
            .filter(|d| d.level == DiagnosticLevel::Warning)
            .map(|d| d.message.as_str())
            .collect()
    }

    const ARTICLE: &str = "At least 12 people were killed on Friday, officials said.";

    #[test]
    fn plain_utf8_is_kept_byte_for_byte_with_the_manifest() {
        let text = format!("\u{feff}{ARTICLE} “Quoted” — dash.");
        let e = Entry {
            file: "003_x.txt".into(),
            title: Some("T".into()),
            outlet: Some("O".into()),
            date: Some("2020-10-31".into()),
            url: Some("u".into()),
        };
        let i = ingest("003_x.txt", text.as_bytes(), Some(&e));
        assert_eq!(i.format, Format::Text);
        assert!(i.diagnostics.is_empty());
        let a = i.input.unwrap();
        assert_eq!(a.text, text);
        assert_eq!(a.id, "003_x");
        assert_eq!(
            (a.title, a.outlet, a.date, a.url),
            (
                Some("T".into()),
                Some("O".into()),
                Some("2020-10-31".into()),
                Some("u".into())
            )
        );
    }

    #[test]
    fn encodings_utf16_and_legacy() {
        for le in [true, false] {
            let mut b = if le {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for u in ARTICLE.encode_utf16() {
                b.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            let i = ingest("a.txt", &b, None);
            assert_eq!(
                i.input.as_ref().unwrap().text,
                ARTICLE,
                "UTF-16 is no binary file"
            );
            assert!(warnings(&i)[0].contains("UTF-16"));
        }
        // Latin-1 bytes: repaired, with a warning
        let i = ingest("a.txt", b"Caf\xe9 talks: 3 killed.", None);
        assert_eq!(
            i.input.as_ref().unwrap().text,
            "Caf\u{fffd} talks: 3 killed."
        );
        assert!(warnings(&i)[0].starts_with("a.txt: the file is not valid UTF-8"));
    }

    #[test]
    fn html_by_extension_or_content() {
        let page = "<html><head><title>Strike kills 12</title><script>alert(1)</script></head><body><p>At least 12 people were killed.</p></body></html>";
        for name in ["story.html", "story.HTM", "story.txt", "pasted"] {
            let i = ingest(name, page.as_bytes(), None);
            assert_eq!(i.format, Format::Html, "{name}");
            assert!(warnings(&i).is_empty());
            assert!(i.diagnostics[0].message.contains("was HTML"));
            let a = i.input.unwrap();
            assert_eq!(a.title.as_deref(), Some("Strike kills 12"));
            assert_eq!(a.text, "Strike kills 12\n\nAt least 12 people were killed.");
        }
        // an extension says HTML even when the content does not look like it
        let i = ingest("frag.htm", b"Ceasefire &amp; talks", None);
        assert_eq!(i.input.unwrap().text, "Ceasefire & talks");
        // the manifest's title wins over the document's
        let e = Entry {
            file: "story.html".into(),
            title: Some("Given".into()),
            ..Entry::default()
        };
        let i = ingest("story.html", page.as_bytes(), Some(&e));
        assert_eq!(i.input.unwrap().title.as_deref(), Some("Given"));
    }

    #[test]
    fn markdown_by_extension() {
        let md = "# Strike kills 12\n\nAt **least 12** people were [killed](https://x.org).\n";
        let i = ingest("notes.md", md.as_bytes(), None);
        assert_eq!(i.format, Format::Markdown);
        assert_eq!(
            i.input.unwrap().text,
            "Strike kills 12\n\n\nAt least 12 people were killed.\n"
        );
        // a .txt is never read as Markdown
        let i = ingest("notes.txt", md.as_bytes(), None);
        assert_eq!(i.input.unwrap().text, md);
    }

    #[test]
    fn empty_binary_unknown_and_unreadable_are_refused() {
        for (name, bytes, why) in [
            ("a.txt", &b""[..], "is empty"),
            ("a.txt", b" \n\t ", "is empty"),
            ("a.txt", &[0, 1, 2, 0, 0, 0, 5, 0, 0, 0], "binary"),
            ("a.pdf", b"%PDF-1.4", "only .txt, .md and .html"),
            ("a.html", b"<script>only code</script>", "no readable text"),
            ("a.md", b"```\ncode\n```", "no readable text"),
        ] {
            let i = ingest(name, bytes, None);
            assert!(i.input.is_none(), "{name} {bytes:?}");
            assert!(
                warnings(&i).iter().any(|w| w.contains(why)),
                "{:?}",
                i.diagnostics
            );
            assert!(warnings(&i).iter().all(|w| w.starts_with(name)));
        }
    }

    #[test]
    fn too_large_is_cut_on_a_char_boundary() {
        // “ is 3 bytes: MAX_BYTES falls inside one
        let text = "abcd".to_string() + &"“ab".repeat(MAX_BYTES / 5 + 1);
        assert!(text.len() > MAX_BYTES && !text.is_char_boundary(MAX_BYTES));
        let i = ingest("big.txt", text.as_bytes(), None);
        let w = warnings(&i);
        assert_eq!(w.len(), 1);
        assert!(
            w[0].contains("MB; only its first 25 MB were kept"),
            "{}",
            w[0]
        );
        let a = i.input.unwrap();
        assert!(a.text.len() <= MAX_BYTES && a.text.len() > MAX_BYTES - 4);
        assert!(text.starts_with(&a.text));
    }

    #[test]
    fn names_and_ids() {
        assert_eq!(id_of("003_x.txt"), "003_x");
        assert_eq!(id_of("pasted text"), "pasted text");
        assert_eq!(id_of(".hidden"), ".hidden");
        assert_eq!(extension("A.HTML"), "html");
        assert_eq!(extension("no extension"), "");
        assert!(is_article_name("a.md") && is_article_name("a.htm") && !is_article_name("a.json"));
        // a name without an extension is read, a dot inside a sentence-like name is no extension
        assert!(ingest("Mr. Smith said", ARTICLE.as_bytes(), None)
            .input
            .is_some());
    }
}
