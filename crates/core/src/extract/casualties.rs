//! Casualty figures: counts of people killed, wounded or displaced.
//!
//! Takes: a [`Ctx`] (sentences, tokens, entities, article date).
//! Gives: one [`Casualty`] per stated figure, in text order, with kind, count, population, sides,
//! scope (current fighting or an earlier war), level (running toll or one incident), the source
//! the text credits, and notes ("the actual toll is believed to be substantially higher").
//! Invariants: only a number of role `Count` (never a date, year, time, duration, measure, ordinal
//! or age), a single person ("a policeman", "another protester") or a bare plural of people
//! becomes a figure, and only when a word of killing, wounding or flight is bound to it; counts of
//! things ("three ceasefires", "7 districts") never do; a qualifier binds to the number right
//! after it only; a noun left out carries over from the figure before it in the sentence ("31
//! civilians killed and 101 injured"); one figure per count and kind.
//!
//! A count binds to a kind by one of these patterns, tried in this order (every word list is a
//! category of the lexicon, `data/words.tsv`):
//!
//! | pattern | example | categories |
//! |---|---|---|
//! | verb, then count | "killed 14 people", "shot dead a village chief", ", wounding 30" | `kill_active`, `wound_active`, `displace_active` |
//! | count, kind noun | "1,250 deaths", "30,000 dead", "117 murders" | `kill_noun`, `wound_noun`, `displace_noun`, `mixed` |
//! | count, subject words, verb | "58 soldiers on their side have been killed", "two soldiers and a child were killed" | `subject_gap`, `kill_passive`, `wound_passive`, `displace_passive` |
//! | toll word, link, count | "the death toll has risen to 62", "fatalities stand at 40" | `toll_noun`, `toll_link` |
//! | verb chain back | "killed five soldiers and three civilians" | — |

use super::{ends_clause, is_boundary, Ctx};
use crate::actors::Role as EntRole;
use crate::lexicon::{lexicon, Cat, Lexicon};
use crate::numbers::{recognise, Role};
use crate::report::*;
use crate::tokens::Tokens;

/// A candidate count: a number, a single person or a bare plural of people.
#[derive(Debug, Clone, Copy)]
struct Cand {
    /// Tokens of the count itself (qualifier included).
    first: usize,
    last: usize,
    low: Option<u64>,
    high: Option<u64>,
    qualifier: Qualifier,
    /// The head noun phrase after the count ends here (== `last` when there is none).
    np_last: usize,
    population: Option<Population>,
    /// Whether the noun phrase names a thing, not people ("three ceasefires").
    thing: bool,
    /// A single person with "the" (bound only to a verb).
    definite: bool,
    /// A word that is a figure only right beside its verb ("others injured").
    weak: bool,
    /// A participle before the person noun: "the injured officer", "a dead soldier".
    pre_kind: Option<CasualtyKind>,
    /// A number ("14", "dozens"), not a single person or a bare plural.
    number: bool,
}

impl Cand {
    /// One person at tokens `first..=last`, the phrase ending at `np_last`.
    fn one(first: usize, last: usize, np_last: usize) -> Cand {
        Cand {
            first,
            last,
            low: Some(1),
            high: Some(1),
            qualifier: Qualifier::Exact,
            np_last,
            population: None,
            thing: false,
            definite: false,
            weak: false,
            pre_kind: None,
            number: false,
        }
    }

    /// People without a number ("many civilians", "fatalities").
    fn unquantified(first: usize, last: usize, np_last: usize) -> Cand {
        Cand {
            low: None,
            high: None,
            qualifier: Qualifier::Unquantified,
            ..Cand::one(first, last, np_last)
        }
    }
}

/// A kind word found for a count.
struct Bound {
    kind: CasualtyKind,
    mixed: bool,
    /// Token range of the evidence phrase.
    first: usize,
    last: usize,
    /// Whether the verb was before the count (for chains).
    active: bool,
    /// Bound through a running-total word ("the toll rose to"): always a toll.
    toll: bool,
    /// A second kind joined to the verb: "killing and injuring a number of fighters".
    also: Option<CasualtyKind>,
}

impl Bound {
    /// A passive binding of `kind` over tokens `first..=last`.
    fn new(kind: CasualtyKind, first: usize, last: usize) -> Bound {
        Bound {
            kind,
            mixed: false,
            first,
            last,
            active: false,
            toll: false,
            also: None,
        }
    }
}

/// Which population a person noun names.
fn population_of(l: &Lexicon, w: &str) -> Option<Population> {
    // one look-up for the three categories
    let (_, alone) = l.masks(w);
    if alone.has(Cat::Military as u16) {
        Some(Population::Military)
    } else if alone.has(Cat::Civilians as u16) {
        Some(Population::Civilians)
    } else if alone.has(Cat::UnspecifiedPeople as u16) {
        Some(Population::Unspecified)
    } else {
        None
    }
}

/// The length of a phrase of `cat` that ends right before token `at` (starting at or after `from`).
fn ends_before(l: &Lexicon, cat: Cat, t: &Tokens, from: usize, at: usize) -> Option<usize> {
    (at.saturating_sub(5).max(from)..at)
        .find(|&j| l.at(cat, t, j, at) == Some(at - j))
        .map(|j| at - j)
}

const ACTIVE: [(Cat, CasualtyKind); 3] = [
    (Cat::KillActive, CasualtyKind::Killed),
    (Cat::WoundActive, CasualtyKind::Wounded),
    (Cat::DisplaceActive, CasualtyKind::Displaced),
];
const PASSIVE: [(Cat, CasualtyKind); 3] = [
    (Cat::KillPassive, CasualtyKind::Killed),
    (Cat::WoundPassive, CasualtyKind::Wounded),
    (Cat::DisplacePassive, CasualtyKind::Displaced),
];
const NOUN: [(Cat, CasualtyKind); 3] = [
    (Cat::KillNoun, CasualtyKind::Killed),
    (Cat::WoundNoun, CasualtyKind::Wounded),
    (Cat::DisplaceNoun, CasualtyKind::Displaced),
];

/// A phrase of one of `cats` at token `i`: its kind and length (the longest wins).
fn kind_at(
    l: &Lexicon,
    cats: &[(Cat, CasualtyKind)],
    t: &Tokens,
    i: usize,
    end: usize,
) -> Option<(CasualtyKind, usize)> {
    cats.iter()
        .filter_map(|(c, k)| l.at(c, t, i, end).map(|n| (*k, n)))
        .max_by_key(|(_, n)| *n)
}

/// Extend a count over the noun phrase after it: modifiers, entity adjectives ("31 Palestinian
/// civilians"), a person noun, and "of …" after it ("members of the security forces").
fn noun_phrase(c: &Ctx, l: &Lexicon, mut cand: Cand, end: usize) -> Cand {
    let t = c.t();
    let mut i = cand.last + 1;
    if i < end && l.has_tok(Cat::GenitivePrep, t, i) && cand.population.is_none() {
        i += 1; // "dozens of civilians", "tens of thousands of people"
                // a part of a group: "three of the soldiers", "two of its fighters"
        if i + 1 < end
            && (l.has_tok(Cat::Article, t, i) || l.has_tok(Cat::Possessive, t, i))
            && population_of(l, t.norm(i + 1)).is_some()
        {
            i += 1;
        }
    }
    let mut k = i;
    let mut modifiers = 0;
    while k < end && modifiers < 5 {
        let w = t.norm(k);
        // "Two Central Reserve Police Force (CRPF) personnel"
        if w == "(" {
            match (k + 1..(k + 6).min(end)).find(|&j| t.norm(j) == ")") {
                Some(j)
                    if cand.population.is_none()
                        || np_word_before_person(c, l, j + 1, end)
                        || j + 1 < end && population_of(l, t.norm(j + 1)).is_some() =>
                {
                    k = j + 1;
                    continue;
                }
                _ => break,
            }
        }
        if is_boundary(w) || l.has(Cat::ListAnd, w) {
            break;
        }
        // "several wounded men": a participle before the noun names the kind
        if k + 1 < end && population_of(l, t.norm(k + 1)).is_some() && cand.population.is_none() {
            if l.has_tok(Cat::WoundPassive, t, k) {
                cand.pre_kind = Some(CasualtyKind::Wounded);
                k += 1;
                continue;
            } else if l.has_tok(Cat::KillPassive, t, k) {
                cand.pre_kind = Some(CasualtyKind::Killed);
                k += 1;
                continue;
            }
        }
        if let Some(p) = population_of(l, w) {
            // a compound: "police officers", "aid workers", "Police Force (CRPF) personnel"
            let aid_workers = cand.population == Some(Population::Civilians)
                && p == Population::Unspecified
                && k == cand.np_last + 1;
            if cand.population.is_none() || (p != Population::Unspecified && !aid_workers) {
                cand.population = Some(p);
            }
            cand.np_last = k;
            k += 1;
            continue;
        }
        if cand.population.is_some() {
            // the phrase goes on only to a further person noun
            if !np_word_before_person(c, l, k, end) {
                break;
            }
            k += 1;
            modifiers += 1;
            continue;
        }
        if l.has_tok(Cat::ThingNoun, t, k) {
            cand.thing = true;
            return cand;
        }
        if starts_kind(l, t, k, end) {
            return cand;
        }
        // a modifier: an adjective-like word, an entity ("Israeli", "Hamas"), a hyphen, or any
        // other word or two ("56 BH/IS fighters", "2 NDS members", "Al shabaab militants")
        // when a person noun follows before the phrase can end
        let modifier = c.ent_at(k).is_some()
            || l.has_tok(Cat::PersonModifier, t, k)
            || w == "-"
            || np_word_before_person(c, l, k, end);
        if !modifier {
            break;
        }
        k += 1;
        modifiers += 1;
    }
    // "members of the security forces": the noun after "of" may name the population
    let k = cand.np_last;
    if cand.population.is_some() && k + 1 < end && l.has_tok(Cat::GenitivePrep, t, k + 1) {
        let mut j = k + 2;
        while j < end
            && j < k + 7
            && !is_boundary(t.norm(j))
            && t.norm(j) != ","
            && !starts_kind(l, t, j, end)
        {
            if let Some(p2) = population_of(l, t.norm(j)).filter(|p| *p != Population::Unspecified)
            {
                cand.population = Some(p2);
            }
            j += 1;
        }
        cand.np_last = j - 1;
    }
    cand
}

