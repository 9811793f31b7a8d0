//! "Where the reports disagree": one line per contradiction the Report holds, each part of it
//! linked to the sentence that says it. Pure functions of the (filtered) Report, tested natively
//! (`tests/disagreements.rs`). Nothing here computes a figure the Report lacks: every number in a
//! line is one a record states.
//!
//! Three kinds of line:
//! - **attempts**: how many truce attempts there were. A mention that calls an attempt the n-th
//!   ("a fourth ceasefire attempt") says n − 1 came before it; a mention of a collective attempt
//!   (a [`Truce`] with a `count`: "three ceasefires collapsed") counts those earlier ones. When
//!   these numbers differ, one line groups the reports by the number they give.
//! - **figures**: the same current toll (kind and population) stated by two independent sources
//!   (the Report's source groups) with ranges that do not overlap — the pair furthest apart.
//! - **stances**: an actor accuses another, and the other denies (a deny record of the accused,
//!   with no target or the accuser as target).

use crate::format::{count as count_words, thousands};
use crate::provenance::SourceIndex;
use crate::state::mention_id_in;
use crosscheck_core::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A piece of a line: words, or words that open a record's sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    /// `text` opens the record `id` of `article` in the reader.
    Link {
        text: String,
        article: String,
        id: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Attempts,
    Figure,
    Stance,
}

/// One disagreement, as words and links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub kind: Kind,
    pub parts: Vec<Part>,
}

impl Line {
    /// The line's words, links included, as one string.
    pub fn text(&self) -> String {
        self.parts
            .iter()
            .map(|p| match p {
                Part::Text(t) | Part::Link { text: t, .. } => t.as_str(),
            })
            .collect()
    }

    /// The records the line links to: (article, id).
    pub fn links(&self) -> Vec<(&str, &str)> {
        self.parts
            .iter()
            .filter_map(|p| match p {
                Part::Link { article, id, .. } => Some((article.as_str(), id.as_str())),
                Part::Text(_) => None,
            })
            .collect()
    }
}

fn text(s: impl Into<String>) -> Part {
    Part::Text(s.into())
}

fn link(s: impl Into<String>, article: &str, id: &str) -> Part {
    Part::Link {
        text: s.into(),
        article: article.to_string(),
        id: id.to_string(),
    }
}

