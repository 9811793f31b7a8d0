//! Actor stances: who said or did what about the conflict, toward whom.
//!
//! Takes: a [`Ctx`].
//! Gives: [`Stance`]s typed with the guide's vocabulary — offer_aid, request_aid, call_ceasefire,
//! accuse, deny, reject_intervention, warn, no_comment, demand — each with the actor (a canonical
//! id), the speaker as written, and the target when the sentence names one.
//! Invariants: the actor is the speaker of a quotation (its attribution) or the subject of the
//! trigger verb (the nearest entity before it that is not the object of a preposition), passing
//! through pronouns to the entity they refer to; a stance without a resolvable actor is dropped,
//! never guessed; an actor is never its own target.

use super::{is_boundary, Ctx};
use crate::actors::{Entity, Role};
use crate::lexicon::lexicon;
use crate::report::{ActorKind, Stance, StanceType};

const PREPS: &[&str] = &[
    "to", "with", "of", "in", "from", "on", "at", "for", "against", "between", "by", "into",
    "over", "under", "about", "than", "toward", "towards", "near", "like",
];

/// Quotation spans of the sentence, as token ranges (inclusive of the marks).
fn quote_spans(c: &Ctx, start: usize, end: usize) -> Vec<(usize, usize)> {
    let t = c.t();
    let marks: Vec<usize> = (start..end).filter(|&i| t.norm(i) == "\"").collect();
    marks.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

fn is_subject_candidate(c: &Ctx, e: &Entity, start: usize) -> bool {
    let t = c.t();
    if e.role == Role::Adjective {
        return false;
    }
    if e.first > start {
        let p = t.norm(e.first - 1);
        // "a statement from X", "a letter from X": X speaks
        let speaks_from = p == "from"
            && e.first >= start + 2
            && matches!(
                t.norm(e.first - 2),
                "statement"
                    | "letter"
                    | "announcement"
                    | "message"
                    | "spokesman"
                    | "spokeswoman"
                    | "official"
                    | "officials"
            );
        if PREPS.contains(&p) && !speaks_from {
            return false;
        }
    }
    // "Azerbaijan's ally Turkey": an owner followed by another entity is not the subject;
    // "Moscow's announcement" is Moscow speaking
    if e.last + 1 < t.len() && t.norm(e.last + 1) == "'s" {
        let next_entity = c
            .ents
            .iter()
            .any(|o| o.first > e.last && o.first <= e.last + 4);
        if next_entity {
            return false;
        }
    }
    true
}

fn in_quote(spans: &[(usize, usize)], i: usize) -> bool {
    spans.iter().any(|&(a, b)| a < i && i < b)
}

/// The subject of a verb at `v`: the nearest subject-like entity before it in the sentence,
/// outside quotations (unless `v` is itself inside the same one).
fn subject_before<'a>(c: &'a Ctx, start: usize, v: usize) -> Option<&'a Entity> {
    let k = c.doc.sents.partition_point(|s| s.last <= v);
    let end = c.doc.sents.get(k).map(|s| s.last).unwrap_or(v + 1);
    let spans = quote_spans(c, start, end);
    let vq = spans.iter().find(|&&(a, b)| a < v && v < b).copied();
    c.ents.iter().rev().find(|e| {
        e.first >= start
            && e.last < v
            && is_subject_candidate(c, e, start)
            && match vq {
                Some((a, b)) => a < e.first && e.last < b,
                None => !in_quote(&spans, e.first),
            }
    })
}

