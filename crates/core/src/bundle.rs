//! Stage 5 — the bundle: documents, their sizes and their dates.
//!
//! Takes: the article inputs.
//! Gives: [`Bundle`]: the inputs (an article over [`MAX_BYTES`], the one size limit, cut at a
//! char boundary, with a warning), one [`Doc`] each (clean → segment → tokens), each article's date — read from
//! the input (a manifest, the user) or a dateline, else inferred from the dated articles of the
//! bundle that report the same events (marked so) — the bundle's latest year, and the
//! diagnostics a reader should see (no readable text, binary, not English, no date, boilerplate
//! skipped).
//! Invariants: linear in the bundle (names are pooled per date, never compared article by
//! article); an inferred date is never presented as read; deterministic.

use crate::dates::{dateline, Date};
use crate::doc::Doc;
use crate::ingest::MAX_BYTES;
use crate::lexicon::{lexicon, Cat};
use crate::report::*;
use crate::ArticleInput;
use std::collections::{BTreeMap, BTreeSet};

/// The analysed bundle, before any record is extracted.
pub struct Bundle<'a> {
    pub inputs: &'a [ArticleInput],
    pub docs: Vec<Doc<'a>>,
    /// Per article: its date and whether it was inferred.
    pub dates: Vec<(Option<Date>, bool)>,
    /// The latest year of the bundle's dates (the reference for "past" in undated articles).
    pub year: Option<i32>,
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) fn warn(diags: &mut Vec<Diagnostic>, article: &str, message: String) {
    diags.push(Diagnostic {
        article: Some(article.to_string()),
        level: DiagnosticLevel::Warning,
        message,
    });
}

pub(crate) fn info(diags: &mut Vec<Diagnostic>, article: &str, message: String) {
    diags.push(Diagnostic {
        article: Some(article.to_string()),
        level: DiagnosticLevel::Info,
        message,
    });
}

/// Capitalised words of a document (for matching articles that report the same events),
/// sorted and without repeats.
fn proper_words<'d>(doc: &'d Doc) -> Vec<&'d str> {
    let lex = lexicon();
    let mut out: Vec<&str> = (0..doc.toks.len())
        .filter(|&i| {
            doc.toks.norm(i).len() > 3
                && crate::text::tail(&doc.cleaned.text, doc.toks.toks[i].start)
                    .starts_with(char::is_uppercase)
                && !lex.has_tok(Cat::FunctionWord, &doc.toks, i)
        })
        .map(|i| doc.toks.norm(i))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The weekdays an undated article names ("on Saturday", "Friday").
fn weekdays(doc: &Doc) -> Vec<u32> {
    let mut seen = [false; 7];
    for i in 0..doc.toks.len() {
        if let Some(w) = crate::dates::weekday(doc.toks.norm(i)) {
            seen[w as usize] = true;
        }
    }
    (0..7).filter(|&w| seen[w as usize]).collect()
}

/// The latest of `wds` on or before `d` (a report is written on the last day it speaks of).
fn latest_weekday(wds: &[u32], d: Date) -> Option<Date> {
    wds.iter()
        .map(|&w| d.add_days(-((d.weekday() as i64 - w as i64).rem_euclid(7))))
        .max()
}

/// Cut articles over [`MAX_BYTES`] (on a char boundary), saying so.
pub fn trim<'a>(
    inputs: impl IntoIterator<Item = &'a ArticleInput>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<ArticleInput> {
    let mut trimmed: Vec<ArticleInput> = Vec::new();
    for input in inputs {
        let mut a = input.clone();
        if a.text.len() > MAX_BYTES {
            let cut = crate::text::floor_char_boundary(&a.text, MAX_BYTES);
            a.text.truncate(cut);
            warn(
                diags,
                &a.id,
                format!(
                    "article longer than {} MB: only its first {} MB were analysed",
                    MAX_BYTES >> 20,
                    MAX_BYTES >> 20
                ),
            );
        }
        trimmed.push(a);
    }
    trimmed
}

/// Documents and dates of already trimmed inputs.
pub fn bundle<'a>(trimmed: &'a [ArticleInput], diagnostics: Vec<Diagnostic>) -> Bundle<'a> {
    bundle_with(trimmed, diagnostics, &mut || {})
}