/// `s` with its first letter a capital: an actor named "defense ministry of …" opens a line.
fn capital(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "1st", "2nd", "3rd", "4th", "11th", "22nd".
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Every disagreement of `r`, attempts first, then figures, then stances. `full` is the Report
/// the reader shows (the unfiltered one): a truce mention is linked by its index there.
pub fn lines(r: &Report, full: &Report) -> Vec<Line> {
    let mut out = Vec::new();
    out.extend(attempts(r, full));
    out.extend(figures(r));
    out.extend(stances(r));
    out
}

fn mention_link(full: &Report, truce: &Truce, ev: &Evidence) -> String {
    mention_id_in(full, &truce.id, ev)
}

/// The line about how many attempts there were, when the reports' numbers differ.
pub fn attempts(r: &Report, full: &Report) -> Option<Line> {
    // (attempt index, ordinal) → articles and the first mention saying it
    let mut ordinals: BTreeMap<(usize, u32), (BTreeSet<&str>, &Evidence)> = BTreeMap::new();
    // earlier attempts counted → articles and the first mention saying it
    let mut counts: BTreeMap<u32, (BTreeSet<&str>, usize, &Evidence)> = BTreeMap::new();
    for (ti, t) in r.truces.iter().enumerate() {
        if t.scope != Scope::Current {
            continue;
        }
        for m in &t.mentions {
            if t.count.is_some() {
                if let Some(c) = m.count {
                    let e = counts
                        .entry(c)
                        .or_insert((BTreeSet::new(), ti, &m.evidence));
                    e.0.insert(m.evidence.article.as_str());
                }
            } else if let Some(o) = m.ordinal.filter(|&o| o >= 1) {
                let e = ordinals
                    .entry((ti, o))
                    .or_insert((BTreeSet::new(), &m.evidence));
                e.0.insert(m.evidence.article.as_str());
            }
        }
    }
    // the counts differ, an attempt is given two ordinals, or an ordinal does not follow a count
    let mut per_attempt: BTreeMap<usize, BTreeSet<u32>> = BTreeMap::new();
    for &(ti, o) in ordinals.keys() {
        per_attempt.entry(ti).or_default().insert(o);
    }
    let disagree = counts.len() > 1
        || per_attempt.values().any(|os| os.len() > 1)
        || (!counts.is_empty()
            && ordinals
                .keys()
                .any(|&(_, o)| !counts.contains_key(&(o - 1))));
    if !disagree {
        return None;
    }
    let mut parts = vec![text("Attempts: ")];
    let mut first = true;
    for ((ti, o), (arts, ev)) in &ordinals {
        let t = &r.truces[*ti];
        if !first {
            parts.push(text("; "));
        }
        first = false;
        let n = arts.len();
        parts.push(link(
            format!(
                "{} {} the {} the {} attempt",
                plural(n, "report", "reports"),
                if n == 1 { "calls" } else { "call" },
                t.what,
                ordinal(*o)
            ),
            &ev.article,
            &mention_link(full, t, ev),
        ));
    }
    // counts most reported first
    let mut by_n: Vec<_> = counts.iter().collect();
    crosscheck_core::order::sort_by(&mut by_n, |a, b| {
        b.1 .0.len().cmp(&a.1 .0.len()).then(a.0.cmp(b.0))
    });
    let before = if ordinals.is_empty() {
        ""
    } else {
        " before it"
    };
    for (k, (c, (arts, ti, ev))) in by_n.into_iter().enumerate() {
        if !first {
            parts.push(text("; "));
        }
        first = false;
        let n = arts.len();
        let words = if k == 0 {
            format!(
                "{} {} {} earlier {}",
                plural(n, "report", "reports"),
                if n == 1 { "counts" } else { "count" },
                c,
                if *c == 1 { "attempt" } else { "attempts" }
            ) + before
        } else {
            format!(
                "{} {} {}",
                plural(n, "report", "reports"),
                if n == 1 { "counts" } else { "count" },
                c
            )
        };
        parts.push(link(
            words,
            &ev.article,
            &mention_link(full, &r.truces[*ti], ev),
        ));
    }
    Some(Line {
        kind: Kind::Attempts,
        parts,
    })
}

/// The range a figure states: low to high, open-ended for "more than" and "at least" (and for a
/// figure with no high); `None` for a figure without a number.
fn range(c: &Count) -> Option<(u64, u64)> {
    let low = c.low?;
    match c.qualifier {
        Qualifier::Unquantified => None,
        Qualifier::MoreThan => Some((low.saturating_add(1), u64::MAX)),
        Qualifier::AtLeast => Some((low, u64::MAX)),
        _ => Some((low, c.high.unwrap_or(u64::MAX).max(low))),
    }
}

fn toll_name(kind: CasualtyKind, population: Population) -> String {
    let who = match population {
        Population::Civilians => "civilian ",
        Population::Military => "military ",
        Population::Unspecified => "",
    };
    match kind {
        CasualtyKind::Killed => format!("Current {who}death toll"),
        CasualtyKind::Wounded => format!("Current {who}wounded"),
        CasualtyKind::Displaced => format!("Current {who}displaced"),
    }
}

/// A figure and the range it states.
type Figure<'a> = (&'a Casualty, (u64, u64));

/// One line per current toll (kind and population) that two independent sources state with
/// ranges that do not overlap: the two figures furthest apart.
pub fn figures(r: &Report) -> Vec<Line> {
    let mut tolls: BTreeMap<(CasualtyKind, Population), Vec<Figure>> = BTreeMap::new();
    for c in &r.casualties {
        if c.scope != Scope::Current || c.level != Level::Toll {
            continue;
        }
        if let Some(rg) = range(&c.count) {
            tolls
                .entry((c.kind, c.population))
                .or_default()
                .push((c, rg));
        }
    }
    let index = SourceIndex::new(r);
    let mut out = Vec::new();
    for ((kind, population), figs) in tolls {
        let Some((lo, hi)) = furthest_apart(&figs, &index) else {
            continue;
        };
        let sources: Vec<&str> = crosscheck_core::order::sorted_unique(
            figs.iter().map(|(c, _)| index.of(&c.evidence.article)),
        );
        out.push(Line {
            kind: Kind::Figure,
            parts: vec![
                text(format!("{}: ", toll_name(kind, population))),
                link(
                    format!("{} in one source", figure_words(lo)),
                    &lo.evidence.article,
                    &lo.id,
                ),
                text(", "),
                link(
                    format!("{} in another", figure_words(hi)),
                    &hi.evidence.article,
                    &hi.id,
                ),
                text(format!(
                    " ({} stating one)",
                    plural(sources.len(), "independent source", "independent sources")
                )),
            ],
        });
    }
    out
}

