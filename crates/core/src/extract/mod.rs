//! Stage 7 — extract: records from sentences.
//!
//! Takes: a [`Doc`], its actor [`Entity`]s and the article date.
//! Gives: casualty figures ([`casualties`]), truce mentions with the features consolidation needs
//! ([`truces`]), and stances ([`stances`]) — each with the index of the sentence it came from.
//! Invariants: every record names the sentence that states it; a record is made only from words
//! in its own sentence (plus, for pronouns and bare "the ministry", the entities resolved by the
//! actors stage); nothing is extracted from a sentence with no tokens.

pub mod casualties;
pub mod stances;
pub mod truces;

use crate::actors::Entity;
use crate::bundle::Bundle;
use crate::consolidate::{stable_id, Records};
use crate::dates::Date;
use crate::doc::Doc;
use crate::lexicon::{lexicon, Cat};
use crate::tokens::Tokens;

/// Stage 7 — extract every article of the bundle: its casualty figures, truce mentions and
/// stances, each with a stable id (article, sentence, content).
pub fn extract(b: &Bundle, ents: &[Vec<Entity>]) -> Records {
    extract_with(b, ents, &mut || {})
}

/// [`extract`], calling `tick` once per article as its records are read (a progress report).
pub fn extract_with(b: &Bundle, ents: &[Vec<Entity>], tick: &mut dyn FnMut()) -> Records {
    let mut r = Records {
        casualties: Vec::new(),
        mentions: Vec::new(),
        stances: Vec::new(),
    };
    for (k, (doc, ents)) in b.docs.iter().zip(ents).enumerate() {
        let (date, inferred) = b.dates[k];
        let ctx = Ctx {
            doc,
            ents,
            date,
            ref_year: date.map(|d| d.y).or(b.year),
        };
        let id = doc.id;
        for (_, mut c) in casualties::casualties(&ctx) {
            c.id = stable_id("cas", &[id, &c.evidence.sentence, &c.quote]);
            r.casualties.push(c);
        }
        for m in truces::mentions(&ctx) {
            r.mentions.push((k, m, inferred));
        }
        for (_, mut s) in stances::stances(&ctx) {
            let kind = format!("{:?}", s.kind);
            s.id = stable_id(
                "st",
                &[
                    id,
                    &s.evidence.sentence,
                    &s.actor,
                    &kind,
                    s.target.as_deref().unwrap_or(""),
                ],
            );
            r.stances.push(s);
        }
        tick();
    }
    r
}

/// What every extractor gets for one article.
pub struct Ctx<'a, 'd> {
    pub doc: &'a Doc<'d>,
    pub ents: &'a [Entity],
    pub date: Option<Date>,
    /// The reference year for "past" (the article's year, else the latest year of the bundle).
    pub ref_year: Option<i32>,
}

impl<'a, 'd> Ctx<'a, 'd> {
    pub fn t(&self) -> &Tokens {
        &self.doc.toks
    }

    /// Entities inside tokens `from..to`.
    pub fn ents_in(&self, from: usize, to: usize) -> impl Iterator<Item = &Entity> {
        self.ents
            .iter()
            .filter(move |e| e.first >= from && e.last < to)
    }

    /// The entity covering token `i` (entities are sorted and do not overlap).
    pub fn ent_at(&self, i: usize) -> Option<&Entity> {
        let k = self.ents.partition_point(|e| e.first <= i);
        self.ents[..k].last().filter(|e| e.last >= i)
    }

    /// The end of a window of `words` words from `from` (at most `end`), a named entity
    /// counting as one word, a hyphenated word as one, an article or a quotation mark as none: "urged the Sudanese Armed Forces and the Rapid Support Forces to
    /// agree to a truce" reaches as far as "urged both sides to agree to a truce".
    pub fn reach(&self, from: usize, words: usize, end: usize) -> usize {
        let (mut k, mut n) = (from, 0);
        while k < end && n < words {
            // (a hyphen joins two words into one: "72-hour"; articles and quotation marks —
            // a "merciless" response — are not counted)
            if !matches!(self.t().norm(k), "-" | "\"" | "'")
                && !lexicon().has_tok(Cat::Article, self.t(), k)
            {
                n += 1;
            }
            k = self.ent_at(k).map_or(k, |e| e.last.max(k)) + 1;
        }
        k.min(end)
    }

