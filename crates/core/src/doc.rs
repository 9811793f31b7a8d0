//! The analysed document: one article after clean → segment → tokens.
//!
//! Takes: an [`ArticleInput`].
//! Gives: [`Doc`]: original text, cleaned text with its offset map, tokens, and sentences as
//! token ranges with their evidence (original byte range + folded text).
//! Invariants: every sentence's evidence slices the original text on char boundaries
//! (`orig[start..end]`); sentences are in text order and hold at least one token.

use crate::clean::{clean, Cleaned};
use crate::numbers::{recognise, Quantity};
use crate::report::Evidence;
use crate::segment::sentences;
use crate::text;
use crate::tokens::{tokenize, Tokens};
use crate::ArticleInput;
use std::borrow::Cow;

#[derive(Debug, Clone)]
pub struct Sentence {
    /// Cleaned byte range.
    pub start: usize,
    pub end: usize,
    /// Token index range `first..last`.
    pub first: usize,
    pub last: usize,
    /// Whether the sentence is a heading (its own block, no final punctuation).
    pub heading: bool,
}

#[derive(Debug, Clone)]
pub struct Doc<'a> {
    pub id: &'a str,
    pub orig: &'a str,
    pub cleaned: Cleaned,
    pub toks: Tokens,
    pub sents: Vec<Sentence>,
    /// Per token: a capitalised word that is capitalised only because its sentence is written
    /// in Title Case ("Israel Accuses Hamas Of Violating Ceasefire"): a word the lexicon knows,
    /// in a sentence where three in four longer words after the first are capitalised, two of
    /// them words prose never capitalises (function words, verbs of saying and accusing). Its
    /// capital tells nothing of a name.
    pub title_cased: Vec<bool>,
    /// The numbers of every sentence ([`crate::numbers::recognise`] over its tokens), laid end
    /// to end: those of sentence `k` are `numbers[numbers_at[k]..numbers_at[k + 1]]`. Read once
    /// here: the casualty rules and the sources both ask for them.
    numbers: Vec<Quantity>,
    numbers_at: Vec<usize>,
}

impl<'a> Doc<'a> {
    /// The number of the sentence holding token `i` (`sents.len()` past the last).
    pub fn sentence_index(&self, i: usize) -> usize {
        self.sents.partition_point(|s| s.last <= i)
    }

    /// The sentence holding token `i`.
    pub fn sentence_at(&self, i: usize) -> Option<&Sentence> {
        self.sents.get(self.sentence_index(i))
    }

