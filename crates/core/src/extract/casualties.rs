//! Casualty figures: counts of people killed, wounded or displaced.
//!
//! Takes: a [`Ctx`] (sentences, tokens, entities, article date).
//! Gives: one [`Casualty`] per stated figure, in text order, with kind, count, population, sides,
//! scope (current fighting or an earlier war), level (running toll or one incident), the source
//! the text credits, and notes ("the actual toll is believed to be substantially higher").
//! Invariants: only a number of role `Count` (never a date, year, time, duration, measure, ordinal
//! or age) becomes a figure, and only when a word of killing, wounding or flight is bound to it
//! through a person noun or directly; counts of things ("three ceasefires", "7 districts") never
//! do; a qualifier binds to the number right after it only; a noun left out carries over from the
//! figure before it in the sentence ("31 civilians killed and 101 injured").

use super::{is_boundary, Ctx};
use crate::lexicon::lexicon;
use crate::numbers::{recognise, Quantity, Role};
use crate::report::*;

/// Which population a person noun names.
fn population_of(w: &str) -> Option<Population> {
    let l = lexicon();
    if l.has("military", w) {
        Some(Population::Military)
    } else if l.has("civilians", w) {
        Some(Population::Civilians)
    } else if l.has("unspecified_people", w) {
        Some(Population::Unspecified)
    } else {
        None
    }
}

/// The kind a word (or phrase at token `i`) says, and the phrase length.
fn kind_at(c: &Ctx, i: usize, end: usize) -> Option<(CasualtyKind, usize, bool)> {
    let l = lexicon();
    let t = c.t();
    if let Some(n) = l.at("mixed", t, i, end) {
        return Some((CasualtyKind::Killed, n, true));
    }
    if let Some(n) = l.at("displaced", t, i, end) {
        return Some((CasualtyKind::Displaced, n, false));
    }
    if let Some(n) = l.at("wounded", t, i, end) {
        return Some((CasualtyKind::Wounded, n, false));
    }
    if let Some(n) = l.at("die_verb", t, i, end).or_else(|| l.at("killed_noun", t, i, end)) {
        // "lives" counts only after "claimed"/"lost"; "life" never on its own
        return Some((CasualtyKind::Killed, n, false));
    }
    None
}

struct Head {
    kind: CasualtyKind,
    mixed: bool,
    population: Option<Population>,
    /// Last token of the figure phrase.
    last: usize,
    /// First token of the figure phrase (a verb before the number).
    first: usize,
}

