//! Truce mentions: sentences that speak of a ceasefire, truce, armistice or narrower pledge.
//!
//! Takes: a [`Ctx`].
//! Gives: one [`Mention`] per sentence that reports a truce attempt, with the claim it makes
//! (agreed / violated / collapsed / failed / partial), how many attempts it counts ("three
//! ceasefires"), its ordinal ("a fourth ceasefire attempt"), whether it is new ("a fresh
//! ceasefire"), its date, venue, brokers and parties — what consolidation clusters on.
//! Invariants: a sentence that only calls for a truce ("called for a ceasefire") or speaks of
//! efforts in general ("attempts to secure a ceasefire") is not a mention; a mention always has a
//! claim; the venue is a place named for talks ("talks in X", "the X agreements"), never a
//! region a ceasefire covers.

use super::{is_boundary, Ctx};
use crate::actors::Role;
use crate::dates::{recognise as dates, DateValue};
use crate::lexicon::lexicon;
use crate::numbers::{recognise as numbers, Role as NumRole};
use crate::report::{Claim, Scope};
use crate::tokens::TokKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub sent: usize,
    pub claim: Claim,
    pub quote: String,
    /// The truce word used ("ceasefire", "truce", "pledge").
    pub noun: String,
    pub count: Option<u32>,
    pub ordinal: Option<u32>,
    pub newness: bool,
    pub date: Option<DateValue>,
    pub venue: Option<String>,
    pub brokers: Vec<String>,
    pub parties: Vec<String>,
    pub scope: Scope,
}

fn singular(w: &str) -> String {
    let w = w.trim_end_matches('s');
    w.to_string()
}

/// Find the trigger of a truce mention in tokens `start..end`: (first, last, noun, pledge).
fn trigger(c: &Ctx, start: usize, end: usize) -> Option<(usize, usize, String, bool)> {
    let t = c.t();
    let l = lexicon();
    if let Some((i, n)) = l.find("truce_noun", t, start, end) {
        return Some((
            i,
            i + n - 1,
            singular(&c.quote(i, i + n - 1).to_lowercase()),
            false,
        ));
    }
    // a pledge: "pledged to stop shelling", "committed to "not deliberately target", "agreed on
    // measures to reduce tension", "agreements to stop the shooting"
    for i in start..end {
        let verb = l.has_tok("pledge_verb", t, i) || l.has_tok("agreement_noun", t, i);
        if !verb {
            continue;
        }
        let stop = (i + 8).min(end);
        let mut k = i + 1;
        while k < stop {
            if is_boundary(t.norm(k)) {
                break;
            }
            if let Some(n) = l.at("pledge_object", t, k, end) {
                let noun = if l.has_tok("agreement_noun", t, i) {
                    singular(t.norm(i))
                } else {
                    "pledge".to_string()
                };
                return Some((i, k + n - 1, noun, true));
            }
            k += 1;
        }
    }
    // "violating the Geneva agreements", "the Minsk agreements, which collapsed": an agreement
    // said to be broken; "The pledge, mediated by Turkey": an agreement with a broker
    for i in start..end {
        if !l.has_tok("agreement_noun", t, i) {
            continue;
        }
        let broken = (i.saturating_sub(4).max(start)..(i + 5).min(end))
            .any(|k| l.has_tok("claim_violated", t, k) || l.has_tok("claim_collapsed", t, k));
        // (an alliance "pact" or "treaty" signed is not a truce)
        let brokered = matches!(
            t.norm(i),
            "pledge" | "pledges" | "agreement" | "agreements" | "deal" | "accord" | "accords"
        ) && (i + 1..(i + 4).min(end))
            .any(|k| matches!(t.norm(k), "mediated" | "brokered" | "negotiated" | "struck"))
            && !(start..i).any(|k| {
                matches!(
                    t.norm(k),
                    "defence" | "defense" | "security" | "trade" | "cooperation" | "friendship"
                )
            });
        if broken || brokered {
            let pledge = t.norm(i).starts_with("pledge");
            return Some((i, i, singular(t.norm(i)), pledge && !broken));
        }
    }
    // failed talks: "a failed meeting", "the failure of new talks"
    for i in start..end {
        if l.has_tok("talks_noun", t, i) {
            let near = (i.saturating_sub(4).max(start)..(i + 3).min(end)).any(|k| {
                matches!(
                    t.norm(k),
                    "failed" | "failure" | "fruitless" | "inconclusive"
                )
            });
            let about_truce =
                (start..end).any(|k| matches!(t.norm(k), "ceasefire" | "truce" | "establishment"));
            if near && (about_truce || t.norm(i) == "meeting") {
                return Some((i, i, singular(t.norm(i)), false));
            }
        }
    }
    None
}

