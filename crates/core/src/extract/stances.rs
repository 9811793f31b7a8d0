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

use super::{ends_clause, Ctx};
use crate::actors::{Entity, Role};
use crate::lexicon::{lexicon, Cat};
use crate::report::{ActorKind, Stance, StanceType};

/// Quotation spans of the sentence, as token ranges (inclusive of the marks): between double
/// marks, or, in a sentence that has none, between single ones (the tabloids' 'we will respond').
fn quote_spans(c: &Ctx, start: usize, end: usize) -> Vec<(usize, usize)> {
    let t = c.t();
    let mut marks: Vec<usize> = (start..end).filter(|&i| t.norm(i) == "\"").collect();
    if marks.is_empty() {
        marks = (start..end).filter(|&i| t.is_quote_mark(i)).collect();
    }
    if marks.len().is_multiple_of(2) {
        return marks.chunks_exact(2).map(|p| (p[0], p[1])).collect();
    }
    // An odd mark: a quotation that closes here but opened in an earlier sentence (its mark glued
    // to the word before: `… we will win," he said`) has no span here; one that opens and runs on
    // past the sentence (`said: "Pakistan remains …` with the next paragraph going on) runs to
    // the sentence's end.
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for m in marks {
        match open {
            None if m > start && t.toks[m].glued => {}
            None => open = Some(m),
            Some(o) => {
                spans.push((o, m));
                open = None;
            }
        }
    }
    if let Some(o) = open {
        spans.push((o, end));
    }
    spans
}

fn is_subject_candidate(c: &Ctx, e: &Entity, start: usize) -> bool {
    let t = c.t();
    if e.role == Role::Adjective {
        return false;
    }
    if e.first > start {
        // "to the UN": look past a determiner to the word that governs the entity
        let d = if lexicon().has_tok(Cat::Article, t, e.first - 1) && e.first > start + 1 {
            e.first - 2
        } else {
            e.first - 1
        };
        let p = t.norm(d);
        // "a statement from X", "a letter from X", "a statement by X": X speaks
        let speaks_from = lexicon().has(Cat::SpeakerPrep, p)
            && e.first >= start + 2
            && lexicon().has_tok(Cat::IssuerNoun, t, e.first - 2);
        // "talks collapsed after Ethiopia accused Eritrea …": a subordinator that is also a
        // preposition opens a clause whose subject is the entity, when a stance verb follows it
        let opens_clause = lexicon().has(Cat::Subordinator, p) && {
            let mut k = e.last + 1;
            let end = c.doc.sentence_at(e.last).map_or(t.len(), |s| s.last);
            if k < end
                && (lexicon().has_tok(Cat::PerfectAux, t, k)
                    || lexicon().has_tok(Cat::PluperfectAux, t, k))
            {
                k += 1;
            }
            k < end && is_stance_verb(c, k, end)
        };
        if lexicon().has(Cat::SubjectPrep, p) && !speaks_from && !opens_clause {
            return false;
        }
    }
    // "Azerbaijan's ally Turkey": an owner followed by another entity is not the subject;
    // "Moscow's announcement" is Moscow speaking
    if e.last + 1 < t.len() && lexicon().has_tok(Cat::PossessiveClitic, t, e.last + 1) {
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
    let end = c.doc.sentence_at(v).map_or(v + 1, |s| s.last);
    let spans = quote_spans(c, start, end);
    let vq = spans.iter().find(|&&(a, b)| a < v && v < b).copied();
    c.ents.iter().rev().find(|e| {
        e.first >= start
            && e.last < v
            && is_subject_candidate(c, e, start)
            && !in_relative_clause(c, start, e, v)
            && match vq {
                Some((a, b)) => a < e.first && e.last < b,
                None => !in_quote(&spans, e.first),
            }
    })
}

/// Whether the entity lies in a relative clause between commas that closes before `v`: "The
/// National Unity Government, which opposes the junta, urged …" — the junta is not the subject.
fn in_relative_clause(c: &Ctx, start: usize, e: &Entity, v: usize) -> bool {
    let t = c.t();
    let opened = (start + 1..e.first)
        .rev()
        .take_while(|&k| t.norm(k) != "," || (k + 1 < e.first && is_relative(t.norm(k + 1))))
        .any(|k| t.norm(k - 1) == "," && is_relative(t.norm(k)));
    opened && (e.last + 1..v).any(|k| t.norm(k) == ",")
}

fn is_relative(w: &str) -> bool {
    lexicon().has(Cat::RelativePronoun, w) || lexicon().has(Cat::PossessiveRelative, w)
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
            && (q.1 + 1..e.first.max(q.1 + 1)).all(|k| !ends_clause(t, k))
    });
    let speech_after = (q.1 + 1..end).any(|k| l.has_tok(Cat::SpeechVerb, t, k));
    if let (Some(e), true) = (after, speech_after) {
        return Some(e);
    }
    // before the opening mark: "X said (that) "…"", "A statement from X stated that "…""
    let speech_before = (start..q.0)
        .rev()
        .find(|&k| l.has_tok(Cat::SpeechVerb, t, k));
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
            .find(|&k| l.has_tok(Cat::SpeechVerb, c.t(), k))?;
        direct_subject(c, start, sv)
    })
}

/// Whether the token at `p` is a verb a stance or a statement is made with.
fn is_stance_verb(c: &Ctx, p: usize, end: usize) -> bool {
    let (t, l) = (c.t(), lexicon());
    [
        Cat::SpeechVerb,
        Cat::AccuseVerb,
        Cat::DenyVerb,
        Cat::ThreatVerb,
        Cat::CallVerb,
        Cat::PressVerb,
        Cat::RequestVerb,
        Cat::DemandVerb,
        Cat::AidPledgeVerb,
        Cat::BrandVerb,
    ]
    .into_iter()
    .any(|cat| l.at(cat, t, p, end).is_some())
}

/// A verb coordinated with an earlier one by "and" ("denying that … and condemning the
/// strikes", "denied the claims and instead claimed that …"): the earlier stance verbs of the
/// same form (a participle with a participle, a finite verb with a finite verb), nearest first.
/// They share its subject, which the words between ("… had attacked Israeli troops and") do not
/// name. Empty when `v` does not follow "and".
fn coordinated_with(c: &Ctx, start: usize, v: usize) -> Vec<usize> {
    let (t, l) = (c.t(), lexicon());
    let mut k = v;
    while k > start && (l.has(Cat::CoordGap, t.norm(k - 1))) {
        k -= 1;
    }
    if k <= start + 1 || !l.has_tok(Cat::ConjAnd, t, k - 1) || c.ent_at(k - 1).is_some() {
        return Vec::new();
    }
    let participle = t.norm(v).ends_with("ing");
    let spans = quote_spans(c, start, v + 1);
    // a modal opens another verb that "and" may join instead ("insisted Libyans must form a
    // government and ask for help")
    let modal_after =
        |p: usize| !participle && (p + 1..k - 1).any(|j| lexicon().has_tok(Cat::Modal, t, j));
    // a past perfect is not coordinated with a simple past ("said the army had committed
    // abuses and called for an inquiry": the call is the speaker's)
    let perfect_v =
        (k..v).any(|j| l.has_tok(Cat::PerfectAux, t, j) || l.has_tok(Cat::PluperfectAux, t, j));
    let perfect = |p: usize| {
        p > start
            && (l.has_tok(Cat::PerfectAux, t, p - 1) || l.has_tok(Cat::PluperfectAux, t, p - 1))
    };
    (start..k - 1)
        .rev()
        .filter(|&p| {
            t.norm(p).ends_with("ing") == participle
                && (participle || perfect(p) == perfect_v)
                && !in_quote(&spans, p)
                && c.ent_at(p).is_none()
                && is_stance_verb(c, p, v)
                && !modal_after(p)
        })
        .collect()
}

/// The subject of the verb at `v`: the entity that ends right before it (past adverbs,
/// auxiliaries, time words and parentheticals); for a verb after "and", "that" or a relative
/// clause, the clause's subject; none when a plain noun stands there ("its ally requested").
fn direct_subject(c: &Ctx, start: usize, v: usize) -> Option<Entity> {
    subject_of_verb(c, start, v).or_else(|| infinitive_subject(c, start, v))
}

/// "Norway agreed to send aid", "Japan is ready to provide support": an infinitive with no subject of its own has the subject of the clause it completes —
/// the nearest subject before "to" — unless the verb before it asks someone else to act ("asked
/// Japan to provide"), whose object is the infinitive's subject.
fn infinitive_subject(c: &Ctx, start: usize, v: usize) -> Option<Entity> {
    let (t, l) = (c.t(), lexicon());
    let to = if l.has_tok(Cat::InfinitiveTo, t, v) {
        v
    } else if v > start && l.has_tok(Cat::InfinitiveTo, t, v - 1) {
        v - 1
    } else {
        return None;
    };
    // the verb or adjective the infinitive completes: "agreed to", "is ready to", "plans to"
    let mut k = to;
    while k > start && l.has(Cat::StanceGap, t.norm(k - 1)) {
        k -= 1;
    }
    let control = k > start && l.has_tok(Cat::ControlVerb, t, k - 1);
    let e = subject_before(c, start, to)?;
    // "Norway will increase spending to provide support": an infinitive of purpose after an
    // object that names no party has the clause's subject too
    // ("the G7 agreed to redirect interest from frozen Russian assets to raise $50 billion": a
    // state's adjective in the object names no party either)
    let purpose = !control
        && e.last + 2 < to
        && to - e.last <= 20
        && c.ents
            .iter()
            .all(|x| x.last <= e.last || x.first >= to || x.role == Role::Adjective)
        && (e.last + 1..to).any(|j| {
            l.has_tok(Cat::CommitModal, t, j)
                || l.has_tok(Cat::PerfectAux, t, j)
                || l.has_tok(Cat::ControlVerb, t, j)
        });
    if !control && !purpose {
        return None;
    }
    let asks = (e.last + 1..to).any(|j| {
        l.has_tok(Cat::RequestVerb, t, j) || l.has_tok(Cat::CallVerb, t, j) || ends_clause(t, j)
    });
    (!asks && e.first >= start).then(|| e.clone())
}

fn subject_of_verb(c: &Ctx, start: usize, v: usize) -> Option<Entity> {
    let t = c.t();
    // "X was quoted as saying": the subject of the passive frame speaks
    let v = match (v >= start + 2).then(|| lexicon().at(Cat::QuotedAs, t, v - 2, v)) {
        Some(Some(2)) => v - 2,
        _ => v,
    };
    let earlier = coordinated_with(c, start, v);
    if let Some(e) = earlier
        .iter()
        .find_map(|&p| direct_subject(c, start, p).or_else(|| statement_issuer(c, start, p)))
    {
        return Some(e);
    }
    let mut k = v;
    let mut depth_comma = 0;
    let mut hops = 0;
    let mut pp_hops = 0;
    while k > start {
        k -= 1;
        if let Some(e) = c.ent_at(k) {
            // a plural demonym right before its verb speaks for its people ("Palestinians claim")
            let people = e.first == e.last && t.norm(e.last).ends_with('s') && depth_comma == 0;
            if e.role == Role::Adjective && !people {
                return None;
            }
            if e.role == Role::Adjective {
                return Some(Entity {
                    role: Role::Name,
                    ..e.clone()
                });
            }
            // (past a comma, the object of a verb is no subject: "… expelled the envoy, accusing")
            if depth_comma > 0 && object_of_past_verb(c, start, e) {
                return None;
            }
            // (past a comma too, but never the agent of a passive: "the violations being
            // committed by India in some areas, our forces are …")
            let agent = e.first > start && lexicon().has_tok(Cat::PassiveAgentPrep, t, e.first - 1);
            if is_subject_candidate(c, e, start) || (depth_comma > 0 && !agent) {
                return Some(e.clone());
            }
            // "…, with the EU contributing $35 billion": the participle's own subject
            let with_at =
                if e.first > start && lexicon().has_tok(Cat::DefiniteArticle, t, e.first - 1) {
                    e.first.saturating_sub(2)
                } else {
                    e.first.saturating_sub(1)
                };
            if t.norm(v).ends_with("ing")
                && e.last + 1 == v
                && lexicon().has_tok(Cat::ComitativePrep, t, with_at)
            {
                return Some(e.clone());
            }
            // "the US ambassador to the UN has accused": past the prepositional phrase to its head
            let d = if e.first > start + 1 && lexicon().has_tok(Cat::Article, t, e.first - 1) {
                e.first - 2
            } else {
                e.first.saturating_sub(1)
            };
            if hops == 0 && d > start && lexicon().has(Cat::SubjectPrep, t.norm(d)) {
                hops += 1;
                k = d;
                continue;
            }
            return None;
        }
        let w = t.norm(k);
        // "The International Committee of the Red Cross (ICRC) condemned": past the acronym
        if w == ")" {
            if let Some(o) = (k.saturating_sub(6).max(start)..k)
                .rev()
                .find(|&j| t.norm(j) == "(")
            {
                k = o;
                continue;
            }
        }
        if w == "," {
            // ", the country's president, said" / ", who ..., has ruled out": the entity before
            // the opening comma of an apposition or relative clause
            if depth_comma == 0 {
                if let Some(p) = (start..k).rev().find(|&j| t.norm(j) == ",") {
                    if p > start && lexicon().has_tok(Cat::AppositionStart, t, p + 1) {
                        if let Some(e) = c
                            .ent_at(p - 1)
                            .filter(|e| is_subject_candidate(c, e, start))
                        {
                            return Some(e.clone());
                        }
                    }
                }
            }
            // a participle after a comma ("…, accusing it of"): the clause's subject (not the
            // object of its verb: "the junta expelled the French envoy, accusing …")
            let subject_before_comma = |e: &&Entity| {
                e.first >= start
                    && e.last < k
                    && is_subject_candidate(c, e, start)
                    && !object_of_past_verb(c, start, e)
            };
            if depth_comma == 0 && t.norm(v).ends_with("ing") {
                if let Some(e) = c.ents.iter().find(subject_before_comma) {
                    return Some(e.clone());
                }
            }
            depth_comma += 1;
            // a parenthetical ", however," / ", which ... ,": skip back to the entity before it
            if let Some(e) = c.ents.iter().rev().find(subject_before_comma) {
                let between_ok = (e.last + 1..k).all(|j| !lexicon().has_tok(Cat::SaidMark, t, j));
                if between_ok && depth_comma <= 2 {
                    return Some(e.clone());
                }
            }
            continue;
        }
        // a coordinator or a clause word before the verb: the clause's subject
        let coordinator = lexicon().has(Cat::CoordinatingConj, w);
        let clause_word = coordinator || lexicon().has(Cat::RelativePronoun, w);
        if clause_word
            || crate::numbers::month(w).is_some()
            || t.kind(k) == Some(crate::tokens::TokKind::Number)
        {
            if coordinator {
                // "The AU suspends Niger after the coup and demands …": a verb after "and" with
                // no subject of its own shares the clause's subject, its first actor (not the
                // nearer object of the first verb)
                let clause = (start..k)
                    .rev()
                    .find(|&j| matches!(t.norm(j), ";" | ":"))
                    .map_or(start, |j| j + 1);
                let spans = quote_spans(c, start, k);
                if let Some(e) = c.ents.iter().find(|e| {
                    e.first >= clause
                        && e.last < k
                        && is_subject_candidate(c, e, clause)
                        && !in_quote(&spans, e.first)
                }) {
                    // ("X thanked Britain for its support and asked for …": the first verb's
                    // object is not the subject the second verb shares)
                    if object_of_past_verb(c, clause, e) {
                        return None;
                    }
                    return Some(np_head(c, e, k).clone());
                }
            }
            // "… support to Somalia, which rejects …": the relative pronoun's antecedent, even
            // as the object of a preposition
            if !coordinator
                && k >= start + 2
                && t.norm(k - 1) == ","
                && lexicon().has(Cat::RelativeSubject, w)
            {
                if let Some(e) = c.ent_at(k - 2).filter(|e| is_actor(e)) {
                    return Some(e.clone());
                }
            }
            if clause_word {
                let e = subject_before(c, start, k)?;
                // "X, who … the PKK, has ruled out … and has vowed": not the relative clause's
                // entity but the subject before the clause
                if coordinator {
                    let open = (start + 1..e.first).rev().find(|&p| {
                        t.norm(p) == ","
                            && (lexicon().has_tok(Cat::RelativeSubject, t, p + 1)
                                || lexicon().has_tok(Cat::PossessiveRelative, t, p + 1))
                    });
                    let closed = (e.last + 1..k).any(|q| t.norm(q) == ",");
                    if let (Some(p), true) = (open, closed) {
                        if let Some(h) = c
                            .ent_at(p - 1)
                            .filter(|h| is_subject_candidate(c, h, start))
                        {
                            return Some(h.clone());
                        }
                    }
                }
                return Some(e.clone());
            }
            continue;
        }
        // adverbs ("frequently", "previously") stand between a subject and its verb
        if lexicon().has(Cat::StanceGap, w)
            || (w.len() > 4 && w.ends_with("ly") && t.kind(k) == Some(crate::tokens::TokKind::Word))
            || lexicon().has_tok(Cat::Weekday, t, k)
        {
            continue;
        }
        // an adverbial phrase of a few plain words naming an occasion ("X in his letter (to Y)
        // said", "X during a visit to Z warned"): past it, once
        // (not inside a quotation, whose words are its speaker's)
        let sent = c
            .doc
            .sentence_at(v)
            .map_or((start, v + 1), |s| (s.first.min(start), s.last));
        let quoted = in_quote(&quote_spans(c, sent.0, sent.1), v);
        if pp_hops == 0 && !quoted {
            let opener = (k.saturating_sub(6).max(start + 1)..k)
                .rev()
                .find(|&p| lexicon().has_tok(Cat::AdverbialPrep, t, p));
            let occasion = |p: usize| {
                (p + 1..=k).all(|j| is_plain_word(c, j))
                    && (p + 1..=k).any(|j| lexicon().has_tok(Cat::OccasionNoun, t, j))
            };
            if let Some(p) = opener.filter(|&p| occasion(p)) {
                pp_hops += 1;
                k = p;
                continue;
            }
        }
        return None;
    }
    None
}

/// Whether a refusal stands in the `n` tokens before `i` ("refused to send aid"): it pledges
/// nothing.
fn refused_before(c: &Ctx, start: usize, i: usize, n: usize) -> bool {
    (i.saturating_sub(n).max(start)..i).any(|k| lexicon().has_tok(Cat::RefusalWord, c.t(), k))
}

/// Whether the entity is the object of a past-tense verb right before it ("expelled the French
/// envoy"): a verb's object is not the subject of the clause.
fn object_of_past_verb(c: &Ctx, start: usize, e: &Entity) -> bool {
    let t = c.t();
    let mut k = e.first;
    if k > start && lexicon().has_tok(Cat::Article, t, k - 1) {
        k -= 1;
    }
    if k <= start {
        return false;
    }
    let w = t.norm(k - 1);
    // ("…, one of the groups fighting the junta, said": a participle's object too, but not
    // the members a list names: "countries including Russia")
    w.len() > 3
        && (w.ends_with("ed") || w.ends_with("ing") && !lexicon().has(Cat::InclusionWord, w))
        && t.kind(k - 1) == Some(crate::tokens::TokKind::Word)
        && c.ent_at(k - 1).is_none()
        && c.quote(k - 1, k - 1).starts_with(char::is_lowercase)
}

/// The head of the noun phrase that `e` opens, before `limit`: the named person a place and a
/// title lead up to ("the UN's Yemen envoy Hans Grundberg" is Grundberg), else `e`.
fn np_head<'a>(c: &'a Ctx, e: &'a Entity, limit: usize) -> &'a Entity {
    let (t, l) = (c.t(), lexicon());
    let Some(o) = c.ents.iter().find(|o| o.first > e.last && o.last < limit) else {
        return e;
    };
    let gap = e.last + 1..o.first;
    let titled = gap.clone().any(|k| l.has_tok(Cat::LeaderTitle, t, k));
    let joined = gap.clone().all(|k| {
        l.has_tok(Cat::LeaderTitle, t, k)
            || l.has_tok(Cat::RoleModifier, t, k)
            || l.has_tok(Cat::StateBody, t, k)
    });
    if o.role == Role::Person && e.kind != ActorKind::Person && titled && joined && gap.len() <= 3 {
        o
    } else {
        e
    }
}

/// The agents of a passive verb: the entities listed right after "by" at `at` ("by Peru", "by
/// the UN and the EU"); empty when `at` is not "by" or no actor follows it.
fn agents_after_by(c: &Ctx, at: usize, end: usize) -> Vec<Entity> {
    let t = c.t();
    let mut out: Vec<Entity> = Vec::new();
    if at >= end || !lexicon().has_tok(Cat::PassiveAgentPrep, t, at) {
        return out;
    }
    let mut k = at + 1;
    while k < end {
        let j = if lexicon().has_tok(Cat::DefiniteArticle, t, k) {
            k + 1
        } else {
            k
        };
        let Some(e) = c.ent_at(j).filter(|e| is_actor(e) && e.first >= k) else {
            break;
        };
        out.push(e.clone());
        k = e.last + 1;
        if k + 1 < end && t.norm(k) == "," && lexicon().has_tok(Cat::ConjAnd, t, k + 1) {
            k += 2;
        } else if k < end && lexicon().has_tok(Cat::ListAnd, t, k) {
            k += 1;
        } else {
            break;
        }
    }
    out
}

