//! Truce mentions: sentences that speak of a ceasefire, truce, armistice, narrower pledge or a
//! mediation effort aimed at one.
//!
//! Takes: a [`Ctx`].
//! Gives: one [`Mention`] per sentence that speaks of a truce attempt (one per clause when its
//! clauses name two, and a second one for talks it names apart from its ceasefire: "the truce
//! and the Geneva talks", "peace talks, which broke up"), with the claim it makes (agreed / violated / collapsed / failed / partial,
//! or none when it names the attempt without asserting an outcome: talks under way, a proposal,
//! a call to honour it), how many attempts it counts ("three ceasefires"), its ordinal ("a
//! fourth ceasefire attempt"), whether it is new ("a fresh ceasefire") or earlier ("a previous
//! truce"), its date, venue, brokers and parties — what consolidation clusters on.
//! How: a sentence that names an attempt (a truce word, a narrower pledge, a brokered or broken
//! agreement, failed talks, a motion aimed at halting the fighting) is a mention; once an
//! article names attempts in two sentences, a sentence that refers back to one ("the
//! agreement", "talks", "violations", "mediators", "brokered") is a mention too — not talks on
//! another topic ("trade talks") nor the breach of a law or a creed — and so is every sentence
//! of a section headed by a truce word alone ("Negotiations"; "Questions over peace talks" is a
//! mention, not a section). A call for a truce not yet attempted ("called for a ceasefire") and general
//! efforts ("repeated attempts to secure a ceasefire") are stances, not mentions — but a call
//! for a truce of set length ("calls for a 30-day ceasefire") names a proposal, and the working
//! of a truce ("implementation of the ceasefire") is no effort toward a new one; the title
//! restates the body. Two passes over the article's sentences, each linear in tokens.
//! Invariants: a claim is never guessed — a claim word the sentence hedges ("will be
//! announced", "if it failed") asserts nothing; the venue is a place named for talks ("talks in
//! X", "the X agreements"), never a region a ceasefire covers; vocabulary lives in `words.tsv`.

use super::{is_boundary, Ctx};
use crate::actors::Role;
use crate::dates::{recognise as dates, DateValue};
use crate::lexicon::{lexicon, Cat};
use crate::numbers::{recognise as numbers, Role as NumRole};
use crate::report::{Claim, Scope};
use crate::tokens::TokKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub sent: usize,
    pub claim: Option<Claim>,
    pub quote: String,
    /// The truce word used ("ceasefire", "truce", "pledge").
    pub noun: String,
    pub count: Option<u32>,
    pub ordinal: Option<u32>,
    pub newness: bool,
    /// Whether the sentence names an earlier attempt ("a previous truce").
    pub earlier: bool,
    pub date: Option<DateValue>,
    pub venue: Option<String>,
    pub brokers: Vec<String>,
    pub parties: Vec<String>,
    pub scope: Scope,
    /// Whether the sentence names an attempt (a truce word) rather than refers back to one.
    pub named: bool,
    /// What kind of attempt the truce word names (for a sentence that names one).
    pub family: Family,
}

/// The kinds of attempt a truce word names: a reference to "the truce" does not join talks, nor
/// a "tactical pause" a ceasefire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Ceasefire,
    Narrow,
    Talks,
}

/// What makes a sentence a mention: the trigger's tokens and kind.
#[derive(Debug, Clone)]
struct Trigger {
    first: usize,
    last: usize,
    noun: String,
    /// A narrower pledge ("pledged to stop shelling").
    pledge: bool,
    /// An attempt narrower than a ceasefire ("tactical pauses").
    narrow: bool,
}

/// A trigger's noun in the singular: one final "s" off ("ceasefires", "truces"), but not off
/// "hostilities", "talks" or "ss".
fn singular(w: &str) -> String {
    let keep = w.ends_with("ss") || w.ends_with("ies") || w.ends_with("talks");
    match w.strip_suffix('s') {
        Some(stem) if !keep => stem.to_string(),
        _ => w.to_string(),
    }
}

/// The words of tokens `first..=last` as written, lower case and in the singular, without the
/// scare quotes a phrase may hold ("an \"immediate cessation\" of hostilities").
fn trigger_noun(c: &Ctx, first: usize, last: usize) -> String {
    let t = c.t();
    let mut w = String::new();
    for k in first..=last {
        if t.is_quote_mark(k) {
            continue;
        }
        if !w.is_empty() && !t.toks.get(k).is_some_and(|tok| tok.glued) {
            w.push(' ');
        }
        w += &c.quote(k, k).to_lowercase();
    }
    singular(&w)
}

/// A trigger that names an attempt, in tokens `start..end`.
fn named_trigger(c: &Ctx, start: usize, end: usize) -> Option<Trigger> {
    let t = c.t();
    let l = lexicon();
    // "the ceasefire line runs through the village": a place, not an attempt
    let place = |(i, n): (usize, usize)| i + n < end && l.has_tok(Cat::TruceLine, t, i + n);
    let noun = (start..end)
        .filter_map(|i| l.at(Cat::TruceNoun, t, i, end).map(|n| (i, n)))
        .find(|&hit| !place(hit));
    if let Some((i, n)) = noun {
        let narrow = l.find(Cat::TruceNarrow, t, start, end).is_some();
        return Some(Trigger {
            first: i,
            last: i + n - 1,
            noun: trigger_noun(c, i, i + n - 1),
            pledge: false,
            narrow,
        });
    }
    if let Some((i, n)) = l.find(Cat::TruceNarrow, t, start, end) {
        return Some(Trigger {
            first: i,
            last: i + n - 1,
            noun: trigger_noun(c, i, i + n - 1),
            pledge: false,
            narrow: true,
        });
    }
    // a ceasefire in other words: "agreed to stop all firing and military action", "the two
    // sides agreed to cease hostilities"
    // ("reached an understanding to stop all firing")
    for i in start..end {
        if !(l.has_tok(Cat::PledgeVerb, t, i) || l.has_tok(Cat::AgreementNoun, t, i)) {
            continue;
        }
        let mut k = i + 1;
        while k < (i + 6).min(end) && !is_boundary(t.norm(k)) {
            if let Some(n) = l.at(Cat::CeasefireAct, t, k, end) {
                return Some(Trigger {
                    first: k,
                    last: k + n - 1,
                    noun: "ceasefire".into(),
                    pledge: false,
                    narrow: false,
                });
            }
            k += 1;
        }
    }
    // a pledge: "pledged to stop shelling", "committed to "not deliberately target", "agreed on
    // measures to reduce tension", "agreements to stop the shooting"
    for i in start..end {
        let verb = l.has_tok(Cat::PledgeVerb, t, i) || l.has_tok(Cat::AgreementNoun, t, i);
        if !verb {
            continue;
        }
        let stop = (i + 8).min(end);
        let mut k = i + 1;
        while k < stop {
            if is_boundary(t.norm(k)) {
                break;
            }
            if let Some(n) = l.at(Cat::PledgeObject, t, k, end) {
                let noun = if l.has_tok(Cat::AgreementNoun, t, i) {
                    singular(t.norm(i))
                } else {
                    "pledge".to_string()
                };
                return Some(Trigger {
                    first: i,
                    last: k + n - 1,
                    noun,
                    pledge: true,
                    narrow: false,
                });
            }
            k += 1;
        }
    }
    // a motion for a ceasefire in other words: "a resolution aimed at stopping airstrikes"
    for i in start..end {
        if !l.has_tok(Cat::MotionNoun, t, i) {
            continue;
        }
        let Some(m) = l.at(Cat::AimMarker, t, i + 1, end) else {
            continue;
        };
        let k = i + 1 + m;
        if k >= end || !l.has_tok(Cat::HaltVerb, t, k) {
            continue;
        }
        // (what it halts may have a word or two before it: "stopping Israeli airstrikes")
        if let Some(j) = (k + 1..(k + 5).min(end))
            .take_while(|&j| !is_boundary(t.norm(j)) && t.norm(j) != ",")
            .find(|&j| l.has_tok(Cat::HaltedAct, t, j))
        {
            return Some(Trigger {
                first: i,
                last: j,
                noun: singular(t.norm(i)),
                pledge: false,
                narrow: false,
            });
        }
    }
    // "violating the Geneva agreements", "the Minsk agreements, which collapsed": an agreement
    // said to be broken; "The pledge, mediated by Turkey": an agreement with a broker
    for i in start..end {
        if !l.has_tok(Cat::AgreementNoun, t, i) {
            continue;
        }
        let broken = (i.saturating_sub(4).max(start)..(i + 5).min(end))
            .any(|k| l.has_tok(Cat::ClaimViolated, t, k) || l.has_tok(Cat::ClaimCollapsed, t, k));
        // (an alliance "pact" or "treaty" signed, a trade deal, is not a truce)
        let brokered = l.has_tok(Cat::DealNoun, t, i)
            && (i + 1..(i + 4).min(end)).any(|k| l.has_tok(Cat::DealMade, t, k))
            && !(start..i).any(|k| l.has_tok(Cat::NotTruceDeal, t, k));
        if broken || brokered {
            let pledge = l.has_tok(Cat::PledgeNoun, t, i);
            return Some(Trigger {
                first: i,
                last: i,
                noun: singular(t.norm(i)),
                pledge: pledge && !broken,
                narrow: false,
            });
        }
    }
    // failed talks: "a failed meeting", "the failure of new talks"
    for i in start..end {
        if l.has_tok(Cat::TalksNoun, t, i) {
            let near = (i.saturating_sub(4).max(start)..(i + 3).min(end))
                .any(|k| l.has_tok(Cat::ClaimFailed, t, k));
            let about_truce = l.find(Cat::TruceNoun, t, start, end).is_some();
            if near && (about_truce || l.has_tok(Cat::MeetingNoun, t, i)) {
                return Some(Trigger {
                    first: i,
                    last: i,
                    noun: singular(t.norm(i)),
                    pledge: false,
                    narrow: false,
                });
            }
        }
    }
    None
}