/// Find what the quantity `q` counts: a kind word after it (through "of", a person noun, an
/// auxiliary), or a killing verb before it.
fn head(c: &Ctx, q: &Quantity, start: usize, end: usize) -> Option<Head> {
    let t = c.t();
    let l = lexicon();
    let mut i = q.last + 1;
    if i < end && t.norm(i) == "of" {
        i += 1;
    }
    // an adjective or two: "31 Palestinian civilians", "1,200 people from both sides"
    let mut population = None;
    let mut noun_at = None;
    for k in i..(i + 3).min(end) {
        // a kind noun right after the number: "1,250 deaths", "30,000 dead", "refugees"
        if let Some((kind, n, mixed)) = kind_at(c, k, end) {
            if k == i || (k == i + 1 && c.ent_at(i).is_some()) {
                // "lives" is a kind noun only after claim/lose: "claimed 1,200 lives"
                if t.norm(k) == "lives" || t.norm(k) == "life" {
                    let before = q.first.checked_sub(1).map(|p| t.norm(p)).unwrap_or("");
                    if !matches!(before, "claimed" | "claiming" | "claims" | "claim" | "lost" | "cost" | "costing") {
                        return None;
                    }
                }
                let pop = if t.norm(k) == "refugees" { None } else { population };
                return Some(Head { kind, mixed, population: pop, last: k + n - 1, first: q.first });
            }
        }
        if let Some(p) = population_of(t.norm(k)) {
            population = Some(p);
            noun_at = Some(k);
            break;
        }
        if l.has_tok("thing_noun", t, k) || is_boundary(t.norm(k)) {
            return None;
        }
        if c.ent_at(k).is_none() && k > i {
            break;
        }
    }
    // no noun: "tens of thousands have fled", "dozens were killed"
    if noun_at.is_none() {
        let mut k = i;
        while k < (i + 5).min(end) && matches!(t.norm(k), "have" | "has" | "had" | "been" | "were" | "was" | "are" | "reportedly" | "also" | "since" | "now") {
            k += 1;
        }
        if k > i && k < end {
            let w = t.norm(k);
            let kind = if l.has("die_verb", w) && w != "dead" || w == "dead" {
                Some(CasualtyKind::Killed)
            } else if matches!(w, "fled" | "displaced" | "evacuated" | "uprooted") {
                Some(CasualtyKind::Displaced)
            } else if matches!(w, "wounded" | "injured" | "hurt") {
                Some(CasualtyKind::Wounded)
            } else {
                None
            };
            if let Some(kind) = kind {
                return Some(Head { kind, mixed: false, population: None, last: k, first: q.first });
            }
        }
    }
    if let Some(na) = noun_at {
        // after the person noun: "[from both sides] [have been] [reported] killed|dead"
        let mut k = na + 1;
        let stop = (na + 9).min(end);
        while k < stop {
            let w = t.norm(k);
            if is_boundary(w) {
                break;
            }
            if let Some((kind, n, mixed)) = kind_at(c, k, end) {
                // a verb that kills others ("civilians killed soldiers") is still the passive here
                return Some(Head { kind, mixed, population, last: k + n - 1, first: q.first });
            }
            let skippable = matches!(
                w,
                "have" | "has" | "had" | "been" | "were" | "was" | "are" | "is" | "be" | "reported" | "reportedly"
                    | "confirmed" | "from" | "on" | "both" | "sides" | "side" | "either" | "all" | "so" | "far"
                    | "also" | "now" | "being" | "feared" | "believed" | "thought" | "to" | "killed" | "," | "-"
                    | "mostly" | "including" | "in" | "the" | "total" | "officially" | "allegedly" | "since"
                    | "remain" | "remains" | "remained" | "still" | "internally" | "newly"
            ) || c.ent_at(k).is_some();
            if !skippable {
                break;
            }
            k += 1;
        }
    }
    // a verb before the number: "killed greater than 5,000 individuals", "left 30,000 dead"
    if q.first > start {
        let v = q.first - 1;
        let w = t.norm(v);
        let kills = matches!(w, "killed" | "killing" | "kill" | "kills" | "slaughtered" | "massacred" | "executed");
        let wounds = matches!(w, "wounded" | "wounding" | "injured" | "injuring" | "maimed");
        let displaces = matches!(w, "displaced" | "displacing" | "uprooted" | "uprooting" | "evacuated");
        if (kills || wounds || displaces) && (population.is_some() || noun_at.is_none()) {
            // the next word must be a person noun or nothing of substance
            let kind = if kills { CasualtyKind::Killed } else if wounds { CasualtyKind::Wounded } else { CasualtyKind::Displaced };
            let next = if q.last + 1 < end { t.norm(q.last + 1) } else { "" };
            if population.is_some() || q.last + 1 >= end || is_boundary(next) || matches!(next, "," | "and" | "in" | "on" | "at" | "near" | "across" | "during" | "when" | "as") {
                return Some(Head { kind, mixed: false, population, last: noun_at.unwrap_or(q.last), first: v });
            }
        }
        // "left 30,000 people dead" handled above through the noun; "left 30,000 dead" too
    }
    None
}

/// Bare mentions without a number: "injured civilians", "killed civilians on both sides",
/// "wounded among civilians", "civilian casualties".
fn unquantified(c: &Ctx, start: usize, end: usize, taken: &[(usize, usize)]) -> Vec<(usize, usize, CasualtyKind, Population, bool)> {
    let t = c.t();
    let mut out = Vec::new();
    for i in start..end {
        if taken.iter().any(|&(a, b)| a <= i && i <= b) {
            continue;
        }
        let w = t.norm(i);
        let kind = match w {
            "killed" | "killing" | "kill" | "kills" => Some(CasualtyKind::Killed),
            "wounded" | "injured" | "wounding" | "injuring" => Some(CasualtyKind::Wounded),
            _ => None,
        };
        let Some(kind) = kind else {
            // "civilian casualties", "civilian deaths"
            if w == "civilian" && i + 1 < end && matches!(t.norm(i + 1), "casualties" | "deaths") {
                let mixed = t.norm(i + 1) == "casualties";
                out.push((i, i + 1, CasualtyKind::Killed, Population::Civilians, mixed));
            }
            continue;
        };
        // the verb followed by a bare plural person noun (possibly "among", or after quotes)
        let mut k = i + 1;
        while k < end && matches!(t.norm(k), "among" | "\"" | "many" | "multiple" | "scores" | "numerous") {
            k += 1;
        }
        if k < end {
            let n = t.norm(k);
            let plural_people = n.ends_with('s') || matches!(n, "people" | "police");
            if let Some(p) = population_of(n).filter(|_| plural_people && n != "others" && n != "more" && n != "lives") {
                // not "killed civilians" as an adjective before a count: guarded by `taken`
                out.push((i, k, kind, p, false));
            }
        }
        // "a number of" / "many" before a person noun and a passive kind word is rare; skipped
    }
    out
}