/// [`bundle`], calling `tick` once per article as its document is read (a progress report).
pub fn bundle_with<'a>(
    trimmed: &'a [ArticleInput],
    mut diagnostics: Vec<Diagnostic>,
    tick: &mut dyn FnMut(),
) -> Bundle<'a> {
    let diags = &mut diagnostics;
    let docs: Vec<Doc> = trimmed
        .iter()
        .map(|a| {
            let d = Doc::new(a);
            tick();
            d
        })
        .collect();
    let dates = dates(trimmed, &docs, diags);
    let year = dates.iter().filter_map(|(d, _)| d.map(|d| d.y)).max();
    for (k, (input, doc)) in trimmed.iter().zip(&docs).enumerate() {
        let (date, _) = dates[k];
        if doc.sents.is_empty() {
            warn(diags, &input.id, "no readable text in this article".into());
        } else if crate::decode::looks_binary(input.text.as_bytes()) {
            warn(
                diags,
                &input.id,
                "this looks like a binary file, not an article".into(),
            );
        }
        if !doc.sents.is_empty() && !looks_english(doc) {
            warn(diags, &input.id, "this article does not look like English; Crosscheck reads English news text, so little or nothing may be found".into());
        }
        if date.is_none() && !doc.sents.is_empty() {
            info(
                diags,
                &input.id,
                "no date for this article: relative dates (\"on Friday\") stay unresolved".into(),
            );
        }
        if !doc.cleaned.dropped.is_empty() {
            info(
                diags,
                &input.id,
                format!(
                    "{} line(s) of site boilerplate skipped (ads, links, banners)",
                    doc.cleaned.dropped.len()
                ),
            );
        }
    }
    Bundle {
        inputs: trimmed,
        docs,
        dates,
        year,
        diagnostics,
    }
}

/// Each article's date: given, from its dateline, or inferred from the bundle.
fn dates(
    trimmed: &[ArticleInput],
    docs: &[Doc],
    diags: &mut Vec<Diagnostic>,
) -> Vec<(Option<Date>, bool)> {
    let mut dates: Vec<(Option<Date>, bool)> = Vec::new();
    for (input, doc) in trimmed.iter().zip(docs) {
        let given = input.date.as_deref().and_then(Date::parse_iso);
        if input.date.is_some() && given.is_none() {
            warn(
                diags,
                &input.id,
                format!(
                    "the date '{}' is not a YYYY-MM-DD date; ignored",
                    input.date.as_deref().unwrap_or("")
                ),
            );
        }
        let d = given.or_else(|| dateline(&doc.toks, 60));
        dates.push((d, false));
    }
    // Infer missing dates: an undated article takes the date of the dated articles it shares
    // most names with (the names of each date pooled, and each name's dates indexed, so this
    // stays near linear in the bundle).
    let undated = dates
        .iter()
        .zip(docs)
        .any(|((d, _), doc)| d.is_none() && !doc.sents.is_empty());
    if !undated {
        return dates;
    }
    let words: Vec<Vec<&str>> = docs.iter().map(proper_words).collect();
    let pools = DatePools::new(
        dates
            .iter()
            .zip(&words)
            .filter_map(|((d, _), w)| Some(((*d)?, w))),
    );
    // counters per date, kept at zero between articles
    let mut tally = Tally::default();
    for i in 0..docs.len() {
        if dates[i].0.is_some() || docs[i].sents.is_empty() || pools.is_empty() {
            continue;
        }
        let wds = weekdays(&docs[i]);
        let mut best: Option<(usize, Date)> = None;
        // the dates sharing a third of the article's names, in date order, with how many
        for (shared, d) in pools.sharing(&words[i], &mut tally) {
            // the last day the article names must be the dated one's day (or the day before)
            let wd_ok = latest_weekday(&wds, d).is_none_or(|day| day >= d.add_days(-1));
            if wd_ok && best.is_none_or(|(n, _)| shared > n) {
                best = Some((shared, d));
            }
        }
        if let Some((_, d)) = best {
            // the article's own day: the latest weekday it names, on or before the dated one's
            let day = latest_weekday(&wds, d).unwrap_or(d);
            dates[i] = (Some(day), true);
            info(diags, &trimmed[i].id, format!("date {} inferred from other articles of the bundle that report the same events", day.iso()));
        }
    }
    dates
}

/// The names of the dated articles pooled per date, with each name's dates: which dates share
/// enough names with an undated article, without comparing it with every date.
struct DatePools<'w> {
    /// The dates, ascending.
    dates: Vec<Date>,
    /// Name → its id.
    ids: crate::lexicon::HashMap<&'w str, usize>,
    /// Per name id: the indexes (into `dates`, ascending) of the dates whose pool holds it…
    postings: Vec<Vec<usize>>,
    /// …or, for a name in many pools (a 32nd of the dates or more), those dates as a bitset of
    /// [`DatePools::words`] `u64`s, indexed by `dense_of`: a bundle's common names are counted
    /// 64 dates at a time, so an undated article costs its names times the dates over 64, not
    /// its names times the dates (no larger than the lists they stand for).
    dense: Vec<u64>,
    dense_of: Vec<Option<usize>>,
}

/// What [`DatePools::sharing`] counts in, kept between articles (all zero between calls) so
/// that nothing is allocated per article.
#[derive(Default)]
struct Tally {
    /// Per date: how many of the article's sparse names its pool holds.
    counts: Vec<usize>,
    /// The dates `counts` touched, and a bit per date for them.
    touched: Vec<usize>,
    seen: Vec<u64>,
    /// Bit-sliced counters of the dense names: plane `q` (of [`DatePools::words`] `u64`s) holds
    /// bit `q` of each date's count.
    planes: Vec<u64>,
}