/// Whether the token can be an unlisted modifier: a person noun follows within three tokens
/// with nothing between that ends a noun phrase.
fn np_word_before_person(c: &Ctx, l: &Lexicon, k: usize, end: usize) -> bool {
    let t = c.t();
    let ends_np = |j: usize| {
        let w = t.norm(j);
        // a determiner, a verb-like word ("announced", "killing") or a reporting verb ends it
        let verb_like = !is_cap(c, j)
            && (w.ends_with("ed") || w.ends_with("ing"))
            && !l.has_tok(Cat::PersonModifier, t, j);
        is_boundary(w)
            || l.has_tok(Cat::ListAndOr, t, j)
            || l.has(Cat::GenitivePrep, w)
            || verb_like
            || l.has_tok(Cat::SingleDet, t, j)
            || l.has_tok(Cat::ReportVerb, t, j)
            || l.has_tok(Cat::SubjectGap, t, j) && !is_cap(c, j)
            || l.has_tok(Cat::ClauseStop, t, j)
            || l.has_tok(Cat::ThingNoun, t, j)
            || starts_kind(l, t, j, end)
    };
    if ends_np(k) {
        return false;
    }
    let mut j = k + 1;
    while j < (k + 8).min(end) {
        if t.norm(j) == "(" {
            // "Police Force (CRPF) personnel"
            match (j + 1..(j + 6).min(end)).find(|&x| t.norm(x) == ")") {
                Some(x) => {
                    j = x + 1;
                    continue;
                }
                None => return false,
            }
        }
        if population_of(l, t.norm(j)).is_some() {
            return true;
        }
        if ends_np(j) {
            return false;
        }
        j += 1;
    }
    false
}

/// Whether a speech verb follows at `k`: "said", "told", "was quoted as saying", "has said".
fn speaks_after(l: &Lexicon, t: &Tokens, k: usize, end: usize) -> bool {
    let k = if k < end && (l.has_tok(Cat::BeAux, t, k) || l.has_tok(Cat::PerfectAux, t, k)) {
        k + 1
    } else {
        k
    };
    k < end && (l.has_tok(Cat::SpeechVerb, t, k) || l.at(Cat::QuotedAs, t, k, end).is_some())
}

fn is_cap(c: &Ctx, i: usize) -> bool {
    c.t().toks.get(i).is_some_and(|tok| {
        c.doc
            .cleaned
            .text
            .get(tok.start..)
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    })
}

fn starts_kind(l: &Lexicon, t: &Tokens, i: usize, end: usize) -> bool {
    kind_at(l, &PASSIVE, t, i, end).is_some()
        || kind_at(l, &NOUN, t, i, end).is_some()
        || l.at(Cat::Mixed, t, i, end).is_some()
}

/// Whether the token starts a count or a person phrase: after a verb it makes the verb active
/// ("militants killed 5 soldiers").
fn starts_object(c: &Ctx, l: &Lexicon, cands: &[Cand], i: usize) -> bool {
    let t = c.t();
    cands.iter().any(|q| q.first == i)
        || (i < t.len() && l.has_tok(Cat::ObjectDet, t, i))
        || (i < t.len()
            && (l.has_tok(Cat::SingleDet, t, i)
                && i + 1 < t.len()
                && population_of(l, t.norm(i + 1)).is_some()))
}

/// Pattern "verb, then count": a verb of killing right before the count ("killed 14",
/// "wounding another 43").
fn verb_before(c: &Ctx, l: &Lexicon, q: &Cand, start: usize) -> Option<Bound> {
    let t = c.t();
    let mut at = q.first;
    // "another", "a further", "then" between verb and count
    while at > start
        && (l.has_tok(Cat::CountLead, t, at - 1)
            || q.qualifier == Qualifier::Unquantified
                && (l.has_tok(Cat::PersonModifier, t, at - 1) || c.ent_at(at - 1).is_some()))
    {
        at -= 1;
    }
    for (cat, kind) in ACTIVE {
        if let Some(n) = ends_before(l, cat, t, start, at) {
            // "attempted to kill", "threatened to kill": no one died
            if ends_before(l, Cat::Irrealis, t, start, at - n).is_some() {
                return None;
            }
            let mixed = at - n + 1 < t.len() && l.at(Cat::Mixed, t, at - n, at).is_some();
            // "killing and injuring …": the verb before "and" names a second kind
            let v = at - n;
            let joined = (v > start + 1 && l.has_tok(Cat::ConjAnd, t, v - 1))
                .then(|| {
                    ACTIVE.iter().find_map(|(c2, k2)| {
                        ends_before(l, *c2, t, start, v - 1)
                            .filter(|_| *k2 != kind)
                            .map(|n2| (*k2, v - 1 - n2))
                    })
                })
                .flatten();
            return Some(match joined {
                Some((k2, first)) => Bound {
                    kind: k2,
                    mixed,
                    first,
                    last: q.np_last,
                    active: true,
                    toll: false,
                    also: Some(kind),
                },
                None => Bound {
                    kind,
                    mixed,
                    first: v,
                    last: q.np_last,
                    active: true,
                    toll: false,
                    also: None,
                },
            });
        }
    }
    // "forced 5,000 people from their homes"
    if let Some(n) = ends_before(l, Cat::DisplaceForced, t, start, at) {
        let tail = q.np_last + 1;
        if let Some(m) = l.at(Cat::DisplaceTail, t, tail, t.len()) {
            return Some(Bound {
                kind: CasualtyKind::Displaced,
                mixed: false,
                first: at - n,
                last: tail + m - 1,
                active: true,
                toll: false,
                also: None,
            });
        }
    }
    None
}

/// Pattern "count, kind noun": "1,250 deaths", "30,000 dead", "nearly 100 casualties".
fn noun_after(c: &Ctx, l: &Lexicon, q: &Cand, end: usize) -> Option<Bound> {
    let t = c.t();
    // "hundreds of thousands of refugees": the head noun is itself the kind
    if q.np_last > q.last {
        if let Some((kind, _)) =
            kind_at(l, &NOUN, t, q.np_last, end).filter(|(k, _)| *k == CasualtyKind::Displaced)
        {
            return Some(Bound::new(kind, q.first, q.np_last));
        }
    }
    let mut i = q.np_last + 1;
    if q.np_last == q.last && i + 1 < end && l.has_tok(Cat::GenitivePrep, t, i) {
        i += 1; // "thousands of lives"
    }
    // "1,250 civilian deaths", "1,000 Azerbaijani dead": one modifier may stand between
    if q.np_last == q.last
        && i + 1 < end
        && (c.ent_at(i).is_some()
            || l.has_tok(Cat::PersonModifier, t, i)
            || l.has_tok(Cat::FigureModifier, t, i))
        && !starts_kind(l, t, i, end)
    {
        i += 1;
    }
    if i >= end {
        return None;
    }
    if let Some(n) = l.at(Cat::Mixed, t, i, end) {
        return Some(Bound {
            kind: CasualtyKind::Killed,
            mixed: true,
            first: q.first,
            last: i + n - 1,
            active: false,
            toll: false,
            also: None,
        });
    }
    let (kind, n) = kind_at(l, &NOUN, t, i, end)?;
    // "lives" only after a verb of losing or claiming: "claimed 1,200 lives"
    if l.has_tok(Cat::LivesNoun, t, i)
        && !(q.first > 0 && l.has_tok(Cat::LivesVerb, t, q.first - 1))
    {
        return None;
    }
    // a person noun then "dead": the subject pattern handles it ("30 people dead")
    Some(Bound::new(kind, q.first, i + n - 1))
}

/// Pattern "count, subject words, verb": the count is the subject of a passive or intransitive
/// verb of dying, wounding or flight, past auxiliaries, adverbs, a prepositional phrase, a
/// parenthesis ("30 people, including 14 women, were killed") or further coordinated counts.
fn verb_after(c: &Ctx, l: &Lexicon, q: &Cand, cands: &[Cand], end: usize) -> Option<Bound> {
    let t = c.t();
    // "23 people from 18 different nationalities were killed": the 18 is no subject
    let inside =
        |o: &Cand| o.population.is_some() && o.np_last < q.first && o.np_last + 4 >= q.first;
    // "abducted by five gunmen … was found dead": the agent is no victim
    if q.first > 0
        && l.has_tok(Cat::ObjectPrep, t, q.first - 1)
        && (q.population.is_none() && cands.iter().any(inside)
            || l.has_tok(Cat::AgentPrep, t, q.first - 1))
    {
        return None;
    }
    let mut k = q.np_last + 1;
    let mut cost = 0;
    let limit = (q.np_last + 16).min(end);
    while k < limit {
        let w = t.norm(k);
        if let Some(n) = l
            .at(Cat::Mixed, t, k, end)
            .filter(|_| (k > q.np_last + 1 || q.population.is_some()) && !q.weak && !q.definite)
        {
            return Some(Bound {
                kind: CasualtyKind::Killed,
                mixed: true,
                first: q.first,
                last: k + n - 1,
                active: false,
                toll: false,
                also: None,
            });
        }
        // "could be killed", "were not hurt": no figure
        if l.has_tok(Cat::Irrealis, t, k) {
            return None;
        }
        // "received non-life-threatening injuries", "suffered serious wounds"
        if l.has_tok(Cat::SufferVerb, t, k) {
            let found = (k + 1..(k + 8).min(end)).find_map(|j| {
                kind_at(l, &NOUN, t, j, end)
                    .filter(|(kind, _)| *kind == CasualtyKind::Wounded)
                    .map(|(kind, n)| (kind, j, n))
            });
            if let Some((kind, j, n)) = found {
                if kind == CasualtyKind::Wounded {
                    return Some(Bound::new(kind, q.first, j + n - 1));
                }
            }
        }
        if let Some((kind, n)) = kind_at(l, &PASSIVE, t, k, end) {
            // "killed 5 soldiers" after a subject is an active verb with its own object
            if starts_object(c, l, cands, k + n) && l.at(Cat::KillActive, t, k, end).is_some() {
                return None;
            }
            return Some(Bound::new(kind, q.first, k + n - 1));
        }
        // "was kidnapped and killed", "were tortured and executed"
        if l.has_tok(Cat::PriorVerb, t, k) && k + 1 < end && l.has_tok(Cat::ConjAnd, t, k + 1) {
            k += 2;
            continue;
        }
        // a parenthesis: "a member of the group (its youth wing) was killed", "5 civilians (2
        // men, 2 women, and 1 child) were killed"
        if w == "(" {
            if let Some(j) = (k + 1..(k + 16).min(end)).find(|&j| t.norm(j) == ")") {
                k = j + 1;
                continue;
            }
        }
        // the speaker's own verb: in "two soldiers, a local official said, were killed" the
        // official is no victim
        if is_boundary(w)
            || l.has_tok(Cat::ClauseStop, t, k)
            || k == q.np_last + 1
                && l.has_tok(Cat::SpeechVerb, t, k)
                && !l.has_tok(Cat::InfinitiveTo, t, k + 1)
                && kind_at(l, &PASSIVE, t, k + 1, end).is_none()
        {
            return None;
        }
        if w == "," {
            // a parenthesis: ", including 14 women and 12 children," / ", mostly civilians,"
            if k + 1 < end && l.has_tok(Cat::ParenthesisLead, t, k + 1) {
                let close = (k + 2..(k + 14).min(end))
                    .find(|&j| t.norm(j) == "," || is_boundary(t.norm(j)));
                match close {
                    Some(j) if t.norm(j) == "," => {
                        k = j + 1;
                        continue;
                    }
                    _ => return None,
                }
            }
            // the comma closing an apposition: "a soldier, Sergeant X, was killed"
            if k + 1 < end
                && k > q.np_last + 1
                && (l.has_tok(Cat::Auxiliary, t, k + 1)
                    || kind_at(l, &PASSIVE, t, k + 1, end).is_some())
            {
                k += 1;
                continue;
            }
            // a coordinated count: "two soldiers, a policeman and a child were killed", "…, and
            // his two bodyguards were killed"
            let mut n = k + 1;
            while n < end
                && n < k + 3
                && (l.has_tok(Cat::ConjAndOr, t, n) || l.has_tok(Cat::Possessive, t, n))
            {
                n += 1;
            }
            if n > k + 1 && cands.iter().any(|o| o.first == n) {
                k = n;
                continue;
            }
            if cands.iter().any(|o| o.first == k + 1) {
                k += 1;
                continue;
            }
            // an apposition naming the person: "a reservist soldier, Master Sergeant X, was killed"
            if q.low == Some(1) && k + 1 < end && is_cap(c, k + 1) {
                if let Some(j) = (k + 2..(k + 10).min(end))
                    .find(|&j| t.norm(j) == "," || is_boundary(t.norm(j)))
                    .filter(|&j| t.norm(j) == ",")
                {
                    k = j + 1;
                    continue;
                }
            }
            // any apposition right after the subject whose closing comma comes before its
            // verb: "three farmers, out in the fields with their goats, were shot dead"
            if k == q.np_last + 1 {
                if let Some(j) = apposition_end(c, l, k, end) {
                    k = j + 1;
                    continue;
                }
            }
            return None;
        }
        if let Some(o) = cands.iter().find(|o| o.first == k && k > q.last) {
            // only as a coordinated subject, right after "and"/"or"/","; inside a prepositional
            // phrase ("from 18 countries") it is part of the subject
            if l.has_tok(Cat::ObjectPrep, t, k - 1) {
                k = o.np_last + 1;
                cost += 1;
                continue;
            }
            if !l.has_tok(Cat::ListAndOr, t, k - 1) {
                return None;
            }
            k = o.np_last + 1;
            continue;
        }
        if !(l.has_tok(Cat::SubjectGap, t, k)
            || l.has(Cat::ConjAnd, w) && k + 1 < end && cands.iter().any(|o| o.first == k + 1))
        {
            cost += 1;
            // a lone word or a named person binds only past auxiliaries and adverbs
            if cost > 4 || q.weak || q.definite {
                return None;
            }
        }
        k += 1;
    }
    None
}

