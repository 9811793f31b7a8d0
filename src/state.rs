//! The view state: filters, the open article and the selected record, as one plain type, and its
//! URL query form.
//!
//! Takes: a query string (`?kind=killed~wounded&attribution=hedged~disputed&q=geneva`) or a
//! [`View`].
//! Gives: the [`View`] plus notices for anything it could not use; or the query of a view.
//! Invariants: only non-default values are written; lists are joined with `~`, and a `~` inside
//! a value is written `%7E` (lists are split before they are decoded); parameters come in
//! a fixed order, so one view has one URL; parsing never fails — a malformed or unknown
//! parameter is ignored and named in a notice; `parse(&v.to_query())` gives back `v`.
//! The scheme is versioned (`v=1`, written only when a later version exists); an unknown
//! version is read as version 1 with a notice.

use crosscheck_core::{Attribution, CasualtyKind, Report, Scope, StanceType};

/// The scheme version this page writes.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    /// Articles to include (empty = all).
    pub articles: Vec<String>,
    /// An actor id: stances by or toward it, truce attempts it brokered or fought.
    pub actor: Option<String>,
    /// Casualty kinds to include (empty = all).
    pub kinds: Vec<CasualtyKind>,
    /// Scope (None = both).
    pub scope: Option<Scope>,
    /// Casualty figures' attributions to include (empty = all).
    pub attributions: Vec<Attribution>,
    /// Stance types to include (empty = all).
    pub stances: Vec<StanceType>,
    /// Free text, matched case-insensitively against sentences, quotes, sources and names.
    pub q: String,
    /// The article open in the reader.
    pub open: Option<String>,
    /// The selected record's id (a casualty, stance, or truce attempt).
    pub sel: Option<String>,
}

fn kind_from(s: &str) -> Option<CasualtyKind> {
    Some(match s {
        "killed" => CasualtyKind::Killed,
        "wounded" => CasualtyKind::Wounded,
        "displaced" => CasualtyKind::Displaced,
        _ => return None,
    })
}

fn scope_from(s: &str) -> Option<Scope> {
    Some(match s {
        "current" => Scope::Current,
        "historical" => Scope::Historical,
        _ => return None,
    })
}

pub const STANCE_TYPES: &[StanceType] = &[
    StanceType::OfferAid,
    StanceType::RequestAid,
    StanceType::CallCeasefire,
    StanceType::Accuse,
    StanceType::Deny,
    StanceType::RejectIntervention,
    StanceType::Warn,
    StanceType::NoComment,
    StanceType::Demand,
    StanceType::Support,
    StanceType::Neutral,
];

pub const KINDS: &[CasualtyKind] = &[
    CasualtyKind::Killed,
    CasualtyKind::Wounded,
    CasualtyKind::Displaced,
];

/// The attributions a figure can have, in the order the filter offers them.
pub const ATTRIBUTIONS: &[Attribution] = &[
    Attribution::Stated,
    Attribution::Attributed,
    Attribution::Hedged,
    Attribution::Disputed,
];

fn attribution_from(s: &str) -> Option<Attribution> {
    ATTRIBUTIONS
        .iter()
        .copied()
        .find(|a| crosscheck_core::report::word(a) == s)
}

fn stance_from(s: &str) -> Option<StanceType> {
    STANCE_TYPES
        .iter()
        .copied()
        .find(|t| crosscheck_core::report::word(t) == s)
}

/// Percent-decode a query component (`+` is a space).
pub fn decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let h = b.get(i + 1..i + 3)?;
                let v = u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()?;
                out.push(v);
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Percent-encode a query component: unreserved characters kept, except `~`, the list
/// separator, which is written `%7E` so that an id holding one survives a list.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.') {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

