//! Readable snapshots of what the core finds in each bundled article, analysed together as the
//! bundle (with the manifest's metadata, as the CLI loads a folder).
//!
//! One file per article under `tests/snapshots/`, one line per record. After an intended change
//! of the extraction, regenerate them and read the diff:
//!
//! ```text
//! UPDATE_EXPECT=1 cargo test -p crosscheck-core --test snapshots
//! ```

mod common;

use crosscheck_core::{analyze, Count, Qualifier, Report};
use expect_test::expect_file;
use std::sync::OnceLock;

fn report() -> &'static Report {
    static R: OnceLock<Report> = OnceLock::new();
    R.get_or_init(|| analyze(&common::bundle()))
}

fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn count(c: &Count) -> String {
    let n = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_default();
    let range = if c.qualifier == Qualifier::Unquantified && c.low.is_none() && c.high.is_none() {
        "-".to_string()
    } else if c.low == c.high {
        n(c.low)
    } else {
        format!("{}..{}", n(c.low), n(c.high))
    };
    format!("{} {range}", snake(&c.qualifier))
}

/// The snapshot text of one article.
fn render(r: &Report, id: &str) -> String {
    let mut o = String::new();
    let a = r
        .articles
        .iter()
        .find(|a| a.id == id)
        .expect("article in the report");
    o += &format!(
        "article {id}\ndate {}{}\n",
        a.date.as_deref().unwrap_or("none"),
        if a.date_inferred { " (inferred)" } else { "" }
    );
    o += &format!("source {}\n", a.source_group);
    for l in r.sources.iter().flat_map(|g| &g.links) {
        if l.from == id {
            o += &format!(
                "derives from {} ({} {:.2}): {}\n",
                l.to,
                snake(&l.kind),
                l.score,
                l.shared.join(" | ")
            );
        }
    }
    for d in r
        .diagnostics
        .iter()
        .filter(|d| d.article.as_deref() == Some(id))
    {
        o += &format!("diagnostic {}: {}\n", snake(&d.level), d.message);
    }

    o += "\n# casualties: kind qualifier count population [sides] scope level | quote [source] [notes]\n";
    for c in r.casualties.iter().filter(|c| c.evidence.article == id) {
        o += &format!(
            "{} {} {}{} {} {} | \"{}\"",
            snake(&c.kind),
            count(&c.count),
            snake(&c.population),
            c.sides
                .map(|s| format!(" sides={}", snake(&s)))
                .unwrap_or_default(),
            snake(&c.scope),
            snake(&c.level),
            c.quote
        );
        if let Some(s) = &c.source {
            o += &format!(" (source: {s})");
        }
        for n in &c.notes {
            o += &format!(" [note: {n}]");
        }
        o += "\n";
    }

    o += "\n# truce mentions: attempt (date, venue) claim [count] [ordinal] | quote\n";
    let mut mentions: Vec<(usize, String)> = Vec::new();
    for t in &r.truces {
        for m in t.mentions.iter().filter(|m| m.evidence.article == id) {
            let mut line = format!(
                "{} ({}, {}) {}",
                t.id,
                t.date.as_deref().unwrap_or("undated"),
                t.venue.as_deref().unwrap_or("no venue"),
                snake(&m.claim)
            );
            if let Some(n) = m.count {
                line += &format!(" count={n}");
            }
            if let Some(n) = m.ordinal {
                line += &format!(" ordinal={n}");
            }
            line += &format!(" | \"{}\"\n", m.quote);
            mentions.push((m.evidence.start, line));
        }
    }
    // in text order, like the other parts
    mentions.sort_by_key(|(start, _)| *start);
    for (_, l) in mentions {
        o += &l;
    }

    o += "\n# stances: actor type -> target [speaker] | quote\n";
    for s in r.stances.iter().filter(|s| s.evidence.article == id) {
        o += &format!(
            "{} {} -> {}{} | \"{}\"\n",
            s.actor,
            snake(&s.kind),
            s.target.as_deref().unwrap_or("-"),
            s.speaker
                .as_deref()
                .map(|x| format!(" (speaker: {x})"))
                .unwrap_or_default(),
            s.quote
        );
    }
    o
}

macro_rules! snapshot {
    ($name:ident, $id:literal) => {
        #[test]
        fn $name() {
            expect_file![concat!("snapshots/", $id, ".txt")].assert_eq(&render(report(), $id));
        }
    };
}

snapshot!(article_000, "000_500703fcf927a9be");
snapshot!(article_001, "001_7a4dfa32b95dec7a");
snapshot!(article_002, "002_b8948e8aed63f105");
snapshot!(article_003, "003_771d6d12542d22cc");
snapshot!(article_004, "004_585ca44ab16209e0");

/// Every bundled article has its snapshot (a new article in articles/ needs a line above).
#[test]
fn every_article_has_a_snapshot() {
    let ids: Vec<&str> = report().articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "000_500703fcf927a9be",
            "001_7a4dfa32b95dec7a",
            "002_b8948e8aed63f105",
            "003_771d6d12542d22cc",
            "004_585ca44ab16209e0"
        ]
    );
}
