//! Crosscheck's extraction core: a bundle of news articles in, one [`Report`] out.
//!
//! The core is a pure function of its input — no I/O, no clock, no randomness — so the page
//! (wasm), the `crosscheck` CLI (native) and the tests are thin shells around [`analyze`], and
//! all read a file (or a pasted text) through [`ingest::ingest`].
//!
//! Pipeline, one module a stage (each states what it takes, gives and keeps invariant):
//!
//! ```text
//! name + bytes ─ingest (decode; HTML, Markdown → text; empty, binary, too large)─► ArticleInput
//! (a JSON Lines article line ─jsonl─► the same, through ingest)
//!
//! text ─clean─► cleaned text + offset map ─segment─► sentences ─tokens─► tokens
//!   ─bundle─► documents with dates (inferred across the bundle) ─actors─► entities
//!   ─extract─► casualties, truce mentions, stances (numbers and dates recognised on the way)
//!   ─sources─► articles that copy, rewrite or translate one another, grouped into sources
//!   ─consolidate─► truce attempts across articles, actors, stable order ─► Report
//! ```

pub mod actors;
pub mod bundle;
pub mod clean;
pub mod consolidate;
pub mod dates;
pub mod decode;
pub mod doc;
pub mod eval;
pub mod eval_acled;
pub mod export;
pub mod extract;
pub mod html;
pub mod ingest;
pub mod jsonl;
pub mod lexicon;
pub mod manifest;
pub mod markdown;
pub mod numbers;
pub mod order;
pub mod people;
pub mod report;
pub mod segment;
pub mod sources;
pub mod text;
pub mod tokens;

pub use report::*;

/// One article as the shells hand it to the core.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleInput {
    /// The file name without extension (or an id the page gives a pasted text).
    pub id: String,
    /// The article text; evidence offsets are byte offsets into it.
    pub text: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// ISO date `YYYY-MM-DD`, when known from outside the text (a manifest, the user).
    pub date: Option<String>,
    pub url: Option<String>,
}

/// The version of this core, written into exports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyse a bundle of articles into one Report. Never panics; the same input gives the same
/// Report, byte for byte once serialised, in whatever order the articles come: they are read in
/// the order of their ids (the CLI's file-name order), so a person named in full in one article
/// and by surname in the next, a date inferred across the bundle, and the Report's own order
/// do not depend on the order a user added them in.
pub fn analyze(inputs: &[ArticleInput]) -> Report {
    analyze_with_progress(inputs, &mut |_, _| {})
}

/// [`analyze`], telling `progress(done, total)` how far it is: one step per article read into
/// its document, one per article's actors, one per article's records, then one for the sources
/// and one for consolidation, so `total` is three times the number of articles kept, plus two.
/// `done` only grows and ends at `total`; the Report is the one [`analyze`] gives.
pub fn analyze_with_progress(
    inputs: &[ArticleInput],
    progress: &mut dyn FnMut(usize, usize),
) -> Report {
    let mut diagnostics = Vec::new();
    let mut sorted: Vec<&ArticleInput> = inputs.iter().collect();
    // every field in the key, so that two articles sharing an id have an order too
    crate::order::sort_by(&mut sorted, |a, b| {
        (&a.id, &a.text, &a.title, &a.outlet, &a.date, &a.url)
            .cmp(&(&b.id, &b.text, &b.title, &b.outlet, &b.date, &b.url))
    });
    let inputs = bundle::trim(sorted, &mut diagnostics);
    let total = 3 * inputs.len() + 2;
    let mut done = 0;
    let mut tick = || {
        done += 1;
        progress(done, total);
    };
    // documents (clean → segment → tokens) and their dates, inferred across the bundle
    let bundle = bundle::bundle_with(&inputs, diagnostics, &mut tick);
    // actors: entities of each article, people carried from one article to the next
    let mut people = people::People::default();
    let ents: Vec<_> = bundle
        .docs
        .iter()
        .map(|d| {
            let e = actors::entities(d, &mut people);
            tick();
            e
        })
        .collect();
    // extract: casualty figures, truce mentions, stances
    let records = extract::extract_with(&bundle, &ents, &mut tick);
    // sources: articles that copy, rewrite or translate one another, grouped into independent
    // sources
    let sources = sources::sources(&bundle);
    tick();
    // consolidate: attempts across articles, actors, stable ids and order
    let report = consolidate::consolidate(bundle, &ents, &people, records, sources);
    tick();
    report
}
