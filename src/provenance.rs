//! Provenance: how many independent sources carry each casualty figure, and where the evidence
//! of a source link stands in each of its two articles. Pure functions, tested natively
//! (`tests/provenance.rs`).
//!
//! Takes: a [`Report`] (its articles' `source_group`s and its casualty figures), or a link's
//! `shared` item and an article's sentences.
//! Gives: per figure ([`FigureKey`]), the articles that carry it grouped by independent source
//! ([`Carriers`]); per shared item, the sentence of an article that holds it ([`find`]).
//! Invariants: two figure records are one figure when kind, count (low and high), scope and
//! population agree — the qualifier, the level and the attribution may differ; an article
//! counts once however often it repeats a figure, and a source once however many of its
//! articles (copies, rewrites, translations) carry it; an article the Report gives no group is
//! a source of its own; order is the Report's (figures by article, in article order).

use crosscheck_core::*;
use std::collections::{BTreeMap, HashMap};

/// What makes two figure records the same figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FigureKey {
    pub kind: CasualtyKind,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub scope: Scope,
    pub population: Population,
}

impl FigureKey {
    pub fn of(c: &Casualty) -> FigureKey {
        FigureKey {
            kind: c.kind,
            low: c.count.low,
            high: c.count.high,
            scope: c.scope,
            population: c.population,
        }
    }
}

/// One independent source that carries a figure: its group id and the articles of the group
/// that carry the figure (article order).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Carrier {
    pub group: String,
    pub articles: Vec<String>,
}

/// The articles that carry one figure, by independent source (in the order of each source's
/// first carrying article).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Carriers {
    pub sources: Vec<Carrier>,
}

/// Another article that carries a figure, as a row of one article shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Other<'a> {
    pub article: &'a str,
    pub group: &'a str,
    /// The same source as the row's article: a repeat, not a corroboration.
    pub same_source: bool,
}

impl Carriers {
    /// How many independent sources carry the figure.
    pub fn independent(&self) -> usize {
        self.sources.len()
    }

    /// How many articles repeat the figure within a source that already carries it.
    pub fn copies(&self) -> usize {
        self.sources
            .iter()
            .map(|s| s.articles.len().saturating_sub(1))
            .sum()
    }

    /// "1 source", "1 source (+1 copy)", "2 independent sources", "3 independent sources (+2
    /// copies)".
    pub fn label(&self) -> String {
        let n = self.independent();
        let base = if n == 1 {
            "1 source".to_string()
        } else {
            format!("{n} independent sources")
        };
        match self.copies() {
            0 => base,
            1 => format!("{base} (+1 copy)"),
            k => format!("{base} (+{k} copies)"),
        }
    }

    /// The articles other than `article` that carry the figure, in source order.
    pub fn others(&self, article: &str) -> Vec<Other<'_>> {
        let own = self
            .sources
            .iter()
            .find(|s| s.articles.iter().any(|a| a == article))
            .map(|s| s.group.as_str());
        self.sources
            .iter()
            .flat_map(|s| {
                s.articles.iter().filter(|a| *a != article).map(|a| Other {
                    article: a,
                    group: &s.group,
                    same_source: own == Some(s.group.as_str()),
                })
            })
            .collect()
    }
}

/// The independent source of `article`: its `source_group`, else (no group, or an article the
/// Report does not list) the article itself.
pub fn source_of<'a>(r: &'a Report, article: &'a str) -> &'a str {
    r.articles
        .iter()
        .find(|a| a.id == article && !a.source_group.is_empty())
        .map_or(article, |a| a.source_group.as_str())
}

/// [`source_of`] for many articles at once: the groups of the Report's articles indexed once,
/// so that each look-up is one hash look-up, not a pass over the articles.
pub struct SourceIndex<'a>(HashMap<&'a str, &'a str>);

impl<'a> SourceIndex<'a> {
    pub fn new(r: &'a Report) -> Self {
        let mut m = HashMap::new();
        for a in &r.articles {
            if !a.source_group.is_empty() {
                // the first article of that id with a group, as `source_of` finds it
                m.entry(a.id.as_str()).or_insert(a.source_group.as_str());
            }
        }
        SourceIndex(m)
    }

    /// The independent source of `article`: as [`source_of`] gives it.
    pub fn of<'b>(&self, article: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.0.get(article).copied().unwrap_or(article)
    }
}