/// The pair (lower, higher) of figures from different sources whose ranges are furthest apart:
/// of all pairs `(a, b)` with `a`'s high below `b`'s low, the widest gap, and among pairs of that
/// gap the first in the figures' order (`a` first, then `b`). Linear in the figures (and in the
/// figures of one low value): the widest gap joins the lowest high of one source and the highest
/// low of another, so it is found among the two sources with the lowest highs and the two with
/// the highest lows.
fn furthest_apart<'a>(
    figs: &[Figure<'a>],
    index: &SourceIndex<'a>,
) -> Option<(&'a Casualty, &'a Casualty)> {
    let src: Vec<&str> = figs
        .iter()
        .map(|(c, _)| index.of(&c.evidence.article))
        .collect();
    // per source: its lowest high and its highest low
    let mut lowest_high: HashMap<&str, u64> = HashMap::new();
    let mut highest_low: HashMap<&str, u64> = HashMap::new();
    for (i, (_, (lo, hi))) in figs.iter().enumerate() {
        let h = lowest_high.entry(src[i]).or_insert(*hi);
        *h = (*h).min(*hi);
        let l = highest_low.entry(src[i]).or_insert(*lo);
        *l = (*l).max(*lo);
    }
    let two = |m: &HashMap<&'a str, u64>, lowest: bool| -> Vec<(u64, &'a str)> {
        let mut v: Vec<(u64, &str)> = m.iter().map(|(s, x)| (*x, *s)).collect();
        crosscheck_core::order::sort_by(&mut v, |a, b| if lowest { a.cmp(b) } else { b.cmp(a) });
        v.truncate(2);
        v
    };
    let mut gap: Option<u64> = None;
    for &(h, sa) in &two(&lowest_high, true) {
        for &(l, sb) in &two(&highest_low, false) {
            if sa != sb && h < l && gap.is_none_or(|g| l - h > g) {
                gap = Some(l - h);
            }
        }
    }
    let gap = gap?;
    // the first pair in order with that gap
    let mut by_low: HashMap<u64, Vec<usize>> = HashMap::new();
    for (j, (_, (lo, _))) in figs.iter().enumerate() {
        by_low.entry(*lo).or_default().push(j);
    }
    figs.iter().enumerate().find_map(|(i, (a, (_, hi)))| {
        let js = by_low.get(&hi.checked_add(gap)?)?;
        let j = js.iter().copied().find(|&j| src[j] != src[i])?;
        Some((*a, figs[j].0))
    })
}

/// A figure in words: "1,250", "more than 5,000", "2,000–9,999 (vague)".
fn figure_words(c: &Casualty) -> String {
    match (c.count.qualifier, c.count.low) {
        (Qualifier::Exact, Some(l)) if c.count.high.is_none_or(|h| h == l) => thousands(l),
        _ => count_words(&c.count),
    }
}

/// One line per accuser and accused when the accused denies: "Armenia accuses Azerbaijan
/// (3 reports); Azerbaijan denies (2 reports)".
pub fn stances(r: &Report) -> Vec<Line> {
    let name = |id: &str| {
        r.actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    // (accuser, accused) → accusations in Report order
    let mut accusations: BTreeMap<(&str, &str), Vec<&Stance>> = BTreeMap::new();
    for s in &r.stances {
        if s.kind == StanceType::Accuse {
            if let Some(t) = s.target.as_deref().filter(|t| *t != s.actor) {
                accusations
                    .entry((s.actor.as_str(), t))
                    .or_default()
                    .push(s);
            }
        }
    }
    let mut found: Vec<(usize, String, Line)> = Vec::new();
    for ((accuser, accused), accs) in accusations {
        let denials: Vec<&Stance> = r
            .stances
            .iter()
            .filter(|s| {
                s.kind == StanceType::Deny
                    && s.actor == accused
                    && s.target.as_deref().is_none_or(|t| t == accuser)
            })
            .collect();
        if denials.is_empty() {
            continue;
        }
        // link an accusation and a denial of the same article when there is one
        let same = accs.iter().find_map(|a| {
            denials
                .iter()
                .find(|d| d.evidence.article == a.evidence.article)
                .map(|d| (*a, *d))
        });
        let (acc, den) = same.unwrap_or((accs[0], denials[0]));
        let n_acc: Vec<&str> =
            crosscheck_core::order::sorted_unique(accs.iter().map(|s| s.evidence.article.as_str()));
        let n_den: Vec<&str> = crosscheck_core::order::sorted_unique(
            denials.iter().map(|s| s.evidence.article.as_str()),
        );
        let (a_name, b_name) = (capital(&name(accuser)), name(accused));
        let line = Line {
            kind: Kind::Stance,
            parts: vec![
                link(
                    format!("{a_name} accuses {b_name}"),
                    &acc.evidence.article,
                    &acc.id,
                ),
                text(format!(" ({}); ", plural(n_acc.len(), "report", "reports"))),
                link(format!("{b_name} denies"), &den.evidence.article, &den.id),
                text(format!(" ({})", plural(n_den.len(), "report", "reports"))),
            ],
        };
        found.push((n_acc.len() + n_den.len(), line.text(), line));
    }
    // most reported first, then by their words
    crosscheck_core::order::sort_by(&mut found, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.into_iter().map(|(_, _, l)| l).collect()
}