/// The items of a list parameter: its raw (still encoded) value split on `~`, then each item
/// decoded, so that an encoded `%7E` stays inside its item.
fn list<T>(
    raw: &str,
    name: &str,
    notices: &mut Vec<String>,
    f: impl Fn(&str) -> Option<T>,
) -> Vec<T>
where
    T: PartialEq,
{
    let mut out = Vec::new();
    for part in raw.split('~').filter(|p| !p.is_empty()) {
        // the whole value decodes (`parse` checked), so each part does: a `~` is a char of its own
        let part = decode(part).unwrap_or_default();
        let part = part.as_str();
        match f(part) {
            Some(v) if !out.contains(&v) => out.push(v),
            Some(_) => {}
            None => notices.push(format!("ignored {name} value “{part}”")),
        }
    }
    out
}

impl View {
    /// Read a view from a query string (with or without the leading `?`).
    pub fn parse(query: &str) -> (View, Vec<String>) {
        let mut v = View::default();
        let mut notices = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(val) = decode(raw) else {
                notices.push(format!("ignored “{k}”: its value is not valid text"));
                continue;
            };
            let k = decode(k).unwrap_or_default();
            match k.as_str() {
                "v" => {
                    if val.parse::<u32>().ok() != Some(VERSION) {
                        notices.push(format!(
                            "link version “{val}” is unknown; read as version {VERSION}"
                        ));
                    }
                }
                "art" => v.articles = list(raw, "article", &mut notices, |s| Some(s.to_string())),
                "actor" if !val.is_empty() => v.actor = Some(val),
                "kind" => v.kinds = list(raw, "kind", &mut notices, kind_from),
                "scope" => match scope_from(&val) {
                    Some(s) => v.scope = Some(s),
                    None => notices.push(format!("ignored scope value “{val}”")),
                },
                "attribution" => {
                    v.attributions = list(raw, "attribution", &mut notices, attribution_from)
                }
                "stance" => v.stances = list(raw, "stance", &mut notices, stance_from),
                "q" => v.q = val,
                "open" if !val.is_empty() => v.open = Some(val),
                "sel" if !val.is_empty() => v.sel = Some(val),
                _ => notices.push(format!("ignored unknown parameter “{k}”")),
            }
        }
        (v, notices)
    }

    /// The query string of this view (no leading `?`; empty for the default view). What
    /// [`View::parse`] would drop is not written — an empty id, an empty or repeated list item —
    /// so a link read and written again is the same link.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let join = |xs: Vec<String>| {
            let mut seen: Vec<&str> = Vec::new();
            for x in &xs {
                if !x.is_empty() && !seen.contains(&x.as_str()) {
                    seen.push(x);
                }
            }
            seen.iter().map(|x| encode(x)).collect::<Vec<_>>().join("~")
        };
        let articles = join(self.articles.clone());
        if !articles.is_empty() {
            parts.push(format!("art={articles}"));
        }
        let given = |o: &Option<String>| o.clone().filter(|s| !s.is_empty());
        if let Some(a) = given(&self.actor) {
            parts.push(format!("actor={}", encode(&a)));
        }
        if !self.kinds.is_empty() {
            parts.push(format!(
                "kind={}",
                join(
                    self.kinds
                        .iter()
                        .map(crosscheck_core::report::word)
                        .collect()
                )
            ));
        }
        if let Some(s) = self.scope {
            parts.push(format!("scope={}", crosscheck_core::report::word(&s)));
        }
        if !self.attributions.is_empty() {
            parts.push(format!(
                "attribution={}",
                join(
                    self.attributions
                        .iter()
                        .map(crosscheck_core::report::word)
                        .collect()
                )
            ));
        }
        if !self.stances.is_empty() {
            parts.push(format!(
                "stance={}",
                join(
                    self.stances
                        .iter()
                        .map(crosscheck_core::report::word)
                        .collect()
                )
            ));
        }
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        if let Some(o) = given(&self.open) {
            parts.push(format!("open={}", encode(&o)));
        }
        if let Some(s) = given(&self.sel) {
            parts.push(format!("sel={}", encode(&s)));
        }
        parts.join("&")
    }

    /// Drop values the Report does not know (an article or actor that is not there, a record id
    /// that does not exist), with a notice for each.
    pub fn validate(&mut self, r: &Report) -> Vec<String> {
        let mut notices = Vec::new();
        let known_article = |a: &str| r.articles.iter().any(|x| x.id == a);
        let before = self.articles.len();
        self.articles.retain(|a| known_article(a));
        if self.articles.len() < before {
            notices.push("ignored an unknown article in the link".to_string());
        }
        if let Some(a) = &self.actor {
            if !r.actors.iter().any(|x| &x.id == a) {
                notices.push(format!("ignored unknown actor “{a}”"));
                self.actor = None;
            }
        }
        if let Some(o) = &self.open {
            if !known_article(o) {
                notices.push(format!("ignored unknown article “{o}”"));
                self.open = None;
            }
        }
        if let Some(s) = &self.sel {
            if record_evidence(r, s).is_none() {
                notices.push(format!(
                    "the selected record “{s}” is not in these articles"
                ));
                self.sel = None;
            }
        }
        notices
    }

    /// Whether any filter is set (the reader and selection are not filters).
    pub fn filtered(&self) -> bool {
        !self.articles.is_empty()
            || self.actor.is_some()
            || !self.kinds.is_empty()
            || self.scope.is_some()
            || !self.attributions.is_empty()
            || !self.stances.is_empty()
            || !self.q.is_empty()
    }

    /// The same view without filters.
    pub fn cleared(&self) -> View {
        View {
            open: self.open.clone(),
            sel: self.sel.clone(),
            ..View::default()
        }
    }
}