/// The closing comma of an apposition opened by the comma at `open`: within 14 tokens, no
/// sentence boundary or kind verb inside, and the subject's verb right after (past adverbs
/// like "allegedly"): an auxiliary or a passive kind verb.
fn apposition_end(c: &Ctx, l: &Lexicon, open: usize, end: usize) -> Option<usize> {
    let t = c.t();
    let close = (open + 2..(open + 15).min(end)).find(|&j| {
        t.norm(j) == ","
            || is_boundary(t.norm(j))
            || kind_at(l, &PASSIVE, t, j, end).is_some()
            || kind_at(l, &ACTIVE, t, j, end).is_some()
    })?;
    if t.norm(close) != "," {
        return None;
    }
    let mut v = close + 1;
    while v < end
        && v < close + 3
        && !l.has_tok(Cat::Auxiliary, t, v)
        && l.has_tok(Cat::SubjectGap, t, v)
    {
        v += 1;
    }
    (l.has_tok(Cat::Auxiliary, t, v) || kind_at(l, &PASSIVE, t, v, end).is_some()).then_some(close)
}

/// Pattern "toll word, link, count": "the death toll has risen to at least 62".
fn toll_before(c: &Ctx, l: &Lexicon, q: &Cand, start: usize) -> Option<Bound> {
    let t = c.t();
    let mut k = q.first;
    let mut cost = 0;
    let mut linked = false;
    let strong =
        (q.first.saturating_sub(24).max(start)..q.first).any(|j| l.has_tok(Cat::TollStrong, t, j));
    let (reach, budget) = if strong { (26, 22) } else { (9, 4) };
    while k > start && k + reach > q.first {
        k -= 1;
        if l.has_tok(Cat::TollLink, t, k) {
            linked = true;
            continue;
        }
        if let Some(n) = (k.saturating_sub(3)..=k).find_map(|j| {
            l.at(Cat::TollNoun, t, j, k + 1)
                .filter(|&n| j + n == k + 1)
                .map(|n| (j, n))
        }) {
            let (j, _) = n;
            // "the toll as high as 400,000": a strong toll word needs no link
            if !(linked || strong && k + 1 == q.first) {
                return None;
            }
            let mixed = l.has_tok(Cat::Mixed, t, k);
            return Some(Bound {
                kind: CasualtyKind::Killed,
                mixed,
                first: j,
                last: q.np_last,
                active: false,
                toll: true,
                also: None,
            });
        }
        if is_boundary(t.norm(k)) || t.norm(k) == "," {
            return None;
        }
        // "fatalities coded as 10 and spread across three locations": a nearer count has
        // the toll word
        if !strong && t.kind(k) == Some(crate::tokens::TokKind::Number) {
            return None;
        }
        if l.has_tok(Cat::ClauseStop, t, k) {
            return None;
        }
        cost += 1;
        if cost > budget {
            return None;
        }
    }
    None
}

