//! JSON Lines: one article a line in, one Report a line out — the CLI as the map step of an
//! engine that partitions an archive (Spark, DataFusion/Ballista).
//!
//! Takes: one line of a JSON Lines file: an object
//! `{"id": …, "text": …, "title"?, "outlet"?, "date"?, "url"?}` — the fields of
//! [`ArticleInput`]; `id` a string or an integer, the others strings or `null`; other fields
//! (a partition key, say) are ignored — and its 1-based line number.
//! Gives: [`read_line`]: the article read through [`ingest::ingest`] exactly as a file is (HTML
//! sniffed and reduced to its text, empty and binary texts refused, a text over
//! [`ingest::MAX_BYTES`] cut), its diagnostics naming the line ("line 3 is empty"); `None` for a
//! blank line; an error message for a line that is no article (not JSON, not an object, no
//! `id` or `text`, a field of the wrong type). [`article_line`] writes an article as such a line.
//! Invariants: never panics; the id is kept as given (a dot in it is no file extension); the
//! line's title, outlet, date and URL play the part of a manifest entry (the line's title wins
//! over an HTML `<title>`); a line reads as the file with that text and manifest entry reads,
//! so an article gives the same Report whichever way it came in. Markdown is known only by a
//! file's extension: a line's text is read as plain text or HTML.

use crate::ingest::{self, Ingested};
use crate::manifest::Entry;
use crate::ArticleInput;
use serde_json::{Map, Value};

/// Read line `number` (1-based) of a JSON Lines bundle: see the module documentation. Its line
/// end (`\n` or `\r\n`) and a leading byte order mark are ignored.
pub fn read_line(line: &[u8], number: usize) -> Result<Option<Ingested>, String> {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let mut fields = match serde_json::from_slice::<Value>(line) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return Err(format!("line {number}: not a JSON object")),
        Err(e) => {
            // the position within the line: its column (serde's "line 1" says nothing)
            let full = e.to_string();
            let at = format!(" at line {} column {}", e.line(), e.column());
            let what = full.strip_suffix(&at).unwrap_or(&full);
            return Err(format!(
                "line {number}: not JSON ({what}, column {})",
                e.column()
            ));
        }
    };
    let id = match fields.remove("id") {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) if n.is_i64() || n.is_u64() => n.to_string(),
        None | Some(Value::Null) => return Err(format!("line {number}: no \"id\"")),
        Some(_) => {
            return Err(format!(
                "line {number}: \"id\" must be a non-empty string or an integer"
            ))
        }
    };
    let text = match fields.remove("text") {
        Some(Value::String(s)) => s,
        None | Some(Value::Null) => {
            return Err(format!("line {number}: no \"text\" for article {id}"))
        }
        Some(_) => {
            return Err(format!(
                "line {number}: \"text\" of article {id} must be a string"
            ))
        }
    };
    let mut field = |name: &str| match fields.remove(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(format!(
            "line {number}: \"{name}\" of article {id} must be a string or null"
        )),
    };
    let entry = Entry {
        file: String::new(),
        title: field("title")?,
        outlet: field("outlet")?,
        date: field("date")?,
        url: field("url")?,
    };
    // a name without a dot, so that no part of the id is taken for a file extension
    let name = format!("line {number}");
    let mut got = ingest::ingest(&name, text.as_bytes(), Some(&entry));
    if let Some(a) = &mut got.input {
        a.id = id.clone();
    }
    for d in &mut got.diagnostics {
        d.article = Some(id.clone());
    }
    Ok(Some(got))
}

