//! Stage 9 — consolidate: every article's records into one Report.
//!
//! Takes: the [`Bundle`] (documents and dates), every article's entities, the people met, the
//! extracted [`Records`] and the bundle's [`Sources`].
//! Gives: the [`Report`]: articles with their dates and source groups, the source groups,
//! actors merged across articles, casualty
//! figures, truce mentions merged into attempts (same
//! venue within a fortnight, same date, the collective "three ceasefires", the "new/latest/
//! fourth" attempt joining the latest dated one, an undated mention joining the attempt its
//! article last spoke of — of the same kind for one that names it, a pause apart from a
//! ceasefire), stances, and diagnostics. An attempt's outcome is null while no mention asserts one.
//! Invariants: deterministic — records ordered by article, then position; ids are hashes of
//! article, sentence and content, so they survive re-extraction of unchanged text; the same input
//! gives byte-identical JSON; disagreements between mentions of one attempt are kept, not
//! resolved away.

use crate::actors::Entity;
use crate::bundle::Bundle;
use crate::dates::{Date, DateValue};
use crate::doc::Doc;
use crate::extract::truces::{Family, Mention};
use crate::lexicon::{lexicon, HashMap};
use crate::people::People;
use crate::report::*;
use crate::sources::Sources;
use std::collections::{BTreeMap, BTreeSet};

/// A stable short id: FNV-1a 64 of the parts, hex.
pub fn stable_id(prefix: &str, parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0u8)) {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    format!("{prefix}-{:012x}", h & 0xffff_ffff_ffff)
}

/// Everything the extract stage found, per kind, in bundle order.
pub struct Records {
    pub casualties: Vec<Casualty>,
    /// (article index, mention, whether the article's date was inferred)
    pub mentions: Vec<(usize, Mention, bool)>,
    pub stances: Vec<Stance>,
}

/// Consolidate the records of a bundle into the Report: articles, casualty figures and stances
/// with unique ids, truce mentions merged into attempts, the actors spoken of, the source groups,
/// diagnostics.
pub fn consolidate(
    b: Bundle,
    ents: &[Vec<Entity>],
    people: &People,
    records: Records,
    sources: Sources,
) -> Report {
    let mut report = Report {
        diagnostics: b.diagnostics,
        casualties: records.casualties,
        stances: records.stances,
        sources: sources.groups,
        ..Default::default()
    };
    for (k, (input, (date, inferred))) in b.inputs.iter().zip(&b.dates).enumerate() {
        report.articles.push(Article {
            id: input.id.clone(),
            title: input.title.clone(),
            outlet: input.outlet.clone(),
            date: date.map(|d| d.iso()),
            date_inferred: *inferred,
            url: input.url.clone(),
            chars: input.text.chars().count(),
            source_group: sources.of_article.get(k).cloned().unwrap_or_default(),
        });
    }
    dedupe_ids(&mut report);
    let art_dates: Vec<Option<Date>> = b.dates.iter().map(|(d, _)| *d).collect();
    report.truces = attempts(&b.docs, records.mentions, &art_dates);
    report.actors = actors(&report, ents, &b.docs, people);
    report
}

/// Two records with the same id (the same figure twice in one sentence) get a suffix.
fn dedupe_ids(r: &mut Report) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for c in &mut r.casualties {
        let n = seen.entry(c.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            c.id = format!("{}-{}", c.id, n);
        }
    }
    for s in &mut r.stances {
        let n = seen.entry(s.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            s.id = format!("{}-{}", s.id, n);
        }
    }
}