/// The determiner of the noun phrase ending at token `i`: `Some(true)` for a definite one ("the",
/// "this", "its", a possessive), `Some(false)` for an indefinite one ("a", "an"), `None` when
/// the noun has none within three words of its clause. Quote marks and a hyphenated word's
/// joints are looked past ("the "low-level" delegation", "their face-to-face talks"); a
/// preposition ends the phrase ("the EU in talks": "the" is the EU's).
fn definite(c: &Ctx, start: usize, i: usize) -> Option<bool> {
    let t = c.t();
    let l = lexicon();
    let mut j = i;
    let mut words = 0;
    while j > start && words < 3 {
        j -= 1;
        let w = t.norm(j);
        // (a word hyphened to the next, "face" or "to" in "face-to-face", is part of that word)
        let inside = t.norm(j + 1) == "-" && t.toks[j + 1].glued;
        if inside || matches!(w, "-" | "\"" | "'") {
            continue;
        }
        if t.kind(j) == Some(TokKind::Punct) {
            return None;
        }
        if l.has_tok(Cat::Definite, t, j) {
            return Some(true);
        }
        if l.has_tok(Cat::Indefinite, t, j) {
            return Some(false);
        }
        if l.has_tok(Cat::SubjectPrep, t, j) {
            return None;
        }
        words += 1;
    }
    None
}

/// Whether the talks word at `i` are talks on something other than a truce: "trade talks",
/// "talks about a deal to stem migration", "talks with Moscow over aid" (not "talks on
/// Monday", "talks on a ceasefire").
fn talks_on_other(c: &Ctx, start: usize, i: usize, end: usize) -> bool {
    let t = c.t();
    let l = lexicon();
    if !l.has_tok(Cat::TalksNoun, t, i) {
        return false;
    }
    if i > start && l.has_tok(Cat::NotTruceDeal, t, i - 1) {
        return true;
    }
    // the topic, after the talks or after whom they are with ("talks with Moscow over aid")
    let Some(k) = (i + 1..(i + 6).min(end))
        .take_while(|&k| !is_boundary(t.norm(k)) && t.norm(k) != ",")
        .find(|&k| l.has_tok(Cat::TopicPrep, t, k))
    else {
        return false;
    };
    if k + 1 >= end {
        return false;
    }
    let w = t.norm(k + 1);
    let time = crate::dates::weekday(w).is_some()
        || crate::numbers::month(w).is_some()
        || t.kind(k + 1) == Some(TokKind::Number);
    !time && l.find(Cat::TruceNoun, t, k + 1, (k + 7).min(end)).is_none()
}

/// Whether the breach word at `i` breaks something other than a truce: a law, a rule, a
/// creed named just before it ("rights violations") or after it in its clause ("breaching
/// their interpretation of the faith").
fn breach_of_other(c: &Ctx, start: usize, i: usize, end: usize) -> bool {
    let t = c.t();
    let l = lexicon();
    if !l.has_tok(Cat::ClaimViolated, t, i) {
        return false;
    }
    let before = (i.saturating_sub(2).max(start)..i).any(|k| l.has_tok(Cat::BreachOther, t, k));
    let mut after = false;
    let mut k = i + 1;
    while k < (i + 7).min(end) && !is_boundary(t.norm(k)) && t.norm(k) != "," {
        if l.has_tok(Cat::TruceNoun, t, k)
            || l.has_tok(Cat::TruceRef, t, k)
            || l.has_tok(Cat::AgreementNoun, t, k)
        {
            break;
        }
        if l.has_tok(Cat::BreachOther, t, k) {
            after = true;
            break;
        }
        k += 1;
    }
    before || after
}

/// A word that refers back to an attempt the article is about: a noun after a definite
/// determiner ("the agreement", "Ukraine's delegation"), or a word that needs none
/// ("violations", "negotiators", "walked away"), outside idioms that speak of no truce
/// ("stepped into the breach", "the process of recovering").
fn reference_trigger(c: &Ctx, start: usize, end: usize) -> Option<Trigger> {
    let t = c.t();
    let l = lexicon();
    for i in start..end {
        let n = match (
            l.at(Cat::TruceRef, t, i, end),
            l.at(Cat::TruceRefBare, t, i, end),
        ) {
            (_, Some(n)) if definite(c, start, i) != Some(false) => n,
            (Some(n), _) if definite(c, start, i) == Some(true) => n,
            _ => continue,
        };
        let idiom = (i.saturating_sub(2).max(start)..=i)
            .any(|j| l.at(Cat::NotTruceRef, t, j, end).is_some_and(|m| j + m > i));
        if !idiom && !breach_of_other(c, start, i, end) && !talks_on_other(c, start, i, end) {
            return Some(Trigger {
                first: i,
                last: i + n - 1,
                noun: "agreement".into(),
                pledge: false,
                narrow: false,
            });
        }
    }
    None
}