/// The carriers of every figure of `r`, counted over the articles in `articles` (empty: all of
/// them) — the view's article filter, not its other filters: whether a source carries a figure
/// does not depend on which rows a filter hides.
pub fn carriers(r: &Report, articles: &[String]) -> BTreeMap<FigureKey, Carriers> {
    let mut groups: BTreeMap<&str, &str> = BTreeMap::new();
    for a in &r.articles {
        if !a.source_group.is_empty() {
            groups.entry(&a.id).or_insert(&a.source_group);
        }
    }
    // the Report lists figures by article, in article order: so are the carriers
    let mut out: BTreeMap<FigureKey, Carriers> = BTreeMap::new();
    for c in &r.casualties {
        let a = c.evidence.article.as_str();
        if !articles.is_empty() && !articles.iter().any(|x| x == a) {
            continue;
        }
        let g = groups.get(a).copied().unwrap_or(a);
        let carriers = out.entry(FigureKey::of(c)).or_default();
        match carriers.sources.iter_mut().find(|s| s.group == g) {
            Some(s) if s.articles.iter().any(|x| x == a) => {}
            Some(s) => s.articles.push(a.to_string()),
            None => carriers.sources.push(Carrier {
                group: g.to_string(),
                articles: vec![a.to_string()],
            }),
        }
    }
    out
}

/// The link of a source group that joins articles `a` and `b` directly, either way.
pub fn link_between<'a>(r: &'a Report, a: &str, b: &str) -> Option<&'a SourceLink> {
    r.sources
        .iter()
        .flat_map(|g| &g.links)
        .find(|l| (l.from == a && l.to == b) || (l.from == b && l.to == a))
}

/// Where a link's shared item stands in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Sentence `sentence` holds the item as it is, at bytes `start..end` of the sentence.
    Verbatim {
        sentence: usize,
        start: usize,
        end: usize,
    },
    /// No sentence holds it as it is; sentence `sentence` holds most of its words (a name
    /// spelt another way, a quotation translated back, a sentence reworded).
    Close { sentence: usize },
    /// No sentence holds half of its words.
    Absent,
}

/// The sentences of an article, as the Report's evidence gives them (white space folded).
pub fn sentences(input: &ArticleInput) -> Vec<String> {
    let doc = crosscheck_core::doc::Doc::new(input);
    (0..doc.sents.len())
        .map(|i| doc.evidence(i).sentence)
        .collect()
}

/// The item without the quotation marks and ellipsis a link's `shared` list wraps a quotation
/// in.
fn bare(item: &str) -> &str {
    let t = item.trim();
    let t = t
        .strip_prefix(['“', '"', '‘', '«'])
        .map_or(t, |x| x.strip_suffix(['”', '"', '’', '»']).unwrap_or(x));
    t.trim_end_matches('…').trim()
}

/// The words of a text, lowercased; a number's thousands separators dropped ("30,000" is one
/// word).
fn words(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
            continue;
        }
        let between_digits = matches!(c, ',' | '.')
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit());
        if !between_digits && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Whether two words are one word spelt another way: equal, or both of 5 letters or more and
/// one edit (a letter changed, added or dropped) apart ("Giumri", "Gyumri").
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 5 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let mut i = 0;
    while i < short.len() && short[i] == long[i] {
        i += 1;
    }
    if short.len() == long.len() {
        short.get(i + 1..) == long.get(i + 1..)
    } else {
        short.get(i..) == long.get(i + 1..)
    }
}

/// The sentence of `sentences` that holds `item` (a sentence, name, figure or quotation from a
/// link's `shared` list): as it is if one does (the first), else the one holding the largest
/// share of its words — at least half — spelt alike or one letter apart (the first of equals).
pub fn find(item: &str, sentences: &[String]) -> Found {
    let needle = bare(item);
    if needle.is_empty() {
        return Found::Absent;
    }
    for (i, s) in sentences.iter().enumerate() {
        if let Some(start) = s.find(needle) {
            return Found::Verbatim {
                sentence: i,
                start,
                end: start + needle.len(),
            };
        }
    }
    let want = words(needle);
    if want.is_empty() {
        return Found::Absent;
    }
    let mut best: Option<(usize, usize)> = None;
    for (i, s) in sentences.iter().enumerate() {
        let have = words(s);
        let hits = want
            .iter()
            .filter(|w| have.iter().any(|h| same_word(w, h)))
            .count();
        if hits * 2 >= want.len() && hits > 0 && best.is_none_or(|(n, _)| hits > n) {
            best = Some((hits, i));
        }
    }
    best.map_or(Found::Absent, |(_, sentence)| Found::Close { sentence })
}