/// Cluster truce mentions into attempts.
fn attempts(
    docs: &[Doc],
    mentions: Vec<(usize, Mention, bool)>,
    art_dates: &[Option<Date>],
) -> Vec<Truce> {
    // two articles can speak of one attempt by its venue alone only when they were written
    // within a fortnight of each other (an article of 2016 and one of 2025 that both say
    // "talks in Istanbul" speak of two)
    let close = |a: usize, b: usize| {
        a == b
            || match (
                art_dates.get(a).copied().flatten(),
                art_dates.get(b).copied().flatten(),
            ) {
                (Some(x), Some(y)) => (x.days() - y.days()).abs() <= 14,
                _ => false,
            }
    };
    #[derive(Default)]
    struct Cluster {
        members: Vec<usize>,
        venue: Option<String>,
        /// The venue's [`crate::actors::name_key`], kept with it (compared for every mention).
        vk: Option<String>,
        date: Option<Date>,
        year: Option<i32>,
        collective: bool,
        historical: bool,
    }
    let mut clusters: Vec<Cluster> = Vec::new();
    let day = |m: &Mention| match m.date {
        Some(DateValue::Day(d)) => Some(d),
        _ => None,
    };
    let venue_key = |v: &Option<String>| v.as_ref().map(|s| crate::actors::name_key(s));
    // the clusters with each venue key and each date (a mention joins one of them, the first):
    // a mention looks at those, not at every cluster
    let mut by_venue: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_date: HashMap<Date, Vec<usize>> = HashMap::default();
    // pass 1: historical, collective, venue, date
    for (idx, (_, m, _)) in mentions.iter().enumerate() {
        if m.scope == Scope::Historical {
            let year = match m.date {
                Some(DateValue::Year(y)) => Some(y),
                Some(DateValue::Day(d)) => Some(d.y),
                _ => None,
            };
            if let Some(c) = clusters.iter_mut().find(|c| c.historical && c.year == year) {
                c.members.push(idx);
            } else {
                clusters.push(Cluster {
                    members: vec![idx],
                    year,
                    historical: true,
                    ..Default::default()
                });
            }
            continue;
        }
        if m.count.is_some_and(|n| n >= 2) {
            let art = mentions[idx].0;
            if let Some(c) = clusters
                .iter_mut()
                .find(|c| c.collective && c.members.iter().any(|&k| close(mentions[k].0, art)))
            {
                c.members.push(idx);
            } else {
                clusters.push(Cluster {
                    members: vec![idx],
                    collective: true,
                    ..Default::default()
                });
            }
            continue;
        }
        let vk = venue_key(&m.venue);
        let d = day(m);
        let art = mentions[idx].0;
        let joins = |c: &Cluster| {
            !c.collective && !c.historical && {
                let same_venue = vk.is_some()
                    && c.vk == vk
                    && match (c.date, d) {
                        (Some(a), Some(b)) => (a.days() - b.days()).abs() <= 2,
                        _ => c.members.iter().any(|&k| close(mentions[k].0, art)),
                    };
                let same_date =
                    d.is_some() && c.date == d && (c.venue.is_none() || vk.is_none() || c.vk == vk);
                same_venue || same_date
            }
        };
        // a cluster it joins has its venue key or its date: the first of those
        let same_venue = vk.as_ref().and_then(|v| by_venue.get(v));
        let same_day = d.and_then(|d| by_date.get(&d));
        let found = same_venue
            .into_iter()
            .chain(same_day)
            .flatten()
            .copied()
            .filter(|&ci| clusters.get(ci).is_some_and(joins))
            .min();
        match found.and_then(|ci| clusters.get_mut(ci).map(|c| (ci, c))) {
            Some((ci, c)) => {
                c.members.push(idx);
                if c.venue.is_none() {
                    c.venue = m.venue.clone();
                    if let Some(v) = &vk {
                        by_venue.entry(v.clone()).or_default().push(ci);
                    }
                    c.vk = vk;
                }
                if c.date.is_none() {
                    c.date = d;
                    if let Some(d) = d {
                        by_date.entry(d).or_default().push(ci);
                    }
                }
            }
            None if vk.is_some() || d.is_some() => {
                let ci = clusters.len();
                if let Some(v) = &vk {
                    by_venue.entry(v.clone()).or_default().push(ci);
                }
                if let Some(d) = d {
                    by_date.entry(d).or_default().push(ci);
                }
                clusters.push(Cluster {
                    members: vec![idx],
                    venue: m.venue.clone(),
                    vk,
                    date: d,
                    ..Default::default()
                });
            }
            None => {}
        }
    }
    // pass 2: undated, unplaced mentions, in text order. "new/fresh/latest/fourth" → the latest
    // dated attempt (of the same article if it has one); a pledge → the article's attempt that
    // already reports one; others → the attempt the article last spoke of (a reference such as
    // "the agreement" or "the talks" speaks of it), else the next one it names, else their own.
    let n = mentions.len();
    let eligible = |c: &Cluster| !c.collective && !c.historical;
    let mut of: Vec<Option<usize>> = vec![None; n];
    for (ci, c) in clusters.iter().enumerate() {
        for &k in &c.members {
            of[k] = Some(ci);
        }
    }
    let mut next: Vec<Option<usize>> = vec![None; n];
    let mut ahead: Option<(usize, usize)> = None;
    for k in (0..n).rev() {
        let art = mentions[k].0;
        next[k] = ahead.filter(|(a, _)| *a == art).map(|(_, c)| c);
        if let Some(ci) = of[k].filter(|&ci| eligible(&clusters[ci])) {
            ahead = Some((art, ci));
        }
    }
    // the attempt the article last spoke of, and last named with each kind of truce word
    let fam = |f: Family| match f {
        Family::Ceasefire => 0,
        Family::Narrow => 1,
        Family::Talks => 2,
    };
    let mut last: Option<usize> = None;
    let mut last_fam: [Option<usize>; 3] = [None; 3];
    let mut last_earlier: Option<usize> = None;
    let mut article = usize::MAX;
    for idx in 0..n {
        let art = mentions[idx].0;
        if art != article {
            (article, last, last_fam, last_earlier) = (art, None, [None; 3], None);
        }
        let m = &mentions[idx].1;
        // the attempt this article last spoke of (of its kind, or an earlier one)
        let remember = |ci: usize,
                        last: &mut Option<usize>,
                        last_fam: &mut [Option<usize>; 3],
                        last_earlier: &mut Option<usize>| {
            if m.named && m.earlier {
                *last_earlier = Some(ci);
            } else {
                *last = Some(ci);
                if m.named {
                    last_fam[fam(m.family)] = Some(ci);
                }
            }
        };
        if let Some(ci) = of[idx] {
            if eligible(&clusters[ci]) {
                remember(ci, &mut last, &mut last_fam, &mut last_earlier);
            }
            continue;
        }
        let latest = |only_article: bool| {
            clusters
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.collective && !c.historical && c.date.is_some())
                .filter(|(_, c)| !only_article || c.members.iter().any(|&k| mentions[k].0 == art))
                .max_by_key(|(_, c)| c.date)
                .map(|(i, _)| i)
        };
        // a pledge joins the attempt that already reports a pledge in this article
        let pledge_attempt = || {
            (m.claim == Some(Claim::Partial) && m.family != Family::Narrow)
                .then(|| {
                    clusters.iter().position(|c| {
                        !c.collective
                            && !c.historical
                            && c.members.iter().any(|&k| {
                                mentions[k].0 == art && mentions[k].1.claim == Some(Claim::Partial)
                            })
                    })
                })
                .flatten()
        };
        // a sentence that names its brokers does not join an attempt other brokers mediated
        let brokers_agree = |ci: usize| {
            m.brokers.is_empty() || {
                let theirs: BTreeSet<&String> = clusters[ci]
                    .members
                    .iter()
                    .flat_map(|&k| &mentions[k].1.brokers)
                    .collect();
                theirs.is_empty() || m.brokers.iter().any(|b| theirs.contains(b))
            }
        };
        let target = if m.newness || m.ordinal.is_some() {
            latest(true).or_else(|| latest(false))
        } else if let Some(p) = pledge_attempt() {
            Some(p)
        } else if m.named && m.family == Family::Narrow {
            // a narrower pause is its own attempt unless the article already named one
            last_fam[fam(Family::Narrow)]
        } else if m.named && m.earlier {
            // "a previous truce": the earlier attempt the article already spoke of, else its own
            last_earlier
        } else if m.named {
            last_fam[fam(m.family)]
                .or(last)
                .or(next[idx])
                .filter(|&ci| brokers_agree(ci))
        } else {
            last.or(next[idx])
        };
        let ci = match target {
            Some(ci) => {
                clusters[ci].members.push(idx);
                ci
            }
            None => {
                clusters.push(Cluster {
                    members: vec![idx],
                    ..Default::default()
                });
                clusters.len() - 1
            }
        };
        of[idx] = Some(ci);
        if eligible(&clusters[ci]) {
            remember(ci, &mut last, &mut last_fam, &mut last_earlier);
        }
    }
    // build the attempts
    let mut out: Vec<Truce> = Vec::new();
    for c in &mut clusters {
        crate::order::sort_by_key(&mut c.members, |&k| (mentions[k].0, mentions[k].1.sent));
    }
    crate::order::sort_by_key(&mut clusters, |c| {
        let first = c.members[0];
        (
            !c.historical,
            c.date
                .map(|d| d.days())
                .or(c.year.map(|y| y as i64 * 366 - 719468))
                .unwrap_or(i64::MAX),
            mentions[first].0,
            mentions[first].1.sent,
        )
    });
    let mut used_ids: BTreeSet<String> = BTreeSet::new();
    for c in clusters {
        let ms: Vec<&(usize, Mention, bool)> = c.members.iter().map(|&k| &mentions[k]).collect();
        let vote = |f: &dyn Fn(&Mention) -> Option<String>| -> Option<String> {
            let mut n: BTreeMap<String, usize> = BTreeMap::new();
            for (_, m, _) in &ms {
                if let Some(v) = f(m) {
                    *n.entry(v).or_default() += 1;
                }
            }
            n.into_iter()
                .max_by_key(|(k, v)| (*v, std::cmp::Reverse(k.clone())))
                .map(|(k, _)| k)
        };
        let venue = vote(&|m| m.venue.clone());
        // the date: from articles with their own date first, inferred ones after
        let own_date = vote(&|m| day(m).map(|d| d.iso()));
        let date_from_own = ms.iter().any(|(_, m, inf)| !inf && day(m).is_some());
        let date = if c.historical {
            c.year.map(|y| y.to_string())
        } else {
            own_date
        };
        let date_inferred = date.is_some() && !c.historical && !date_from_own;
        let count = if c.collective {
            let mut n: BTreeMap<u32, usize> = BTreeMap::new();
            for (_, m, _) in &ms {
                if let Some(k) = m.count {
                    *n.entry(k).or_default() += 1;
                }
            }
            n.into_iter().max_by_key(|(k, v)| (*v, *k)).map(|(k, _)| k)
        } else {
            None
        };
        // the outcome the mentions report, by the guide's priority; none while no mention asserts
        // one (a mediation effort, talks under way)
        let claims: Vec<Claim> = ms.iter().filter_map(|(_, m, _)| m.claim).collect();
        let outcome = [
            Claim::Partial,
            Claim::Collapsed,
            Claim::Violated,
            Claim::Failed,
            Claim::Agreed,
        ]
        .into_iter()
        .find(|c| claims.contains(c));
        let mut brokers: Vec<String> = Vec::new();
        for (_, m, _) in &ms {
            for b in &m.brokers {
                if !brokers.contains(b) {
                    brokers.push(b.clone());
                }
            }
        }
        let mut party_n: BTreeMap<String, usize> = BTreeMap::new();
        for (_, m, _) in &ms {
            for p in &m.parties {
                if !brokers.contains(p) {
                    *party_n.entry(p.clone()).or_default() += 1;
                }
            }
        }
        let mut parties: Vec<(String, usize)> = party_n.into_iter().collect();
        crate::order::sort_by(&mut parties, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut parties: Vec<String> = parties.into_iter().take(2).map(|(p, _)| p).collect();
        crate::order::sort(&mut parties);
        let noun = vote(&|m| Some(m.noun.clone())).unwrap_or_else(|| "ceasefire".into());
        let what = if c.collective {
            match outcome {
                Some(o) => format!(
                    "{} earlier {}s ({})",
                    count
                        .map(|n| n.to_string())
                        .unwrap_or_else(|| "several".into()),
                    noun,
                    outcome_word(o)
                ),
                None => format!(
                    "{} earlier {}s",
                    count
                        .map(|n| n.to_string())
                        .unwrap_or_else(|| "several".into()),
                    noun
                ),
            }
        } else if c.historical {
            format!("{noun} of an earlier war")
        } else {
            match &venue {
                Some(v) => format!("{noun} talks in {v}"),
                None => noun.clone(),
            }
        };
        let base = if c.collective {
            format!("earlier-{}", count.unwrap_or(0))
        } else if c.historical {
            format!(
                "historical-{}",
                date.clone().unwrap_or_else(|| "undated".into())
            )
        } else {
            format!(
                "{}-{}",
                venue.as_deref().map(slug).unwrap_or_else(|| "truce".into()),
                date.clone().unwrap_or_else(|| "undated".into())
            )
        };
        let mut id = base.clone();
        let mut n = 2;
        while used_ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        used_ids.insert(id.clone());
        out.push(Truce {
            id,
            what,
            date,
            date_inferred,
            venue,
            brokers,
            parties,
            outcome,
            scope: if c.historical {
                Scope::Historical
            } else {
                Scope::Current
            },
            count,
            mentions: ms
                .iter()
                .map(|(art, m, _)| TruceMention {
                    evidence: docs[*art].evidence(m.sent),
                    claim: m.claim,
                    quote: m.quote.clone(),
                    count: m.count,
                    ordinal: m.ordinal,
                })
                .collect(),
        });
    }
    out
}