/// "the actual death toll is believed to be substantially higher": a note on the figures.
pub fn toll_note(c: &Ctx, start: usize, end: usize) -> Option<String> {
    let t = c.t();
    let has = |w: &str| (start..end).any(|i| t.norm(i) == w);
    let higher = (start..end).any(|i| matches!(t.norm(i), "higher" | "underestimate" | "undercount"));
    if !higher {
        return None;
    }
    let hedge = has("believed") || has("thought") || has("likely") || has("feared") || has("expected") || has("probably") || has("could") || has("may");
    let toll = has("toll") || has("fatalities") || has("deaths") || has("number") || has("figure") || has("figures") || has("casualties");
    if higher && hedge && toll {
        // from the toll word's determiner to the end of the sentence
        let from = (start..end)
            .find(|&i| matches!(t.norm(i), "the" | "actual" | "real" | "true") && (i..(i + 4).min(end)).any(|k| matches!(t.norm(k), "toll" | "fatalities" | "deaths" | "number" | "figure" | "casualties")))
            .unwrap_or(start);
        let mut to = end - 1;
        while to > from && is_boundary(t.norm(to)) {
            to -= 1;
        }
        return Some(c.quote(from, to));
    }
    None
}

/// Who the sentence credits: "according to X", or the entity reporting or saying it.
fn source(c: &Ctx, start: usize, end: usize, figure_at: usize) -> Option<String> {
    let t = c.t();
    for i in start..end.saturating_sub(2) {
        if t.norm(i) == "according" && t.norm(i + 1) == "to" {
            let mut k = i + 2;
            while k < end && !matches!(t.norm(k), "," | "." | ";" | "\"") {
                k += 1;
            }
            if k > i + 2 {
                return Some(c.quote(i + 2, k - 1));
            }
        }
    }
    // the subject of a reporting verb before the figure ("the ministry said there were ...")
    let verb = (start..figure_at).find(|&i| matches!(t.norm(i), "said" | "says" | "reported" | "reports" | "told" | "stated" | "announced" | "confirmed" | "added"))?;
    let e = c.ents.iter().rev().find(|e| e.first >= start && e.last < verb && e.role != crate::actors::Role::Adjective)?;
    Some(e.speaker.clone().unwrap_or_else(|| c.quote(e.first, e.last)))
}

fn scope_level(c: &Ctx, start: usize, end: usize, q_first: usize, q_last: usize) -> (Scope, Level) {
    let t = c.t();
    let l = lexicon();
    let past = c.past_year(start, end).is_some();
    // present perfect near the figure: "has killed", "have died", "have so far resulted"
    let window = |a: usize, b: usize| a.max(start)..b.min(end);
    let perfect = window(q_first.saturating_sub(6), q_last + 8).any(|i| matches!(t.norm(i), "has" | "have") && i + 1 < end && !matches!(t.norm(i + 1), "a" | "an" | "the"));
    let running = window(q_first.saturating_sub(8), q_last + 8).any(|i| l.at("toll_marker", t, i, end).is_some());
    let scope = if past && !(perfect && !has_war_clause(c, start, end)) { Scope::Historical } else { Scope::Current };
    let incident = (start..end).any(|i| l.has_tok("incident_marker", t, i))
        || (start..end).any(|i| crate::dates::weekday(t.norm(i)).is_some() && i > q_last);
    let level = if scope == Scope::Historical || perfect || running || !incident { Level::Toll } else { Level::Incident };
    (scope, level)
}

/// "a war that killed", "the 1990s war that left": the figure belongs to an earlier war.
fn has_war_clause(c: &Ctx, start: usize, end: usize) -> bool {
    let t = c.t();
    (start..end.saturating_sub(1)).any(|i| matches!(t.norm(i), "war" | "conflict") && matches!(t.norm(i + 1), "that" | "which" | "in"))
}

fn sides(c: &Ctx, from: usize, to: usize) -> Option<Sides> {
    let t = c.t();
    (from..to.saturating_sub(1))
        .any(|i| matches!(t.norm(i), "both" | "either" | "all") && matches!(t.norm(i + 1), "sides" | "side" | "parties"))
        .then_some(Sides::Both)
}