/// The speaker of a quotation from its attribution: `"…," the ministry said` / `said X` /
/// `X said: "…"` / `he told AFP`.
fn attribution<'a>(c: &'a Ctx, start: usize, end: usize, q: (usize, usize)) -> Option<&'a Entity> {
    let t = c.t();
    let l = lexicon();
    // after the closing mark: up to the sentence end
    let after = c.ents.iter().find(|e| {
        e.first > q.1
            && e.last < end
            && e.role != Role::Adjective
            && (q.1 + 1..e.first.max(q.1 + 1)).all(|k| !is_boundary(t.norm(k)))
    });
    let speech_after = (q.1 + 1..end).any(|k| l.has_tok("speech_verb", t, k));
    if let (Some(e), true) = (after, speech_after) {
        return Some(e);
    }
    // before the opening mark: "X said (that) "…"", "A statement from X stated that "…""
    let speech_before = (start..q.0).rev().find(|&k| l.has_tok("speech_verb", t, k));
    if let Some(v) = speech_before {
        // ", detailing "…"": a participle's subject is the sentence's subject
        if t.norm(v).ends_with("ing") {
            if let Some(e) = c
                .ents
                .iter()
                .find(|e| e.first >= start && e.last < v && is_subject_candidate(c, e, start))
            {
                return Some(e);
            }
        }
        return subject_before(c, start, v).or_else(|| {
            c.ents
                .iter()
                .find(|e| e.first >= start && e.last < v && e.role != Role::Adjective)
        });
    }
    None
}

/// The actor for a trigger at token `v`.
fn actor_for(c: &Ctx, start: usize, end: usize, v: usize) -> Option<Entity> {
    for q in quote_spans(c, start, end) {
        if q.0 < v && v < q.1 {
            // the quote's own subject ("Russia will provide ..."), else its speaker
            return direct_subject(c, q.0 + 1, v)
                .or_else(|| attribution(c, start, end, q).cloned());
        }
    }
    direct_subject(c, start, v)
}

/// The actor of a warning: "X warned that further attacks would lead to ..." — the subject of
/// the reporting verb when the modal's own subject is not an actor.
fn warner(c: &Ctx, start: usize, end: usize, v: usize) -> Option<Entity> {
    actor_for(c, start, end, v).or_else(|| {
        let l = lexicon();
        let sv = (start..v)
            .rev()
            .find(|&k| l.has_tok("speech_verb", c.t(), k))?;
        direct_subject(c, start, sv)
    })
}

/// Adverbs, auxiliaries and time words that may stand between a subject and its verb.
const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "again",
    "formally",
    "reportedly",
    "officially",
    "further",
    "then",
    "later",
    "earlier",
    "on",
    "saturday",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "today",
    "yesterday",
    "morning",
    "evening",
    "night",
    "afternoon",
    "however",
    ",",
    "repeatedly",
    "publicly",
    "strongly",
    "immediately",
    "previously",
    "swiftly",
    "quickly",
    "on",
    "late",
    "will",
    "would",
    "could",
    "may",
    "might",
    "is",
    "was",
    "were",
    "are",
    "not",
    "been",
    "it",
    "they",
    "said",
    "says",
    "say",
    "stated",
    "added",
    "announced",
    "told",
    "reiterated",
    "claimed",
    "insisted",
];

/// The subject of the verb at `v`: the entity that ends right before it (past adverbs,
/// auxiliaries, time words and parentheticals); for a verb after "and", "that" or a relative
/// clause, the clause's subject; none when a plain noun stands there ("its ally requested").
fn direct_subject(c: &Ctx, start: usize, v: usize) -> Option<Entity> {
    let t = c.t();
    let mut k = v;
    let mut depth_comma = 0;
    while k > start {
        k -= 1;
        if let Some(e) = c.ent_at(k) {
            if e.role == Role::Adjective {
                return None;
            }
            return Some(e.clone())
                .filter(|e| is_subject_candidate(c, e, start) || depth_comma > 0);
        }
        let w = t.norm(k);
        if w == "," {
            depth_comma += 1;
            // a parenthetical ", however," / ", which ... ,": skip back to the entity before it
            if let Some(e) = c
                .ents
                .iter()
                .rev()
                .find(|e| e.first >= start && e.last < k && is_subject_candidate(c, e, start))
            {
                let between_ok =
                    (e.last + 1..k).all(|j| !matches!(t.norm(j), "said" | "says" | "\""));
                if between_ok && depth_comma <= 2 {
                    return Some(e.clone());
                }
            }
            continue;
        }
        if matches!(w, "and" | "that" | "which" | "who" | "but")
            || crate::numbers::month(w).is_some()
            || t.kind(k) == Some(crate::tokens::TokKind::Number)
        {
            if matches!(w, "and" | "that" | "which" | "who" | "but") {
                return subject_before(c, start, k).cloned();
            }
            continue;
        }
        if BETWEEN.contains(&w) {
            continue;
        }
        return None;
    }
    None
}