/// An article as one line of a JSON Lines bundle (no line end), the form [`read_line`] reads.
pub fn article_line(a: &ArticleInput) -> String {
    let mut m = Map::new();
    m.insert("id".into(), Value::String(a.id.clone()));
    m.insert("text".into(), Value::String(a.text.clone()));
    for (k, v) in [
        ("title", &a.title),
        ("outlet", &a.outlet),
        ("date", &a.date),
        ("url", &a.url),
    ] {
        if let Some(v) = v {
            m.insert(k.into(), Value::String(v.clone()));
        }
    }
    Value::Object(m).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::DiagnosticLevel;

    fn ok(line: &str) -> Ingested {
        read_line(line.as_bytes(), 7).unwrap().unwrap()
    }

    #[test]
    fn an_article_line_reads_as_its_file_would() {
        let text = "\u{feff}At least 12 people were killed in Gao on Friday, officials said.";
        let a = ArticleInput {
            id: "003_x".into(),
            text: text.into(),
            outlet: Some("AFP".into()),
            date: Some("2020-10-31".into()),
            ..Default::default()
        };
        let line = article_line(&a);
        assert!(!line.contains('\n'));
        assert!(!line.contains("title"), "None is left out: {line}");
        let got = ok(&line);
        assert!(got.diagnostics.is_empty(), "{:?}", got.diagnostics);
        assert_eq!(got.input.as_ref(), Some(&a));
        let file = ingest::ingest(
            "003_x.txt",
            text.as_bytes(),
            Some(&Entry {
                file: "003_x.txt".into(),
                outlet: Some("AFP".into()),
                date: Some("2020-10-31".into()),
                ..Default::default()
            }),
        );
        assert_eq!(got.input, file.input);
        assert_eq!(
            crate::analyze(std::slice::from_ref(&a)),
            crate::analyze(&[file.input.unwrap()])
        );
    }

    #[test]
    fn ids_fields_and_line_ends() {
        // a dot in the id is no extension; an integer id; null fields; unknown fields ignored;
        // CRLF and a byte order mark
        let got =
            ok("\u{feff}{\"id\":\"story.v2\",\"text\":\"Talks.\",\"title\":null,\"bundle\":3}\r\n");
        let a = got.input.unwrap();
        assert_eq!(
            (a.id.as_str(), a.text.as_str(), a.title),
            ("story.v2", "Talks.", None)
        );
        assert_eq!(ok(r#"{"id":17,"text":"Talks."}"#).input.unwrap().id, "17");
        for blank in ["", "  \t", "\r\n"] {
            assert!(read_line(blank.as_bytes(), 1).unwrap().is_none());
        }
    }

    #[test]
    fn html_is_reduced_and_the_line_title_wins() {
        let page = "<html><head><title>Strike</title></head><body><p>At least 31 civilians were killed.</p></body></html>";
        let line =
            |title: &str| serde_json::json!({"id": "a", "text": page, "title": title}).to_string();
        let got = ok(&line("Given"));
        let a = got.input.unwrap();
        assert_eq!(a.text, "Strike\n\nAt least 31 civilians were killed.");
        assert_eq!(a.title.as_deref(), Some("Given"));
        assert_eq!(
            got.diagnostics[0].message,
            "line 7 was HTML: only its readable text was kept"
        );
        assert_eq!(got.diagnostics[0].article.as_deref(), Some("a"));
        let no_title = serde_json::json!({"id": "a", "text": page}).to_string();
        assert_eq!(
            ok(&no_title).input.unwrap().title.as_deref(),
            Some("Strike")
        );
    }

    #[test]
    fn a_bad_line_is_an_error_naming_it_and_an_empty_text_a_warning() {
        for (line, why) in [
            (
                "{\"id\":\"a\",\"text\":\n",
                "line 7: not JSON (EOF while parsing a value, column 17)",
            ),
            ("[1,2]", "line 7: not a JSON object"),
            ("\"text\"", "line 7: not a JSON object"),
            (r#"{"text":"Talks."}"#, "line 7: no \"id\""),
            (r#"{"id":"","text":"Talks."}"#, "line 7: \"id\" must be"),
            (r#"{"id":1.5,"text":"Talks."}"#, "line 7: \"id\" must be"),
            (r#"{"id":"a"}"#, "line 7: no \"text\" for article a"),
            (
                r#"{"id":"a","text":3}"#,
                "line 7: \"text\" of article a must be a string",
            ),
            (
                r#"{"id":"a","text":"x","date":20201031}"#,
                "\"date\" of article a must be",
            ),
            ("{\"id\":\"a\",\"text\":\"\\ud800\"}", "line 7: not JSON"),
        ] {
            let e = read_line(line.as_bytes(), 7).unwrap_err();
            assert!(e.starts_with("line 7: ") && e.contains(why), "{line}: {e}");
        }
        // invalid UTF-8 is no JSON text
        assert!(read_line(b"{\"id\":\"a\",\"text\":\"\xe9\"}", 7).is_err());
        for text in ["", " \n ", "\u{0}\u{1}\u{2}\u{0}\u{0}\u{0}\u{5}\u{0}"] {
            let got = ok(&serde_json::json!({"id": "a", "text": text}).to_string());
            assert!(got.input.is_none());
            let d = &got.diagnostics[0];
            assert_eq!(d.level, DiagnosticLevel::Warning);
            assert!(d.message.starts_with("line 7 "), "{}", d.message);
        }
    }
}