/// The claim, by the guide's priority: a failed ceasefire with a pledge is partial; collapsed,
/// then violated, then failed, then agreed.
fn claim(c: &Ctx, start: usize, end: usize, pledge: bool) -> Option<Claim> {
    let t = c.t();
    let l = lexicon();
    let has = |cat: &str| l.find(cat, t, start, end).is_some();
    let failed = has("claim_failed");
    let pledge_here = pledge
        || (start..end).any(|i| {
            l.has_tok("pledge_verb", t, i)
                && l.find("pledge_object", t, i, (i + 8).min(end)).is_some()
        });
    if failed
        && pledge_here
        && (start..end).any(|i| matches!(t.norm(i), "but" | "instead" | "however" | "although"))
    {
        return Some(Claim::Partial);
    }
    if has("claim_collapsed") {
        return Some(Claim::Collapsed);
    }
    if has("claim_violated") {
        return Some(Claim::Violated);
    }
    if failed {
        return Some(Claim::Failed);
    }
    if pledge {
        return Some(Claim::Partial);
    }
    if has("claim_agreed") {
        return Some(Claim::Agreed);
    }
    None
}

/// A call for a truce or general efforts, not a report of an attempt.
fn is_call_or_effort(c: &Ctx, start: usize, trig: usize, end: usize) -> bool {
    let t = c.t();
    let l = lexicon();
    let from = trig.saturating_sub(10).max(start);
    let call = l.find("call_marker", t, from, trig).is_some();
    let effort = l.find("effort_marker", t, from, trig).is_some();
    // a claim word of its own after the trigger keeps it a report ("... but the truces collapsed")
    let own_claim = ["claim_collapsed", "claim_violated", "claim_failed"].iter().any(|cat| l.find(cat, t, trig, end).is_some())
        // "respect the truce agreed in Jeddah on Saturday": the sentence also reports the truce
        || (trig + 1..(trig + 4).min(end)).any(|k| matches!(t.norm(k), "agreed" | "reached" | "signed" | "brokered" | "struck" | "declared"));
    (call || effort) && !own_claim
}