/// Every casualty figure of the article: (sentence index, record without id).
pub fn casualties(c: &Ctx) -> Vec<(usize, Casualty)> {
    let t = c.t();
    let mut out: Vec<(usize, Casualty)> = Vec::new();
    let mut last_toll_sentence: Option<usize> = None;
    for (si, s) in c.doc.sents.iter().enumerate() {
        let sc = c.sentence(s);
        let c = &sc;
        let (start, end) = (s.first, s.last);
        let qs = recognise(t, start, end);
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut found: Vec<(usize, usize, Casualty)> = Vec::new();
        let mut carry_pop: Option<Population> = None;
        for q in qs.iter().filter(|q| q.role == Role::Count) {
            let Some(h) = head(c, q, start, end) else { continue };
            let population = h.population.or(carry_pop).unwrap_or(Population::Unspecified);
            if h.population.is_some() {
                carry_pop = h.population;
            }
            let (first, last) = (h.first.min(q.first), h.last.max(q.last));
            let (scope, level) = scope_level(c, start, end, first, last);
            let mut notes = Vec::new();
            if h.mixed {
                notes.push("the wording mixes killed and wounded (\"casualties\"); recorded as killed".to_string());
            }
            taken.push((first, last));
            found.push((
                first,
                last,
                Casualty {
                    id: String::new(),
                    evidence: c.doc.evidence(si),
                    kind: h.kind,
                    count: Count { low: q.low, high: q.high, qualifier: q.qualifier },
                    population,
                    sides: sides(c, first, (last + 8).min(end)),
                    scope,
                    level,
                    source: source(c, start, end, first),
                    quote: c.quote(first, last),
                    notes,
                },
            ));
        }
        // "killed a civilian": one person
        for i in start..end.saturating_sub(2) {
            if taken.iter().any(|&(a, b)| a <= i && i <= b) {
                continue;
            }
            let kind = match t.norm(i) {
                "killed" | "killing" | "kills" => CasualtyKind::Killed,
                "wounded" | "wounding" | "injured" | "injuring" => CasualtyKind::Wounded,
                _ => continue,
            };
            if matches!(t.norm(i + 1), "a" | "an" | "one") {
                if let Some(p) = population_of(t.norm(i + 2)).filter(|_| !t.norm(i + 2).ends_with('s') || t.norm(i + 2) == "police") {
                    let (scope, level) = scope_level(c, start, end, i, i + 2);
                    taken.push((i, i + 2));
                    found.push((i, i + 2, Casualty {
                        id: String::new(),
                        evidence: c.doc.evidence(si),
                        kind,
                        count: Count { low: Some(1), high: Some(1), qualifier: Qualifier::Exact },
                        population: p,
                        sides: None,
                        scope,
                        level,
                        source: source(c, start, end, i),
                        quote: c.quote(i, i + 2),
                        notes: Vec::new(),
                    }));
                }
            }
        }
        for (a, b, kind, p, mixed) in unquantified(c, start, end, &taken) {
            let (scope, level) = scope_level(c, start, end, a, b);
            let mut notes = Vec::new();
            if mixed {
                notes.push("the wording mixes killed and wounded (\"casualties\"); recorded as killed".to_string());
            }
            found.push((a, b, Casualty {
                id: String::new(),
                evidence: c.doc.evidence(si),
                kind,
                count: Count { low: None, high: None, qualifier: Qualifier::Unquantified },
                population: p,
                sides: sides(c, a, (b + 6).min(end)),
                scope,
                level,
                source: source(c, start, end, a),
                quote: c.quote(a, b),
                notes,
            }));
        }
        found.sort_by_key(|(a, _, _)| *a);
        let note = toll_note(c, start, end);
        let has_current_toll = found.iter().any(|(_, _, x)| x.scope == Scope::Current && x.level == Level::Toll);
        if let Some(n) = &note {
            // a note on the death toll qualifies the killed figures only
            let nl = n.to_lowercase();
            let about_deaths = ["death", "fatalit", "killed", "dead"].iter().any(|w| nl.contains(w));
            let fits = |x: &Casualty| x.scope == Scope::Current && x.level == Level::Toll && (!about_deaths || x.kind == CasualtyKind::Killed);
            if has_current_toll {
                for (_, _, x) in found.iter_mut().filter(|(_, _, x)| fits(x)) {
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
        out.extend(found.into_iter().map(|(_, _, x)| (si, x)));
    }
    out
}
