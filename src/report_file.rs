//! "Open a Report…": a precomputed Report, as the CLI writes it (`crosscheck --format json`),
//! read from a file the user chooses. Pure, tested natively (`tests/report_file.rs`).
//!
//! Takes the file's bytes; gives the Report, or why it is not one in words a user can act on:
//! not text, not JSON, JSON Lines (`--format jsonl`, one Report per article), JSON that is no
//! Report, a Report of another schema version, a field of the wrong type, or records whose
//! evidence names an article the Report does not list. Never panics.

use crosscheck_core::{Report, SCHEMA};
use std::fmt;

/// The largest Report file read: about 9 KB per article, so some 5,000 articles.
pub const MAX_REPORT_BYTES: usize = 50 * 1024 * 1024;

/// Why a file is not a Report the page can show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAReport {
    TooLarge(usize),
    Empty,
    NotText,
    NotJson(String),
    JsonLines,
    NoSchema,
    OtherSchema(String),
    Unreadable(String),
    UnknownArticle { record: String, article: String },
}

impl fmt::Display for NotAReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotAReport::TooLarge(n) => write!(
                f,
                "it is {} MB, more than the {} MB a Report file may have here",
                n / 1_048_576,
                MAX_REPORT_BYTES / 1_048_576
            ),
            NotAReport::Empty => write!(f, "the file is empty"),
            NotAReport::NotText => write!(f, "it is not text (a Report is a JSON file)"),
            NotAReport::NotJson(e) => write!(f, "it is not JSON ({e})"),
            NotAReport::JsonLines => write!(
                f,
                "it holds one Report per line (the CLI's --format jsonl, one per article); open the Report of the whole bundle, written by --format json"
            ),
            NotAReport::NoSchema => write!(
                f,
                "it is JSON but not a Crosscheck Report (no \"schema\": \"{SCHEMA}\"); the CLI writes one with --format json"
            ),
            NotAReport::OtherSchema(s) => write!(
                f,
                "it is a Report of schema “{s}”; this page reads “{SCHEMA}”"
            ),
            NotAReport::Unreadable(e) => write!(f, "it says it is a Report, but {e}"),
            NotAReport::UnknownArticle { record, article } => write!(
                f,
                "its record “{record}” cites the article “{article}”, which the Report does not list"
            ),
        }
    }
}

/// The schema tag of a JSON value, if it is an object that has one.
fn schema_of(v: &serde_json::Value) -> Option<&str> {
    v.get("schema")?.as_str()
}

/// Read a Report file.
pub fn read(bytes: &[u8]) -> Result<Report, NotAReport> {
    if bytes.len() > MAX_REPORT_BYTES {
        return Err(NotAReport::TooLarge(bytes.len()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| NotAReport::NotText)?;
    if text.trim().is_empty() {
        return Err(NotAReport::Empty);
    }
    // The common case in one pass: a Report of this schema, read straight from the text (the
    // same deserialisation the worker's replies and the bundled Report go through, so the page
    // links one copy of it). Only a file that is not one is parsed again, to say why.
    let direct = match serde_json::from_str::<Report>(text) {
        // an object (a JSON array can also fill a struct's fields, in order)
        Ok(report) if report.schema == SCHEMA && text.trim_start().starts_with('{') => {
            check(&report)?;
            return Ok(report);
        }
        Ok(_) => None,
        Err(e) => Some(e),
    };
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            // JSON Lines: the first line alone is a Report
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            let is_line_report = serde_json::from_str::<serde_json::Value>(first)
                .ok()
                .as_ref()
                .and_then(schema_of)
                .is_some_and(|s| s.starts_with("crosscheck.report/"));
            if is_line_report {
                return Err(NotAReport::JsonLines);
            }
            return Err(NotAReport::NotJson(e.to_string()));
        }
    };
    match schema_of(&value) {
        None => Err(NotAReport::NoSchema),
        Some(s) if s == SCHEMA => Err(NotAReport::Unreadable(
            direct.map(|e| e.to_string()).unwrap_or_default(),
        )),
        Some(s) if s.starts_with("crosscheck.report/") => {
            Err(NotAReport::OtherSchema(s.to_string()))
        }
        Some(_) => Err(NotAReport::NoSchema),
    }
}

/// Every record cites an article the Report lists (the filters and the reader find articles by
/// these ids).
fn check(r: &Report) -> Result<(), NotAReport> {
    let known = |a: &str| r.articles.iter().any(|x| x.id == a);
    let cited = r
        .casualties
        .iter()
        .map(|c| (&c.id, &c.evidence.article))
        .chain(r.stances.iter().map(|s| (&s.id, &s.evidence.article)))
        .chain(
            r.truces
                .iter()
                .flat_map(|t| t.mentions.iter().map(move |m| (&t.id, &m.evidence.article))),
        );
    for (record, article) in cited {
        if !known(article) {
            return Err(NotAReport::UnknownArticle {
                record: record.clone(),
                article: article.clone(),
            });
        }
    }
    Ok(())
}