/// The venue: "talks in X", "negotiated in X", "reached ... in X", "a statement from X", "the X
/// agreements".
fn venue(c: &Ctx, start: usize, end: usize) -> Option<String> {
    let t = c.t();
    let l = lexicon();
    let proper = |i: usize| -> Option<(usize, usize)> {
        if i >= end || t.kind(i) != Some(TokKind::Word) {
            return None;
        }
        let tok = &t.toks[i];
        if !c.doc.cleaned.text[tok.start..].starts_with(char::is_uppercase) {
            return None;
        }
        if crate::dates::weekday(t.norm(i)).is_some()
            || crate::numbers::month(t.norm(i)).is_some()
            || l.has_tok("function_word", t, i)
        {
            return None;
        }
        // a state's name or adjective is not a venue; a capital is
        if let Some(e) = c.ent_at(i) {
            if e.role != Role::Capital {
                return None;
            }
        }
        if let Some((n, g)) = l.gaz.matches(t, i, end).next() {
            if g.kind != crate::lexicon::GazKind::Capital {
                return None;
            }
            return Some((i, i + n - 1));
        }
        Some((i, i))
    };
    for i in start..end {
        let w = t.norm(i);
        let talkish = l.has("talks_noun", w)
            || matches!(
                w,
                "negotiated"
                    | "reached"
                    | "signed"
                    | "agreed"
                    | "held"
                    | "met"
                    | "statement"
                    | "brokered"
                    | "struck"
                    | "mediated"
                    | "hosted"
            );
        if !talkish {
            continue;
        }
        for k in i + 1..(i + 9).min(end) {
            if is_boundary(t.norm(k)) || (t.norm(k) == "," && k > i + 1 && t.norm(k - 1) != "talks")
            {
                break;
            }
            if matches!(t.norm(k), "in" | "at" | "from") {
                if let Some((a, b)) = proper(k + 1) {
                    return Some(c.quote(a, b));
                }
            }
        }
    }
    // "the Geneva agreements", "the Minsk accords"
    for i in start + 1..end {
        let w = t.norm(i);
        if l.has("agreement_noun", w) || l.has("talks_noun", w) || l.has("truce_noun", w) {
            if matches!(t.norm(i - 1), "the" | "a") {
                continue;
            }
            if let Some((a, b)) = proper(i - 1) {
                if a > start && matches!(t.norm(a - 1), "the" | "latest") {
                    return Some(c.quote(a, b));
                }
            }
        }
    }
    None
}

/// Brokers: "mediated by X, Y and Z", "mediators from X", "X brokered", "via the OSCE",
/// "French, Russian and US mediators".
fn brokers(c: &Ctx, start: usize, end: usize) -> Vec<String> {
    let t = c.t();
    let l = lexicon();
    let mut out: Vec<String> = Vec::new();
    let list_after = |from: usize, out: &mut Vec<String>| {
        let mut k = from;
        while k < end {
            if let Some(e) = c.ent_at(k) {
                if !out.contains(&e.actor) {
                    out.push(e.actor.clone());
                }
                k = e.last + 1;
                continue;
            }
            if matches!(t.norm(k), "," | "and" | "the" | "(" | ")") {
                k += 1;
                continue;
            }
            break;
        }
    };
    for i in start..end {
        if let Some(n) = l.at("broker_verb", t, i, end) {
            list_after(i + n, &mut out);
        }
        if l.has_tok("broker_active", t, i) && i > start {
            // "Russia brokered": the entity right before
            if let Some(e) = c
                .ents
                .iter()
                .rev()
                .find(|e| e.last + 1 == i && e.first >= start)
            {
                if !out.contains(&e.actor) {
                    out.push(e.actor.clone());
                }
            }
        }
        if matches!(t.norm(i), "mediators" | "mediator" | "envoys" | "co-chairs") {
            // "French, Russian and US mediators"
            let mut k = i;
            let mut found = Vec::new();
            while k > start {
                k -= 1;
                if let Some(e) = c.ent_at(k) {
                    found.insert(0, e.actor.clone());
                    k = e.first;
                    continue;
                }
                if !matches!(t.norm(k), "," | "and") {
                    break;
                }
            }
            for f in found {
                if !out.contains(&f) {
                    out.push(f);
                }
            }
        }
    }
    out
}

