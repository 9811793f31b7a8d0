//! Stage 5 — actors.
//!
//! Takes: a [`Doc`] (tokens and sentences).
//! Gives: [`Entity`] mentions in text order, each linked to a canonical actor id: states by
//! name, short name, adjective and capital ("Armenia", "Armenian", "Baku"); international bodies
//! ("OSCE", "Red Cross"); people introduced with a role ("Armenian Prime Minister Nikol
//! Pashinyan", "Hikmet Hajiyev, an aide to the Azerbaijani president") linked to the state they
//! speak for, and their later bare mentions ("Pashinyan", "Mr Pashinyan", "he"); a state's
//! bodies and leaders ("the Russian foreign ministry", "the Yerevan leader", "the prime minister
//! of Armenia", a bare "the ministry" after one was named); non-state armed or separatist groups
//! ("the secessionist authorities in X", "X separatists").
//! Invariants: entities do not overlap and are in order; a state id is an ISO 3166 alpha-3 code;
//! a person who speaks for no state (a "former" official, an analyst) keeps their own name as
//! actor; a capital after "in"/"at" (a venue) is not an actor.

use crate::doc::Doc;
use crate::lexicon::{lexicon, Cat, GazKind};
use crate::people::People;
use crate::report::ActorKind;
use crate::text;
use crate::tokens::{TokKind, Tokens};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// A state or organisation by name ("Russia", "the OSCE").
    Name,
    /// A capital standing for its government ("Baku said").
    Capital,
    /// An adjective modifying something that is not itself an actor ("Armenian territory").
    Adjective,
    /// A body or leader of a state ("the Russian foreign ministry", "the Yerevan leader").
    Body,
    /// A named person.
    Person,
    /// A pronoun resolved to an earlier entity.
    Pronoun,
    /// A non-state group.
    NonState,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Token range, inclusive.
    pub first: usize,
    pub last: usize,
    /// Canonical actor id: ISO alpha-3 for states, an organisation id, a person's name, or a
    /// non-state group's id.
    pub actor: String,
    pub kind: ActorKind,
    pub role: Role,
    /// The speaker as written (a person's name, a body's words), when not just the state's name.
    pub speaker: Option<String>,
    /// For a person: the person's key (full name) even when `actor` is their state.
    pub person: Option<String>,
}

/// A person met in the bundle: name as first introduced and the state they speak for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub surname: String,
    pub state: Option<String>,
    /// Introduced with a head-of-government title and no state ("President X"): speaks for the
    /// state the article is about.
    pub titled: bool,
}

fn is_cap(t: &Tokens, doc: &Doc, i: usize) -> bool {
    t.toks.get(i).is_some_and(|tok| {
        tok.kind == TokKind::Word
            && text::tail(&doc.cleaned.text, tok.start).starts_with(char::is_uppercase)
            && !doc.title_cased.get(i).copied().unwrap_or(false)
    })
}

fn raw<'d>(doc: &'d Doc, i: usize) -> &'d str {
    let tok = &doc.toks.toks[i];
    text::slice(&doc.cleaned.text, tok.start, tok.end)
}