    pub fn new(input: &'a ArticleInput) -> Doc<'a> {
        let cleaned = clean(&input.text);
        let mut toks = tokenize(&cleaned.text);
        toks.fill_masks();
        let mut sents = Vec::new();
        let mut k = 0;
        for (s, e) in sentences(&cleaned.text) {
            while k < toks.toks.len() && toks.toks[k].end <= s {
                k += 1;
            }
            let first = k;
            while k < toks.toks.len() && toks.toks[k].start < e {
                k += 1;
            }
            if k > first {
                let text = text::slice(&cleaned.text, s, e);
                let last_c = text.chars().last().unwrap_or('.');
                // a heading: its own block, no final punctuation, short (or the first block)
                let heading = !matches!(last_c, '.' | '!' | '?' | '"' | '”' | '\'' | '’' | ')')
                    && (e == cleaned.text.len() || text::tail(&cleaned.text, e).starts_with('\n'))
                    && (s == 0 || text::head(&cleaned.text, s).ends_with('\n'))
                    && (sents.is_empty() || text.split_whitespace().nth(18).is_none());
                sents.push(Sentence {
                    start: s,
                    end: e,
                    first,
                    last: k,
                    heading,
                });
            }
        }
        let title_cased = title_cased(&cleaned.text, &toks, &sents);
        let mut numbers = Vec::new();
        let mut numbers_at = Vec::with_capacity(sents.len() + 1);
        for s in &sents {
            numbers_at.push(numbers.len());
            numbers.extend(recognise(&toks, s.first, s.last));
        }
        numbers_at.push(numbers.len());
        Doc {
            id: &input.id,
            orig: &input.text,
            cleaned,
            toks,
            sents,
            title_cased,
            numbers,
            numbers_at,
        }
    }

    /// The numbers of sentence `k` (as [`crate::numbers::recognise`] reads its tokens).
    pub fn sentence_numbers(&self, k: usize) -> &[Quantity] {
        match (self.numbers_at.get(k), self.numbers_at.get(k + 1)) {
            (Some(&a), Some(&b)) => self.numbers.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The numbers of tokens `from..to` ([`crate::numbers::recognise`]): those read once for a
    /// sentence when the range is a sentence's.
    pub fn numbers_in(&self, from: usize, to: usize) -> Cow<'_, [Quantity]> {
        let k = self.sentence_index(from);
        match self.sents.get(k) {
            Some(s) if s.first == from && s.last == to => Cow::Borrowed(self.sentence_numbers(k)),
            _ => Cow::Owned(recognise(&self.toks, from, to)),
        }
    }

    /// The cleaned text from token `a` to token `b` inclusive.
    pub fn span_text(&self, a: usize, b: usize) -> &str {
        let t = &self.toks.toks;
        if a >= t.len() || b >= t.len() || a > b {
            return "";
        }
        text::slice(&self.cleaned.text, t[a].start, t[b].end)
    }

    /// Evidence for sentence `i`: the original byte range and the folded text.
    pub fn evidence(&self, i: usize) -> Evidence {
        let s = &self.sents[i];
        let (start, end) = self.cleaned.range_to_original(s.start, s.end);
        Evidence {
            article: self.id.to_string(),
            start,
            end,
            sentence: fold(text::slice(&self.cleaned.text, s.start, s.end)),
        }
    }
}

/// See [`Doc::title_cased`].
fn title_cased(text: &str, toks: &Tokens, sents: &[Sentence]) -> Vec<bool> {
    let mut out = vec![false; toks.toks.len()];
    let upper = |k: usize| text::tail(text, toks.toks[k].start).starts_with(char::is_uppercase);
    for s in sents {
        let longer: Vec<usize> = (s.first + 1..s.last)
            .filter(|&k| {
                toks.kind(k) == Some(crate::tokens::TokKind::Word)
                    && toks.toks[k].end - toks.toks[k].start >= 4
            })
            .collect();
        let caps = longer.iter().filter(|&&k| upper(k)).count();
        // (and two words that prose never capitalises: "Of", "For", "Says", "Accuses")
        let lex = crate::lexicon::lexicon();
        use crate::lexicon::Cat;
        let closed = (s.first + 1..s.last)
            .filter(|&k| {
                upper(k)
                    && [
                        Cat::FunctionWord,
                        Cat::SpeechVerb,
                        Cat::AccuseVerb,
                        Cat::CallVerb,
                        Cat::ThreatVerb,
                        Cat::DenyVerb,
                    ]
                    .into_iter()
                    .any(|c| lex.has_tok(c, toks, k))
            })
            .count();
        if longer.len() >= 4 && caps * 4 >= longer.len() * 3 && closed >= 2 {
            // (a name the gazetteer knows keeps its capitals: "Hamas", "Rapid Support Forces";
            // so does an acronym: "NATO")
            let mut k = s.first;
            while k < s.last {
                if let Some(n) = lex.gaz.matches(toks, k, s.last).map(|(n, _)| n).max() {
                    k += n.max(1);
                    continue;
                }
                let word = crate::text::slice(text, toks.toks[k].start, toks.toks[k].end);
                out[k] = toks.kind(k) == Some(crate::tokens::TokKind::Word)
                    && toks.id(k) != crate::lexicon::NO_WORD
                    && upper(k)
                    && word.chars().any(char::is_lowercase);
                k += 1;
            }
        }
    }
    out
}

/// Fold white space (a cleaned block break included) to single spaces.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