/// Every truce mention of the article.
pub fn mentions(c: &Ctx) -> Vec<Mention> {
    let t = c.t();
    let l = lexicon();
    let mut out = Vec::new();
    for (si, s) in c.doc.sents.iter().enumerate() {
        let sc = c.sentence(s);
        let c = &sc;
        // headings restate the body: truce mentions come from body sentences
        if s.heading {
            continue;
        }
        let (start, end) = (s.first, s.last);
        let Some((a, b, noun, pledge)) = trigger(c, start, end) else {
            continue;
        };
        if is_call_or_effort(c, start, a, end) && !pledge {
            continue;
        }
        let Some(claim) = claim(c, start, end, pledge) else {
            continue;
        };
        // count and ordinal: "three ceasefires", "three times agreed", "a fourth ceasefire attempt"
        let qs = numbers(t, start, end);
        let mut count = None;
        let mut ordinal = None;
        for q in &qs {
            let after = q.last + 1;
            let near_truce = (after..(after + 3).min(end)).any(|k| {
                l.has_tok("truce_noun", t, k)
                    || l.has_tok("agreement_noun", t, k)
                    || matches!(t.norm(k), "attempt" | "attempts")
            });
            let times = after < end
                && t.norm(after) == "times"
                && (after + 1..(after + 4).min(end)).any(|k| l.has_tok("claim_agreed", t, k));
            match q.role {
                NumRole::Count if near_truce || times => {
                    if let Some(v) = q.low.filter(|v| (2..=50).contains(v)) {
                        count = Some(v as u32);
                    }
                }
                NumRole::Ordinal if near_truce => ordinal = q.low.map(|v| v as u32),
                _ => {}
            }
        }
        if count.is_none() && (start..end).any(|k| t.norm(k) == "twice") {
            count = Some(2);
        }
        let newness = (start..end).any(|k| {
            l.has_tok("newness", t, k)
                && (k + 1..(k + 4).min(end)).any(|j| {
                    l.has_tok("truce_noun", t, j)
                        || l.has_tok("talks_noun", t, j)
                        || l.has_tok("agreement_noun", t, j)
                })
        });
        // the date nearest the trigger
        let ds = dates(t, start, end, c.date);
        let date = ds
            .iter()
            .min_by_key(|d| {
                let dist = if d.first > b {
                    d.first - b
                } else {
                    a.saturating_sub(d.last)
                };
                (dist, d.first < a)
            })
            .map(|d| d.value);
        let past = c.past_year(start, end);
        let scope = if past.is_some() {
            Scope::Historical
        } else {
            Scope::Current
        };
        let date = if scope == Scope::Historical {
            ds.iter().rev().find_map(|d| match d.value {
                DateValue::Year(y) => Some(DateValue::Year(y)),
                _ => None,
            })
        } else {
            date.filter(|d| !matches!(d, DateValue::Year(_)))
        };
        let brokers = brokers(c, start, end);
        let parties: Vec<String> = {
            let mut p: Vec<String> = Vec::new();
            for e in c.ents_in(start, end) {
                if e.kind == crate::report::ActorKind::State
                    && !brokers.contains(&e.actor)
                    && !p.contains(&e.actor)
                    && e.role != Role::Adjective
                {
                    p.push(e.actor.clone());
                }
            }
            p
        };
        let qa = a.min(
            qs.iter()
                .filter(|q| q.last + 3 >= a && q.first < a)
                .map(|q| q.first)
                .min()
                .unwrap_or(a),
        );
        let (qa, qb) = clause_window(c, qa, b, start, end);
        out.push(Mention {
            sent: si,
            claim,
            quote: c.quote(qa, qb),
            noun,
            count,
            ordinal,
            newness,
            date,
            venue: venue(c, start, end),
            brokers,
            parties,
            scope,
        });
    }
    out
}

/// Widen a trigger's span to its clause: up to 7 tokens each way, stopping at punctuation.
fn clause_window(c: &Ctx, a: usize, b: usize, start: usize, end: usize) -> (usize, usize) {
    let t = c.t();
    let stop =
        |w: &str| is_boundary(w) || matches!(w, "," | "\"" | "but" | "as" | "while" | "which");
    let mut qa = a;
    while qa > start && a - qa < 7 && !stop(t.norm(qa - 1)) {
        qa -= 1;
    }
    let mut qb = b;
    while qb + 1 < end && qb - b < 7 && !stop(t.norm(qb + 1)) {
        qb += 1;
    }
    // never cut inside a hyphenated word
    while qa > start && t.toks[qa].glued && !stop(t.norm(qa - 1)) {
        qa -= 1;
    }
    while qb + 1 < end && t.toks[qb + 1].glued && !stop(t.norm(qb + 1)) {
        qb += 1;
    }
    (qa, qb)
}