/// The first entity after `from` (before `to`) that is not the actor and not an adjective.
fn object_after(c: &Ctx, from: usize, to: usize, actor: &str) -> Option<String> {
    c.ents
        .iter()
        .find(|e| e.first >= from && e.last < to && e.actor != actor && e.role != Role::Adjective)
        .map(|e| e.actor.clone())
}

/// Another state of the sentence (for "asked for help" whose addressee is named elsewhere).
fn other_state(c: &Ctx, start: usize, end: usize, actor: &str) -> Option<String> {
    c.ents
        .iter()
        .find(|e| {
            e.first >= start && e.last < end && e.actor != actor && e.kind == ActorKind::State
        })
        .map(|e| e.actor.clone())
}

struct Found {
    kind: StanceType,
    at: usize,
    last: usize,
    actor: Entity,
    target: Option<String>,
}

/// Every stance of the article: (sentence index, stance without id).
pub fn stances(c: &Ctx) -> Vec<(usize, Stance)> {
    let t = c.t();
    let l = lexicon();
    let mut out = Vec::new();
    let mut prev_subject: Option<Entity> = None;
    for (si, s) in c.doc.sents.iter().enumerate() {
        let sc = c.sentence(s);
        let c = &sc;
        // headings restate the body without attribution: stances come from body sentences
        if s.heading {
            continue;
        }
        let (start, end) = (s.first, s.last);
        let mut found: Vec<Found> = Vec::new();
        let has_at = |cat: &'static str, i: usize| l.at(cat, t, i, end);
        let request_at = (start..end).find(|&i| {
            has_at("request_verb", i).is_some()
                && l.find("request_object", t, i, (i + 14).min(end)).is_some()
        });
        let mut i = start;
        while i < end {
            let w = t.norm(i);
            // offer_aid: "will provide (all necessary) assistance", "help would be provided"
            if let Some(n) =
                has_at("offer_verb", i).filter(|_| !matches!(w, "help" | "support" | "assist"))
            {
                let aid = (i + n..(i + n + 8).min(end)).find(|&k| has_at("aid_noun", k).is_some());
                let modal = (i.saturating_sub(4).max(start)..i).any(|k| {
                    matches!(
                        t.norm(k),
                        "will"
                            | "would"
                            | "could"
                            | "ready"
                            | "prepared"
                            | "pledged"
                            | "promised"
                            | "offered"
                            | "willing"
                            | "can"
                    )
                });
                let in_request = request_at.is_some_and(|r| r < i);
                if let (Some(k), true, false) = (aid, modal, in_request) {
                    let can_relative =
                        (i.saturating_sub(4).max(start)..i).any(|j| t.norm(j) == "which");
                    if !can_relative {
                        if let Some(a) = actor_for(c, start, end, i) {
                            let target = object_after(c, i + 1, end, &a.actor)
                                .or_else(|| other_state(c, start, end, &a.actor));
                            found.push(Found {
                                kind: StanceType::OfferAid,
                                at: i,
                                last: k,
                                actor: a,
                                target,
                            });
                        }
                        i = k + 1;
                        continue;
                    }
                }
            }
            if let Some(n) = has_at("aid_noun", i) {
                // passive: "help would be provided", "formats of assistance ... would be discussed"
                let j = i + n;
                let passive = (j..(j + 6).min(end)).any(|k| matches!(t.norm(k), "would" | "will"))
                    && (j..(j + 8).min(end)).any(|k| {
                        matches!(
                            t.norm(k),
                            "provided"
                                | "given"
                                | "rendered"
                                | "sent"
                                | "discussed"
                                | "delivered"
                                | "supplied"
                        )
                    });
                if passive && request_at.is_none_or(|r| r > i) {
                    if let Some(a) =
                        actor_for(c, start, end, i).or_else(|| subject_before(c, start, i).cloned())
                    {
                        let target = object_after(c, i + 1, end, &a.actor)
                            .or_else(|| other_state(c, start, end, &a.actor));
                        found.push(Found {
                            kind: StanceType::OfferAid,
                            at: i,
                            last: j,
                            actor: a,
                            target,
                        });
                        i = j + 1;
                        continue;
                    }
                }
            }
            // request_aid
            if Some(i) == request_at {
                let n = has_at("request_verb", i).unwrap_or(1);
                if let Some(a) = actor_for(c, start, end, i) {
                    let obj_end = l
                        .find("request_object", t, i, (i + 14).min(end))
                        .map(|(k, m)| k + m)
                        .unwrap_or(end);
                    let target = object_after(c, i + n, obj_end.max(i + n + 1), &a.actor)
                        .or_else(|| other_state(c, start, end, &a.actor));
                    found.push(Found {
                        kind: StanceType::RequestAid,
                        at: i,
                        last: obj_end.saturating_sub(1),
                        actor: a,
                        target,
                    });
                }
                i += n;
                continue;
            }
            // call_ceasefire
            if let Some(n) = has_at("call_verb", i) {
                if let Some((k, m)) = l.find("ceasefire_object", t, i + n, (i + n + 10).min(end)) {
                    if let Some(a) = actor_for(c, start, end, i) {
                        found.push(Found {
                            kind: StanceType::CallCeasefire,
                            at: i,
                            last: k + m - 1,
                            actor: a,
                            target: None,
                        });
                    }
                    i = k + m;
                    continue;
                }
            }
            // accuse: "accused X of", "accused each other"
            if let Some(n) = has_at("accuse_verb", i) {
                let each_other = i + n + 1 < end
                    && ((t.norm(i + n) == "each" && t.norm(i + n + 1) == "other")
                        || (t.norm(i + n) == "one" && t.norm(i + n + 1) == "another"));
                if each_other {
                    // the coordinated entities right before the verb: "Yerevan and Baku accused each other"
                    let mut subs: Vec<Entity> = Vec::new();
                    let mut k = i;
                    while k > start {
                        k -= 1;
                        if let Some(e) = c.ent_at(k) {
                            subs.insert(0, e.clone());
                            k = e.first;
                            continue;
                        }
                        if t.norm(k) != "and" && t.norm(k) != "," {
                            break;
                        }
                    }
                    if subs.len() == 2 {
                        found.push(Found {
                            kind: StanceType::Accuse,
                            at: i,
                            last: i + n + 1,
                            actor: subs[0].clone(),
                            target: Some(subs[1].actor.clone()),
                        });
                        found.push(Found {
                            kind: StanceType::Accuse,
                            at: i,
                            last: i + n + 1,
                            actor: subs[1].clone(),
                            target: Some(subs[0].actor.clone()),
                        });
                    }
                    i += n + 2;
                    continue;
                }
                let passive = i > start
                    && matches!(
                        t.norm(i - 1),
                        "was" | "were" | "is" | "are" | "been" | "being"
                    );
                if !passive && !matches!(w, "alleged" | "alleges") {
                    if let Some(a) = actor_for(c, start, end, i) {
                        let target = object_after(c, i + n, (i + n + 6).min(end), &a.actor);
                        found.push(Found {
                            kind: StanceType::Accuse,
                            at: i,
                            last: i + n,
                            actor: a,
                            target,
                        });
                    }
                }
                i += n;
                continue;
            }
            // deny: "Baku denied", "X, however, denied the allegations", "a claim that X denies",
            // "accusations strongly rejected by the two countries"
            if let Some(n) = has_at("deny_verb", i) {
                let by = i + n < end && t.norm(i + n) == "by";
                let object_before =
                    (i.saturating_sub(3).max(start)..i).any(|k| l.has_tok("deny_object", t, k));
                let object_after_ =
                    (i + n..(i + n + 3).min(end)).any(|k| l.has_tok("deny_object", t, k));
                if by && object_before {
                    // the agents after "by": states of the sentence when it says "the two countries"
                    let agents: Vec<Entity> = if (i + n..(i + n + 4).min(end))
                        .any(|k| matches!(t.norm(k), "countries" | "sides" | "parties" | "states"))
                    {
                        let mut v: Vec<Entity> = Vec::new();
                        for e in c.ents.iter().filter(|e| {
                            e.first >= start
                                && e.last < i
                                && e.kind == ActorKind::State
                                && matches!(e.role, Role::Name | Role::Capital)
                        }) {
                            if !v.iter().any(|x| x.actor == e.actor) {
                                v.push(e.clone());
                            }
                        }
                        // "the two countries": as many as it says
                        let n = crate::numbers::recognise(t, i + n, (i + n + 4).min(end))
                            .first()
                            .and_then(|q| q.low)
                            .unwrap_or(v.len() as u64);
                        v.truncate(n as usize);
                        v
                    } else {
                        c.ents
                            .iter()
                            .filter(|e| e.first > i && e.last < end)
                            .take(1)
                            .cloned()
                            .collect()
                    };
                    for a in agents {
                        found.push(Found {
                            kind: StanceType::Deny,
                            at: i,
                            last: i + n,
                            actor: Entity { speaker: None, ..a },
                            target: None,
                        });
                    }
                    i += n + 1;
                    continue;
                }
                let rejects_intervention =
                    (i + n..(i + n + 4).min(end)).any(|k| l.has_tok("intervention_noun", t, k));
                let gerund = i + n < end && t.norm(i + n).ends_with("ing");
                if !rejects_intervention
                    && (object_before || object_after_ || gerund || w.starts_with("den"))
                {
                    if let Some(a) = actor_for(c, start, end, i) {
                        found.push(Found {
                            kind: StanceType::Deny,
                            at: i,
                            last: i + n - 1,
                            actor: a,
                            target: None,
                        });
                    }
                    i += n;
                    continue;
                }
            }
            // no_comment
            if let Some(n) = has_at("no_comment", i) {
                if let Some(a) = c
                    .ents
                    .iter()
                    .rev()
                    .find(|e| e.first >= start && e.last < i && e.role != Role::Adjective)
                    .cloned()
                {
                    // the speaker who reported it: "Hikmet Hajiyev ... told AFP that Baku would not comment"
                    let reporter = c
                        .ents
                        .iter()
                        .find(|e| {
                            e.first >= start
                                && e.last < i
                                && e.role == Role::Person
                                && e.actor == a.actor
                        })
                        .cloned();
                    let actor = Entity {
                        speaker: reporter.and_then(|r| r.speaker).or(a.speaker.clone()),
                        ..a
                    };
                    found.push(Found {
                        kind: StanceType::NoComment,
                        at: i,
                        last: i + n - 1,
                        actor,
                        target: None,
                    });
                }
                i += n;
                continue;
            }
            // reject_intervention
            let negated_need = matches!(w, "not" | "no")
                && (i + 1..(i + 7).min(end)).any(|k| t.norm(k) == "need")
                && (i + 1..(i + 10).min(end)).any(|k| l.has_tok("intervention_noun", t, k));
            let no_one = (w == "no"
                && i + 1 < end
                && matches!(t.norm(i + 1), "one" | "country" | "outsider"))
                && (i + 2..(i + 5).min(end)).any(|k| {
                    t.norm(k).starts_with("interfer")
                        || t.norm(k).starts_with("interven")
                        || t.norm(k) == "meddle"
                });
            let rejects = (l.has("deny_verb", w) || matches!(w, "opposes" | "opposed" | "oppose"))
                && (i + 1..(i + 5).min(end)).any(|k| l.has_tok("intervention_noun", t, k));
            if negated_need || no_one || rejects {
                if let Some(a) = actor_for(c, start, end, i) {
                    found.push(Found {
                        kind: StanceType::RejectIntervention,
                        at: i,
                        last: (i + 6).min(end - 1),
                        actor: a,
                        target: None,
                    });
                }
                i += 2;
                continue;
            }
            // warn: "would lead to / would mark a significant escalation"
            if matches!(w, "would" | "could" | "will" | "might" | "may") && i + 1 < end {
                let verb = t.norm(i + 1);
                if matches!(
                    verb,
                    "lead"
                        | "mark"
                        | "trigger"
                        | "spark"
                        | "cause"
                        | "mean"
                        | "risk"
                        | "provoke"
                        | "result"
                        | "bring"
                ) {
                    if let Some((k, m)) = l
                        .find("escalation_noun", t, i + 2, (i + 8).min(end))
                        .filter(|(k, _)| !matches!(t.norm(*k), "not" | "interest" | "in"))
                    {
                        if let Some(a) = warner(c, start, end, i) {
                            found.push(Found {
                                kind: StanceType::Warn,
                                at: i,
                                last: k + m - 1,
                                actor: a,
                                target: None,
                            });
                        }
                        i = k + m;
                        continue;
                    }
                }
            }
            if matches!(w, "warned" | "warns" | "cautioned")
                && i + 1 < end
                && matches!(t.norm(i + 1), "of" | "against")
            {
                if let Some(a) = actor_for(c, start, end, i) {
                    found.push(Found {
                        kind: StanceType::Warn,
                        at: i,
                        last: (i + 4).min(end - 1),
                        actor: a,
                        target: None,
                    });
                }
                i += 2;
                continue;
            }
            // demand: "wants the return of", "vowed to recapture", "demanded the withdrawal"
            if let Some(n) = has_at("demand_verb", i) {
                if let Some((k, m)) = l.find("demand_object", t, i + n, (i + n + 4).min(end)) {
                    if let Some(a) = actor_for(c, start, end, i) {
                        let target = object_after(c, k, end, &a.actor).filter(|_| true);
                        found.push(Found {
                            kind: StanceType::Demand,
                            at: i,
                            last: k + m - 1,
                            actor: a,
                            target,
                        });
                    }
                    i = k + m;
                    continue;
                }
            }
            i += 1;
        }
        // accusations by report: "X said/reiterated/claimed that Y was backing Z", "Y is using
        // ... terrorists", "the X-Y aggression"
        accusations_by_report(c, start, end, &mut found);
        // resolve "it"-subjects: the previous sentence's subject
        for f in &mut found {
            if f.actor.role == Role::Pronoun
                && f.actor.kind != ActorKind::Person
                && f.actor.person.is_none()
            {
                if let Some(p) = &prev_subject {
                    f.actor = p.clone();
                }
            }
        }
        found.sort_by_key(|f| f.at);
        // coordinated subjects speak together: "Egypt and Qatar ... called on"
        let mut extra: Vec<Found> = Vec::new();
        for f in &found {
            let mut k = f.actor.first;
            // "X and Y", "X, Y and Z": the word right before the actor must be "and"
            if k < start + 2 || t.norm(k - 1) != "and" {
                continue;
            }
            while k >= start + 2 && matches!(t.norm(k - 1), "and" | ",") {
                let Some(e) = c.ent_at(k - 2) else { break };
                if e.kind != f.actor.kind
                    || e.role == Role::Adjective
                    || f.target.as_deref() == Some(e.actor.as_str())
                {
                    break;
                }
                extra.push(Found {
                    kind: f.kind,
                    at: f.at,
                    last: f.last,
                    actor: e.clone(),
                    target: f.target.clone(),
                });
                k = e.first;
            }
        }
        found.extend(extra);
        // one record per actor, type and target in a sentence
        let mut seen: Vec<(String, StanceType, Option<String>)> = Vec::new();
        found.retain(|f| {
            let key = (f.actor.actor.clone(), f.kind, f.target.clone());
            if seen.contains(&key) {
                false
            } else {
                seen.push(key);
                true
            }
        });
        for f in found {
            if f.target.as_deref() == Some(f.actor.actor.as_str()) {
                continue;
            }
            let target = f.target.filter(|t| t != &f.actor.actor);
            let speaker = match f.actor.role {
                Role::Name | Role::Capital if f.actor.kind == ActorKind::State => None,
                _ => f.actor.speaker.clone(),
            };
            out.push((
                si,
                Stance {
                    id: String::new(),
                    evidence: c.doc.evidence(si),
                    actor: f.actor.actor.clone(),
                    speaker,
                    kind: f.kind,
                    target,
                    quote: c.quote(f.at.min(f.actor.first.max(start)), f.last.max(f.at)),
                },
            ));
        }
        if let Some(e) = c
            .ents
            .iter()
            .find(|e| e.first >= start && e.last < end && is_subject_candidate(c, e, start))
        {
            prev_subject = Some(e.clone());
        }
    }
    out
}

