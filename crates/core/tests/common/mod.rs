//! Shared helpers of the integration tests: loading the bundled articles as the CLI does, and
//! checking that evidence offsets slice the original text.
#![allow(dead_code)]

use crosscheck_core::{ingest, manifest, ArticleInput, DiagnosticLevel, Evidence, Report};
use std::path::PathBuf;

/// `/work/main/articles`, found from this crate's manifest directory.
pub fn articles_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../articles")
}

/// The gold annotation of the bundled articles.
pub fn seeds() -> String {
    std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds.json"),
    )
    .expect("seeds.json")
}

/// The articles of `dir` (`.txt`, `.md`, `.html`) in name order, read through `ingest` with their
/// manifest metadata, exactly as `crosscheck` loads a folder: (file name, warnings, input).
pub fn load_dir(dir: &std::path::Path) -> Vec<(String, Vec<String>, ArticleInput)> {
    let entries =
        manifest::parse(&std::fs::read_to_string(dir.join("manifest.json")).unwrap_or_default());
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("a folder of articles")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| ingest::is_article_name(&p.file_name().unwrap().to_string_lossy()))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            let got = ingest::ingest(
                &name,
                &std::fs::read(f).expect("article"),
                manifest::find(&entries, &name),
            );
            let warnings = got
                .diagnostics
                .iter()
                .filter(|d| d.level == DiagnosticLevel::Warning)
                .map(|d| d.message.clone())
                .collect();
            let input = got
                .input
                .unwrap_or_else(|| panic!("{name} is no article: {warnings:?}"));
            (name, warnings, input)
        })
        .collect()
}

/// The bundled articles in name order, as `crosscheck` loads the folder: five, with a manifest,
/// decoded without warnings.
pub fn bundle() -> Vec<ArticleInput> {
    let dir = articles_dir();
    assert!(
        !manifest::parse(
            &std::fs::read_to_string(dir.join("manifest.json")).expect("manifest.json")
        )
        .is_empty(),
        "manifest.json gave no entries"
    );
    let all = load_dir(&dir);
    assert_eq!(all.len(), 5, "five bundled articles");
    all.into_iter()
        .map(|(name, warnings, input)| {
            assert!(warnings.is_empty(), "{name}: {warnings:?}");
            input
        })
        .collect()
}

/// One article input with just an id and a text.
pub fn article(id: &str, text: &str) -> ArticleInput {
    ArticleInput {
        id: id.to_string(),
        text: text.to_string(),
        ..Default::default()
    }
}

/// Every evidence of the report (casualties, truce mentions, stances) with a label for messages.
pub fn all_evidence(r: &Report) -> Vec<(String, &Evidence)> {
    let mut out: Vec<(String, &Evidence)> = Vec::new();
    for c in &r.casualties {
        out.push((format!("casualty {} \"{}\"", c.id, c.quote), &c.evidence));
    }
    for t in &r.truces {
        for m in &t.mentions {
            out.push((
                format!("truce mention of {} \"{}\"", t.id, m.quote),
                &m.evidence,
            ));
        }
    }
    for s in &r.stances {
        out.push((format!("stance {} \"{}\"", s.id, s.quote), &s.evidence));
    }
    out
}

/// Every evidence offset lies on a char boundary of its article's text, in order and in range.
pub fn assert_offsets_on_boundaries(inputs: &[ArticleInput], r: &Report) {
    for (label, ev) in all_evidence(r) {
        let input = inputs
            .iter()
            .find(|a| a.id == ev.article)
            .unwrap_or_else(|| panic!("{label}: unknown article {}", ev.article));
        let text = &input.text;
        assert!(
            ev.start <= ev.end && ev.end <= text.len(),
            "{label}: {}..{} out of 0..{}",
            ev.start,
            ev.end,
            text.len()
        );
        assert!(
            text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end),
            "{label}: {}..{} not on char boundaries",
            ev.start,
            ev.end
        );
    }
}

/// White space folded to single spaces, and a line-end hyphen break ("de-\nescalate", white
/// space around the line end included) joined to "de-escalate".
pub fn fold_joined(s: &str) -> String {
    // join hyphen breaks first: a '-' after a letter, then white space holding a line end, then
    // a letter
    let chars: Vec<char> = s.chars().collect();
    let mut joined = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        joined.push(c);
        if c == '-' && i > 0 && chars[i - 1].is_alphabetic() {
            let mut k = i + 1;
            let mut newline = false;
            while k < chars.len() && chars[k].is_whitespace() {
                newline |= chars[k] == '\n' || chars[k] == '\r';
                k += 1;
            }
            if newline && k < chars.len() && chars[k].is_alphabetic() {
                i = k;
                continue;
            }
        }
        i += 1;
    }
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}
