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

/// Capitalised words of a document (for matching articles that report the same events).
fn proper_words(doc: &Doc) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let lex = lexicon();
    for (i, tok) in doc.toks.toks.iter().enumerate() {
        if crate::text::tail(&doc.cleaned.text, tok.start).starts_with(char::is_uppercase)
            && !lex.has(Cat::FunctionWord, doc.toks.norm(i))
            && doc.toks.norm(i).len() > 3
        {
            out.insert(doc.toks.norm(i).to_string());
        }
    }
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
pub fn bundle<'a>(trimmed: &'a [ArticleInput], mut diagnostics: Vec<Diagnostic>) -> Bundle<'a> {
    let diags = &mut diagnostics;
    let docs: Vec<Doc> = trimmed.iter().map(Doc::new).collect();
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
    // most names with (the names of each date pooled, so this stays linear in the bundle).
    let words: Vec<BTreeSet<String>> = docs.iter().map(proper_words).collect();
    let mut by_date: BTreeMap<Date, BTreeSet<&str>> = BTreeMap::new();
    for (j, (d, _)) in dates.iter().enumerate() {
        if let Some(d) = d {
            by_date
                .entry(*d)
                .or_default()
                .extend(words[j].iter().map(String::as_str));
        }
    }
    for i in 0..docs.len() {
        if dates[i].0.is_some() || docs[i].sents.is_empty() || by_date.is_empty() {
            continue;
        }
        let wds = weekdays(&docs[i]);
        let mut best: Option<(usize, Date)> = None;
        for (d, pool) in &by_date {
            let shared = words[i]
                .iter()
                .filter(|w| pool.contains(w.as_str()))
                .count();
            // the last day the article names must be the dated one's day (or the day before)
            let wd_ok = latest_weekday(&wds, *d).is_none_or(|day| day >= d.add_days(-1));
            if shared * 3 >= words[i].len().max(1) && wd_ok && best.is_none_or(|(n, _)| shared > n)
            {
                best = Some((shared, *d));
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

/// A rough language check: share of very common English words among the first tokens.
fn looks_english(doc: &Doc) -> bool {
    const COMMON: &[&str] = &[
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said",
        "by", "as", "it", "has", "have", "from", "at",
    ];
    let n = doc.toks.len().min(400);
    let words = (0..n)
        .filter(|&i| doc.toks.kind(i) == Some(crate::tokens::TokKind::Word))
        .count();
    if words < 8 {
        return true;
    }
    let common = (0..n)
        .filter(|&i| COMMON.contains(&doc.toks.norm(i)))
        .count();
    common * 100 >= words * 8
}