/// Whether the claim word at `k` is hedged: a modal, a condition or a negation just before it
/// ("will be announced", "if it failed", "has not been signed").
fn hedged(c: &Ctx, start: usize, k: usize) -> bool {
    hedged_by(c, Cat::ClaimHedge, start, k)
}

/// Whether a word of `cat` comes just before token `k`, in its clause.
fn hedged_by(c: &Ctx, cat: Cat, start: usize, k: usize) -> bool {
    let t = c.t();
    let l = lexicon();
    let mut j = k;
    while j > start && k - j < 4 {
        j -= 1;
        let w = t.norm(j);
        if is_boundary(w) || w == "," {
            return false;
        }
        // "had to settle for": necessity, not a hedge
        if l.at(cat, t, j, k).is_some()
            && !(l.has(Cat::InfinitiveTo, w) && j > start && l.has_tok(Cat::Obligation, t, j - 1))
        {
            return true;
        }
    }
    false
}

/// The first unhedged phrase of `cat` in `from..to`. A one-word failure followed by an
/// infinitive ("failed to capture the city") is the failure of that act, not of the attempt.
fn asserted(c: &Ctx, cat: Cat, start: usize, from: usize, to: usize) -> Option<usize> {
    let t = c.t();
    let l = lexicon();
    (from..to).find(|&k| {
        let Some(n) = l.at(cat, t, k, to) else {
            return false;
        };
        if n == 1 && cat == Cat::ClaimFailed && l.has_tok(Cat::InfinitiveTo, t, k + 1) {
            return false;
        }
        // (a collapse word inside a longer failure, "ended in failure", is the failure)
        if cat == Cat::ClaimCollapsed && l.at(Cat::ClaimFailed, t, k, to).is_some_and(|m| m > n) {
            return false;
        }
        !hedged(c, start, k)
    })
}

/// A truce said to be holding: "holding"/"holds" with nothing held after it.
fn holding(c: &Ctx, start: usize, from: usize, to: usize) -> bool {
    let t = c.t();
    let l = lexicon();
    (from..to).any(|k| {
        l.has_tok(Cat::HoldWord, t, k)
            && !hedged(c, start, k)
            && (k + 1 >= to
                || t.kind(k + 1) == Some(TokKind::Punct)
                || l.has_tok(Cat::HoldAfter, t, k + 1))
    })
}

/// Whether the verb at `k` has talks for its subject ("talks on a ceasefire began"): talks
/// under way assert no outcome.
fn talks_subject(c: &Ctx, start: usize, k: usize) -> bool {
    let t = c.t();
    let l = lexicon();
    let mut j = k;
    while j > start && k - j < 6 {
        j -= 1;
        if is_boundary(t.norm(j)) || t.norm(j) == "," {
            return false;
        }
        if l.has_tok(Cat::TalksNoun, t, j) {
            return true;
        }
    }
    false
}

/// The claim, by the guide's priority: a failed ceasefire with a pledge is partial; collapsed
/// (a collapse the sentence only fears, "in danger of collapse", is a violation), then violated,
/// then failed, then agreed — an attempt narrower than a ceasefire under way is partial.
fn claim(c: &Ctx, start: usize, end: usize, tr: &Trigger) -> Option<Claim> {
    let t = c.t();
    let l = lexicon();
    let failed = asserted(c, Cat::ClaimFailed, start, start, end).is_some();
    let pledge_here = tr.pledge
        || (start..end).any(|i| {
            l.has_tok(Cat::PledgeVerb, t, i)
                && l.find(Cat::PledgeObject, t, i, (i + 8).min(end)).is_some()
        });
    if failed && pledge_here && (start..end).any(|i| l.has_tok(Cat::Contrast, t, i)) {
        return Some(Claim::Partial);
    }
    // a collapse: asserted, feared ("on the brink of collapse": the truce is being broken) or
    // hedged ("could collapse": nothing asserted)
    if let Some((k, _)) = l.find(Cat::ClaimCollapsed, t, start, end) {
        let strained =
            (k.saturating_sub(4).max(start)..k).any(|j| l.has_tok(Cat::ClaimStrain, t, j));
        if strained {
            return Some(Claim::Violated);
        }
    }
    if asserted(c, Cat::ClaimCollapsed, start, start, end).is_some() {
        return Some(Claim::Collapsed);
    }
    // (a breach word inside a longer failure, "talks broke up", is the failure)
    // (and no negation denies it: "there had been no major violations")
    let violated = (start..end).any(|k| {
        l.at(Cat::ClaimViolated, t, k, end)
            .is_some_and(|n| l.at(Cat::ClaimFailed, t, k, end).is_none_or(|m| m <= n))
            && !l.negated(t, start, k)
    });
    if violated {
        return Some(Claim::Violated);
    }
    if failed {
        return Some(Claim::Failed);
    }
    if tr.pledge {
        return Some(Claim::Partial);
    }
    // an agreement is asserted near the trigger ("signed a ceasefire", "the truce took effect"),
    // not by a verb of another clause ("since the war began")
    let (wa, wb) = (
        tr.first.saturating_sub(12).max(start),
        (tr.last + 12).min(end),
    );
    // (the war's own start, "since the war began", says nothing of the truce)
    let running = (wa..wb).any(|k| {
        let war_start = k > start && l.has_tok(Cat::HistoricNoun, t, k - 1);
        l.at(Cat::ClaimRunning, t, k, wb).is_some()
            && !hedged_by(c, Cat::ClaimCondition, start, k)
            && !war_start
            && !talks_subject(c, start, k)
    });
    if running
        || asserted(c, Cat::ClaimAgreed, start, wa, wb).is_some()
        || holding(c, start, wa, wb)
    {
        return Some(if tr.narrow {
            Claim::Partial
        } else {
            Claim::Agreed
        });
    }
    None
}

/// How a call or an effort bears on a mention: a call to honour a definite attempt ("observe the
/// ceasefire") names it without asserting an outcome; a call for an indefinite one ("called for
/// a ceasefire", "urged them to cease fire") and general efforts ("repeated attempts to secure a
/// ceasefire") name none — they are stances, not attempts. Either way a claim of the sentence's
/// own keeps it a report ("respect the truce agreed in Jeddah", "... but the truces collapsed").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Call {
    None,
    OfDefinite,
    /// A call for an indefinite attempt ("called for a ceasefire").
    Other,
    /// A general effort ("repeated attempts to secure a ceasefire").
    Effort,
}