fn outcome_word(c: Claim) -> &'static str {
    match c {
        Claim::Agreed => "agreed",
        Claim::Violated => "violated",
        Claim::Collapsed => "collapsed",
        Claim::Failed => "failed",
        Claim::Partial => "partial",
    }
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// The actors the Report speaks of, with the forms the texts use for them.
fn actors(r: &Report, ents: &[Vec<Entity>], docs: &[Doc], people: &People) -> Vec<Actor> {
    let lex = lexicon();
    let mut used: BTreeSet<String> = BTreeSet::new();
    for s in &r.stances {
        used.insert(s.actor.clone());
        if let Some(t) = &s.target {
            used.insert(t.clone());
        }
    }
    for t in &r.truces {
        used.extend(t.brokers.iter().cloned());
        used.extend(t.parties.iter().cloned());
    }
    let mut aliases: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut kinds: BTreeMap<String, ActorKind> = BTreeMap::new();
    for (doc, es) in docs.iter().zip(ents) {
        for e in es {
            kinds.entry(e.actor.clone()).or_insert(e.kind);
            let text = crate::doc::fold(doc.span_text(e.first, e.last));
            let text = text
                .strip_prefix("the ")
                .or_else(|| text.strip_prefix("The "))
                .unwrap_or(&text)
                .to_string();
            if e.role != crate::actors::Role::Pronoun {
                aliases.entry(e.actor.clone()).or_default().insert(text);
            }
        }
    }
    let mut out = Vec::new();
    for id in used {
        let kind = kinds
            .get(&id)
            .copied()
            .unwrap_or(if lex.states.contains_key(&id) {
                ActorKind::State
            } else {
                ActorKind::Person
            });
        let name = lex
            .name_of(&id)
            .map(String::from)
            .or_else(|| people.named(&id).next().map(|p| p.name.clone()))
            .unwrap_or_else(|| {
                // a non-state group: its longest written form
                aliases
                    .get(&id)
                    .and_then(|a| a.iter().max_by_key(|s| s.len()).cloned())
                    .unwrap_or_else(|| id.clone())
            });
        let mut al: Vec<String> = aliases
            .get(&id)
            .map(|a| a.iter().filter(|s| **s != name).cloned().collect())
            .unwrap_or_default();
        crate::order::sort(&mut al);
        out.push(Actor {
            id,
            name,
            kind,
            aliases: al,
        });
    }
    out
}
