//! Exports of a Report other than JSON: a short text summary and CSV tables.
//!
//! Takes: a [`Report`].
//! Gives: `to_text` (what the CLI prints by default: "N reports from M independent sources",
//! the articles, the sources that group several, the records) and `to_csv` (one table per part:
//! casualties — with each figure's attribution and its article's source group —, truce
//! mentions, stances), the same tables the page downloads.
//! Invariants: CSV is RFC 4180 (fields with `,` `"` or line breaks quoted, quotes doubled),
//! one header row, rows in Report order; every row carries its article and byte offsets.

use crate::report::*;
use std::fmt::Write;

fn ser<T: serde::Serialize>(v: &T) -> String {
    // enum values serialise as JSON strings: strip the quotes
    serde_json::to_string(v)
        .unwrap_or_default()
        .trim_matches('"')
        .to_string()
}

fn opt_num(v: Option<u64>) -> String {
    v.map(|n| n.to_string()).unwrap_or_default()
}

/// Quote a CSV field when needed.
pub fn csv_field(s: &str) -> String {
    // Cells starting with = + - @ are neutralised against spreadsheet formula injection.
    let s = if s.starts_with(['=', '+', '@'])
        || (s.starts_with('-')
            && !crate::text::tail(s, 1).starts_with(|c: char| c.is_ascii_digit()))
    {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn row(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// The casualty table; `articles` give each figure's source group.
pub fn casualties_csv(items: &[&Casualty], articles: &[Article]) -> String {
    let group = |id: &str| {
        articles
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.source_group.clone())
            .unwrap_or_default()
    };
    let mut out = row(&[
        "id",
        "article",
        "source_group",
        "kind",
        "low",
        "high",
        "qualifier",
        "population",
        "sides",
        "scope",
        "level",
        "source",
        "attribution",
        "quote",
        "notes",
        "start",
        "end",
        "sentence",
    ]
    .map(String::from));
    for c in items {
        out.push_str(&row(&[
            c.id.clone(),
            c.evidence.article.clone(),
            group(&c.evidence.article),
            ser(&c.kind),
            opt_num(c.count.low),
            opt_num(c.count.high),
            ser(&c.count.qualifier),
            ser(&c.population),
            c.sides.map(|s| ser(&s)).unwrap_or_default(),
            ser(&c.scope),
            ser(&c.level),
            c.source.clone().unwrap_or_default(),
            ser(&c.attribution),
            c.quote.clone(),
            c.notes.join(" | "),
            c.evidence.start.to_string(),
            c.evidence.end.to_string(),
            c.evidence.sentence.clone(),
        ]));
    }
    out
}

/// The truce table: one row per mention, with its attempt's fields.
pub fn truces_csv(items: &[&Truce]) -> String {
    let mut out = row(&[
        "truce_id",
        "what",
        "date",
        "date_inferred",
        "venue",
        "brokers",
        "parties",
        "outcome",
        "scope",
        "count",
        "article",
        "claim",
        "mention_count",
        "mention_ordinal",
        "quote",
        "start",
        "end",
        "sentence",
    ]
    .map(String::from));
    for t in items {
        for m in &t.mentions {
            out.push_str(&row(&[
                t.id.clone(),
                t.what.clone(),
                t.date.clone().unwrap_or_default(),
                t.date_inferred.to_string(),
                t.venue.clone().unwrap_or_default(),
                t.brokers.join("~"),
                t.parties.join("~"),
                t.outcome.map(|c| ser(&c)).unwrap_or_default(),
                ser(&t.scope),
                t.count.map(|c| c.to_string()).unwrap_or_default(),
                m.evidence.article.clone(),
                m.claim.map(|c| ser(&c)).unwrap_or_default(),
                m.count.map(|c| c.to_string()).unwrap_or_default(),
                m.ordinal.map(|c| c.to_string()).unwrap_or_default(),
                m.quote.clone(),
                m.evidence.start.to_string(),
                m.evidence.end.to_string(),
                m.evidence.sentence.clone(),
            ]));
        }
    }
    out
}

/// The stance table.
pub fn stances_csv(items: &[&Stance]) -> String {
    let mut out = row(&[
        "id", "article", "actor", "speaker", "type", "target", "quote", "start", "end", "sentence",
    ]
    .map(String::from));
    for s in items {
        out.push_str(&row(&[
            s.id.clone(),
            s.evidence.article.clone(),
            s.actor.clone(),
            s.speaker.clone().unwrap_or_default(),
            ser(&s.kind),
            s.target.clone().unwrap_or_default(),
            s.quote.clone(),
            s.evidence.start.to_string(),
            s.evidence.end.to_string(),
            s.evidence.sentence.clone(),
        ]));
    }
    out
}

/// All three tables of a Report, named.
pub fn to_csv(r: &Report) -> Vec<(&'static str, String)> {
    vec![
        (
            "casualties",
            casualties_csv(&r.casualties.iter().collect::<Vec<_>>(), &r.articles),
        ),
        ("truces", truces_csv(&r.truces.iter().collect::<Vec<_>>())),
        (
            "stances",
            stances_csv(&r.stances.iter().collect::<Vec<_>>()),
        ),
    ]
}

fn count_words(c: &Count) -> String {
    let q = match c.qualifier {
        Qualifier::Exact => "",
        Qualifier::MoreThan => "more than ",
        Qualifier::AtLeast => "at least ",
        Qualifier::Approx => "about ",
        Qualifier::Vague => "",
        Qualifier::Unquantified => return "unquantified".into(),
    };
    match (c.low, c.high) {
        (Some(l), Some(h)) if l != h => format!("{q}{l}–{h}"),
        (Some(l), _) => format!("{q}{l}"),
        _ => "unquantified".into(),
    }
}

/// "5 reports from 4 independent sources": how many articles, and how many source groups they
/// fall in (an article without a group, as in a Report older than schema 2, counts as its own).
pub fn reports_and_sources(r: &Report) -> String {
    let n = r.articles.len();
    let groups: std::collections::BTreeSet<&str> = r
        .articles
        .iter()
        .filter(|a| !a.source_group.is_empty())
        .map(|a| a.source_group.as_str())
        .collect();
    let alone = r
        .articles
        .iter()
        .filter(|a| a.source_group.is_empty())
        .count();
    let m = groups.len() + alone;
    format!(
        "{n} report{} from {m} independent source{}",
        if n == 1 { "" } else { "s" },
        if m == 1 { "" } else { "s" }
    )
}

/// A short human summary of a Report.
pub fn to_text(r: &Report) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "Crosscheck report: {}", reports_and_sources(r));
    for a in &r.articles {
        let date = match (&a.date, a.date_inferred) {
            (Some(d), true) => format!("{d} (inferred)"),
            (Some(d), false) => d.clone(),
            (None, _) => "date unknown".into(),
        };
        let _ = writeln!(
            o,
            "  {}  {}  {}  {}  {}",
            a.id,
            if a.source_group.is_empty() {
                "-"
            } else {
                &a.source_group
            },
            date,
            a.outlet.as_deref().unwrap_or("-"),
            a.title.as_deref().unwrap_or("")
        );
    }
    let shared: Vec<&SourceGroup> = r.sources.iter().filter(|g| !g.links.is_empty()).collect();
    if !shared.is_empty() {
        let _ = writeln!(o, "\nSources with more than one report: {}", shared.len());
        for g in shared {
            let _ = writeln!(o, "  {}: {}", g.id, g.articles.join(", "));
            for l in &g.links {
                let _ = writeln!(
                    o,
                    "      {} is a {} of {} ({:.2}): {}",
                    l.from,
                    ser(&l.kind),
                    l.to,
                    l.score,
                    l.shared.join(" | ")
                );
            }
        }
    }
    let _ = writeln!(o, "\nCasualty figures: {}", r.casualties.len());
    for c in &r.casualties {
        let _ = writeln!(
            o,
            "  [{}] {} {} {} ({}, {}{})  \"{}\"",
            c.evidence.article,
            ser(&c.kind),
            count_words(&c.count),
            ser(&c.population),
            ser(&c.scope),
            ser(&c.level),
            c.source
                .as_ref()
                .map(|s| format!(", according to {s}"))
                .unwrap_or_default(),
            c.quote
        );
        for n in &c.notes {
            let _ = writeln!(o, "      note: {n}");
        }
    }
    let _ = writeln!(o, "\nTruce attempts: {}", r.truces.len());
    for t in &r.truces {
        let _ = writeln!(
            o,
            "  {}  {}  {}  venue: {}  brokers: {}  outcome: {}  ({} mention(s))",
            t.id,
            t.date.as_deref().unwrap_or("date unknown"),
            t.what,
            t.venue.as_deref().unwrap_or("-"),
            if t.brokers.is_empty() {
                "-".to_string()
            } else {
                t.brokers.join(", ")
            },
            t.outcome
                .map(|c| ser(&c))
                .unwrap_or_else(|| "none reported".into()),
            t.mentions.len()
        );
        for m in &t.mentions {
            let _ = writeln!(
                o,
                "      [{}] {}: \"{}\"",
                m.evidence.article,
                m.claim
                    .map(|c| ser(&c))
                    .unwrap_or_else(|| "no claim".into()),
                m.quote
            );
        }
    }
    let _ = writeln!(o, "\nStances: {}", r.stances.len());
    for s in &r.stances {
        let _ = writeln!(
            o,
            "  [{}] {} {}{}  \"{}\"",
            s.evidence.article,
            s.actor,
            ser(&s.kind),
            s.target
                .as_ref()
                .map(|t| format!(" → {t}"))
                .unwrap_or_default(),
            s.quote
        );
    }
    if !r.diagnostics.is_empty() {
        let _ = writeln!(o, "\nDiagnostics:");
        for d in &r.diagnostics {
            let _ = writeln!(
                o,
                "  {} {}: {}",
                ser(&d.level),
                d.article.as_deref().unwrap_or("-"),
                d.message
            );
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_and_their_sources() {
        let art = |id: &str, g: &str| Article {
            id: id.into(),
            source_group: g.into(),
            ..Default::default()
        };
        let group = |id: &str, arts: &[&str]| SourceGroup {
            id: id.into(),
            articles: arts.iter().map(|a| a.to_string()).collect(),
            links: Vec::new(),
        };
        let mut r = Report {
            articles: vec![art("a", "S1"), art("b", "S1"), art("c", "S2")],
            sources: vec![group("S1", &["a", "b"]), group("S2", &["c"])],
            ..Default::default()
        };
        assert_eq!(
            reports_and_sources(&r),
            "3 reports from 2 independent sources"
        );
        // a Report without sources (an older one): each article its own
        r.sources.clear();
        for a in &mut r.articles {
            a.source_group.clear();
        }
        assert_eq!(
            reports_and_sources(&r),
            "3 reports from 3 independent sources"
        );
        r.articles.truncate(1);
        assert_eq!(
            reports_and_sources(&r),
            "1 report from 1 independent source"
        );
        let csv = casualties_csv(&[], &r.articles);
        assert!(csv.starts_with("id,article,source_group,kind,"), "{csv}");
    }

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
        assert_eq!(csv_field("-5"), "-5");
    }
}