    /// The first phrase of `cat` in `from..to` that is not part of a named entity ("Support"
    /// in "the Rapid Support Forces" asks for no support): its position and length.
    pub fn find_free(&self, cat: Cat, from: usize, to: usize) -> Option<(usize, usize)> {
        let l = lexicon();
        (from..to).find_map(|i| {
            l.at(cat, self.t(), i, to)
                .filter(|_| self.ent_at(i).is_none())
                .map(|n| (i, n))
        })
    }

    /// The same context with only the entities of the sentence `s` (every extractor works one
    /// sentence at a time, so its entity scans stay local).
    pub fn sentence(&self, s: &crate::doc::Sentence) -> Ctx<'a, 'd> {
        let a = self.ents.partition_point(|e| e.first < s.first);
        let b = self.ents.partition_point(|e| e.first < s.last);
        Ctx {
            doc: self.doc,
            ents: &self.ents[a..b],
            date: self.date,
            ref_year: self.ref_year,
        }
    }

    /// Folded text of tokens `a..=b`.
    pub fn quote(&self, a: usize, b: usize) -> String {
        crate::doc::fold(self.doc.span_text(a, b))
    }

    /// Whether the sentence `s` holds a reference to a past year, decade or year span: its
    /// earliest such year, when older than the reference year.
    pub fn past_year(&self, from: usize, to: usize) -> Option<i32> {
        let t = self.t();
        let mut best: Option<i32> = None;
        for i in from..to {
            if t.kind(i) != Some(crate::tokens::TokKind::Number) {
                continue;
            }
            let w = t.norm(i);
            if w.len() != 4 {
                continue;
            }
            let Ok(y) = w.parse::<i32>() else { continue };
            if !(1800..=2100).contains(&y) {
                continue;
            }
            let decade =
                i + 1 < to && t.toks[i + 1].glued && lexicon().has_tok(Cat::DecadeSuffix, t, i + 1);
            // a date's year ("31 October 2020") is not a past reference
            let in_date = i >= 1 && crate::numbers::month(t.norm(i - 1)).is_some()
                || (i >= 2
                    && t.norm(i - 1) == ","
                    && t.kind(i - 2) == Some(crate::tokens::TokKind::Number));
            // "(2009-present)", "since 2011 to date": a span still running is not the past
            let ongoing = (i + 1..(i + 3).min(to))
                .any(|k| crate::lexicon::lexicon().has_tok(crate::lexicon::Cat::OngoingWord, t, k));
            if in_date || ongoing {
                continue;
            }
            let end_year = if decade { y + 9 } else { y };
            let past = match self.ref_year {
                Some(r) => end_year < r - 1,
                None => decade || y < 2000,
            };
            if past {
                best = Some(best.map_or(y, |b: i32| b.min(y)));
            }
        }
        best
    }
}

/// Whether the token is a clause boundary a local pattern must not cross.
pub fn is_boundary(w: &str) -> bool {
    matches!(w, "." | ";" | ":" | "!" | "?" | "(" | ")")
}

/// Whether token `k` ends a clause: a boundary mark that is not the dot of an abbreviation
/// ("U.N.") nor a bracket of an acronym in brackets ("the High Negotiations Committee (HNC)
/// said": one word in brackets, a name's short form).
pub fn ends_clause(t: &crate::tokens::Tokens, k: usize) -> bool {
    is_boundary(t.norm(k)) && !t.is_abbreviation_dot(k) && !acronym_bracket(t, k)
}

/// Whether token `k` is "(" or ")" around a single word in capitals: "(HNC)", "(ICRC)".
fn acronym_bracket(t: &crate::tokens::Tokens, k: usize) -> bool {
    let (open, word, close) = match t.norm(k) {
        "(" => (k, k + 1, k + 2),
        ")" if k >= 2 => (k - 2, k - 1, k),
        _ => return false,
    };
    t.norm(open) == "("
        && t.norm(close) == ")"
        && t.kind(word) == Some(crate::tokens::TokKind::Word)
        && t.is_upper_word(word)
}

#[cfg(test)]
mod tests {
    use super::ends_clause;
    use crate::tokens::tokenize;

    #[test]
    fn an_acronym_in_brackets_ends_no_clause() {
        let t = tokenize("The High Negotiations Committee (HNC) said (in a statement) it would.");
        let ends: Vec<&str> = (0..t.len())
            .filter(|&k| ends_clause(&t, k))
            .map(|k| t.norm(k))
            .collect();
        // the brackets of "(HNC)" are passed; those of a phrase and the full stop end clauses
        assert_eq!(ends, ["(", ")", "."]);
        let t = tokenize("a village (kafr) near the town (Reuters).");
        assert_eq!((0..t.len()).filter(|&k| ends_clause(&t, k)).count(), 5);
    }
}