fn has_text(hay: &str, needle_lower: &str) -> bool {
    if needle_lower.is_empty() {
        return true;
    }
    // ASCII text (most of it): compared in place, byte by byte, without a lower-case copy
    if hay.is_ascii() && needle_lower.is_ascii() {
        let n = needle_lower.as_bytes();
        return hay
            .as_bytes()
            .windows(n.len())
            .any(|w| w.eq_ignore_ascii_case(n));
    }
    hay.to_lowercase().contains(needle_lower)
}

/// The Report as the view filters it: the same records, fewer of them.
pub fn apply(r: &Report, v: &View) -> Report {
    let q = v.q.trim().to_lowercase();
    let chosen: std::collections::HashSet<&str> = v.articles.iter().map(String::as_str).collect();
    let art_ok = |a: &str| chosen.is_empty() || chosen.contains(a);
    let scope_ok = |s: Scope| v.scope.is_none_or(|x| x == s);
    // the actors' names, lower case, looked up once each (the first actor of an id, as `find`)
    let mut names: std::collections::HashMap<&str, String> = std::collections::HashMap::new();
    if !q.is_empty() {
        for a in &r.actors {
            names
                .entry(a.id.as_str())
                .or_insert_with(|| a.name.to_lowercase());
        }
    }
    let name_of = |id: &str| names.get(id).cloned().unwrap_or_default();
    let mut out = Report {
        schema: r.schema.clone(),
        generator: r.generator.clone(),
        articles: r
            .articles
            .iter()
            .filter(|a| art_ok(&a.id))
            .cloned()
            .collect(),
        actors: r.actors.clone(),
        // the sources of the articles shown: their shown members, the links between them
        sources: r
            .sources
            .iter()
            .filter_map(|g| {
                let articles: Vec<String> =
                    g.articles.iter().filter(|a| art_ok(a)).cloned().collect();
                (!articles.is_empty()).then(|| crosscheck_core::SourceGroup {
                    id: g.id.clone(),
                    links: g
                        .links
                        .iter()
                        .filter(|l| art_ok(&l.from) && art_ok(&l.to))
                        .cloned()
                        .collect(),
                    articles,
                })
            })
            .collect(),
        diagnostics: r
            .diagnostics
            .iter()
            .filter(|d| d.article.as_deref().is_none_or(art_ok))
            .cloned()
            .collect(),
        ..Report::default()
    };
    out.casualties = r
        .casualties
        .iter()
        .filter(|c| {
            art_ok(&c.evidence.article)
                && scope_ok(c.scope)
                && (v.kinds.is_empty() || v.kinds.contains(&c.kind))
                && (v.attributions.is_empty() || v.attributions.contains(&c.attribution))
        })
        .filter(|c| {
            q.is_empty()
                || has_text(&c.evidence.sentence, &q)
                || c.source.as_deref().is_some_and(|s| has_text(s, &q))
        })
        .cloned()
        .collect();
    out.stances = r
        .stances
        .iter()
        .filter(|s| {
            art_ok(&s.evidence.article) && (v.stances.is_empty() || v.stances.contains(&s.kind))
        })
        .filter(|s| {
            v.actor
                .as_ref()
                .is_none_or(|a| &s.actor == a || s.target.as_ref() == Some(a))
        })
        .filter(|s| {
            q.is_empty()
                || has_text(&s.evidence.sentence, &q)
                || name_of(&s.actor).contains(&q)
                || s.target.as_deref().is_some_and(|t| name_of(t).contains(&q))
                || s.speaker.as_deref().is_some_and(|x| has_text(x, &q))
        })
        .cloned()
        .collect();
    out.truces = r
        .truces
        .iter()
        .filter(|t| scope_ok(t.scope))
        .filter(|t| {
            v.actor
                .as_ref()
                .is_none_or(|a| t.brokers.contains(a) || t.parties.contains(a))
        })
        .filter_map(|t| {
            let mentions: Vec<_> = t
                .mentions
                .iter()
                .filter(|m| art_ok(&m.evidence.article))
                .filter(|m| {
                    q.is_empty()
                        || has_text(&m.evidence.sentence, &q)
                        || has_text(&t.what, &q)
                        || t.venue.as_deref().is_some_and(|x| has_text(x, &q))
                })
                .cloned()
                .collect();
            (!mentions.is_empty()).then(|| crosscheck_core::Truce {
                mentions,
                ..t.clone()
            })
        })
        .collect();
    out
}