/// The counts of a sentence: numbers of role `Count`, single persons, bare plurals of people.
fn candidates(c: &Ctx, l: &Lexicon, start: usize, end: usize) -> Vec<Cand> {
    let t = c.t();
    let mut out: Vec<Cand> = Vec::new();
    let nums = c.doc.numbers_in(start, end);
    let mut ni = 0;
    let mut i = start;
    while i < end {
        if let Some(q) = nums.get(ni).filter(|q| q.first == i) {
            ni += 1;
            if q.role == Role::Count {
                let cand = Cand {
                    first: q.first,
                    last: q.last,
                    low: q.low,
                    high: q.high,
                    qualifier: q.qualifier,
                    np_last: q.last,
                    population: None,
                    thing: false,
                    definite: false,
                    weak: false,
                    pre_kind: None,
                    number: true,
                };
                let mut cand = noun_phrase(c, l, cand, end);
                // "half of Sudan's 45 million people", "one of the dead": a part of a whole
                let fraction = (q.first.saturating_sub(4).max(start)..q.first)
                    .any(|k| l.has_tok(Cat::FractionWord, t, k))
                    && q.first > start
                    && (l.has_tok(Cat::PossessiveClitic, t, q.first - 1)
                        || (q.first.saturating_sub(3).max(start)..q.first)
                            .any(|k| l.has_tok(Cat::GenitivePrep, t, k)));
                // "one of the dead" is part of a figure given elsewhere; "one of them died" is one
                let partitive_one = q.low == Some(1)
                    && q.last + 3 < end
                    && l.has_tok(Cat::GenitivePrep, t, q.last + 1)
                    && (q.last + 2..q.last + 4).any(|k| kind_at(l, &NOUN, t, k, end).is_some());
                // "no one was killed", "not one soldier"
                let negated = q.first > start && l.has_tok(Cat::Negation, t, q.first - 1);
                // "Burhan Wani, 22, died": an age after a name
                let age = q.first > start + 2
                    && t.norm(q.first - 1) == ","
                    && is_cap(c, q.first - 2)
                    && is_cap(c, q.first - 3)
                    && q.low.is_some_and(|v| v < 120)
                    && cand.population.is_none();
                // "destroying 2 bulldozers", "targeting ten caves", "5 raiders": an unlisted
                // lower-case plural right after a bare count is what it counts
                let next = q.last + 1;
                let things = cand.population.is_none()
                    && next < end
                    && !is_cap(c, next)
                    && t.norm(next).len() > 3
                    && t.norm(next).ends_with('s')
                    && !l.has_tok(Cat::SubjectGap, t, next)
                    && !starts_kind(l, t, next, end)
                    && kind_at(l, &NOUN, t, next, end).is_none()
                    && l.at(Cat::Mixed, t, next, end).is_none();
                if things {
                    // its head noun, which no list names: it binds only right beside its verb
                    // ("5 raiders were killed", "killed two gendarmes")
                    cand.np_last = next;
                    cand.weak = true;
                }
                if fraction || partitive_one || negated || age {
                    cand.thing = true;
                }
                i = cand.np_last.max(cand.last) + 1;
                out.push(cand);
            } else {
                i = q.last + 1;
            }
            continue;
        }
        while nums.get(ni).is_some_and(|q| q.first < i) {
            ni += 1;
        }
        // a single person: "a policeman", "another protester", "the suspect", "an Israeli soldier"
        // any person the sentence says was killed: "a drug trafficker was killed", "an NSCN
        // (Khaplang) cadre was gunned down", "the son of a local leader was murdered" (only
        // people are killed, so the noun needs no list)
        if l.has_tok(Cat::SingleDet, t, i)
            && !l.has_tok(Cat::AdditiveDet, t, i)
            && !(i > start && l.has_tok(Cat::ObjectPrep, t, i - 1))
        {
            if let Some(np_last) = subject_of_was(c, l, i, end) {
                out.push(Cand {
                    population: population_of(l, t.norm(np_last)),
                    ..Cand::one(i, i, np_last)
                });
                i = np_last + 1;
                continue;
            }
        }
        let possessive = i > start + 1 && l.has_tok(Cat::PossessiveClitic, t, i - 1);
        // "killed his mother", "her husband was shot dead": one person after a possessive
        let pronoun = l.has_tok(Cat::Possessive, t, i)
            && (i + 1..(i + 3).min(end)).any(|k| l.has_tok(Cat::PersonSingle, t, k));
        if l.has_tok(Cat::SingleDet, t, i)
            || pronoun
            || possessive && (i..(i + 3).min(end)).any(|k| l.has_tok(Cat::PersonSingle, t, k))
        {
            let mut k = if possessive { i } else { i + 1 };
            let mut pre_kind = None;
            // "injuring another", "while another died"
            if l.has_tok(Cat::AdditiveDet, t, i)
                && (i + 1 >= end
                    || is_boundary(t.norm(i + 1))
                    || l.has_tok(Cat::AfterAnother, t, i + 1)
                    || kind_at(l, &PASSIVE, t, i + 1, end).is_some())
            {
                out.push(Cand::one(i, i, i));
                i += 1;
                continue;
            }
            let mut mods = 0;
            while k < end
                && mods < 4
                && (c.ent_at(k).is_some()
                    || is_cap(c, k) && !possessive
                    || t.kind(k) == Some(crate::tokens::TokKind::Number)
                    || l.has_tok(Cat::AgeWord, t, k)
                    || np_word_before_person(c, l, k, end)
                    || l.has_tok(Cat::PersonModifier, t, k)
                    || l.has_tok(Cat::WoundPassive, t, k)
                    || l.has_tok(Cat::DisplacePassive, t, k)
                    || l.has_tok(Cat::KillPassive, t, k))
                && population_of(l, t.norm(k)).is_none()
            {
                if l.has_tok(Cat::WoundPassive, t, k) {
                    pre_kind = Some(CasualtyKind::Wounded);
                } else if l.has_tok(Cat::KillPassive, t, k) {
                    pre_kind = Some(CasualtyKind::Killed);
                }
                // the words of an age ("48-year-old") are one modifier
                if !(t.kind(k) == Some(crate::tokens::TokKind::Number)
                    || l.has_tok(Cat::AgeWord, t, k))
                {
                    mods += 1;
                }
                k += 1;
            }
            // "injuring another", "killed another in the same town"
            if l.has_tok(Cat::AdditiveDet, t, i)
                && k == i + 1
                && (k >= end
                    || is_boundary(t.norm(k))
                    || l.has_tok(Cat::AfterAnother, t, k)
                    || kind_at(l, &PASSIVE, t, k, end).is_some())
            {
                out.push(Cand {
                    definite: true,
                    ..Cand::one(i, i, i)
                });
                i += 1;
                continue;
            }
            // "the police chief", "Benghazi's police chief": a title after a modifier noun
            while k + 1 < end
                && !l.has_tok(Cat::PersonSingle, t, k)
                && l.has_tok(Cat::PersonSingle, t, k + 1)
                && k < i + 4
            {
                k += 1;
            }
            // ("an inquiry into civilian deaths", "the civilian casualties": a person noun that
            // modifies a plural toll noun is no one person)
            let modifies_toll = k + 1 < end
                && t.norm(k + 1).ends_with('s')
                && (l.has_tok(Cat::KillNoun, t, k + 1)
                    || l.has_tok(Cat::WoundNoun, t, k + 1)
                    || l.has_tok(Cat::TollNoun, t, k + 1));
            if k < end && l.has_tok(Cat::PersonSingle, t, k) && !modifies_toll {
                let population = population_of(l, t.norm(k));
                // "a member of the group", "the body of a man": the "of" phrase is the person's
                if k + 2 < end && l.has_tok(Cat::GenitivePrep, t, k + 1) {
                    let stop = (k + 2..(k + 8).min(end)).find(|&j| {
                        starts_kind(l, t, j, end)
                            || is_boundary(t.norm(j))
                            || t.norm(j) == ","
                            || l.has_tok(Cat::ClauseStop, t, j)
                    });
                    if let Some(j) = stop.filter(|&j| starts_kind(l, t, j, end)) {
                        k = j - 1;
                    }
                }
                // "Benghazi's police chief": the phrase opens with its owner's name
                let first = if possessive && is_cap(c, i - 2) {
                    c.ent_at(i - 2).map_or(i - 2, |e| e.first)
                } else {
                    i
                };
                // "…, killing 5 soldiers, a police official said": a person who speaks is the
                // sentence's source, not one of its dead
                if speaks_after(l, t, k + 1, end) {
                    i = k + 1;
                    continue;
                }
                out.push(Cand {
                    population,
                    definite: l.has_tok(Cat::DefiniteArticle, t, i) || possessive,
                    pre_kind,
                    ..Cand::one(first, i, k)
                });
                i = k + 1;
                continue;
            }
        }
        // after a verb of killing, "a"/"an" and a noun, or a bare person noun: "executed a young
        // male", "kills civilian"
        // the bare noun must end its phrase: "kills civilian" but not "displaced civilian population"
        let bare_single = l.has_tok(Cat::PersonSingle, t, i)
            && (i + 1 >= end
                || is_boundary(t.norm(i + 1))
                || l.has_tok(Cat::ListAndOr, t, i + 1)
                || l.has_tok(Cat::AfterAnother, t, i + 1));
        let a_noun = l.has_tok(Cat::IndefiniteArticle, t, i)
            && l.at(Cat::Unquantified, t, i, end).is_none()
            && recognise(t, i, (i + 3).min(end))
                .first()
                .is_none_or(|q| q.first != i);
        if i > start
            && (a_noun || bare_single)
            && ACTIVE
                .iter()
                .any(|(cat, _)| ends_before(l, *cat, t, start, i).is_some())
        {
            let from = if a_noun { i + 1 } else { i };
            let np_last = (from..(from + 4).min(end))
                .take_while(|&j| {
                    !is_boundary(t.norm(j))
                        && !l.has_tok(Cat::ListAndOr, t, j)
                        && !l.has_tok(Cat::RelativePronoun, t, j)
                        && !l.has_tok(Cat::ObjectPrep, t, j)
                        && !l.has_tok(Cat::ClauseStop, t, j)
                        && !l.has_tok(Cat::ThingNoun, t, j)
                })
                .last();
            let np_last = if bare_single { Some(i) } else { np_last };
            if let Some(np_last) = np_last
                .filter(|&j| j >= from && (from == i || !l.has_tok(Cat::PersonModifier, t, j)))
            {
                out.push(Cand {
                    population: population_of(l, t.norm(np_last)),
                    ..Cand::one(i, i, np_last)
                });
                i = np_last + 1;
                continue;
            }
        }
        // a headline's bare singular: "Farmer killed in village"; "the body of a former alderman"
        let headline_single = (i == start)
            .then(|| {
                // "Farmer killed in village", "Former Mungiki Militia member was killed"
                let mut k = i;
                while k < i + 3
                    && k + 1 < end
                    && !l.has_tok(Cat::PersonSingle, t, k)
                    && (is_cap(c, k) || l.has_tok(Cat::PersonModifier, t, k))
                {
                    k += 1;
                }
                let mut v = k + 1;
                while v < end && v < k + 3 && l.has_tok(Cat::Auxiliary, t, v) {
                    v += 1;
                }
                (l.has_tok(Cat::PersonSingle, t, k)
                    && v < end
                    && kind_at(l, &PASSIVE, t, v, end).is_some())
                .then_some(k)
            })
            .flatten();
        let body_of = i > start + 1
            && l.has_tok(Cat::IndefiniteArticle, t, i)
            && ends_before(l, Cat::BodyOf, t, start, i).is_some();
        if headline_single.is_some() || body_of {
            let np_last = if body_of {
                (i + 1..(i + 5).min(end))
                    .take_while(|&j| {
                        !is_boundary(t.norm(j))
                            && t.norm(j) != ","
                            && !l.has_tok(Cat::NpEndWord, t, j)
                    })
                    .last()
                    .unwrap_or(i)
            } else {
                headline_single.unwrap_or(i)
            };
            out.push(Cand {
                population: population_of(l, t.norm(np_last)),
                ..Cand::one(i, i, np_last)
            });
            i = np_last + 1;
            continue;
        }
        // a named person: "killed Mogadishu mayor X", "X was shot dead"
        if let Some(e) = c
            .ent_at(i)
            .filter(|e| e.role == EntRole::Person && e.first == i)
        {
            out.push(Cand {
                definite: true,
                ..Cand::one(e.first, e.last, e.last)
            });
            i = e.last + 1;
            continue;
        }
        // "incurring fatalities", "causing deaths": a bare kind noun after such a verb
        let bare_kind = l.has_tok(Cat::UnquantifiedKind, t, i)
            && !(i.saturating_sub(4).max(start)..i).any(|k| l.has_tok(Cat::Negation, t, k))
            && (i > start && ends_before(l, Cat::UnquantifiedLead, t, start, i).is_some()
                || i + 1 < end && l.at(Cat::ReportedAfter, t, i + 1, end).is_some());
        if bare_kind {
            let kind = kind_at(l, &NOUN, t, i, end)
                .map(|(k, _)| k)
                .unwrap_or(CasualtyKind::Killed);
            out.push(Cand {
                population: Some(Population::Unspecified),
                pre_kind: Some(kind),
                ..Cand::unquantified(i, i, i)
            });
            i += 1;
            continue;
        }
        // "Mansour's death", "the commander's killing": one person killed
        if i + 2 < end
            && (is_cap(c, i) || c.ent_at(i).is_some())
            && l.has_tok(Cat::PossessiveClitic, t, i + 1)
            && l.has_tok(Cat::DeathNoun, t, i + 2)
        {
            let first = c.ent_at(i).map(|e| e.first).unwrap_or(i);
            out.push(Cand {
                pre_kind: Some(CasualtyKind::Killed),
                ..Cand::one(first, i, i + 2)
            });
            i += 3;
            continue;
        }
        // a title and a name: "Iranian General Qassem Soleimani", "paramilitary chief Abu Mahdi"
        if l.has_tok(Cat::TitleNoun, t, i)
            && i + 1 < end
            && is_cap(c, i + 1)
            && !l.has_tok(Cat::SingleDet, t, i.saturating_sub(1))
        {
            let mut first = i;
            while first > start
                && first + 3 > i
                && (c.ent_at(first - 1).is_some()
                    || l.has_tok(Cat::PersonModifier, t, first - 1)
                    || is_cap(c, first - 1) && !l.has_tok(Cat::CountLead, t, first - 1))
                && !is_boundary(t.norm(first - 1))
            {
                first -= 1;
            }
            let mut last = i + 1;
            while last + 1 < end
                && last < i + 5
                && (is_cap(c, last + 1) || t.norm(last + 1) == "-" && t.toks[last + 1].glued)
            {
                last += 1;
            }
            out.push(Cand {
                population: population_of(l, t.norm(i)),
                definite: true,
                ..Cand::one(first, first, last)
            });
            i = last + 1;
            continue;
        }
        // a bare plural of people, or "many"/"multiple" people: unquantified
        let vague = l.at(Cat::Unquantified, t, i, end);
        let mut noun_at = i + vague.unwrap_or(0);
        // "many more injured in clashes", "many were killed": the vague words alone
        if let Some(n) =
            vague.filter(|_| noun_at < end && !l.has_tok(Cat::DefiniteArticle, t, noun_at - 1))
        {
            let mut v = noun_at;
            while v < end && v < noun_at + 3 && l.has_tok(Cat::Auxiliary, t, v) {
                v += 1;
            }
            if v < end
                && kind_at(l, &PASSIVE, t, v, end).is_some()
                && population_of(l, t.norm(noun_at)).is_none()
            {
                out.push(Cand {
                    population: Some(Population::Unspecified),
                    ..Cand::unquantified(i, i + n - 1, i + n - 1)
                });
                i += n;
                continue;
            }
        }
        // "a number of Ethiopian forces": modifiers after the vague words
        if vague.is_some() {
            while noun_at < end
                && noun_at < i + 6
                && population_of(l, t.norm(noun_at)).is_none()
                && (c.ent_at(noun_at).is_some()
                    || l.has_tok(Cat::PersonModifier, t, noun_at)
                    || np_word_before_person(c, l, noun_at, end))
            {
                noun_at += 1;
            }
        }
        if noun_at < end {
            let n = t.norm(noun_at);
            let plural = n.ends_with('s') || l.has_tok(Cat::PluralPeople, t, noun_at);
            let det_before = i > start
                && (l.has_tok(Cat::SingleDet, t, i - 1)
                    || l.has_tok(Cat::PossessiveClitic, t, i - 1));
            if let Some(p) = population_of(l, n).filter(|_| {
                plural && (!det_before || vague.is_some())
                    || vague.is_some() && l.has_tok(Cat::PluralPeople, t, noun_at)
            }) {
                out.push(Cand {
                    population: Some(p),
                    definite: vague.is_none(),
                    weak: vague.is_none() && l.has_tok(Cat::NotAlone, t, noun_at),
                    ..Cand::unquantified(i, noun_at, noun_at)
                });
                i = noun_at + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A single person's phrase from the determiner at `i` to the word before "was killed" /
/// "was shot dead" …: its last token. Parentheses are skipped; a comma, a clause word, a verb-like
/// word or a second determiner ends the search.
fn subject_of_was(c: &Ctx, l: &Lexicon, i: usize, end: usize) -> Option<usize> {
    let t = c.t();
    let mut j = i + 1;
    while j < end && j < i + 14 {
        let w = t.norm(j);
        if w == "(" {
            j = (j + 1..(j + 6).min(end)).find(|&x| t.norm(x) == ")")? + 1;
            continue;
        }
        if l.has(Cat::PastCopula, w) && j > i + 1 {
            // past an adverb: "was also killed", "was reportedly shot dead"
            let v = (j + 1..(j + 3).min(end))
                .find(|&v| !l.has_tok(Cat::CopulaAdverb, t, v))
                .unwrap_or(j + 1);
            let killed = ACTIVE
                .iter()
                .chain(PASSIVE.iter())
                .any(|(cat, _)| l.at(cat, t, v, end).is_some())
                && kind_at(l, &PASSIVE, t, v, end).is_some_and(|(k, _)| k == CasualtyKind::Killed);
            return killed.then_some(j - 1);
        }
        let verb_like = !is_cap(c, j)
            && (w.ends_with("ed") || w.ends_with("ing"))
            && !l.has_tok(Cat::PersonModifier, t, j);
        // (the dots of an abbreviation go on: "a U.N. peacekeeper was killed")
        if ends_clause(t, j)
            || w == ","
            || l.has_tok(Cat::ClauseStop, t, j)
            || l.has_tok(Cat::SingleDet, t, j) && !l.has(Cat::DefiniteArticle, w)
            || verb_like
            || l.has_tok(Cat::ThingNoun, t, j)
        {
            return None;
        }
        j += 1;
    }
    None
}

/// "the actual death toll is believed to be substantially higher": a note on the figures.
pub fn toll_note(c: &Ctx, start: usize, end: usize) -> Option<String> {
    let t = c.t();
    let l = lexicon();
    let any = |cat: Cat| (start..end).any(|i| l.has_tok(cat, t, i));
    if !(any(Cat::NoteHigher) && any(Cat::NoteHedge) && any(Cat::NoteToll)) {
        return None;
    }
    // from the toll word's determiner to the end of the sentence
    let from = (start..end)
        .find(|&i| {
            l.has_tok(Cat::NoteLead, t, i)
                && (i..(i + 4).min(end)).any(|k| l.has_tok(Cat::NoteToll, t, k))
        })
        .unwrap_or(start);
    let mut to = end - 1;
    while to > from && is_boundary(t.norm(to)) {
        to -= 1;
    }
    Some(c.quote(from, to))
}

/// Who the sentence credits: "according to X", or the entity reporting or saying it.
fn source(c: &Ctx, start: usize, end: usize, figure_at: usize) -> Option<String> {
    let t = c.t();
    let l = lexicon();
    // within the figure's part of a sentence of parts ("Four injured; … confirmed by X; …")
    let start = (start..figure_at.min(end))
        .rev()
        .find(|&k| t.norm(k) == ";")
        .map_or(start, |k| k + 1);
    let end = (figure_at..end).find(|&k| t.norm(k) == ";").unwrap_or(end);
    for i in start..end.saturating_sub(2) {
        if l.at(Cat::SourcePrep, t, i, end).is_some() {
            let mut k = i + 2;
            // (to the clause's end, past an abbreviation's dots: "according to the U.N. agency")
            while k < end && !(matches!(t.norm(k), "," | ";" | "\"") || ends_clause(t, k)) {
                k += 1;
            }
            if k > i + 2 {
                return Some(c.quote(i + 2, k - 1));
            }
        }
    }
    // the subject of a reporting verb ("the ministry said there were ...", "..., officials said")
    let verb = (start..end).find(|&i| l.has_tok(Cat::ReportVerb, t, i))?;
    let e = if verb < figure_at {
        c.ents
            .iter()
            .rev()
            .find(|e| e.first >= start && e.last < verb && e.role != EntRole::Adjective)
    } else {
        c.ents
            .iter()
            .find(|e| {
                e.first > verb
                    && e.last < end
                    && e.role != EntRole::Adjective
                    && e.first <= verb + 4
            })
            .or_else(|| {
                // (past a passive frame: "…, an official was quoted as saying")
                let frame = if verb >= start + 3
                    && l.at(Cat::QuotedAs, t, verb - 2, verb).is_some()
                    && l.has_tok(Cat::BeAux, t, verb - 3)
                {
                    verb - 3
                } else {
                    verb
                };
                c.ents.iter().rev().find(|e| {
                    e.last < frame
                        && e.last + 3 >= frame
                        && e.first > figure_at
                        && e.role != EntRole::Adjective
                })
            })
    }?;
    Some(
        e.speaker
            .clone()
            .unwrap_or_else(|| c.quote(e.first, e.last)),
    )
}

/// Whose voice a figure at tokens `first..=last` of sentence `si` is in. Hedged: a hedge word
/// in the figure's clause ("reportedly", "is believed to", "may have", "unconfirmed"); disputed:
/// a party rejects the figure or the toll in this sentence or the next ("the army denied the
/// toll"); attributed: the sentence credits a source ("according to", "officials said");
/// stated: none of these.
fn attribution(c: &Ctx, si: usize, first: usize, last: usize, sourced: bool) -> Attribution {
    let t = c.t();
    let l = lexicon();
    let s = &c.doc.sents[si];
    // the figure's clause: back to the previous clause break, on to the next
    let clause_break =
        |k: usize| matches!(t.norm(k), ";" | ":") || l.has_tok(Cat::ClauseBreakWord, t, k);
    let from = (s.first..first)
        .rev()
        .find(|&k| clause_break(k))
        .map_or(s.first, |k| k + 1);
    let to = (last + 1..s.last)
        .find(|&k| clause_break(k))
        .unwrap_or(s.last);
    if (from..to).any(|k| l.at(Cat::Hedge, t, k, to).is_some()) {
        return Attribution::Hedged;
    }
    let next = c.doc.sents.get(si + 1);
    // "The death toll could not immediately be confirmed." in the next sentence
    if next.is_some_and(|n| l.find(Cat::VerifyHedge, t, n.first, n.last).is_some()) {
        return Attribution::Hedged;
    }
    let denies = |a: usize, b: usize| {
        l.find(Cat::DisputePhrase, t, a, b).is_some()
            || (a..b).any(|k| {
                l.has_tok(Cat::DisputeVerb, t, k)
                    && (k + 1..(k + 6).min(b)).any(|j| l.has_tok(Cat::DisputedThing, t, j))
            })
    };
    if denies(s.first, s.last) || next.is_some_and(|n| denies(n.first, n.last)) {
        return Attribution::Disputed;
    }
    // credited in the figure's clause, or at the sentence's end (", officials said.") when the
    // clause runs to it; a reporting verb of a clause of its own ("… after rebels said they
    // would …") credits nothing
    let tail = if !(last + 1..s.last).any(|k| t.norm(k) == ";") {
        s.last.saturating_sub(6).max(from)
    } else {
        s.last
    };
    let own_clause =
        |k: usize| (k.saturating_sub(3).max(from)..k).any(|j| l.has_tok(Cat::Subordinator, t, j));
    if sourced
        || (from..to)
            .chain(tail..s.last)
            .any(|k| l.has_tok(Cat::ReportVerb, t, k) && !own_clause(k))
    {
        return Attribution::Attributed;
    }
    Attribution::Stated
}

fn scope_level(
    c: &Ctx,
    start: usize,
    end: usize,
    q_first: usize,
    q_last: usize,
    prev_past: bool,
) -> (Scope, Level) {
    let t = c.t();
    let l = lexicon();
    // a past year makes a figure historical only beside a word of war ("the 1990s war",
    // "clashes in 2016"); a comparison ("an increase over 2014") does not
    let past = (start..end).any(|i| {
        l.has_tok(Cat::HistoricNoun, t, i)
            && c.past_year(i.saturating_sub(4).max(start), (i + 5).min(end))
                .is_some()
    }) || has_war_clause(c, start, end) && c.past_year(start, end).is_some()
        // "In 2019, an attack on the same building killed …": an earlier event
        // (or "In a separate attack last year, 80 people were killed")
        || (start..(start + 3).min(end)).any(|i| l.has_tok(Cat::LocativePrep, t, i))
            && (c.past_year(start, (start + 5).min(end)).is_some()
                || (start..(start + 8).min(end))
                    .take_while(|&i| t.norm(i) != ",")
                    .any(|i| l.at(Cat::PastYearPhrase, t, i, end).is_some()));
    // present perfect near the figure: "has killed", "have died", "have so far resulted"
    let window = |a: usize, b: usize| a.max(start)..b.min(end);
    let perfect = window(q_first.saturating_sub(6), q_last + 8).any(|i| {
        l.has_tok(Cat::PerfectAux, t, i) && i + 1 < end && !l.has_tok(Cat::Article, t, i + 1)
    });
    let running = window(q_first.saturating_sub(8), q_last + 8)
        .any(|i| l.at(Cat::TollMarker, t, i, end).is_some());
    let war_clause = has_war_clause(c, start, end);
    // an earlier war named in the sentence before, with no present tense here, carries over
    let carried = prev_past
        && !perfect
        && !running
        && (start..end).any(|i| l.has_tok(Cat::HistoricNoun, t, i))
        && c.past_year(start, end).is_none();
    let scope = if past && (war_clause || !perfect) || carried {
        Scope::Historical
    } else {
        Scope::Current
    };
    let incident = (start..end).any(|i| l.has_tok(Cat::IncidentMarker, t, i))
        || (start..end).any(|i| crate::dates::weekday(t.norm(i)).is_some() && i > q_last);
    let level = if scope == Scope::Historical || perfect || running || !incident {
        Level::Toll
    } else {
        Level::Incident
    };
    (scope, level)
}

/// "a war that killed", "the 1990s war that left": the figure belongs to an earlier war.
fn has_war_clause(c: &Ctx, start: usize, end: usize) -> bool {
    let t = c.t();
    let l = lexicon();
    (start..end.saturating_sub(1))
        .any(|i| l.has_tok(Cat::WarNoun, t, i) && l.has_tok(Cat::PostmodifierOpener, t, i + 1))
}

fn sides(c: &Ctx, from: usize, to: usize) -> Option<Sides> {
    let t = c.t();
    let l = lexicon();
    (from..to.saturating_sub(1))
        .any(|i| l.has_tok(Cat::DistributiveDet, t, i) && l.has_tok(Cat::SideNoun, t, i + 1))
        .then_some(Sides::Both)
}

/// Bind every count of the sentence to its kinds: (count, bound kind).
fn bind(c: &Ctx, l: &Lexicon, cands: &[Cand], start: usize, end: usize) -> Vec<(usize, Bound)> {
    let t = c.t();
    let mut out: Vec<(usize, Bound)> = Vec::new();
    for (qi, q) in cands.iter().enumerate() {
        if q.thing {
            continue;
        }
        let unq = q.qualifier == Qualifier::Unquantified;
        if let Some(kind) = q.pre_kind {
            out.push((qi, Bound::new(kind, q.first, q.np_last)));
            continue;
        }
        let found = verb_before(c, l, q, start)
            .filter(|_| !unq || q.population.is_some())
            .or_else(|| {
                if unq || q.definite && q.low == Some(1) && q.np_last == q.last {
                    None
                } else {
                    noun_after(c, l, q, end)
                }
            })
            .or_else(|| verb_after(c, l, q, cands, end))
            .or_else(|| {
                if q.number {
                    toll_before(c, l, q, start)
                } else {
                    None
                }
            })
            .or_else(|| {
                // "killed five soldiers and three civilians": the verb of the count before
                let prev = qi.checked_sub(1)?;
                let (pi, pb) = out.iter().rev().find(|(pi, _)| *pi == prev)?;
                let p = &cands[*pi];
                let joined = !unq
                    && pb.active
                    && q.first >= p.np_last + 2
                    && q.first <= p.np_last + 3
                    && l.has_tok(Cat::ListAndOr, t, q.first - 1);
                // "a commander was killed along with two of his aides", "killed the chief
                // together with his two sons"
                let after = pb.last.max(p.np_last) + 1;
                let with = !unq
                    && l.at(Cat::CoordWith, t, after, q.first).is_some_and(|n| {
                        after + n == q.first
                            || after + n + 1 == q.first
                                && l.has_tok(Cat::Possessive, t, q.first - 1)
                    });
                (joined || with).then_some(Bound {
                    kind: pb.kind,
                    mixed: pb.mixed,
                    first: q.first,
                    last: q.np_last,
                    active: true,
                    toll: false,
                    also: None,
                })
            });
        let Some(b) = found else { continue };
        // one person who fled ("the president fled to the capital") is no displacement figure
        if b.kind == CasualtyKind::Displaced && !q.number && q.low == Some(1) {
            continue;
        }
        // a plural without number is a figure only with a verb next to it
        if unq
            && q.definite
            && !(b.active && b.first + 3 >= q.first || !b.active && b.last <= q.np_last + 4)
        {
            continue;
        }
        // "others", "people" alone: only right beside the verb ("others injured", "killing people")
        if q.weak && !(b.active && b.first + 3 >= q.first || !b.active && b.last <= q.np_last + 4) {
            continue;
        }
        // "were killed and wounded": both kinds, the same count
        let and_also = {
            let k = b.last + 1;
            if !b.active && k + 1 < end && l.has_tok(Cat::ConjAnd, t, k) {
                kind_at(l, &PASSIVE, t, k + 1, end)
                    .filter(|(kind, _)| *kind != b.kind)
                    .map(|(kind, n)| (kind, k + n))
            } else {
                None
            }
        };
        // with an auxiliary ("dozens were killed and wounded") both kinds; without one ("4,500
        // killed and wounded") one mixed figure
        let aux = (q.np_last + 1..b.last).any(|k| l.has_tok(Cat::Auxiliary, t, k));
        match and_also {
            Some((kind, last)) if aux => {
                out.push((qi, Bound { also: None, ..b }));
                out.push((
                    qi,
                    Bound {
                        kind,
                        mixed: false,
                        first: q.first,
                        last,
                        active: false,
                        toll: false,
                        also: None,
                    },
                ));
            }
            Some((_, last)) => out.push((
                qi,
                Bound {
                    kind: CasualtyKind::Killed,
                    mixed: true,
                    last,
                    ..b
                },
            )),
            None => {
                let also = b.also.map(|kind| Bound {
                    kind,
                    also: None,
                    ..b
                });
                out.push((qi, b));
                out.extend(also.map(|a| (qi, a)));
            }
        }
    }
    out
}

/// Every casualty figure of the article: (sentence index, record without id).
pub fn casualties(c: &Ctx) -> Vec<(usize, Casualty)> {
    let l = lexicon();
    let mut out: Vec<(usize, Casualty)> = Vec::new();
    let mut last_toll_sentence: Option<usize> = None;
    let mut prev_past = false;
    for (si, s) in c.doc.sents.iter().enumerate() {
        let sc = c.sentence(s);
        let c = &sc;
        let (start, end) = (s.first, s.last);
        let cands = candidates(c, l, start, end);
        let mut found: Vec<Casualty> = Vec::new();
        let mut carry_pop: Option<Population> = None;
        for (qi, b) in bind(c, l, &cands, start, end) {
            let q = &cands[qi];
            // a displacement noun as head ("refugees") says nothing of who they are
            let head_is_kind =
                q.np_last > q.last && kind_at(l, &NOUN, c.t(), q.np_last, end).is_some();
            // ("three soldiers were killed and five others wounded": the others are soldiers)
            let refers_back = l.has_tok(Cat::OthersWord, c.t(), q.np_last);
            let own = q
                .population
                .filter(|p| !(head_is_kind || refers_back && *p == Population::Unspecified));
            let population = own.or(carry_pop).unwrap_or(Population::Unspecified);
            if own.is_some() && q.qualifier != Qualifier::Unquantified {
                carry_pop = own;
            }
            let (first, last) = (b.first.min(q.first), b.last.max(q.np_last));
            let (scope, mut level) = scope_level(c, start, end, first, last, prev_past);
            if b.toll {
                level = Level::Toll;
            }
            let mut notes = Vec::new();
            if b.mixed {
                notes.push(
                    "the wording mixes killed and wounded (\"casualties\"); recorded as killed"
                        .to_string(),
                );
            }
            let count = Count {
                low: q.low,
                high: q.high,
                qualifier: q.qualifier,
            };
            if found
                .iter()
                .any(|f| f.kind == b.kind && f.quote == c.quote(first, last))
            {
                continue;
            }
            let source = source(c, start, end, first);
            let attribution = attribution(c, si, first, last, source.is_some());
            found.push(Casualty {
                id: String::new(),
                evidence: c.doc.evidence(si),
                kind: b.kind,
                count,
                population,
                sides: sides(c, first, (last + 8).min(end)),
                scope,
                level,
                source,
                attribution,
                quote: c.quote(first, last),
                notes,
            });
        }
        let note = toll_note(c, start, end);
        let has_current_toll = found
            .iter()
            .any(|x| x.scope == Scope::Current && x.level == Level::Toll);
        if let Some(n) = &note {
            // a note on the death toll qualifies the killed figures only
            let nl = n.to_lowercase();
            let about_deaths = l
                .entries(Cat::DeathFragment)
                .iter()
                .any(|w| nl.contains(w.as_str()));
            let fits = |x: &Casualty| {
                x.scope == Scope::Current
                    && x.level == Level::Toll
                    && (!about_deaths || x.kind == CasualtyKind::Killed)
            };
            if has_current_toll {
                for x in found.iter_mut().filter(|x| fits(x)) {
                    x.notes.push(n.clone());
                }
            } else if let Some(prev) = last_toll_sentence {
                for (_, x) in out.iter_mut().filter(|(psi, x)| *psi == prev && fits(x)) {
                    x.notes.push(n.clone());
                }
            }
        }
        if has_current_toll {
            last_toll_sentence = Some(si);
        }
        prev_past = c.past_year(start, end).is_some()
            && (start..end).any(|i| l.has_tok(Cat::HistoricNoun, c.t(), i));
        out.extend(found.into_iter().map(|x| (si, x)));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{analyze, ArticleInput};
    use expect_test::{expect, Expect};

    /// The Report of one short text, dated.
    fn report(text: &str) -> crate::Report {
        analyze(&[ArticleInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2024-05-04".into()),
            ..Default::default()
        }])
    }

    /// The figures of one sentence (or short text), one line each.
    fn check(text: &str, want: Expect) {
        let r = report(text);
        let lines: Vec<String> = r
            .casualties
            .iter()
            .map(|c| {
                let n = match (c.count.low, c.count.high) {
                    (Some(a), Some(b)) if a == b => a.to_string(),
                    (Some(a), Some(b)) => format!("{a}-{b}"),
                    (Some(a), None) => format!("{a}+"),
                    _ => "-".into(),
                };
                let s = serde_json::to_value(c).unwrap_or_default();
                let w = |k: &str| s[k].as_str().unwrap_or("").to_string();
                format!(
                    "{} {} {} {} {} {} \"{}\"",
                    w("kind"),
                    n,
                    s["count"]["qualifier"].as_str().unwrap_or(""),
                    w("population"),
                    w("scope"),
                    w("level"),
                    c.quote
                )
            })
            .collect();
        want.assert_eq(&lines.join("\n"));
    }

    #[test]
    fn coordinated_subjects_are_two_figures() {
        check(
            "Two soldiers and a child were killed when the convoy was hit.",
            expect![[r#"
                killed 2 exact military current incident "Two soldiers and a child were killed"
                killed 1 exact civilians current incident "a child were killed""#]],
        );
    }

    #[test]
    fn a_person_noun_before_a_plural_toll_noun_is_no_one_person() {
        check(
            "The UN called for an inquiry into civilian deaths.",
            expect![""],
        );
        check(
            "A civilian was killed on Monday.",
            expect![[r#"killed 1 exact civilians current incident "A civilian was killed""#]],
        );
    }

    #[test]
    fn an_attack_last_year_is_historical() {
        check(
            "Five people were killed in an air strike on Monday.\n\nIn a separate attack last year, 80 people were killed when jets struck a concert.",
            expect![[r#"
                killed 5 exact unspecified current incident "Five people were killed"
                killed 80 exact unspecified historical toll "80 people were killed""#]],
        );
    }

    #[test]
    fn shot_dead_a_single_person() {
        check(
            "Gunmen shot dead a village chief.",
            expect![[r#"killed 1 exact unspecified current incident "shot dead a village chief""#]],
        );
    }

    #[test]
    fn participle_clause_keeps_kinds_apart() {
        check(
            "The blast killed 14 people, wounding 30 others.",
            expect![[r#"
                killed 14 exact unspecified current incident "killed 14 people"
                wounded 30 exact unspecified current incident "wounding 30 others""#]],
        );
        check(
            "Rebels stormed the town, killing 9 and wounding 12.",
            expect![[r#"
                killed 9 exact unspecified current toll "killing 9"
                wounded 12 exact unspecified current toll "wounding 12""#]],
        );
    }

    #[test]
    fn one_person_past_abbreviations_and_adverbs() {
        check(
            "A U.N. peacekeeper was also killed on Thursday.",
            expect![[
                r#"killed 1 exact military current incident "A U.N. peacekeeper was also killed""#
            ]],
        );
    }

    #[test]
    fn admitted_to_hospital_is_no_speaker() {
        check(
            "The injured officer was admitted to hospital.",
            expect![[r#"wounded 1 exact unspecified current toll "The injured officer""#]],
        );
    }

    #[test]
    fn others_are_of_the_population_counted_before() {
        check(
            "Three peacekeepers were killed and five others seriously injured.",
            expect![[r#"
                killed 3 exact military current toll "Three peacekeepers were killed"
                wounded 5 exact military current toll "five others seriously injured""#]],
        );
    }

    #[test]
    fn a_part_of_a_group() {
        check(
            "Two of its fighters had died.",
            expect![[r#"killed 2 exact military current toll "Two of its fighters had died""#]],
        );
        check(
            "Three of the soldiers were killed.",
            expect![[
                r#"killed 3 exact military current toll "Three of the soldiers were killed""#
            ]],
        );
    }

    #[test]
    fn treated_for_wounds_is_wounded() {
        check(
            "Another 112 people were being treated for gunshot wounds.",
            expect![[
                r#"wounded 112 exact unspecified current toll "112 people were being treated for gunshot wounds""#
            ]],
        );
    }

    #[test]
    fn according_to_an_abbreviated_body() {
        let r = report("Some 30,000 people have fled, according to the U.N. refugee agency.");
        let said: Vec<_> = r.casualties.iter().map(|c| c.source.clone()).collect();
        assert_eq!(said, [Some("the U.N. refugee agency".to_string())]);
    }

    #[test]
    fn another_person_died() {
        check(
            "Another protester died in hospital on Sunday.",
            expect![[r#"killed 1 exact civilians current incident "Another protester died""#]],
        );
    }

    #[test]
    fn words_between_count_and_verb() {
        check(
            "The army said 58 soldiers on their side have been killed since the offensive began.",
            expect![[
                r#"killed 58 exact military current toll "58 soldiers on their side have been killed""#
            ]],
        );
        check(
            "Thirty people, including nine women, were killed in the raid.",
            expect![[
                r#"killed 30 exact unspecified current incident "Thirty people, including nine women, were killed""#
            ]],
        );
    }

    #[test]
    fn toll_reached() {
        check(
            "The death toll has risen to at least 212, the health ministry said.",
            expect![[
                r#"killed 212+ at_least unspecified current toll "death toll has risen to at least 212""#
            ]],
        );
        check(
            "Fatalities rose to 40 on Friday.",
            expect![[r#"killed 40 exact unspecified current toll "Fatalities rose to 40""#]],
        );
        // a nearer count holds the toll word; the later number counts places
        check(
            "Fatalities were put at 12 and shared among four villages.",
            expect![[r#"killed 12 exact unspecified current toll "Fatalities were put at 12""#]],
        );
    }

    #[test]
    fn a_place_after_the_verb_is_no_object() {
        // "at", "over", "around" after the verb open a place or a time, not a count of victims
        check(
            "A soldier was killed at a checkpoint.",
            expect![[r#"killed 1 exact military current toll "A soldier was killed""#]],
        );
        check(
            "Two men were shot dead at a market, police said.",
            expect![[r#"killed 2 exact unspecified current incident "Two men were shot dead""#]],
        );
        check(
            "Two soldiers were killed over the weekend.",
            expect![[r#"killed 2 exact military current toll "Two soldiers were killed""#]],
        );
        // a qualifier that does open a count still makes the verb active
        check(
            "Gunmen killed at least 5 villagers.",
            expect![[r#"killed 5+ at_least civilians current toll "killed at least 5 villagers""#]],
        );
    }

    #[test]
    fn an_apposition_between_subject_and_verb() {
        check(
            "Three farmers, out in the fields at dawn, were allegedly shot dead.",
            expect![[
                r#"killed 3 exact civilians current incident "Three farmers, out in the fields at dawn, were allegedly shot dead""#
            ]],
        );
        check(
            "A commander, identified as Ahmed, was killed.",
            expect![[
                r#"killed 1 exact military current toll "A commander, identified as Ahmed, was killed""#
            ]],
        );
        // a speech verb after the subject: the speaker is not the victim
        check(
            "Two soldiers, a local official said, were killed.",
            expect![[
                r#"killed 2 exact military current toll "Two soldiers, a local official said, were killed""#
            ]],
        );
    }

    #[test]
    fn victims_joined_by_along_with() {
        check(
            "A commander was killed along with two of his aides.",
            expect![[r#"
                killed 1 exact military current toll "A commander was killed"
                killed 2 exact military current toll "two""#]],
        );
    }

    #[test]
    fn a_possessive_person_is_one() {
        check(
            "Gunmen shot and killed Lima's police chief.",
            expect![[
                r#"killed 1 exact unspecified current incident "shot and killed Lima's police chief""#
            ]],
        );
        check(
            "Gunmen killed his mother on Sunday.",
            expect![[r#"killed 1 exact unspecified current incident "killed his mother""#]],
        );
    }

    #[test]
    fn written_and_vague_numbers() {
        check(
            "Fighting has forced one million people from their homes and two dozen were killed.",
            expect![[r#"
                displaced 1000000 exact unspecified current toll "forced one million people from their homes"
                killed 24 exact unspecified current toll "two dozen were killed""#]],
        );
        check(
            "Dozens were killed and wounded.",
            expect![[r#"
            killed 24-99 vague unspecified current toll "Dozens were killed"
            wounded 24-99 vague unspecified current toll "Dozens were killed and wounded""#]],
        );
    }

    #[test]
    fn displacement_wordings() {
        check(
            "About 3,000 residents have fled to neighbouring towns.",
            expect![[
                r#"displaced 3000 approx civilians current toll "About 3,000 residents have fled""#
            ]],
        );
        check(
            "The floods of violence left 200 families homeless.",
            expect![[r#"displaced 200 exact civilians current toll "200 families homeless""#]],
        );
    }

    #[test]
    fn noun_carries_over_and_qualifier_binds_once() {
        check(
            "Nearly 100 civilians were killed and 200 injured.",
            expect![[r#"
                killed 100 approx civilians current toll "Nearly 100 civilians were killed"
                wounded 200 exact civilians current toll "200 injured""#]],
        );
    }

    #[test]
    fn lives_and_claims() {
        check(
            "The war has claimed the lives of 5,000 people.",
            expect![[
                r#"killed 5000 exact unspecified current toll "claimed the lives of 5,000 people""#
            ]],
        );
        check(
            "The storm claimed 1,200 lives.",
            expect![[r#"killed 1200 exact unspecified current toll "1,200 lives""#]],
        );
    }

    #[test]
    fn unquantified_plurals() {
        check(
            "Militias killed civilians in the villages.",
            expect![[r#"killed - unquantified civilians current toll "killed civilians""#]],
        );
        check(
            "The shelling wounded many others.",
            expect![[
                r#"wounded - unquantified unspecified current incident "wounded many others""#
            ]],
        );
    }

    #[test]
    fn things_are_not_people() {
        check(
            "Three ceasefires collapsed and 7 districts were shelled.",
            expect![[""]],
        );
        check("The six-hour talks in 2019 ended.", expect![[""]]);
    }

    #[test]
    fn earlier_event_opening_the_sentence() {
        check(
            "In 2019, a suicide attack on the same hotel killed 12 people.",
            expect![[r#"killed 12 exact unspecified historical toll "killed 12 people""#]],
        );
    }

    #[test]
    fn named_people_and_titles() {
        check(
            "A drone strike killed General Ali Rahimi and militia chief Omar Haddad.",
            expect![[r#"
                killed 1 exact unspecified current incident "killed General Ali Rahimi"
                killed 1 exact unspecified current incident "militia chief Omar Haddad""#]],
        );
        check(
            "Officials confirmed Haddad's death in the strike.",
            expect![[r#"killed 1 exact unspecified current incident "Haddad's death""#]],
        );
        check("Karim Nasser, 22, died in a gunfight.", expect![[""]]);
        check(
            "Officials said 23 people from 18 countries were killed.",
            expect![[
                r#"killed 23 exact unspecified current toll "23 people from 18 countries were killed""#
            ]],
        );
    }

    #[test]
    fn injuries_received_and_reported() {
        check(
            "At least two people received non-life-threatening injuries.",
            expect![[
                r#"wounded 2+ at_least unspecified current toll "At least two people received non-life-threatening injuries""#
            ]],
        );
        check(
            "Jets struck the town; injuries reported.",
            expect![[r#"wounded - unquantified unspecified current toll "injuries""#]],
        );
        check(
            "Three were killed and many more injured in clashes.",
            expect![[r#"
            killed 3 exact unspecified current incident "Three were killed"
            wounded - unquantified unspecified current incident "many more injured""#]],
        );
        check(
            "Many more people could be killed if the fighting goes on.",
            expect![[""]],
        );
        check(
            "The UN put the toll as high as 400,000.",
            expect![[r#"killed 400000 approx unspecified current toll "toll as high as 400,000""#]],
        );
        check(
            "The war left about half a million displaced.",
            expect![[
                r#"displaced 500000 approx unspecified current toll "about half a million displaced""#
            ]],
        );
    }

    #[test]
    fn earlier_war_in_the_sentence_before() {
        check(
            "The 1990s war was long. That war killed 30,000 people.",
            expect![[r#"killed 30000 exact unspecified historical toll "killed 30,000 people""#]],
        );
    }

    #[test]
    fn ranges_are_one_figure() {
        check(
            "Between 3 and 5 soldiers were killed.",
            expect![[
                r#"killed 3-5 approx military current toll "Between 3 and 5 soldiers were killed""#
            ]],
        );
        check(
            "Some 20 to 25 villagers were wounded.",
            expect![[
                r#"wounded 20-25 approx civilians current toll "Some 20 to 25 villagers were wounded""#
            ]],
        );
    }

    #[test]
    fn bodies_found_and_deaths_of() {
        check(
            "The body of a shepherd was found near the road.",
            expect![[r#"killed 1 exact civilians current toll "The body of a shepherd""#]],
        );
        check(
            "A man's body was found in the river.",
            expect![[r#"killed 1 exact unspecified current toll "A man's body was found""#]],
        );
        check(
            "Police are investigating the death of an activist.",
            expect![[r#"killed 1 exact civilians current toll "death of an activist""#]],
        );
    }

    #[test]
    fn headlines_and_single_nouns() {
        check(
            "Farmer killed in border village",
            expect![[r#"killed 1 exact civilians current toll "Farmer killed""#]],
        );
        check(
            "Former militia member was killed near the market.",
            expect![[
                r#"killed 1 exact unspecified current toll "Former militia member was killed""#
            ]],
        );
        check(
            "Two suspects were killed on the spot while another died later.",
            expect![[r#"
            killed 2 exact unspecified current toll "Two suspects were killed"
            killed 1 exact unspecified current toll "another died""#]],
        );
        check(
            "The injured officer was taken to hospital.",
            expect![[r#"wounded 1 exact unspecified current toll "The injured officer""#]],
        );
        check(
            "A 48-year-old displaced woman died in the blast.",
            expect![[
                r#"killed 1 exact civilians current incident "A 48-year-old displaced woman died""#
            ]],
        );
    }

    #[test]
    fn no_one_died() {
        check(
            "Gunmen attempted to kill a commander outside his home.",
            expect![[""]],
        );
        check("No one was killed in the attack.", expect![[""]]);
        check(
            "Police killed one of the attackers.",
            expect![[r#"killed 1 exact military current toll "killed one of the attackers""#]],
        );
        check(
            "Hospital staff said one of the dead was a child.",
            expect![[""]],
        );
        check(
            "More than half of the country's 40 million people need aid.",
            expect![[""]],
        );
    }

    #[test]
    fn unlisted_modifiers_and_parentheses() {
        check(
            "56 BH/IS fighters were killed.",
            expect![[r#"killed 56 exact military current toll "56 BH/IS fighters were killed""#]],
        );
        check(
            "Two Rapid Response Force (RRF) personnel were killed.",
            expect![[
                r#"killed 2 exact military current toll "Two Rapid Response Force (RRF) personnel were killed""#
            ]],
        );
        check(
            "At 10 local time, 3 local policemen were killed.",
            expect![[r#"killed 3 exact unspecified current toll "3 local policemen were killed""#]],
        );
        check(
            "The army said a reservist soldier, Sergeant Jan Novak, was killed.",
            expect![[
                r#"killed 1 exact military current toll "a reservist soldier, Sergeant Jan Novak, was killed""#
            ]],
        );
    }

    #[test]
    fn joined_verbs_and_vague_groups() {
        check(
            "Air raids hit the front, killing and injuring a number of fighters.",
            expect![[r#"
                killed - unquantified military current incident "killing and injuring a number of fighters"
                wounded - unquantified military current incident "killing and injuring a number of fighters""#]],
        );
        check(
            "A number of government troops were either killed or wounded.",
            expect![[
                r#"killed - unquantified military current toll "A number of government troops were either killed or wounded""#
            ]],
        );
        check(
            "The clashes resulted in 4,500 killed and wounded.",
            expect![[
                r#"killed 4500 exact unspecified current incident "4,500 killed and wounded""#
            ]],
        );
    }

    #[test]
    fn totals_stated_by_coders_and_officials() {
        check(
            "Fatalities were put at 12.",
            expect![[r#"killed 12 exact unspecified current toll "Fatalities were put at 12""#]],
        );
        check(
            "The death toll in the attack on a village in the north of the province on Sunday has risen to 11.",
            expect![[r#"killed 11 exact unspecified current toll "death toll in the attack on a village in the north of the province on Sunday has risen to 11""#]],
        );
        check(
            "Both sides reported incurring fatalities.",
            expect![[r#"killed - unquantified unspecified current toll "fatalities""#]],
        );
    }

    #[test]
    fn any_person_who_was_killed() {
        check(
            "A suspected drug smuggler was killed in the raid.",
            expect![[
                r#"killed 1 exact unspecified current incident "A suspected drug smuggler was killed""#
            ]],
        );
        check(
            "An RPF (Eastern) commander was gunned down near the camp.",
            expect![[
                r#"killed 1 exact military current toll "An RPF (Eastern) commander was gunned down""#
            ]],
        );
        check(
            "The son of a village elder was murdered on Friday.",
            expect![[
                r#"killed 1 exact unspecified current incident "The son of a village elder was murdered""#
            ]],
        );
        check("The bridge was destroyed in the attack.", expect![[""]]);
    }

    #[test]
    fn objects_of_killing_need_no_list() {
        check(
            "Militants executed a young shepherd in the square.",
            expect![[r#"killed 1 exact civilians current toll "executed a young shepherd""#]],
        );
        check(
            "Gunman sprays bus with bullets, kills civilian",
            expect![[r#"killed 1 exact civilians current toll "kills civilian""#]],
        );
        check(
            "The strike killed a number of fighters.",
            expect![[
                r#"killed - unquantified military current incident "killed a number of fighters""#
            ]],
        );
    }

    #[test]
    fn chains_and_long_parentheses() {
        check(
            "One villager was kidnapped and killed by the gang.",
            expect![[
                r#"killed 1 exact civilians current toll "One villager was kidnapped and killed""#
            ]],
        );
        check(
            "Five civilians (two men, two women, and a child) were killed when their car hit a mine.",
            expect![[r#"killed 5 exact civilians current toll "Five civilians (two men, two women, and a child) were killed""#]],
        );
        check(
            "A man abducted by five gunmen was found dead on Monday.",
            expect![[
                r#"killed 1 exact unspecified current incident "A man abducted by five gunmen was found dead""#
            ]],
        );
    }

    #[test]
    fn putting_the_toll_at_a_figure_credits_it() {
        voices(
            "The army put the number of dead at 15.",
            expect![[r#"Attributed "number of dead at 15""#]],
        );
    }

    /// The attribution of each figure of a text.
    fn voices(text: &str, want: Expect) {
        let r = report(text);
        let lines: Vec<String> = r
            .casualties
            .iter()
            .map(|c| format!("{:?} \"{}\"", c.attribution, c.quote))
            .collect();
        want.assert_eq(&lines.join("\n"));
    }

    #[test]
    fn attribution_per_figure() {
        voices(
            "The blast killed 12 people.",
            expect![[r#"Stated "killed 12 people""#]],
        );
        // a passive frame after the figure: "…, an official was quoted as saying"
        voices(
            "The blast killed 12 people, a Chadian police official was quoted as saying by a news agency.",
            expect![[r#"Attributed "killed 12 people""#]],
        );
        voices(
            "At least 12 were killed, officials said.",
            expect![[r#"Attributed "At least 12 were killed""#]],
        );
        voices(
            "According to the ministry, 40 people died.",
            expect![[r#"Attributed "40 people died""#]],
        );
        voices(
            "As many as 40 people are believed to have died.",
            expect![[r#"Hedged "As many as 40 people are believed to have died""#]],
        );
        voices("Local officials said 41 people had been killed. The toll could not immediately be confirmed.", expect![[r#"Hedged "41 people had been killed""#]]);
        // an accusation, or a speaker's own uncertainty, hedges the figure it carries
        voices(
            "The militia is accused of killing dozens of people in the east.",
            expect![[r#"Hedged "killing dozens of people""#]],
        );
        voices(
            "\"As I understand it, they killed two soldiers,\" the president said.",
            expect![[r#"Hedged "killed two soldiers""#]],
        );
        // another clause's reporting verb credits nothing: a part after ";", a clause after
        // "after"
        voices(
            "Four others injured; Kenya and Uganda agree to open the border; the deal was later confirmed by Nairobi.",
            expect![[r#"Stated "Four others injured""#]],
        );
        voices(
            "Dozens of people were killed in heavy fighting after rebels said they would take the town.",
            expect![[r#"Stated "Dozens of people were killed""#]],
        );
        voices(
            "More than 40 people have been reported dead in the clashes.",
            expect![[r#"Hedged "More than 40 people have been reported dead""#]],
        );
        voices(
            "The hospital said 14 people were killed. The army denied the toll.",
            expect![[r#"Disputed "14 people were killed""#]],
        );
        voices(
            "The report said 30 died, while 12 were reportedly wounded.",
            expect![[r#"
            Attributed "30 died"
            Hedged "12 were reportedly wounded""#]],
        );
    }

    #[test]
    fn one_person_fleeing_is_no_figure() {
        check("President Omar Haddad fled to the capital.", expect![[""]]);
        check("A villager fled the fighting.", expect![[""]]);
    }

    #[test]
    fn counts_of_things_and_negated_mentions() {
        check(
            "Jets struck the base, destroying 2 bulldozers and leaving casualties.",
            expect![[""]],
        );
        check(
            "Drones hit ten caves. No information on casualties was reported.",
            expect![[""]],
        );
        check(
            "Five raiders were killed by residents.",
            expect![[r#"killed 5 exact unspecified current toll "Five raiders were killed""#]],
        );
        check(
            "Gunmen killed two gendarmes.",
            expect![[r#"killed 2 exact unspecified current toll "killed two gendarmes""#]],
        );
        check(
            "A guard on duty at the gate of the ministry was shot dead.",
            expect![[
                r#"killed 1 exact unspecified current incident "A guard on duty at the gate of the ministry was shot dead""#
            ]],
        );
    }

    #[test]
    fn a_person_who_speaks_after_the_figures_is_no_victim() {
        check(
            "A bomb tore through the market, killing 12 people, a police official told Reuters.",
            expect![[r#"killed 12 exact unspecified current incident "killing 12 people""#]],
        );
        check(
            "The ambush killed four soldiers, an army officer was quoted as saying.",
            expect![[r#"killed 4 exact military current incident "killed four soldiers""#]],
        );
        // a person who does not speak is still one of the dead
        check(
            "The ambush killed four soldiers and a police officer.",
            expect![[r#"
                killed 4 exact military current incident "killed four soldiers"
                killed 1 exact unspecified current incident "a police officer""#]],
        );
    }
}