/// Who reports a passive statement made from `from` on: the agent of a report noun ("in a
/// report by the UN", "a statement from X") or the speaker of a trailing attribution (", the UN
/// mission said", ", according to X") in the same sentence, outside quotations.
fn passive_reporter(c: &Ctx, from: usize, end: usize) -> Option<Entity> {
    let (t, l) = (c.t(), lexicon());
    let spans = quote_spans(c, from, end);
    for k in from..end {
        if in_quote(&spans, k) {
            continue;
        }
        if l.has_tok(Cat::SpeakerPrep, t, k)
            && (k.saturating_sub(3).max(from)..k).any(|j| l.has_tok(Cat::ReportNoun, t, j))
        {
            let j = if k + 1 < end && l.has_tok(Cat::DefiniteArticle, t, k + 1) {
                k + 2
            } else {
                k + 1
            };
            if let Some(e) = c.ent_at(j).filter(|e| is_actor(e)) {
                return Some(e.clone());
            }
        }
        if t.norm(k) == "," {
            // ", the UN mission said" / ", said the ministry" / ", according to X"
            let v = (k + 1..c.reach(k, 8, end)).find(|&j| {
                l.has_tok(Cat::SpeechVerb, t, j) || l.at(Cat::According, t, j, end).is_some()
            });
            if let Some(v) = v {
                let e = c
                    .ents
                    .iter()
                    .find(|e| e.first > k && e.last < v && is_actor(e))
                    .or_else(|| {
                        c.ents
                            .iter()
                            .find(|e| e.first > v && e.first <= v + 3 && is_actor(e))
                    });
                if let Some(e) = e {
                    return Some(e.clone());
                }
            }
        }
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
    let mut mem = Mem {
        parties: parties(c),
        ..Default::default()
    };
    for (si, s) in c.doc.sents.iter().enumerate() {
        let sc = c.sentence(s);
        let c = &sc;
        // (a heading's records are kept only where the body does not restate them: below)
        let (start, end) = (s.first, s.last);
        mem.prev_subject = prev_subject.clone();
        let mem = &mut mem;
        let actor_for = |c: &Ctx, start: usize, end: usize, i: usize| {
            actor_for(c, start, end, i).or_else(|| subject_or_pronoun(c, start, i, mem))
        };
        let mut found: Vec<Found> = Vec::new();
        let has_at = |cat: Cat, i: usize| l.at(cat, t, i, end);
        // a request whose object is a ceasefire ("called on X to help restore the ceasefire") is a call for one
        // (asking a party to let aid through — "urged Israel to allow more aid in" — demands
        // of it, it asks it for nothing)
        let request_at = (start..end).find(|&i| {
            has_at(Cat::RequestVerb, i).is_some()
                && c.find_free(Cat::RequestObject, i, c.reach(i, 14, end))
                    .is_some_and(|(k, _)| {
                        l.find(Cat::EnableVerb, t, i, k).is_none()
                            // ("urged the West to stop sending weapons" asks for none)
                            && l.find(Cat::HaltVerb, t, i, k).is_none()
                            // "called on X to increase": an infinitive asks only someone named
                            // before it ("seeking to increase its influence" asks no one)
                            && (!l.has_tok(Cat::InfinitiveTo, t, k)
                                || k > i + has_at(Cat::RequestVerb, i).unwrap_or(1))
                    })
                && c.find_free(Cat::CeasefireObject, i, c.reach(i, 14, end))
                    .is_none()
        });
        let mut i = start;
        while i < end {
            // offer_aid: "will provide (all necessary) assistance", "help would be provided"
            // (an offer verb that is also an aid noun, "help", "support", is the noun: below)
            if let Some(n) = has_at(Cat::OfferVerb, i).filter(|_| !l.has_tok(Cat::AidNoun, t, i)) {
                let aid =
                    (i + n..c.reach(i + n, 10, end)).find(|&k| has_at(Cat::AidNoun, k).is_some());
                // "will provide", "is ready to send", "agreed to supply", "has sent"
                let refused = refused_before(c, start, i, 4);
                let modal = !refused
                    && (i.saturating_sub(4).max(start)..i).any(|k| {
                        l.has_tok(Cat::Modal, t, k)
                            || l.has_tok(Cat::ControlVerb, t, k)
                            || l.has_tok(Cat::PerfectAux, t, k)
                    });
                let in_request = request_at.is_some_and(|r| r < i);
                if let (Some(k), true, false) = (aid, modal, in_request) {
                    let can_relative = (i.saturating_sub(4).max(start)..i)
                        .any(|j| l.has_tok(Cat::NonpersonalRelative, t, j));
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
            if let Some(n) = has_at(Cat::AidNoun, i) {
                // passive: "help would be provided", "formats of assistance ... would be discussed"
                let j = i + n;
                let passive = (j..c.reach(j, 6, end)).any(|k| l.has_tok(Cat::FutureModal, t, k))
                    && (j..c.reach(j, 8, end)).any(|k| l.has_tok(Cat::AidPassive, t, k));
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
                let n = has_at(Cat::RequestVerb, i).unwrap_or(1);
                if let Some(a) = actor_for(c, start, end, i) {
                    let obj_end = c
                        .find_free(Cat::RequestObject, i, c.reach(i, 14, end))
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
            if let Some(n) = has_at(Cat::CallVerb, i).or_else(|| timed_call(c, i, end)) {
                if let Some((k, m)) = c
                    .find_free(Cat::CeasefireObject, i + n, c.reach(i + n, 10, end))
                    .or_else(|| halt_of_acts(c, i + n, c.reach(i + n, 10, end)))
                {
                    // "called on X to join talks, or face dire consequences": an ultimatum
                    // warns
                    let or_else = (k + m..c.reach(k + m, 4, end))
                        .find(|&j| l.has_tok(Cat::ConjOr, t, j))
                        .and_then(|j| l.find(Cat::WarnCue, t, j + 1, c.reach(j + 1, 4, end)));
                    if let Some(a) = actor_for(c, start, end, i) {
                        let target = object_after(c, i + n, k, &a.actor);
                        found.push(Found {
                            kind: if or_else.is_some() {
                                StanceType::Warn
                            } else {
                                StanceType::CallCeasefire
                            },
                            at: i,
                            last: or_else.map_or(k + m - 1, |(w, wn)| w + wn - 1),
                            actor: a,
                            target: target.filter(|_| or_else.is_some()),
                        });
                    }
                    i = k + m;
                    continue;
                }
            }
            // accuse: "accused X of", "accused each other"
            if let Some(n) = has_at(Cat::AccuseVerb, i) {
                let each_other = l.at(Cat::EachOther, t, i + n, end) == Some(2);
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
                        if !l.has_tok(Cat::EachOtherGap, t, k) {
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
                // "was blamed by X", "Colombia, accused by Peru of …": the agent accuses
                let agents = agents_after_by(c, i + n, end);
                if !agents.is_empty() {
                    let target = subject_before(c, start, i)
                        .filter(|e| e.last + 4 >= i)
                        .map(|e| e.actor.clone());
                    for a in agents {
                        found.push(Found {
                            kind: StanceType::Accuse,
                            at: i,
                            last: (a.last).min(end - 1),
                            actor: a,
                            target: target.clone(),
                        });
                    }
                    i += n;
                    continue;
                }
                let passive = i > start
                    && l.has_tok(Cat::BeAux, t, i - 1)
                    && !l.has_tok(Cat::BeInfinitive, t, i - 1)
                    || (i + n < end && l.has_tok(Cat::GenitivePrep, t, i + n));
                // "X were blamed for …, the UN mission said", "… blamed for … in a report by the
                // UN": the one who says or reports it blames the passive's subject
                let blamed = i > start && l.has_tok(Cat::BeAux, t, i - 1);
                // (no one in the sentence: the report the previous sentence spoke through — "…,
                // the report found. Insurgents were blamed for …")
                let report_speaking = || mem.last_report.clone();
                if blamed {
                    if let Some(a) = passive_reporter(c, i + n, end).or_else(report_speaking) {
                        // the subject, or the group it names ("insurgents like the Taliban")
                        let target = c
                            .ents
                            .iter()
                            .rev()
                            .find(|e| e.first >= start && e.last < i && is_actor(e))
                            .filter(|e| e.last + 4 >= i && e.actor != a.actor)
                            .map(|e| e.actor.clone());
                        if target.is_some() {
                            found.push(Found {
                                kind: StanceType::Accuse,
                                at: i,
                                last: (a.last).min(end - 1),
                                actor: a,
                                target,
                            });
                            i += n;
                            continue;
                        }
                    }
                }
                // "they will be held responsible", "would be punished": a blame still to come
                // is a warning, the speaker's
                let future_passive = i >= start + 2
                    && l.has_tok(Cat::BeInfinitive, t, i - 1)
                    && l.has_tok(Cat::FutureModal, t, i - 2);
                if future_passive {
                    if let Some(a) = warner(c, start, end, i) {
                        let target = subject_before(c, start, i)
                            .filter(|e| e.last + 4 >= i && e.actor != a.actor)
                            .map(|e| e.actor.clone());
                        found.push(Found {
                            kind: StanceType::Warn,
                            at: i,
                            last: i + n - 1,
                            actor: a,
                            target,
                        });
                    }
                    i += n;
                    continue;
                }
                if !passive && !l.has_tok(Cat::AllegeVerb, t, i) {
                    if let Some(a) = actor_for(c, start, end, i) {
                        // "condemned the Israeli strike", "denounced Russian shelling": the
                        // adjective of the act names its doer
                        let doer = |e: &Entity| {
                            e.role == Role::Adjective
                                && e.actor != a.actor
                                && e.last + 1 < end
                                && (l.at(Cat::ActCue, t, e.last + 1, end).is_some()
                                    || l.at(Cat::AggressionNoun, t, e.last + 1, end).is_some()
                                    || l.at(Cat::Military, t, e.last + 1, end).is_some()
                                    || l.at(Cat::AgentNoun, t, e.last + 1, end).is_some())
                        };
                        let target = c
                            .ents
                            .iter()
                            .find(|e| e.first >= i + n && e.first <= i + n + 2 && doer(e))
                            .map(|e| e.actor.clone())
                            .or_else(|| object_after(c, i + n, c.reach(i + n, 6, end), &a.actor));
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
            // "ruled out any foreign peacekeepers": rejecting outside involvement
            if let Some(n) = has_at(Cat::DenyVerb, i).filter(|&n| {
                (i + n..c.reach(i + n, 4, end))
                    .any(|k| l.at(Cat::InterventionNoun, t, k, end).is_some())
            }) {
                if let Some(a) = actor_for(c, start, end, i) {
                    found.push(Found {
                        kind: StanceType::RejectIntervention,
                        at: i,
                        last: (i + n + 3).min(end - 1),
                        actor: a,
                        target: None,
                    });
                }
                i += n;
                continue;
            }
            if let Some(n) = has_at(Cat::DenyVerb, i) {
                let by = i + n < end && l.has_tok(Cat::PassiveAgentPrep, t, i + n);
                // ("an allegation the Emirati government rejected": the claim, then its
                // rejecter, in one phrase)
                let object_before = (i.saturating_sub(6).max(start)..i).any(|k| {
                    l.has_tok(Cat::DenyObject, t, k)
                        && (k + 4 > i || (k + 1..i).all(|j| !ends_clause(t, j) && t.norm(j) != ","))
                });
                let object_after_ =
                    (i + n..c.reach(i + n, 3, end)).any(|k| l.has_tok(Cat::DenyObject, t, k));
                if by && object_before {
                    // the agents after "by": states of the sentence when it says "the two countries"
                    let agents: Vec<Entity> = if (i + n..c.reach(i + n, 4, end))
                        .any(|k| l.has_tok(Cat::PartyNoun, t, k))
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
                        let n = crate::numbers::recognise(t, i + n, c.reach(i + n, 4, end))
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
                let rejects_intervention = intervention_after(c, i + n, end);
                let gerund = i + n < end && t.norm(i + n).ends_with("ing");
                // "ruled out any return to negotiations": refusing talks denies no claim
                let refuses_talks = (i + n..c.reach(i + n, 5, end)).any(|k| {
                    l.has_tok(Cat::TalksNoun, t, k) || l.at(Cat::TalksFamily, t, k, end).is_some()
                });
                // "they were denied an education": denied something, not denying
                let passive = i > start && l.has_tok(Cat::BeAux, t, i - 1);
                if !rejects_intervention
                    && !refuses_talks
                    && !passive
                    && (object_before || object_after_ || gerund || l.has_tok(Cat::DenyWord, t, i))
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
            // ("did not immediately comment": the same past an adverb)
            let adverbial_no_comment = || {
                let n = has_at(Cat::NoCommentAux, i)?;
                let a = i + n;
                (a + 1 < end
                    && l.has_tok(Cat::NoCommentAdverb, t, a)
                    && l.has_tok(Cat::NoCommentVerb, t, a + 1))
                .then_some(n + 2)
            };
            if let Some(n) = has_at(Cat::NoComment, i).or_else(adverbial_no_comment) {
                // (not one inside a relative clause: "The RSF, which has fought the army
                // since April, did not respond")
                if let Some(a) = c
                    .ents
                    .iter()
                    .rev()
                    .find(|e| {
                        e.first >= start
                            && e.last < i
                            && e.role != Role::Adjective
                            && !in_relative_clause(c, start, e, i)
                    })
                    .cloned()
                    // "It did not comment": the previous sentence's subject
                    .or_else(|| {
                        (i > start && lexicon().has_tok(Cat::PronounBody, t, start))
                            .then(|| mem.prev_subject.clone())
                            .flatten()
                    })
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
            let negated_need = l.has_tok(Cat::PlainNegator, t, i)
                && (i + 1..c.reach(i, 7, end)).any(|k| l.has_tok(Cat::NeedVerb, t, k))
                && (i + 1..c.reach(i, 10, end)).any(|k| l.has_tok(Cat::InterventionNoun, t, k));
            let no_one = (l.has_tok(Cat::NoDet, t, i)
                && i + 1 < end
                && l.has_tok(Cat::OutsiderWord, t, i + 1))
                && (i + 2..c.reach(i + 2, 6, end)).any(|k| {
                    let stem = |s: &String| t.norm(k).starts_with(s.as_str());
                    l.entries(Cat::InterferenceStem).iter().any(stem)
                        || l.has_tok(Cat::MeddleVerb, t, k)
                });
            let intervention_at = |from: usize, n: usize| {
                (from..c.reach(from, n, end))
                    .any(|k| l.at(Cat::InterventionNoun, t, k, end).is_some())
            };
            let rejects = (l.has_tok(Cat::DenyVerb, t, i) || l.has_tok(Cat::OpposeVerb, t, i))
                && intervention_after(c, i + 1, end);
            // "warned Western countries against meddling in the conflict"
            let warns_against = l.has_tok(Cat::ThreatVerb, t, i)
                && (i + 1..c.reach(i, 6, end))
                    .any(|k| l.has_tok(Cat::AdversativePrep, t, k) && intervention_at(k + 1, 3));
            if negated_need || no_one || rejects || warns_against {
                // ("India said there is no room for outside interference": the speaker)
                let said = || {
                    (negated_need || no_one)
                        .then(|| warner(c, start, end, i))
                        .flatten()
                };
                if let Some(a) = actor_for(c, start, end, i).or_else(said) {
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
            if l.has_tok(Cat::Modal, t, i)
                && !l.has_tok(Cat::RefusalWord, t, i)
                && i + 1 < end
                && l.has_tok(Cat::ConsequenceVerb, t, i + 1)
            {
                if let Some((k, m)) = l.find(Cat::EscalationNoun, t, i + 2, c.reach(i, 8, end)) {
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
            if l.has_tok(Cat::WarnOfVerb, t, i) && i + 1 < end && l.has_tok(Cat::WarnPrep, t, i + 1)
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
            if let Some(n) = has_at(Cat::DemandVerb, i) {
                if let Some((k, m)) = c.find_free(Cat::DemandObject, i + n, c.reach(i + n, 5, end))
                {
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
                // "insisted on a demilitarised zone": what one insists on, one demands,
                // whatever it is
                if let Some(m) = has_at(Cat::InsistOn, i) {
                    let last = c.reach(i + m, 3, end).saturating_sub(1).max(i + m - 1);
                    if let Some(a) = actor_for(c, start, end, i) {
                        let target = object_after(c, i + m, last + 1, &a.actor);
                        found.push(Found {
                            kind: StanceType::Demand,
                            at: i,
                            last,
                            actor: a,
                            target,
                        });
                    }
                    i = last + 1;
                    continue;
                }
            }
            i += 1;
        }
        // accusations by report: "X said/reiterated/claimed that Y was backing Z", "Y is using
        // ... terrorists", "the X-Y aggression"
        accusations_by_report(c, start, end, &mut found);
        more_triggers(c, start, end, mem, &mut found);
        conditions(c, start, end, mem, &mut found);
        reciprocal(c, start, end, mem, &mut found);
        let spoke = speech_stances(c, start, end, mem, &mut found);
        claimed_acts(c, start, end, mem, &mut found);
        acts_by_agent(c, start, end, mem, &mut found);
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
        crate::order::sort_by_key(&mut found, |f| f.at);
        // coordinated subjects speak together: "Egypt and Qatar ... called on"
        let mut extra: Vec<Found> = Vec::new();
        for f in &found {
            // (a "the" before a name is part of it)
            let the = |k: usize| {
                if k > start && l.has_tok(Cat::DefiniteArticle, t, k - 1) {
                    k - 1
                } else {
                    k
                }
            };
            let mut k = the(f.actor.first);
            // "X and Y", "X, Y and Z": the word right before the actor must be "and", or a
            // comma in a list that goes on with "and" ("by the US, the EU, and eight others")
            let list_goes_on = f.actor.last + 2 < end
                && t.norm(f.actor.last + 1) == ","
                && l.has_tok(Cat::ConjAnd, t, f.actor.last + 2);
            if k < start + 2
                || !(l.has_tok(Cat::ConjAnd, t, k - 1) || (t.norm(k - 1) == "," && list_goes_on))
            {
                continue;
            }
            let mut listed: Vec<Found> = Vec::new();
            while k >= start + 2 && l.has_tok(Cat::ListAnd, t, k - 1) {
                // ", and": the list's last comma and its "and"
                let gap = if k >= start + 3
                    && l.has_tok(Cat::ConjAnd, t, k - 1)
                    && t.norm(k - 2) == ","
                {
                    3
                } else {
                    2
                };
                let Some(e) = c.ent_at(k - gap) else { break };
                if e.role == Role::Adjective || f.target.as_deref() == Some(e.actor.as_str()) {
                    break;
                }
                listed.push(Found {
                    kind: f.kind,
                    at: f.at,
                    last: f.last,
                    actor: e.clone(),
                    target: f.target.clone(),
                });
                k = the(e.first);
            }
            // a list of speakers opens its clause ("such as X and Y, and Russia has …" is not one)
            let opens = k == start
                || l.has_tok(Cat::ListOpener, t, k - 1)
                || l.has_tok(Cat::LeaderTitle, t, k - 1)
                || c.ent_at(k - 1).is_some();
            if opens {
                extra.extend(listed);
            }
        }
        found.extend(extra);
        // coordinated targets are targeted alike: "warned the UAE and Bahrain", "accused the DR
        // Congo and Burundian armies"
        let mut more: Vec<Found> = Vec::new();
        for f in &found {
            let Some(tg) = &f.target else { continue };
            let Some(e) = c
                .ents
                .iter()
                .find(|e| e.first >= f.at.min(f.actor.last + 1) && &e.actor == tg)
            else {
                continue;
            };
            let mut k = e.last + 1;
            while k + 1 < end && l.has_tok(Cat::ListAndOr, t, k) {
                let j = if l.has_tok(Cat::DefiniteArticle, t, k + 1) {
                    k + 2
                } else {
                    k + 1
                };
                let Some(n) = c
                    .ent_at(j)
                    .filter(|n| (n.first == j || n.first == k + 1) && n.actor != f.actor.actor)
                else {
                    break;
                };
                more.push(Found {
                    kind: f.kind,
                    at: f.at,
                    last: f.last,
                    actor: f.actor.clone(),
                    target: Some(n.actor.clone()),
                });
                k = n.last + 1;
            }
        }
        found.extend(more);
        // a record without a target adds nothing beside the same actor's and type's with one
        let targeted: Vec<(String, StanceType)> = found
            .iter()
            .filter(|f| f.target.as_ref().is_some_and(|t| t != &f.actor.actor))
            .map(|f| (f.actor.actor.clone(), f.kind))
            .collect();
        found
            .retain(|f| f.target.is_some() || !targeted.contains(&(f.actor.actor.clone(), f.kind)));
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
                    // (within the sentence, whatever a rule's reach)
                    quote: c.quote(
                        f.at.min(f.actor.first.max(start)).min(end - 1),
                        f.last.max(f.at).min(end - 1),
                    ),
                },
            ));
        }
        // a heading is no antecedent for the body's pronouns
        if s.heading {
            continue;
        }
        if let Some(e) = c
            .ents
            .iter()
            .find(|e| e.first >= start && e.last < end && is_subject_candidate(c, e, start))
        {
            prev_subject = Some(e.clone());
        }
        if let Some(e) = c.ents.iter().rev().find(|e| e.role == Role::Person) {
            mem.last_person = Some(e.clone());
        }
        mem.last_speaker = spoke;
        mem.last_report = c
            .ents
            .iter()
            .find(|e| {
                e.role == Role::Body
                    && e.first >= start
                    && e.last < end
                    && l.has_tok(Cat::FindingNoun, t, e.last)
            })
            .cloned();
        mem.prev_states.clear();
        for e in c
            .ents
            .iter()
            .filter(|e| e.kind == ActorKind::State && e.role != Role::Adjective)
        {
            if !mem.prev_states.iter().any(|x| x.actor == e.actor) {
                mem.prev_states.push(Entity {
                    role: Role::Name,
                    speaker: None,
                    ..e.clone()
                });
            }
        }
    }
    // a headline restates the body: its record stands only when no body sentence gives the
    // same actor the same kind ("UN chief says world cannot afford more war" is kept when the
    // body reports the warning in other words or not at all)
    let sents = &c.doc.sents;
    let body: Vec<(String, StanceType)> = out
        .iter()
        .filter(|(si, _)| !sents[*si].heading)
        .map(|(_, st)| (st.actor.clone(), st.kind))
        .collect();
    // (and the headline's actor is one the body names: "Congo accuses Rwanda" above a report
    // datelined in the Democratic Republic of the Congo is not the other Congo)
    let heading_at = |k: usize| c.doc.sentence_at(k).is_some_and(|s| s.heading);
    let named = |actor: &str| {
        c.ents
            .iter()
            .any(|e| e.actor == actor && !heading_at(e.first))
    };
    out.retain(|(si, st)| {
        !sents[*si].heading || (!body.contains(&(st.actor.clone(), st.kind)) && named(&st.actor))
    });
    // a sentence the page repeats word for word (a pull quote, a caption restating the text)
    // states nothing new: its records stand once
    let mut seen: Vec<(&str, String, StanceType, Option<String>)> = Vec::new();
    out.retain(|(si, st)| {
        let s = &sents[*si];
        // (its closing stop or none)
        let mut b = s.last.saturating_sub(1);
        while b > s.first && t.kind(b) != Some(crate::tokens::TokKind::Word) {
            b -= 1;
        }
        let key = (
            c.doc.span_text(s.first, b),
            st.actor.clone(),
            st.kind,
            st.target.clone(),
        );
        if seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
    out
}

/// What a sentence's rules know of the sentences before it.
#[derive(Default)]
struct Mem {
    /// The subject of the previous sentence ("it said", "they said").
    prev_subject: Option<Entity>,
    /// The latest person named ("his call for").
    last_person: Option<Entity>,
    /// The speaker of the previous sentence's reported speech (a quotation that runs on).
    last_speaker: Option<Entity>,
    /// A report the previous sentence spoke through ("…, the report found."), for a passive
    /// blame with no one named after it.
    last_report: Option<Entity>,
    /// The article's two main parties (for "both sides").
    parties: Vec<Entity>,
    /// The distinct states the previous sentence named (for "both").
    prev_states: Vec<Entity>,
}

/// The article's two most-named states or armed groups: the sides of "both sides".
fn parties(c: &Ctx) -> Vec<Entity> {
    let mut counts: Vec<(usize, usize, &Entity)> = Vec::new();
    for e in c
        .ents
        .iter()
        .filter(|e| matches!(e.kind, ActorKind::State | ActorKind::ArmedGroup))
    {
        match counts.iter_mut().find(|x| x.2.actor == e.actor) {
            Some(x) => x.0 += 1,
            None => counts.push((1, counts.len(), e)),
        }
        if counts.len() > 64 {
            break;
        }
    }
    crate::order::sort_by_key(&mut counts, |x| (std::cmp::Reverse(x.0), x.1));
    counts
        .into_iter()
        .take(2)
        .map(|x| Entity {
            speaker: None,
            role: Role::Name,
            ..x.2.clone()
        })
        .collect()
}

fn is_actor(e: &Entity) -> bool {
    e.role != Role::Adjective
}

/// For a brand verb at `v` in a relative clause on an actor ("the TPLF, which it calls …",
/// "the group, which Kenya considers …"): the clause's subject (an entity right before the verb,
/// or "it"/"they" standing for the sentence's subject) and the antecedent it brands.
fn branding_relative(c: &Ctx, start: usize, v: usize, mem: &Mem) -> Option<(Entity, String)> {
    let (t, l) = (c.t(), lexicon());
    // (past an auxiliary: "which it has designated")
    let aux = |k: usize| l.has_tok(Cat::PerfectAux, t, k) || l.has_tok(Cat::PluperfectAux, t, k);
    let v = if v > start + 1 && aux(v - 1) {
        v - 1
    } else {
        v
    };
    let (rel, speaker) = if v > start + 2 && l.has_tok(Cat::SubjectPronounBody, t, v - 1) {
        let rel = v - 2;
        let here = c.ents.iter().find(|e| {
            e.first >= start
                && e.last < rel
                && e.kind != ActorKind::Person
                && is_subject_candidate(c, e, start)
        });
        (rel, here.cloned().or_else(|| mem.prev_subject.clone())?)
    } else {
        let e = c.ents.iter().find(|e| e.last + 1 == v && e.first > start)?;
        (e.first - 1, e.clone())
    };
    if rel <= start || !l.has_tok(Cat::RelativePronoun, t, rel) {
        return None;
    }
    let ante_end = if t.norm(rel - 1) == "," { rel - 1 } else { rel };
    let ante = c
        .ents
        .iter()
        .find(|e| e.last + 1 == ante_end && e.first >= start && is_actor(e))?;
    (is_actor(&speaker) && ante.actor != speaker.actor).then(|| (speaker, ante.actor.clone()))
}

/// The speaker standing at the subject of the verb at `v`: an entity, or a pronoun ("it", "they",
/// "we") standing for the previous sentence's subject.
fn subject_or_pronoun(c: &Ctx, start: usize, v: usize, mem: &Mem) -> Option<Entity> {
    let t = c.t();
    let l = lexicon();
    // "X continues to insist", "X went on to say": the subject of the verb that carries it
    // (past an adverb: "continue to falsely claim")
    let adverb = v >= start + 3
        && t.norm(v - 1).ends_with("ly")
        && l.has_tok(Cat::InfinitiveTo, t, v - 2)
        && l.has_tok(Cat::CarrierVerb, t, v - 3);
    let v = if v >= start + 2
        && l.has_tok(Cat::InfinitiveTo, t, v - 1)
        && l.has_tok(Cat::CarrierVerb, t, v - 2)
    {
        v - 2
    } else if adverb {
        v - 3
    } else {
        v
    };
    // "… and condemning …": the subject of the verb it is coordinated with
    if let Some(e) = coordinated_with(c, start, v)
        .into_iter()
        .find_map(|p| subject_or_pronoun(c, start, p, mem))
    {
        return Some(e);
    }
    if let Some(e) = direct_subject(c, start, v) {
        return Some(e);
    }
    if let Some(e) = statement_issuer(c, start, v) {
        return Some(e);
    }
    let mut k = v;
    while k > start && v - k < 5 {
        k -= 1;
        let w = t.norm(k);
        if l.has(Cat::SubjectPronounBody, w) || l.has(Cat::FirstPersonPlural, w) {
            // "X condemned what it described as …": the sentence's own subject before the
            // pronoun, else the previous sentence's
            let spans = quote_spans(c, start, v);
            let here = c.ents.iter().find(|e| {
                e.first >= start
                    && e.last < k
                    && e.kind != ActorKind::Person
                    && is_subject_candidate(c, e, start)
                    && !in_quote(&spans, e.first)
            });
            if let Some(e) = here.filter(|_| !l.has(Cat::FirstPersonPlural, w)) {
                return Some(e.clone());
            }
            return mem
                .prev_subject
                .clone()
                .filter(|e| e.kind != ActorKind::Person);
        }
        if !(lexicon().has(Cat::StanceGap, w) || l.has_tok(Cat::Weekday, t, k)) {
            break;
        }
    }
    None
}

/// "X issued a statement denying …", "X issued a joint declaration on Monday condemning …":
/// the participle at `v` speaks for the statement's issuer.
fn statement_issuer(c: &Ctx, start: usize, v: usize) -> Option<Entity> {
    let (t, l) = (c.t(), lexicon());
    if !t.norm(v).ends_with("ing") {
        return None;
    }
    let n = (v.saturating_sub(6).max(start)..v)
        .rev()
        .find(|&k| l.has_tok(Cat::StatementNoun, t, k))?;
    let iv = (n.saturating_sub(4).max(start)..n)
        .rev()
        .find(|&k| l.has_tok(Cat::StatementVerb, t, k))?;
    direct_subject(c, start, iv).or_else(|| {
        // "Recalling his statement condemning the strikes, the Secretary-General urged …": a
        // participle that opens the sentence has the main clause's subject, after its comma
        if iv != start || !t.norm(iv).ends_with("ing") {
            return None;
        }
        let comma = (v + 1..t.len())
            .take_while(|&k| !ends_clause(t, k))
            .find(|&k| t.norm(k) == ",")?;
        c.ents
            .iter()
            .find(|e| e.first > comma && e.first <= comma + 3 && is_actor(e))
            .filter(|e| is_subject_candidate(c, e, comma + 1))
            .cloned()
    })
}

/// The owner of a stance noun at `i`: "X's warning", "the Israeli demand", "his call", "a
/// warning by X".
fn noun_owner(c: &Ctx, start: usize, end: usize, i: usize, n: usize, mem: &Mem) -> Option<Entity> {
    let t = c.t();
    // "a warning by X" names its owner, whatever stands before it ("in Libya, a warning by X")
    let j = i + n;
    if j < end && lexicon().has_tok(Cat::PassiveAgentPrep, t, j) {
        if let Some(e) = c
            .ents
            .iter()
            .find(|e| e.first > j && e.first <= j + 3 && is_actor(e))
        {
            return Some(e.clone());
        }
    }
    if i >= start + 2 && lexicon().has_tok(Cat::PossessiveClitic, t, i - 1) {
        if let Some(e) = c.ent_at(i - 2) {
            return Some(e.clone());
        }
    }
    if i > start {
        if let Some(e) = c.ent_at(i - 1) {
            return Some(e.clone());
        }
        // "his call": the person of this sentence before it, else the latest person
        if lexicon().has_tok(Cat::PersonalPossessive, t, i - 1) {
            return c
                .ents
                .iter()
                .rev()
                .find(|e| e.first >= start && e.last < i && e.role == Role::Person)
                .cloned()
                .or_else(|| mem.last_person.clone());
        }
        if lexicon().has_tok(Cat::BodyPossessive, t, i - 1) {
            return c
                .ents
                .iter()
                .rev()
                .find(|e| e.last < i && is_subject_candidate(c, e, start))
                .cloned()
                .or_else(|| mem.prev_subject.clone());
        }
    }
    // "his statement condemning the escalation and call for a cessation": a noun after "and"
    // has the owner of the possessive its list opened with
    let l = lexicon();
    if i > start + 1 && l.has_tok(Cat::ConjAnd, t, i - 1) {
        let owned = (i.saturating_sub(12).max(start)..i - 1)
            .rev()
            .take_while(|&k| !ends_clause(t, k))
            .find(|&k| {
                l.has_tok(Cat::PersonalPossessive, t, k)
                    || l.has_tok(Cat::BodyPossessive, t, k)
                    || l.has_tok(Cat::PossessiveClitic, t, k)
            });
        if let Some(k) = owned {
            return noun_owner(c, start, end, k + 1, 1, mem);
        }
    }
    let from_ok = !lexicon().has_tok(Cat::ThreatNoun, t, i);
    if j < end && from_ok && lexicon().has_tok(Cat::AblativePrep, t, j) {
        return c
            .ents
            .iter()
            .find(|e| e.first > j && e.first <= j + 3 && is_actor(e))
            .cloned();
    }
    // "West African leaders gave the junta a deadline", "Iran issued a stern warning": the
    // subject of the verb that governs the noun, in the same clause
    let v = (i.saturating_sub(9).max(start)..i)
        .rev()
        .find(|&k| lexicon().has_tok(Cat::OwnerVerb, t, k))?;
    if (v + 1..i).any(|k| ends_clause(t, k) || t.norm(k) == ",") {
        return None;
    }
    direct_subject(c, start, v).or_else(|| subject_or_pronoun(c, start, v, mem))
}

/// "called on Sunday for", "calls again on": a call verb parted from its preposition by time
/// words; its length up to the preposition.
/// "to stop the attacks", "to end its offensive", "to halt Israeli air strikes": halting hostile
/// acts is a ceasefire in other words, after a call (span of the verb to the acts).
fn halt_of_acts(c: &Ctx, from: usize, to: usize) -> Option<(usize, usize)> {
    let (t, l) = (c.t(), lexicon());
    (from..to).find_map(|k| {
        let n = l.at(Cat::HaltVerb, t, k, to)?;
        let mut j = k + n;
        if j < to && (l.has_tok(Cat::Article, t, j) || l.has_tok(Cat::Possessive, t, j)) {
            j += 1;
        }
        if let Some(e) = c.ent_at(j).filter(|e| e.role == Role::Adjective) {
            j = e.last + 1;
        }
        let m = l.at(Cat::HaltedAct, t, j, to)?;
        Some((k, j + m - k))
    })
}

fn timed_call(c: &Ctx, i: usize, end: usize) -> Option<usize> {
    let t = c.t();
    let l = lexicon();
    if !l.has_tok(Cat::CallWord, t, i) {
        return None;
    }
    let mut j = i + 1;
    while j < end
        && j < i + 4
        && (l.has_tok(Cat::Weekday, t, j)
            || l.has_tok(Cat::TimeWord, t, j)
            || (l.has_tok(Cat::DayPrep, t, j) && j + 1 < end && l.has_tok(Cat::Weekday, t, j + 1)))
    {
        j += 1;
    }
    (j > i + 1 && j < end && l.has_tok(Cat::CallPrep, t, j)).then_some(j - i + 1)
}

/// Triggers beyond the main loop: threats and vows, pressing verbs (urge, insist, challenge X
/// to), branding ("branded X terrorists"), holding X responsible, pledges of aid, and stance
/// nouns with an owner ("his call for a truce", "a warning by X").
fn more_triggers(c: &Ctx, start: usize, end: usize, mem: &Mem, found: &mut Vec<Found>) {
    let t = c.t();
    let l = lexicon();
    let taken = |found: &Vec<Found>, i: usize| found.iter().any(|f| f.at <= i && i <= f.last);
    let passive = |i: usize| i > start && l.has_tok(Cat::BeAux, t, i - 1);
    let mut i = start;
    while i < end {
        if taken(found, i) {
            i += 1;
            continue;
        }
        let push = |kind: StanceType,
                    last: usize,
                    actor: Option<Entity>,
                    target: Option<String>,
                    found: &mut Vec<Found>| {
            if let Some(a) = actor {
                found.push(Found {
                    kind,
                    at: i,
                    last: last.min(end - 1).max(i),
                    actor: a,
                    target,
                });
            }
        };
        // "Turkey's request for air defence systems", "a Kenyan request for help": a request
        // noun asks for what follows it (not "a request for comment")
        if let Some(n) = l.at(Cat::RequestNoun, t, i, end) {
            let asked = (i + n < end && l.has_tok(Cat::BenefactivePrep, t, i + n))
                .then(|| l.find(Cat::RequestObject, t, i + n + 1, c.reach(i + n, 6, end)))
                .flatten();
            if let Some((k, m)) = asked {
                if let Some(a) = noun_owner(c, start, end, i, n, mem) {
                    let target = object_after(c, k + m, c.reach(k + m, 6, end), &a.actor);
                    push(StanceType::RequestAid, k + m - 1, Some(a), target, found);
                    i = k + m;
                    continue;
                }
            }
        }
        // stance nouns
        let noun = [
            (Cat::WarnNoun, StanceType::Warn),
            (Cat::AccuseNoun, StanceType::Accuse),
            (Cat::DenyNoun, StanceType::Deny),
            (Cat::DemandNoun, StanceType::Demand),
        ]
        .into_iter()
        .find_map(|(cat, k)| l.at(cat, t, i, end).map(|n| (n, k)));
        // ("dismissed the Iranian threats", "rejected Ukraine's accusations": the claim another
        // dismisses is its object, no stance of its owner's here)
        let dismissed = (i.saturating_sub(8).max(start)..i).any(|k| {
            l.has_tok(Cat::DenyVerb, t, k)
                && (k + 1..i).all(|j| !ends_clause(t, j) && t.norm(j) != ",")
        });
        // ("Ukraine calls for more weapons", "Hamas demands the release": after a subject that is
        // no adjective, the word is the verb)
        let verb_form = i > start
            && c.ent_at(i - 1).is_some_and(|e| e.role != Role::Adjective)
            && (l.has_tok(Cat::CallWord, t, i) || l.has_tok(Cat::DemandVerb, t, i));
        if let (Some((n, mut kind)), false, false) = (noun, dismissed, verb_form) {
            if let Some(a) = noun_owner(c, start, end, i, n, mem) {
                let cease = l.find(Cat::CeasefireObject, t, i + n, c.reach(i + n, 6, end));
                let is_call = l.has_tok(Cat::CallNoun, t, i) || l.has_tok(Cat::AppealNoun, t, i);
                if kind == StanceType::Demand && cease.is_some() {
                    kind = StanceType::CallCeasefire;
                } else if kind == StanceType::Demand && l.has_tok(Cat::AppealNoun, t, i) {
                    kind = StanceType::RequestAid;
                }
                let bare_call = is_call
                    && kind == StanceType::Demand
                    && !(i + n < end && l.has_tok(Cat::BenefactivePrep, t, i + n));
                // a demand says what is demanded: "demands for", "demands that", "demand to"
                let bare_call = bare_call
                    || (kind == StanceType::Demand
                        && !is_call
                        && !(i + n < end && l.has_tok(Cat::DemandComplement, t, i + n)));
                if !bare_call {
                    let target = object_after(c, i + n, c.reach(i + n, 8, end), &a.actor);
                    let last = cease.map(|(k, m)| k + m - 1).unwrap_or(i + n);
                    push(kind, last, Some(a), target, found);
                    i += n;
                    continue;
                }
            }
        }
        // "was warned", "were urged" (not "was preparing", "is urging"): only an agent after
        // "by" speaks ("Ukraine was warned by Russia")
        // (a verb only: "is ready to help" is no passive)
        if passive(i) && !t.norm(i).ends_with("ing") && is_stance_verb(c, i, end) {
            if let Some(n) = l.at(Cat::ThreatVerb, t, i, end) {
                let target = subject_before(c, start, i).map(|e| e.actor.clone());
                for a in agents_after_by(c, i + n, end) {
                    let last = a.last;
                    push(StanceType::Warn, last, Some(a), target.clone(), found);
                }
            }
            i += 1;
            continue;
        }
        // "expressed concern that the fighting could spread": a feared harm to come warns (a
        // modal in its clause; "concerned that civilians were trapped" predicts nothing)
        if let Some(n) = l.at(Cat::ConcernThat, t, i, end) {
            let modal = (i + n..c.reach(i + n, 10, end))
                .take_while(|&k| !ends_clause(t, k))
                .find(|&k| l.has_tok(Cat::Modal, t, k));
            if let Some(m) = modal {
                let a =
                    actor_for(c, start, end, i).or_else(|| subject_or_pronoun(c, start, i, mem));
                push(StanceType::Warn, m + 2, a, None, found);
                i += n;
                continue;
            }
        }
        // threats and vows ("vowed to stand by X" is a pledge of support: below)
        if let Some(n) = l
            .at(Cat::ThreatVerb, t, i, end)
            .filter(|_| l.at(Cat::StandBy, t, i, end).is_none())
        {
            let nominal = i > start
                && (l.has_tok(Cat::Article, t, i - 1)
                    || l.has_tok(Cat::Possessive, t, i - 1)
                    || l.has_tok(Cat::PossessiveClitic, t, i - 1));
            // "vowed to abstain from", "pledged to protect": a pledge, not a threat
            let benign = i + n + 1 < end
                && l.has_tok(Cat::InfinitiveTo, t, i + n)
                && l.has_tok(Cat::BenignVerb, t, i + n + 1);
            // "troops threaten a vital road" is a danger, not a warning: "threaten" warns when
            // it threatens to do, threatens with, or threatens that
            // (past a time: "threatened on June 11 that …")
            let after = past_time(c, i + n, end);
            let physical = l.has_tok(Cat::ThreatenVerb, t, i)
                && !(after..c.reach(after, 3, end)).any(|k| {
                    l.has_tok(Cat::ThreatComplement, t, k) || l.has_tok(Cat::ThreatObject, t, k)
                });
            let benign = benign || physical;
            if !nominal && !benign {
                let a =
                    actor_for(c, start, end, i).or_else(|| subject_or_pronoun(c, start, i, mem));
                let target = object_after(
                    c,
                    i + n,
                    c.reach(i + n, 4, end),
                    a.as_ref().map(|a| a.actor.as_str()).unwrap_or(""),
                );
                push(StanceType::Warn, i + n + 3, a, target, found);
                i += n;
                continue;
            }
        }
        // "urging all British citizens to leave", "urged residents to leave the area": telling
        // people to get out of harm's way warns (a foreign presence sent away is above)
        if let Some(n) = l.at(Cat::CallVerb, t, i, end) {
            let leave = (i + n..c.reach(i + n, 12, end))
                .take_while(|&k| !ends_clause(t, k))
                .find(|&k| {
                    l.has_tok(Cat::InfinitiveTo, t, k)
                        && l.at(Cat::LeaveVerb, t, k + 1, end).is_some()
                });
            // (a party urged to withdraw is asked to: a demand, below)
            let presence = leave.is_some_and(|k| {
                l.find(Cat::PresenceNoun, t, i + n, k).is_some()
                    || c.ents
                        .iter()
                        .any(|e| e.first >= i + n && e.first < k && is_actor(e))
            });
            if let (Some(k), false) = (leave, presence) {
                let a =
                    actor_for(c, start, end, i).or_else(|| subject_or_pronoun(c, start, i, mem));
                push(StanceType::Warn, k + 1, a, None, found);
                i = k + 2;
                continue;
            }
        }
        // pressing verbs: a ceasefire after them calls for one, help asks for it, else a demand
        if let Some(n) = l
            .at(Cat::PressVerb, t, i, end)
            .or_else(|| timed_call(c, i, end))
        {
            let w = t.norm(i);
            let cease = c.find_free(Cat::CeasefireObject, i + n, c.reach(i + n, 12, end));
            let help = c.find_free(Cat::RequestObject, i + n, c.reach(i + n, 8, end));
            // "urged X to …" (a "to" after the help asked for is its purpose: "appealed for help
            // to fight …")
            // (a name counts as one word: "urged governments on the U.N. Security Council to …")
            let reach = c.reach(i + n, 7, end);
            let to_end = help.map_or(reach, |(h, _)| h + 1).min(reach);
            let to_verb = (i + n..to_end).any(|k| {
                l.has_tok(Cat::InfinitiveTo, t, k)
                    && k + 1 < end
                    && t.kind(k + 1) == Some(crate::tokens::TokKind::Word)
                    && c.ent_at(k + 1).is_none()
                    && !l.has_tok(Cat::DefiniteArticle, t, k + 1)
                    // "urged the world to intervene": the help asked for is the verb itself
                    && help.is_none_or(|(h, _)| h != k + 1)
            });
            let for_object = l.has(Cat::DemandWord, w)
                || (i + n > 0 && l.has_tok(Cat::BenefactivePrep, t, i + n - 1));
            let weak = l.has(Cat::WeakPressVerb, w);
            if weak
                && !c
                    .ents
                    .iter()
                    .any(|e| e.first > i && e.first <= i + n + 1 && is_actor(e))
            {
                i += 1;
                continue;
            }
            // ("calls for aid to be delivered": that aid reach others, no help for the caller)
            let let_through = help.is_some_and(|(h, m)| {
                h + m + 1 < end
                    && l.has_tok(Cat::InfinitiveTo, t, h + m)
                    && l.has_tok(Cat::BeAux, t, h + m + 1)
            });
            // ("told the Security Council he was worried the escalation could derail the road
            // to peace": told and asked call only with an infinitive — "told them to stop")
            let cease = cease
                .filter(|&(k, _)| !weak || (i + n..k).any(|j| l.has_tok(Cat::InfinitiveTo, t, j)));
            let kind = if cease.is_some() {
                Some(StanceType::CallCeasefire)
            } else if help.is_some() && !to_verb && !let_through {
                Some(StanceType::RequestAid)
            } else if to_verb || let_through || (for_object && !weak) {
                Some(StanceType::Demand)
            } else {
                None
            };
            if let Some(kind) = kind {
                let a =
                    actor_for(c, start, end, i).or_else(|| subject_or_pronoun(c, start, i, mem));
                let target = a
                    .as_ref()
                    .and_then(|a| object_after(c, i + n, c.reach(i + n, 4, end), &a.actor));
                let last = cease.map(|(k, m)| k + m - 1).unwrap_or(i + n + 2);
                push(kind, last, a, target, found);
                i += n;
                continue;
            }
        }
        // "ordered French troops to leave the country", "asked the UN mission to withdraw":
        // sending an outside presence away rejects it
        if let Some(n) = l.at(Cat::ExpelVerb, t, i, end) {
            let to = c.reach(i + n, 7, end);
            let sent_away = l.find(Cat::PresenceNoun, t, i + n, to).and_then(|(k, m)| {
                (k + m + 1 < end && l.has_tok(Cat::InfinitiveTo, t, k + m))
                    .then(|| l.at(Cat::LeaveVerb, t, k + m + 1, end))
                    .flatten()
                    .map(|q| (k, k + m + q))
            });
            if let Some((k, last)) = sent_away {
                let a =
                    actor_for(c, start, end, i).or_else(|| subject_or_pronoun(c, start, i, mem));
                // (the presence is another party's, or foreign: not "ordered his troops to
                // withdraw")
                let target = a.as_ref().and_then(|a| {
                    c.ents
                        .iter()
                        .find(|e| e.first >= i + n && e.first <= k && e.actor != a.actor)
                        .map(|e| e.actor.clone())
                });
                let foreign = (i + n..k).any(|j| l.has_tok(Cat::ForeignAdjective, t, j));
                if target.is_some() || foreign {
                    push(StanceType::RejectIntervention, last, a, target, found);
                    i = last + 1;
                    continue;
                }
            }
        }
        // "summoned the Afghan envoy to protest cross-border attacks": a protest against the
        // envoy's state
        if let Some(n) = l.at(Cat::SummonVerb, t, i, end) {
            let envoy = c
                .ents
                .iter()
                .find(|e| e.first >= i + n && e.first <= i + n + 2 && is_actor(e));
            let protest = envoy.and_then(|e| {
                (e.last + 1..c.reach(e.last + 1, 5, end))
                    .find_map(|k| l.at(Cat::ProtestWord, t, k, end).map(|m| k + m - 1))
            });
            if let (Some(e), Some(last)) = (envoy, protest) {
                let a =
                    actor_for(c, start, end, i).or_else(|| subject_or_pronoun(c, start, i, mem));
                let target =
                    Some(e.actor.clone()).filter(|x| a.as_ref().is_some_and(|a| &a.actor != x));
                if target.is_some() {
                    push(StanceType::Accuse, last, a, target, found);
                    i = last + 1;
                    continue;
                }
            }
        }
        // "Kenya wants the militants to lay down their arms": wanting another to act demands it
        // (not "wants to talk": its own wish)
        if let Some(n) = l.at(Cat::WantVerb, t, i, end).filter(|&n| {
            i + n + 1 < end
                && !l.has_tok(Cat::InfinitiveTo, t, i + n)
                && !l.has_tok(Cat::PronounObject, t, i + n)
        }) {
            let to = (i + n + 1..c.reach(i + n + 1, 6, end))
                .take_while(|&j| !ends_clause(t, j) && t.norm(j) != ",")
                .find(|&j| {
                    l.has_tok(Cat::InfinitiveTo, t, j) && j + 1 < end && c.ent_at(j + 1).is_none()
                });
            if let Some(j) = to.filter(|&j| t.kind(j + 1) == Some(crate::tokens::TokKind::Word)) {
                let a = actor_for(c, start, end, i);
                let target = a.as_ref().and_then(|a| object_after(c, i + n, j, &a.actor));
                // ("wants the guns to fall silent": a halt to the fighting is a call for one)
                let stop = (i + n..c.reach(j + 1, 4, end)).any(|q| {
                    l.at(Cat::CeasefireObject, t, q, end).is_some()
                        || l.at(Cat::CalmWord, t, q, end).is_some()
                        || l.at(Cat::CeasefireCue, t, q, end).is_some()
                });
                let kind = if stop {
                    StanceType::CallCeasefire
                } else {
                    StanceType::Demand
                };
                push(kind, j + 1, a, target.filter(|_| !stop), found);
                i = j + 2;
                continue;
            }
            // "Khartoum wants the paramilitaries disarmed and folded into the army": the object
            // and a participle of what should be done to it
            let reach = c.reach(i + n + 1, 6, end);
            let part = (i + n + 1..reach)
                .take_while(|&j| {
                    !ends_clause(t, j) && t.norm(j) != "," && !l.has_tok(Cat::InfinitiveTo, t, j)
                })
                .find(|&j| {
                    is_participle_ending(t.norm(j))
                        && c.ent_at(j).is_none()
                        && (j + 1 >= end
                            || ends_clause(t, j + 1)
                            || l.has_tok(Cat::ParticipleFollower, t, j + 1))
                });
            if let Some(j) = part {
                if let Some(a) = actor_for(c, start, end, i) {
                    let target = object_after(c, i + n, j, &a.actor);
                    push(StanceType::Demand, j, Some(a), target, found);
                    i = j + 1;
                    continue;
                }
            }
        }
        // "called the reports fabricated", "described the claims as lies": a denial
        if let Some(n) = l.at(Cat::BrandVerb, t, i, end) {
            let obj = (i + n..c.reach(i + n, 3, end)).find(|&k| {
                l.has_tok(Cat::DenyObject, t, k) && !l.has_tok(Cat::PronounObject, t, k)
            });
            if let Some(k) = obj {
                let falsity = l
                    .find(Cat::FalseWord, t, k + 1, c.reach(k, 5, end))
                    .or_else(|| l.find(Cat::DenyCue, t, k + 1, c.reach(k, 5, end)));
                if let Some((f, m)) = falsity {
                    let a = actor_for(c, start, end, i)
                        .or_else(|| subject_or_pronoun(c, start, i, mem));
                    push(StanceType::Deny, f + m - 1, a, None, found);
                    i = f + m;
                    continue;
                }
            }
        }
        // "… the TPLF, which it calls a terrorist organisation": the relative clause's subject
        // brands its antecedent
        if let Some(n) = l.at(Cat::BrandVerb, t, i, end) {
            if let Some((a, target)) = branding_relative(c, start, i, mem) {
                let upto = (i + n..c.reach(i + n, 6, end))
                    .find(|&k| ends_clause(t, k) || t.norm(k) == ",")
                    .unwrap_or(c.reach(i + n, 6, end));
                if let Some((k, m)) = l.find(Cat::BrandNoun, t, i + n, upto) {
                    push(StanceType::Accuse, k + m - 1, Some(a), Some(target), found);
                    i = k + m;
                    continue;
                }
            }
        }
        // "branded X terrorists", "called the group criminals"
        if let Some(n) = l.at(Cat::BrandVerb, t, i, end) {
            if let Some(e) = c
                .ents
                .iter()
                .find(|e| e.first >= i + n && e.first <= i + n + 2 && is_actor(e))
            {
                let upto = c.reach(e.last, 6, end);
                if let Some((k, m)) = l
                    .find(Cat::BrandNoun, t, e.last + 1, upto)
                    .or_else(|| l.find(Cat::WeakBrandNoun, t, e.last + 1, upto))
                {
                    let a = actor_for(c, start, end, i)
                        .or_else(|| subject_or_pronoun(c, start, i, mem));
                    let target = Some(e.actor.clone());
                    push(StanceType::Accuse, k + m - 1, a, target, found);
                    i = k + m;
                    continue;
                }
            }
            // "called the attack a war crime", "branded the strikes genocide": no actor named
            // ("… an act of terrorism by Israel": the agent named after it is the one accused)
            let by_agent = |a: &Option<Entity>, from: usize| {
                (from..c.reach(from, 4, end))
                    .take_while(|&j| !ends_clause(t, j) && t.norm(j) != ",")
                    .find(|&j| l.has_tok(Cat::PassiveAgentPrep, t, j) && j + 1 < end)
                    .and_then(|j| c.ent_at(j + 1).or_else(|| c.ent_at(j + 2)))
                    .filter(|e| is_actor(e) && a.as_ref().is_none_or(|a| a.actor != e.actor))
                    .map(|e| e.actor.clone())
            };
            if i + n < end && l.has_tok(Cat::NounDeterminer, t, i + n) {
                if let Some((k, m)) = l
                    .find(Cat::BrandNoun, t, i + n + 2, c.reach(i + n, 8, end))
                    .filter(|&(k, _)| (i + n..k).all(|j| !ends_clause(t, j) && t.norm(j) != ","))
                {
                    let a = actor_for(c, start, end, i)
                        .or_else(|| subject_or_pronoun(c, start, i, mem));
                    // (or the one the object names: "called the Israeli strikes a violation")
                    let target = by_agent(&a, k + m).or_else(|| {
                        c.ents
                            .iter()
                            .find(|e| {
                                // (an adjective names the agent: "the Israeli strikes")
                                e.first > i + n
                                    && e.last < k
                                    && a.as_ref().is_none_or(|a| a.actor != e.actor)
                            })
                            .map(|e| e.actor.clone())
                    });
                    push(StanceType::Accuse, k + m - 1, a, target, found);
                    i = k + m;
                    continue;
                }
            }
            // "described them as unprovoked", "characterizes these groups as terrorist"
            if let Some(as_at) =
                (i + n..c.reach(i + n, 5, end)).find(|&k| l.has_tok(Cat::PredicativeAs, t, k))
            {
                if let Some((k, m)) = l.find(Cat::BrandNoun, t, as_at + 1, c.reach(as_at, 5, end)) {
                    let a = actor_for(c, start, end, i)
                        .or_else(|| subject_or_pronoun(c, start, i, mem));
                    let target = by_agent(&a, k + m);
                    push(StanceType::Accuse, k + m - 1, a, target, found);
                    i = k + m;
                    continue;
                }
                // a weaker word accuses the party whose act the object names ("views the
                // Israeli strikes as an attempt to …"), no one else
                if let Some((k, m)) =
                    l.find(Cat::WeakBrandNoun, t, as_at + 1, c.reach(as_at, 3, end))
                {
                    let a = actor_for(c, start, end, i)
                        .or_else(|| subject_or_pronoun(c, start, i, mem));
                    // (the object's first word or the one after its determiner: "the Israeli
                    // strikes", not "the strikes on Syrian towns")
                    let owner = c
                        .ents
                        .iter()
                        .find(|e| {
                            (e.first == i + n
                                || (e.first == i + n + 1
                                    && l.has_tok(Cat::NounDeterminer, t, i + n)))
                                && e.last < as_at
                                && a.as_ref().is_some_and(|a| a.actor != e.actor)
                        })
                        .map(|e| e.actor.clone());
                    if let Some(target) = owner {
                        push(StanceType::Accuse, k + m - 1, a, Some(target), found);
                        i = k + m;
                        continue;
                    }
                }
            }
        }
        // "held X responsible"
        if l.has_tok(Cat::HoldVerb, t, i) {
            if let Some((k, _)) = l.find(Cat::ResponsibleWord, t, i + 1, c.reach(i, 7, end)) {
                let target = c
                    .ents
                    .iter()
                    .find(|e| e.first > i && e.last < k && is_actor(e))
                    .map(|e| e.actor.clone());
                if target.is_some() {
                    let a = actor_for(c, start, end, i)
                        .or_else(|| subject_or_pronoun(c, start, i, mem));
                    push(StanceType::Accuse, k, a, target, found);
                    i = k + 1;
                    continue;
                }
            }
        }
        // pledges of aid and support
        let stand = l.at(Cat::StandBy, t, i, end);
        // (an announcement of another's pledge is that pledge: "the ministry announced that
        // Japan will extend a loan" is Japan's; the later verb has it)
        // (a refusal pledges nothing: "refused to send aid")
        let refused = refused_before(c, start, i, 3);
        let pledge = l
            .at(Cat::AidPledgeVerb, t, i, end)
            .filter(|_| !refused)
            .and_then(|n| {
                l.find(Cat::AidPledgeObject, t, i + n, c.reach(i + n, 8, end))
                    .filter(|&(k, _)| (i + n..k).all(|j| !ends_clause(t, j)))
                    // ("announced a ceasefire to support relief efforts": the verb of a purpose
                    // after another object; "pledged to support" is the pledge's own)
                    .filter(|&(k, _)| !(k > i + n + 1 && l.has_tok(Cat::InfinitiveTo, t, k - 1)))
                    .filter(|&(k, _)| {
                        !(i + n..k).any(|j| {
                            l.at(Cat::AidPledgeVerb, t, j, end).is_some() && c.ent_at(j).is_none()
                        })
                    })
                    .map(|(k, m)| (n, k + m - 1))
            });
        if let Some((n, last)) = stand.map(|n| (n, i + n)).or(pledge) {
            let a = actor_for(c, start, end, i).or_else(|| subject_or_pronoun(c, start, i, mem));
            // the recipient is named in the pledge's clause ("…, with the EU contributing …"
            // is another donor)
            let clause_end = (last + 1..end)
                .find(|&k| t.norm(k) == "," || ends_clause(t, k))
                .unwrap_or(end);
            let target = a
                .as_ref()
                .and_then(|a| object_after(c, i + n, clause_end, &a.actor));
            push(StanceType::OfferAid, last, a, target, found);
            i = last + 1;
            continue;
        }
        i += 1;
    }
}

/// Demands stated as conditions: "Russia will only agree to a pause if supplies to Ukraine are
/// halted", "Washington said it would not lift sanctions until Moscow withdraws", "Kenya's terms
/// include the withdrawal of all foreign troops". The one who sets the condition demands it:
/// the subject of the limited or negated modal (through a pronoun to its speaker), or the owner
/// of the terms; the target is the first other actor of the condition.
fn conditions(c: &Ctx, start: usize, end: usize, mem: &Mem, found: &mut Vec<Found>) {
    let (t, l) = (c.t(), lexicon());
    let spans = quote_spans(c, start, end);
    for k in start + 1..end {
        if in_quote(&spans, k) {
            continue;
        }
        // "Kenya's terms include …", "the rebels' demands are …", "Hamas's main condition for a
        // truce is …"
        if let Some(n) = l.at(Cat::TermsNoun, t, k, end) {
            // the list verb, right after the noun or after its "for …" phrase
            let listed = if k + n < end && l.has_tok(Cat::DemandListVerb, t, k + n) {
                Some(k + n)
            } else if k + n < end && l.has_tok(Cat::BenefactivePrep, t, k + n) {
                (k + n + 1..c.reach(k + n, 7, end))
                    .take_while(|&j| !ends_clause(t, j) && t.norm(j) != ",")
                    .find(|&j| l.has_tok(Cat::DemandListVerb, t, j))
            } else {
                None
            };
            // the owner: "X's" right before the noun or before up to two plain words ("main")
            let owner = (1..=3)
                .take_while(|&d| d == 1 || (k >= start + d && is_plain_word(c, k + 1 - d)))
                .find(|&d| k > start + d && l.has_tok(Cat::PossessiveClitic, t, k - d))
                .and_then(|d| c.ent_at(k - d - 1))
                .filter(|e| is_actor(e));
            if let (Some(v), Some(o)) = (listed, owner) {
                let clause_end = (v..end).find(|&j| ends_clause(t, j)).unwrap_or(end);
                let target = object_after(c, v, clause_end, &o.actor);
                found.push(Found {
                    kind: StanceType::Demand,
                    at: k,
                    last: v,
                    actor: o.clone(),
                    target,
                });
                continue;
            }
            // "Kyiv made the return of the territory a precondition for peace", "Israel set the
            // release of the hostages as a condition": who makes it a condition demands it
            let article = k > start && l.has_tok(Cat::Article, t, k - 1);
            let made = (start..k.saturating_sub(1))
                .rev()
                .take_while(|&j| !ends_clause(t, j) && t.norm(j) != ",")
                .find(|&j| l.has_tok(Cat::StipulateVerb, t, j));
            if let (true, Some(m)) = (article, made) {
                if let Some(a) = actor_for(c, start, end, m) {
                    let target = object_after(c, m + 1, k, &a.actor);
                    found.push(Found {
                        kind: StanceType::Demand,
                        at: m,
                        last: k + n - 1,
                        actor: a,
                        target,
                    });
                }
            }
            continue;
        }
        // "The bloc gave the junta a 72-hour deadline to hand back power": a demand on the one
        // given the time
        if l.has_tok(Cat::DeadlineNoun, t, k)
            && k + 1 < end
            && l.has_tok(Cat::InfinitiveTo, t, k + 1)
        {
            let given = (start..k)
                .rev()
                .take(8)
                .take_while(|&j| !ends_clause(t, j) && t.norm(j) != ",")
                .find(|&j| l.has_tok(Cat::GiveVerb, t, j));
            if let Some(g) = given {
                if let Some(a) = actor_for(c, start, end, g) {
                    let target = object_after(c, g + 1, k, &a.actor);
                    found.push(Found {
                        kind: StanceType::Demand,
                        at: g,
                        last: k + 1,
                        actor: a,
                        target,
                    });
                }
            }
            continue;
        }
        let Some(n) = l.at(Cat::ConditionWord, t, k, end) else {
            continue;
        };
        // the main clause before the condition: a modal limited by "only" or negated
        let clause = (start..k)
            .rev()
            .find(|&j| ends_clause(t, j) || t.norm(j) == "\"")
            .map_or(start, |j| j + 1);
        // ("only if", "only when": the condition carries its own limit)
        let self_limited = l.has_tok(Cat::LimitWord, t, k);
        let Some(m) = (clause..k)
            .find(|&j| {
                l.has_tok(Cat::CommitModal, t, j)
                    && (self_limited
                        || l.has_tok(Cat::RefusalWord, t, j)
                        || (j + 1..(j + 3).min(k)).any(|q| l.has_tok(Cat::LimitWord, t, q)))
            })
            // ("has rejected calls for new talks until the RSF withdraws", "refused to
            // negotiate until …": a refusal until another's act)
            .or_else(|| {
                (clause..k).find(|&j| {
                    (l.has_tok(Cat::DenyVerb, t, j) || l.has_tok(Cat::RefusalWord, t, j))
                        && l.has_tok(Cat::UntilWord, t, k)
                        && c.ent_at(k + n)
                            .or_else(|| c.ent_at(k + n + 1))
                            .is_some_and(is_actor)
                })
            })
        else {
            continue;
        };
        if found.iter().any(|f| f.at >= clause && f.at < k + n) {
            continue;
        }
        let cond_end = (k + n..end)
            .find(|&j| ends_clause(t, j) || t.norm(j) == ",")
            .unwrap_or(end);
        // (or the one who said it, when the limited clause's subject is no party and the
        // condition is another party's act: "said peace would not come until Israel ended the
        // occupation")
        let Some((actor, target)) = subject_or_pronoun(c, clause, m, mem)
            .map(|a| {
                let target = object_after(c, k + n, cond_end, &a.actor);
                (a, target)
            })
            .or_else(|| {
                let a = warner(c, start, end, m)?;
                let doer = c
                    .ent_at(k + n)
                    .or_else(|| c.ent_at(k + n + 1))
                    .filter(|e| is_actor(e) && e.actor != a.actor)?;
                let target = Some(doer.actor.clone());
                Some((a, target))
            })
        else {
            continue;
        };
        found.push(Found {
            kind: StanceType::Demand,
            at: m,
            last: (k + n).min(end - 1),
            actor,
            target,
        });
    }
}

/// Whether what a rejecting verb governs from `from` on is outside involvement: an intervention
/// within four words, past the speaker's own name for it ("rejected what it called foreign
/// interference"), or another state's presence.
fn intervention_after(c: &Ctx, from: usize, end: usize) -> bool {
    let (t, l) = (c.t(), lexicon());
    let from = from + l.at(Cat::ClaimMarker, t, from, end).unwrap_or(0);
    (from..c.reach(from, 4, end)).any(|k| l.at(Cat::InterventionNoun, t, k, end).is_some())
        || foreign_presence(c, from, end)
}

/// "rejects any Ethiopian presence", "the presence of Kenyan troops": a presence noun within a
/// few words of `from` that a state's adjective marks as another state's.
fn foreign_presence(c: &Ctx, from: usize, end: usize) -> bool {
    let (t, l) = (c.t(), lexicon());
    (from..c.reach(from, 6, end))
        .take_while(|&k| !ends_clause(t, k))
        .find(|&k| l.has_tok(Cat::PresenceNoun, t, k))
        // the verb's own object: only determiners, "of", names and adjectives before the noun
        // (not "denying that its fighters had attacked Chilean troops")
        .filter(|&k| {
            (from..k).all(|j| {
                l.has_tok(Cat::Article, t, j)
                    || l.has_tok(Cat::Indefinite, t, j)
                    || l.has_tok(Cat::GenitivePrep, t, j)
                    || c.ent_at(j).is_some()
                    || l.has_tok(Cat::PresenceNoun, t, j)
            })
        })
        .is_some_and(|k| {
            // ("French troops" is a body named by its adjective; "its troops" is not foreign)
            c.ents_in(from, c.reach(k, 4, end)).any(|e| {
                e.kind == ActorKind::State
                    && (e.role == Role::Adjective
                        || (e.role == Role::Body
                            && !l.has_tok(Cat::Possessive, t, e.first)
                            && !l.has_tok(Cat::Article, t, e.first)))
            })
        })
}

/// Whether a word has the regular ending of a past participle ("disarmed", "released").
fn is_participle_ending(w: &str) -> bool {
    w.len() >= 5 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether token `j` is a word that no entity covers ("main" in "Hamas's main condition").
fn is_plain_word(c: &Ctx, j: usize) -> bool {
    c.t().kind(j) == Some(crate::tokens::TokKind::Word) && c.ent_at(j).is_none()
}

/// "Both sides blamed each other", "the two countries accused each other": one record per side,
/// the sides being the entities of the sentence or else the article's two main parties.
fn reciprocal(c: &Ctx, start: usize, end: usize, mem: &Mem, found: &mut Vec<Found>) {
    let t = c.t();
    let l = lexicon();
    for i in start..end {
        // "Kyiv and Moscow traded accusations": the pair before the words blames each other
        let mutual = l.at(Cat::MutualBlame, t, i, end);
        let Some(n) = l.at(Cat::BothSides, t, i, end).or(mutual) else {
            continue;
        };

        let v = if mutual.is_some() {
            Some(i)
        } else {
            (i + n..c.reach(i + n, 4, end)).find(|&k| {
                l.has_tok(Cat::AccuseVerb, t, k)
                    || l.has_tok(Cat::DenyVerb, t, k)
                    || l.has_tok(Cat::ThreatVerb, t, k)
                    || l.at(Cat::CallVerb, t, k, end).is_some()
            })
        };
        let Some(v) = v else { continue };
        // ("was in contact with both governments and urged restraint": an object, not the
        // subject of the verb after it; but "with both countries accusing each other" is an
        // absolute clause whose subject they are)
        if mutual.is_none()
            && i > start
            && l.has_tok(Cat::GoverningPrep, t, i - 1)
            && !(l.has_tok(Cat::AbsoluteWith, t, i - 1) && t.norm(v).ends_with("ing"))
        {
            continue;
        }
        let kind = if mutual.is_some() || l.has_tok(Cat::AccuseVerb, t, v) {
            StanceType::Accuse
        } else if l.has_tok(Cat::DenyVerb, t, v) {
            StanceType::Deny
        } else if l.has_tok(Cat::ThreatVerb, t, v) {
            StanceType::Warn
        } else if l
            .find(Cat::CeasefireObject, t, v, c.reach(v, 10, end))
            .is_some()
        {
            StanceType::CallCeasefire
        } else {
            continue;
        };
        // "X and Y have both accused …": the pair named right before; else the article's parties
        let mut sides: Vec<Entity> = Vec::new();
        let mut k = i;
        while k > start {
            k -= 1;
            if let Some(e) = c.ent_at(k).filter(|e| is_actor(e)) {
                sides.insert(0, e.clone());
                k = e.first;
            } else if !l.has_tok(Cat::ListAnd, t, k) {
                break;
            }
        }
        if sides.len() != 2
            && mem.prev_states.len() == 2
            && mutual.is_none()
            && !t.norm(i + n - 1).ends_with("sides")
        {
            // "Rwanda and Burundi … Both accuse the other": the pair just named
            sides = mem.prev_states.clone();
        }
        if sides.len() != 2 {
            sides = mem.parties.clone();
        }
        if sides.len() != 2 {
            continue;
        }
        found.retain(|f| !(f.at == v && f.kind == kind));
        let last = (v + 3).min(end - 1);
        for (a, b) in [(0, 1), (1, 0)] {
            let mut actor = sides[a].clone();
            actor.first = i;
            actor.last = i + n - 1;
            // ("both sides" speaks as written; a pair that traded accusations as named)
            if mutual.is_none() {
                actor.speaker = Some(crate::doc::fold(c.doc.span_text(i, i + n - 1)));
            }
            found.push(Found {
                kind,
                at: v,
                last,
                actor,
                target: Some(sides[b].actor.clone()),
            });
        }
    }
}

/// Reported speech: `X said (that) …`, `"…," X said`, `"…," said X`, `… according to X`, and a
/// quotation running on from the previous sentence's speaker. What was said is typed by its
/// words: a denial, a ceasefire pledge, a warning, a demand or an accusation; speech that is
/// none of these gives no stance. Returns the sentence's last speaker.
fn speech_stances(
    c: &Ctx,
    start: usize,
    end: usize,
    mem: &Mem,
    found: &mut Vec<Found>,
) -> Option<Entity> {
    let t = c.t();
    let l = lexicon();
    let spans = quote_spans(c, start, end);
    let mut events: Vec<(Entity, usize, usize, usize)> = Vec::new();
    for v in start..end {
        if in_quote(&spans, v) {
            continue;
        }
        if let Some(n) = l.at(Cat::According, t, v, end) {
            if let Some(e) = c
                .ents
                .iter()
                .find(|e| e.first >= v + n && e.first <= v + n + 1 && is_actor(e))
            {
                // "According to Peru, Ecuadorian troops shelled …": what follows the comma;
                // "… shelled two villages, according to Peru": what went before
                let opens = (e.last + 1 < end && t.norm(e.last + 1) == ",")
                    && (start..v).all(|k| !matches!(t.kind(k), Some(crate::tokens::TokKind::Word)));
                if opens {
                    events.push((e.clone(), v, e.last + 2, end));
                } else {
                    events.push((e.clone(), v, start, v));
                }
            }
            continue;
        }
        // a speech verb inside a name is no verb ("the United States"), nor one inside "what it
        // claims are"
        let marker = v >= start + 2 && l.at(Cat::ClaimMarker, t, v - 2, end).is_some();
        // "a claim the group has not commented on", "did not say": nothing was said
        // (an auxiliary, then "not" or "never", right before the verb)
        let negated = v >= start + 2
            && l.has_tok(Cat::VerbNegator, t, v - 1)
            && (l.has_tok(Cat::PerfectAux, t, v - 2)
                || l.has_tok(Cat::CommitModal, t, v - 2)
                || l.has_tok(Cat::DoAux, t, v - 2));
        let finding = l.has_tok(Cat::FindingThatVerb, t, v)
            && v + 1 < end
            && l.has_tok(Cat::Complementizer, t, v + 1);
        if !(l.has_tok(Cat::SpeechVerb, t, v) || finding)
            || c.ent_at(v).is_some()
            || negated
            || marker
            || (v > start && l.has_tok(Cat::BeAux, t, v - 1))
            // "a claim that …", "the reports": a noun, not a verb
            || (v > start && l.has_tok(Cat::NounDeterminer, t, v - 1))
        {
            continue;
        }
        // the quotation just before: `"…," X said` / `"…," said X`
        let q_before = spans
            .iter()
            .rev()
            .find(|&&(_, b)| {
                b < v
                    && v - b <= 20
                    && (b + 1..v).all(|k| {
                        t.norm(k) != "\""
                            && !ends_clause(t, k)
                            && !l.has_tok(Cat::Complementizer, t, k)
                    })
            })
            .copied();
        // (past a title: `said Israeli Prime Minister Benjamin Netanyahu`)
        let after_reach = c.reach(v + 1, 4, end);
        let after = c
            .ents
            .iter()
            .find(|e| {
                e.first > v
                    && (e.first <= v + 2
                        || (e.first < after_reach
                            && e.role == Role::Person
                            && (v + 1..e.first)
                                .all(|k| t.kind(k) == Some(crate::tokens::TokKind::Word))))
                    && is_actor(e)
            })
            .cloned();
        let speaker = match q_before {
            // `"…," Nicholas Haysom, the head of the UN mission in X, said`: the speaker named
            // first after the quotation, not a place in its apposition
            Some((_, b)) => c
                .ents
                .iter()
                .find(|e| {
                    e.first > b && e.last < v && is_actor(e) && is_subject_candidate(c, e, b + 1)
                })
                .or_else(|| {
                    c.ents
                        .iter()
                        .rev()
                        .find(|e| e.first > b && e.last < v && is_actor(e))
                })
                .cloned()
                .or_else(|| subject_or_pronoun(c, b + 1, v, mem))
                .or(after.clone()),
            // (`…, said X`: the speaker after an inverted verb; after a participle, `…,
            // saying X had …`, X is what was said, not who said it)
            None => subject_or_pronoun(c, start, v, mem).or_else(|| {
                after.clone().filter(|_| {
                    v > start
                        && matches!(t.norm(v - 1), "," | "'" | "\"")
                        && !t.norm(v).ends_with("ing")
                })
            }),
        };
        // "Putin said Russia would respond to any attack": a speaker the text does not link to
        // an actor, and an actor as the subject of what was said — its own words
        // (a name the lexicon does not know as a word: "Putin said", not "Residents said")
        // ("Biden has said …": past a perfect auxiliary)
        let nv = if v > start + 1 && l.has_tok(Cat::PerfectAux, t, v - 1) {
            v - 1
        } else {
            v
        };
        let named_before = nv > start
            && t.id(nv - 1) == crate::lexicon::NO_WORD
            && c.quote(nv - 1, nv - 1).starts_with(char::is_uppercase);
        let speaker = speaker.or_else(|| {
            (q_before.is_none() && named_before && v + 2 < end)
                .then(|| {
                    // ("said that the United States …": past "that" and an article)
                    let mut k = v + 1 + usize::from(l.has_tok(Cat::Complementizer, t, v + 1));
                    if k + 1 < end && c.ent_at(k).is_none() && l.has_tok(Cat::Article, t, k) {
                        k += 1;
                    }
                    c.ent_at(k)
                })
                .flatten()
                .filter(|e| {
                    is_actor(e) && e.last + 1 < end && l.has_tok(Cat::CommitModal, t, e.last + 1)
                })
                .cloned()
        });
        let Some(speaker) = speaker else { continue };
        let (a, b) = match q_before {
            Some((qa, qb)) => (qa + 1, qb),
            None => {
                // what follows, up to the next reported clause or the end
                let from = if after
                    .as_ref()
                    .is_some_and(|e| e.actor == speaker.actor && e.first > v)
                {
                    after.as_ref().map(|e| e.last + 1).unwrap_or(v + 1)
                } else {
                    v + 1
                };
                // another speaker's clause ends it ("…, while Y said …")
                let other_speaker =
                    |k: usize| direct_subject(c, from, k).is_some_and(|e| e.actor != speaker.actor);
                // "While Moscow insists …, Kyiv says …": the opening clause ends at its comma
                let opened = l.at(Cat::ClauseOpener, t, start, end).is_some()
                    && (start..v).all(|k| t.norm(k) != ",");
                let to = (from..end)
                    .find(|&k| {
                        t.norm(k) == ";"
                            || l.has_tok(Cat::ContrastClauseWord, t, k)
                            || (opened && t.norm(k) == "," && !in_quote(&spans, k))
                            || (k > from + 2
                                && l.has_tok(Cat::SpeechVerb, t, k)
                                && c.ent_at(k).is_none()
                                && !in_quote(&spans, k)
                                && other_speaker(k))
                    })
                    .unwrap_or(end);
                let words = (from..to)
                    .filter(|&k| t.kind(k) == Some(crate::tokens::TokKind::Word))
                    .count();
                // "'…,' says X": a quotation in single marks before the verb
                let after_quote = v > start + 1 && t.norm(v - 1) == "'" && t.norm(v - 2) == ",";
                if words < 2 || after_quote || recipient_only(c, from, to) {
                    // "…, officials said.": the clause before the speaker, unless that clause
                    // has a speaker of its own ("X said that Y was backing Z, the ministry
                    // said": the ministry only reports X's words)
                    let upto = speaker.first.max(start).min(v);
                    if events
                        .iter()
                        .any(|e| e.1 < upto && e.0.actor != speaker.actor)
                    {
                        continue;
                    }
                    (start, upto)
                } else {
                    (from, to)
                }
            }
        };
        events.push((speaker, v, a, b));
    }
    // a quotation that runs on from the previous sentence's speaker
    let attributed = (start..end).any(|k| !in_quote(&spans, k) && l.has_tok(Cat::SpeechVerb, t, k));
    if events.is_empty() && !attributed && t.is_quote_mark(start) {
        if let Some(sp) = &mem.last_speaker {
            events.push((
                Entity {
                    first: start,
                    last: start,
                    ..sp.clone()
                },
                start,
                start + 1,
                end,
            ));
        }
    }
    let mut last = None;
    for (speaker, v, a, b) in events {
        last = Some(speaker.clone());
        if a >= b || found.iter().any(|f| f.at == v) {
            continue;
        }
        // what was said runs up to the speaker's next stance verb ("claimed it had no connection
        // … and insisted it was committed …"): that verb has its own record
        let b = found
            .iter()
            .filter(|f| f.actor.actor == speaker.actor && f.at > a && f.at < b)
            .map(|f| f.at)
            .min()
            .unwrap_or(b);
        if found.iter().any(|f| f.at == a) {
            continue;
        }
        // the statement takes its first kind in order of priority (a second reading of the same
        // words is more often wrong than right)
        // (each "that"-clause after "but"/"and" is a statement of its own: "said the group
        // remained committed to the truce but that its patience has limits")
        let mut kinds: Vec<_> = classify(c, a, b, &speaker).into_iter().take(1).collect();
        let mut parts: Vec<usize> = (a + 2..b)
            .filter(|&j| {
                l.has_tok(Cat::Complementizer, t, j)
                    && (l.has_tok(Cat::Contrast, t, j - 1) || l.has_tok(Cat::ListAnd, t, j - 1))
            })
            .collect();
        parts.push(b);
        for w in parts.windows(2) {
            let more = classify(c, w[0], w[1], &speaker).into_iter().next();
            if let Some(k) = more.filter(|k| kinds.iter().all(|x| x.0 != k.0)) {
                kinds.push(k);
            }
        }
        for (kind, target, at, upto) in kinds {
            // an explicit verb already gave this speaker this kind here
            if found
                .iter()
                .any(|f| f.actor.actor == speaker.actor && f.kind == kind && f.at >= a && f.at < b)
            {
                continue;
            }
            found.push(Found {
                kind,
                at: at.min(v),
                last: upto.max(v),
                actor: speaker.clone(),
                target,
            });
        }
    }
    last
}

/// The token after a time phrase at `k` ("on June 11", "on Monday", "Monday", "on 11 June"),
/// or `k` when there is none. (Not the date recogniser: it reads only dates it can place, and
/// an undated article's "June 11" still stands between a verb and its "that".)
fn past_time(c: &Ctx, k: usize, end: usize) -> usize {
    let (t, l) = (c.t(), lexicon());
    let mut j = k;
    if j < end && l.has_tok(Cat::DayPrep, t, j) {
        j += 1;
    }
    let from = j;
    while j < end
        && (l.has_tok(Cat::Weekday, t, j)
            || crate::numbers::month(t.norm(j)).is_some()
            || t.kind(j) == Some(crate::tokens::TokKind::Number))
    {
        j += 1;
    }
    if j > from {
        j
    } else {
        k
    }
}

/// Whether `e` is a dateline's place ("KABUL Civilian casualties rose …", "BAMAKO (Reuters) -"):
/// a capital written in capitals, opening its sentence, that the next word does not continue.
/// It says where the story was filed, not who acted.
fn is_dateline(c: &Ctx, e: &Entity) -> bool {
    let t = c.t();
    let opens = c
        .doc
        .sentence_at(e.first)
        .is_some_and(|s| s.first == e.first);
    let next = e.last + 1;
    opens
        && matches!(e.role, Role::Capital | Role::Name)
        && c.quote(e.first, e.last)
            .chars()
            .all(|ch| !ch.is_alphabetic() || ch.is_uppercase())
        && c.quote(e.first, e.last)
            .chars()
            .filter(|ch| ch.is_alphabetic())
            .count()
            > 3
        && next < t.len()
        && (c.quote(next, next).starts_with(char::is_uppercase)
            || t.kind(next) != Some(crate::tokens::TokKind::Word))
}

/// Whether tokens `from..to` after a speech verb say only to whom, through what or when it was
/// said ("told the Interfax news agency", "was quoted as saying by state media on Friday",
/// "told reporters in Kyiv"): then what was said is the clause before the speaker.
fn recipient_only(c: &Ctx, from: usize, to: usize) -> bool {
    let (t, l) = (c.t(), lexicon());
    // (a headline capitalises every word: "UN Chief Says World Cannot Afford More War")
    let heading = c.doc.sentence_at(from).is_some_and(|s| s.heading);
    let listed = |k: usize| {
        [
            Cat::Article,
            Cat::RecipientWord,
            Cat::MediaWord,
            Cat::VenuePrep,
            Cat::AgentPrep,
            Cat::Weekday,
            Cat::TimeWord,
        ]
        .iter()
        .any(|&cat| l.has_tok(cat, t, k))
    };
    let word = |k: usize| t.kind(k) == Some(crate::tokens::TokKind::Word);
    // a name ("told Reuters", "by Interfax-Ukraine news agency") ends the span or is followed by
    // a listed word; "Says World Cannot Afford More War" is no recipient
    let name = |k: usize| {
        !heading
            && c.quote(k, k).starts_with(char::is_uppercase)
            && (k + 1 >= to || !word(k + 1) || listed(k + 1) || name_run(c, k + 1, to))
    };
    from < to && (from..to).all(|k| !word(k) || c.ent_at(k).is_some() || listed(k) || name(k))
}

/// Whether token `k` is a capitalised word that starts a run of capitalised words ending the
/// span `..to` or ending before a lower-case listed word (the rest of an outlet's name).
fn name_run(c: &Ctx, k: usize, to: usize) -> bool {
    let t = c.t();
    let mut j = k;
    while j < to && c.quote(j, j).starts_with(char::is_uppercase) && j < k + 3 {
        j += 1;
    }
    j > k
        && (j >= to || t.kind(j) != Some(crate::tokens::TokKind::Word) || {
            let l = lexicon();
            l.has_tok(Cat::MediaWord, t, j) || l.has_tok(Cat::VenuePrep, t, j)
        })
}

/// The kinds a reported statement's words (tokens `a..b`) can have, each with its target, in
/// order of priority: a denial (which excludes an accusation from the same words), a ceasefire
/// pledge, a warning, a demand, an accusation.
fn classify(
    c: &Ctx,
    a: usize,
    b: usize,
    speaker: &Entity,
) -> Vec<(StanceType, Option<String>, usize, usize)> {
    let t = c.t();
    let l = lexicon();
    let mut out: Vec<(StanceType, Option<String>, usize, usize)> = Vec::new();
    let other = c
        .ents
        .iter()
        .find(|e| e.first >= a && e.last < b && e.actor != speaker.actor)
        .map(|e| e.actor.clone());
    let span = |(k, m): (usize, usize)| (k, k + m - 1);
    if let Some(hit) = l.find(Cat::DenyCue, t, a, b) {
        // the denial is the speaker's own: "it has no connection", "its troops only fired"
        // (in the cue's own "that"-clause: "the strikes 'will not deter us', adding that
        // American interests were now legitimate targets" names others' targets)
        let from = (a + 1..hit.0)
            .rev()
            .find(|&k| l.has_tok(Cat::Complementizer, t, k))
            .map_or(a, |k| k + 1);
        let own = (from..hit.0).any(|k| {
            l.has_tok(Cat::DenySelf, t, k) || c.ent_at(k).is_some_and(|e| e.actor == speaker.actor)
        }) || (from..hit.0).all(|k| c.ent_at(k).is_none());
        // "admitting that some contracts had been cancelled by mistake": a fault conceded
        let conceded = (a..hit.0).any(|k| l.has_tok(Cat::ConcedeVerb, t, k));
        if own && !conceded {
            let (k, e) = span(hit);
            out.push((StanceType::Deny, None, k, e));
        }
    }
    // "reports of an airstrike were false": a denial of the claims
    if out.is_empty() {
        // (the first object that names a claim: "insisted that reports … were false" is not
        // stopped by its "that")
        if let Some((k, m)) = (a..b).find_map(|k| {
            l.at(Cat::DenyObject, t, k, b)
                .filter(|_| !l.has_tok(Cat::PronounObject, t, k))
                .map(|m| (k, m))
        }) {
            if let Some(hit) = l.find(Cat::FalseWord, t, k + m, b) {
                let (_, e) = span(hit);
                out.push((StanceType::Deny, None, k, e));
            }
        }
    }
    let denied = !out.is_empty();
    // "it would not accept foreign troops on its soil": refusing to let outsiders in
    let refused_entry = (a..b).find_map(|k| {
        l.at(Cat::AdmitVerb, t, k, b)
            .filter(|_| refused_before(c, a, k, 3))
            .and_then(|m| {
                (k + m..c.reach(k + m, 5, b))
                    .find_map(|j| l.at(Cat::InterventionNoun, t, j, b).map(|n| (k, j + n - 1)))
            })
    });
    if let (Some((k, e)), false) = (refused_entry, denied) {
        out.push((StanceType::RejectIntervention, None, k, e));
        return out;
    }
    // "working with regional partners to secure a humanitarian truce": an effort for a truce
    let effort = (a..b).find_map(|k| {
        let m = l.at(Cat::EffortVerb, t, k, b)?;
        let to = (k + m..c.reach(k + m, 5, b))
            .take_while(|&j| !ends_clause(t, j))
            .find(|&j| {
                l.has_tok(Cat::InfinitiveTo, t, j)
                    && j + 1 < b
                    && l.has_tok(Cat::ObtainVerb, t, j + 1)
            })?;
        (to + 2..c.reach(to + 2, 4, b))
            .find_map(|j| l.at(Cat::TruceNoun, t, j, b).map(|n| (k, j + n - k)))
    });
    // ("would keep fighting until the army agrees to a settlement": the settlement is the
    // condition of a threat, not a call)
    let conditional =
        |k: usize| (k.saturating_sub(6).max(a)..k).any(|j| l.has_tok(Cat::ConditionConj, t, j));
    // "said it was ready for an immediate ceasefire", "open to a long-term truce": readiness
    // for a truce, whatever words qualify it
    let ready = (a..b).find_map(|k| {
        let m = l.at(Cat::TruceReadiness, t, k, b)?;
        (k + m..c.reach(k + m, 4, b))
            .take_while(|&j| {
                !ends_clause(t, j)
                    && t.norm(j) != ","
                    && l.at(Cat::ConditionWord, t, j, b).is_none()
                    && !l.has_tok(Cat::Subordinator, t, j)
            })
            .find_map(|j| l.at(Cat::TruceNoun, t, j, b).map(|n| (k, j + n - k)))
    });
    if let Some(hit) = l
        .find(Cat::CeasefireCue, t, a, b)
        .filter(|&(k, _)| !conditional(k))
        .or(effort)
        .or(ready)
    {
        let (k, e) = span(hit);
        out.push((StanceType::CallCeasefire, None, k, e));
    }
    // ("Despite the disaster, the army keeps bombing": a harm that came is no harm foretold)
    let circumstance = |k: usize| {
        // ("struck missile factories in retaliation for Iran's attack": the motive of an act
        // done, no threat)
        // (but "would strike … in retaliation" threatens)
        if k > a
            && l.has_tok(Cat::MotiveNoun, t, k)
            && l.has_tok(Cat::MotivePrep, t, k - 1)
            && !(a..k).any(|j| l.has_tok(Cat::Modal, t, j))
        {
            return true;
        }
        let k = if k > a && l.has_tok(Cat::NounDeterminer, t, k - 1) {
            k - 1
        } else {
            k
        };
        (k.saturating_sub(3).max(a)..k).any(|j| l.at(Cat::CircumstancePrep, t, j, k) == Some(k - j))
    };
    // "The fight by our forces … against terror will continue": a fight that opens the
    // statement and will go on, however long its subject, warns
    let opens = |j: usize| {
        j < b
            && l.has_tok(Cat::FightNoun, t, j)
            && (j == a
                || (j == a + 1
                    && (l.has_tok(Cat::Article, t, a) || l.has_tok(Cat::Possessive, t, a))))
    };
    if opens(a) || opens(a + 1) {
        let go_on = (a + 2..c.reach(a + 2, 30, b))
            .take_while(|&k| !ends_clause(t, k))
            .find_map(|k| l.at(Cat::ContinueFuture, t, k, b).map(|m| (k, m)));
        if let Some((k, m)) = go_on {
            out.push((StanceType::Warn, other.clone(), k, k + m - 1));
        }
    }
    if !out.iter().any(|x| x.0 == StanceType::Warn) {
        if let Some(hit) = l.find_where(Cat::WarnCue, t, a, b, |k| !circumstance(k)) {
            let (k, e) = span(hit);
            out.push((StanceType::Warn, other.clone(), k, e));
        }
    }
    // ("claimed Biden's statement that Putin 'cannot remain in power' demonstrates …": the
    // words of another's statement are not the speaker's demand)
    let others_words = |k: usize| {
        (a..k).any(|j| {
            l.has_tok(Cat::StatementNoun, t, j)
                && (j.saturating_sub(6).max(a)..j).any(|p| {
                    l.has_tok(Cat::PossessiveClitic, t, p)
                        && p > a
                        && c.ent_at(p - 1).is_some_and(|e| e.actor != speaker.actor)
                })
                && (j + 1..k).any(|q| l.has_tok(Cat::Complementizer, t, q))
        })
    };
    if let Some(hit) = l
        .find(Cat::DemandCue, t, a, b)
        .filter(|&(k, _)| !others_words(k))
    {
        let (k, e) = span(hit);
        // (a halt in the demand's own clause: "the truce was a step in the right direction, but
        // a mechanism was needed to stop violations" demands a mechanism)
        let clause = (a..k)
            .rev()
            .find(|&j| t.norm(j) == "," || l.has_tok(Cat::Contrast, t, j))
            .map_or(a, |j| j + 1);
        if l.find(Cat::CalmWord, t, clause, b).is_some() {
            if !out.iter().any(|x| x.0 == StanceType::CallCeasefire) {
                out.push((StanceType::CallCeasefire, other.clone(), k, e));
            }
        } else {
            out.push((StanceType::Demand, other.clone(), k, e));
        }
    }
    if denied {
        return out;
    }
    // an accusation names another party as the doer; what the speaker says it did itself
    // ("it had targeted a camp") accuses no one
    let from = if l.has_tok(Cat::Complementizer, t, a) {
        a + 1
    } else {
        a
    };
    let own_from = |from: usize| {
        (from..(from + 3).min(b)).any(|k| {
            l.has_tok(Cat::DenySelf, t, k) || c.ent_at(k).is_some_and(|e| e.actor == speaker.actor)
        })
    };
    let own_subject = own_from(from);
    // the subject of the "that"-clause a word stands in ("said Russia remained open to talks but
    // that Kyiv was not ready for serious dialogue": the second clause is Kyiv's)
    let own_clause = |k: usize| {
        (from + 1..k)
            .rev()
            .find(|&j| l.has_tok(Cat::Complementizer, t, j))
            .map_or(own_subject, |j| own_from(j + 1))
    };
    let agent_by = |k: usize| {
        // "the strikes were heavy today, especially by Russian planes": the act's agent, in
        // its clause
        (k..(k + 10).min(b))
            .take_while(|&j| !ends_clause(t, j) && !l.has_tok(Cat::RelativePronoun, t, j))
            .find(|&j| l.has_tok(Cat::PassiveAgentPrep, t, j))
            .and_then(|j| {
                c.ents
                    .iter()
                    .find(|e| e.first > j && e.first <= j + 3 && e.actor != speaker.actor)
            })
            .map(|e| e.actor.clone())
    };
    // "what it claims are US-funded laboratories", "alleged war crimes": an accusation even
    // inside the speaker's own clause
    // (not the target of the speaker's own act: "hitting what it described as X's bases")
    if let Some(hit) = l
        .find(Cat::ClaimMarker, t, a, b)
        .filter(|&(k, _)| !(k > a && l.has_tok(Cat::OwnActPrep, t, k - 1)))
    {
        let (k, e) = span(hit);
        if let Some(o) = c
            .ents
            .iter()
            .find(|x| x.first > k && x.first <= k + 8 && x.last < b && x.actor != speaker.actor)
        {
            out.push((StanceType::Accuse, Some(o.actor.clone()), k, e));
            return out;
        }
    }
    // ("said there had been no major violations": nothing is blamed)
    let impersonal = l.find_asserted(Cat::ImpersonalAccuse, t, a, b);
    if let Some(hit) = impersonal.or_else(|| l.find_asserted(Cat::AccuseCue, t, a, b)) {
        let (k, e) = span(hit);
        let by = agent_by(k);
        // ("… demonstrates the US has no interest in diplomacy": another party right before the
        // cue is its subject, whatever "that" came before)
        let other_subject = c.ents.iter().any(|x| {
            x.last < k
                && x.last + 3 >= k
                && x.first >= a
                && x.actor != speaker.actor
                && x.role != Role::Adjective
                && (x.last + 1..k).all(|j| t.kind(j) == Some(crate::tokens::TokKind::Word))
        });
        if !own_clause(k) || other_subject || by.is_some() || impersonal.is_some() {
            out.push((StanceType::Accuse, by.or(other), k, e));
            return out;
        }
    }
    // "has demonstrated its ability to strike": what a party can do is not an act it is accused of
    let able = |k: usize| {
        l.find(Cat::AbilityWord, t, k.saturating_sub(3).max(a), k)
            .is_some()
    };
    // "were responsible for security at polling stations": responsible for no act
    let for_no_act = |(k, m): (usize, usize)| {
        let j = k + m;
        l.has_tok(Cat::ResponsibleAdjective, t, k + m - 1)
            && j < b
            && l.has_tok(Cat::BenefactivePrep, t, j)
            && !(j + 1..(j + 5).min(b)).any(|q| {
                l.has_tok(Cat::IncidentMarker, t, q)
                    || l.at(Cat::KillActive, t, q, b).is_some()
                    || l.has_tok(Cat::KillNoun, t, q)
                    || l.at(Cat::ActCue, t, q, b).is_some()
            })
    };
    // ("the Shabab, the group responsible for the 2013 attack, is …": an apposition describes
    // its noun, it is not what was said; nor is a participle after a comma with its agent:
    // "the offensive, backed by the coalition, …")
    let described = |k: usize| {
        let comma = (a..k).rev().find(|&p| t.norm(p) == ",");
        comma.is_some_and(|p| {
            (p == k - 1 && k + 1 < b && l.has_tok(Cat::PassiveAgentPrep, t, k + 1))
                || (p > a
                    && c.ent_at(p - 1).is_some()
                    && p + 1 < k
                    && l.has_tok(Cat::Article, t, p + 1)
                    && (k + 1..b).any(|q| t.norm(q) == ","))
        })
    };
    if let Some(hit) = l
        .find_where(Cat::ActCue, t, a, b, |k| !described(k))
        .filter(|&(k, m)| !able(k) && !for_no_act((k, m)))
    {
        let (k, e) = span(hit);
        // "were shelled" is passive; "was shelling" is not
        let passive = k > a
            && l.has_tok(Cat::BeAux, t, k - 1)
            && !l.has_tok(Cat::BeingAux, t, k - 1)
            && !t.norm(k).ends_with("ing");
        let agent = if passive {
            agent_by(k)
        } else {
            agent_by(k).or_else(|| {
                c.ents
                    .iter()
                    .rev()
                    .find(|x| {
                        x.first >= a
                            && x.last < k
                            && x.actor != speaker.actor
                            && !is_dateline(c, x)
                            && (x.first == 0 || !l.has_tok(Cat::NonAgentPrep, t, x.first - 1))
                            // (the subject of a loss suffered it)
                            && !(x.last + 1..k).any(|j| l.has_tok(Cat::LossVerb, t, j))
                    })
                    .map(|x| x.actor.clone())
            })
        };
        if let (Some(o), false) = (agent, own_subject && !passive) {
            out.push((StanceType::Accuse, Some(o), k, e));
        } else if passive && !own_subject && unnamed_agent_by(c, k, b) {
            // "was shot down by militants, an official said": an accusation of a party the
            // sentence does not name
            out.push((StanceType::Accuse, None, k, e));
        }
    }
    out
}

/// Whether the act at `k` names its agent after "by" in the same clause with a word for hostile
/// people and no actor ("by militants", "by unidentified gunmen", "by the rebels").
fn unnamed_agent_by(c: &Ctx, k: usize, b: usize) -> bool {
    let (t, l) = (c.t(), lexicon());
    let Some(by) = (k..c.reach(k, 8, b))
        .take_while(|&j| !ends_clause(t, j) && !l.has_tok(Cat::RelativePronoun, t, j))
        .find(|&j| l.has_tok(Cat::PassiveAgentPrep, t, j))
    else {
        return false;
    };
    (by + 1..c.reach(by + 1, 3, b))
        .take_while(|&j| c.ent_at(j).is_none() && !ends_clause(t, j))
        .any(|j| l.has_tok(Cat::HostileAgent, t, j))
}

/// "… in response to what it said were violations by Hamas", "due to what it called Israeli
/// violations": the clause's subject accuses whoever the marked words name, when they name an
/// act or a wrong (not "what it called a pause", nor the target of its own act: "strikes
/// against what it calls terrorists"). The subject is the sentence's first actor, or the
/// previous sentence's when the sentence opens with a pronoun ("It said …").
fn claimed_acts(c: &Ctx, start: usize, end: usize, mem: &Mem, found: &mut Vec<Found>) {
    let (t, l) = (c.t(), lexicon());
    let spans = quote_spans(c, start, end);
    for k in start..end {
        // "its strikes against what it calls terrorists": the target of its own act
        if !l.has_tok(Cat::FreeRelative, t, k)
            || in_quote(&spans, k)
            || (k > start && l.has_tok(Cat::OwnActPrep, t, k - 1))
        {
            continue;
        }
        let Some(m) = l.at(Cat::ClaimMarker, t, k, end) else {
            continue;
        };
        let reach = c.reach(k + m, 8, end);
        let wrong = (k + m..reach).find(|&j| {
            l.at(Cat::AccuseCue, t, j, end).is_some()
                || l.at(Cat::ActCue, t, j, end).is_some()
                || l.at(Cat::AggressionNoun, t, j, end).is_some()
                || l.at(Cat::BrandNoun, t, j, end).is_some()
        });
        let Some(w) = wrong else { continue };
        // reported speech before the marker ("He added that X is using what it described as
        // …", "the group said it would … due to what it called …"): the speaker's words
        let speech = (start..k)
            .rev()
            .find(|&j| !in_quote(&spans, j) && l.has_tok(Cat::SpeechVerb, t, j));
        let actor = match speech {
            Some(sv) => subject_or_pronoun(c, start, sv, mem),
            None => c
                .ents
                .iter()
                .find(|e| {
                    e.first >= start
                        && e.last < k
                        && is_subject_candidate(c, e, start)
                        && !in_quote(&spans, e.first)
                })
                .cloned()
                // "It said …": the previous sentence's subject, only through a pronoun subject
                .or_else(|| {
                    (k > start && lexicon().has_tok(Cat::PronounBody, t, start))
                        .then(|| mem.prev_subject.clone())
                        .flatten()
                }),
        };
        let Some(actor) = actor else { continue };
        if found
            .iter()
            .any(|f| f.kind == StanceType::Accuse && f.actor.actor == actor.actor)
        {
            continue;
        }
        let target = c
            .ents
            .iter()
            .find(|e| e.first >= k + m && e.first < reach && e.actor != actor.actor)
            .map(|e| e.actor.clone());
        found.push(Found {
            kind: StanceType::Accuse,
            at: k,
            last: w,
            actor,
            target,
        });
    }
}

/// "said the truce was in danger because of attacks by government forces", ""… the violations
/// being committed by India …," Pakistan said": a hostile act its speaker puts on a named agent
/// accuses the agent (one record per agent listed: "violations by Russia and Iran"). The speaker
/// is the quotation's, the subject's, or the subject of a speech verb before the act; a narrator's
/// sentence with no speaker accuses no one, nor does an act that has not happened ("any attacks
/// by X would …").
fn acts_by_agent(c: &Ctx, start: usize, end: usize, mem: &Mem, found: &mut Vec<Found>) {
    let (t, l) = (c.t(), lexicon());
    let spans = quote_spans(c, start, end);
    for i in start..end {
        let Some(n) = l
            .at(Cat::AggressionNoun, t, i, end)
            .or_else(|| l.at(Cat::HaltedAct, t, i, end))
        else {
            continue;
        };
        if i > start && l.has_tok(Cat::Hypothetical, t, i - 1) {
            continue;
        }
        let by = i + n + l.at(Cat::AgentParticiple, t, i + n, end).unwrap_or(0);
        let agents = agents_after_by(c, by, end);
        if agents.is_empty() {
            continue;
        }
        let speech_before = (start..i)
            .rev()
            .find(|&k| !in_quote(&spans, k) && l.has_tok(Cat::SpeechVerb, t, k));
        // (a quotation running on from the previous sentence is its speaker's)
        let runs_on = t.is_quote_mark(start)
            && !(start..end).any(|k| !in_quote(&spans, k) && l.has_tok(Cat::SpeechVerb, t, k));
        let speaker = actor_for(c, start, end, i)
            .or_else(|| speech_before.and_then(|sv| subject_or_pronoun(c, start, sv, mem)))
            .or_else(|| mem.last_speaker.clone().filter(|_| runs_on));
        let Some(a) = speaker else { continue };
        for e in agents {
            let known = found.iter().any(|f| {
                f.kind == StanceType::Accuse
                    && f.actor.actor == a.actor
                    && f.target.as_deref() == Some(e.actor.as_str())
            });
            if e.actor != a.actor && !known {
                found.push(Found {
                    kind: StanceType::Accuse,
                    at: i,
                    last: e.last,
                    actor: a.clone(),
                    target: Some(e.actor.clone()),
                });
            }
        }
    }
}

fn accusations_by_report(c: &Ctx, start: usize, end: usize, found: &mut Vec<Found>) {
    let t = c.t();
    let l = lexicon();
    for i in start..end {
        // "(said|reiterated|claimed|added) that Y (was|is) backing|using ..."
        if !l.has_tok(Cat::SpeechVerb, t, i) {
            continue;
        }
        let j = if i + 1 < end && l.has_tok(Cat::Complementizer, t, i + 1) {
            i + 2
        } else {
            i + 1
        };
        // the reported subject Y: the first entity after "that" (skipping "Azerbaijan's ally")
        let mut k = j;
        let mut y: Option<&Entity> = None;
        while k < c.reach(j, 6, end) {
            if let Some(e) = c.ent_at(k) {
                if k + 1 < end && l.has_tok(Cat::PossessiveClitic, t, e.last + 1) {
                    k = e.last + 2;
                    continue;
                }
                y = Some(e);
                break;
            }
            if ends_clause(t, k) {
                break;
            }
            k += 1;
        }
        let Some(y) = y else { continue };
        // ("said any Israeli attack would …": an act that has not happened)
        if y.first > start && l.has_tok(Cat::Hypothetical, t, y.first - 1) {
            continue;
        }
        let after = y.last + 1;
        let verb_at = (after..c.reach(after, 3, end))
            .find(|&k| l.has_tok(Cat::BackingVerb, t, k) || l.has_tok(Cat::AccusedAct, t, k));
        let Some(v) = verb_at else { continue };
        // "is using" needs an aggression noun after it ("foreign terrorists", "mercenaries")
        if l.has_tok(Cat::ArmingVerb, t, v)
            && l.find(Cat::AggressionNoun, t, v, c.reach(v, 8, end))
                .is_none()
        {
            continue;
        }
        let Some(a) = actor_for(c, start, end, i) else {
            continue;
        };
        // ("said the UN would keep supporting the Lebanese army": backing the speaker's own
        // side is help, not a charge)
        // ("the army, backed by Egypt, has regained momentum": a participle describing the
        // subject's backers, no charge against it)
        if v > 0
            && t.norm(v - 1) == ","
            && v + 1 < end
            && l.has_tok(Cat::PassiveAgentPrep, t, v + 1)
        {
            continue;
        }
        let backs_speaker = l.has_tok(Cat::BackingVerb, t, v)
            && c.ents
                .iter()
                .find(|e| e.first > v && e.first < c.reach(v + 1, 3, end))
                .is_some_and(|e| e.actor == a.actor);
        if a.actor == y.actor
            || backs_speaker
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
        if !l.has_tok(Cat::AggressionNoun, t, i) || l.has_tok(Cat::ViolationPlural, t, i) {
            continue;
        }
        let mut states: Vec<String> = Vec::new();
        let mut k = i;
        while k > start {
            k -= 1;
            if let Some(e) = c.ent_at(k) {
                // "Azerbaijani-Turkish", "Turkish navy" (a body made of the adjective)
                let adjective_led = e.role == Role::Body
                    && !l.has_tok(Cat::DefiniteArticle, c.t(), e.first)
                    && e.kind == ActorKind::State;
                if e.role == Role::Adjective || adjective_led {
                    states.insert(0, e.actor.clone());
                    k = e.first;
                    continue;
                }
                break;
            }
            if !l.has_tok(Cat::AggressionModifier, t, k) {
                break;
            }
        }
        // ("any Israeli attack would trigger a war": an act that has not happened)
        let hypothetical = (k.saturating_sub(1).max(start)..=k)
            .any(|j| j < end && l.has_tok(Cat::Hypothetical, t, j));
        if states.is_empty() || hypothetical {
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

#[cfg(test)]
mod tests {
    use crate::report::StanceType::{self, *};

    /// The stances of a text as (actor, type, target).
    /// The Report of one text, as a one-article bundle.
    fn report(text: &str) -> crate::Report {
        crate::analyze(&[crate::ArticleInput {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        }])
    }

    fn stances(text: &str) -> Vec<(String, StanceType, Option<String>)> {
        report(text)
            .stances
            .into_iter()
            .map(|s| (s.actor, s.kind, s.target))
            .collect()
    }

    /// The stances of a sentence (or short text), one line each: actor, type, target, speaker.
    fn check(text: &str, want: expect_test::Expect) {
        let lines: Vec<String> = report(text)
            .stances
            .iter()
            .map(|s| {
                let kind = serde_json::to_value(s.kind).unwrap_or_default();
                format!(
                    "{} {} -> {} ({})",
                    s.actor,
                    kind.as_str().unwrap_or(""),
                    s.target.as_deref().unwrap_or("-"),
                    s.speaker.as_deref().unwrap_or("-")
                )
            })
            .collect();
        want.assert_eq(&lines.join("\n"));
    }

    fn has(text: &str, actor: &str, kind: StanceType) {
        let s = stances(text);
        assert!(
            s.iter().any(|(a, k, _)| a == actor && *k == kind),
            "{actor} {kind:?} not in {s:?} for {text:?}"
        );
    }

    #[test]
    fn a_speaker_after_a_subordinator_is_the_clause_subject() {
        check(
            "Talks in Nairobi broke down after Uganda accused Kenya of arming the rebels.",
            expect_test::expect!["UGA accuse -> KEN (-)"],
        );
        check(
            "Markets fell sharply before Chad had warned that it would close the border.",
            expect_test::expect!["TCD warn -> - (-)"],
        );
        // a preposition's object with no stance verb right after it is no subject
        check(
            "A day after Uganda, Kenya accused Sudan of arming the rebels.",
            expect_test::expect!["KEN accuse -> SDN (-)"],
        );
    }

    #[test]
    fn a_relative_clause_branding_its_antecedent_accuses_it() {
        check(
            "Kenya will not hold talks with the M23, which it has designated a terrorist group.",
            expect_test::expect!["KEN accuse -> M23 (-)"],
        );
        check(
            "The talks stalled over the role of the M23, which Uganda regards as a terrorist group.",
            expect_test::expect!["UGA accuse -> M23 (-)"],
        );
        // no brand word: no accusation
        check(
            "Kenya hosted talks with the M23, which it calls a partner for peace.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn concern_that_a_harm_could_come_warns() {
        check(
            "Kenya has expressed concern that the fighting in Sudan could spill across its border.",
            expect_test::expect!["KEN warn -> - (-)"],
        );
        // a concern about what is, not what could come: no warning
        check(
            "Kenya was concerned that refugees were sleeping in the open.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn an_intelligence_service_speaks_for_its_state() {
        check(
            "Kenya's military intelligence said Uganda's army had shelled the camp.",
            expect_test::expect!["KEN accuse -> UGA (Kenya's military intelligence)"],
        );
        check(
            "Peru's security service said it had received no reports of fighting.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn readiness_for_a_qualified_truce_calls_for_it() {
        has(
            "The M23 said it was ready for an immediate and unconditional ceasefire.",
            "M23",
            CallCeasefire,
        );
        has(
            "Peru said it was open to a long-term truce.",
            "PER",
            CallCeasefire,
        );
        // ready for something else, a truce only in its condition
        check(
            "Peru said it was ready for war if the truce collapsed.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn subject_separated_by_time_words_and_adverbs() {
        let text = "Norway's defence ministry reported heavy fighting overnight near the border.\n\nThe ministry on Monday again accused the rebels of using civilians as shields.";
        has(text, "NOR", Accuse);
        has("Kenya, which has troops in the region, on Tuesday strongly condemned the shelling of the market.", "KEN", Accuse);
    }

    #[test]
    fn reciprocal_accusations_give_one_record_per_side() {
        let text = "Fighting between Peru and Ecuador flared again along the border on Sunday.\n\nBoth sides blamed each other for the renewed shelling.";
        let s = stances(text);
        assert!(
            s.contains(&("PER".into(), Accuse, Some("ECU".into()))),
            "{s:?}"
        );
        assert!(
            s.contains(&("ECU".into(), Accuse, Some("PER".into()))),
            "{s:?}"
        );
    }

    #[test]
    fn coordinated_speakers_speak_each() {
        let text = "The US, Pakistan and China urged the warring parties to agree to a ceasefire.";
        for a in ["USA", "PAK", "CHN"] {
            has(text, a, CallCeasefire);
        }
    }

    #[test]
    fn stance_verbs() {
        let cases: &[(&str, &str, StanceType)] = &[
            (
                "Chile condemned the bombing of the hospital.",
                "CHL",
                Accuse,
            ),
            (
                "Peru blamed Bolivia for the attack on its convoy.",
                "PER",
                Accuse,
            ),
            (
                "Peru held Bolivia responsible for the attack.",
                "PER",
                Accuse,
            ),
            (
                "Peru branded Bolivia terrorists after the raid.",
                "PER",
                Accuse,
            ),
            (
                "Chile slammed Argentina over the border raid.",
                "CHL",
                Accuse,
            ),
            (
                "Kenya threatened to strike back if the raids continued.",
                "KEN",
                Warn,
            ),
            ("Kenya vowed to crush the insurgency.", "KEN", Warn),
            (
                "Norway urged Sweden to withdraw its troops from the area.",
                "NOR",
                Demand,
            ),
            (
                "Norway appealed for international help after the floods.",
                "NOR",
                RequestAid,
            ),
            ("Chile challenged Peru to prove its claims.", "CHL", Demand),
            (
                "Chile insisted on the withdrawal of all foreign troops.",
                "CHL",
                Demand,
            ),
            ("Peru rejected the accusations.", "PER", Deny),
            ("Peru dismissed the claims as propaganda.", "PER", Deny),
            ("Peru ruled out any involvement in the attack.", "PER", Deny),
            (
                "Japan pledged support to the government in its hour of need.",
                "JPN",
                OfferAid,
            ),
            ("Japan promised to stand by its ally.", "JPN", OfferAid),
        ];
        for (text, actor, kind) in cases {
            has(text, actor, *kind);
        }
    }

    #[test]
    fn quotation_attributed_after_the_quote() {
        let text = "Norway's army chief, General Ola Nordmann, visited the front on Friday.\n\n\"We will respond with force,\" the general warned.";
        has(text, "NOR", Warn);
        let text = "Chile's foreign ministry spoke on Friday.\n\n\"This is a clear violation of the truce,\" it said.";
        has(text, "CHL", Accuse);
    }

    #[test]
    fn pronouns_and_role_nouns_resolve_to_the_last_fitting_actor() {
        let text = "Kenyan envoy John Kamau arrived in the capital on Friday.\n\nThe envoy urged both sides to stop the fighting.";
        has(text, "KEN", CallCeasefire);
        let text = "Kenyan envoy John Kamau arrived in the capital on Friday.\n\nHe said the shelling was a war crime.";
        has(text, "KEN", Accuse);
        let text = "The Peruvian foreign ministry issued a statement on Sunday.\n\nThe spokesman denied that its troops had crossed the border.";
        has(text, "PER", Deny);
    }

    #[test]
    fn title_links_a_person_to_a_body_for_the_whole_text() {
        let text = "UN Secretary-General Ana Lopez visited the region on Monday.\n\nLopez said the attack was a clear violation of international law.";
        has(text, "UN", Accuse);
    }

    #[test]
    fn nominal_forms() {
        let text = "Norwegian Prime Minister Ola Nordmann spoke in Oslo.\n\nHis call for a truce went unanswered.";
        has(text, "NOR", CallCeasefire);
        has(
            "The strikes came days after a warning by Chile that it would retaliate.",
            "CHL",
            Warn,
        );
    }

    #[test]
    fn no_stance_without_a_speaker_or_a_stance() {
        assert!(stances("The weather was fine and the market opened on time.").is_empty());
        assert!(stances("Officials said the road to the airport reopened on Monday.").is_empty());
        // what a speaker says it did itself accuses no one
        assert!(
            !stances("Chile said it had struck a camp used by fighters from Peru.")
                .iter()
                .any(|(_, k, _)| *k == Accuse)
        );
    }

    #[test]
    fn reported_speech_is_typed_by_its_words() {
        has(
            "Chile said the shelling of the border town was a clear violation of the truce.",
            "CHL",
            Accuse,
        );
        has(
            "\"Peru will pay a heavy price for this,\" the Chilean foreign ministry said.",
            "CHL",
            Warn,
        );
        has(
            "Bolivia said its forces were not responsible for the blast.",
            "BOL",
            Deny,
        );
        has(
            "Norway said both sides must exercise restraint.",
            "NOR",
            CallCeasefire,
        );
        has(
            "Norway said Sweden must withdraw its troops before any talks.",
            "NOR",
            Demand,
        );
        // a speech verb inside a name is no verb
        assert!(!stances("The United States must act, the paper argued.")
            .iter()
            .any(|(a, _, _)| a == "USA"));
    }

    #[test]
    fn an_organisation_speaks_through_its_organ() {
        // its organ named after it in capitals: not the UN's "Security Council" inside
        check(
            "The African Union Peace and Security Council urged Chad and Niger to exercise restraint.",
            expect_test::expect!["AU call_ceasefire -> - (-)"],
        );
        check(
            "The chairman of the African Union Commission urged Chad and Niger to exercise restraint.",
            expect_test::expect!["AU call_ceasefire -> - (The chairman of the African Union Commission)"],
        );
        // a lower-case organ between its possessive and a title
        check(
            "The African Union's commission chairman urged Chad and Niger to exercise restraint.",
            expect_test::expect![
                "AU call_ceasefire -> - (The African Union's commission chairman)"
            ],
        );
    }

    #[test]
    fn standing_ready_to_support_offers_aid() {
        check(
            "Algeria said it stood ready to support Niger.",
            expect_test::expect!["DZA offer_aid -> NER (-)"],
        );
    }

    #[test]
    fn no_intention_of_an_act_denies_it() {
        check(
            "Eritrea's information minister said Eritrea had \"no intention of going to war\".",
            expect_test::expect!["ERI deny -> - (Eritrea's information minister)"],
        );
    }

    #[test]
    fn an_abbreviated_rank_after_an_organ_title() {
        // "Army spokesman Brig. Gen. X": the organ's state, past the rank's abbreviations
        check(
            "Fighting raged in Chad on Monday.\n\nArmy spokesman Brig. Gen. Idriss Kamougue said the FACT rebels had attacked first.",
            expect_test::expect!["TCD accuse -> FACT (Idriss Kamougue)"],
        );
    }

    #[test]
    fn a_bare_organ_is_not_another_body_named_before() {
        // the latest body was China's ministry; "the military" is the article's state's
        check(
            "Laos's army fought rebels in Laos on Monday.\n\nChina's foreign ministry called on all parties to honour the truce.\n\nThe military did not respond to a request for comment.",
            expect_test::expect![[r#"
                CHN call_ceasefire -> - (China's foreign ministry)
                LAO no_comment -> - (The military)"#]],
        );
    }

    #[test]
    fn no_violation_blames_no_one() {
        check(
            "The UN mission in Haiti said there had been no major violations of the truce.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn consequences_foretold_warn() {
        check(
            "\"If the army keeps attacking us, there will be consequences,\" the ELN commander said.",
            expect_test::expect!["ELN warn -> - (ELN commander)"],
        );
    }

    #[test]
    fn a_bare_body_after_a_quotation_is_its_first_subject_state() {
        // not the capital the quotation names as an object
        check(
            "\"Chile will give Lima all necessary help if the fighting spreads to Peru,\" the foreign ministry said.",
            expect_test::expect!["CHL offer_aid -> PER (-)"],
        );
    }

    #[test]
    fn a_source_reporting_a_speaker_does_not_take_the_speaker_s_words() {
        // the trailing "…, Argentina's foreign ministry said" reports the president's words: they
        // stay his
        check(
            "Chile's president in his letter to Argentina said that Peru was backing the rebels, Argentina's foreign ministry said.",
            expect_test::expect!["CHL accuse -> PER (Chile's president)"],
        );
    }

    #[test]
    fn an_occasion_between_subject_and_verb_is_passed() {
        check(
            "Kenya's foreign minister during a visit to Addis Ababa warned that Eritrea would pay a price.",
            expect_test::expect!["KEN warn -> ERI (Kenya's foreign minister)"],
        );
        // inside a quotation the words are its speaker's: "troops" do not warn
        check(
            "\"An intervention by Chadian troops at this stage would lead to an escalation,\" the AU envoy told AFP.",
            expect_test::expect!["AU warn -> - (the AU envoy)"],
        );
    }

    #[test]
    fn a_threat_made_on_a_date() {
        check(
            "Russia's Security Council deputy chairman Dmitry Medvedev threatened on June 11 that Moscow would strike Kyiv.",
            expect_test::expect!["RUS warn -> - (Dmitry Medvedev)"],
        );
    }

    #[test]
    fn losses_suffered_accuse_no_one() {
        // the subject of "lost" and the people "among" whom casualties fell are the victims
        check(
            "Ukraine's General Staff said that Russian forces have lost over 1,000 personnel killed and wounded.",
            expect_test::expect![[r#""#]],
        );
        check(
            "The casualties among North Korean troops have exceeded 4,500 killed and wounded, Ukraine's General Staff said.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn more_verbs_of_saying() {
        check(
            "Kenya complained that Somalia was arming the militias.",
            expect_test::expect!["KEN accuse -> SOM (-)"],
        );
        check(
            "Ethiopia's foreign minister countered that Eritrea had violated the truce.",
            expect_test::expect!["ETH accuse -> ERI (Ethiopia's foreign minister)"],
        );
        // what a party concedes of itself accuses no one ("admitted" is no verb of saying:
        // "the injured officer was admitted to hospital")
        check(
            "Israel's army conceded that its troops had fired on the convoy.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn describing_attacks_as_reckless_accuses() {
        check(
            "The Pentagon described the Houthi attacks as reckless.",
            expect_test::expect!["USA accuse -> HOUTHIS (-)"],
        );
        // a description that blames no one accuses no one
        check(
            "Kenya described the situation in the north as calm.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn not_hesitating_to_act_warns() {
        check(
            "Britain said it would not hesitate to act.",
            expect_test::expect!["GBR warn -> - (-)"],
        );
    }

    #[test]
    fn intransigence_blamed_is_an_accusation() {
        has(
            "Kenya said the talks had stalled because of the rebels' continued intransigence.",
            "KEN",
            Accuse,
        );
    }

    #[test]
    fn a_body_or_title_of_two_words_is_the_article_state() {
        // "the foreign ministry", "the prime minister": the whole phrase is the body or title,
        // though its first word is neither
        check(
            "Chad's army and the rebels agreed to a truce on Friday.\n\nThe foreign ministry condemned the shelling of a camp.\n\nThe prime minister called for an immediate ceasefire.",
            expect_test::expect![[r#"
                TCD accuse -> - (The foreign ministry)
                TCD call_ceasefire -> - (The prime minister)"#]],
        );
    }

    #[test]
    fn participle_of_a_statement_speaks_for_its_issuer() {
        has(
            "Chile issued a statement on Monday denying that its troops had crossed the border.",
            "CHL",
            Deny,
        );
        has(
            "Peru issued a statement condemning the air strikes by Chile.",
            "PER",
            Accuse,
        );
        // a statement recalled or repeated is still its issuer's
        has(
            "The Peruvian president recalled his statement on Friday condemning the \"reckless escalation\" by Chile.",
            "PER",
            Accuse,
        );
    }

    #[test]
    fn lists_and_prepositional_phrases_before_the_verb() {
        let text = "UN Secretary-General Ana Lopez and the United Kingdom, France, and China all call for a ceasefire.";
        for a in ["UN", "GBR", "FRA", "CHN"] {
            has(text, a, CallCeasefire);
        }
        has(
            "The Kenyan ambassador to the UN has accused Uganda of arming the rebels.",
            "KEN",
            Accuse,
        );
        let text = "Peru and Ecuador have accused each other of violating the truce.";
        has(text, "PER", Accuse);
        has(text, "ECU", Accuse);
    }

    #[test]
    fn a_coordinated_verb_shares_the_first_verbs_subject() {
        // the words between ("had attacked Chilean troops") name no speaker
        let text = "Hamas issued a statement denying that its fighters had attacked Chilean troops and condemning the Chilean strikes.";
        has(text, "HAMAS", Deny);
        has(text, "HAMAS", Accuse);
        assert!(
            !stances(text).iter().any(|(a, _, _)| a == "CHL"),
            "{:?}",
            stances(text)
        );
        has(
            "Peru's defence ministry denied the claims and instead claimed that Ecuadorian intelligence is issuing fake calls.",
            "PER",
            Accuse,
        );
    }

    #[test]
    fn what_it_called_names_an_accusation() {
        let text = "Peru carried out the strikes in response to what it said were violations by Ecuador of the truce.";
        assert_eq!(
            stances(text),
            vec![("PER".to_string(), Accuse, Some("ECU".to_string()))]
        );
        has(
            "Hamas said it would postpone the handover due to what it called Chilean \"violations\".",
            "HAMAS",
            Accuse,
        );
        // a neutral name, or the target of its own act, accuses no one
        assert_eq!(
            stances("Peru agreed to what it called a humanitarian pause."),
            vec![]
        );
        assert_eq!(
            stances(
                "Peru said it will keep up its strikes against what it calls terrorist groups."
            ),
            vec![]
        );
    }

    #[test]
    fn an_acronym_in_brackets_between_subject_and_verb() {
        has(
            "The International Committee of the Red Cross (ICRC) later condemned the attack.",
            "ICRC",
            Accuse,
        );
    }

    #[test]
    fn the_agent_of_a_passive_accusation_accuses() {
        assert_eq!(
            stances("Ecuador was blamed by Peru for the attacks."),
            vec![("PER".to_string(), Accuse, Some("ECU".to_string()))]
        );
        let text = "The strikes were condemned by the United Nations and the European Union.";
        has(text, "UN", Accuse);
        has(text, "EU", Accuse);
        // the accused is not the accuser
        let s = stances("Colombia, accused by Peru of arming rebels, denied the charge.");
        assert!(
            s.contains(&("PER".to_string(), Accuse, Some("COL".to_string()))),
            "{s:?}"
        );
        assert!(
            !s.iter().any(|(a, k, _)| a == "COL" && *k == Accuse),
            "{s:?}"
        );
    }

    #[test]
    fn the_agency_stands_for_the_latest_organisation() {
        let text = "The World Food Programme cut rations on Monday.\n\n\"This could amount to a death sentence for millions,\" the agency said.";
        has(text, "WFP", Warn);
    }

    #[test]
    fn travel_advice_warns() {
        has(
            "In a statement, the Foreign Office said: \"We advise against all travel to Chile.\"",
            "GBR",
            Warn,
        );
    }

    #[test]
    fn a_donor_named_with_its_participle_offers_its_own_aid() {
        let text =
            "The U.S. pledged a $20 billion loan, with the EU contributing up to $35 billion.";
        has(text, "USA", OfferAid);
        has(text, "EU", OfferAid);
    }

    #[test]
    fn a_progressive_act_is_no_passive() {
        // "was shelling" names its doer; "were shelled" does not
        assert_eq!(
            stances("The Chilean army said villages were shelled."),
            vec![]
        );
        has(
            "The Chilean army said Peru was shelling villages.",
            "CHL",
            Accuse,
        );
        has(
            "Chilean army spokesman Juan Soto spoke on Sunday. He added that Peru was using civilians as human shields.",
            "CHL",
            Accuse,
        );
    }

    #[test]
    fn asking_for_help_and_for_a_halt() {
        has(
            "Somalia appealed for international help to fight al-Shabab.",
            "SOM",
            RequestAid,
        );
        has(
            "The United Nations called for an immediate halt to the fighting.",
            "UN",
            CallCeasefire,
        );
        has(
            "Ethiopia rejected calls for outside mediation.",
            "ETH",
            RejectIntervention,
        );
    }

    #[test]
    fn the_group_after_an_organisation_is_the_organisation() {
        let text = "Human Rights Watch urged both parties to protect civilians. The group said the attacks could amount to war crimes.";
        let s = stances(text);
        assert!(s.iter().any(|(a, k, _)| a == "HRW" && *k == Warn), "{s:?}");
    }

    #[test]
    fn progressive_pledges_and_passive_warnings() {
        has(
            "Washington was preparing a new package of military aid for Ukraine.",
            "USA",
            OfferAid,
        );
        assert_eq!(
            stances("Ukraine was warned by Russia."),
            vec![("RUS".to_string(), Warn, Some("UKR".to_string()))]
        );
        has("\"Russia is once again terrorising civilians,\" Ukrainian Foreign Minister Andrii Sybiha wrote on X.", "UKR", Accuse);
    }

    #[test]
    fn a_verb_after_and_shares_the_clauses_first_actor() {
        let s = stances("The African Union suspends Niger after the coup and demands the release of its president.");
        assert!(s.iter().any(|(a, k, _)| a == "AU" && *k == Demand), "{s:?}");
        assert!(!s.iter().any(|(a, _, _)| a == "NER"), "{s:?}");
        let s = stances("Russia accuses Ukraine of attacking a nuclear plant; Ukraine denies the claim and blames Russian shelling.");
        assert!(
            s.contains(&("UKR".to_string(), Accuse, Some("RUS".to_string()))),
            "{s:?}"
        );
    }

    #[test]
    fn a_quote_then_a_speaker_with_a_long_apposition() {
        // the dots of "U.N." end no clause
        has(
            "\"The harm done to civilians is totally unacceptable,\" Nicholas Haysom, the head of the U.N. Assistance Mission in Chile, said in a statement.",
            "UN",
            Accuse,
        );
    }

    #[test]
    fn a_title_alone_speaks_for_its_organisation_and_he_follows_it() {
        let text = "The United Nations met on Monday.\n\nThe Secretary-General condemns the attacks on peacekeepers. He calls on the M23 to immediately cease its offensive.";
        has(text, "UN", Accuse);
        has(text, "UN", CallCeasefire);
        // a title alone is no state's ("the Secretary-General" after a state is named)
        let s = stances(
            "Chile said on Monday it was ready.\n\nThe Secretary-General condemns the attacks.",
        );
        assert!(!s.iter().any(|(a, _, _)| a == "CHL"), "{s:?}");
    }

    #[test]
    fn a_carrier_verb_past_an_adverb() {
        has(
            "Russian officials continue to falsely claim that Ukraine is preparing a \"dirty bomb\" attack.",
            "RUS",
            Accuse,
        );
    }

    #[test]
    fn according_to_before_or_after_what_was_said() {
        let want = vec![("PER".to_string(), Accuse, Some("ECU".to_string()))];
        assert_eq!(
            stances("According to Peru, Ecuadorian troops shelled two villages overnight."),
            want
        );
        assert_eq!(
            stances("Ecuadorian troops shelled two villages, according to Peru."),
            want
        );
    }

    #[test]
    fn branding_an_act_accuses() {
        has("Peru called the attack a war crime.", "PER", Accuse);
        assert_eq!(stances("Peru called the talks a success."), vec![]);
    }

    #[test]
    fn officials_in_a_capital_speak_for_its_state() {
        has(
            "Officials in Lima said Ecuadorian forces had fired first.",
            "PER",
            Accuse,
        );
    }

    #[test]
    fn abbreviations_defined_in_brackets_are_actors() {
        let text = "The opposition Northern Liberation Council (NLC) met on Sunday.\n\nNLC spokesman Ali Omar said government attacks were a violation of the truce.";
        has(text, "NLC", Accuse);
    }

    #[test]
    fn complaints_brandings_and_clause_lists() {
        has("Peru described the strikes as unprovoked.", "PER", Accuse);
        has(
            "Moscow complained that Kenya was sending troops across the border.",
            "RUS",
            Accuse,
        );
        let text = "The truce excludes groups such as Hamas and Hezbollah, and Chile has made clear it intends to keep bombing them.";
        let s = stances(text);
        assert!(s.iter().any(|(a, k, _)| a == "CHL" && *k == Warn), "{s:?}");
        assert!(
            !s.iter().any(|(a, _, _)| a == "HAMAS" || a == "HEZBOLLAH"),
            "{s:?}"
        );
    }

    #[test]
    fn a_group_named_before_a_role_noun_speaks_through_it() {
        check(
            "A Hamas spokesman said Israel had violated the truce.",
            expect_test::expect![[r#"HAMAS accuse -> ISR (Hamas spokesman)"#]],
        );
        check(
            "Taliban fighters denied the attack on the market.",
            expect_test::expect![[r#"TALIBAN deny -> - (Taliban fighters)"#]],
        );
    }

    #[test]
    fn an_infinitive_takes_the_subject_of_the_verb_it_completes() {
        check(
            "Norway agreed to send humanitarian aid to Kenya.",
            expect_test::expect![[r#"NOR offer_aid -> KEN (-)"#]],
        );
        // the object of a request is the one asked to act: Japan pledges nothing here
        check(
            "Kenya asked Japan to provide support.",
            expect_test::expect![[r#"KEN request_aid -> JPN (-)"#]],
        );
    }

    #[test]
    fn a_passive_blame_is_the_reporters_accusation() {
        check(
            "Insurgents like the Taliban were blamed for most civilian deaths, the UN mission said.",
            expect_test::expect!["UN accuse -> TALIBAN (the UN mission)"],
        );
        check(
            "The Taliban were blamed for most civilian deaths in a report by the UN.",
            expect_test::expect!["UN accuse -> TALIBAN (-)"],
        );
    }

    #[test]
    fn an_act_by_an_agent_later_in_the_clause_accuses_it() {
        check(
            "A Free Syrian Army commander said the air strikes were heavy today, especially by Russian planes.",
            expect_test::expect!["FSA accuse -> RUS (Free Syrian Army commander)"],
        );
    }

    #[test]
    fn a_condition_set_is_a_demand() {
        check(
            "Russia will only agree to a truce if arms deliveries to Ukraine are halted.",
            expect_test::expect!["RUS demand -> UKR (-)"],
        );
        check(
            "Washington said it would not lift the sanctions until Moscow withdraws its troops.",
            expect_test::expect!["USA demand -> RUS (-)"],
        );
        check(
            "Kenya's terms include the withdrawal of all Ugandan troops.",
            expect_test::expect!["KEN demand -> UGA (-)"],
        );
        // a condition nobody sets
        check(
            "The border will not reopen until further notice.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn asking_a_party_to_give_or_restore_help_is_a_request() {
        check(
            "The World Food Programme urged the United States to reconsider the sweeping cuts.",
            expect_test::expect!["WFP request_aid -> USA (-)"],
        );
        check(
            "Somalia urged its partners to send more troops.",
            expect_test::expect!["SOM request_aid -> - (-)"],
        );
    }

    #[test]
    fn saying_it_would_attack_or_seize_is_a_warning() {
        check(
            "The LRM-PF rebels said they would try to seize control of the town.",
            expect_test::expect!["LRM-PF warn -> - (The LRM-PF rebels)"],
        );
    }

    #[test]
    fn who_is_said_to_be_responsible_is_accused() {
        check(
            "The UN human rights chief said initial reports suggested a Syrian government plane was responsible.",
            expect_test::expect!["UN accuse -> SYR (UN human rights chief)"],
        );
    }

    #[test]
    fn an_announcement_of_another_partys_pledge_is_that_pledge() {
        check(
            "Kenya's finance ministry announced that Japan will extend a loan of about $2 billion to Kenya.",
            expect_test::expect!["JPN offer_aid -> KEN (-)"],
        );
    }

    #[test]
    fn what_a_party_is_able_to_do_accuses_no_one() {
        check(
            "Analysts say al-Shabaab has demonstrated its ability to strike at the heart of the capital.",
            expect_test::expect![[r#""#]],
        );
        check(
            "Analysts say al-Shabaab has attacked the heart of the capital.",
            expect_test::expect!["Analysts accuse -> AL-SHABAAB (Analysts)"],
        );
    }

    #[test]
    fn welcoming_a_truce_is_not_calling_for_one() {
        check(
            "The Secretary-General welcomes last night's ceasefire between the parties.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn warning_against_meddling_rejects_intervention() {
        check(
            "Russia warned Western countries against meddling in the conflict.",
            expect_test::expect!["RUS reject_intervention -> - (-)"],
        );
    }

    #[test]
    fn pushing_for_a_truce_or_for_the_guns_to_fall_silent_calls_for_one() {
        check(
            "Egypt has been pushing for a ceasefire in Gaza.",
            expect_test::expect!["EGY call_ceasefire -> - (-)"],
        );
        check(
            "\"We want the guns to fall silent,\" the Kenyan foreign minister said.",
            expect_test::expect!["KEN call_ceasefire -> - (the Kenyan foreign minister)"],
        );
    }

    #[test]
    fn ruling_out_foreign_troops_rejects_intervention() {
        check(
            "Russia ruled out any foreign peacekeepers in the region.",
            expect_test::expect!["RUS reject_intervention -> - (-)"],
        );
    }

    #[test]
    fn a_ministry_named_by_its_domain_and_a_long_standing_accusation() {
        check(
            "The Palestinian health ministry said Israeli forces had killed 12 people.",
            expect_test::expect!["PSE accuse -> ISR (The Palestinian health ministry)"],
        );
        check(
            "Washington has long accused Tehran of arming the Houthis.",
            expect_test::expect!["USA accuse -> IRN (-)"],
        );
    }

    #[test]
    fn asking_a_party_to_let_aid_through_is_a_demand() {
        check(
            "Washington urged Israel to allow more aid into Gaza.",
            expect_test::expect!["USA demand -> ISR (-)"],
        );
    }

    #[test]
    fn a_threat_in_other_words() {
        check(
            "Moscow said any Western troops in Ukraine would be legitimate targets.",
            expect_test::expect!["RUS warn -> UKR (-)"],
        );
        check(
            "Israel's army chief said the military was ready to launch an offensive in Lebanon.",
            expect_test::expect![""],
        );
        // a speaker the text links to no actor: the actor who is the subject of the words
        check(
            "Putin said Russia would respond to any attack on its territory.",
            expect_test::expect!["RUS warn -> - (-)"],
        );
    }

    #[test]
    fn what_a_review_found_stays_fixed() {
        // a refusal pledges nothing
        check(
            "Hungary refused to send military aid to Ukraine.",
            expect_test::expect![[r#""#]],
        );
        // what others should do is no condition of one's own
        check(
            "Biden said Israel should not launch an offensive in Rafah without a credible plan.",
            expect_test::expect![""],
        );
        // the act's agent, not the agent of a relative clause after it
        check(
            "Israel said Hamas fighters attacked an aid convoy that was escorted by Egyptian police.",
            expect_test::expect!["ISR accuse -> HAMAS (-)"],
        );
        // residents are not Israel: they speak for themselves
        check(
            "Residents said Israel would attack the town again.",
            expect_test::expect!["Residents warn -> ISR (Residents)"],
        );
        // seeking to increase influence is no request for aid
        check(
            "Russia is seeking to increase its influence in Africa.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn money_sent_to_a_party_is_aid() {
        check(
            "Norway will send $40 million to Sudan.",
            expect_test::expect!["NOR offer_aid -> SDN (-)"],
        );
        check(
            "Norway will send 40 observers to Sudan.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn a_speaker_quoted_as_saying_speaks() {
        check(
            "The rebels were responsible for the ambush on the convoy, a Chilean defence ministry official was quoted as saying.",
            expect_test::expect!["CHL accuse -> - (Chilean defence ministry official)"],
        );
    }

    #[test]
    fn a_request_noun_asks_for_what_follows_it() {
        check(
            "NATO met to weigh a Polish request for more air defence systems.",
            expect_test::expect!["POL request_aid -> - (-)"],
        );
        check(
            "The Polish ministry did not respond to a request for comment.",
            expect_test::expect!["POL no_comment -> - (The Polish ministry)"],
        );
    }

    #[test]
    fn efforts_to_bring_parties_to_talks_call_for_them() {
        check(
            "Kenya and Ethiopia have been trying to bring the two factions to the negotiating table.",
            expect_test::expect![[r#"
                ETH call_ceasefire -> - (-)
                KEN call_ceasefire -> - (-)"#]],
        );
    }

    #[test]
    fn the_giver_of_a_deadline_demands() {
        check(
            "The African Union gave Chad's military council a 30-day deadline to hold elections.",
            expect_test::expect!["AU demand -> - (-)"],
        );
        check(
            "Iran issued a stern warning to Azerbaijan.",
            expect_test::expect!["IRN warn -> AZE (-)"],
        );
    }

    #[test]
    fn a_warning_by_an_agent_is_the_agents() {
        check(
            "In Tripoli, a warning by the Italian prime minister that troops could be sent drew anger.",
            expect_test::expect!["ITA warn -> - (the Italian prime minister)"],
        );
    }

    #[test]
    fn more_attacks_to_come_is_a_warning() {
        check(
            "A spokesman for al-Shabaab said further attacks would follow.",
            expect_test::expect!["AL-SHABAAB warn -> - (-)"],
        );
    }

    #[test]
    fn vowing_to_stand_by_a_party_pledges_support() {
        check(
            "Egypt vowed to stand by Sudan.",
            expect_test::expect!["EGY offer_aid -> SDN (-)"],
        );
    }

    #[test]
    fn a_states_junta_speaks_for_it() {
        check(
            "Niger's junta accused Benin of harbouring saboteurs.",
            expect_test::expect!["NER accuse -> BEN (Niger's junta)"],
        );
    }

    #[test]
    fn the_object_of_the_main_verb_is_not_the_participles_subject() {
        check(
            "The council expelled the Belgian envoy, accusing Brussels of meddling.",
            expect_test::expect![[r#""#]],
        );
        check(
            "Chad recalled its ambassador from Sudan, accusing Khartoum of arming rebels.",
            expect_test::expect!["TCD accuse -> SDN (-)"],
        );
    }

    #[test]
    fn appeals_for_calm_and_a_return_to_talks_call_for_a_truce() {
        check(
            "Jordan appealed for calm after the clashes.",
            expect_test::expect!["JOR call_ceasefire -> - (-)"],
        );
        check(
            "The Norwegian envoy urged both parties to return to talks.",
            expect_test::expect!["NOR call_ceasefire -> - (The Norwegian envoy)"],
        );
    }

    #[test]
    fn long_names_and_hyphenated_words_count_as_one_word_of_reach() {
        check(
            "Norway urged the Sudanese Armed Forces and the Rapid Support Forces to agree to a 72-hour humanitarian truce.",
            expect_test::expect!["NOR call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn a_word_inside_a_name_is_not_what_is_asked_for() {
        // "Support" in the group's name asks for no support
        check(
            "Norway urged the Rapid Support Forces to lift the siege.",
            expect_test::expect!["NOR demand -> RSF (-)"],
        );
    }

    #[test]
    fn calling_on_allies_to_supply_arms_asks_for_aid() {
        check(
            "The Moldovan president calls on Western allies to supply more air defence systems.",
            expect_test::expect!["MDA request_aid -> - (The Moldovan president)"],
        );
    }

    #[test]
    fn an_announced_aid_package_and_a_threatened_operation() {
        check(
            "The European Union announces 90 million euros in humanitarian aid for Chad.",
            expect_test::expect!["EU offer_aid -> TCD (-)"],
        );
        check(
            "Azerbaijan threatens a new military operation in the region.",
            expect_test::expect!["AZE warn -> - (-)"],
        );
    }

    #[test]
    fn a_clause_opened_by_a_place_and_a_title_has_the_named_person_as_subject() {
        check(
            "The AU's Sudan envoy Amina Diallo toured the region and condemned the shelling of the camp.",
            expect_test::expect!["AU accuse -> - (Amina Diallo)"],
        );
    }

    #[test]
    fn insisting_that_reports_are_false_denies_them() {
        check(
            "Eritrean state media insisted that reports of an airstrike on the village were \"false\".",
            expect_test::expect!["ERI deny -> - (Eritrean state media)"],
        );
    }

    #[test]
    fn money_raised_for_a_party_is_aid() {
        check(
            "The EU raised 50 million euros for Sudan.",
            expect_test::expect!["EU offer_aid -> SDN (-)"],
        );
    }

    #[test]
    fn a_call_with_or_face_consequences_is_an_ultimatum() {
        check(
            "The Kenyan president called on the al-Shabaab leader to join peace talks, or face dire consequences.",
            expect_test::expect!["KEN warn -> AL-SHABAAB (The Kenyan president)"],
        );
    }

    #[test]
    fn calls_to_address_violations_or_resort_to_dialogue_call_for_a_truce() {
        check(
            "Armenia called on Azerbaijan to address these violations.",
            expect_test::expect!["ARM call_ceasefire -> - (-)"],
        );
        check(
            "Norway called on the authorities to resort to dialogue.",
            expect_test::expect!["NOR call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn a_resolution_approved_by_a_body_speaks_for_it() {
        check(
            "The UN Security Council unanimously approves a resolution demanding a 30-day ceasefire in Yemen.",
            expect_test::expect!["UN call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn the_target_of_ones_own_strike_is_no_accusation() {
        check(
            "Turkey's army said it had struck 30 targets, hitting what it described as PKK hideouts.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn saying_a_party_bears_responsibility_accuses_it() {
        check(
            "Hamas said in a statement that Israel bore full responsibility for the collapse of the talks.",
            expect_test::expect!["HAMAS accuse -> ISR (-)"],
        );
    }

    #[test]
    fn working_to_restore_calm_calls_for_a_truce() {
        check(
            "Qatar said it was working with Egypt to restore calm.",
            expect_test::expect!["QAT call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn wanting_a_party_to_hand_over_arms_demands_it() {
        check(
            "Damascus wants the Kurdish forces to hand over their weapons.",
            expect_test::expect!["SYR demand -> - (-)"],
        );
    }

    #[test]
    fn opposing_foreign_presence_or_peacekeepers_rejects_intervention() {
        check(
            "Egypt said it opposes any foreign military presence in Libya.",
            expect_test::expect!["EGY reject_intervention -> - (-)"],
        );
        check(
            "The Malian army rejected the deployment of African Union peacekeepers.",
            expect_test::expect!["MLI reject_intervention -> - (The Malian army)"],
        );
        check(
            "China said the issue was an internal matter and no outsider had the right to interfere.",
            expect_test::expect!["CHN reject_intervention -> - (-)"],
        );
    }

    #[test]
    fn an_envoy_for_a_place_does_not_speak_for_it() {
        // the envoy is sent to Libya: Libya does not call for a truce, the AU does
        check(
            "The AU special envoy for Libya, Amara Kone, arrived in Tripoli. The envoy urged the parties to extend the truce.",
            expect_test::expect!["AU call_ceasefire -> - (The envoy)"],
        );
    }

    #[test]
    fn having_no_role_denies_it() {
        check(
            "Iran's foreign ministry said Tehran had no role in the attack.",
            expect_test::expect!["IRN deny -> - (Iran's foreign ministry)"],
        );
    }

    #[test]
    fn refusing_to_let_outsiders_in_rejects_intervention() {
        check(
            "Sudan said it would not accept foreign troops on its soil.",
            expect_test::expect!["SDN reject_intervention -> - (-)"],
        );
        // letting in what is no intervention is no rejection
        check(
            "Sudan said it will not allow aid convoys to cross the border.",
            expect_test::expect!["SDN warn -> - (-)"],
        );
    }

    #[test]
    fn sending_a_foreign_presence_away_rejects_it() {
        check(
            "Mali's military rulers ordered French troops to leave the country.",
            expect_test::expect!["MLI reject_intervention -> FRA (Mali's military rulers)"],
        );
        check(
            "The junta in Niamey ordered all foreign forces to withdraw.",
            expect_test::expect!["NER reject_intervention -> - (The junta in Niamey)"],
        );
        // its own troops: an order, not a rejection
        check(
            "Niger's army chief ordered his troops to withdraw from the town.",
            expect_test::expect![[""]],
        );
    }

    #[test]
    fn wanting_another_party_to_act_demands_it() {
        check(
            "Kenya wants the militants to free the hostages before any talks.",
            expect_test::expect!["KEN demand -> - (-)"],
        );
        check(
            "The Taliban want the United States to leave Afghanistan.",
            expect_test::expect!["TALIBAN demand -> USA (-)"],
        );
        // its own wish is no demand
        check("Russia wants to talk.", expect_test::expect![[""]]);
    }

    #[test]
    fn saying_it_will_fight_on_warns() {
        check(
            "Hezbollah said it would keep firing at Israel until the war in Gaza ends.",
            expect_test::expect!["HEZBOLLAH warn -> ISR (-)"],
        );
        check(
            "Somalia's president said the government would take the fight to al-Shabab.",
            expect_test::expect!["SOM warn -> AL-SHABAAB (Somalia's president)"],
        );
    }

    #[test]
    fn a_branded_act_by_an_agent_accuses_the_agent() {
        check(
            "Iran called the killing a cowardly act of state terrorism by Israel.",
            expect_test::expect!["IRN accuse -> ISR (-)"],
        );
        check(
            "Russia described the attack as a terrorist act by Kyiv.",
            expect_test::expect!["RUS accuse -> UKR (-)"],
        );
    }

    #[test]
    fn a_building_said_to_be_hit_by_a_party_accuses_it() {
        check(
            "Human Rights Watch said a school was hit by a Russian air strike.",
            expect_test::expect!["HRW accuse -> RUS (-)"],
        );
    }

    #[test]
    fn the_report_of_the_latest_organisation_speaks_for_it() {
        check(
            "The UN mission in Afghanistan released its annual report on Monday. The report blamed the Taliban for most civilian deaths.",
            expect_test::expect!["UN accuse -> TALIBAN (The report)"],
        );
    }

    #[test]
    fn regarding_a_party_as_terrorist_accuses_it() {
        check(
            "Turkey considers the PKK a terrorist organisation.",
            expect_test::expect!["TUR accuse -> PKK (-)"],
        );
        check(
            "Israel views Hezbollah as a terrorist group.",
            expect_test::expect!["ISR accuse -> HEZBOLLAH (-)"],
        );
        // a view that brands no one
        check(
            "Israel views the truce as a step forward.",
            expect_test::expect![[""]],
        );
    }

    #[test]
    fn fearing_that_harm_will_follow_warns() {
        check(
            "Egypt fears that a collapse of the Sudanese state would flood it with refugees.",
            expect_test::expect!["EGY warn -> - (-)"],
        );
        // fear felt, not voiced
        check(
            "Two residents in Gao spoke on condition of anonymity because they feared reprisals.",
            expect_test::expect![[""]],
        );
    }

    #[test]
    fn an_infinitive_of_purpose_has_the_clauses_subject() {
        check(
            "Norway said on Friday that it will raise its aid budget by $200 million to provide support to Ukraine.",
            expect_test::expect!["NOR offer_aid -> UKR (-)"],
        );
        // the object is a party: its own act, not the subject's
        check(
            "Egypt will allow the Red Cross to deliver aid.",
            expect_test::expect![[""]],
        );
    }

    #[test]
    fn looting_and_besieging_are_acts_one_is_accused_of() {
        check(
            "Hamas said Israeli troops had been looting homes.",
            expect_test::expect!["HAMAS accuse -> ISR (-)"],
        );
    }

    #[test]
    fn condemning_an_act_named_by_its_doer_accuses_the_doer() {
        check(
            "Poland denounced Russian shelling of the city.",
            expect_test::expect!["POL accuse -> RUS (-)"],
        );
    }

    #[test]
    fn summoning_a_diplomat_to_protest_accuses_the_diplomats_state() {
        check(
            "India summoned Pakistan's deputy high commissioner over the killing of two soldiers.",
            expect_test::expect!["IND accuse -> PAK (-)"],
        );
        // a summons with no protest named
        check(
            "Algeria summoned the French ambassador.",
            expect_test::expect![[""]],
        );
    }

    #[test]
    fn un_titles_and_diplomats_speak_for_their_body() {
        check(
            "The UN Secretary-General said the attack was unacceptable.",
            expect_test::expect!["UN accuse -> - (The UN Secretary-General)"],
        );
        check(
            "Sudan's permanent representative told reporters that the RSF was committing genocide.",
            expect_test::expect!["SDN accuse -> RSF (Sudan's permanent representative)"],
        );
    }

    #[test]
    fn appealing_for_money_requests_aid() {
        check(
            "OCHA appealed for $4.2 billion to assist 20 million people.",
            expect_test::expect!["OCHA request_aid -> - (-)"],
        );
        check(
            "The Red Cross appealed for calm.",
            expect_test::expect!["ICRC call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn an_allegation_then_its_rejecter_denies() {
        check(
            "Sudan said the UAE was arming the RSF, an allegation the Emirati government rejected.",
            expect_test::expect![[r#"
                SDN accuse -> ARE (-)
                ARE deny -> - (the Emirati government)"#]],
        );
    }

    #[test]
    fn adverbs_like_instead_stand_between_subject_and_call() {
        check(
            "Beijing has avoided condemning the campaign and instead urged all parties to show restraint.",
            expect_test::expect!["CHN call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn an_opening_clause_of_contrast_ends_at_its_comma() {
        // its own forces striking only military targets: a denial, not an accusation of the
        // party named after the comma
        check(
            "While Moscow insists its forces are only striking military targets, Ukrainian officials have documented repeated attacks on power plants.",
            expect_test::expect!["RUS deny -> - (-)"],
        );
        check(
            "While Kyiv says Russian forces shelled the plant, Moscow blames Ukrainian saboteurs.",
            expect_test::expect![[r#"
                UKR accuse -> RUS (-)
                RUS accuse -> UKR (-)"#]],
        );
    }

    #[test]
    fn a_deliberate_attempt_is_a_branding() {
        check(
            "Kyiv has called the strikes a deliberate attempt to freeze civilians into submission.",
            expect_test::expect!["UKR accuse -> - (-)"],
        );
    }

    #[test]
    fn a_participle_of_claiming_reports_its_clauses_subject() {
        check(
            "The Kremlin continues to prepare the ground for escalation, falsely claiming that NATO is preparing to attack Russia.",
            expect_test::expect!["RUS accuse -> NATO (-)"],
        );
    }

    #[test]
    fn refusing_any_deal_short_of_a_condition_demands_it() {
        check(
            "A Hamas official told reporters that the group would not agree to any deal that does not end the war.",
            expect_test::expect!["HAMAS demand -> - (Hamas official)"],
        );
    }

    #[test]
    fn a_named_speaker_past_has_speaks_for_the_state_of_the_clause() {
        check(
            "Biden has said the United States will not supply offensive weapons for an assault on the city.",
            expect_test::expect!["USA warn -> - (-)"],
        );
    }

    #[test]
    fn urging_people_to_leave_warns() {
        check(
            "Canada has changed its travel advice, urging all citizens without essential business there to leave.",
            expect_test::expect!["CAN warn -> - (-)"],
        );
        // a party urged to withdraw is a demand of it
        check(
            "Ukraine urged Russia to withdraw its troops.",
            expect_test::expect!["UKR demand -> RUS (-)"],
        );
    }

    #[test]
    fn an_entity_in_a_relative_clause_is_not_the_subject() {
        // the exiled government, not the junta
        check(
            "The National Unity Government, which opposes the junta, urged the international community to cut off jet fuel.",
            expect_test::expect!["NUG demand -> - (-)"],
        );
        check(
            "China, which shares a long border with Myanmar, called for an immediate ceasefire.",
            expect_test::expect!["CHN call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn necessary_measures_warn_and_corridors_are_aid() {
        check(
            "Russia said it would take all necessary measures against the drills.",
            expect_test::expect!["RUS warn -> - (-)"],
        );
        check(
            "Thailand has offered to provide humanitarian corridors along the border.",
            expect_test::expect!["THA offer_aid -> - (-)"],
        );
    }

    #[test]
    fn a_speech_verb_negated_says_nothing() {
        // the group said nothing: no accusation of its own, a refusal to comment
        check(
            "Nigeria's army said Boko Haram fighters had abducted 40 women, a claim the group has not commented on.",
            expect_test::expect![[r#"
                NGA accuse -> BOKO-HARAM (Nigeria's army)
                BOKO-HARAM no_comment -> - (the group)"#]],
        );
    }

    #[test]
    fn not_behind_denies_and_breaking_the_truce_accuses() {
        check(
            "The Taliban said they were not behind the attack.",
            expect_test::expect!["TALIBAN deny -> - (-)"],
        );
        check(
            "The ELN said the army had broken the truce first.",
            expect_test::expect!["ELN accuse -> - (-)"],
        );
    }

    #[test]
    fn a_civil_body_named_by_its_head_word_speaks_for_itself() {
        check(
            "The Syrian Observatory for Human Rights said Syrian government forces had shelled the town.",
            expect_test::expect!["Syrian Observatory for Human Rights accuse -> SYR (Syrian Observatory for Human Rights)"],
        );
        check(
            "The Sudan Doctors Network said RSF fighters had killed 40 people.",
            expect_test::expect!["Sudan Doctors Network accuse -> RSF (Sudan Doctors Network)"],
        );
        // a programme named after a purpose speaks for no one
        check(
            "The budget includes $6 billion for the European Deterrence Initiative to counter Russian aggression.",
            expect_test::expect![[""]],
        );
    }

    #[test]
    fn threats_of_regret_warn() {
        check(
            "Iran's foreign ministry spokesman told a weekly news conference that Israel would regret any attack.",
            expect_test::expect!["IRN warn -> ISR (Iran's foreign ministry spokesman)"],
        );
    }

    #[test]
    fn a_title_case_headline_reads_like_prose() {
        check(
            "Russia Warns NATO Against Sending Troops To Ukraine\n\nMoscow said on Monday that it was ready.",
            expect_test::expect!["RUS warn -> NATO (-)"],
        );
        check(
            "Israel Accuses Hamas Of Violating Ceasefire\n\nThe army said on Monday that it had struck targets in Gaza.",
            expect_test::expect!["ISR accuse -> HAMAS (-)"],
        );
    }

    #[test]
    fn a_headline_restated_by_the_body_gives_one_record() {
        // the body's record stands; the headline's, the same actor and kind, is not repeated
        let s = stances(
            "Turkey calls for ceasefire in Gaza\n\nTurkey on Monday called for an immediate ceasefire in Gaza.",
        );
        assert_eq!(
            s.iter()
                .filter(|(a, k, _)| a == "TUR" && *k == StanceType::CallCeasefire)
                .count(),
            1,
            "{s:?}"
        );
    }

    #[test]
    fn a_statement_by_a_body_speaks_for_it() {
        check(
            "A statement by Egypt's foreign ministry condemned the Israeli raid.",
            expect_test::expect!["EGY accuse -> ISR (Egypt's foreign ministry)"],
        );
    }

    #[test]
    fn calling_the_claims_false_denies_them() {
        check(
            "Russia called the reports fabricated.",
            expect_test::expect!["RUS deny -> - (-)"],
        );
        check(
            "Kyiv described the claims as lies.",
            expect_test::expect!["UKR deny -> - (-)"],
        );
        check(
            "Hamas disputed the Israeli account.",
            expect_test::expect!["HAMAS deny -> - (-)"],
        );
    }

    #[test]
    fn a_hypothetical_act_accuses_no_one_and_harm_foretold_warns() {
        check(
            "Hezbollah warned that any Israeli aggression would be met with force.",
            expect_test::expect!["HEZBOLLAH warn -> - (-)"],
        );
        check(
            "Aid agencies said an assault on the city would be a disaster for civilians.",
            expect_test::expect!["Aid agencies warn -> - (Aid agencies)"],
        );
        check(
            "Iran said it would close the Strait of Hormuz if attacked.",
            expect_test::expect!["IRN warn -> - (-)"],
        );
    }

    #[test]
    fn a_harm_that_has_come_is_no_warning() {
        check(
            "\"Despite the disaster, Israel keeps bombing civilians,\" said a spokesperson for Hamas.",
            expect_test::expect!["HAMAS accuse -> ISR (spokesperson for Hamas)"],
        );
        check(
            "\"The strikes will lead to a disaster,\" said a spokesperson for Hamas.",
            expect_test::expect!["HAMAS warn -> - (spokesperson for Hamas)"],
        );
    }

    #[test]
    fn no_involvement_and_self_defence_deny_and_distrust_accuses() {
        check(
            "Hezbollah said it had no involvement in the rocket fire.",
            expect_test::expect!["HEZBOLLAH deny -> - (-)"],
        );
        check(
            "Myanmar's junta said its troops acted in self-defence.",
            expect_test::expect!["MMR deny -> - (Myanmar's junta)"],
        );
        check(
            "The National Unity Government said the junta could not be trusted.",
            expect_test::expect!["NUG accuse -> - (-)"],
        );
    }

    #[test]
    fn firing_is_an_act_one_is_accused_of() {
        check(
            "Hamas keeps firing rockets, Israel said.",
            expect_test::expect!["ISR accuse -> HAMAS (-)"],
        );
        check(
            "Israel said Hamas fired at its troops in Rafah.",
            expect_test::expect!["ISR accuse -> HAMAS (-)"],
        );
    }

    #[test]
    fn an_aid_verb_of_purpose_after_another_object_pledges_nothing() {
        check(
            "Myanmar's military government announced a temporary ceasefire on Wednesday to support relief efforts.",
            expect_test::expect![""],
        );
        check(
            "Germany pledged to support Ukraine.",
            expect_test::expect!["DEU offer_aid -> UKR (-)"],
        );
    }

    #[test]
    fn a_finding_that_and_an_outline_are_said() {
        check(
            "Amnesty International found that Rwanda is secretly arming the M23.",
            expect_test::expect!["AI accuse -> RWA (-)"],
        );
        check(
            "Iran's president outlined the conditions under which Iran would use force against Israel.",
            expect_test::expect!["IRN warn -> ISR (Iran's president)"],
        );
        // (a finding with no "that" says nothing)
        check(
            "Kenya's police found the bodies of five men.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn an_opening_participle_of_a_statement_has_the_main_clauses_subject() {
        check(
            "Recalling his statement on Friday condemning the Israeli strikes, the UN secretary-general urged restraint.",
            expect_test::expect![[r#"
                UN accuse -> ISR (the UN secretary-general)
                UN call_ceasefire -> - (the UN secretary-general)"#]],
        );
    }

    #[test]
    fn an_organ_after_its_owners_possessive_is_the_owners() {
        check(
            "The African Union's Peace and Security Council demanded an immediate end to hostilities.",
            expect_test::expect!["AU call_ceasefire -> - (-)"],
        );
        check(
            "Russia's Security Council said it would respond.",
            expect_test::expect!["RUS warn -> - (Russia's Security Council)"],
        );
        check(
            "The UN Security Council demanded an immediate end to hostilities.",
            expect_test::expect!["UN call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn both_after_a_preposition_is_no_subject_unless_an_absolute_clause() {
        check(
            "Lebanon and Israel traded fire. The U.S. State Department said Washington was in close contact with both governments and urged all sides to respect the agreement.",
            expect_test::expect!["USA call_ceasefire -> - (-)"],
        );
        check(
            "India and Pakistan exchanged fire overnight, with both countries accusing each other of starting it.",
            expect_test::expect![[r#"
                IND accuse -> PAK (-)
                PAK accuse -> IND (-)"#]],
        );
    }

    #[test]
    fn backing_the_speakers_own_side_is_no_charge() {
        check(
            "Lebanon said the United Nations would keep supporting the Lebanese army's deployment.",
            expect_test::expect![""],
        );
        check(
            "Ukraine said Iran was supporting Russia.",
            expect_test::expect!["UKR accuse -> IRN (-)"],
        );
    }

    #[test]
    fn a_general_with_no_state_speaks_for_the_state_of_the_article() {
        check(
            "KHARTOUM (Wire) - Sudan's army chief on Sunday rejected a proposal for a truce.\n\n\"There will be no truce while the militia occupies our homes,\" Gen. Abdel Fattah al-Burhan said. He accused the United Arab Emirates of arming the RSF.",
            expect_test::expect!["SDN accuse -> ARE (Abdel Fattah al-Burhan)"],
        );
    }

    #[test]
    fn a_second_that_clause_is_a_statement_of_its_own_and_scare_quotes_inside_a_phrase() {
        check(
            "Hezbollah said its patience \"has limits\".",
            expect_test::expect!["HEZBOLLAH warn -> - (-)"],
        );
        check(
            "A senior Hezbollah official told Reuters that the group remained committed to the truce \"for now\" but that its patience \"has limits\".",
            expect_test::expect![[r#"
                HEZBOLLAH call_ceasefire -> - (Hezbollah official)
                HEZBOLLAH warn -> - (Hezbollah official)"#]],
        );
    }

    #[test]
    fn a_stance_word_after_its_subject_is_the_verb() {
        check(
            "Ukraine calls for more weapons from allies.",
            expect_test::expect!["UKR request_aid -> - (-)"],
        );
        check(
            "Hamas demands the release of all prisoners.",
            expect_test::expect!["HAMAS demand -> - (-)"],
        );
        check(
            "The Israeli demand for the release of hostages was rejected.",
            expect_test::expect!["ISR demand -> - (-)"],
        );
        // (aid to be delivered to others is no help for the caller)
        check(
            "The Security Council calls for aid to be delivered without delay.",
            expect_test::expect!["UN demand -> - (-)"],
        );
    }

    #[test]
    fn a_declaration_of_war_brands_an_act() {
        check(
            "The Congolese government calls the offensive \"a declaration of war\".",
            expect_test::expect!["COD accuse -> - (The Congolese government)"],
        );
    }

    #[test]
    fn a_groups_organ_after_its_possessive_speaks_for_the_group() {
        check(
            "Hamas freed two hostages on Monday. The group's military wing said Israel had violated the truce.",
            expect_test::expect!["HAMAS accuse -> ISR (The group's military wing)"],
        );
        check(
            "Hamas's armed wing said it would delay the handover due to what it called Israeli breaches.",
            expect_test::expect!["HAMAS accuse -> ISR (Hamas's armed wing)"],
        );
    }

    #[test]
    fn an_infinitive_of_purpose_past_an_object_with_a_states_adjective() {
        check(
            "The G7 and EU agreed to redirect interest from frozen Russian assets to raise $50 billion for Ukraine.",
            expect_test::expect![[r#"
                EU offer_aid -> UKR (-)
                G7 offer_aid -> UKR (-)"#]],
        );
    }

    #[test]
    fn an_affiliate_named_by_its_group_speaks_for_it() {
        check(
            "The IS-affiliated group has the stated goal of establishing a caliphate.\n\nIn addition it has threatened 'franchise' attacks in South Africa if it deploys troops.",
            expect_test::expect!["ISIS warn -> ZAF (-)"],
        );
    }

    #[test]
    fn a_stance_noun_after_and_has_its_lists_owner() {
        check(
            "Russia's condemnation of the strikes and call for a ceasefire were ignored.",
            expect_test::expect![[r#"
                RUS accuse -> - (-)
                RUS call_ceasefire -> - (-)"#]],
        );
    }

    #[test]
    fn an_advice_opening_its_sentence_speaks_for_its_issuer_and_a_repeated_sentence_counts_once() {
        check(
            "The British Foreign Office has changed its travel advice, urging Britons to leave Mali.\n\nThe new advice follows an attempted coup last week and specifically warns those in the capital to be cautious.\n\nThe new advice follows an attempted coup last week and specifically warns those in the capital to be cautious",
            expect_test::expect![[r#"
                GBR warn -> - (The British Foreign Office)
                GBR warn -> - (The new advice)"#]],
        );
        // (a report opening its sentence with no verb of finding after it)
        check(
            "The UN published a report on Monday.\n\nThe report, based on 300 interviews, said Russia had bombed hospitals.",
            expect_test::expect!["UN accuse -> RUS (The report)"],
        );
    }

    #[test]
    fn a_truce_said_to_hold_is_an_observation_and_an_apposition_describes() {
        check(
            "The Syrian Observatory for Human Rights said the ceasefire was largely holding.",
            expect_test::expect![""],
        );
        check(
            "Kenyan analysts say that the Shabab, the group responsible for the 2013 attack on the Westgate mall, is making a comeback.",
            expect_test::expect![""],
        );
        check(
            "Kenya said the Shabab, the group behind the mall attack, had attacked a police post.",
            expect_test::expect!["KEN accuse -> AL-SHABAAB (-)"],
        );
    }

    #[test]
    fn a_fight_that_will_go_on_warns_however_long_its_subject() {
        check(
            "\"The fight by our security forces in coordination with soldiers, police and all units against terror will continue with determination,\" Turkey's interior minister said.",
            expect_test::expect!["TUR warn -> - (Turkey's interior minister)"],
        );
        // (talks that go on are no fight)
        check(
            "Russia said the talks would continue next week.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn anothers_statement_is_not_the_speakers_demand_and_its_subject_owns_a_cue() {
        check(
            "Kremlin officials claimed US President Joe Biden's statement in Poland that Russian President Vladimir Putin \"cannot remain in power\" demonstrates the US has no interest in diplomacy.",
            expect_test::expect!["RUS accuse -> USA (Kremlin officials)"],
        );
        check(
            "Russia said Ukraine must withdraw its troops.",
            expect_test::expect!["RUS demand -> UKR (-)"],
        );
    }

    #[test]
    fn a_halt_asked_for_is_in_the_demands_own_clause() {
        check(
            "Hamas said the truce was a step in the right direction, but a mechanism was needed to stop such violations.",
            expect_test::expect!["HAMAS demand -> - (-)"],
        );
        check(
            "Egypt said a ceasefire was needed.",
            expect_test::expect!["EGY call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn troops_massing_a_minister_of_a_domain_not_remaining_silent_and_needing_access() {
        check(
            "In a letter to the U.N. Secretary-General, Ethiopian Foreign Minister Gedion Timothewos said Eritrean troops had been massing near the border.",
            expect_test::expect!["ETH accuse -> ERI (Gedion Timothewos)"],
        );
        check(
            "Ethiopian Foreign Minister Gedion Timothewos said Ethiopia \"will not remain silent\".",
            expect_test::expect!["ETH warn -> - (Gedion Timothewos)"],
        );
        check(
            "Eritrea's information minister, Yemane Gebremeskel, said the accusations were lies.",
            expect_test::expect!["ERI deny -> - (Yemane Gebremeskel)"],
        );
        check(
            "Ethiopian Prime Minister Abiy Ahmed has repeatedly said Ethiopia needs access to the sea.",
            expect_test::expect!["ETH demand -> - (Abiy Ahmed)"],
        );
    }

    #[test]
    fn others_named_legitimate_targets_are_threatened_not_denied() {
        check(
            "The group's leader, Abdul Malik al-Houthi, told supporters that the strikes \"will not deter us\", adding that American and British interests in the region were now legitimate targets.",
            expect_test::expect![[r#"
                HOUTHIS warn -> USA (-)
                HOUTHIS warn -> GBR (-)"#]],
        );
        check(
            "Israel's army said it only struck legitimate military targets.",
            expect_test::expect!["ISR deny -> - (Israel's army)"],
        );
    }

    #[test]
    fn told_calls_only_with_an_infinitive_and_deep_worry_warns() {
        check(
            "The UN envoy for Yemen, Hans Grundberg, told the Security Council he was \"deeply worried\" that the escalation could derail the roadmap to peace.",
            expect_test::expect!["UN warn -> - (Hans Grundberg)"],
        );
        check(
            "Saudi Arabia urged all sides to avoid escalation.",
            expect_test::expect!["SAU call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn a_directorate_and_its_abbreviation_speak_for_its_state() {
        check(
            "Ukraine's Main Intelligence Directorate (GUR) reported that Russian forces are preparing a new offensive in Sumy Oblast. The GUR warned that Russia could attempt to seize Sumy City in the coming weeks.",
            expect_test::expect![[r#"
                UKR accuse -> RUS (Ukraine's Main Intelligence Directorate)
                UKR warn -> RUS (-)"#]],
        );
    }

    #[test]
    fn an_organisations_mission_in_lower_case_and_a_bodys_titled_apposition() {
        check(
            "The United Nations verification mission in Colombia condemned the attack.",
            expect_test::expect!["UN accuse -> - (-)"],
        );
        check(
            "The Colombian government's chief negotiator, Vera Grabe, called on the rebels to hand over those responsible.",
            expect_test::expect!["COL demand -> - (Vera Grabe)"],
        );
    }

    #[test]
    fn instructors_sent_are_aid_and_a_ranked_spokesman_speaks_for_his_body() {
        check(
            "Russia has sent military instructors to Mali.",
            expect_test::expect!["RUS offer_aid -> MLI (-)"],
        );
        check(
            "Mali's government spokesman, Colonel Abdoulaye Maiga, said France had armed the rebels.",
            expect_test::expect!["MLI accuse -> FRA (Colonel Abdoulaye Maiga)"],
        );
    }

    #[test]
    fn retaliation_as_the_motive_of_an_act_done_threatens_nothing() {
        check(
            "The Israeli military said dozens of jets had struck missile factories in retaliation for Iran's missile attack on Israel.",
            expect_test::expect![""],
        );
        check(
            "Iran said it would strike Israeli cities in retaliation.",
            expect_test::expect!["IRN warn -> ISR (-)"],
        );
    }

    #[test]
    fn a_supreme_leader_or_ayatollah_with_no_state_speaks_for_the_article_state() {
        check(
            "Iran fires missiles at Israel\n\nTEHRAN (Wire) - Iran launched missiles at Israel on Tuesday. Supreme Leader Ayatollah Ali Khamenei warned the United States against any attack.",
            expect_test::expect!["IRN warn -> USA (Ali Khamenei)"],
        );
    }

    #[test]
    fn background_prose_a_subordinate_both_and_a_refusal_until_anothers_act() {
        // (a participle of backers describes; "after both sides accused each other" is a
        // clause, not a preposition's object)
        check(
            "The war between Sudan's army and the Rapid Support Forces began in 2023. Analysts say the army, backed by Egypt and Turkey, has regained momentum. A ceasefire agreed in May 2023 collapsed after both sides accused each other of attacks.",
            expect_test::expect![[r#"
                SDN accuse -> RSF (-)
                RSF accuse -> SDN (both sides)"#]],
        );
        check(
            "Sudan's army-aligned government has rejected calls for new talks until the RSF withdraws from civilian areas.",
            expect_test::expect!["SDN demand -> RSF (Sudan's army-aligned government)"],
        );
    }

    #[test]
    fn a_groups_titled_spokesman_in_apposition_speaks_for_the_group() {
        check(
            "The Taliban government's chief spokesman, Zabihullah Mujahid, said Kabul would not allow any group to use Afghan territory against another country.",
            expect_test::expect!["TALIBAN warn -> AFG (Zabihullah Mujahid)"],
        );
    }

    #[test]
    fn the_doer_of_a_condemned_act_is_the_target_not_its_victim() {
        check(
            "Hezbollah condemned the Israeli aggression on Lebanon.",
            expect_test::expect!["HEZBOLLAH accuse -> ISR (-)"],
        );
    }

    #[test]
    fn a_condition_named_by_its_owner_or_made_by_a_party_demands() {
        check(
            "Hamas's main condition for a truce is a full withdrawal of Israeli troops.",
            expect_test::expect![[r#"
                HAMAS demand -> ISR (-)"#]],
        );
        check(
            "Kyiv has made the return of all occupied territory a precondition for peace.",
            expect_test::expect!["UKR demand -> - (-)"],
        );
        check(
            "Israel has set the release of all hostages as a condition for a truce.",
            expect_test::expect!["ISR demand -> - (-)"],
        );
        // a condition no one set
        check(
            "The condition of the wounded is serious.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn a_deadline_given_to_a_party_demands_of_it() {
        check(
            "Ecowas has given Mali's junta a 48-hour deadline to release the president.",
            expect_test::expect!["ECOWAS demand -> MLI (-)"],
        );
        check(
            "Kenya missed the deadline to submit its report.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn a_condition_carrying_its_own_limit_demands() {
        check(
            "The Houthis have said they will halt their attacks only if Israel ends its offensive.",
            expect_test::expect!["HOUTHIS demand -> ISR (-)"],
        );
        check(
            "Russia would not comment when asked about the strike.",
            expect_test::expect!["RUS no_comment -> - (-)"],
        );
    }

    #[test]
    fn wanting_something_done_to_another_party_demands_it() {
        check(
            "Sudan wants the RSF disarmed and folded into the army.",
            expect_test::expect!["SDN demand -> RSF (-)"],
        );
        check(
            "Russia wants the sanctions lifted before any talks.",
            expect_test::expect!["RUS demand -> - (-)"],
        );
        check(
            "Sudan's army seeks the dissolution of the RSF.",
            expect_test::expect!["SDN demand -> RSF (Sudan's army)"],
        );
        // an attributive participle before its noun wants nothing done
        check(
            "Ukraine wants the armed groups to leave.",
            expect_test::expect!["UKR demand -> - (-)"],
        );
    }

    #[test]
    fn vowing_to_continue_the_fight_warns() {
        check(
            "\"We will continue the fight until the last soldier leaves,\" the Taliban said.",
            expect_test::expect!["TALIBAN warn -> - (-)"],
        );
    }

    #[test]
    fn residents_and_tribal_leaders_speak_for_themselves() {
        check(
            "Tribal leaders accused the Druze militias of kidnapping civilians.",
            expect_test::expect!["Tribal leaders accuse -> DRUZE-ARMED (Tribal leaders)"],
        );
    }

    #[test]
    fn a_bare_state_organ_speaks_for_the_state_the_article_is_about() {
        let text = "Fighting in Sudan's Darfur region killed dozens on Monday as the paramilitary Rapid Support Forces pressed an assault on El Fasher.\n\nThe army said its troops had repelled the attack and accused the RSF of shelling a hospital.\n\nThe military denied bombing the market.";
        check(
            text,
            expect_test::expect![[r#"
                SDN accuse -> RSF (-)
                SDN deny -> - (-)"#]],
        );
    }

    #[test]
    fn a_relative_pronoun_speaks_for_its_antecedent() {
        check(
            "Cairo has pledged support to Somalia, which accuses Ethiopia of violating its sovereignty.",
            expect_test::expect![[r#"
                EGY offer_aid -> SOM (-)
                SOM accuse -> ETH (-)"#]],
        );
    }

    #[test]
    fn a_title_with_its_domain_after_a_possessive_speaks_for_the_state() {
        check(
            "Eritrea's information minister wrote that Ethiopia was preparing an invasion.",
            expect_test::expect!["ERI accuse -> ETH (Eritrea's information minister)"],
        );
        check(
            "The AU's chairperson called on both countries to show restraint.",
            expect_test::expect!["AU call_ceasefire -> - (The AU's chairperson)"],
        );
        check(
            "Eritrea said it would not be intimidated.",
            expect_test::expect!["ERI warn -> - (-)"],
        );
    }

    #[test]
    fn rejecting_another_state_s_presence_rejects_intervention() {
        check(
            "Somalia rejects any Ethiopian presence in Somaliland.",
            expect_test::expect!["SOM reject_intervention -> - (-)"],
        );
        check(
            "Mali rejected the presence of French troops on its soil.",
            expect_test::expect!["MLI reject_intervention -> - (-)"],
        );
        // its own forces' presence is no outside involvement
        check(
            "The minister denied any presence of troops in the town.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn an_indefinite_body_speaker_speaks_for_the_state() {
        check(
            "Fighting in Sudan went on. A military spokesman said the RSF was lying.",
            expect_test::expect!["SDN accuse -> RSF (-)"],
        );
        // no title after it: no speaker ("a military operation")
        check(
            "Fighting in Sudan went on. A military operation said to target the RSF began.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn no_comment_past_an_adverb() {
        check(
            "Sudan's army did not immediately comment.",
            expect_test::expect!["SDN no_comment -> - (Sudan's army)"],
        );
        check(
            "Russia's defence ministry has not yet responded.",
            expect_test::expect!["RUS no_comment -> - (Russia's defence ministry)"],
        );
    }

    #[test]
    fn stepping_up_aid_and_sending_arms_offer_aid() {
        check(
            "The United Nations said it was ready to scale up aid deliveries to Sudan.",
            expect_test::expect!["UN offer_aid -> SDN (-)"],
        );
        check(
            "Germany will send more air defence systems to Ukraine.",
            expect_test::expect!["DEU offer_aid -> UKR (-)"],
        );
        // stepping up attacks offers nothing
        check(
            "Israel stepped up attacks on Gaza.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn calling_upon_and_calls_to_halt_acts_are_calls_for_a_ceasefire() {
        check(
            "India called upon Pakistan to halt its shelling of border villages.",
            expect_test::expect!["IND call_ceasefire -> - (-)"],
        );
        check(
            "The UN urged Israel to end its offensive in Rafah.",
            expect_test::expect!["UN call_ceasefire -> - (-)"],
        );
        // asking a party to stop sending arms asks it for nothing
        check(
            "Russia urged the West to stop sending weapons to Ukraine.",
            expect_test::expect!["RUS demand -> - (-)"],
        );
    }

    #[test]
    fn a_hostile_act_put_on_an_agent_accuses_it() {
        check(
            "The Free Syrian Army said the truce was in danger of collapse because of attacks by Russia and Iran.",
            expect_test::expect![[r#"
                FSA warn -> RUS (-)
                FSA accuse -> RUS (-)
                FSA accuse -> IRN (-)
                FSA warn -> IRN (-)"#]],
        );
        check(
            "Hamas said there had been violations carried out by Israel.",
            expect_test::expect!["HAMAS accuse -> ISR (-)"],
        );
        // a narrator's sentence, and an act that has not happened, accuse no one
        check(
            "Attacks by Russian forces killed five people in Kharkiv.",
            expect_test::expect![""],
        );
        check(
            "Ukraine warned that any attacks by Russia on the plant would be met with force.",
            expect_test::expect!["UKR warn -> - (-)"],
        );
    }

    #[test]
    fn a_quotation_left_open_runs_on_to_the_next_paragraph() {
        // the open quotation's own verbs ("announced") are not speakers; its next paragraph is
        // the same speaker's, and the agent of a passive is no subject
        check(
            "A spokesman for Pakistan's foreign ministry said: \"Pakistan remains committed to the ceasefire between Pakistan and India, announced earlier today.\n\n\"Notwithstanding the violations being committed by India in some areas, our forces are handling the situation with responsibility and restraint.",
            expect_test::expect![[r#"
                PAK call_ceasefire -> - (spokesman for Pakistan's foreign ministry)
                PAK accuse -> IND (spokesman for Pakistan's foreign ministry)"#]],
        );
    }

    #[test]
    fn a_state_organ_s_titled_speaker_speaks_for_the_article_s_state() {
        check(
            "Fighting in Sudan went on. Army spokesman Nabil Abdallah said the RSF was lying.",
            expect_test::expect!["SDN accuse -> RSF (Nabil Abdallah)"],
        );
        // past a rank, in apposition, with the state named only through its body
        check(
            "Myanmar's military killed 30 people. A junta spokesman, Major General Zaw Min Tun, said the rebels were lying.",
            expect_test::expect!["MMR accuse -> - (Zaw Min Tun)"],
        );
        // an owner named before the organ is the one
        check(
            "Fighting in Sudan went on. Chad's army spokesman, Nabil Abdallah, said the RSF was lying.",
            expect_test::expect!["TCD accuse -> RSF (Nabil Abdallah)"],
        );
    }

    #[test]
    fn the_un_title_in_apposition_speaks_for_the_un() {
        check(
            "The U.N. Secretary-General, Antonio Guterres, appealed for an immediate ceasefire.",
            expect_test::expect!["UN call_ceasefire -> - (Antonio Guterres)"],
        );
        check(
            "The Secretary-General, Antonio Guterres, appealed for an immediate ceasefire.",
            expect_test::expect!["UN call_ceasefire -> - (Antonio Guterres)"],
        );
    }

    #[test]
    fn a_reported_breach_or_obstruction_accuses() {
        check(
            "Hamas official Basem Naim said Israel was \"evading\" its obligations.",
            expect_test::expect!["HAMAS accuse -> ISR (Basem Naim)"],
        );
        check(
            "Ukraine said Russia blocked the grain corridor.",
            expect_test::expect!["UKR accuse -> RUS (-)"],
        );
        // no one named as its doer, no accusation
        check(
            "The army said the road was blocked.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn scare_quotes_are_no_words_and_present_tense_headlines_count() {
        check(
            "North Korea threatens a \"merciless\" response to the drills.",
            expect_test::expect!["PRK warn -> - (-)"],
        );
        check(
            "The Kremlin declines to comment on reports of mercenaries in Mali.",
            expect_test::expect!["RUS no_comment -> - (-)"],
        );
    }

    #[test]
    fn a_body_s_source_or_official_speaks_for_it() {
        check(
            "According to a Ukrainian military source, Russian forces used chemical weapons.",
            expect_test::expect!["UKR accuse -> RUS (Ukrainian military source)"],
        );
        check(
            "Fighting in Sudan went on. An army officer said the RSF had shelled the market.",
            expect_test::expect!["SDN accuse -> RSF (-)"],
        );
    }

    #[test]
    fn a_report_speaks_for_its_issuer_and_blames_after_it() {
        // the report is the UN's, not the organisation named since
        check(
            "The UN said in its annual report that casualties rose.\n\nA rise was caused by an air strike on a Doctors Without Borders hospital.\n\nOverall 103 civilians were killed, the report found.\n\nInsurgent groups like the Taliban were blamed for most civilian deaths.",
            expect_test::expect!["UN accuse -> TALIBAN (the report)"],
        );
        check(
            "Human Rights Watch published a report on Monday.\n\nThe report accused Sudan's army of executing prisoners.",
            expect_test::expect!["HRW accuse -> SDN (The report)"],
        );
        // no report before it: a narrator's passive blames no one
        check(
            "Insurgent groups like the Taliban were blamed for most civilian deaths.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn declaring_war_is_an_act_the_speaker_accuses() {
        check(
            "\"Rwanda has declared war on us,\" Congolese government spokesman Patrick Muyaya told reporters.",
            expect_test::expect!["COD accuse -> RWA (Congolese government)"],
        );
    }

    #[test]
    fn investigators_after_a_report_are_its_issuer_s() {
        check(
            "The UN said in its annual report that casualties rose.\n\nInvestigators accused the Taliban of using tactics that harm civilians.",
            expect_test::expect!["UN accuse -> TALIBAN (Investigators)"],
        );
        // whose investigators, no report says
        check(
            "Investigators accused the Taliban of using tactics that harm civilians.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_briefed_title_and_a_qualified_body_speak_for_their_owners() {
        // the envoy for a place speaks for the body before the title, not the place
        check(
            "The UN envoy for Yemen, Hans Grundberg, said he regretted the decision. The envoy urged the parties to show restraint.",
            expect_test::expect!["UN call_ceasefire -> - (The envoy)"],
        );
        check(
            "Fighting in Yemen went on. The internationally recognised government blamed the Houthis for the collapse of the truce.",
            expect_test::expect!["YEM accuse -> HOUTHIS (-)"],
        );
    }

    #[test]
    fn a_name_counts_as_one_word_between_a_pressing_verb_and_its_infinitive() {
        check(
            "The UN rights chief urged governments on the U.N. Security Council to refer Syria to the International Criminal Court.",
            expect_test::expect!["UN demand -> - (The UN rights chief)"],
        );
    }

    #[test]
    fn a_bare_organ_is_the_article_s_state_s_before_the_latest_speaker_s() {
        check(
            "Colombia suspended talks with the ELN. Colombia's army said seven soldiers were killed. Cuba and Norway urged both parties to return to talks. Amnesty International accused the army of abuses.",
            expect_test::expect![[r#"
                NOR call_ceasefire -> - (-)
                CUB call_ceasefire -> - (-)
                AI accuse -> COL (-)"#]],
        );
    }

    #[test]
    fn a_capital_spelt_without_its_accent_is_the_capital() {
        check(
            "Amnesty accused Colombia's army of abuses, a charge Bogota denied.",
            expect_test::expect![[r#"
                AI accuse -> COL (-)
                COL deny -> - (-)"#]],
        );
    }

    #[test]
    fn the_group_s_titled_speaker_speaks_for_the_latest_group() {
        check(
            "The ELN said the soldiers died in combat. The group's commander, Antonio Garcia, warned that the rebels would not lay down their arms.",
            expect_test::expect!["ELN warn -> - (Antonio Garcia)"],
        );
        check(
            "Hamas said it accepted the plan. The group's spokesman Hazem Qassem accused Israel of stalling.",
            expect_test::expect!["HAMAS accuse -> ISR (Hazem Qassem)"],
        );
    }

    #[test]
    fn the_first_verb_s_object_is_not_the_subject_a_second_verb_shares() {
        // whoever thanked Britain asked: not Britain
        check(
            "Zelenskiy thanked Britain for its support and asked for more air defence systems.",
            expect_test::expect![""],
        );
        check(
            "Ukraine thanked Britain for its support and asked for more air defence systems.",
            expect_test::expect!["UKR request_aid -> GBR (-)"],
        );
    }

    #[test]
    fn the_group_is_the_one_the_previous_sentence_was_about() {
        // not the group named in its relative clause
        check(
            "Al-Shabab, which is linked to al-Qaeda, said it carried out the attack. The group vowed more attacks until foreign troops leave Somalia.",
            expect_test::expect!["AL-SHABAAB warn -> - (The group)"],
        );
    }

    #[test]
    fn pledging_to_stand_by_or_to_keep_supporting_offers_aid() {
        check(
            "Britain pledged to stand by Ukraine.",
            expect_test::expect!["GBR offer_aid -> UKR (-)"],
        );
        check(
            "Kenya said it would continue to support Somalia's fight against al-Shabab.",
            expect_test::expect!["KEN offer_aid -> SOM (-)"],
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_capital_s_or_a_caretaker_s_title_speaks_for_the_state() {
        check(
            "The Kremlin's spokesman, Dmitry Peskov, dismissed the report as \"nonsense\".",
            expect_test::expect!["RUS deny -> - (Dmitry Peskov)"],
        );
        check(
            "Lebanon's caretaker prime minister, Najib Mikati, called for an immediate ceasefire.",
            expect_test::expect!["LBN call_ceasefire -> - (Najib Mikati)"],
        );
        check(
            "Moscow's envoy to the UN, Vassily Nebenzia, accused the West of prolonging the war.",
            expect_test::expect!["RUS accuse -> - (Vassily Nebenzia)"],
        );
    }

    #[test]
    fn one_witness_or_resident_speaks_for_themselves() {
        check(
            "Myanmar's military bombed a village. A resident accused the military of targeting civilians.",
            expect_test::expect!["resident accuse -> MMR (resident)"],
        );
    }

    #[test]
    fn a_listed_group_named_with_its_members_noun_keeps_its_id() {
        check(
            "Iran-backed Houthi rebels said they would attack more ships.",
            expect_test::expect!["HOUTHIS warn -> - (Houthi rebels)"],
        );
        // a group no list knows is named after its word
        check(
            "Tuareg rebels said they would attack Gao.",
            expect_test::expect!["TUAREG-ARMED warn -> - (Tuareg rebels)"],
        );
    }

    #[test]
    fn summoning_a_high_commissioner_or_charge_d_affaires_protests() {
        check(
            "Pakistan's foreign office summoned India's deputy high commissioner to lodge a strong protest.",
            expect_test::expect!["PAK accuse -> IND (Pakistan's foreign office)"],
        );
    }

    #[test]
    fn what_a_state_leads_speaks_for_it() {
        check(
            "The Saudi-led coalition denied involvement.",
            expect_test::expect!["SAU deny -> - (The Saudi-led coalition)"],
        );
        check(
            "The Houthis accused the Saudi-led coalition of bombing a wedding.",
            expect_test::expect!["HOUTHIS accuse -> SAU (-)"],
        );
    }

    #[test]
    fn a_quotation_before_said_and_a_titled_speaker_is_the_speaker_s() {
        check(
            "\"We will not stop until Hamas is destroyed,\" said Israeli Prime Minister Benjamin Netanyahu.",
            expect_test::expect!["ISR warn -> HAMAS (Benjamin Netanyahu)"],
        );
        check(
            "\"Sudan needs a ceasefire now,\" said Volker Perthes, the UN envoy for Sudan.",
            expect_test::expect!["UN call_ceasefire -> - (Volker Perthes)"],
        );
    }

    #[test]
    fn a_red_line_to_be_crossed_and_a_refusal_to_tolerate_warn() {
        check(
            "Egypt said any Israeli operation in Rafah would cross a red line.",
            expect_test::expect!["EGY warn -> ISR (-)"],
        );
        check(
            "Kenya's president told Somalia that Nairobi would not tolerate attacks on its soldiers.",
            expect_test::expect!["KEN warn -> SOM (Kenya's president)"],
        );
    }

    #[test]
    fn an_act_by_unnamed_attackers_accuses_them() {
        check(
            "A passenger jet was shot down by separatists, a Ukrainian official said.",
            expect_test::expect!["UKR accuse -> - (Ukrainian official)"],
        );
        // no speaker, no accusation: the narrator's fact
        check(
            "A passenger jet was shot down by separatists.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn a_speaker_who_told_an_outlet_said_the_clause_before() {
        check(
            "An airliner was shot down by Russian forces, a Ukrainian official told Reuters on Friday.",
            expect_test::expect!["UKR accuse -> RUS (Ukrainian official)"],
        );
        check(
            "A convoy was attacked by militants, a Nigerian army officer was quoted as saying by the Punch newspaper.",
            expect_test::expect!["NGA accuse -> - (Nigerian army officer)"],
        );
        check(
            "Israel must stop its attacks, the Turkish foreign minister told reporters in Ankara.",
            expect_test::expect!["TUR demand -> ISR (the Turkish foreign minister)"],
        );
        // what follows a headline's verb is what was said, not a recipient
        check(
            "UN Envoy Says Region Cannot Bear Another War, Urges 'Maximum Restraint'",
            expect_test::expect!["UN call_ceasefire -> - (UN Envoy)"],
        );
    }

    #[test]
    fn a_dateline_is_no_agent() {
        check(
            "KABUL Violence spread across the country after foreign troops left, the United Nations reported on Sunday.",
            expect_test::expect![[r#""#]],
        );
        check(
            "Russian shelling spread across the region, the United Nations reported on Sunday.",
            expect_test::expect!["UN accuse -> RUS (-)"],
        );
    }

    #[test]
    fn a_demand_to_stop_fighting_calls_for_a_truce() {
        has(
            "Guterres, the UN chief, said all sides must stop fighting.",
            "UN",
            CallCeasefire,
        );
        has(
            "Kenya said the rebels should lay down their arms.",
            "KEN",
            CallCeasefire,
        );
        // a demand of something else stays a demand
        has(
            "Kenya said the rebels should release the hostages.",
            "KEN",
            Demand,
        );
    }

    #[test]
    fn an_accident_denies_intent_and_spellings_of_de_escalate() {
        has(
            "Russia said the soldiers crossed the border accidentally.",
            "RUS",
            Deny,
        );
        has(
            "'Now is the time to de escalate,' the UN chief said.",
            "UN",
            CallCeasefire,
        );
        has(
            "The UN chief said now is the time to deescalate.",
            "UN",
            CallCeasefire,
        );
    }

    #[test]
    fn a_ministry_named_with_its_domain_after_of_speaks_for_its_state() {
        check(
            "Belarus's Ministry of Internal Affairs said any citizens who fight against Russia will face charges.",
            expect_test::expect!["BLR warn -> RUS (Belarus's Ministry of Internal Affairs)"],
        );
        check(
            "Russia's Ministry of Emergency Situations said Ukraine had shelled Belgorod.",
            expect_test::expect!["RUS accuse -> UKR (Russia's Ministry of Emergency Situations)"],
        );
    }

    #[test]
    fn restoring_aid_offers_it_and_a_conceded_mistake_denies_nothing() {
        check(
            "The State Department said it had restored funding to the World Food Programme, admitting that some aid contracts had been cancelled by mistake.",
            expect_test::expect!["USA offer_aid -> WFP (-)"],
        );
        has("Germany resumed aid to Niger.", "DEU", OfferAid);
        // without the concession, "by mistake" denies intent
        has(
            "Russia said the soldiers had crossed the border by mistake.",
            "RUS",
            Deny,
        );
    }

    #[test]
    fn refusing_talks_or_being_denied_something_is_no_denial() {
        check(
            "Turkey's president, who had led the peace process with the PKK, has ruled out any return to negotiations and has vowed to crush the group.",
            expect_test::expect!["TUR warn -> PKK (Turkey's president)"],
        );
        check(
            "The Taliban ruled Afghanistan until 2001. Under their rule, women could only leave home with a male relative, and they were denied a formal education.",
            expect_test::expect![[r#""#]],
        );
        // a denial of a claim stays one
        has(
            "The Taliban denied carrying out the attack.",
            "TALIBAN",
            Deny,
        );
        has(
            "Turkey ruled out any involvement in the attack.",
            "TUR",
            Deny,
        );
    }

    #[test]
    fn restraint_shown_is_no_call_for_it() {
        check(
            "Pakistan's army said its forces were handling the situation with restraint.",
            expect_test::expect![[r#""#]],
        );
        has(
            "Pakistan urged India to show restraint.",
            "PAK",
            CallCeasefire,
        );
        has(
            "The UN chief called for maximum restraint.",
            "UN",
            CallCeasefire,
        );
    }

    #[test]
    fn calling_an_act_a_violation_accuses_its_agent() {
        check(
            "Hamas called the Israeli strikes a flagrant violation of the ceasefire.",
            expect_test::expect!["HAMAS accuse -> ISR (-)"],
        );
        check(
            "Ukraine said Russia was not interested in peace.",
            expect_test::expect!["UKR accuse -> RUS (-)"],
        );
        // a call for an end to violations is a call, not an accusation
        check(
            "Kenya called for an end to violations of the truce.",
            expect_test::expect!["KEN call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn working_to_broker_a_truce_or_a_return_to_dialogue_calls_for_one() {
        check(
            "France said it was working to broker a truce.",
            expect_test::expect!["FRA call_ceasefire -> - (-)"],
        );
        check(
            "China urged both sides to return to dialogue.",
            expect_test::expect!["CHN call_ceasefire -> - (-)"],
        );
        // working for something else calls for nothing
        check(
            "Qatar said it was working to secure the release of the hostages.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn a_body_modifying_another_and_a_plurals_possessive_title() {
        check(
            "Sudan's army-aligned government on Monday accused the paramilitary Rapid Support Forces of killing civilians.",
            expect_test::expect!["SDN accuse -> RSF (Sudan's army-aligned government)"],
        );
        check(
            "The United Nations' humanitarian chief, Tom Fletcher, called on both sides to stop fighting.",
            expect_test::expect!["UN call_ceasefire -> - (Tom Fletcher)"],
        );
    }

    #[test]
    fn effort_for_a_truce_a_threat_until_a_settlement_and_a_subject_past_its_relative_clause() {
        check(
            "Washington has sanctioned leaders on both sides and said it was working with regional partners to secure a humanitarian truce.",
            expect_test::expect!["USA call_ceasefire -> - (-)"],
        );
        check(
            "The RSF leader said his forces would keep fighting until the army agreed to a political settlement.",
            expect_test::expect!["RSF warn -> - (RSF leader)"],
        );
        check(
            "\"These crimes will not go unpunished,\" Sudan's information minister told reporters.",
            expect_test::expect!["SDN warn -> - (Sudan's information minister)"],
        );
        check(
            "Sudan's army accused the RSF of shelling a market. The RSF, which has fought Sudan's army since April, did not immediately respond to a request for comment.",
            expect_test::expect![[r#"
                SDN accuse -> RSF (Sudan's army)
                RSF no_comment -> - (-)"#]],
        );
    }

    #[test]
    fn a_president_of_no_named_state_speaks_for_none_unless_one_leads_or_speaks_beside_him() {
        // two states named about as often: the president's name stands alone
        check(
            "Russia and Ukraine traded blame. Ukraine's emergency service said a Russian missile hit Kyiv. Moscow said it only strikes military targets. President Oleksa Hrytsenko condemned the attack.",
            expect_test::expect![[r#"
                RUS accuse -> UKR (-)
                UKR accuse -> RUS (-)
                RUS deny -> - (-)
                Oleksa Hrytsenko accuse -> - (Oleksa Hrytsenko)"#]],
        );
        // a government speaking in his sentence is his
        check(
            "Russia and Ukraine traded blame. Kyiv said a Russian missile hit a school. Moscow denied it. The strike came after a warning by President Oleksa Hrytsenko that Kyiv would respond with force.",
            expect_test::expect![[r#"
                RUS accuse -> UKR (-)
                UKR accuse -> RUS (-)
                UKR accuse -> RUS (-)
                RUS deny -> - (-)
                UKR warn -> - (Oleksa Hrytsenko)"#]],
        );
        // standing firmly by a party supports it
        has(
            "Germany's chancellor said Berlin stood firmly by Ukraine.",
            "DEU",
            OfferAid,
        );
    }

    #[test]
    fn a_call_after_a_reported_past_perfect_is_the_speakers() {
        check(
            "Burkina Faso's army fought on. Human Rights Watch said the army had committed abuses and called for an independent investigation.",
            expect_test::expect![[r#"
                HRW accuse -> BFA (-)
                HRW demand -> - (-)"#]],
        );
        // two perfects are coordinated
        has(
            "Turkey's president has ruled out talks and has vowed to crush the PKK.",
            "TUR",
            Warn,
        );
        has(
            "ECOWAS said it stood ready to help Burkina Faso.",
            "ECOWAS",
            OfferAid,
        );
    }

    #[test]
    fn his_call_is_his_sentences_person_and_it_declines_for_the_last_subject() {
        check(
            "Israel's prime minister Benjamin Netanyahu vowed to fight on. The UN secretary-general, Antonio Guterres, repeated his call for an immediate humanitarian ceasefire.",
            expect_test::expect![[r#"
                ISR warn -> - (Benjamin Netanyahu)
                UN call_ceasefire -> - (Antonio Guterres)"#]],
        );
        check(
            "Israel's army said it had struck Hamas. It did not comment on specific strikes.",
            expect_test::expect!["ISR no_comment -> - (Israel's army)"],
        );
        check(
            "Israel said Hamas was stubbornly refusing to release the hostages.",
            expect_test::expect!["ISR accuse -> HAMAS (-)"],
        );
        check(
            "'The occupation is not serious about reaching an agreement,' a senior Hamas official told reporters.",
            expect_test::expect!["HAMAS accuse -> - (Hamas official)"],
        );
    }

    #[test]
    fn the_secretary_general_alone_is_the_uns_and_a_list_item_is_its_own_story() {
        check(
            "The Secretary-General strongly condemns the attack on a peacekeeping base. The Secretary-General urges all parties to cease hostilities immediately.",
            expect_test::expect![[r#"
                UN accuse -> - (The Secretary-General)
                UN call_ceasefire -> - (The Secretary-General)"#]],
        );
        // another body's secretary-general is named with it
        check(
            "The NATO Secretary-General condemned the attack.",
            expect_test::expect!["NATO accuse -> - (The NATO Secretary-General)"],
        );
        // each item of a digest names its own state: the army is Chad's, not Mali's
        check(
            "- War in Mali: The Malian government denies targeting civilians in Gao. Mali's army says it hit rebel bases.\n- War in Chad: Boko Haram accuses the army of bombing a market.",
            expect_test::expect![[r#"
                MLI deny -> - (The Malian government)
                BOKO-HARAM accuse -> TCD (-)"#]],
        );
    }

    #[test]
    fn being_ready_for_a_ceasefire_calls_for_one() {
        check(
            "Ukraine's president said on Monday that Ukraine is ready for a full ceasefire.",
            expect_test::expect!["UKR call_ceasefire -> - (Ukraine's president)"],
        );
        check(
            "Ukraine has said it is ready to accept such a pause if Russia does the same.",
            expect_test::expect!["UKR call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn announcing_an_agreed_ceasefire_commits_to_it() {
        check(
            "\"Both countries have agreed to a ceasefire with immediate effect,\" Pakistan's foreign minister wrote on X.",
            expect_test::expect!["PAK call_ceasefire -> - (Pakistan's foreign minister)"],
        );
    }

    #[test]
    fn a_participles_object_in_an_apposition_is_no_speaker() {
        check(
            "The TNLA, one of the armed groups fighting the junta in Myanmar, said the jets had deliberately targeted civilians.",
            expect_test::expect!["TNLA accuse -> - (-)"],
        );
        // the members a list names still speak
        has(
            "Several countries, including Russia, said the strikes violated the truce.",
            "RUS",
            Accuse,
        );
        check(
            "ASEAN said it was deeply concerned and repeated its call for an end to violence.",
            expect_test::expect!["ASEAN call_ceasefire -> - (-)"],
        );
    }

    #[test]
    fn a_pair_that_traded_accusations_accuses_each_other_and_absurd_claims_are_denied() {
        check(
            "Kyiv and Moscow traded accusations over the shelling of the nuclear plant.",
            expect_test::expect![[r#"
                UKR accuse -> RUS (-)
                RUS accuse -> UKR (-)"#]],
        );
        has("Moscow called the claims absurd.", "RUS", Deny);
    }

    #[test]
    fn an_adjective_after_be_is_no_passive_verb() {
        check(
            "Britain is ready to help Syria.",
            expect_test::expect!["GBR offer_aid -> SYR (-)"],
        );
        // a stance verb after "be" still is one: only its agent speaks
        check(
            "Ukraine was warned by Russia against joining the alliance.",
            expect_test::expect!["RUS warn -> UKR (-)"],
        );
    }

    #[test]
    fn a_threat_of_blows_warns_and_a_road_threatened_does_not() {
        check(
            "Israel's defence minister threatened heavier blows if the troops did not withdraw.",
            expect_test::expect!["ISR warn -> - (Israel's defence minister)"],
        );
        check(
            "Russian troops threaten a vital road near the town.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn viewing_a_partys_act_as_an_attempt_or_a_threat_accuses_it() {
        check(
            "Ankara views the Israeli strikes as an attempt to keep Syria weak.",
            expect_test::expect!["TUR accuse -> ISR (-)"],
        );
        check(
            "Israel considers any Syrian army presence in the south a threat.",
            expect_test::expect!["ISR accuse -> SYR (-)"],
        );
        // the weaker word needs the act's owner: the talks, or strikes on a place, are no one's
        check(
            "The Kremlin described the talks as an attempt to stall.",
            expect_test::expect![""],
        );
        check(
            "Turkey sees the strikes on Syrian towns as an attempt to weaken Damascus.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn what_a_party_insists_on_it_demands() {
        check(
            "Israeli officials have repeatedly insisted on a demilitarised zone in the south.",
            expect_test::expect!["ISR demand -> - (Israeli officials)"],
        );
        check(
            "Moscow insists on the neutrality of Ukraine.",
            expect_test::expect!["RUS demand -> UKR (-)"],
        );
    }

    #[test]
    fn rejecting_what_a_speaker_calls_interference_rejects_intervention() {
        check(
            "Syria rejected what it called foreign interference in its affairs.",
            expect_test::expect!["SYR reject_intervention -> - (-)"],
        );
    }

    #[test]
    fn calling_an_act_a_warning_to_a_party_warns() {
        check(
            "Israel's defence minister said the strikes were a warning to the government.",
            expect_test::expect!["ISR warn -> - (Israel's defence minister)"],
        );
    }

    #[test]
    fn headline_verbs_in_the_present_accuse() {
        check(
            "Tehran blasts the agreements as a 'stab in the back' for Palestinians.",
            expect_test::expect!["IRN accuse -> - (-)"],
        );
        check(
            "Palestinian leaders brand the signing ceremony a 'black day'.",
            expect_test::expect!["PSE accuse -> - (Palestinian leaders)"],
        );
        has("Kyiv hits out at Moscow over the shelling.", "UKR", Accuse);
    }

    #[test]
    fn no_peace_until_another_party_acts_is_the_speakers_demand() {
        check(
            "Russia said there would be no peace until Ukraine withdraws.",
            expect_test::expect!["RUS demand -> UKR (-)"],
        );
        check(
            "The Palestinian president said peace would not be achieved until Israel ended its occupation.",
            expect_test::expect!["PSE demand -> ISR (The Palestinian president)"],
        );
        // a condition that is no party's act demands nothing
        check(
            "Russia said there would be no peace until the spring.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn single_quotation_marks_quote_where_no_double_ones_do() {
        // a quotation in single marks runs on from the previous sentence's speaker
        check(
            "'We have been patient,' Iran's foreign minister said. 'The aggressors will pay a heavy price.'",
            expect_test::expect!["IRN warn -> - (Iran's foreign minister)"],
        );
        // an apostrophe is no mark: a plural possessive or a contraction opens no quotation
        check(
            "The rebels' leader said Russia had shelled the town and didn't stop.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn blame_still_to_come_is_a_warning() {
        check(
            "Iran's president said: 'They will be held responsible for all the consequences.'",
            expect_test::expect!["IRN warn -> - (Iran's president)"],
        );
        // blame already laid accuses
        has(
            "Iran's president said Israel was responsible for the attack.",
            "IRN",
            Accuse,
        );
    }

    #[test]
    fn a_pronoun_after_a_name_with_its_acronym_is_that_name() {
        check(
            "Lavrov said Russia had offered proposals. The High Negotiations Committee (HNC) said it would agree to a truce only if Russia stopped its air strikes.",
            expect_test::expect!["HNC demand -> RUS (High Negotiations Committee (HNC))"],
        );
        has(
            "Turkey rejected any role for Iran in guaranteeing the truce.",
            "TUR",
            RejectIntervention,
        );
    }

    #[test]
    fn an_impersonal_judgment_of_anothers_act_accuses() {
        check(
            "The ICRC said it is unacceptable that a fake recovery was staged.",
            expect_test::expect!["ICRC accuse -> - (-)"],
        );
        // what the speaker says of its own act is still no accusation
        check(
            "Russia said it had struck a depot.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn calling_reports_a_diversion_accuses() {
        check(
            "Russia claimed that the reports are attempts to divert attention from the laboratories.",
            expect_test::expect!["RUS accuse -> - (-)"],
        );
    }

    #[test]
    fn a_stance_noun_another_dismisses_is_no_stance_of_its_owner() {
        check(
            "Israel's prime minister dismissed the Iranian threats.",
            expect_test::expect![""],
        );
        check(
            "Moscow rejected Ukraine's accusations of shelling.",
            expect_test::expect!["RUS deny -> - (-)"],
        );
        // not dismissed, the noun is its owner's
        has("Iran issued a stern warning to Israel.", "IRN", Warn);
    }

    #[test]
    fn a_capital_named_as_a_place_makes_its_state_the_articles() {
        check(
            "Fighting in Khartoum killed five people. The government said the attack was reckless.",
            expect_test::expect!["SDN accuse -> - (-)"],
        );
        has(
            "Shelling hit the city of Kyiv overnight. The army said the attack was cowardly.",
            "UKR",
            Accuse,
        );
    }

    #[test]
    fn holding_to_account_in_future_and_violence_to_continue_warn() {
        check(
            "The US envoy said Washington would hold accountable anyone who obstructed the deal.",
            expect_test::expect!["USA warn -> - (The US envoy)"],
        );
        check(
            "\"Until there is pressure on both capitals, the violence will continue,\" Kenya's foreign minister said.",
            expect_test::expect!["KEN warn -> - (Kenya's foreign minister)"],
        );
    }

    #[test]
    fn a_pair_each_accusing_the_other_accuses_each_other() {
        check(
            "Talks stalled, with Hamas and Israel each accusing the other of blocking a deal.",
            expect_test::expect![[r#"
                HAMAS accuse -> ISR (-)
                ISR accuse -> HAMAS (-)"#]],
        );
    }

    #[test]
    fn a_title_of_its_domain_before_a_name_and_a_comma_makes_a_person() {
        // "Secretary of State X, on his trip, said": the person, so a later "he" is his
        check(
            "Egypt's foreign minister said Cairo would go on. U.S. Secretary of State Antony Blinken, on his ninth trip to the region, said the onus was on Hamas to accept the offer. He also warned Israel against an offensive in Rafah.",
            expect_test::expect![[r#"
                USA demand -> HAMAS (Antony Blinken)
                USA warn -> ISR (Antony Blinken)"#]],
        );
    }

    #[test]
    fn placing_obstacles_accuses() {
        check(
            "\"The occupation is placing obstacles in the way of every proposal,\" a senior Hamas official said.",
            expect_test::expect!["HAMAS accuse -> - (Hamas official)"],
        );
    }

    #[test]
    fn a_presidents_later_mentions_speak_for_the_state_his_first_was_given() {
        check(
            "A missile strike on Kyiv killed 12 people. President Volodymyr Zelenskiy called the attack \"a cynical strike\" and urged Kyiv's partners to send air defence. \"Russia is mocking every peace effort,\" he wrote.",
            expect_test::expect![[r#"
                UKR accuse -> - (Volodymyr Zelenskiy)
                UKR request_aid -> - (Volodymyr Zelenskiy)
                UKR accuse -> RUS (Volodymyr Zelenskiy)"#]],
        );
    }

    #[test]
    fn a_foreign_policy_chief_speaks_for_the_body_named_before_the_title() {
        check(
            "The European Union's foreign policy chief, Kaja Kallas, said the Kremlin did not want peace.",
            expect_test::expect!["EU accuse -> RUS (Kaja Kallas)"],
        );
    }

    #[test]
    fn a_dismissed_deadline_is_no_call_of_its_owner() {
        check(
            "Russia's spokesman dismissed a U.S. deadline for a ceasefire.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn a_second_that_clause_has_its_own_subject() {
        check(
            "Kremlin spokesman Dmitry Peskov told reporters that Russia remained open to negotiations but that Kyiv was not ready for a serious dialogue.",
            expect_test::expect!["RUS accuse -> UKR (Dmitry Peskov)"],
        );
        // the speaker's own clause still blames no one
        check(
            "Russia said that it was not ready for a serious dialogue.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn no_room_for_outside_interference_rejects_intervention() {
        check(
            "India said there is no room for any outside interference.",
            expect_test::expect!["IND reject_intervention -> - (-)"],
        );
        check(
            "India's foreign ministry rejected any third-party mediation on Kashmir.",
            expect_test::expect!["IND reject_intervention -> - (India's foreign ministry)"],
        );
        // a bare spokesman speaks for the body of the sentence before
        check(
            "India's foreign ministry rejected mediation. \"There is no room for any outside interference,\" spokesman Randhir Jaiswal told reporters.",
            expect_test::expect!["IND reject_intervention -> - (Randhir Jaiswal)"],
        );
        // no room for something else rejects nothing
        check(
            "India said there is no room for complacency.",
            expect_test::expect![""],
        );
    }
}
