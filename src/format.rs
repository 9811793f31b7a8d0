//! Words for numbers and vocabularies, shared by the panels. Pure functions, tested natively
//! (`tests/format.rs`).

use crosscheck_core::*;

/// A short label for an article: its title, else its outlet or "Article" with the first three
/// characters of its id (cut by chars: an id is a file name, and may be "été" or "“war”").
pub fn article_label(a: &Article) -> String {
    let short = crosscheck_core::text::head_chars(&a.id, 3);
    match (&a.title, &a.outlet) {
        (Some(t), _) => t.clone(),
        (None, Some(o)) => format!("{o} ({short})"),
        (None, None) => format!("Article {short}"),
    }
}

/// "more than 1,200", "about 30,000", "2,000–9,999", "unquantified".
pub fn count(c: &Count) -> String {
    let n = |v: u64| thousands(v);
    match (c.qualifier, c.low, c.high) {
        (Qualifier::Unquantified, _, _) | (_, None, _) => "unquantified".into(),
        (Qualifier::MoreThan, Some(l), _) => format!("more than {}", n(l)),
        (Qualifier::AtLeast, Some(l), _) => format!("at least {}", n(l)),
        (Qualifier::Approx, Some(l), _) => format!("about {}", n(l)),
        (Qualifier::Vague, Some(l), Some(h)) => format!("{}–{} (vague)", n(l), n(h)),
        (_, Some(l), Some(h)) if l != h => format!("{}–{}", n(l), n(h)),
        (_, Some(l), _) => n(l),
    }
}

/// `s` cut to its first `n` characters, with "…" when something was cut.
pub fn short(s: &str, n: usize) -> String {
    let head = crosscheck_core::text::head_chars(s, n);
    if head.len() < s.len() {
        format!("{}…", head.trim_end())
    } else {
        s.to_string()
    }
}

/// A score from 0 to 1 with two decimals ("0.39"), without float formatting.
pub fn score(x: f64) -> String {
    let h = (x.clamp(0.0, 1.0) * 100.0).round() as u64;
    format!("{}.{:02}", h / 100, h % 100)
}

pub fn thousands(v: u64) -> String {
    let s = v.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The snake_case word the Report uses for a vocabulary value.
pub use crosscheck_core::report::word;

/// A human label for a stance type.
pub fn stance_label(t: StanceType) -> &'static str {
    match t {
        StanceType::OfferAid => "offers aid",
        StanceType::RequestAid => "requests aid",
        StanceType::CallCeasefire => "calls for ceasefire",
        StanceType::Accuse => "accuses",
        StanceType::Deny => "denies",
        StanceType::RejectIntervention => "rejects intervention",
        StanceType::Warn => "warns",
        StanceType::NoComment => "no comment",
        StanceType::Demand => "demands",
        StanceType::Support => "supports",
        StanceType::Neutral => "neutral",
    }
}

/// Whether the range chart draws a figure hollow: hedged or disputed, a figure its own sentence
/// doubts or reports rejected (its word, [`word`], is shown beside it either way).
pub fn hollow(a: Attribution) -> bool {
    matches!(a, Attribution::Hedged | Attribution::Disputed)
}

/// A one-character symbol per stance type, so colour is never the only carrier.
pub fn stance_symbol(t: StanceType) -> &'static str {
    match t {
        StanceType::OfferAid => "+",
        StanceType::RequestAid => "?",
        StanceType::CallCeasefire => "=",
        StanceType::Accuse => "!",
        StanceType::Deny => "×",
        StanceType::RejectIntervention => "⊘",
        StanceType::Warn => "⚠",
        StanceType::NoComment => "…",
        StanceType::Demand => "»",
        StanceType::Support => "♦",
        StanceType::Neutral => "○",
    }
}

/// "Current death toll claims range from more than 1,000 to more than 5,000 across 5 reports
/// from 4 independent sources", computed from the current-scope killed tolls with a number
/// (lowest stated low to highest stated low or high); the sources are the source groups of the
/// reports that state a toll (an article the Report gives no group counts as its own).
pub fn spread(r: &Report) -> Option<String> {
    let tolls: Vec<&Casualty> = r
        .casualties
        .iter()
        .filter(|c| {
            c.kind == CasualtyKind::Killed
                && c.scope == Scope::Current
                && c.level == Level::Toll
                && c.count.low.is_some()
        })
        .collect();
    if tolls.is_empty() {
        return None;
    }
    let lo = tolls.iter().min_by_key(|c| c.count.low)?;
    let hi = tolls.iter().max_by_key(|c| c.count.low)?;
    let reports: Vec<&str> =
        crosscheck_core::order::sorted_unique(tolls.iter().map(|c| c.evidence.article.as_str()));
    let words = |c: &Casualty, _high: bool| -> String {
        if c.count.qualifier == Qualifier::Vague {
            return c.quote.clone();
        }
        let v = thousands(c.count.low.unwrap_or(0));
        match c.count.qualifier {
            Qualifier::MoreThan => format!("more than {v}"),
            Qualifier::AtLeast => format!("at least {v}"),
            Qualifier::Approx => format!("about {v}"),
            _ => v,
        }
    };
    let index = crate::provenance::SourceIndex::new(r);
    let sources: Vec<&str> =
        crosscheck_core::order::sorted_unique(reports.iter().map(|&id| index.of(id)));
    Some(format!(
        "Current death toll claims range from {} to {} across {} report{} from {} independent source{}",
        words(lo, false),
        words(hi, true),
        reports.len(),
        if reports.len() == 1 { "" } else { "s" },
        sources.len(),
        if sources.len() == 1 { "" } else { "s" }
    ))
}
