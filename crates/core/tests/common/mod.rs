//! Shared helpers of the integration tests: loading the bundled articles as the CLI does, and
//! checking that evidence offsets slice the original text.
#![allow(dead_code)]

use crosscheck_core::{decode::decode, manifest, ArticleInput, Evidence, Report};
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

/// The bundled articles in name order, decoded and with their manifest metadata, exactly as
/// `crosscheck` loads a folder.
pub fn bundle() -> Vec<ArticleInput> {
    let dir = articles_dir();
    let entries = manifest::parse(
        &std::fs::read_to_string(dir.join("manifest.json")).expect("manifest.json"),
    );
    assert!(!entries.is_empty(), "manifest.json gave no entries");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("articles/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 5, "five bundled articles");
    files
        .iter()
        .map(|f| {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            let decoded = decode(&std::fs::read(f).expect("article"));
            assert!(
                decoded.warnings.is_empty(),
                "{name}: {:?}",
                decoded.warnings
            );
            crosscheck_core::manifest::input(&entries, &name, decoded.text)
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