impl<'w> DatePools<'w> {
    fn new(dated: impl Iterator<Item = (Date, &'w Vec<&'w str>)>) -> Self {
        let mut by_date: BTreeMap<Date, BTreeSet<&'w str>> = BTreeMap::new();
        for (d, ws) in dated {
            by_date.entry(d).or_default().extend(ws.iter().copied());
        }
        let mut pools = DatePools {
            dates: Vec::with_capacity(by_date.len()),
            ids: Default::default(),
            postings: Vec::new(),
            dense: Vec::new(),
            dense_of: Vec::new(),
        };
        for (k, (d, pool)) in by_date.into_iter().enumerate() {
            pools.dates.push(d);
            for w in pool {
                let n = pools.postings.len();
                let id = *pools.ids.entry(w).or_insert(n);
                if id == n {
                    pools.postings.push(Vec::new());
                }
                pools.postings[id].push(k);
            }
        }
        let words = pools.words();
        for list in &mut pools.postings {
            if list.len() * 32 >= pools.dates.len() && list.len() >= 64 {
                let at = pools.dense.len();
                pools.dense.resize(at + words, 0);
                for &k in list.iter() {
                    pools.dense[at + k / 64] |= 1 << (k % 64);
                }
                list.clear();
                list.shrink_to_fit();
                pools.dense_of.push(Some(at));
            } else {
                pools.dense_of.push(None);
            }
        }
        pools
    }

    fn is_empty(&self) -> bool {
        self.dates.is_empty()
    }

    /// `u64`s in a bitset of the dates.
    fn words(&self) -> usize {
        self.dates.len().div_ceil(64)
    }

    /// The dates whose pool holds at least a third of `words` (`shared * 3 >= len`; `words`
    /// distinct), ascending, each with how many of them it holds: every date counted exactly,
    /// a sparse name's dates one by one, a dense name's 64 at a time (bit-sliced adders).
    fn sharing(&self, words: &[&str], tally: &mut Tally) -> Vec<(usize, Date)> {
        let len = words.len();
        let need = len.max(1).div_ceil(3);
        if len < need {
            return Vec::new();
        }
        let n = self.words();
        // planes enough for a count of `len`
        let bits = (usize::BITS - len.leading_zeros()) as usize;
        tally.counts.resize(self.dates.len(), 0);
        tally.seen.resize(n, 0);
        tally.planes.clear();
        tally.planes.resize(bits * n, 0);
        for w in words {
            let Some(&id) = self.ids.get(w) else { continue };
            match self.dense_of.get(id).copied().flatten() {
                Some(at) => {
                    for (c, &set) in self.dense.get(at..at + n).unwrap_or(&[]).iter().enumerate() {
                        // add one to the count of each date in `set`
                        let mut carry = set;
                        for q in 0..bits {
                            if carry == 0 {
                                break;
                            }
                            if let Some(p) = tally.planes.get_mut(q * n + c) {
                                let next = *p & carry;
                                *p ^= carry;
                                carry = next;
                            }
                        }
                    }
                }
                None => {
                    for &k in self.postings.get(id).map_or(&[][..], |l| l.as_slice()) {
                        if tally.counts[k] == 0 {
                            tally.touched.push(k);
                            tally.seen[k / 64] |= 1 << (k % 64);
                        }
                        tally.counts[k] += 1;
                    }
                }
            }
        }
        let mut out = Vec::new();
        for c in 0..n {
            let mut any = tally.seen[c];
            for q in 0..bits {
                any |= tally.planes[q * n + c];
            }
            while any != 0 {
                let b = any.trailing_zeros() as usize;
                any &= any - 1;
                let k = c * 64 + b;
                let dense: usize = (0..bits)
                    .map(|q| ((tally.planes[q * n + c] >> b) as usize & 1) << q)
                    .sum();
                let shared = tally.counts[k] + dense;
                if shared * 3 >= len.max(1) {
                    out.push((shared, self.dates[k]));
                }
            }
        }
        for &k in &tally.touched {
            tally.counts[k] = 0;
            tally.seen[k / 64] = 0;
        }
        tally.touched.clear();
        out
    }
}

/// A rough language check: share of very common English words among the first tokens.
fn looks_english(doc: &Doc) -> bool {
    let l = crate::lexicon::lexicon();
    let n = doc.toks.len().min(400);
    let words = (0..n)
        .filter(|&i| doc.toks.kind(i) == Some(crate::tokens::TokKind::Word))
        .count();
    if words < 8 {
        return true;
    }
    let common = (0..n)
        .filter(|&i| l.has_tok(crate::lexicon::Cat::CommonWord, &doc.toks, i))
        .count();
    common * 100 >= words * 8
}