fn accusations_by_report(c: &Ctx, start: usize, end: usize, found: &mut Vec<Found>) {
    let t = c.t();
    let l = lexicon();
    for i in start..end {
        // "(said|reiterated|claimed|added) that Y (was|is) backing|using ..."
        if !l.has_tok("speech_verb", t, i) {
            continue;
        }
        let j = if i + 1 < end && t.norm(i + 1) == "that" {
            i + 2
        } else {
            i + 1
        };
        // the reported subject Y: the first entity after "that" (skipping "Azerbaijan's ally")
        let mut k = j;
        let mut y: Option<&Entity> = None;
        while k < (j + 6).min(end) {
            if let Some(e) = c.ent_at(k) {
                if k + 1 < end && t.norm(e.last + 1) == "'s" {
                    k = e.last + 2;
                    continue;
                }
                y = Some(e);
                break;
            }
            if is_boundary(t.norm(k)) {
                break;
            }
            k += 1;
        }
        let Some(y) = y else { continue };
        let after = y.last + 1;
        let verb_at = (after..(after + 3).min(end)).find(|&k| {
            l.has_tok("backing_verb", t, k)
                || matches!(
                    t.norm(k),
                    "failed"
                        | "refused"
                        | "violated"
                        | "attacked"
                        | "shelled"
                        | "targeted"
                        | "fired"
                )
        });
        let Some(v) = verb_at else { continue };
        // "is using" needs an aggression noun after it ("foreign terrorists", "mercenaries")
        if matches!(t.norm(v), "using" | "sending" | "arming" | "armed" | "arms")
            && l.find("aggression_noun", t, v, (v + 8).min(end)).is_none()
        {
            continue;
        }
        let Some(a) = actor_for(c, start, end, i) else {
            continue;
        };
        if a.actor == y.actor
            || found.iter().any(|f| {
                f.kind == crate::report::StanceType::Accuse && f.target.as_deref() == Some(&y.actor)
            })
        {
            continue;
        }
        found.push(Found {
            kind: StanceType::Accuse,
            at: i,
            last: (v + 2).min(end - 1),
            actor: a,
            target: Some(y.actor.clone()),
        });
    }
    // "the Azerbaijani-Turkish military aggression": the adjectives' states are accused
    for i in start..end {
        if !l.has_tok("aggression_noun", t, i) || t.norm(i) == "violations" {
            continue;
        }
        let mut states: Vec<String> = Vec::new();
        let mut k = i;
        while k > start {
            k -= 1;
            if let Some(e) = c.ent_at(k) {
                // "Azerbaijani-Turkish", "Turkish navy" (a body made of the adjective)
                let adjective_led = e.role == Role::Body
                    && c.t().norm(e.first) != "the"
                    && e.kind == ActorKind::State;
                if e.role == Role::Adjective || adjective_led {
                    states.insert(0, e.actor.clone());
                    k = e.first;
                    continue;
                }
                break;
            }
            if !matches!(
                t.norm(k),
                "-" | "military" | "navy" | "armed" | "and" | "," | "brutal" | "ongoing"
            ) {
                break;
            }
        }
        if states.is_empty() {
            continue;
        }
        // the accuser: whoever speaks of the accused (asked from before them)
        let Some(a) = actor_for(c, start, end, k).or_else(|| {
            // "detailing ... aggression": the subject of the sentence
            subject_before(c, start, i).cloned()
        }) else {
            continue;
        };
        for s in states {
            if s != a.actor {
                found.push(Found {
                    kind: StanceType::Accuse,
                    at: i.saturating_sub(3).max(start),
                    last: i,
                    actor: a.clone(),
                    target: Some(s),
                });
            }
        }
    }
}