fn call_or_effort(c: &Ctx, start: usize, trig: usize, end: usize) -> Call {
    let t = c.t();
    let l = lexicon();
    let from = trig.saturating_sub(10).max(start);
    // "urged them to observe the truce" calls; "it would observe a truce" is its own word
    let call = l.find(Cat::CallMarker, t, from, trig).is_some()
        || l.find(Cat::HonourVerb, t, from, trig)
            .is_some_and(|(k, _)| l.find(Cat::PressVerb, t, from, k).is_some());
    let effort_at = l.find(Cat::EffortMarker, t, from, trig);
    let effort = effort_at.is_some();
    if !(call || effort) {
        return Call::None;
    }
    let own_claim = [Cat::ClaimCollapsed, Cat::ClaimViolated, Cat::ClaimFailed]
        .iter()
        .any(|&cat| asserted(c, cat, start, trig, end).is_some())
        || asserted(c, Cat::ClaimAgreed, start, trig + 1, (trig + 4).min(end)).is_some();
    // a call for a truce of set length ("calls for a 30-day ceasefire") names a proposal
    let set_length = numbers(t, from, trig)
        .iter()
        .any(|q| q.role == NumRole::Duration && q.num_first < trig && q.last + 4 >= trig);
    // "an attempt to salvage a wider truce", "efforts to extend it": the truce exists
    let rescue = effort_at.is_some_and(|(k, n)| l.find(Cat::RescueVerb, t, k + n, trig).is_some());
    if own_claim {
        Call::None
    } else if rescue || call && !effort && (set_length || definite(c, start, trig) == Some(true)) {
        Call::OfDefinite
    } else if effort {
        Call::Effort
    } else {
        Call::Other
    }
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
        if !crate::text::tail(&c.doc.cleaned.text, tok.start).starts_with(char::is_uppercase) {
            return None;
        }
        if crate::dates::weekday(t.norm(i)).is_some()
            || crate::numbers::month(t.norm(i)).is_some()
            || l.has_tok(Cat::FunctionWord, t, i)
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
        if !(l.has_tok(Cat::TalksNoun, t, i) || l.has_tok(Cat::VenueVerb, t, i)) {
            continue;
        }
        for k in i + 1..(i + 9).min(end) {
            if is_boundary(t.norm(k))
                || l.has_tok(Cat::TruceClauseStop, t, k)
                || (t.norm(k) == "," && k > i + 1 && !l.has_tok(Cat::TalksWord, t, k - 1))
            {
                break;
            }
            if l.has_tok(Cat::PlacePrep, t, k) {
                if let Some((a, b)) = proper(k + 1) {
                    return Some(c.quote(a, b));
                }
            }
        }
    }
    // "the Geneva agreements", "the Minsk accords"
    for i in start + 1..end {
        if l.has_tok(Cat::AgreementNoun, t, i)
            || l.has_tok(Cat::TalksNoun, t, i)
            || l.has_tok(Cat::TruceNoun, t, i)
        {
            if l.has_tok(Cat::BareArticle, t, i - 1) {
                continue;
            }
            if let Some((a, b)) = proper(i - 1) {
                if a > start
                    && (l.has_tok(Cat::DefiniteArticle, t, a - 1)
                        || l.has_tok(Cat::Newness, t, a - 1))
                {
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
            if matches!(t.norm(k), "," | "(" | ")")
                || l.has_tok(Cat::ConjAnd, t, k)
                || l.has_tok(Cat::DefiniteArticle, t, k)
            {
                k += 1;
                continue;
            }
            break;
        }
    };
    for i in start..end {
        if let Some(n) = l.at(Cat::BrokerVerb, t, i, end) {
            list_after(i + n, &mut out);
        }
        if l.has_tok(Cat::BrokerActive, t, i) && i > start {
            // "Russia brokered", "the US-brokered deal": the entity right before
            let hyphen = t.norm(i - 1) == "-" && t.toks[i].glued;
            let before = if hyphen { i - 1 } else { i };
            if let Some(e) = c
                .ents
                .iter()
                .rev()
                .find(|e| e.last + 1 == before && e.first >= start)
            {
                if !out.contains(&e.actor) {
                    out.push(e.actor.clone());
                }
            }
        }
        if l.has_tok(Cat::BrokerNoun, t, i) {
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
                if !l.has_tok(Cat::ListAnd, t, k) {
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

/// Whether a heading is a truce word on its own ("Negotiations", "Ceasefire talks", "The
/// talks"): the section it opens speaks of the attempt. A heading with words of its own
/// ("Questions over peace talks") names a topic, not a section about the talks.
fn truce_heading(c: &Ctx, start: usize, end: usize) -> bool {
    let t = c.t();
    let l = lexicon();
    let (mut words, mut truce) = (0, false);
    let mut k = start;
    while k < end {
        if t.kind(k) != Some(TokKind::Word) {
            k += 1;
            continue;
        }
        words += 1;
        let n = l
            .at(Cat::TruceNoun, t, k, end)
            .or_else(|| l.at(Cat::TruceRef, t, k, end))
            .or_else(|| l.at(Cat::TalksNoun, t, k, end));
        if let Some(n) = n {
            truce = true;
            k += n;
        } else if l.has_tok(Cat::FunctionWord, t, k) {
            k += 1;
        } else {
            return false;
        }
    }
    truce && words <= 4
}

/// The kind of attempt a sentence names: narrow when its trigger is; talks when every truce
/// word of it is one of talks ("peace talks", "the failed meeting"); else a ceasefire.
fn family(c: &Ctx, tr: &Trigger, start: usize, end: usize) -> Family {
    let t = c.t();
    let l = lexicon();
    if tr.narrow {
        return Family::Narrow;
    }
    let mut from = start;
    let mut any = false;
    while let Some((i, n)) = l.find(Cat::TruceNoun, t, from, end) {
        any = true;
        if l.at(Cat::TalksFamily, t, i, end).is_none() {
            return Family::Ceasefire;
        }
        from = i + n;
    }
    if any || l.has_tok(Cat::TalksNoun, t, tr.first) {
        Family::Talks
    } else {
        Family::Ceasefire
    }
}

/// Talks a sentence names apart from its ceasefire trigger `tr`, as a second subject ("and the
/// Geneva talks", "along with peace negotiations") or with an outcome of their own ("peace
/// talks, which broke up with no progress") — not talks on that ceasefire ("and talks on a
/// truce"), nor a word of its phrase.
/// Also whether the talks' outcome is their own (in a relative clause), not the sentence's.
fn talks_apart(c: &Ctx, start: usize, end: usize, tr: &Trigger) -> Option<(Trigger, bool)> {
    let t = c.t();
    let l = lexicon();
    let mut k = start;
    while k < end {
        if (tr.first..=tr.last).contains(&k) {
            k = tr.last + 1;
            continue;
        }
        if let Some(n) = l.at(Cat::TruceNoun, t, k, end) {
            if l.at(Cat::TalksFamily, t, k, end).is_none() {
                k += n;
                continue;
            }
        }
        let n = l
            .at(Cat::TalksFamily, t, k, end)
            .or_else(|| l.has_tok(Cat::TalksNoun, t, k).then_some(1));
        if let Some(n) = n {
            let last = k + n - 1;
            let on_truce = last + 2 < end
                && l.has_tok(Cat::TopicPrep, t, last + 1)
                && l.find(Cat::TruceNoun, t, last + 2, (last + 5).min(end))
                    .is_some();
            // joined to the ceasefire as a second subject: "and the Geneva talks", "along with
            // peace negotiations" (a determiner and a name may come between)
            let cap = |p: usize| {
                t.kind(p) == Some(TokKind::Word)
                    && crate::text::tail(&c.doc.cleaned.text, t.toks[p].start)
                        .starts_with(char::is_uppercase)
            };
            let mut j = k;
            while j > start && k - j < 3 && (l.has_tok(Cat::Article, t, j - 1) || cap(j - 1)) {
                j -= 1;
            }
            let joined = (j.saturating_sub(3).max(start)..j)
                .any(|q| l.at(Cat::Coordinator, t, q, j).is_some_and(|m| q + m == j));
            // or given an outcome of their own in a relative clause: "peace talks, which broke
            // up with no progress"
            let relative = last + 2 < end
                && t.norm(last + 1) == ","
                && l.has_tok(Cat::RelativePronoun, t, last + 2)
                && (last + 3..end)
                    .take_while(|&q| !is_boundary(t.norm(q)) && t.norm(q) != ",")
                    .any(|q| {
                        l.at(Cat::ClaimFailed, t, q, end).is_some()
                            || l.at(Cat::ClaimCollapsed, t, q, end).is_some()
                    });
            if (joined || relative) && !on_truce {
                let tr = Trigger {
                    first: k,
                    last,
                    noun: trigger_noun(c, k, last),
                    pledge: false,
                    narrow: false,
                };
                return Some((tr, relative));
            }
            k = last + 1;
            continue;
        }
        k += 1;
    }
    None
}

/// The clauses of a sentence that could be sentences of their own: split at ";" and at a full
/// stop the segmenter kept inside ("... no change. The regime ..."), after a word and before a
/// capital.
fn clauses(c: &Ctx, start: usize, end: usize) -> Vec<(usize, usize)> {
    let t = c.t();
    let text = &c.doc.cleaned.text;
    let mut out = Vec::new();
    let mut from = start;
    for i in start..end {
        let w = t.norm(i);
        let split = w == ";"
            || (matches!(w, "." | "!" | "?")
                && i > from
                && t.kind(i - 1) == Some(TokKind::Word)
                && t.norm(i - 1).chars().count() >= 3
                && {
                    let mut k = i + 1;
                    while k < end && matches!(t.norm(k), "\"" | "'" | ")") {
                        k += 1;
                    }
                    k < end
                        && t.kind(k) == Some(TokKind::Word)
                        && crate::text::tail(text, t.toks[k].start).starts_with(char::is_uppercase)
                });
        if split {
            if i > from {
                out.push((from, i));
            }
            from = i + 1;
        }
    }
    if end > from {
        out.push((from, end));
    }
    out
}

/// Whether a heading is a line of tags ("Subject: Armed conflict, Ceasefire, Gaza Strip"): a
/// label, a colon, and a list.
fn tag_line(c: &Ctx, start: usize, end: usize) -> bool {
    let t = c.t();
    let colon = (start..(start + 3).min(end)).any(|i| t.norm(i) == ":");
    colon && (start..end).filter(|&i| t.norm(i) == ",").count() >= 2
}

/// Every truce mention of the article.
pub fn mentions(c: &Ctx) -> Vec<Mention> {
    let t = c.t();
    let l = lexicon();
    // pass 1: the sentences that name an attempt
    let named: Vec<Option<Trigger>> = c
        .doc
        .sents
        .iter()
        .map(|s| {
            let sc = c.sentence(s);
            named_trigger(&sc, s.first, s.last)
        })
        .collect();
    // an article that names attempts in two sentences is about one: its references count
    let about = named.iter().filter(|n| n.is_some()).count() >= 2;
    let mut out = Vec::new();
    let mut section = false;
    let mut body = false;
    for (si, s) in c.doc.sents.iter().enumerate() {
        let sc = c.sentence(s);
        let c = &sc;
        let (start, end) = (s.first, s.last);
        if s.heading {
            section = truce_heading(c, start, end);
            // a heading within the article that names an attempt is a mention ("Questions over
            // the peace talks"); the title before the body restates it, and a bare section
            // title names nothing
            if section || !body || named[si].is_none() || tag_line(c, start, end) {
                continue;
            }
        } else {
            body = true;
        }
        let whole = match &named[si] {
            Some(tr) => Some((tr.clone(), true)),
            None => match (about || section)
                .then(|| reference_trigger(c, start, end))
                .flatten()
            {
                Some(tr) => Some((tr, false)),
                // every sentence of a truce section speaks of it
                None if section => Some((
                    Trigger {
                        first: start,
                        last: start,
                        noun: "talks".into(),
                        pledge: false,
                        narrow: false,
                    },
                    false,
                )),
                None => None,
            },
        };
        // a sentence whose clauses name two attempts ("...; Abbas announces truce") gives one
        // mention per clause, else one mention
        let subs = clauses(c, start, end);
        let named_subs: Vec<(usize, usize, Trigger, bool)> = if subs.len() > 1 {
            subs.iter()
                .filter_map(|&(x, y)| named_trigger(c, x, y).map(|tr| (x, y, tr, true)))
                .collect()
        } else {
            Vec::new()
        };
        let mut units: Vec<(usize, usize, Trigger, bool)> = if named_subs.len() >= 2 {
            named_subs
        } else {
            whole
                .into_iter()
                .map(|(tr, n)| (start, end, tr, n))
                .collect()
        };
        // a sentence that names a ceasefire and, apart from it, talks ("the truce and the Geneva
        // talks were the only hope", "peace talks, which failed") speaks of two attempts
        if let [(x, y, tr, true)] = units.as_slice() {
            let (x, y) = (*x, *y);
            if family(c, tr, x, y) == Family::Ceasefire {
                if let Some((talks, own)) = talks_apart(c, x, y, tr) {
                    // (an outcome of the talks' own is theirs alone)
                    if own && tr.last < talks.first {
                        units[0].1 = talks.last + 1;
                        units.push((talks.first, y, talks, true));
                    } else {
                        units.push((x, y, talks, true));
                    }
                }
            }
        }
        for (start, end, tr, is_named) in units {
            let (a, b) = (tr.first, tr.last);
            let claim = match call_or_effort(c, start, a, end) {
                _ if tr.pledge => claim(c, start, end, &tr),
                Call::None => claim(c, start, end, &tr),
                Call::OfDefinite => None,
                // (a word that refers back presupposes the attempt: "urged them to join talks")
                Call::Other if !is_named => None,
                Call::Other | Call::Effort => continue,
            };
            // count and ordinal: "three ceasefires", "three times agreed", "a fourth ceasefire attempt"
            let qs = numbers(t, start, end);
            let mut count = None;
            let mut ordinal = None;
            for q in &qs {
                let after = q.last + 1;
                let near_truce = (after..(after + 3).min(end)).any(|k| {
                    l.has_tok(Cat::TruceNoun, t, k)
                        || l.has_tok(Cat::AgreementNoun, t, k)
                        || l.has_tok(Cat::AttemptNoun, t, k)
                });
                let times = after < end
                    && l.has_tok(Cat::RepetitionNoun, t, after)
                    && (after + 1..(after + 4).min(end)).any(|k| l.has_tok(Cat::ClaimAgreed, t, k));
                match q.role {
                    NumRole::Count if is_named && (near_truce || times) => {
                        if let Some(v) = q.low.filter(|v| (2..=50).contains(v)) {
                            count = Some(v as u32);
                        }
                    }
                    NumRole::Ordinal if near_truce => ordinal = q.low.map(|v| v as u32),
                    _ => {}
                }
            }
            if count.is_none()
                && is_named
                && (start..end).any(|k| l.has_tok(Cat::TwiceAdverb, t, k))
            {
                count = Some(2);
            }
            let newness = (start..end).any(|k| {
                l.has_tok(Cat::Newness, t, k)
                    && (k + 1..(k + 4).min(end)).any(|j| {
                        l.has_tok(Cat::TruceNoun, t, j)
                            || l.has_tok(Cat::TalksNoun, t, j)
                            || l.has_tok(Cat::AgreementNoun, t, j)
                    })
            });
            // an earlier attempt: "a previous truce", "an earlier ceasefire" (just before the truce word)
            let earlier = is_named
                && (a.saturating_sub(3).max(start)..a)
                    .any(|k| l.has_tok(Cat::EarlierAttempt, t, k));
            // the attempt's own date: one next to the trigger ("the ceasefire of 10 October") or
            // after a verb that makes it ("agreed on Friday", "came into force on Saturday") — not
            // the day a speaker spoke or a violation happened
            let ds = dates(t, start, end, c.date);
            let attached = |d: &crate::dates::DateMention| {
                // (next to it, unless a modal comes between: "the ceasefire will start on ...")
                let near = if d.first > b {
                    d.first - b <= 3 && !(b + 1..d.first).any(|k| l.has_tok(Cat::ClaimHedge, t, k))
                } else {
                    a.saturating_sub(d.last) <= 2
                };
                // a verb of making up to ten tokens back, in the same clause ("brokered by Egypt and
                // Qatar in Cairo on Thursday")
                let mut made = false;
                let mut k = d.first;
                while k > start && d.first - k < 10 && !is_boundary(t.norm(k - 1)) {
                    k -= 1;
                    // (a start to come, "will start on 1 October", is not the day it was made)
                    if (l.at(Cat::ClaimAgreed, t, k, d.first).is_some()
                        || l.at(Cat::ClaimRunning, t, k, d.first).is_some())
                        && !hedged(c, start, k)
                        && !l.has_tok(Cat::ClaimHedge, t, k)
                    {
                        made = true;
                        break;
                    }
                }
                // (an end date, "until 12 January", is not the day it was made)
                let until = d.first > start && l.has_tok(Cat::UntilWord, t, d.first - 1);
                (near || made) && !until
            };
            let date = ds
                .iter()
                .filter(|d| attached(d))
                .min_by_key(|d| {
                    let dist = if d.first > b {
                        d.first - b
                    } else {
                        a.saturating_sub(d.last)
                    };
                    (dist, d.first < a)
                })
                .map(|d| d.value)
                .map(|v| ahead(v, c.date));
            // historical: a past year next to the trigger ("the 1994 ceasefire", "a truce agreed in
            // 2015"), not one of another clause ("since the war began in 2011")
            let past = past_year_near(c, a.saturating_sub(8).max(start), (b + 9).min(end));
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
            // parties: the states and armed groups a sentence that names the attempt speaks of — not
            // a place it happens in ("strikes in Gaza"), a broker, or a state's adjective; a sentence
            // that only refers back names states for other reasons
            let parties: Vec<String> = {
                let mut p: Vec<String> = Vec::new();
                if is_named {
                    for e in c.ents_in(start, end) {
                        let kind_ok = matches!(
                            e.kind,
                            crate::report::ActorKind::State | crate::report::ActorKind::ArmedGroup
                        );
                        let role_ok = !matches!(e.role, Role::Adjective | Role::Pronoun);
                        let place = e.first > start && l.has_tok(Cat::VenuePrep, t, e.first - 1)
                            || (e.first > start + 1
                                && l.has_tok(Cat::DefiniteArticle, t, e.first - 1)
                                && l.has_tok(Cat::VenuePrep, t, e.first - 2));
                        if kind_ok
                            && role_ok
                            && !place
                            && !brokers.contains(&e.actor)
                            && !p.contains(&e.actor)
                        {
                            p.push(e.actor.clone());
                        }
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
            let family = family(c, &tr, start, end);
            out.push(Mention {
                sent: si,
                claim,
                quote: c.quote(qa, qb),
                noun: tr.noun,
                count,
                ordinal,
                newness,
                earlier,
                date,
                venue: venue(c, start, end),
                brokers,
                parties,
                scope,
                named: is_named,
                family,
            });
        }
    }
    out
}

/// A truce is often dated a few days ahead of the article ("a ceasefire starting October 19" in
/// an article of 17 October): a day-and-month resolved to almost a year before the article is
/// that day of the article's year when it falls within two months after it.
fn ahead(v: DateValue, article: Option<crate::dates::Date>) -> DateValue {
    let (DateValue::Day(d), Some(art)) = (v, article) else {
        return v;
    };
    if d.y + 1 != art.y {
        return v;
    }
    let Some(next) = crate::dates::Date::parse_iso(&format!("{:04}-{:02}-{:02}", art.y, d.m, d.d))
    else {
        return v;
    };
    if (0..=60).contains(&(next.days() - art.days())) {
        DateValue::Day(next)
    } else {
        v
    }
}

/// A past year in tokens `from..to` that dates an event: not the start of a span the present
/// continues ("since 2011") nor a number glued to a word ("a 2000-strong force").
fn past_year_near(c: &Ctx, from: usize, to: usize) -> Option<i32> {
    let t = c.t();
    (from..to)
        .filter(|&i| t.kind(i) == Some(TokKind::Number))
        .filter(|&i| !(i + 1 < t.len() && t.toks[i + 1].glued && t.norm(i + 1) == "-"))
        .filter(|&i| !(i > 0 && lexicon().has_tok(Cat::OnsetPrep, t, i - 1)))
        .filter_map(|i| c.past_year(i, (i + 2).min(t.len())))
        .min()
}

/// Widen a trigger's span to its clause: up to 7 tokens each way, stopping at punctuation.
fn clause_window(c: &Ctx, a: usize, b: usize, start: usize, end: usize) -> (usize, usize) {
    let t = c.t();
    let l = lexicon();
    let stop = |i: usize| {
        let w = t.norm(i);
        is_boundary(w) || w == "," || w == "\"" || l.has_tok(Cat::TruceClauseStop, t, i)
    };
    let mut qa = a;
    while qa > start && a - qa < 7 && !stop(qa - 1) {
        qa -= 1;
    }
    let mut qb = b;
    while qb + 1 < end && qb - b < 7 && !stop(qb + 1) {
        qb += 1;
    }
    // never cut inside a hyphenated word
    while qa > start && t.toks[qa].glued && !stop(qa - 1) {
        qa -= 1;
    }
    while qb + 1 < end && t.toks[qb + 1].glued && !stop(qb + 1) {
        qb += 1;
    }
    (qa, qb)
}

#[cfg(test)]
mod tests {
    use crate::{analyze, ArticleInput, Claim, TruceMention};
    use expect_test::expect;

    fn mentions(text: &str) -> Vec<TruceMention> {
        let r = analyze(&[ArticleInput {
            id: "t".into(),
            text: text.into(),
            date: Some("2024-06-15".into()),
            ..Default::default()
        }]);
        r.truces.into_iter().flat_map(|t| t.mentions).collect()
    }

    /// The mentions of a text, one line each: the claim and the quote.
    fn check(text: &str, want: expect_test::Expect) {
        let lines: Vec<String> = mentions(text)
            .iter()
            .map(|m| {
                let claim = serde_json::to_value(m.claim).unwrap_or_default();
                format!("{} \"{}\"", claim.as_str().unwrap_or("-"), m.quote)
            })
            .collect();
        want.assert_eq(&lines.join("\n"));
    }

    /// Two sentences that name an attempt: an article about it, whose references count.
    const ABOUT: &str =
        "The two sides signed a ceasefire on Friday.\n\nThe truce took effect at midnight.\n\n";

    fn one(text: &str) -> TruceMention {
        let m = mentions(text);
        assert_eq!(m.len(), 1, "one mention in {text:?}: {m:?}");
        m.into_iter().next().unwrap()
    }

    #[test]
    fn scare_quotes_inside_the_name_of_an_attempt_keep_it_one_attempt() {
        let r = crate::analyze(&[ArticleInput {
            id: "q".into(),
            text: "Egypt proposed an \"immediate cessation\" of hostilities in Gaza.\n\nThe \
                   cessation of hostilities was to begin on Friday."
                .into(),
            date: Some("2024-06-15".into()),
            ..Default::default()
        }]);
        let kinds: Vec<&str> = r.truces.iter().map(|t| t.what.as_str()).collect();
        assert_eq!(kinds, ["cessation of hostilities"]);
        assert_eq!(r.truces.first().map_or(0, |t| t.mentions.len()), 2);
    }

    #[test]
    fn an_envoys_mission_is_a_mention_without_a_claim() {
        assert_eq!(
            one("The envoy arrived in the capital to try to broker a cease-fire.").claim,
            None
        );
    }

    #[test]
    fn agreements_never_kept_are_violated() {
        assert_eq!(
            one("The two sides signed a truce in March, but without honouring it.").claim,
            Some(Claim::Violated)
        );
        assert_eq!(
            one("Both factions accepted the ceasefire but never implemented it.").claim,
            Some(Claim::Violated)
        );
    }

    #[test]
    fn a_party_that_will_observe_a_truce_names_one() {
        // its own word, not a call on others
        assert_eq!(
            one("The army said it would observe a three-day truce for the holiday.").claim,
            None
        );
        // a call on others to honour an indefinite truce names none
        assert!(mentions("France urged both sides to respect a ceasefire.").is_empty());
    }

    #[test]
    fn a_plural_noun_keeps_its_form() {
        let r = analyze(&[ArticleInput {
            id: "t".into(),
            text: "The two armies agreed a cessation of hostilities on Monday.".into(),
            ..Default::default()
        }]);
        assert_eq!(r.truces.len(), 1);
        assert_eq!(r.truces[0].what, "cessation of hostilities");
        assert_eq!(super::singular("ceasefires"), "ceasefire");
        assert_eq!(super::singular("peace talks"), "peace talks");
    }

    #[test]
    fn defied_the_truce_is_a_violation() {
        assert_eq!(
            one("Fighters defied the truce within hours.").claim,
            Some(Claim::Violated)
        );
        assert_eq!(
            one("Shells fell on the town in violation of the ceasefire.").claim,
            Some(Claim::Violated)
        );
    }

    #[test]
    fn an_effort_to_keep_a_truce_names_it() {
        // salvaging or extending a truce presupposes it; securing one seeks a new one (a stance)
        check(
            "The talks were an attempt to salvage a wider cessation of hostilities agreement.",
            expect_test::expect![[
                r#"- "were an attempt to salvage a wider cessation of hostilities agreement""#
            ]],
        );
        check(
            "Diplomats made repeated attempts to secure a ceasefire.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn a_call_to_honour_a_truce_is_a_mention_without_a_claim() {
        assert_eq!(
            one("He calls on all sides to observe the ceasefire.").claim,
            None
        );
        // a call for a truce not yet attempted is a stance (call_ceasefire), not an attempt
        assert!(mentions("The minister repeated his call for a truce.").is_empty());
        assert!(
            mentions("Fighting went on despite repeated attempts to secure a ceasefire.")
                .is_empty()
        );
    }

    #[test]
    fn a_humanitarian_pause_is_a_mention() {
        assert_eq!(
            one("The army said a humanitarian pause would let convoys in.").claim,
            None
        );
        assert_eq!(
            one("The army began daily tactical pauses in three areas.").claim,
            Some(Claim::Partial)
        );
    }

    #[test]
    fn a_holding_cessation_is_agreed() {
        assert_eq!(
            one("Officials said the cessation of hostilities was largely holding.").claim,
            Some(Claim::Agreed)
        );
    }

    #[test]
    fn a_hedged_claim_asserts_nothing() {
        assert_eq!(
            one("The ceasefire agreement will be announced later in the day.").claim,
            None
        );
        assert_eq!(
            one("Rebels warned of a second front if the truce failed.").claim,
            None
        );
        assert_eq!(
            one("The truce was in danger of collapse because of attacks.").claim,
            Some(Claim::Violated)
        );
    }

    #[test]
    fn references_count_once_an_article_is_about_a_truce() {
        let text = "The two sides signed a ceasefire on Friday.\n\nThe truce took effect at midnight.\n\n\
                    Mediators said the agreement was holding.\n\nNegotiators will meet again next week to discuss the talks.\n\n\
                    The weather was cold.";
        let m = mentions(text);
        assert_eq!(m.len(), 4, "{m:?}");
        // without a named attempt, "the talks" alone is not a truce mention
        assert!(mentions("The talks on trade resumed on Monday.").is_empty());
    }

    #[test]
    fn a_section_headed_negotiations_speaks_of_the_talks() {
        let text = "Key Events\n\nNegotiations\n\nThe delegations met in the capital on Tuesday.\n\nBoth sides exchanged written positions.\n\nEconomy\n\nPrices rose.";
        let m = mentions(text);
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(m.iter().all(|m| m.claim.is_none()));
    }

    #[test]
    fn a_ceasefire_in_other_words_is_agreed() {
        assert_eq!(
            one("The two armies agreed to stop all firing and military action from Saturday.")
                .claim,
            Some(Claim::Agreed)
        );
    }

    #[test]
    fn clauses_that_name_two_attempts_give_two_mentions() {
        let m = mentions("Rebels shelled the port; the sides agreed to reopen the crossings; the president announced a truce in the capital.");
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(m
            .iter()
            .all(|x| x.evidence.sentence == m[0].evidence.sentence));
    }

    #[test]
    fn talks_under_way_assert_no_outcome() {
        assert_eq!(
            one("Talks on a ceasefire began in the capital.").claim,
            None
        );
    }

    #[test]
    fn a_hyphenated_broker() {
        let r = analyze(&[ArticleInput {
            id: "t".into(),
            text: "Israel said Hamas had broken the US-brokered ceasefire deal.".into(),
            ..Default::default()
        }]);
        assert_eq!(r.truces.len(), 1);
        assert_eq!(r.truces[0].brokers, vec!["USA".to_string()]);
        assert_eq!(r.truces[0].mentions[0].claim, Some(Claim::Violated));
    }

    #[test]
    fn a_ceasefire_line_is_a_place_not_an_attempt() {
        assert!(mentions("The ceasefire line runs through the village.").is_empty());
        assert!(
            !mentions("The ceasefire line was quiet after the ceasefire took hold.").is_empty()
        );
    }

    #[test]
    fn a_ceasefire_in_other_words() {
        assert!(!mentions(
            "Kenya and Uganda reached an understanding to stop all firing along the border."
        )
        .is_empty());
        assert!(
            !mentions("Both countries agreed to a cessation of firing along the border.")
                .is_empty()
        );
        assert!(
            !mentions("The rebels signed a reconciliation agreement with the government.")
                .is_empty()
        );
        assert!(
            !mentions("The guns fell silent across the frontier on Saturday evening.").is_empty()
        );
        // an understanding of something else is none
        assert!(mentions("The two ministers reached an understanding on trade.").is_empty());
    }

    #[test]
    fn an_understanding_or_arrangement_refers_back_to_the_attempt() {
        let text = "Kenya and Uganda agreed to stop all firing along the border.\n\nUganda accused Kenya of violating the agreement.\n\nThe understanding was announced by the foreign minister.\n\nAnalysts said the arrangement was fragile.";
        assert_eq!(mentions(text).len(), 4, "{:?}", mentions(text));
    }

    #[test]
    fn a_misspelt_ceasefire_is_a_ceasefire() {
        check(
            "Both armies said they had agreed on an immediate ceasfire.",
            expect![[r#"agreed "said they had agreed on an immediate ceasfire""#]],
        );
    }

    #[test]
    fn the_implementation_of_a_truce_names_it() {
        // implementing a truce presupposes one: no effort toward a new one
        check(
            "The minister said smooth implementation of the ceasefire needs both armies.",
            expect![[
                r#"- "The minister said smooth implementation of the ceasefire needs both armies""#
            ]],
        );
        // mechanisms to verify it are still a general effort
        check(
            "They discussed mechanisms to verify the implementation of the ceasefire.",
            expect![[""]],
        );
    }

    #[test]
    fn a_heading_with_words_of_its_own_is_a_mention_not_a_section() {
        check(
            "Rebels shell the port\n\nRebels shelled the port on Monday.\n\nDoubts over peace talks\n\n\
             The new commander is a former judge.\n\nHe has many followers.",
            expect![[r#"- "Doubts over peace talks""#]],
        );
    }

    #[test]
    fn a_determiner_is_found_past_quotes_and_hyphens_not_past_a_preposition() {
        check(
            &format!("{ABOUT}Kyiv mocked the \"low-level\" delegation sent to the capital."),
            expect![[r#"
                agreed "The two sides signed a ceasefire on Friday"
                agreed "The truce took effect at midnight"
                - "delegation sent to the capital""#]],
        );
        check(
            &format!("{ABOUT}The rivals held their first face-to-face talks in years."),
            expect![[r#"
                agreed "The two sides signed a ceasefire on Friday"
                agreed "The truce took effect at midnight"
                - "their first face-to-face talks in years""#]],
        );
        check(
            &format!("{ABOUT}The issue angered the EU in talks about a trade deal."),
            expect![[r#"
                agreed "The two sides signed a ceasefire on Friday"
                agreed "The truce took effect at midnight""#]],
        );
    }

    #[test]
    fn a_breach_of_a_law_or_a_creed_is_no_violation() {
        check(
            &format!(
                "{ABOUT}The group punished members for breaching its strict code of conduct.\n\n\
                 Rights violations were reported in the north.\n\nBoth accused the other of violations."
            ),
            expect![[r#"
                agreed "The two sides signed a ceasefire on Friday"
                agreed "The truce took effect at midnight"
                violated "Both accused the other of violations""#]],
        );
    }

    #[test]
    fn brokered_refers_back_to_the_attempt() {
        check(
            &format!("{ABOUT}The minister said it had been brokered by Qatar."),
            expect![[r#"
                agreed "The two sides signed a ceasefire on Friday"
                agreed "The truce took effect at midnight"
                agreed "The minister said it had been brokered by Qatar""#]],
        );
    }

    #[test]
    fn agreeing_a_prisoner_swap_is_a_narrower_pledge() {
        check(
            "The delegations met for an hour, agreeing a prisoner swap and nothing more.",
            expect![[r#"partial "agreeing a prisoner swap and nothing more""#]],
        );
    }

    #[test]
    fn a_call_for_a_truce_of_set_length_names_a_proposal() {
        check(
            "Envoys flew in to press calls for a 30-day-ceasefire.",
            expect![[r#"- "calls for a 30-day-ceasefire""#]],
        );
        check(
            "The council called for a three-day truce.",
            expect![[r#"- "The council called for a three-day truce""#]],
        );
        // a call for a truce of no set terms stays a stance
        check("The council called for a truce.", expect![[""]]);
    }

    #[test]
    fn bare_talks_refer_back_unless_they_have_another_topic() {
        check(
            &format!(
                "{ABOUT}The envoy flew to the capital for talks on Wednesday.\n\n\
                 The minister was in talks about a landmark deal to curb smuggling.\n\n\
                 She also held trade talks in Paris.\n\n\
                 The president requested urgent talks with his ally over military help."
            ),
            expect![[r#"
                - "The envoy flew to the capital for talks on Wednesday"
                agreed "The two sides signed a ceasefire on Friday"
                agreed "The truce took effect at midnight""#]],
        );
    }

    #[test]
    fn a_motion_aimed_at_halting_attacks_is_an_attempt() {
        check(
            "One member vetoed a draft resolution aimed at halting the bombardment of the port.",
            expect![[
                r#"failed "One member vetoed a draft resolution aimed at halting the bombardment of the port""#
            ]],
        );
        // an operation aimed at stopping attacks is war, not a truce
        check(
            "The army launched an operation aimed at stopping rebel attacks.",
            expect![[""]],
        );
    }

    #[test]
    fn a_ceasefire_and_talks_joined_as_subjects_are_two_mentions() {
        check(
            "The truce and the Rome talks were the only hope, the envoy said.",
            expect![[r#"
                - "The truce and the Rome talks were the only"
                - "The truce and the Rome talks were the only hope""#]],
        );
        check(
            "The ceasefire collapsed in May along with peace negotiations.",
            expect![[r#"
                collapsed "The ceasefire collapsed in May along with peace negotiations"
                collapsed "The ceasefire collapsed in May along with peace negotiations""#]],
        );
        // talks on the ceasefire are talks toward it: one mention
        check(
            "The ceasefire came after talks on a truce in the capital.",
            expect![[r#"- "The ceasefire came after talks on a truce in""#]],
        );
    }

    #[test]
    fn a_call_on_a_word_that_refers_back_names_the_attempt() {
        check(
            &format!("{ABOUT}The premier urged the rebel chief to join talks."),
            expect![[r#"
                agreed "The two sides signed a ceasefire on Friday"
                agreed "The truce took effect at midnight"
                - "premier urged the rebel chief to join talks""#]],
        );
    }

    #[test]
    fn talks_with_an_outcome_of_their_own_are_a_second_mention() {
        check(
            "The envoy asked both powers to shore up the truce to save the peace talks, which broke up with no progress.",
            expect![[r#"
                - "asked both powers to shore up the truce to save the peace talks"
                failed "peace talks""#]],
        );
    }

    #[test]
    fn ended_in_failure_is_a_failure() {
        check(
            "The mediators' bid to extend the truce ended in failure on Sunday.",
            expect![[
                r#"failed "The mediators' bid to extend the truce ended in failure on Sunday""#
            ]],
        );
    }

    #[test]
    fn confirming_a_truce_asserts_it_and_ruling_out_talks_fails_them() {
        check(
            "Confirming the truce, the minister said both armies had held their fire.",
            expect![[r#"agreed "Confirming the truce""#]],
        );
        check(
            "The rebels ruled out joining peace talks with the government.",
            expect![[r#"failed "The rebels ruled out joining peace talks with the government""#]],
        );
        // a hedged confirmation asserts nothing
        check(
            "The truce could not be confirmed by the monitors.",
            expect![[r#"- "The truce could not be confirmed by the monitors""#]],
        );
    }
}