/// Surname key that merges transliteration variants (Pashinian = Pashinyan) but not different
/// names (Iran / Iraq): lower case, y → i, doubled letters single.
pub fn name_key(s: &str) -> String {
    let mut out = String::new();
    // "al-Burhan" is "Burhan", "el-Sisi" is "Sisi"
    let lower = s.to_lowercase();
    let s = lexicon()
        .entries(Cat::SurnamePrefix)
        .iter()
        .find_map(|p| lower.strip_prefix(p.as_str()))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(&lower);
    for c in s.chars().map(|c| if c == 'y' { 'i' } else { c }) {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Find the entities of a document. `people` carries persons known from earlier articles of the
/// bundle (for bare surnames) and receives the ones introduced here.
pub fn entities(doc: &Doc, people: &mut People) -> Vec<Entity> {
    let lex = lexicon();
    let t = &doc.toks;
    let mut all: Vec<Entity> = Vec::new();
    let mut mem = Memory::default();
    // last word of each multi-word state name met so far → its state ("congo" → COD)
    let mut long_names: std::collections::BTreeMap<String, String> = Default::default();
    // abbreviations defined in the article: "Name Of Body (NOB)" → (id, kind)
    let mut acronyms: std::collections::BTreeMap<String, (String, ActorKind)> = Default::default();
    for s in doc.sents.iter() {
        let (start, end) = (s.first, s.last);
        if start < end && lex_bullet(t, start) {
            mem.begin_item();
        }
        // this sentence's entities; earlier sentences speak through `mem` (linear time)
        let mut out: Vec<Entity> = Vec::new();
        let mut i = start;
        while i < end {
            // an abbreviation the article defined: "the High Negotiations Committee (HNC)" → "HNC"
            if let Some((id, kind)) = acronyms.get(raw(doc, i)) {
                let role = if *kind == ActorKind::ArmedGroup {
                    Role::NonState
                } else {
                    Role::Name
                };
                out.push(Entity {
                    first: i,
                    last: i,
                    actor: id.clone(),
                    kind: *kind,
                    role,
                    speaker: Some(raw(doc, i).to_string()),
                    person: None,
                });
                i += 1;
                continue;
            }
            // gazetteer phrase (needs a capital letter; abbreviations exact)
            if is_cap(t, doc, i) {
                let gm = lex.gaz.matches(t, i, end).find(|(n, g)| {
                    g.exact_case.as_ref().is_none_or(|ex| {
                        let text =
                            text::slice(&doc.cleaned.text, t.toks[i].start, t.toks[i + n - 1].end);
                        text == ex
                    })
                });
                // "the Russian Security Council", "the Security Council of Ruritania": a state's
                // body named like an international one
                let state_organ = |n: usize| {
                    lex.at(Cat::StateBody, t, i, end) == Some(n)
                        && (out.last().is_some_and(|e: &Entity| {
                            // "the Russian Security Council", "Russia's Security Council"
                            e.last + 1 == i && e.role == Role::Adjective
                                || e.last + 2 == i
                                    && e.role == Role::Name
                                    && e.kind == ActorKind::State
                                    && lex.has_tok(Cat::PossessiveClitic, t, i - 1)
                        }) || (i + n + 1 < end
                            && lex.has_tok(Cat::GenitivePrep, t, i + n)
                            && lex
                                .gaz
                                .matches(
                                    t,
                                    i + n
                                        + 1
                                        + usize::from(lex.has_tok(
                                            Cat::DefiniteArticle,
                                            t,
                                            i + n + 1,
                                        )),
                                    end,
                                )
                                .next()
                                .is_some_and(|(_, g)| g.kind != GazKind::Org)))
                };
                let gm = gm.filter(|(n, g)| !(g.kind == GazKind::Org && state_organ(*n)));
                // "defence minister Israel Katz": a state's name between a title and a surname
                // is the person's first name
                let gm = gm.filter(|(n, g)| {
                    !(*n == 1 && g.kind != GazKind::Org && first_name_after_title(doc, i, end))
                });
                if let Some((n, g)) = gm {
                    let (n, g) = (n, g.clone());
                    let armed = g.kind == GazKind::Org && lex.armed.contains(&g.id);
                    let last = i + n - 1;
                    let last = if g.kind == GazKind::Org && !armed {
                        org_organ_end(doc, last, end).unwrap_or(last)
                    } else {
                        last
                    };
                    let kind = if armed {
                        ActorKind::ArmedGroup
                    } else if g.kind == GazKind::Org {
                        ActorKind::Organisation
                    } else {
                        ActorKind::State
                    };
                    let prev = if i > start { t.norm(i - 1) } else { "" };
                    let role = match g.kind {
                        GazKind::Org if armed => Role::NonState,
                        GazKind::Name | GazKind::Org => Role::Name,
                        GazKind::Adjective => Role::Adjective,
                        GazKind::Capital => Role::Capital,
                    };
                    // "the rebel-held capital Sanaa", "the city of Kyiv": the place itself
                    let place = (i.saturating_sub(3).max(start)..i).any(|k| {
                        lex.has_tok(Cat::PlaceNoun, t, k)
                            && (k + 1..i)
                                .all(|p| t.norm(p) == "," || lex.has_tok(Cat::LinkPrep, t, p))
                    });
                    // (a capital named as a place still says which state the story is in:
                    // "fighting in Khartoum … The army said" is Sudan's army)
                    let place_of = |first: usize| Entity {
                        first,
                        last,
                        actor: g.id.clone(),
                        kind: ActorKind::State,
                        role: Role::Capital,
                        speaker: None,
                        person: None,
                    };
                    if g.kind == GazKind::Capital && place {
                        mem.count_state(place_of(i));
                        i = last + 1;
                        continue;
                    }
                    // a capital after "in"/"at" is a place, not the government
                    if g.kind == GazKind::Capital && lex.has(Cat::VenuePrep, prev) {
                        mem.count_state(place_of(i));
                        // "officials in Lima", "the authorities in Kyiv": the body speaks for the
                        // capital's state
                        let body = i >= start + 2
                            && lex.has_tok(Cat::LocativePrep, t, i - 1)
                            && lex.has_tok(Cat::StateBody, t, i - 2);
                        if body {
                            let first =
                                if i >= start + 3 && lex.has_tok(Cat::DefiniteArticle, t, i - 3) {
                                    i - 3
                                } else {
                                    i - 2
                                };
                            out.push(Entity {
                                first,
                                last,
                                actor: g.id.clone(),
                                kind: ActorKind::State,
                                role: Role::Body,
                                speaker: Some(crate::doc::fold(doc.span_text(first, last))),
                                person: None,
                            });
                        }
                        i = last + 1;
                        continue;
                    }
                    // "Congo" after "the Democratic Republic of the Congo": the state named in full
                    // earlier, when the short form is only an alias of the other one
                    let mut id = g.id.clone();
                    if g.kind == GazKind::Name && n == 1 {
                        let word = t.norm(i).to_string();
                        let canonical = lex
                            .states
                            .get(&id)
                            .is_some_and(|s| s.name.eq_ignore_ascii_case(raw(doc, i)));
                        if !canonical {
                            if let Some(full) = long_names.get(&word) {
                                id = full.clone();
                            }
                        }
                    } else if g.kind == GazKind::Name && n > 1 {
                        let tail = t.norm(last).to_string();
                        long_names.entry(tail).or_insert_with(|| g.id.clone());
                    }
                    out.push(Entity {
                        first: i,
                        last,
                        actor: id,
                        kind,
                        role,
                        speaker: None,
                        person: None,
                    });
                    i = last + 1;
                    continue;
                }
            }
            // an honorific is a prefix of the name after it: "Mr Pashinyan"
            if is_cap(t, doc, i)
                && lex.has_tok(Cat::Honorific, t, i)
                && i + 1 < end
                && is_cap(t, doc, i + 1)
            {
                i += 1;
                if i < end && t.norm(i) == "." {
                    i += 1;
                }
                continue;
            }
            // person names: two or more capitalised words not in the gazetteer
            if is_cap(t, doc, i)
                && !lex.has_tok(Cat::FunctionWord, t, i)
                && !lex.has_tok(Cat::LeaderTitle, t, i)
            {
                let mut j = i;
                loop {
                    let name_word = |k: usize| {
                        k < end
                            && is_cap(t, doc, k)
                            && lex.gaz.matches(t, k, end).next().is_none()
                            && !lex.has_tok(Cat::LeaderTitle, t, k)
                            && !lex.has_tok(Cat::Weekday, t, k)
                    };
                    if name_word(j + 1) {
                        j += 1;
                        continue;
                    }
                    // "Ki-moon", "al-Muslat", "bin Salman": a hyphen or a name particle inside a name
                    let glued = |k: usize| k < end && t.toks[k].glued;
                    if j + 2 < end
                        && t.norm(j + 1) == "-"
                        && glued(j + 1)
                        && glued(j + 2)
                        && t.kind(j + 2) == Some(TokKind::Word)
                        // "Jean-Marc Ayrault": a hyphenated first name, a surname after it
                        && (j > i || (name_word(j + 2) && name_word(j + 3)))
                    {
                        j += 2;
                        continue;
                    }
                    if j + 2 < end
                        && lex.has_tok(Cat::NameParticle, t, j + 1)
                        && (name_word(j + 2)
                            || (t.norm(j + 2) == "-" && j + 3 < end && name_word(j + 3)))
                    {
                        j += if t.norm(j + 2) == "-" { 3 } else { 2 };
                        continue;
                    }
                    break;
                }
                // a named armed group or movement: "Rapid Support Forces", "Popular Mobilization Units"
                if j > i
                    && j - i <= 4
                    && lex.has_tok(Cat::ArmedGroupWord, t, j)
                    && !(i..=j).any(|k| lex.gaz.matches(t, k, end).next().is_some())
                {
                    let words: Vec<&str> = (i..=j).map(|k| raw(doc, k)).collect();
                    let id: String = words
                        .iter()
                        .filter_map(|w| w.chars().next())
                        .filter(|c| c.is_uppercase())
                        .collect();
                    let first = if i > start && lex.has_tok(Cat::DefiniteArticle, t, i - 1) {
                        i - 1
                    } else {
                        i
                    };
                    out.push(Entity {
                        first,
                        last: j,
                        actor: id,
                        kind: ActorKind::ArmedGroup,
                        role: Role::NonState,
                        speaker: Some(crate::doc::fold(doc.span_text(i, j))),
                        person: None,
                    });
                    i = j + 1;
                    continue;
                }
                let honorific = i > start
                    && (lex.has_tok(Cat::Honorific, t, i - 1)
                        || (i > start + 1
                            && t.norm(i - 1) == "."
                            && lex.has_tok(Cat::Honorific, t, i - 2)));
                // "President Trump": one name after a capitalised title is a person too
                let titled = j == i
                    && i > start
                    && lex.has_tok(Cat::LeaderTitle, t, i - 1)
                    && is_cap(t, doc, i - 1)
                    && !people.knows_surname(raw(doc, i))
                    // ("Deputy Foreign Minister X", "Deputy Prime Minister X": the word after the
                    // title opens another title, no name)
                    && lex.at(Cat::LeaderTitle, t, i, end).is_none()
                    && !lex.has_tok(Cat::RoleModifier, t, i);
                if (j > i || titled)
                    // at most four words, particles and hyphens aside ("Abdel Fattah al-Burhan")
                    && (i..=j).filter(|&k| is_cap(t, doc, k)).count() <= 4
                    && !lex.has_tok(Cat::Weekday, t, i)
                    && crate::numbers::month(t.norm(i)).is_none()
                {
                    let name: Vec<&str> = (i..=j).map(|k| raw(doc, k)).collect();
                    if looks_like_person(doc, i, j, start, end) {
                        // as written ("Salim al-Muslat", not its tokens joined)
                        let full = crate::doc::fold(doc.span_text(i, j));
                        let surname = name.last().copied().unwrap_or("").to_string();
                        let known = people.position(&surname, &full);
                        let idx = match known {
                            Some(k) => k,
                            None => {
                                // (or a military rank: "Gen. X said" in a report on one
                                // state's war is that state's general)
                                let rank = |k: usize| {
                                    lex.has_tok(Cat::RankTitle, t, k) && is_cap(t, doc, k)
                                };
                                let titled = i > start
                                    && ((lex.has_tok(Cat::HeadTitle, t, i - 1)
                                        && is_cap(t, doc, i - 1))
                                        || rank(i - 1)
                                        || (i > start + 1 && t.norm(i - 1) == "." && rank(i - 2)));
                                people.push(Person {
                                    name: full.clone(),
                                    surname,
                                    state: None,
                                    titled,
                                });
                                people.len() - 1
                            }
                        };
                        if people[idx].state.is_none() {
                            *people.state_mut(idx) = affiliation(doc, &out, i, j, start, end)
                                .or_else(|| {
                                    // an abbreviation the article defined, in the apposition after the name
                                    (j + 1..(j + 12).min(end))
                                        .take_while(|&k| k == j + 1 || t.norm(k) != ",")
                                        .find_map(|k| {
                                            acronyms.get(raw(doc, k)).map(|a| a.0.clone())
                                        })
                                })
                                .or_else(|| {
                                    // "A spokesman for X said … "…," spokesman Y said": a bare
                                    // title before the name is the one an earlier sentence gave X
                                    (i > start && !is_cap(t, doc, i - 1))
                                        .then(|| mem.titles.get(t.norm(i - 1)))
                                        .flatten()
                                        .filter(|(n, _)| n + 3 >= mem.sentences)
                                        .map(|(_, e)| e.actor.clone())
                                })
                                .or_else(|| {
                                    // "India's foreign ministry … "…," spokesman X told
                                    // reporters": a bare spokesman speaks for the body of the
                                    // sentence before
                                    (i > start
                                        && !is_cap(t, doc, i - 1)
                                        && lex.has_tok(Cat::SpokesTitle, t, i - 1))
                                    .then_some(mem.last_body.as_ref())
                                    .flatten()
                                    .filter(|_| mem.last_body_at + 1 >= mem.sentences)
                                    .map(|e| e.actor.clone())
                                })
                                .or_else(|| {
                                    // "the group's commander, X,": the latest group's
                                    group_title_before(doc, i, start)
                                        .then_some(mem.last_group.as_ref())
                                        .flatten()
                                        .map(|e| e.actor.clone())
                                })
                                .or_else(|| {
                                    // "Opposition spokesman X": the latest group the article
                                    // named itself
                                    opposition_title_before(doc, i, start)
                                        .then_some(mem.last_local.as_ref())
                                        .flatten()
                                        .map(|e| e.actor.clone())
                                })
                                .or_else(|| {
                                    // "Army spokesman X", "an army spokesman, Brigadier X,":
                                    // a state organ's title with no state named is the
                                    // article's state's, as "the army" is
                                    organ_title_before(doc, i, start)
                                        .then(|| mem.home_state())
                                        .flatten()
                                        .map(|e| e.actor.clone())
                                });
                        }
                        let p = &people[idx];
                        out.push(person_entity(i, j, p, &full));
                        i = j + 1;
                        continue;
                    }
                }
                // a bare surname of a known person ("Pashinyan", "Mr Putin")
                if j == i || honorific {
                    let w = raw(doc, i);
                    // the surname, else another word of a known name ("Zeid" of "Zeid Ra'ad al Hussein")
                    let by_surname = people.by_surname(w);
                    let by_part = || people.by_part(w);
                    if let Some(p) = by_surname.or_else(by_part) {
                        let first = if honorific {
                            if t.norm(i - 1) == "." {
                                i - 2
                            } else {
                                i - 1
                            }
                        } else {
                            i
                        };
                        out.push(person_entity(first, i, p, &p.name.clone()));
                        i += 1;
                        continue;
                    }
                    // "His defence minister said … "…," Katz warned.": a surname no one bore, no
                    // word of the language, attributing a quotation right after a sentence whose
                    // speaker was an official named by title alone, is that official
                    // (`…," Katz warned` or `…", Katz warned`)
                    let marks = |a: usize, b: usize| t.norm(a) == "\"" && t.norm(b) == ",";
                    let attributes = i >= start + 2
                        && (marks(i - 1, i - 2) || marks(i - 2, i - 1))
                        && i + 1 < end
                        && lex.has_tok(Cat::NameSpeechVerb, t, i + 1);
                    let official = mem
                        .last_titled
                        .as_ref()
                        .filter(|_| mem.titled_at == mem.sentences)
                        .filter(|b| mem.last_persons.iter().all(|p| p.last < b.first))
                        .filter(|b| b.kind == ActorKind::State);
                    if let (true, true, Some(b)) =
                        (attributes, t.id(i) == crate::lexicon::NO_WORD, official)
                    {
                        let name = w.to_string();
                        people.push(Person {
                            name: name.clone(),
                            surname: name.clone(),
                            state: Some(b.actor.clone()),
                            titled: false,
                        });
                        let p = &people[people.len() - 1];
                        out.push(person_entity(i, i, p, &name));
                        i += 1;
                        continue;
                    }
                }
            }
            i += 1;
        }
        // bodies, leaders and non-state groups, over the sentence's tokens
        bodies(doc, start, end, &mut out, &mem);
        define_acronyms(doc, start, end, &mut out, &mut acronyms);
        generic_speakers(doc, start, end, &mut out);
        named_groups(doc, start, end, &mut out, &mut acronyms);
        civil_bodies(doc, start, end, &mut out);
        introduced_groups(doc, start, end, &mut out, &mut acronyms);
        members_of_groups(doc, end, &mut out, people);
        titled_bodies_in_apposition(doc, &mut out, people);
        group_speakers(doc, start, end, &mut out);
        reports(doc, start, end, &mut out, &mut mem);
        led_bodies(doc, start, end, &mut out);
        // pronouns: he/she → the latest person; handled after bodies so order is right
        for k in start..end {
            let w = t.norm(k);
            // "his defence minister", "her spokesman": the person's state speaks through its
            // official
            let mut title_end = k;
            if lex.has_tok(Cat::PersonalPossessive, t, k) {
                let mut j = k + 1;
                while j < end && j < k + 3 && lex.has_tok(Cat::RoleModifier, t, j) {
                    j += 1;
                }
                match lex.at(Cat::LeaderTitle, t, j, end) {
                    Some(n) if !is_cap(t, doc, j) => title_end = j + n - 1,
                    _ => continue,
                }
            }
            let pronoun = lex.has(Cat::ThirdPersonPronoun, w) || title_end > k;
            if pronoun && !out.iter().any(|e| e.first <= title_end && k <= e.last) {
                // the first person of this sentence before the pronoun, else the first person of
                // the latest sentence that names one (the sentence's subject, not "to Putin")
                // ("his deputy": the nearest person before it)
                let before = || {
                    out.iter()
                        .filter(|e| e.first >= start && e.first < k && is_personal(e))
                };
                let here = if title_end > k {
                    before().max_by_key(|e| e.first)
                } else {
                    before().min_by_key(|e| e.first)
                };
                // "The Secretary-General condemns … He calls on …": a speaker named by a title
                // more recently than any person
                let titled = mem.last_titled.as_ref().filter(|b| {
                    here.is_none() && mem.last_persons.iter().all(|p| p.last < b.first)
                });
                let prev = here
                    .or(titled)
                    .or_else(|| {
                        let in_sent = || mem.last_persons.iter();
                        let not_object = |e: &&Entity| {
                            e.first == 0 || !lex.has_tok(Cat::GoverningPrep, t, e.first - 1)
                        };
                        in_sent()
                            .filter(not_object)
                            .min_by_key(|e| e.first)
                            .or_else(|| in_sent().min_by_key(|e| e.first))
                    })
                    .cloned();
                if let Some(p) = prev {
                    if title_end > k {
                        if p.kind != ActorKind::Person {
                            out.push(Entity {
                                first: k,
                                last: title_end,
                                role: Role::Body,
                                speaker: Some(crate::doc::fold(doc.span_text(k, title_end))),
                                person: None,
                                ..p
                            });
                        }
                    } else {
                        out.push(Entity {
                            first: k,
                            last: k,
                            role: Role::Pronoun,
                            ..p
                        });
                    }
                }
            }
        }
        sort_entities(&mut out);
        // drop entities nested in a larger one
        let mut kept: Vec<Entity> = Vec::with_capacity(out.len());
        for e in out.drain(..) {
            if let Some(last) = kept.last() {
                if e.first >= last.first && e.last <= last.last {
                    continue;
                }
            }
            kept.push(e);
        }
        owned_organs(doc, &mut kept);
        mem.remember(t, &kept);
        all.extend(kept);
    }
    // a person linked to a state or body by a title anywhere in the bundle speaks for it from
    // the first mention on ("Antonio Guterres …" before "UN Secretary-General Antonio Guterres")
    for e in all.iter_mut().filter(|e| e.kind == ActorKind::Person) {
        let state = e
            .person
            .as_ref()
            .and_then(|n| people.named(n).next())
            .and_then(|p| p.state.clone());
        if let Some(st) = state {
            e.kind = kind_of(&st);
            e.actor = st;
        }
    }
    // "President X" with no state named: the state the article names most
    // (the lead's states weigh most: a story names its own state first)
    let lead_end = doc.sents.get(3).map(|s| s.first).unwrap_or(usize::MAX);
    let mut counts: Vec<(String, usize)> = Vec::new();
    for e in all
        .iter()
        .filter(|e| e.kind == ActorKind::State && e.role != Role::Person && e.role != Role::Pronoun)
    {
        let w = if e.first < lead_end { 3 } else { 1 };
        // a government speaking ("Washington said", "the Pentagon") weighs more than a place
        let w = if matches!(e.role, Role::Capital | Role::Body) {
            2 * w
        } else {
            w
        };
        match counts.iter_mut().find(|c| c.0 == e.actor) {
            Some(c) => c.1 += w,
            None => counts.push((e.actor.clone(), w)),
        }
    }
    let best = counts.iter().map(|c| c.1).max().unwrap_or(0);
    // only a clear lead: "Russia and Ukraine trade blame …" names both about as often, and a
    // president of the wrong one is worse than a president of none (the name stands alone)
    let second = counts
        .iter()
        .map(|c| c.1)
        .filter(|&n| n < best)
        .max()
        .unwrap_or(0)
        .max(if counts.iter().filter(|c| c.1 == best).count() > 1 {
            best
        } else {
            0
        });
    let top = counts
        .iter()
        .find(|c| c.1 == best)
        .filter(|_| 2 * best >= 3 * second)
        .map(|c| c.0.clone());
    // without a clear lead, a government speaking in the person's own sentence ("a warning by
    // President X that Washington intended …")
    let speaking_state = |all: &[Entity], at: usize| -> Option<String> {
        let s = doc.sentence_at(at)?;
        all.iter()
            .find(|x| {
                x.first >= s.first
                    && x.last < s.last
                    && x.kind == ActorKind::State
                    && matches!(x.role, Role::Capital | Role::Body)
            })
            .map(|x| x.actor.clone())
    };
    // a titled person no title placed ("President X" with no state named)
    let unplaced = |e: &Entity| {
        e.kind == ActorKind::Person
            && e.person
                .as_ref()
                .is_some_and(|n| people.named(n).any(|p| p.titled && p.state.is_none()))
    };
    for k in 0..all.len() {
        if !unplaced(&all[k]) {
            continue;
        }
        if let Some(st) = top.clone().or_else(|| speaking_state(&all, all[k].first)) {
            all[k].actor = st;
            all[k].kind = ActorKind::State;
        }
    }
    // one person speaks for one state: a mention whose own sentence named none ("…," he
    // wrote) takes the state another mention of the same person was given
    let given: Vec<(String, String)> = all
        .iter()
        .filter(|e| e.kind == ActorKind::State)
        .filter_map(|e| Some((e.person.clone()?, e.actor.clone())))
        .collect();
    for e in all.iter_mut() {
        if !unplaced(e) {
            continue;
        }
        if let Some((_, st)) = given.iter().find(|(g, _)| Some(g) == e.person.as_ref()) {
            e.actor = st.clone();
            e.kind = ActorKind::State;
        }
    }
    all
}

/// "The African Union's Peace and Security Council", "Russia's Security Council": an organ's
/// name that a list gives to one organisation (the UN's) belongs, after another state's or
/// organisation's possessive, to that owner; "the group's military wing" is the group's.
/// `ents` are one sentence's, in order.
fn owned_organs(doc: &Doc, ents: &mut Vec<Entity>) {
    let (t, lex) = (&doc.toks, lexicon());
    for k in 1..ents.len() {
        let (o, e) = (&ents[k - 1], &ents[k]);
        let p = o.last + 1;
        let organ = e.kind == ActorKind::Organisation
            && matches!(o.kind, ActorKind::State | ActorKind::Organisation)
            && o.actor != e.actor
            && p < e.first
            && e.first - p <= 4
            && lex.has_tok(Cat::PossessiveClitic, t, p)
            && (p + 1..e.first).all(|j| t.kind(j) == Some(crate::tokens::TokKind::Word))
            && (e.first..=e.last)
                .any(|j| lex.at(Cat::OrganName, t, j, e.last + 1) == Some(e.last + 1 - j));
        if organ {
            let (actor, kind) = (o.actor.clone(), o.kind);
            let e = &mut ents[k];
            e.actor = actor;
            e.kind = kind;
            e.role = Role::Body;
        }
    }
    // "the group's military wing", "Hamas's armed wing": a group's organ speaks for the group
    // (the entity takes the organ's words in, so the verb after them has it for its subject)
    let mut k = 0;
    while k < ents.len() {
        let e = &ents[k];
        // (the possessive may be inside the entity already: "the group's military" read as
        // the group's army)
        let organ = (e.first + 1..=e.last + 1)
            .find(|&p| p + 1 < t.len() && lex.has_tok(Cat::PossessiveClitic, t, p))
            .filter(|_| matches!(e.kind, ActorKind::ArmedGroup | ActorKind::Organisation))
            .and_then(|p| {
                lex.at(Cat::GroupOrgan, t, p + 1, t.len())
                    .map(|m| (p, p + m))
            })
            .filter(|&(_, last)| last > e.last);
        if let Some((p, last)) = organ {
            let e = &mut ents[k];
            e.speaker = Some(crate::doc::fold(doc.span_text(e.first, last)));
            e.last = last;
            // (the organ's words are no entity of their own: "military" is no state's army here)
            ents.retain(|x| x.first <= p || x.first > last);
        }
        k += 1;
    }
}

/// What later sentences need of earlier ones: the latest body (for a bare "the ministry"), the
/// latest state named as a subject, and the people of the latest sentence that named any (for
/// "he"/"she").
#[derive(Default)]
struct Memory {
    last_body: Option<Entity>,
    /// The number of the sentence that set `last_body`.
    last_body_at: usize,
    last_group: Option<Entity>,
    last_org: Option<Entity>,
    /// The latest group the article named itself (no list knows it: "the High Negotiations
    /// Committee (HNC)", "the Free Syrian Army"), for a bare "the opposition".
    last_local: Option<Entity>,
    /// The latest speaker named by a title alone ("the Secretary-General", "the president"),
    /// for a later "he"/"she".
    last_titled: Option<Entity>,
    last_subject_state: Option<Entity>,
    last_persons: Vec<Entity>,
    /// Each title word ("spokesman", "envoy") → the latest state, body or group speaking
    /// through a title with it ("a spokesman for the army"), with the number of its sentence.
    titles: std::collections::BTreeMap<String, (usize, Entity)>,
    /// Sentences remembered so far.
    sentences: usize,
    /// The number of the sentence that set `last_titled`.
    titled_at: usize,
    /// Each state named so far (by name, adjective or capital), with how often, in the order
    /// first named: the most named is the article's home state.
    states_named: Vec<(Entity, usize)>,
    /// Whoever issued the latest report the text named ("in a report by the UN", "HRW's
    /// report", "the organisation said in its annual report"): what a later "the report found"
    /// speaks for.
    last_reporter: Option<Entity>,
    /// Inside a list item ("- War in Sudan: The RSF accuses the army …", a digest's entries,
    /// each its own story): the states named since the item began.
    item_states: Option<Vec<(Entity, usize)>>,
}

/// Whether token `i` is a list bullet ("-", "*", "•") opening its sentence.
fn lex_bullet(t: &Tokens, i: usize) -> bool {
    lexicon().has_tok(Cat::ListBullet, t, i)
}

fn is_subject_state(t: &Tokens, e: &Entity) -> bool {
    e.kind == ActorKind::State
        && matches!(e.role, Role::Name | Role::Capital)
        && (e.first == 0
            || !(lexicon().has_tok(Cat::GoverningPrep, t, e.first - 1)
                || lexicon().has_tok(Cat::LocativePrep, t, e.first - 1)))
}

impl Memory {
    /// A list item begins: its story is its own, so what earlier sentences said of bodies,
    /// groups, subjects and people does not reach into it (the article's states still count
    /// when the item names none).
    fn begin_item(&mut self) {
        *self = Memory {
            sentences: self.sentences,
            states_named: std::mem::take(&mut self.states_named),
            item_states: Some(Vec::new()),
            ..Memory::default()
        };
    }

    fn remember(&mut self, t: &Tokens, sent: &[Entity]) {
        if let Some(b) = sent
            .iter()
            .rev()
            .find(|e| e.role == Role::Body && e.kind == ActorKind::State)
        {
            self.last_body = Some(b.clone());
            self.last_body_at = self.sentences + 1;
        }
        // the group the sentence is about: its first group that no preposition governs ("Al-Shabab,
        // which is linked to al-Qaeda, said …" is about al-Shabab), else its last
        let governed = |e: &Entity| {
            e.first > 0 && {
                let d = if lexicon().has_tok(Cat::Article, t, e.first - 1) && e.first > 1 {
                    e.first - 2
                } else {
                    e.first - 1
                };
                lexicon().has_tok(Cat::GoverningPrep, t, d)
            }
        };
        if let Some(g) = sent
            .iter()
            .find(|e| e.role == Role::NonState && !governed(e))
            .or_else(|| sent.iter().rev().find(|e| e.role == Role::NonState))
        {
            self.last_group = Some(g.clone());
        }
        if let Some(o) = sent.iter().rev().find(|e| {
            e.kind == ActorKind::Organisation && matches!(e.role, Role::Name | Role::Body)
        }) {
            self.last_org = Some(o.clone());
        }
        if let Some(g) = sent.iter().rev().find(|e| is_local_group(e)) {
            self.last_local = Some(g.clone());
        }
        let lex = lexicon();
        if let Some(b) = sent.iter().rev().find(|e| {
            e.role == Role::Body
                && (lex.has_tok(Cat::LeaderTitle, t, e.last)
                    || lex.at(Cat::OrgNoun, t, e.last, e.last + 1).is_some())
                && e.kind != ActorKind::Person
        }) {
            self.last_titled = Some(b.clone());
            self.titled_at = self.sentences + 1;
        }
        if let Some(s) = sent.iter().rev().find(|e| is_subject_state(t, e)) {
            self.last_subject_state = Some(s.clone());
        }
        // (a body that names its state counts: "Myanmar's military", "the Sudanese army" — not
        // "the army", whose state is a guess)
        let names_its_state = |e: &Entity| {
            let k = e.first
                + usize::from(
                    lex.has_tok(Cat::Article, t, e.first)
                        || lex.has_tok(Cat::Possessive, t, e.first),
                );
            e.role == Role::Body
                && k <= e.last
                && ![
                    Cat::StateBody,
                    Cat::StateOrganWord,
                    Cat::LeaderTitle,
                    Cat::RoleModifier,
                ]
                .iter()
                .any(|&c| lex.has_tok(c, t, k))
        };
        for e in sent.iter().filter(|e| {
            e.kind == ActorKind::State
                && (matches!(e.role, Role::Name | Role::Adjective | Role::Capital)
                    || names_its_state(e))
        }) {
            self.count_state(e.clone());
        }
        self.sentences += 1;
        let speaks_for = |e: &&Entity| {
            e.kind != ActorKind::Person && (e.role == Role::Body || e.role == Role::NonState)
        };
        for e in sent.iter().filter(speaks_for) {
            for k in e.first..=e.last {
                if lex.has_tok(Cat::LeaderTitle, t, k) {
                    self.titles
                        .insert(t.norm(k).to_string(), (self.sentences, e.clone()));
                }
            }
        }
        let persons: Vec<Entity> = sent.iter().filter(|e| is_personal(e)).cloned().collect();
        if !persons.is_empty() {
            self.last_persons = persons;
        }
    }

    /// One more naming of `e`'s state (for [`Memory::home_state`]).
    fn count_state(&mut self, e: Entity) {
        for named in std::iter::once(&mut self.states_named).chain(self.item_states.as_mut()) {
            match named.iter_mut().find(|(s, _)| s.actor == e.actor) {
                Some((_, n)) => *n += 1,
                None => named.push((e.clone(), 1)),
            }
        }
    }

    /// The state the article is about so far: the one named most often (the first named of
    /// those named equally often). "Fighting in Sudan's Darfur region … The army said …": the
    /// army is Sudan's, though Sudan was never a subject.
    fn home_state(&self) -> Option<&Entity> {
        let mut best: Option<&(Entity, usize)> = None;
        let named = match &self.item_states {
            Some(item) if !item.is_empty() => item,
            _ => &self.states_named,
        };
        for s in named {
            if best.is_none_or(|b| s.1 > b.1) {
                best = Some(s);
            }
        }
        best.map(|(e, _)| e)
    }
}

/// The kind of the actor a person speaks for: a state (an ISO code), a listed armed group or
/// organisation, or a group the article named itself ("HNC", "SPLM-IO"), taken as an
/// organisation.
fn kind_of(id: &str) -> ActorKind {
    let lex = lexicon();
    if lex.armed.contains(id) {
        ActorKind::ArmedGroup
    } else if lex.states.contains_key(id) {
        ActorKind::State
    } else {
        ActorKind::Organisation
    }
}

/// A person, or a body that is a person's own ("Netanyahu's office"): what "he" and "she" refer to.
fn is_personal(e: &Entity) -> bool {
    e.role == Role::Person || (e.role == Role::Body && e.person.is_some())
}

fn person_entity(first: usize, last: usize, p: &Person, written: &str) -> Entity {
    let (actor, kind) = match &p.state {
        Some(s) => (s.clone(), kind_of(s)),
        None => (p.name.clone(), ActorKind::Person),
    };
    Entity {
        first,
        last,
        actor,
        kind,
        role: Role::Person,
        speaker: Some(written.to_string()),
        person: Some(p.name.clone()),
    }
}

/// The last token of an organisation's organ named right after the organisation ending at
/// `last`, in capitals: "the African Union Commission", "the AU Peace and Security Council" (the
/// organisation speaks through it; the "Security Council" inside is not the UN's).
fn org_organ_end(doc: &Doc, last: usize, end: usize) -> Option<usize> {
    let (t, lex) = (&doc.toks, lexicon());
    let mut found = None;
    for j in last + 1..(last + 6).min(end) {
        if is_cap(t, doc, j) {
            if lex.has_tok(Cat::OrgOrgan, t, j) {
                found = Some(j);
            }
        } else if !(lex.has_tok(Cat::NameJoiner, t, j) && j + 1 < end && is_cap(t, doc, j + 1)) {
            break;
        }
    }
    // ("the United Nations verification mission", "the UN human rights office": up to two
    // plain words in lower case before the organ)
    if found.is_none() {
        let plain = |j: usize| {
            j < end
                && t.kind(j) == Some(TokKind::Word)
                && !is_cap(t, doc, j)
                && !lex.has_tok(Cat::FunctionWord, t, j)
        };
        found = (last + 1..(last + 4).min(end))
            .take_while(|&j| plain(j))
            .find(|&j| j > last + 1 && lex.has_tok(Cat::OrgOrgan, t, j));
    }
    found
}

/// Whether the one-word place name at `i` is a person's first name: a title right before it and
/// a capitalised word that is no place, title or function word right after it ("defence minister
/// Israel Katz", "President Chad Miller").
fn first_name_after_title(doc: &Doc, i: usize, end: usize) -> bool {
    let lex = lexicon();
    let t = &doc.toks;
    let j = i + 1;
    i > 0
        && j < end
        && lex.has_tok(Cat::LeaderTitle, t, i - 1)
        && is_cap(t, doc, j)
        && !t.toks[j].glued
        && lex.gaz.matches(t, j, end).next().is_none()
        && !lex.has_tok(Cat::FunctionWord, t, j)
        && !lex.has_tok(Cat::LeaderTitle, t, j)
        && !lex.has_tok(Cat::Weekday, t, j)
        && crate::numbers::month(t.norm(j)).is_none()
}

/// The first token of the titles before a name at `i` ("Army spokesman X", "an army spokesman,
/// Brigadier X,", "the group's commander, X,"): past a capitalised rank and an apposition's comma,
/// back over the words `word` takes (`Some(true)` a title, `Some(false)` a modifier, `None` not
/// one); `None` when no title is among them.
fn titles_before(
    doc: &Doc,
    i: usize,
    start: usize,
    word: impl Fn(usize) -> Option<bool>,
) -> Option<usize> {
    let lex = lexicon();
    let t = &doc.toks;
    let mut k = i;
    // (past a rank: "Major General X", "Brig. Gen. X")
    let rank = |k: usize| lex.has_tok(Cat::TitleNoun, t, k) && is_cap(t, doc, k);
    loop {
        if k > start && rank(k - 1) {
            k -= 1;
        } else if k > start + 1 && t.norm(k - 1) == "." && t.toks[k - 1].glued && rank(k - 2) {
            k -= 2;
        } else {
            break;
        }
    }
    if k > start && t.norm(k - 1) == "," {
        k -= 1;
    }
    let mut titles = 0;
    while k > start {
        match word(k - 1) {
            Some(title) => titles += usize::from(title),
            None => break,
        }
        k -= 1;
    }
    (titles > 0).then_some(k)
}

/// A word of a person's title before a name: Some(true) a title ("spokesman", "commander"),
/// Some(false) a role word that may stand in one ("senior", "military"), None neither.
fn title_word(t: &Tokens, k: usize) -> Option<bool> {
    let lex = lexicon();
    let title = lex.has_tok(Cat::LeaderTitle, t, k)
        || lex.has_tok(Cat::TitleNoun, t, k)
        || lex.has_tok(Cat::SpeakerNoun, t, k);
    (title || lex.has_tok(Cat::RoleModifier, t, k)).then_some(title)
}

/// Whether the name at `i` follows a title owned by a bare group noun: "the group's commander,
/// X,", "the movement's spokesman X" (past a rank and role words).
fn group_title_before(doc: &Doc, i: usize, start: usize) -> bool {
    let lex = lexicon();
    let t = &doc.toks;
    titles_before(doc, i, start, |k| title_word(t, k)).is_some_and(|k| {
        (k >= start + 3
            && lex.has_tok(Cat::PossessiveClitic, t, k - 1)
            && lex.has_tok(Cat::GroupNoun, t, k - 2)
            && lex.has_tok(Cat::DefiniteArticle, t, k - 3))
            // "Rebel spokesman X", "a militia commander, X": a group's title by its kind (an
            // owner named before it, "Syrian rebel commander X", is found first)
            || (k > start && lex.has_tok(Cat::NonstateMarker, t, k - 1))
    })
}

/// A group the article named itself, one no list knows ("the High Negotiations Committee",
/// "the Free Syrian Army"): its id is neither a state's nor a listed organisation's.
fn is_local_group(e: &Entity) -> bool {
    let lex = lexicon();
    matches!(e.kind, ActorKind::Organisation | ActorKind::ArmedGroup)
        && matches!(e.role, Role::Name | Role::NonState)
        && !lex.orgs.contains_key(&e.actor)
        && !lex.states.contains_key(&e.actor)
}

/// Whether the name at `i` follows an opposition's title: "Opposition spokesman X", "the
/// opposition's chief negotiator, X".
fn opposition_title_before(doc: &Doc, i: usize, start: usize) -> bool {
    let lex = lexicon();
    let t = &doc.toks;
    titles_before(doc, i, start, |k| title_word(t, k)).is_some_and(|k| {
        let owner = if k > start + 1 && lex.has_tok(Cat::PossessiveClitic, t, k - 1) {
            k - 2
        } else {
            k.saturating_sub(1)
        };
        k > start && lex.has_tok(Cat::OppositionWord, t, owner)
    })
}

/// Whether the name at `i` follows a state organ's title with no owner named: "Army spokesman
/// X", "an army spokesman, Brigadier X," (a title, past role words, after a bare organ word).
fn organ_title_before(doc: &Doc, i: usize, start: usize) -> bool {
    let lex = lexicon();
    let t = &doc.toks;
    let word = |k: usize| {
        let title = lex.has_tok(Cat::LeaderTitle, t, k);
        (title || lex.has_tok(Cat::RoleModifier, t, k)).then_some(title)
    };
    let Some(k) = titles_before(doc, i, start, word) else {
        return false;
    };
    let organ = k > start && lex.has_tok(Cat::StateOrgan, t, k - 1);
    // (an owner before the organ — "Russia's army", "the Sudanese army" — is named elsewhere)
    let owned = k > start + 1
        && (lex.has_tok(Cat::PossessiveClitic, t, k - 2) || t.id(k - 2) == crate::lexicon::NO_WORD);
    organ && !owned
}

/// For a name at `i` right after a comma: the title of the phrase before the comma when it is
/// tied to a body by a preposition ("a spokesman for the Taliban, …", "the head of the UN
/// mission, …"), within six tokens.
fn titled_before(doc: &Doc, i: usize, start: usize) -> Option<usize> {
    let lex = lexicon();
    let t = &doc.toks;
    if i < start + 4 || t.norm(i - 1) != "," {
        return None;
    }
    (i.saturating_sub(8).max(start)..i - 3).rev().find(|&k| {
        (lex.has_tok(Cat::LeaderTitle, t, k) || lex.has_tok(Cat::MemberNoun, t, k))
            && lex.has_tok(Cat::LinkPrep, t, k + 1)
            // ("the UN special envoy for Yemen, X": sent to Yemen, not Yemen's)
            && !(lex.has_tok(Cat::EnvoyTitle, t, k) && lex.has_tok(Cat::BriefPrep, t, k + 1))
            && (k + 2..i - 1).all(|p| t.norm(p) != ",")
    })
}

/// Whether capitalised words `i..=j` name a person: a title or honorific before them, an
/// appositive role after them, or a speech verb next to them.
fn looks_like_person(doc: &Doc, i: usize, j: usize, start: usize, end: usize) -> bool {
    let lex = lexicon();
    let t = &doc.toks;
    // a region or city written in two words is not a person: a hyphen inside or a place word after
    if (i..=j).any(|k| {
        lex.has_tok(Cat::StateBody, t, k)
            || lex.has_tok(Cat::NonstateMarker, t, k)
            || lex.has_tok(Cat::TalksNoun, t, k)
    }) || lex.has_tok(Cat::MediaWord, t, j)
    {
        return false;
    }
    let prev = if i > start { t.norm(i - 1) } else { "" };
    // "the Observatory for Human Rights": capitalised words after "for"/"of" inside a name
    if lex.has(Cat::LinkPrep, prev) && i >= start + 2 && is_cap(t, doc, i - 2) {
        return false;
    }
    // "a Taliban spokesman, Zabihullah Mujahid, said": a name in apposition to a title
    let appositive = prev == ","
        && i >= start + 2
        && (lex.has_tok(Cat::LeaderTitle, t, i - 2) || lex.has_tok(Cat::MemberNoun, t, i - 2))
        && j + 1 < end
        && t.norm(j + 1) == ",";
    // "a spokesman for the Taliban, Ahmad Karimi, said": apposition to a title tied to a body
    let tied = prev == ","
        && j + 1 < end
        && t.norm(j + 1) == ","
        && titled_before(doc, i, start).is_some();
    // "the UN envoy for Yemen, Hans Grundberg, said": apposition to a title and its brief
    let briefed = prev == ","
        && j + 1 < end
        && t.norm(j + 1) == ","
        && (i.saturating_sub(7).max(start)..i.saturating_sub(2)).any(|k| {
            (lex.has_tok(Cat::LeaderTitle, t, k) || lex.has_tok(Cat::EnvoyTitle, t, k))
                && (lex.has_tok(Cat::LinkPrep, t, k + 1) || lex.has_tok(Cat::BriefPrep, t, k + 1))
                && (k + 1..i - 1).all(|p| t.norm(p) != ",")
        });
    // "Secretary of State Antony Blinken", "Minister of Defence X": a title of its domain
    let title_of = i >= start + 3
        && is_cap(t, doc, i - 1)
        && lex.has_tok(Cat::LinkPrep, t, i - 2)
        && lex.has_tok(Cat::LeaderTitle, t, i - 3)
        && is_cap(t, doc, i - 3);
    if appositive
        || tied
        || briefed
        || title_of
        || lex.has(Cat::LeaderTitle, prev)
        || lex.has(Cat::Honorific, prev)
    {
        return true;
    }
    // "Nikol Pashinyan, an aide to ..." / "Carey Cavanaugh, a former U.S. ambassador"
    // "Asaad al-Zoubi, head of the delegation"
    if j + 3 < end
        && t.norm(j + 1) == ","
        && lex.has_tok(Cat::LeaderTitle, t, j + 2)
        && !is_cap(t, doc, j + 2)
        && lex.has_tok(Cat::AffiliationPrep, t, j + 3)
    {
        return true;
    }
    if j + 2 < end
        && t.norm(j + 1) == ","
        && (lex.has_tok(Cat::Article, t, j + 2) || lex.has_tok(Cat::PersonalRelative, t, j + 2))
    {
        let window_end = (j + 10).min(end);
        // ("Abu Omar, a fighter with the X group": a member's noun tied to a group)
        let member = |k: usize| {
            lex.has_tok(Cat::MemberNoun, t, k)
                && k + 1 < end
                && lex.has_tok(Cat::MemberPrep, t, k + 1)
        };
        if (j + 3..window_end).any(|k| {
            lex.has_tok(Cat::LeaderTitle, t, k) || lex.has_tok(Cat::ExpertTitle, t, k) || member(k)
        }) {
            return true;
        }
    }
    // "X said" / "said X" / "X told" / "X wrote"
    let next = if j + 1 < end { t.norm(j + 1) } else { "" };
    let said = |w: &str| lex.has(Cat::NameSpeechVerb, w);
    if said(next)
        || said(prev)
        || lex.has(Cat::SpeechVerb, next)
        || lex.has(Cat::AccuseVerb, next)
        || lex.has(Cat::DenyVerb, next)
    {
        return true;
    }
    false
}

/// The state a person speaks for, from the title before the name ("Armenian Prime Minister",
/// "Russian foreign ministry spokeswoman") or an appositive after it ("an aide to the Azerbaijani
/// president"); none for a "former" official.
fn affiliation(
    doc: &Doc,
    ents: &[Entity],
    i: usize,
    j: usize,
    start: usize,
    end: usize,
) -> Option<String> {
    let lex = lexicon();
    let t = &doc.toks;
    // "a Taliban spokesman, Zabihullah Mujahid,": the titled body the name is in apposition to
    let role_word =
        |k: usize| lex.has_tok(Cat::LeaderTitle, t, k) || lex.has_tok(Cat::MemberNoun, t, k);
    // ("the UN Secretary-General, X,": a title of more than one token, taken whole)
    let title_start = (i.saturating_sub(5).max(start)..i.saturating_sub(1)).find(|&k| {
        lex.at(Cat::UnTitle, t, k, i - 1)
            .is_some_and(|n| k + n + 1 == i)
    });
    if i >= start + 3 && t.norm(i - 1) == "," && (role_word(i - 2) || title_start.is_some()) {
        let mut k = title_start.map_or(i - 2, |s| s.saturating_sub(1).max(start));
        while k > start
            && (role_word(k)
                || lex.has_tok(Cat::RoleModifier, t, k)
                || lex.has_tok(Cat::StateBody, t, k)
                // (the first word of a title of two: "prime minister")
                || lex.at(Cat::LeaderTitle, t, k, i - 1).is_some_and(|n| n > 1))
        {
            k -= 1;
        }
        // ("Chad's army spokesman, X,": past the possessive)
        let owner_end = if lex.has_tok(Cat::PossessiveClitic, t, k) {
            k.saturating_sub(1)
        } else {
            k
        };
        if let Some(e) = ents.iter().find(|e| {
            (e.last == owner_end || e.last + 2 == i)
                && e.kind != ActorKind::Person
                && matches!(
                    e.role,
                    Role::Body | Role::NonState | Role::Name | Role::Adjective | Role::Capital
                )
        }) {
            return Some(e.actor.clone());
        }
    }
    // "The UN envoy for Yemen, Hans Grundberg,": the owner of a title before the apposition,
    // past the place of its brief
    if i >= start + 4 && t.norm(i - 1) == "," {
        let title = (i.saturating_sub(7).max(start + 1)..i - 2)
            .rev()
            .find(|&k| {
                (lex.has_tok(Cat::LeaderTitle, t, k) || lex.has_tok(Cat::EnvoyTitle, t, k))
                    && (lex.has_tok(Cat::LinkPrep, t, k + 1)
                        || lex.has_tok(Cat::BriefPrep, t, k + 1))
                    && (k + 1..i - 1).all(|p| t.norm(p) != ",")
            });
        if let Some(k) = title {
            let mut o = k;
            while o > start && lex.has_tok(Cat::RoleModifier, t, o - 1) {
                o -= 1;
            }
            let owner_end = if o > start + 1 && lex.has_tok(Cat::PossessiveClitic, t, o - 1) {
                o - 2
            } else {
                o.saturating_sub(1)
            };
            if let Some(e) = ents.iter().find(|e| {
                e.last == owner_end
                    && e.kind != ActorKind::Person
                    && matches!(
                        e.role,
                        Role::Body | Role::NonState | Role::Name | Role::Adjective | Role::Capital
                    )
            }) {
                return Some(e.actor.clone());
            }
        }
    }
    // "a spokesman for the Taliban, Ahmad Karimi,": the body after the title's preposition
    if let Some(k) = titled_before(doc, i, start) {
        if let Some(e) = ents.iter().find(|e| {
            e.first > k + 1
                && e.last + 1 < i
                && e.kind != ActorKind::Person
                && matches!(
                    e.role,
                    Role::Body | Role::NonState | Role::Name | Role::Adjective | Role::Capital
                )
        }) {
            return Some(e.actor.clone());
        }
    }
    // before: back to the clause start, at most 8 tokens
    let mut k = i;
    let mut saw_title = false;
    let mut found: Option<String> = None;
    while k > start && i - k < 8 {
        k -= 1;
        let w = t.norm(k);
        if lex.has(Cat::AffiliationStop, w) && !saw_title {
            break;
        }
        if lex.has(Cat::FormerWord, w) {
            return None;
        }
        if lex.has(Cat::LeaderTitle, w) || lex.has(Cat::StateBody, w) {
            saw_title = true;
        }
        if let Some(e) = ents.iter().rev().find(|e| {
            e.first <= k
                && k <= e.last
                && matches!(
                    e.kind,
                    ActorKind::State | ActorKind::Organisation | ActorKind::ArmedGroup
                )
        }) {
            if saw_title || e.role == Role::Adjective || e.kind != ActorKind::State {
                // "the UN's Yemen envoy", "Russia's Syria envoy": the place is the brief, the
                // owner before it the one the envoy speaks for
                let owner = (e.kind == ActorKind::State && e.role == Role::Name && e.first > start)
                    .then(|| {
                        let p = if lex.has_tok(Cat::PossessiveClitic, t, e.first - 1) {
                            e.first - 1
                        } else {
                            e.first
                        };
                        ents.iter().find(|o| {
                            o.last + 1 == p
                                && matches!(o.kind, ActorKind::State | ActorKind::Organisation)
                        })
                    })
                    .flatten();
                found = Some(owner.unwrap_or(e).actor.clone());
                break;
            }
        }
        // "HNC spokesman Salim al-Muslat", "SDF commander X": an abbreviation before the title
        // names the body the person speaks for
        if saw_title {
            let w = raw(doc, k);
            if (2..=6).contains(&w.len()) && w.chars().all(|ch| ch.is_ascii_uppercase()) {
                found = Some(w.to_string());
                break;
            }
        }
        // "Norway's army chief, General X": an apposition whose head is a title goes on
        if w == ","
            && k > start
            && (lex.has_tok(Cat::LeaderTitle, t, k - 1) || lex.has_tok(Cat::StateBody, t, k - 1))
        {
            saw_title = true;
            continue;
        }
        if matches!(w, "," | ";" | "\"") {
            break;
        }
    }
    if found.is_some() {
        return found;
    }
    // "Secretary-General X", "the Secretary-General, X," with no body named: the UN's
    let apposed = i > start && t.norm(i - 1) == ",";
    if (i.saturating_sub(4).max(start)..i).any(|k| {
        lex.at(Cat::UnTitle, t, k, i)
            .is_some_and(|n| k + n == i || (apposed && k + n + 1 == i))
    }) {
        return Some("UN".to_string());
    }
    // after: ", a/an/the ... <state> <title>" up to the next comma
    if j + 2 < end && t.norm(j + 1) == "," {
        let mut k = j + 2;
        let mut has_title = false;
        let mut state: Option<String> = None;
        while k < end && k < j + 14 && t.norm(k) != "," {
            let w = t.norm(k);
            if lex.has(Cat::FormerWord, w) {
                return None;
            }
            if lex.has(Cat::LeaderTitle, w) || lex.has(Cat::StateBody, w) {
                has_title = true;
            }
            if state.is_none() {
                if let Some((_, g)) = lex.gaz.matches(t, k, end).next() {
                    if is_cap(t, doc, k) {
                        state = Some(g.id.clone());
                    }
                }
            }
            k += 1;
        }
        if has_title {
            return state;
        }
    }
    None
}

/// State bodies and leaders, bare bodies resolved to the latest named state body, and
/// non-state groups, in tokens `start..end`.
fn bodies(doc: &Doc, start: usize, end: usize, out: &mut Vec<Entity>, mem: &Memory) {
    let lex = lexicon();
    let t = &doc.toks;
    // "The Secretary-General strongly condemns …": the title alone, capitalised, is the UN's
    // (another body's secretary-general is named with it: "NATO Secretary-General")
    let mut k = start;
    while k < end {
        let the = k == start || lex.has_tok(Cat::Article, t, k - 1);
        let free = |a: usize, b: usize| !out.iter().any(|e| e.first <= b && a <= e.last);
        match lex.at(Cat::UnTitle, t, k, end) {
            Some(n)
                if the
                    && is_cap(t, doc, k)
                    && free(k.saturating_sub(1), k + n - 1)
                    && !(k + n < end && is_cap(t, doc, k + n)) =>
            {
                let first = if k > start { k - 1 } else { k };
                out.push(Entity {
                    first,
                    last: k + n - 1,
                    actor: "UN".to_string(),
                    kind: ActorKind::Organisation,
                    role: Role::Body,
                    speaker: Some(crate::doc::fold(doc.span_text(first, k + n - 1))),
                    person: None,
                });
                k += n;
            }
            _ => k += 1,
        }
    }
    // non-state groups first: "<Place> separatists", "separatist authorities in <Place>"
    let mut k = start;
    while k < end {
        // "the paramilitary group", "the rebels": the latest named non-state group
        if k > start
            && lex.has_tok(Cat::DefiniteArticle, t, k - 1)
            && (lex.has_tok(Cat::NonstateMarker, t, k) || lex.has_tok(Cat::GroupNoun, t, k))
            && !out.iter().any(|e| e.first <= k && k <= e.last)
        {
            let n = lex.at(Cat::NonstateMarker, t, k, end).unwrap_or(1);
            let group_word = k + n < end && lex.has_tok(Cat::NonstateGroupWord, t, k + n);
            // "the rebel-held capital": a compound modifier, no group
            let compound = k + n < end && t.norm(k + n) == "-" && t.toks[k + n].glued;
            let bare = !compound
                && (group_word
                    || (k + n < end
                        && !is_cap(t, doc, k + n)
                        && !lex.has_tok(Cat::NonstateModified, t, k + n)));
            let group = out
                .iter()
                .rev()
                .find(|e| e.role == Role::NonState && e.last < k)
                .cloned()
                .or_else(|| mem.last_group.clone());
            // "Human Rights Watch said … The group said": a named organisation more recent
            // than any armed group is the one meant
            let org = out
                .iter()
                .rev()
                .find(|e| e.kind == ActorKind::Organisation && e.role == Role::Name && e.last < k)
                .cloned()
                .or_else(|| mem.last_org.clone());
            let group = match (group, org) {
                (Some(g), Some(o)) if lex.has_tok(Cat::GroupNoun, t, k) && o.last > g.last => {
                    Some(o)
                }
                (None, Some(o)) if lex.has_tok(Cat::GroupNoun, t, k) => Some(o),
                (g, _) => g,
            };
            if let (true, Some(g)) = (bare, group) {
                let last = if group_word { k + n } else { k + n - 1 };
                let text = crate::doc::fold(doc.span_text(k - 1, last));
                out.push(Entity {
                    first: k - 1,
                    last,
                    speaker: Some(text),
                    ..g
                });
                k = last + 1;
                continue;
            }
        }
        // "the opposition", "the opposition coalition": the latest group the article named
        // itself (an opposition no list knows: "the High Negotiations Committee")
        let opposition = lex.at(Cat::OppositionWord, t, k, end);
        if let (true, Some(n)) = (
            k > start
                && lex.has_tok(Cat::DefiniteArticle, t, k - 1)
                && !out.iter().any(|e| e.first <= k && k <= e.last),
            opposition,
        ) {
            let group = out
                .iter()
                .rev()
                .find(|e| e.last < k && is_local_group(e))
                .or(mem.last_local.as_ref())
                .cloned();
            let last = k + n - 1;
            // (not "the opposition-held town", nor "the opposition Syrian National Council",
            // which names its own)
            let modifies = last + 1 < end
                && ((t.norm(last + 1) == "-" && t.toks[last + 1].glued)
                    || is_cap(t, doc, last + 1));
            if let (Some(g), false) = (group, modifies) {
                out.push(Entity {
                    first: k - 1,
                    last,
                    speaker: Some(crate::doc::fold(doc.span_text(k - 1, last))),
                    ..g
                });
                k = last + 1;
                continue;
            }
        }
        // "the agency said", "the organisation warned": the latest named organisation
        if k > start
            && lex.has_tok(Cat::DefiniteArticle, t, k - 1)
            && !out.iter().any(|e| e.first <= k && k <= e.last)
        {
            if let Some(m) = lex.at(Cat::OrgNoun, t, k, end) {
                let org = out
                    .iter()
                    .rev()
                    // (or its body named with it: "the UN mission in X … the report")
                    .find(|e| {
                        e.kind == ActorKind::Organisation
                            && matches!(e.role, Role::Name | Role::Body)
                            && e.last < k
                    })
                    .cloned()
                    .or_else(|| mem.last_org.clone());
                // "the report": whoever issued the latest report named, when one was
                let org = mem
                    .last_reporter
                    .clone()
                    .filter(|_| lex.has_tok(Cat::FindingNoun, t, k + m - 1))
                    .or(org);
                let followed_by_name = k + m < end && is_cap(t, doc, k + m);
                if let (Some(o), false) = (org, followed_by_name) {
                    let last = k + m - 1;
                    out.push(Entity {
                        first: k - 1,
                        last,
                        role: Role::Body,
                        speaker: Some(crate::doc::fold(doc.span_text(k - 1, last))),
                        ..o
                    });
                    k = last + 1;
                    continue;
                }
            }
        }
        if let Some(m) = lex.at(Cat::NonstateMarker, t, k, end) {
            k = nonstate(doc, k, m, start, end, out).max(k + m);
            continue;
        }
        k += 1;
    }
    // "French, Russian and US mediators meeting under the Minsk Group": the body's mediators
    for k in start..end {
        if !lex.has_tok(Cat::MediatorPlural, t, k) {
            continue;
        }
        let org = out.iter().find(|e| {
            e.kind == ActorKind::Organisation
                && e.first > k
                && e.first <= k + 5
                && (k + 1..e.first).any(|j| lex.has_tok(Cat::ProvenancePrep, t, j))
        });
        if let Some(org) = org.cloned() {
            // the list of adjectives/states before "mediators" belongs to the phrase
            let mut first = k;
            while first > start {
                let p = first - 1;
                if out
                    .iter()
                    .any(|e| e.last == p && e.kind == ActorKind::State)
                {
                    first = out
                        .iter()
                        .find(|e| e.last == p)
                        .map(|e| e.first)
                        .unwrap_or(p);
                } else if lex.has_tok(Cat::ListAnd, t, p) {
                    first = p;
                } else {
                    break;
                }
            }
            while first < k && lex.has_tok(Cat::ListAnd, t, first) {
                first += 1;
            }
            let text = crate::doc::fold(doc.span_text(first, org.last));
            out.retain(|e| !(e.first >= first && e.last <= org.last));
            out.push(Entity {
                first,
                last: org.last,
                actor: org.actor.clone(),
                kind: org.kind,
                role: Role::Body,
                speaker: Some(text),
                person: None,
            });
        }
    }
    crate::order::sort_by_key(out, |e| e.first);
    let mut k = start;
    while k < end {
        if out
            .iter()
            .any(|e| e.role == Role::NonState && e.first <= k && k <= e.last)
        {
            k += 1;
            continue;
        }
        let body_len = lex
            .at(Cat::StateBody, t, k, end)
            .or_else(|| lex.at(Cat::LeaderTitle, t, k, end));
        let Some(n) = body_len else {
            k += 1;
            continue;
        };
        // (what the phrase at k is, whole: "the foreign ministry" is a body, "the prime
        // minister" a title, though neither first word is one)
        let is_body = lex.at(Cat::StateBody, t, k, end).is_some();
        let is_title = lex.at(Cat::LeaderTitle, t, k, end).is_some();
        let mut last = k + n - 1;
        // "the Belarusian Ministry of Internal Affairs", "Ministry of Emergency Situations": the
        // capitalised domain words after "of" are the body's own name
        if last + 2 < end && lex.has_tok(Cat::GenitivePrep, t, last + 1) {
            let tail = (last + 2..(last + 5).min(end))
                .take_while(|&j| {
                    // (a domain word a person's name swallowed elsewhere is still a domain word)
                    is_cap(t, doc, j)
                        && (lex.has_tok(Cat::MinistryDomain, t, j)
                            || lex.has_tok(Cat::StateOrganWord, t, j))
                })
                .last();
            if let Some(j) = tail {
                last = j;
            }
        }
        // "Sudan's army-aligned government", "the military-led cabinet": a body that modifies
        // another by a participle is one body with it
        if last + 3 < end && t.norm(last + 1) == "-" && t.norm(last + 2).ends_with("ed") {
            if let Some(m) = lex.at(Cat::StateBody, t, last + 3, end) {
                last += 2 + m;
            }
        }
        // whose body: "<Adj|Capital|State's> body", "body of <State>", "body of the <nonstate>"
        // (past the domain words of a title: "Eritrea's information minister")
        let mut head = k;
        while head > start
            && head + 2 > k
            && (lex.has_tok(Cat::MinistryDomain, t, head - 1)
                || lex.has_tok(Cat::RoleModifier, t, head - 1))
        {
            head -= 1;
        }
        let before = out.iter().rev().find(|e| {
            e.last + 1 == k && matches!(e.role, Role::Adjective | Role::Capital | Role::Name)
                || e.last + 2 == k && lex.has_tok(Cat::PossessiveClitic, t, k - 1)
                || e.last + 2 == k && lex.has_tok(Cat::MinistryDomain, t, k - 1)
                || head < k && e.last + 2 == head && lex.has_tok(Cat::PossessiveClitic, t, head - 1)
        });
        let of_state = if last + 2 < end
            && (lex.has_tok(Cat::GenitivePrep, t, last + 1)
                || (lex.has_tok(Cat::BenefactivePrep, t, last + 1)
                    && lex.has_tok(Cat::LeaderTitle, t, k)
                    // ("the envoy for Yemen" is sent there, not Yemen's)
                    && !lex.has_tok(Cat::EnvoyTitle, t, last)))
        {
            let s = if lex.has_tok(Cat::DefiniteArticle, t, last + 2) {
                last + 3
            } else {
                last + 2
            };
            out.iter().find(|e| {
                (e.first == s || e.first + 1 == s)
                    && matches!(e.role, Role::Name | Role::Adjective | Role::NonState)
            })
        } else {
            None
        };
        let owner = before.or(of_state).cloned();
        // "the ministry", or a capitalised body opening a headline-like sentence ("Army denies …")
        // "state media insisted": an outlet only a state owns needs no determiner
        let outlet = lex.at(Cat::StateOutlet, t, k, end).is_some();
        // "a military spokesman", "an army official": a body's speaker, named by an indefinite
        // article only when a title or an official follows (not "a military operation")
        let speaker_title = |j: usize| {
            j < end && (lex.has_tok(Cat::LeaderTitle, t, j) || lex.has_tok(Cat::SpeakerNoun, t, j))
        };
        let indefinite = k > start
            && lex.has_tok(Cat::IndefiniteArticle, t, k - 1)
            && is_body
            && speaker_title(last + 1);
        // ("the internationally recognised government", "the interim government": past the
        // words that qualify a body)
        let mut d = k;
        while d > start + 1 && d + 2 > k && lex.has_tok(Cat::BodyPremodifier, t, d - 1) {
            d -= 1;
        }
        let the = (d > start && lex.has_tok(Cat::BodyDet, t, d - 1))
            || (k == start && is_cap(t, doc, k) && lex.has_tok(Cat::StateBody, t, k))
            || outlet
            || indefinite;
        // a person's title right before a name belongs to the person, not to a body
        let followed_by_person = out
            .iter()
            .any(|e| e.first == last + 1 && e.role == Role::Person)
            || (last + 1 < end && is_cap(t, doc, last + 1) && is_title);
        if followed_by_person {
            k = last + 1;
            continue;
        }
        if let Some(o) = owner {
            if o.kind == ActorKind::State
                || o.role == Role::NonState
                || (o.kind == ActorKind::Organisation && o.role == Role::Name)
            {
                let first = before.map(|b| b.first).unwrap_or(k);
                let mut last_tok = of_state.map(|e| e.last).unwrap_or(last);
                // "a spokesman for the Ukrainian army": the adjective's body too
                if of_state.is_some_and(|e| e.role == Role::Adjective) {
                    if let Some(m) = lex.at(Cat::StateBody, t, last_tok + 1, end) {
                        last_tok += m;
                    }
                }
                // "the Syrian foreign ministry official", "an army spokesman": the body's speaker
                while last_tok + 1 < end
                    && (lex.has_tok(Cat::LeaderTitle, t, last_tok + 1)
                        || lex.has_tok(Cat::SpeakerNoun, t, last_tok + 1))
                    && !(last_tok + 2 < end && is_cap(t, doc, last_tok + 2))
                {
                    last_tok += 1;
                }
                let first = if first > start && lex.has_tok(Cat::DefiniteArticle, t, first - 1) {
                    first - 1
                } else {
                    first
                };
                let text = doc.span_text(first, last_tok).to_string();
                out.retain(|e| !(e.first >= first && e.last <= last_tok));
                out.push(Entity {
                    first,
                    last: last_tok,
                    actor: o.actor.clone(),
                    kind: o.kind,
                    role: if o.role == Role::NonState {
                        Role::NonState
                    } else {
                        Role::Body
                    },
                    speaker: Some(crate::doc::fold(&text)),
                    // "Netanyahu's office": a later "he" is still the person
                    person: o.person.clone().filter(|_| o.role == Role::Person),
                });
                k = last_tok + 1;
                continue;
            }
        } else if the
            && (outlet || is_body || is_title)
            && !out.iter().any(|e| e.first <= k && k <= e.last)
            // ("the Secretary-General": an organisation's title, never a state's — below)
            && !(is_title
                && !is_body
                && lex.at(Cat::OrgNoun, t, k, end).is_some())
            // "the military coup", "the army base": the word modifies a noun, no one speaks
            && !(last + 1 < end && lex.has_tok(Cat::BodyModified, t, last + 1))
        {
            // (the title is part of the indefinite speaker: "a military spokesman")
            let last = if indefinite { last + 1 } else { last };
            // a bare "the envoy" / "the spokesman": the latest person named (the subject of the
            // latest sentence naming one); a bare "the ministry": the latest body or state subject
            let not_object =
                |e: &&Entity| e.first == 0 || !lex.has_tok(Cat::GoverningPrep, t, e.first - 1);
            let person = if outlet || (is_body && !is_title) {
                None
            } else {
                out.iter()
                    .rev()
                    .filter(|e| e.first < k && e.role == Role::Person)
                    .find(not_object)
                    .or_else(|| mem.last_persons.iter().find(not_object))
            };
            let organ = lex.at(Cat::StateOrgan, t, k, end).is_some();
            // (an earlier sentence's body is the one meant by a bare organ only when it is that
            // organ: "China's foreign ministry … The military did not respond" is not China's)
            let same_organ = |e: &&Entity| !organ || (e.first..=e.last).any(|j| t.id(j) == t.id(k));
            // "Israel considers the Syrian army a threat, and its officials insisted …": after
            // "its", "their" the sentence's subject owns the body, not the latest body named
            let possessed = d > start && lex.has_tok(Cat::BodyPossessive, t, d - 1);
            // (nor a person named before: "its officials" are no one's spokesmen)
            let owner_subject = out
                .iter()
                .find(|e| e.first >= start && e.first < k && is_subject_state(t, e))
                .filter(|_| possessed);
            let prev = owner_subject
                .or(person)
                // (the latest body of the sentence, when it is the same organ: "the French
                // ambassador … the transitional government" is not France's)
                .or_else(|| {
                    out.iter()
                        .rev()
                        .find(|e| e.first < k && e.role == Role::Body && e.kind == ActorKind::State)
                        .filter(same_organ)
                })
                .or(mem.last_body.as_ref().filter(same_organ))
                // (the sentence's first: "'Russia will render Yerevan …,' the ministry said")
                .or_else(|| out.iter().find(|e| e.first < k && is_subject_state(t, e)))
                // (in a list item, the state the item names before it: "- War in Sudan: The
                // RSF accuses the army")
                .or_else(|| {
                    mem.item_states.as_ref().and_then(|_| {
                        out.iter().rev().find(|e| {
                            e.first < k
                                && e.kind == ActorKind::State
                                && matches!(e.role, Role::Name | Role::Adjective | Role::Capital)
                        })
                    })
                })
                // (a state's own organ — "the army" — is the article's state's before it is the
                // latest state to speak: "Cuba and Norway urged … the army")
                .or_else(|| mem.home_state().filter(|_| organ))
                .or(mem.last_subject_state.as_ref())
                // (a state's own organ — "the army", "the government" — is never a group's,
                // whatever group the text named: "the Rapid Support Forces … the army")
                .or_else(|| {
                    out.iter()
                        .rev()
                        .find(|e| e.first < k && e.role == Role::NonState && !outlet && !organ)
                })
                .or(mem.last_group.as_ref().filter(|_| !outlet && !organ))
                // (a bare title — "the envoy" — may be anyone's: only a body is the state's)
                .or_else(|| mem.home_state().filter(|_| is_body))
                .cloned();
            // "Investigators accused …" opening a sentence: whose investigators the text does
            // not say (a state's army or ministry it would)
            // (unless a report was named: its investigators are its issuer's)
            let inquiry = k == start && lex.has_tok(Cat::InquiryPeople, t, k);
            let prev = if inquiry {
                mem.last_reporter.clone()
            } else {
                prev
            };
            if let Some(prev) = prev {
                // the determiner, when there is one ("Army denies …" opens its sentence)
                let determiner = |p: usize| {
                    lex.has_tok(Cat::Article, t, p) || lex.has_tok(Cat::Possessive, t, p)
                };
                let first = if d > start && determiner(d - 1) {
                    d - 1
                } else {
                    k
                };
                let text = doc.span_text(first, last).to_string();
                out.push(Entity {
                    first,
                    last,
                    speaker: Some(crate::doc::fold(&text)),
                    ..prev
                });
                k = last + 1;
                continue;
            }
        }
        k = last + 1;
    }
}

/// "the Saudi-led coalition", "US-led forces": what a state leads speaks for it — one body
/// entity over the state's word, "-led" and the body's noun (and a "the" before).
fn led_bodies(doc: &Doc, start: usize, end: usize, out: &mut Vec<Entity>) {
    let lex = lexicon();
    let t = &doc.toks;
    let mut found: Vec<Entity> = Vec::new();
    for e in out.iter().filter(|e| {
        e.kind == ActorKind::State && matches!(e.role, Role::Adjective | Role::Name | Role::Capital)
    }) {
        let j = e.last + 1;
        if j + 2 >= end || t.norm(j) != "-" || !lex.has_tok(Cat::LedMarker, t, j + 1) {
            continue;
        }
        let Some(n) = lex.at(Cat::LedBody, t, j + 2, end) else {
            continue;
        };
        let last = j + 2 + n - 1;
        let first = if e.first > start && lex.has_tok(Cat::DefiniteArticle, t, e.first - 1) {
            e.first - 1
        } else {
            e.first
        };
        found.push(Entity {
            first,
            last,
            role: Role::Body,
            speaker: Some(crate::doc::fold(doc.span_text(first, last))),
            person: None,
            ..e.clone()
        });
    }
    for f in found {
        out.retain(|e| !(e.first >= f.first && e.last <= f.last));
        out.push(f);
    }
    sort_entities(out);
}

/// Reports and their issuers. A report named with its issuer ("a report by the UN", "the UN's
/// report", "X said in its annual report" — the sentence's first actor that is no person, else
/// the latest organisation) makes that issuer the latest reporter; a later report named bare as
/// the subject of its finding ("the report found", "the study blamed …") is an entity speaking
/// for it. A bare report with no issuer before it stays a word.
fn reports(doc: &Doc, start: usize, end: usize, out: &mut Vec<Entity>, mem: &mut Memory) {
    let lex = lexicon();
    let t = &doc.toks;
    let mut k = start;
    while k < end {
        let Some(n) = lex.at(Cat::FindingNoun, t, k, end) else {
            k += 1;
            continue;
        };
        let last = k + n - 1;
        if out.iter().any(|e| e.first <= k && k <= e.last) {
            k = last + 1;
            continue;
        }
        // the determiner and modifiers before it: "the report", "its annual report"
        let mut d = k;
        while d > start && lex.has_tok(Cat::ReportModifier, t, d - 1) {
            d -= 1;
        }
        let det = (d > start)
            .then(|| d - 1)
            .filter(|&p| lex.has_tok(Cat::Article, t, p) || lex.has_tok(Cat::Possessive, t, p));
        // its issuer, named: after "by/from/of", or right before it ("the UN report", "HRW's")
        let after = (last + 1 < end && lex.has_tok(Cat::LinkPrep, t, last + 1))
            .then(|| {
                let j = last
                    + 2
                    + usize::from(last + 2 < end && lex.has_tok(Cat::DefiniteArticle, t, last + 2));
                out.iter().find(|e| e.first == j || e.first == last + 2)
            })
            .flatten();
        let before = out.iter().find(|e| {
            e.last + 1 == d || (e.last + 2 == d && lex.has_tok(Cat::PossessiveClitic, t, d - 1))
        });
        // ("X published a report", "X said in its annual report": the clause's subject)
        let own = det
            .filter(|&p| {
                lex.has_tok(Cat::Possessive, t, p) || lex.has_tok(Cat::IndefiniteArticle, t, p)
            })
            .and_then(|_| {
                out.iter()
                    .find(|e| e.first >= start && e.last < k && e.kind != ActorKind::Person)
                    .or(mem.last_org.as_ref())
            });
        let issuer = after
            .or(before)
            .or(own)
            .filter(|e| e.kind != ActorKind::Person);
        if let Some(e) = issuer {
            mem.last_reporter = Some(e.clone());
        } else if let (Some(p), Some(r)) = (det, mem.last_reporter.as_ref()) {
            // "the report found …": the latest reporter speaks (and "The new advice follows
            // the coup and warns …": a report opening its sentence is its subject)
            if lex.has_tok(Cat::DefiniteArticle, t, p)
                && (p == start || (last + 1 < end && lex.has_tok(Cat::FindingVerb, t, last + 1)))
            {
                out.push(Entity {
                    first: p,
                    last,
                    speaker: Some(crate::doc::fold(doc.span_text(p, last))),
                    role: Role::Body,
                    person: None,
                    ..r.clone()
                });
            }
        }
        k = last + 1;
    }
    sort_entities(out);
}

/// Speakers who speak for no state or group ("human rights organisations", "analysts",
/// "witnesses"): each is its own actor, named as written.
fn generic_speakers(doc: &Doc, start: usize, end: usize, out: &mut Vec<Entity>) {
    let lex = lexicon();
    let t = &doc.toks;
    let mut k = start;
    while k < end {
        let Some(n) = lex.at(Cat::GenericSpeaker, t, k, end) else {
            k += 1;
            continue;
        };
        let last = k + n - 1;
        // "UN experts", "Western diplomats" belong to the body before them
        let owned = out
            .iter()
            .any(|e| e.last + 1 == k || (e.first <= last && e.last >= k));
        if !owned {
            let text = crate::doc::fold(doc.span_text(k, last));
            out.push(Entity {
                first: k,
                last,
                actor: text.clone(),
                kind: ActorKind::Person,
                role: Role::Name,
                speaker: Some(text),
                person: None,
            });
        }
        k = last + 1;
    }
    sort_entities(out);
}

/// "the Syrian Observatory for Human Rights", "the Sudan Doctors Network", "the International
/// Crisis Group": a run of capitalised words around a civil body's head word
/// ([`Cat::CivilOrgHead`]), with what follows it after "for" or "of" ("for Human Rights"), that no
/// list names is a body that speaks for itself: its actor is its name as written (a state's
/// adjective inside it is part of the name, not the state). At least two capitalised words; a
/// name a list knows, a person or a group already read stays as it is.
fn civil_bodies(doc: &Doc, start: usize, end: usize, out: &mut Vec<Entity>) {
    let lex = lexicon();
    let t = &doc.toks;
    let word = |k: usize| {
        is_cap(t, doc, k)
            && !lex.has_tok(Cat::FunctionWord, t, k)
            && !lex.has_tok(Cat::LeaderTitle, t, k)
            && !lex.has_tok(Cat::Weekday, t, k)
            && crate::numbers::month(t.norm(k)).is_none()
    };
    let mut h = start;
    while h < end {
        if !is_cap(t, doc, h) || !lex.has_tok(Cat::CivilOrgHead, t, h) {
            h += 1;
            continue;
        }
        // the words before the head, and "for Human Rights" / "of Concerned Scientists" after
        let mut first = h;
        while first > start && h - first < 4 && word(first - 1) {
            first -= 1;
        }
        let mut last = h;
        // ("the Sudan Doctors Network": head words in a row)
        while last + 1 < end && word(last + 1) && lex.has_tok(Cat::CivilOrgHead, t, last + 1) {
            last += 1;
        }
        let head = last;
        if head + 2 < end && lex.has_tok(Cat::LinkPrep, t, head + 1) && word(head + 2) {
            last = head + 2;
            while last + 1 < end && last - head < 5 {
                if word(last + 1) {
                    last += 1;
                } else if last + 2 < end && lex.has_tok(Cat::ConjAnd, t, last + 1) && word(last + 2)
                {
                    last += 2;
                } else {
                    break;
                }
            }
        }
        // ("Human Rights Watch" is listed; "Wagner Group" is a group a list knows)
        let taken = out.iter().any(|e| {
            e.first <= last
                && e.last >= first
                && !(e.role == Role::Adjective
                    || (e.role == Role::Name && e.kind == ActorKind::State && e.first == e.last))
        });
        let words = (first..=last).filter(|&k| is_cap(t, doc, k)).count();
        if taken || words < 2 || first == h && last == h {
            h = last + 1;
            continue;
        }
        let name = crate::doc::fold(doc.span_text(first, last));
        out.retain(|e| !(e.first >= first && e.last <= last));
        let from = if first > start && lex.has_tok(Cat::DefiniteArticle, t, first - 1) {
            first - 1
        } else {
            first
        };
        out.push(Entity {
            first: from,
            last,
            actor: name.clone(),
            kind: ActorKind::Organisation,
            role: Role::Name,
            speaker: Some(name),
            person: None,
        });
        h = last + 1;
    }
    sort_entities(out);
}

/// "the Free Syrian Army", "the Donetsk People's Republic", "the High Negotiations Committee": a
/// run of capitalised words ending in a group's head word ([`Cat::GroupHead`]) that no list
/// names is a group of its own, its id the initials (FSA, DPR, HNC), the short name such groups
/// go by; the initials name it later in the article too. A state's own army or organ, named by
/// state and army words only ("the Syrian Arab Army", "the Russian Security Council"), stays the
/// state's, and a name a list already knows keeps its id.
fn named_groups(
    doc: &Doc,
    start: usize,
    end: usize,
    out: &mut Vec<Entity>,
    acronyms: &mut std::collections::BTreeMap<String, (String, ActorKind)>,
) {
    let lex = lexicon();
    let t = &doc.toks;
    let covering = |out: &[Entity], k: usize| out.iter().position(|e| e.first <= k && k <= e.last);
    for h in start + 1..end {
        if !is_cap(t, doc, h) || !lex.has_tok(Cat::GroupHead, t, h) {
            continue;
        }
        // the head inside a name a list knows (or an abbreviation the article defined): that
        // name stands; a shorter run read as a person or a group gives way
        let listed = |e: &Entity| lex.armed.contains(&e.actor) || lex.orgs.contains_key(&e.actor);
        if covering(out, h).is_some_and(|p| {
            matches!(out[p].role, Role::Name | Role::Capital | Role::Pronoun)
                || listed(&out[p])
                // "Kenya's Defence Force": a state's body already read as one
                || (out[p].role == Role::Body && out[p].kind == ActorKind::State)
        }) {
            continue;
        }
        let word = |k: usize| {
            is_cap(t, doc, k)
                && !lex.has_tok(Cat::FunctionWord, t, k)
                && !lex.has_tok(Cat::LeaderTitle, t, k)
                && !lex.has_tok(Cat::Weekday, t, k)
                && !lex.has_tok(Cat::GroupHead, t, k)
        };
        let mut first = h;
        let mut content: Vec<usize> = Vec::new();
        while first > start {
            let p = first - 1;
            if word(p) {
                content.push(p);
                first = p;
            } else if (lex.has_tok(Cat::PossessiveClitic, t, p) || t.norm(p) == "-")
                && p > start
                && word(p - 1)
            {
                first = p;
            } else {
                break;
            }
        }
        if content.is_empty() || content.len() > 5 {
            continue;
        }
        // a known organisation or person inside, or a state's own forces or organ
        let at_head = covering(out, h);
        let known = content.iter().any(|&k| {
            covering(out, k).is_some_and(|p| {
                Some(p) != at_head
                    && !(out[p].kind == ActorKind::State
                        && matches!(out[p].role, Role::Adjective | Role::Name))
            })
        });
        let state_own = content.iter().all(|&k| {
            covering(out, k).is_some_and(|p| Some(p) != at_head && out[p].kind == ActorKind::State)
                || lex.has_tok(Cat::StateOrganWord, t, k)
        });
        // "Kenya's People's Defence Force": a state's possessive opens the name of its own organ;
        // a group named after a state's possessive otherwise keeps the old reading
        let possessed = content.iter().any(|&k| {
            k + 1 < h
                && lex.has_tok(Cat::PossessiveClitic, t, k + 1)
                && covering(out, k)
                    .is_some_and(|p| out[p].kind == ActorKind::State && out[p].role == Role::Name)
        });
        if known || (possessed && !state_own) {
            continue;
        }
        if state_own {
            // "the Syrian Arab Army": the state's own forces, not a group "Arab Army"
            let state = content
                .iter()
                .filter_map(|&k| covering(out, k))
                .find(|&p| out[p].kind == ActorKind::State)
                .map(|p| out[p].actor.clone());
            let shorter = covering(out, h).filter(|&p| out[p].first > first);
            if let (Some(state), Some(_)) = (state, shorter) {
                let text = crate::doc::fold(doc.span_text(first, h));
                out.retain(|e| !(e.first >= first && e.last <= h));
                out.push(Entity {
                    first,
                    last: h,
                    actor: state,
                    kind: ActorKind::State,
                    role: Role::Body,
                    speaker: Some(text),
                    person: None,
                });
            }
            continue;
        }
        let id: String = content
            .iter()
            .rev()
            .chain(std::iter::once(&h))
            .filter_map(|&k| raw(doc, k).chars().next())
            .flat_map(char::to_uppercase)
            .collect();
        if lex.states.contains_key(&id) {
            continue;
        }
        // initials another body goes by ("the Electoral Commission" is not the EC): the name
        let id = if lex.orgs.contains_key(&id) {
            crate::doc::fold(doc.span_text(content.last().copied().unwrap_or(h), h))
        } else {
            id
        };
        let armed = lex.has_tok(Cat::ArmedGroupWord, t, h);
        let kind = if armed {
            ActorKind::ArmedGroup
        } else {
            ActorKind::Organisation
        };
        let role = if armed { Role::NonState } else { Role::Name };
        let text = crate::doc::fold(doc.span_text(first, h));
        out.retain(|e| !(e.first >= first && e.last <= h));
        out.push(Entity {
            first,
            last: h,
            actor: id.clone(),
            kind,
            role,
            speaker: Some(text),
            person: None,
        });
        acronyms.entry(id.clone()).or_insert((id, kind));
    }
    sort_entities(out);
}

/// The name of a group the text introduces as one: "the Ajnad al-Sham group", "the rebel group
/// Jaysh al-Fatah", "the opposition HNC". The name (capitalised words, with name particles and
/// hyphens inside) that no list knows is an actor of its own, its id the name in capitals with
/// hyphens for spaces (AJNAD-AL-SHAM); a one-word name names it later in the article too.
fn introduced_groups(
    doc: &Doc,
    start: usize,
    end: usize,
    out: &mut Vec<Entity>,
    acronyms: &mut std::collections::BTreeMap<String, (String, ActorKind)>,
) {
    let lex = lexicon();
    let t = &doc.toks;
    let name_word = |k: usize| {
        is_cap(t, doc, k)
            && !lex.has_tok(Cat::FunctionWord, t, k)
            && !lex.has_tok(Cat::LeaderTitle, t, k)
            && !lex.has_tok(Cat::Weekday, t, k)
            && lex.gaz.matches(t, k, end).next().is_none()
    };
    // a particle or a glued hyphen inside a name: "al-Sham", "Jaysh al-Fatah"
    let inner =
        |k: usize| lex.has_tok(Cat::NameParticle, t, k) || (t.norm(k) == "-" && t.toks[k].glued);
    // no entity but a person (a name misread as one's) inside the name
    let free = |out: &[Entity], a: usize, b: usize| {
        !out.iter()
            .any(|e| e.first <= b && e.last >= a && e.role != Role::Person)
    };
    let mut found: Vec<(usize, usize, usize, bool)> = Vec::new();
    for k in start + 1..end {
        // "the Ajnad al-Sham group": the name before a lower-case group noun
        if lex.has_tok(Cat::GroupNoun, t, k) && !is_cap(t, doc, k) && name_word(k - 1) {
            let mut a = k - 1;
            while a > start
                && (name_word(a - 1)
                    || (inner(a - 1) && a >= start + 2 && (name_word(a - 2) || inner(a - 2))))
            {
                a -= 1;
            }
            if a > start && lex.has_tok(Cat::Article, t, a - 1) && name_word(a) && k - a <= 6 {
                found.push((a - 1, a, k - 1, true));
            }
        }
        // "the rebel group Jaysh al-Fatah", "the opposition HNC": the name after them
        if lex.has_tok(Cat::GroupDescriptor, t, k) && lex.has_tok(Cat::DefiniteArticle, t, k - 1) {
            let mut b = k + 1;
            let mut armed = lex.has_tok(Cat::NonstateMarker, t, k);
            while b < end && lex.has_tok(Cat::GroupDescriptor, t, b) {
                b += 1;
            }
            if b < end && lex.has_tok(Cat::GroupNoun, t, b) && !is_cap(t, doc, b) {
                b += 1;
                armed = true;
            }
            if b < end && name_word(b) {
                let mut z = b;
                while z + 1 < end
                    && (name_word(z + 1)
                        || (inner(z + 1) && z + 2 < end && (name_word(z + 2) || inner(z + 2))))
                {
                    z += 1;
                }
                if z - b < 6 {
                    found.push((k - 1, b, z, armed));
                }
            }
        }
    }
    for (first, a, b, armed) in found {
        if !free(out, a, b) {
            continue;
        }
        let name = crate::doc::fold(doc.span_text(a, b));
        let id = name.to_uppercase().replace(' ', "-");
        let (kind, role) = if armed {
            (ActorKind::ArmedGroup, Role::NonState)
        } else {
            (ActorKind::Organisation, Role::Name)
        };
        out.retain(|e| !(e.first <= b && e.last >= a));
        out.push(Entity {
            first,
            last: b,
            actor: id.clone(),
            kind,
            role,
            speaker: Some(name.clone()),
            person: None,
        });
        if a == b {
            acronyms.entry(name).or_insert((id, kind));
        }
    }
    sort_entities(out);
}

/// Entities in text order, a longer one before those nested in it (through the core's one sort).
fn sort_entities(out: &mut [Entity]) {
    crate::order::sort_by_key(out, |e| (e.first, std::cmp::Reverse(e.last)));
}

/// The person named `name` speaks for `actor` from now on, unless they already speak for one.
fn place_person(people: &mut People, name: &str, actor: &str) {
    let surname = name.rsplit(' ').next().unwrap_or("");
    if let Some(idx) = people.position(surname, name) {
        if people[idx].state.is_none() {
            *people.state_mut(idx) = Some(actor.to_string());
        }
    }
}

/// "The Colombian government's chief negotiator, Vera Grabe, said", "the Taliban's chief
/// spokesman, X,": a person with no state of their own, in apposition right after a state's or
/// group's body that ends in a title, speaks for that state or group (the body is found after
/// the person, so the title look-back of `affiliation` missed it).
fn titled_bodies_in_apposition(doc: &Doc, out: &mut [Entity], people: &mut People) {
    let lex = lexicon();
    let t = &doc.toks;
    // (past a rank before the name: "a government spokesman, Colonel X,")
    let rank = |j: usize| {
        lex.has_tok(Cat::RankTitle, t, j) || lex.has_tok(Cat::LeaderTitle, t, j) || t.norm(j) == "."
    };
    // (and past the title's words after the body: "the Taliban government's chief
    // spokesman, X,"; the word before the comma a title)
    let titled = |j: usize| {
        lex.has_tok(Cat::LeaderTitle, t, j)
            || lex.has_tok(Cat::SpeakerNoun, t, j)
            || lex.has_tok(Cat::SpokesTitle, t, j)
    };
    let in_title = |j: usize| {
        titled(j)
            || lex.has_tok(Cat::PossessiveClitic, t, j)
            || lex.has_tok(Cat::RoleModifier, t, j)
            || lex.has_tok(Cat::StateBody, t, j)
            || lex.has_tok(Cat::LeaderMetonym, t, j)
    };
    for k in 1..out.len() {
        let (b, e) = (&out[k - 1], &out[k]);
        let comma = (b.last + 1..e.first).find(|&j| t.norm(j) == ",");
        let apposed = e.kind == ActorKind::Person
            && b.kind != ActorKind::Person
            && matches!(b.role, Role::Body | Role::NonState)
            && comma.is_some_and(|p| {
                p <= b.last + 5
                    && e.first <= p + 3
                    && (b.last + 1..p).all(in_title)
                    && titled(p - 1)
                    && (p + 1..e.first).all(rank)
            });
        if !apposed {
            continue;
        }
        let (actor, kind) = (b.actor.clone(), b.kind);
        if let Some(name) = &e.person {
            place_person(people, name, &actor);
        }
        let e = &mut out[k];
        e.actor = actor;
        e.kind = kind;
    }
}

/// "Abu Omar, a fighter with the X group, said": a person with no state or group of their own,
/// in apposition to a member's noun tied to a group, speaks for the group.
fn members_of_groups(doc: &Doc, end: usize, out: &mut [Entity], people: &mut People) {
    let lex = lexicon();
    let t = &doc.toks;
    let groups: Vec<Entity> = out
        .iter()
        .filter(|e| {
            e.role == Role::NonState || (e.kind == ActorKind::Organisation && e.role == Role::Name)
        })
        .cloned()
        .collect();
    for e in out.iter_mut() {
        if e.role != Role::Person || e.kind != ActorKind::Person || e.last + 4 >= end {
            continue;
        }
        if t.norm(e.last + 1) != "," {
            continue;
        }
        // ", a fighter with the …": a member noun, a tying preposition, the group
        let stop = (e.last + 2..(e.last + 8).min(end))
            .find(|&k| t.norm(k) == ",")
            .unwrap_or((e.last + 8).min(end));
        let member = (e.last + 2..stop).find(|&k| {
            (lex.has_tok(Cat::MemberNoun, t, k) || lex.has_tok(Cat::LeaderTitle, t, k))
                && k + 1 < stop
                && lex.has_tok(Cat::MemberPrep, t, k + 1)
        });
        let Some(m) = member else { continue };
        let g = groups
            .iter()
            .find(|g| g.first >= m + 2 && g.first <= m + 3 && g.last < stop.max(g.last + 1));
        let Some(g) = g else { continue };
        let Some(name) = e.person.clone() else {
            continue;
        };
        place_person(people, &name, &g.actor);
        e.actor = g.actor.clone();
        e.kind = g.kind;
    }
}

/// "a Hamas spokesman", "RSF commanders", "UN officials", "Taliban fighters": a group or body
/// named right before a role noun speaks through the person (or people) it names; the entity
/// grows to take the role noun in, so that the noun is not read as a subject of its own.
fn group_speakers(doc: &Doc, start: usize, end: usize, out: &mut [Entity]) {
    let lex = lexicon();
    let t = &doc.toks;
    let spans: Vec<(usize, usize)> = out.iter().map(|e| (e.first, e.last)).collect();
    // "a spokesman for the Ukrainian army", "officials of the group": the title before "for" /
    // "of" speaks for the entity after it
    for e in out.iter_mut() {
        if matches!(e.role, Role::Person | Role::Pronoun | Role::Adjective) {
            continue;
        }
        let mut p = e.first;
        if p > start && lex.has_tok(Cat::DefiniteArticle, t, p - 1) {
            p -= 1;
        }
        if p < start + 2 || !lex.has_tok(Cat::LinkPrep, t, p - 1) {
            continue;
        }
        let title = p - 2;
        let role_noun =
            lex.has_tok(Cat::LeaderTitle, t, title) || lex.has_tok(Cat::MemberNoun, t, title);
        if !role_noun || spans.iter().any(|&(a, b)| a <= title && title <= b) {
            continue;
        }
        // "the UN special envoy for Yemen": an envoy is sent to the place after "for", by the
        // body named before the title
        let sent = lex.has_tok(Cat::EnvoyTitle, t, title)
            && (title.saturating_sub(4).max(start)..title)
                .any(|k| spans.iter().any(|&(a, b)| a <= k && k <= b));
        if sent {
            continue;
        }
        e.first = title;
        e.speaker = Some(crate::doc::fold(doc.span_text(title, e.last)));
    }
    let starts: Vec<usize> = out.iter().map(|e| e.first).collect();
    for e in out.iter_mut() {
        let grows = matches!(e.kind, ActorKind::Organisation | ActorKind::ArmedGroup)
            && matches!(e.role, Role::Name | Role::NonState);
        // up to three lower-case words, the last a role noun: "UN officials", "the UN human
        // rights chief", "Hamas fighters"
        let mut n = 0;
        let mut k = e.last + 1;
        while grows && k < end && k <= e.last + 3 && !starts.contains(&k) && !is_cap(t, doc, k) {
            // ("Boko Haram leader Abubakar Shekau": a title before a name is the person's)
            if lex.has_tok(Cat::LeaderTitle, t, k) || lex.has_tok(Cat::MemberNoun, t, k) {
                if k + 1 < end && is_cap(t, doc, k + 1) {
                    break;
                }
                n = k - e.last;
            } else if !lex.has_tok(Cat::RoleModifier, t, k) {
                break;
            }
            k += 1;
        }
        let k = e.last + 1 + n;
        if n > 0 {
            e.speaker = Some(crate::doc::fold(doc.span_text(e.first, k - 1)));
            e.last = k - 1;
        }
    }
}

/// "the High Negotiations Committee (HNC)": a capitalised name whose initials spell the
/// abbreviation in brackets after it is an actor of its own, `HNC`, here and later in the article.
fn define_acronyms(
    doc: &Doc,
    start: usize,
    end: usize,
    out: &mut Vec<Entity>,
    acronyms: &mut std::collections::BTreeMap<String, (String, ActorKind)>,
) {
    let lex = lexicon();
    let t = &doc.toks;
    for k in start + 2..end.saturating_sub(2) {
        if t.norm(k) != "(" || t.norm(k + 2) != ")" || t.kind(k + 1) != Some(TokKind::Word) {
            continue;
        }
        let abbr = raw(doc, k + 1);
        let letters: Vec<char> = abbr.chars().collect();
        if !(2..=6).contains(&letters.len())
            || !letters.iter().all(|c| c.is_uppercase())
            || lex.gaz.matches(t, k + 1, end).next().is_some()
            || acronyms.contains_key(abbr)
        {
            continue;
        }
        // "Ukraine's Main Intelligence Directorate (GUR)": the abbreviation of a state's body the
        // text just named, in whatever language, stands for that state
        if let Some(e) = out
            .iter()
            .find(|e| e.last + 1 == k && e.role == Role::Body && e.kind == ActorKind::State)
        {
            acronyms.insert(abbr.to_string(), (e.actor.clone(), e.kind));
            continue;
        }
        // the name: capitalised words (and "of", "for", "and", "the" inside) back from the bracket
        let mut first = k;
        while first > start
            && (is_cap(t, doc, first - 1)
                || (lex.has_tok(Cat::NameConnector, t, first - 1)
                    && first >= start + 2
                    && is_cap(t, doc, first - 2)))
        {
            first -= 1;
        }
        let initials: Vec<char> = (first..k)
            .filter(|&j| is_cap(t, doc, j))
            .filter_map(|j| raw(doc, j).chars().next())
            .collect();
        // the abbreviation's letters are the initials of the name's last words, in order; or,
        // for a group's name translated from another language ("the Front for Change and
        // Concord in Chad (FACT)"), a name of two capitalised words or more that is a group's
        // (a group word in it) and starts with the abbreviation's first letter
        let exact = initials.len() >= letters.len()
            && initials[initials.len() - letters.len()..] == letters[..];
        // (the name starts at its first capitalised group word with the abbreviation's
        // first letter: "On Monday the Front for …")
        let translated_from = (!exact)
            .then(|| {
                (first..k).find(|&j| {
                    is_cap(t, doc, j)
                        && raw(doc, j).starts_with(letters[0])
                        && (lex.has_tok(Cat::GroupHead, t, j)
                            || lex.has_tok(Cat::ArmedGroupWord, t, j))
                })
            })
            .flatten()
            .filter(|&j| (j + 1..k).filter(|&q| is_cap(t, doc, q)).count() >= 1);
        if !exact && translated_from.is_none() {
            continue;
        }
        let name_first = match translated_from {
            Some(j) => j,
            None => (first..k)
                .filter(|&j| is_cap(t, doc, j))
                .nth(initials.len() - letters.len())
                .unwrap_or(first),
        };
        if out
            .iter()
            .any(|e| e.first < name_first && e.last >= name_first)
        {
            continue;
        }
        let armed = (name_first..k).any(|j| {
            lex.has_tok(Cat::ArmedGroupWord, t, j) || lex.has_tok(Cat::NonstateMarker, t, j)
        });
        let kind = if armed {
            ActorKind::ArmedGroup
        } else {
            ActorKind::Organisation
        };
        let role = if armed { Role::NonState } else { Role::Name };
        let text = crate::doc::fold(doc.span_text(name_first, k + 2));
        out.retain(|e| !(e.first >= name_first && e.last <= k + 2));
        out.push(Entity {
            first: name_first,
            last: k + 2,
            actor: abbr.to_string(),
            kind,
            role,
            speaker: Some(text),
            person: None,
        });
        acronyms.insert(abbr.to_string(), (abbr.to_string(), kind));
    }
    sort_entities(out);
}

/// A non-state group around the marker at `k` (`m` tokens long); returns the token after it.
fn nonstate(
    doc: &Doc,
    k: usize,
    m: usize,
    start: usize,
    end: usize,
    out: &mut Vec<Entity>,
) -> usize {
    // "Islamic State militants": the marker belongs to the named group before it
    if let Some(g) = out
        .iter_mut()
        .find(|e| e.last + 1 == k && e.role == Role::NonState)
    {
        g.last = k + m - 1;
        return k + m;
    }
    let t = &doc.toks;
    let lex = lexicon();
    // "Iran-backed militias", "Russian-aligned separatists": a group named by its backer is a
    // group of its own (never the backer), <BACKER>-BACKED-<NOUN>
    if k >= start + 3
        && t.norm(k - 2) == "-"
        && lex.has_tok(Cat::BackedWord, t, k - 1)
        && is_cap(t, doc, k - 3)
    {
        // the backer is the entity ending there ("Saudi Arabia-backed", "Russian-backed" → RUS),
        // else the word as written
        let backer_ent = out.iter().find(|e| e.last == k - 3).cloned();
        let backer = backer_ent
            .as_ref()
            .map(|e| {
                lex.name_of(&e.actor)
                    .unwrap_or(&e.actor)
                    .to_uppercase()
                    .replace(' ', "-")
            })
            .unwrap_or_else(|| raw(doc, k - 3).to_uppercase());
        let noun = text::slice(&doc.cleaned.text, t.toks[k].start, t.toks[k + m - 1].end)
            .to_uppercase()
            .replace(' ', "-");
        // one id for "militia" and "militias"
        let noun = if noun.ends_with('S') {
            noun
        } else {
            noun + "S"
        };
        // (an armed group's affiliate is the group: "the IS-affiliated group", "al-Qaeda-linked
        // militants"; a state's proxies are not the state)
        let affiliate = backer_ent
            .as_ref()
            .filter(|e| {
                e.kind == ActorKind::ArmedGroup && lex.has_tok(Cat::AffiliateWord, t, k - 1)
            })
            .map(|e| e.actor.clone());
        let first = backer_ent.map_or(k - 3, |e| e.first.min(k - 3));
        let last = k + m - 1;
        let words = crate::doc::fold(doc.span_text(first, last));
        out.retain(|e| !(e.first >= first && e.last <= last));
        out.push(Entity {
            first,
            last,
            actor: affiliate.unwrap_or_else(|| format!("{backer}-BACKED-{noun}")),
            kind: ActorKind::ArmedGroup,
            role: Role::NonState,
            speaker: Some(words),
            person: None,
        });
        return last + 1;
    }
    // the place: capitalised words right before the marker, or after "in"/"of" within 4 tokens
    let mut first = k;
    let mut place: Vec<usize> = Vec::new();
    let mut p = k;
    let placeword = |i: usize| {
        is_cap(t, doc, i)
            && !lex.has_tok(Cat::FunctionWord, t, i)
            && !lex.has_tok(Cat::LeaderTitle, t, i)
    };
    while p > start && (placeword(p - 1) || (t.norm(p - 1) == "-" && p >= 2 && placeword(p - 2))) {
        p -= 1;
        place.insert(0, p);
    }
    if !place.is_empty() {
        first = place[0];
    }
    let mut last = k + m - 1;
    // "secessionist authorities in Nagorno-Karabakh"
    let mut q = last + 1;
    while q < end
        && q <= last + 2
        && (lex.has_tok(Cat::LeaderMetonym, t, q) || lex.has_tok(Cat::StateBody, t, q))
    {
        last = q;
        q += 1;
    }
    if place.is_empty()
        && q + 1 < end
        && (lex.has_tok(Cat::LocativePrep, t, q) || lex.has_tok(Cat::GenitivePrep, t, q))
    {
        let mut r = q + 1;
        while r < end && (placeword(r) || (t.norm(r) == "-" && r + 1 < end && placeword(r + 1))) {
            place.push(r);
            r += 1;
        }
        if !place.is_empty() {
            last = r - 1;
        }
    }
    // A state's own adjective is not a place: "Armenian separatists" are a group in their own
    // right, named after the state ("ARM separatists").
    let place_words: Vec<&str> = place
        .iter()
        .filter(|&&i| t.norm(i) != "-")
        .map(|&i| raw(doc, i))
        .collect();
    if place_words.is_empty() {
        return k + m;
    }
    // "SPLM-IO rebels": a group's abbreviation before the marker is its name
    let abbreviation = place_words.iter().all(|w| {
        w.chars()
            .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())
    })
        // "DRC rebels" are the DRC's rebels, not a group named DRC
        && !place.iter().any(|&i| lex.gaz.matches(t, i, end).next().is_some());
    let key = place_words.last().copied().unwrap_or("").to_uppercase();
    let class = if lex.at(Cat::SeparatistMarker, t, k, end).is_some() {
        "SEPARATISTS"
    } else {
        "ARMED"
    };
    // "Houthi rebels", "Tigrayan TPLF fighters": a group the lists know by the word is that group
    let known = place.first().and_then(|&p| {
        lex.gaz
            .matches(t, p, end)
            .find(|(n, g)| g.kind == GazKind::Org && p + n > *place.last().unwrap_or(&p))
            .map(|(_, g)| g.id.clone())
    });
    let id = if let Some(known) = known {
        known
    } else if abbreviation {
        place_words.join("-")
    } else {
        format!("{key}-{class}")
    };
    let first = if first > start && lex.has_tok(Cat::DefiniteArticle, t, first - 1) {
        first - 1
    } else {
        first
    };
    let text = crate::doc::fold(doc.span_text(first, last));
    out.retain(|e| !(e.first >= first && e.last <= last));
    out.push(Entity {
        first,
        last,
        actor: id,
        kind: ActorKind::ArmedGroup,
        role: Role::NonState,
        speaker: Some(text),
        person: None,
    });
    last + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleInput;

    fn ents(text: &str) -> Vec<(String, String, Option<String>)> {
        let input = ArticleInput {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        };
        let doc = Doc::new(&input);
        let mut people = People::default();
        entities(&doc, &mut people)
            .into_iter()
            .map(|e| {
                (
                    doc.span_text(e.first, e.last).to_string(),
                    e.actor,
                    e.speaker,
                )
            })
            .collect()
    }

    #[test]
    fn states_people_bodies() {
        let e = ents("Armenian Prime Minister Nikol Pashinyan asked Russian President Vladimir Putin for help. Pashinyan said the Russian Foreign Ministry was ready.");
        let actors: Vec<(&str, &str)> =
            e.iter().map(|(t, a, _)| (t.as_str(), a.as_str())).collect();
        assert!(actors.contains(&("Nikol Pashinyan", "ARM")), "{actors:?}");
        assert!(actors.contains(&("Vladimir Putin", "RUS")), "{actors:?}");
        assert!(actors.contains(&("Pashinyan", "ARM")), "{actors:?}");
        assert!(
            actors.contains(&("the Russian Foreign Ministry", "RUS")),
            "{actors:?}"
        );
    }

    #[test]
    fn former_official_speaks_for_no_state() {
        let e = ents("Jane Doe, a former U.S. ambassador to the region, said it was risky.");
        assert!(
            e.iter().any(|(t, a, _)| t == "Jane Doe" && a == "Jane Doe"),
            "{e:?}"
        );
    }

    #[test]
    fn appositive_aide() {
        let e = ents("John Roe, an aide to the Ruritanian president, told reporters that Kenya would not comment.");
        assert!(
            e.iter().any(|(t, a, _)| t == "Kenya" && a == "KEN"),
            "{e:?}"
        );
    }

    #[test]
    fn capital_as_venue_is_not_actor() {
        let e = ents("Talks were held in Moscow. Moscow said no.");
        assert_eq!(e.iter().filter(|(_, a, _)| a == "RUS").count(), 1, "{e:?}");
    }

    #[test]
    fn leader_metonym_and_nonstate() {
        let e = ents("The Yerevan leader asked for help. The secessionist authorities in Eastlandia reported bombings.");
        assert!(e.iter().any(|(_, a, _)| a == "ARM"), "{e:?}");
        assert!(
            e.iter().any(|(_, a, _)| a == "EASTLANDIA-SEPARATISTS"),
            "{e:?}"
        );
    }

    /// The entities of a text, one line each: words, id, role.
    fn check(text: &str, want: expect_test::Expect) {
        let input = ArticleInput {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        };
        let doc = Doc::new(&input);
        let mut people = People::default();
        let lines: Vec<String> = entities(&doc, &mut people)
            .into_iter()
            .map(|e| {
                format!(
                    "{} = {} {:?}",
                    doc.span_text(e.first, e.last),
                    e.actor,
                    e.role
                )
            })
            .collect();
        want.assert_eq(&lines.join("\n"));
    }

    #[test]
    fn a_name_ending_in_a_group_word_is_a_group_by_its_initials() {
        check(
            "The Westland People's Republic denied the claims. The WPR said its units held.",
            expect_test::expect![[r#"
                Westland People's Republic = WPR Name
                WPR = WPR Name"#]],
        );
        check(
            "Officials of the Free Northern Army met the Coastal Negotiations Committee.",
            expect_test::expect![[r#"
                Officials of the Free Northern Army = FNA NonState
                Coastal Negotiations Committee = CNC Name"#]],
        );
        // a state's own forces or organ stays the state's; a listed group keeps its id
        check(
            "The Syrian Arab Army and the Russian Security Council met the Rapid Support Forces.",
            expect_test::expect![[r#"
                Syrian Arab Army = SYR Body
                the Russian Security Council = RUS Body
                Rapid Support Forces = RSF NonState"#]],
        );
    }

    #[test]
    fn his_official_and_a_spokesman_for_a_body_speak_for_its_state() {
        check(
            "A statement from Kenyan President William Ruto's office said he had ordered the army to withdraw. His defence minister said so. A spokesman for the Ugandan army said so.",
            expect_test::expect![[r#"
                Kenyan = KEN Adjective
                William Ruto's office = KEN Body
                he = KEN Pronoun
                His defence minister = KEN Body
                spokesman for the Ugandan army = UGA Body"#]],
        );
    }

    #[test]
    fn a_groups_title_before_a_name_makes_the_person_speak_for_the_group() {
        check(
            "Boko Haram leader Abubakar Shekau threatened more attacks. Later Shekau spoke again.",
            expect_test::expect![[r#"
                Boko Haram = BOKO-HARAM NonState
                Abubakar Shekau = BOKO-HARAM Person
                Shekau = BOKO-HARAM Person"#]],
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_title_speaks_for_the_titles_body() {
        check(
            "A Taliban spokesman, Zabihullah Mujahid, said so. A Russian foreign ministry spokeswoman, Maria Zakharova, said so.",
            expect_test::expect![[r#"
                Taliban spokesman = TALIBAN NonState
                Zabihullah Mujahid = TALIBAN Person
                Russian foreign ministry spokeswoman = RUS Body
                Maria Zakharova = RUS Person"#]],
        );
    }

    #[test]
    fn a_long_name_with_a_particle_and_its_bare_surname() {
        check(
            "Sudan's army chief Abdel Fattah al-Burhan met officials. Burhan later spoke.",
            expect_test::expect![[r#"
                Sudan's army = SDN Body
                Abdel Fattah al-Burhan = SDN Person
                Burhan = SDN Person"#]],
        );
    }

    #[test]
    fn a_group_named_by_its_backer_or_abbreviation() {
        check(
            "Kenya-backed militias and the Kenya-aligned militia clashed with the LRM-PF rebels.",
            expect_test::expect![[r#"
                Kenya-backed militias = KENYA-BACKED-MILITIAS NonState
                Kenya-aligned militia = KENYA-BACKED-MILITIAS NonState
                the LRM-PF rebels = LRM-PF NonState"#]],
        );
    }

    #[test]
    fn a_group_named_before_a_role_noun_takes_it_in() {
        check(
            "A Hamas spokesman and two UN officials spoke to Taliban fighters. The UN human rights chief said so. Hamas attacked army officials. Hamas senior commanders met.",
            expect_test::expect![[r#"
                Hamas spokesman = HAMAS NonState
                UN officials = UN Body
                Taliban fighters = TALIBAN NonState
                UN human rights chief = UN Name
                Hamas = HAMAS NonState
                Hamas senior commanders = HAMAS NonState"#]],
        );
    }

    #[test]
    fn a_state_name_between_a_title_and_a_surname_is_a_first_name() {
        check(
            "Peru's interior minister Chile Romero toured the border. Romero said the raids would go on.",
            expect_test::expect![[r#"
                Peru = PER Name
                Chile Romero = PER Person
                Romero = PER Person"#]],
        );
    }

    #[test]
    fn a_states_possessive_before_its_forces_name_is_the_states_body() {
        check(
            "Kenya's People's Defence Force blamed the rebels. Kenya's Defence Force agreed.",
            expect_test::expect![[r#"
                Kenya's People's Defence Force = KEN Body
                Kenya's Defence Force = KEN Body"#]],
        );
    }

    #[test]
    fn an_envoy_for_a_place_speaks_for_the_owner_before_it() {
        check(
            "The EU's Sudan envoy Karl Weber met officials. Norway's Chad envoy Ola Lie spoke.",
            expect_test::expect![[r#"
                EU = EU Name
                Sudan = SDN Name
                Karl Weber = EU Person
                Norway = NOR Name
                Chad = TCD Name
                Ola Lie = NOR Person"#]],
        );
    }

    #[test]
    fn a_capital_after_a_place_noun_or_a_compound_marker_is_no_actor() {
        check(
            "M23 rebels shelled the port. Envoys visited the rebel-held capital Lima and the city of Quito.",
            expect_test::expect!["M23 rebels = M23 NonState"],
        );
    }

    #[test]
    fn a_word_after_a_title_that_opens_another_title_is_no_name() {
        // "Deputy Foreign Minister X": "Foreign" is no person, nor a later "Foreign" minister's
        // state; a single name after a title still is one ("President Kenyatta")
        check(
            "Kenyan Deputy Foreign Minister Abdi Korane warned of delays. Ugandan Foreign Minister Sam Okello urged calm. Deputy Prime Minister Ruth Adongo agreed, and President Kenyatta said talks would go on.",
            expect_test::expect![[r#"
                Kenyan = KEN Adjective
                Abdi Korane = KEN Person
                Ugandan = UGA Adjective
                Sam Okello = UGA Person
                Ruth Adongo = Ruth Adongo Person
                Kenyatta = Kenyatta Person"#]],
        );
    }

    #[test]
    fn a_bare_title_before_a_name_is_the_one_a_recent_sentence_gave_an_actor() {
        check(
            "A spokesman for the Chilean president urged calm. \"We want talks,\" spokesman Pablo Rojas said.",
            expect_test::expect![[r#"
                spokesman for the Chilean president = CHL Body
                Pablo Rojas = CHL Person"#]],
        );
    }

    #[test]
    fn a_group_the_text_introduces_by_name_is_an_actor() {
        check(
            "Omar Haddad, a fighter with the Liwa al-Nasr group in the hills, said so. The rebel group Jund al-Haqq denied it. The opposition CNA agreed. The CNA later spoke.",
            expect_test::expect![[r#"
                Omar Haddad = LIWA-AL-NASR Person
                the Liwa al-Nasr = LIWA-AL-NASR NonState
                The rebel group Jund al-Haqq = JUND-AL-HAQQ NonState
                The opposition CNA = CNA Name
                CNA = CNA Name"#]],
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_title_tied_to_a_body_speaks_for_it() {
        check(
            "A spokesman for the Taliban, Ahmad Karimi, denied it. The head of the UN mission, Anna Berg, spoke. Karimi agreed.",
            expect_test::expect![[r#"
                spokesman for the Taliban = TALIBAN NonState
                Ahmad Karimi = TALIBAN Person
                The head of the UN = UN Body
                Anna Berg = UN Person
                Karimi = TALIBAN Person"#]],
        );
    }

    #[test]
    fn a_bare_state_outlet_or_a_body_opening_a_sentence_is_the_states() {
        check(
            "Chad's army shelled the camp. Instead, state media insisted the reports were false. Army denies the raid. Investigators blamed the rebels.",
            expect_test::expect![[r#"
                Chad's army = TCD Body
                state media = TCD Body
                Army = TCD Body"#]],
        );
    }

    #[test]
    fn a_hyphenated_first_name_is_one_name() {
        check(
            "Belgian Foreign Minister Marie-Claire Dubois spoke. Dubois said so. The Franco-German Treaty held.",
            expect_test::expect![[r#"
                Belgian = BEL Adjective
                Marie-Claire Dubois = BEL Person
                Dubois = BEL Person
                German = DEU Adjective"#]],
        );
    }

    #[test]
    fn a_new_surname_attributing_a_quote_after_an_official_named_by_title_is_that_official() {
        check(
            "However, Peru's defence minister said the rebels had gone too far. \"They will pay for this,\" Quispe warned. \"We disagree,\" Mamani said.",
            expect_test::expect![[r#"
                Peru's defence minister = PER Body
                Quispe = PER Person"#]],
        );
    }

    #[test]
    fn a_negotiator_named_after_his_states_adjective_speaks_for_it() {
        check(
            "Chief Peruvian negotiator Luis Vargas rejected the offer. Vargas later left.",
            expect_test::expect![[r#"
                Peruvian = PER Adjective
                Luis Vargas = PER Person
                Vargas = PER Person"#]],
        );
    }

    #[test]
    fn a_president_with_no_state_speaks_for_the_government_that_clearly_speaks_most() {
        check(
            "Fighting spread across Chad, from northern Chad to southern Chad, on Monday, and Paris said it was worried. The Elysee said French troops were ready. President Marc Dubois warned of more strikes.",
            expect_test::expect![[r#"
                Chad = TCD Name
                Chad = TCD Name
                Chad = TCD Name
                Paris = FRA Capital
                Elysee = FRA Capital
                French troops = FRA Body
                Marc Dubois = FRA Person"#]],
        );
    }

    #[test]
    fn a_president_with_no_state_and_no_clear_lead_speaks_for_no_state() {
        // Chad named three times, France's capital and palace twice: no clear lead
        check(
            "Fighting spread across Chad, from northern Chad to southern Chad, on Monday, and Paris said it was worried. The Elysee said troops were ready. President Marc Dubois warned of more strikes.",
            expect_test::expect![[r#"
                Chad = TCD Name
                Chad = TCD Name
                Chad = TCD Name
                Paris = FRA Capital
                Elysee = FRA Capital
                Marc Dubois = Marc Dubois Person"#]],
        );
    }

    #[test]
    fn name_keys() {
        assert_eq!(name_key("Pashinian"), name_key("Pashinyan"));
        assert_ne!(name_key("Iran"), name_key("Iraq"));
        assert_eq!(name_key("al-Burhan"), name_key("Burhan"));
        assert_ne!(name_key("Austria"), name_key("Australia"));
    }

    #[test]
    fn a_groups_abbreviation_from_another_language_names_it() {
        check(
            "Fighters of the Movement for Justice and Renewal in Niger (MJRN) seized a town. The MJRN said it held it.",
            expect_test::expect![[r#"
                Fighters of the Movement for Justice and Renewal in Niger (MJRN) = MJRN NonState
                MJRN = MJRN NonState"#]],
        );
        check(
            "On Monday the Front for Change and Concord in Mali (FACM) seized a town. FACM denied it.",
            expect_test::expect![[r#"
                Front for Change and Concord in Mali (FACM) = FACM NonState
                FACM = FACM NonState"#]],
        );
        // a body's name with no group word and other initials is no definition
        check(
            "The Bank of Lagos (ZX) said.",
            expect_test::expect![[r#""#]],
        );
    }

    #[test]
    fn an_armed_groups_affiliate_is_the_group_a_states_proxy_is_not_the_state() {
        check(
            "Al-Qaeda-linked militants and Iran-aligned militias clashed with IS fighters.",
            expect_test::expect![[r#"
                Al-Qaeda-linked militants = AL-QAEDA NonState
                Iran-aligned militias = IRAN-BACKED-MILITIAS NonState
                IS fighters = ISIS NonState"#]],
        );
    }

    #[test]
    fn a_bare_organ_is_not_the_state_of_another_body_of_its_sentence() {
        check(
            "Fighting spread in Mali on Sunday. The French ambassador left after the junta said he was unwelcome.",
            expect_test::expect![[r#"
                Mali = MLI Name
                The French ambassador = FRA Body
                the junta = MLI Name"#]],
        );
    }

    #[test]
    fn a_bare_army_is_never_a_groups() {
        // with no state named, "the army" is no one's rather than the group's
        check(
            "The Lakeland Defence Forces (LDF) denied it, blaming the army for the shelling.",
            expect_test::expect!["The Lakeland Defence Forces = LDF NonState"],
        );
    }

    #[test]
    fn a_body_after_its_is_the_sentence_subjects() {
        check(
            "A local leader, Ali Hassan, spoke on Monday. Israel considers the Syrian army a threat, and its officials insisted on a buffer zone.",
            expect_test::expect![[r#"
                Ali Hassan = Ali Hassan Person
                Israel = ISR Name
                the Syrian army = SYR Body
                its officials = ISR Name"#]],
        );
    }

    #[test]
    fn a_bare_congo_is_the_drc_unless_the_republic_was_named() {
        check(
            "Congo's army clashed with rebels near Goma.",
            expect_test::expect!["Congo's army = COD Body"],
        );
        check(
            "The Republic of the Congo held elections. Congo's army was deployed.",
            expect_test::expect![[r#"
                The Republic of the Congo = COG Name
                Congo's army = COG Body"#]],
        );
    }

    #[test]
    fn a_rebel_spokesman_speaks_for_the_latest_group() {
        check(
            "The M23 seized the town on Monday. Rebel spokesman Lawrence Kanyuka said the army attacked first.",
            expect_test::expect![[r#"
                M23 = M23 NonState
                Lawrence Kanyuka = M23 Person"#]],
        );
        // an owner named before the kind is that owner's
        check(
            "The M23 seized the town. Syrian rebel commander Ahmed Ali said the army attacked first.",
            expect_test::expect![[r#"
                M23 = M23 NonState
                Syrian rebel = SYRIAN-ARMED NonState
                Ahmed Ali = SYR Person"#]],
        );
    }

    #[test]
    fn the_opposition_is_the_latest_group_the_article_named_itself() {
        check(
            "The High Negotiations Committee met in Riyadh. The opposition bloc accused Russia of bombing hospitals.",
            expect_test::expect![[r#"
                High Negotiations Committee = HNC Name
                The opposition bloc = HNC Name
                Russia = RUS Name"#]],
        );
        check(
            "The High Negotiations Committee met in Riyadh. Opposition spokesman Salim al-Muslat said Russia bombed hospitals.",
            expect_test::expect![[r#"
                High Negotiations Committee = HNC Name
                Salim al-Muslat = HNC Person
                Russia = RUS Name"#]],
        );
        // a listed body is no opposition, and "opposition-held" modifies a place
        check(
            "The UN envoy arrived. The opposition-held town was bombed. The opposition said nothing.",
            expect_test::expect!["The UN envoy = UN Body"],
        );
    }
}