/// The id by which a truce mention is selected: the attempt's id and the mention's index.
pub fn mention_id(truce_id: &str, index: usize) -> String {
    format!("{truce_id}.{index}")
}

/// The id of the mention of attempt `truce` whose evidence is `ev`, by its index in `full` (the
/// Report the reader resolves ids in: a filter that hides an earlier mention must not shift it);
/// the attempt's own id (its first mention) when `full` lacks it.
pub fn mention_id_in(full: &Report, truce: &str, ev: &crosscheck_core::Evidence) -> String {
    full.truces
        .iter()
        .find(|t| t.id == truce)
        .and_then(|t| t.mentions.iter().position(|m| &m.evidence == ev))
        .map(|k| mention_id(truce, k))
        .unwrap_or_else(|| truce.to_string())
}

/// The evidence of the record with id `sel` (a casualty, a stance, a truce mention
/// `attempt.index`, or an attempt — its first mention).
pub fn record_evidence<'a>(r: &'a Report, sel: &str) -> Option<&'a crosscheck_core::Evidence> {
    if let Some(c) = r.casualties.iter().find(|c| c.id == sel) {
        return Some(&c.evidence);
    }
    if let Some(s) = r.stances.iter().find(|s| s.id == sel) {
        return Some(&s.evidence);
    }
    if let Some(t) = r.truces.iter().find(|t| t.id == sel) {
        return t.mentions.first().map(|m| &m.evidence);
    }
    let (tid, n) = sel.rsplit_once('.')?;
    let n: usize = n.parse().ok()?;
    r.truces
        .iter()
        .find(|t| t.id == tid)?
        .mentions
        .get(n)
        .map(|m| &m.evidence)
}
