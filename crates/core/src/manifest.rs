//! The articles manifest: `manifest.json` beside a folder of articles.
//!
//! Takes: the manifest's JSON text.
//! Gives: one [`Entry`] per article (file name, title, outlet, date, URL).
//! Invariants: a malformed manifest gives no entries rather than an error (the articles still
//! load, with their datelines); unknown fields are ignored.

use serde::Deserialize;

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Entry {
    pub file: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Deserialize)]
struct Manifest {
    articles: Vec<Entry>,
}

/// The entry of the article file `file` (a name such as `003_x.txt`, or its stem).
pub fn find<'a>(entries: &'a [Entry], file: &str) -> Option<&'a Entry> {
    let id = crate::ingest::id_of(file);
    entries.iter().find(|e| e.file == file || e.file == id)
}

/// The core input for the article file `file` (a name such as `003_x.txt`) with `text`, taking
/// title, outlet, date and URL from the manifest entry of that file when there is one.
pub fn input(entries: &[Entry], file: &str, text: String) -> crate::ArticleInput {
    let id = crate::ingest::id_of(file).to_string();
    let m = find(entries, file);
    crate::ArticleInput {
        id,
        text,
        title: m.and_then(|m| m.title.clone()),
        outlet: m.and_then(|m| m.outlet.clone()),
        date: m.and_then(|m| m.date.clone()),
        url: m.and_then(|m| m.url.clone()),
    }
}

/// Parse a manifest; malformed input gives no entries.
pub fn parse(json: &str) -> Vec<Entry> {
    serde_json::from_str::<Manifest>(json)
        .map(|m| m.articles)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_and_tolerates() {
        let e = super::parse(r#"{"articles":[{"file":"a.txt","date":"2020-10-31","x":1}]}"#);
        assert_eq!(e[0].file, "a.txt");
        assert_eq!(e[0].date.as_deref(), Some("2020-10-31"));
        assert!(super::parse("not json").is_empty());
    }
}
