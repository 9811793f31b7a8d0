//! Stage 8 — sources: which articles of the bundle tell one story again, and the independent
//! sources the bundle holds.
//!
//! Takes: the [`Bundle`] (documents and dates).
//! Gives: [`Sources`]: the [`SourceGroup`]s — one per independent source, numbered "S1", "S2", …
//! in the order of their first article — and each article's group. Two articles are linked when
//! one derives from the other, on two signals read from each article in one pass:
//! - word sequences: the article's 5-word shingles outside quotations (numbers without their
//!   commas, shingles of function words alone left out), hashed to `u64`; their containment is
//!   the share of the shorter article's shingles found in the other;
//! - rare items in order: names (runs of capitalised words that are not common words of the
//!   bundle, state names, capitals, international bodies, weekdays, months or titles, keyed by
//!   their last word so that "Vladimir Putin" and "Putin" are one), figures (the numbers stage's
//!   counts, measures, sums and ages from 10 up), each where the article first gives it, and
//!   quotations (one when most of the shorter one's words are in the other, so a quote
//!   translated back matches). Each item weighs `ln((n + 1) / df)` for an item in `df` of the
//!   bundle's `n` articles: the names every report of a war gives weigh little. The order score
//!   is the weight of the heaviest common subsequence of the two item sequences over the
//!   lighter sequence's weight.
//!
//! A `copy` shares most shingles ([`COPY`], at least [`COPY_SHINGLES`]); a `rewrite` some
//! ([`REWRITE_SHINGLES`]) with its items in the same order ([`ORDER`], [`REWRITE_ITEMS`]); a
//! `translation` hardly any, but its items in the same order ([`ORDER`], at least
//! [`TRANSLATION_ITEMS`] of them). Groups are the connected components of the links
//! (union-find); each group keeps the links of its maximum spanning tree, each with its score and what the two share; a link runs `from` the article
//! that derives (the later dated, else the shorter) `to` the other — a guess at the direction.
//!
//! Invariants: two reports of one event that share its facts (the place, the toll, the officials
//! named, a statement they both quote) but not the telling stay apart; near linear in the
//! bundle — each article is read once into a profile, an inverted index from shingle and item to
//! articles proposes the pairs to compare (each list pairs an article with at most [`WINDOW`]
//! later ones, so a phrase or a name in every article costs no quadratic work), and only proposed
//! pairs are compared (item sequences cut at [`MAX_ITEMS`]); deterministic: the same bundle gives
//! the same groups, ids, links and scores; a pure function that never panics.

use crate::bundle::Bundle;
use crate::dates::Date;
use crate::doc::{fold, Doc};
use crate::lexicon::{lexicon, Cat, HashMap};
use crate::numbers::{self, Role};
use crate::report::{LinkKind, SourceGroup, SourceLink};
use crate::text;
use crate::tokens::TokKind;
use rustc_hash::FxHashSet;

/// Words in a shingle.
pub const SHINGLE: usize = 5;
/// A copy: at least this share of the shorter article's shingles is in the other. (Copies with
/// a new headline and a paragraph trimmed keep over 0.9; rewrites share 0.1 to 0.15, independent
/// reports of one event under 0.04.)
pub const COPY: f64 = 0.5;
/// A copy shares at least this many shingles: two short texts written to one template ("a man
/// was killed in a drive-by shooting … There are no reports on the identity of the
/// perpetrators") share half their few shingles without one copying the other.
pub const COPY_SHINGLES: usize = 25;
/// A rewrite: at least this share of shingles (reworded sentences keep some word sequences;
/// independent reports of one event share under 0.04)…
pub const REWRITE_SHINGLES: f64 = 0.08;
/// …and the items in the same order ([`ORDER`], at least [`REWRITE_ITEMS`] of them).
pub const REWRITE_ITEMS: usize = 6;
/// Rewrites and translations: at least this share of the shorter article's items (by weight)
/// come in the same order in the other. Derived articles reach 0.34 (the bundled translation,
/// trimmed differently from its original) to 0.9; independent reports of one event stay under
/// 0.28.
pub const ORDER: f64 = 0.3;
/// A translation: at least this many shared items in the same order (derived articles have 11
/// or more, independent reports of one event at most 6), and [`ORDER`].
pub const TRANSLATION_ITEMS: usize = 8;
/// Each posting list of the inverted index pairs an article with at most this many later ones.
pub const WINDOW: usize = 16;
/// An article's item sequence is compared on its first this many items.
pub const MAX_ITEMS: usize = 400;
/// A pair is compared when the index shows it sharing this many shingles…
const MIN_SHARED_SHINGLES: usize = 3;
/// …or this many distinct items.
const MIN_SHARED_ITEMS: usize = 4;
/// Two quotations are one when this share of the shorter one's words is in the other.
const QUOTE_MATCH: f64 = 0.5;
/// A quotation is an item when it has this many distinct words (not function words).
const QUOTE_WORDS: usize = 4;
/// A figure is an item from this value up (smaller numbers are in every report).
const MIN_FIGURE: u64 = 10;
/// At most this many evidence strings per link.
const SHARED: usize = 6;

/// The sources of a bundle.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sources {
    /// One group per independent source, in the order of their first article.
    pub groups: Vec<SourceGroup>,
    /// Per article (bundle order): the id of its group.
    pub of_article: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemKind {
    Name,
    Figure,
    Quote,
}

/// A rare item of an article: a name, a figure or a quotation, at tokens `first..=last`.
#[derive(Debug, Clone)]
struct Item {
    kind: ItemKind,
    /// A name's or figure's key (the quotation's index into `quotes` for a quote).
    key: u64,
    first: u32,
    last: u32,
}

/// What one article is compared by.
#[derive(Debug, Clone, Default)]
struct Profile {
    /// (shingle hash, its first token), sorted by hash, one per hash.
    shingles: Vec<(u64, u32)>,
    /// The shingle hashes alone, in the same order (what [`compare`] merges).
    hashes: Vec<u64>,
    /// Names, figures and quotations in text order.
    items: Vec<Item>,
    /// The distinct keys of the names and figures, sorted.
    keys: Vec<u64>,
    /// Per quotation: its distinct words (hashed, sorted).
    quotes: Vec<Vec<u64>>,
    /// Per item: its weight, the rarer in the bundle the heavier ([`weigh`]).
    weights: Vec<f64>,
    /// The sum of the weights.
    total: f64,
}

/// What two articles share.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Pair {
    /// Shingle containment.
    shingles: f64,
    /// Shared shingles.
    shared: usize,
    /// Longest common subsequence of the items, over the shorter sequence.
    order: f64,
    /// Distinct shared names and figures, plus matched quotations.
    distinct: usize,
    /// Matched quotations.
    quotes: usize,
    /// How many shared items come in the same order in both (the longest common subsequence).
    ordered: usize,
}

/// FNV-1a 64.
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(23) ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Whether token `i` of `doc` starts with a capital letter in the text.
fn capitalised(doc: &Doc, i: usize) -> bool {
    doc.toks
        .toks
        .get(i)
        .is_some_and(|t| text::tail(&doc.cleaned.text, t.start).starts_with(char::is_uppercase))
}

/// A word with a light stem (a plural's `s` off), for comparing quotations across wordings.
fn stem(w: &str) -> &str {
    match w.strip_suffix('s') {
        Some(s) if s.len() >= 3 && !s.ends_with('s') => s,
        _ => w,
    }
}

/// The words of the bundle that are common words (written in lower case somewhere) and the
/// words written with a capital inside a sentence somewhere (names, unless common).
struct Vocabulary<'b> {
    lower: FxHashSet<&'b str>,
    inner_caps: FxHashSet<&'b str>,
}

impl<'b> Vocabulary<'b> {
    fn new(docs: &'b [Doc<'b>]) -> Self {
        let mut v = Vocabulary {
            lower: FxHashSet::default(),
            inner_caps: FxHashSet::default(),
        };
        for doc in docs {
            for s in &doc.sents {
                let mut initial = true;
                for i in s.first..s.last {
                    match doc.toks.kind(i) {
                        Some(TokKind::Word) => {
                            let w = doc.toks.norm(i);
                            if capitalised(doc, i) {
                                if !initial {
                                    v.inner_caps.insert(w);
                                }
                            } else if w.starts_with(char::is_lowercase) {
                                v.lower.insert(w);
                            }
                            initial = false;
                        }
                        Some(TokKind::Number) => initial = false,
                        _ => {}
                    }
                }
            }
        }
        v
    }
}

/// Whether token `i` (a word) is a rare name: capitalised, not a common word of the bundle, not
/// a function word, weekday, month, title or honorific, and, at the start of a sentence, written
/// with a capital inside a sentence somewhere in the bundle.
fn is_name(doc: &Doc, voc: &Vocabulary, i: usize, initial: bool) -> bool {
    let lex = lexicon();
    let w = doc.toks.norm(i);
    doc.toks.kind(i) == Some(TokKind::Word)
        && w.chars().count() >= 2
        && capitalised(doc, i)
        && !voc.lower.contains(w)
        && (!initial || voc.inner_caps.contains(w))
        && !lex.has_tok(Cat::FunctionWord, &doc.toks, i)
        && !lex.has_tok(Cat::Weekday, &doc.toks, i)
        && !lex.has_tok(Cat::TitleNoun, &doc.toks, i)
        && !lex.has_tok(Cat::Honorific, &doc.toks, i)
        && numbers::month(w).is_none()
}

/// Whether token `i` may stand inside a name between two of its words: a hyphen glued to both
/// ("Nagorno-Karabakh") or a particle ("Ali al Hassan").
fn joins_name(doc: &Doc, i: usize) -> bool {
    let t = &doc.toks;
    (t.norm(i) == "-"
        && t.toks.get(i).is_some_and(|x| x.glued)
        && t.toks.get(i + 1).is_some_and(|x| x.glued))
        || lexicon().has_tok(Cat::NameParticle, t, i)
}

/// The profile of one article.
fn profile(doc: &Doc, voc: &Vocabulary) -> Profile {
    let lex = lexicon();
    let t = &doc.toks;
    let n = t.len();
    let mut p = Profile::default();
    // quotations: spans between paired quotation marks within a sentence
    let mut quoted = vec![false; n];
    let mut quote_spans: Vec<(usize, usize)> = Vec::new();
    for s in &doc.sents {
        let mut open: Option<usize> = None;
        for i in s.first..s.last {
            if t.norm(i) == "\"" {
                match open.take() {
                    Some(a) => quote_spans.push((a + 1, i)),
                    None => open = Some(i),
                }
            }
        }
        if let Some(a) = open {
            quote_spans.push((a + 1, s.last));
        }
    }
    for &(a, b) in &quote_spans {
        for q in quoted.iter_mut().take(b).skip(a) {
            *q = true;
        }
    }
    // shingles: runs of words and numbers outside quotations (punctuation skipped)
    let mut run: Vec<(u64, bool, u32)> = Vec::new();
    let mut shingles: Vec<(u64, u32)> = Vec::new();
    let flush = |run: &mut Vec<(u64, bool, u32)>, shingles: &mut Vec<(u64, u32)>| {
        for w in run.windows(SHINGLE) {
            if w.iter().any(|x| !x.1) {
                let h = w.iter().fold(0u64, |h, x| mix(h, x.0));
                shingles.push((h, w[0].2));
            }
        }
        run.clear();
    };
    for (i, &in_quote) in quoted.iter().enumerate() {
        let kind = t.kind(i);
        if t.norm(i) == "\"" || (in_quote && kind != Some(TokKind::Punct)) {
            flush(&mut run, &mut shingles);
            continue;
        }
        match kind {
            Some(TokKind::Word) => run.push((
                fnv(t.norm(i).as_bytes()),
                lex.has_tok(Cat::FunctionWord, t, i),
                i as u32,
            )),
            Some(TokKind::Number) => {
                let digits: Vec<u8> = t.norm(i).bytes().filter(|&b| b != b',').collect();
                run.push((fnv(&digits), false, i as u32));
            }
            _ => {}
        }
    }
    flush(&mut run, &mut shingles);
    shingles.sort_unstable();
    shingles.dedup_by_key(|x| x.0);
    p.hashes = shingles.iter().map(|x| x.0).collect();
    p.shingles = shingles;

    // items, sentence by sentence (headings give figures, not names)
    // first token of a quotation → (its index in `quotes`, its end)
    let mut quote_at: HashMap<usize, (usize, usize)> = HashMap::default();
    for &(a, b) in &quote_spans {
        let mut words: Vec<u64> = (a..b)
            .filter(|&i| t.kind(i) == Some(TokKind::Word) && !lex.has_tok(Cat::FunctionWord, t, i))
            .map(|i| fnv(stem(t.norm(i)).as_bytes()))
            .collect();
        words.sort_unstable();
        words.dedup();
        if words.len() >= QUOTE_WORDS {
            quote_at.insert(a, (p.quotes.len(), b));
            p.quotes.push(words);
        }
    }
    for (si, s) in doc.sents.iter().enumerate() {
        let mut items: Vec<Item> = Vec::new();
        // tokens of a state, capital or international body: names every report shares
        let mut gaz_until = s.first;
        let mut initial = true;
        // the name being read: its first token and its last name token so far
        let mut run: Option<(usize, usize)> = None;
        let push_run = |run: &mut Option<(usize, usize)>, items: &mut Vec<Item>| {
            if let Some((a, b)) = run.take() {
                // keyed by its last word: "Vladimir Putin" and "Putin" are one person
                items.push(Item {
                    kind: ItemKind::Name,
                    key: fnv(crate::actors::name_key(t.norm(b)).as_bytes()),
                    first: a as u32,
                    last: b as u32,
                });
            }
        };
        for i in s.first..s.last {
            if let Some(&(q, end)) = quote_at.get(&i) {
                items.push(Item {
                    kind: ItemKind::Quote,
                    key: q as u64,
                    first: i as u32,
                    last: end.saturating_sub(1) as u32,
                });
            }
            if i >= gaz_until && capitalised(doc, i) {
                if let Some((len, _)) = lex.gaz.matches(t, i, s.last).next() {
                    gaz_until = i + len;
                }
            }
            let kind = t.kind(i);
            if kind == Some(TokKind::Word)
                && !s.heading
                && i >= gaz_until
                && is_name(doc, voc, i, initial)
            {
                run = Some((run.map_or(i, |r| r.0), i));
            } else if !(run.is_some() && joins_name(doc, i)) {
                push_run(&mut run, &mut items);
            }
            if matches!(kind, Some(TokKind::Word) | Some(TokKind::Number)) {
                initial = false;
            }
        }
        push_run(&mut run, &mut items);
        for &q in doc.sentence_numbers(si) {
            let figure = matches!(
                q.role,
                Role::Count | Role::Measure | Role::Percent | Role::Money | Role::Age
            );
            let low = q.low.unwrap_or(0);
            if !figure || low < MIN_FIGURE {
                continue;
            }
            // the figure with the word it counts ("30,000 dead"), for the reader
            let noun = if q.last + 1 < s.last && t.kind(q.last + 1) == Some(TokKind::Word) {
                q.last + 1
            } else {
                q.last
            };
            items.push(Item {
                kind: ItemKind::Figure,
                key: mix(mix(0x5eed, low), q.high.unwrap_or(0)),
                first: q.num_first as u32,
                last: noun as u32,
            });
        }
        crate::order::sort_by_key(&mut items, |it| it.first);
        p.items.extend(items);
    }
    // a name or figure counts where the article first gives it
    let mut seen: FxHashSet<u64> = FxHashSet::default();
    p.items
        .retain(|it| it.kind == ItemKind::Quote || seen.insert(it.key));
    p.keys = p
        .items
        .iter()
        .filter(|it| it.kind != ItemKind::Quote)
        .map(|it| it.key)
        .collect();
    p.keys.sort_unstable();
    p.keys.dedup();
    p
}

/// Weigh every item by its rarity in the bundle: `ln((n + 1) / df)` for a name or figure in `df`
/// of the `n` articles, a quotation as a name in two (quotations are matched by their words,
/// so they have no document frequency of their own).
fn weigh(profiles: &mut [Profile]) {
    let mut df: HashMap<u64, u32> = HashMap::default();
    for p in profiles.iter() {
        for &k in &p.keys {
            *df.entry(k).or_default() += 1;
        }
    }
    let n = profiles.len() as f64;
    for p in profiles.iter_mut() {
        let w: Vec<f64> = p
            .items
            .iter()
            .map(|it| {
                let d = match it.kind {
                    ItemKind::Quote => 2,
                    _ => df.get(&it.key).copied().unwrap_or(1).max(1),
                };
                ((n + 1.0) / d as f64).ln()
            })
            .collect();
        p.total = w.iter().sum();
        p.weights = w;
    }
}

/// How alike two quotations are: the share of the shorter one's words in the other (0 when
/// they share fewer than [`QUOTE_WORDS`] words).
fn quote_match(a: &[u64], b: &[u64]) -> f64 {
    let common = common_sorted(a, b);
    let short = a.len().min(b.len());
    if short == 0 || common < QUOTE_WORDS {
        0.0
    } else {
        common as f64 / short as f64
    }
}

/// How many values two sorted, distinct lists share (one merge, without branches on the
/// values: the lists are hashes, so which one advances is unpredictable).
fn common_sorted(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        n += (x == y) as usize;
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    n
}

/// [`common_sorted`], or `None` as soon as the lists cannot share `need` values.
fn common_sorted_reaching(a: &[u64], b: &[u64], need: usize) -> Option<usize> {
    let (mut i, mut j, mut n) = (0, 0, 0);
    loop {
        for _ in 0..32 {
            let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) else {
                return Some(n);
            };
            n += (x == y) as usize;
            i += (x <= y) as usize;
            j += (y <= x) as usize;
        }
        if n + a.len().saturating_sub(i).min(b.len().saturating_sub(j)) < need {
            return None;
        }
    }
}

/// How alike each quotation of one profile is to each of another ([`quote_match`]), measured
/// once per compared pair: the common subsequence, the items that can match and the matched
/// quotations all ask it, many times over.
struct QuoteScores {
    /// Quotations of the second profile.
    cols: usize,
    /// Row-major: `score[i * cols + j]` for quotation `i` of the first, `j` of the second.
    score: Vec<f64>,
}

impl QuoteScores {
    fn new(a: &Profile, b: &Profile) -> Self {
        let mut score = Vec::with_capacity(a.quotes.len() * b.quotes.len());
        for qa in &a.quotes {
            score.extend(b.quotes.iter().map(|qb| quote_match(qa, qb)));
        }
        QuoteScores {
            cols: b.quotes.len(),
            score,
        }
    }

    /// The score of quotation `i` of the first profile against `j` of the second (0 for one
    /// that does not exist).
    fn get(&self, i: usize, j: usize) -> f64 {
        if j >= self.cols {
            return 0.0;
        }
        self.score.get(i * self.cols + j).copied().unwrap_or(0.0)
    }

    /// Whether quotation `i` of the first is quotation `j` of the second.
    fn same(&self, i: usize, j: usize) -> bool {
        self.get(i, j) >= QUOTE_MATCH
    }
}

/// Whether item `x` of `a` is item `y` of `b`, the quotations of `a` scored against those of
/// `b` in `qs`.
fn same_item(qs: &QuoteScores, x: &Item, y: &Item) -> bool {
    match (x.kind, y.kind) {
        (ItemKind::Quote, ItemKind::Quote) => qs.same(x.key as usize, y.key as usize),
        (ItemKind::Quote, _) | (_, ItemKind::Quote) => false,
        _ => x.key == y.key,
    }
}

/// The items of `a` (of its first [`MAX_ITEMS`]) that can match an item of `b`, with their
/// weights (`a_in_row`: `a` is the first profile of `qs`, else the second). An item that
/// matches nothing never joins a common subsequence, so the subsequences of these alone are
/// those of the whole sequences: the table below is as small as what the two share, not as
/// their lengths.
fn matchable<'p>(
    a: &'p Profile,
    b: &Profile,
    qs: &QuoteScores,
    a_in_row: bool,
) -> Vec<(&'p Item, f64)> {
    let b_quotes: Vec<&Item> = b.items[..b.items.len().min(MAX_ITEMS)]
        .iter()
        .filter(|y| y.kind == ItemKind::Quote)
        .collect();
    a.items[..a.items.len().min(MAX_ITEMS)]
        .iter()
        .zip(&a.weights)
        .filter(|(x, _)| match x.kind {
            ItemKind::Quote => b_quotes.iter().any(|y| {
                let (i, j) = (x.key as usize, y.key as usize);
                if a_in_row {
                    qs.same(i, j)
                } else {
                    qs.same(j, i)
                }
            }),
            _ => b.keys.binary_search(&x.key).is_ok(),
        })
        .map(|(x, w)| (x, *w))
        .collect()
}

/// The heaviest common subsequence of two item sequences (its weight by `a`'s weights) and the
/// longest (its length), in one pass over two rows each.
fn lcs(a: &Profile, b: &Profile, qs: &QuoteScores) -> (f64, usize) {
    let xs = matchable(a, b, qs, true);
    let ys = matchable(b, a, qs, false);
    let mut prev = vec![(0f64, 0usize); ys.len() + 1];
    let mut cur = vec![(0f64, 0usize); ys.len() + 1];
    for &(x, w) in &xs {
        for (j, &(y, _)) in ys.iter().enumerate() {
            cur[j + 1] = if same_item(qs, x, y) {
                (prev[j].0 + w, prev[j].1 + 1)
            } else {
                (cur[j].0.max(prev[j + 1].0), cur[j].1.max(prev[j + 1].1))
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or((0.0, 0))
}

/// The matched quotations of two profiles: pairs (quote of `a`, quote of `b`), one to one,
/// greedy in `a`'s order (`qs`: the quotations of `a` scored against those of `b`).
fn matched_quotes(a: &Profile, b: &Profile, qs: &QuoteScores) -> Vec<(usize, usize)> {
    let mut used = vec![false; b.quotes.len()];
    let mut out = Vec::new();
    for i in 0..a.quotes.len() {
        let best = (0..b.quotes.len())
            .filter(|&j| !used[j])
            .map(|j| (qs.get(i, j), j))
            .filter(|(s, _)| *s >= QUOTE_MATCH)
            .max_by(|x, y| x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)));
        if let Some((_, j)) = best {
            used[j] = true;
            out.push((i, j));
        }
    }
    out
}

/// Compare two profiles. With `full` false, the order is left at 0 when it cannot make a link
/// (fewer shared items than [`REWRITE_ITEMS`] and [`TRANSLATION_ITEMS`] ask for, quotations
/// counted as many as the fewer quoting article has), and so are the matched quotations; for a
/// copy, only the shingles are counted: [`link_kind`] gives the same answer.
fn compare(a: &Profile, b: &Profile, full: bool) -> Pair {
    let common_keys = common_sorted(&a.keys, &b.keys);
    // the longest common subsequence pairs distinct names and figures, and quotations one to one
    let most_ordered = common_keys + a.quotes.len().min(b.quotes.len());
    let short = a.hashes.len().min(b.hashes.len());
    let only_copy = !full && most_ordered < REWRITE_ITEMS.min(TRANSLATION_ITEMS);
    let shared = if only_copy {
        // only a copy can link them: the merge stops once it cannot reach a copy's shingles
        // (and then nothing links them)
        let need = COPY_SHINGLES.max((COPY * short as f64).floor() as usize);
        match common_sorted_reaching(&a.hashes, &b.hashes, need) {
            Some(n) => n,
            None => return Pair::default(),
        }
    } else {
        common_sorted(&a.hashes, &b.hashes)
    };
    let shingles = if short == 0 {
        0.0
    } else {
        shared as f64 / short as f64
    };
    if !full && shared >= COPY_SHINGLES && shingles >= COPY {
        // a copy: [`link_kind`] reads nothing else (a near copy is the common case of a bundle
        // that holds many copies of one story, and its common subsequence is the costliest)
        return Pair {
            shingles,
            shared,
            ..Pair::default()
        };
    }
    // (when only a copy can link them, what they quote alike changes no answer of [`link_kind`])
    let qs = if only_copy {
        QuoteScores {
            cols: 0,
            score: Vec::new(),
        }
    } else {
        QuoteScores::new(a, b)
    };
    let quotes = if only_copy {
        0
    } else {
        matched_quotes(a, b, &qs).len()
    };
    let distinct = common_keys + quotes;
    let short = a.total.min(b.total);
    let (order, ordered) = if short <= 0.0 || distinct < 3 || only_copy {
        (0.0, 0)
    } else {
        let (heaviest, longest) = lcs(a, b, &qs);
        ((heaviest / short).min(1.0), longest)
    };
    Pair {
        shingles,
        shared,
        order,
        distinct,
        quotes,
        ordered,
    }
}

/// The kind of link two articles' comparison shows, with its score, if any.
fn link_kind(p: &Pair) -> Option<(LinkKind, f64)> {
    if p.shared >= COPY_SHINGLES && p.shingles >= COPY {
        Some((LinkKind::Copy, p.shingles))
    } else if p.shingles >= REWRITE_SHINGLES && p.order >= ORDER && p.ordered >= REWRITE_ITEMS {
        Some((LinkKind::Rewrite, p.order))
    } else if p.order >= ORDER && p.ordered >= TRANSLATION_ITEMS {
        Some((LinkKind::Translation, p.order))
    } else {
        None
    }
}

/// What the inverted index counts for a pair of articles.
#[derive(Default)]
struct Shared {
    /// Shingles in both.
    shingles: u32,
    /// Distinct names and figures in both.
    items: u32,
    /// The weight and number of the first article's occurrences of those items…
    weight_a: f64,
    count_a: u32,
    /// …and of the second's.
    count_b: u32,
}

/// The pairs of articles (i < j) the inverted index proposes: sharing at least
/// [`MIN_SHARED_SHINGLES`] shingles and [`REWRITE_SHINGLES`] of the shorter one's (a copy or a
/// rewrite could), or at least [`MIN_SHARED_ITEMS`]
/// distinct items that could make a rewrite or a translation — enough of them to reach
/// [`REWRITE_ITEMS`] in order, heavy enough to reach [`ORDER`] (the items the two share, with
/// every quotation counted as shared, bound the heaviest common subsequence from above; in a
/// bundle about one war, names every article has weigh nothing and propose no pair). Each
/// posting list pairs an article with its next [`WINDOW`] articles only, so a shingle or name in
/// many articles is counted for near pairs only: these bounds hold for what the index counted,
/// and a pair whose sharing lies mostly in such common words may be left out. Sorted.
fn candidates(profiles: &[Profile]) -> Vec<(usize, usize)> {
    // the posting lists (articles in bundle order), and per article where it stands in the list
    // of each of its shingles…
    // (the lists laid end to end in one vector: `shingle_lists[list_start[l]..list_start[l + 1]]`)
    let total: usize = profiles.iter().map(|p| p.hashes.len()).sum();
    let mut shingle_list: HashMap<u64, u32> =
        HashMap::with_capacity_and_hasher(total, Default::default());
    let mut list_len: Vec<u32> = Vec::new();
    let mut shingle_at: Vec<(u32, u32)> = Vec::with_capacity(total);
    let mut shingle_from: Vec<usize> = Vec::with_capacity(profiles.len() + 1);
    // …and of each of its names and figures, with the weight and the number of its occurrences
    // there
    let mut item_list: HashMap<u64, u32> = HashMap::default();
    let mut item_lists: Vec<Vec<(u32, u32)>> = Vec::new();
    let mut item_at: Vec<(u32, u32, f64, u32)> = Vec::new();
    let mut item_from: Vec<usize> = Vec::with_capacity(profiles.len() + 1);
    // per article: the weight and number of its quotations (any of them may match)
    let mut quotes: Vec<(f64, u32)> = Vec::with_capacity(profiles.len());
    let mut per_key: HashMap<u64, (f64, u32)> = HashMap::default();
    for (k, p) in profiles.iter().enumerate() {
        shingle_from.push(shingle_at.len());
        for &h in &p.hashes {
            let next = list_len.len() as u32;
            let l = *shingle_list.entry(h).or_insert(next);
            if l == next {
                list_len.push(0);
            }
            if let Some(len) = list_len.get_mut(l as usize) {
                shingle_at.push((l, *len));
                *len += 1;
            }
        }
        let mut q = (0.0, 0);
        for (it, &w) in p.items.iter().zip(&p.weights) {
            if it.kind == ItemKind::Quote {
                q = (q.0 + w, q.1 + 1);
            } else {
                let e = per_key.entry(it.key).or_default();
                *e = (e.0 + w, e.1 + 1);
            }
        }
        quotes.push(q);
        item_from.push(item_at.len());
        for (key, (w, n)) in per_key.drain() {
            let next = item_lists.len() as u32;
            let l = *item_list.entry(key).or_insert(next);
            if l == next {
                item_lists.push(Vec::new());
            }
            if let Some(list) = item_lists.get_mut(l as usize) {
                item_at.push((l, list.len() as u32, w, n));
                list.push((k as u32, n));
            }
        }
    }
    shingle_from.push(shingle_at.len());
    item_from.push(item_at.len());
    let mut list_start: Vec<usize> = Vec::with_capacity(list_len.len() + 1);
    let mut at = 0;
    for &n in &list_len {
        list_start.push(at);
        at += n as usize;
    }
    list_start.push(at);
    let mut shingle_lists: Vec<u32> = vec![0; at];
    for k in 0..profiles.len() {
        for &(l, pos) in shingle_at
            .get(shingle_from[k]..shingle_from[k + 1])
            .unwrap_or(&[])
        {
            if let Some(x) = list_start
                .get(l as usize)
                .and_then(|&s| shingle_lists.get_mut(s + pos as usize))
            {
                *x = k as u32;
            }
        }
    }
    let could_order = |a: usize, b: usize, c: &Shared| {
        let short = profiles[a].total.min(profiles[b].total);
        let (qa, qb) = (quotes[a], quotes[b]);
        c.weight_a + qa.0 >= ORDER * short
            && (c.count_a + qa.1).min(c.count_b + qb.1) as usize >= REWRITE_ITEMS
    };
    // a copy or a rewrite shares at least this share of the shorter article's shingles
    let could_copy = |a: usize, b: usize, c: &Shared| {
        let short = profiles[a].shingles.len().min(profiles[b].shingles.len());
        c.shingles as usize >= MIN_SHARED_SHINGLES
            && c.shingles as f64 >= REWRITE_SHINGLES.min(COPY) * short as f64
    };
    // per article, what it shares with each later article its lists pair it with: counted in
    // a table indexed by the later article (`slot`, valid where `stamp` is this article)
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut stamp: Vec<u32> = vec![u32::MAX; profiles.len()];
    let mut slot: Vec<u32> = vec![0; profiles.len()];
    let mut counts: Vec<(u32, Shared)> = Vec::new();
    for a in 0..profiles.len() {
        counts.clear();
        let mut count = |b: u32, counts: &mut Vec<(u32, Shared)>| -> Option<usize> {
            let bi = b as usize;
            if stamp.get(bi) != Some(&(a as u32)) {
                *stamp.get_mut(bi)? = a as u32;
                *slot.get_mut(bi)? = counts.len() as u32;
                counts.push((b, Shared::default()));
            }
            slot.get(bi).map(|&x| x as usize)
        };
        let (from, to) = (shingle_from[a], shingle_from[a + 1]);
        for &(l, pos) in shingle_at.get(from..to).unwrap_or(&[]) {
            let list = match (list_start.get(l as usize), list_start.get(l as usize + 1)) {
                (Some(&s), Some(&e)) => shingle_lists.get(s..e).unwrap_or(&[]),
                _ => &[],
            };
            for &b in list.iter().skip(pos as usize + 1).take(WINDOW) {
                if let Some(c) = count(b, &mut counts).and_then(|x| counts.get_mut(x)) {
                    c.1.shingles += 1;
                }
            }
        }
        let (from, to) = (item_from[a], item_from[a + 1]);
        for &(l, pos, wa, na) in item_at.get(from..to).unwrap_or(&[]) {
            let list = item_lists.get(l as usize).map_or(&[][..], |v| v.as_slice());
            for &(b, nb) in list.iter().skip(pos as usize + 1).take(WINDOW) {
                if let Some(c) = count(b, &mut counts).and_then(|x| counts.get_mut(x)) {
                    c.1.items += 1;
                    c.1.weight_a += wa;
                    c.1.count_a += na;
                    c.1.count_b += nb;
                }
            }
        }
        let before = out.len();
        out.extend(
            counts
                .iter()
                .filter(|(b, c)| {
                    could_copy(a, *b as usize, c)
                        || (c.items as usize >= MIN_SHARED_ITEMS && could_order(a, *b as usize, c))
                })
                .map(|(b, _)| (a, *b as usize)),
        );
        if let Some(new) = out.get_mut(before..) {
            new.sort_unstable();
        }
    }
    out
}

/// Union-find with path halving.
struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    /// Join the sets of `a` and `b`; whether they were apart.
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        // the smaller index is the root: deterministic
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.0[hi] = lo;
        true
    }
}

/// The text of tokens `a..=b` of `doc`, white space folded.
fn span(doc: &Doc, a: u32, b: u32) -> String {
    fold(doc.span_text(a as usize, b as usize))
}

/// What `a` (the deriving article) shares with `b`, for the reader: for a copy or a rewrite the
/// sentences of `a` with the most shared shingles (in text order), then the shared names,
/// figures and quotations in `a`'s order; at most [`SHARED`].
fn evidence(kind: LinkKind, (da, a): (&Doc, &Profile), b: &Profile) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let push = |s: String, out: &mut Vec<String>| {
        if !s.is_empty() && !out.contains(&s) && out.len() < SHARED {
            out.push(s);
        }
    };
    if kind != LinkKind::Translation {
        // shared shingles per sentence of `a`
        let bset: FxHashSet<u64> = b.shingles.iter().map(|x| x.0).collect();
        let mut per_sentence: Vec<usize> = vec![0; da.sents.len()];
        for &(h, tok) in &a.shingles {
            if bset.contains(&h) {
                let s = da.sentence_index(tok as usize);
                if let Some(c) = per_sentence.get_mut(s) {
                    *c += 1;
                }
            }
        }
        let mut best: Vec<(usize, usize)> = per_sentence
            .iter()
            .enumerate()
            .filter(|(_, &c)| c >= 2)
            .map(|(s, &c)| (c, s))
            .collect();
        crate::order::sort_by(&mut best, |x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        let mut top: Vec<usize> = best.iter().take(2).map(|x| x.1).collect();
        top.sort_unstable();
        for s in top {
            push(da.evidence(s).sentence, &mut out);
        }
    }
    // the shared items, the rarest first (at most two quotations), then in `a`'s order
    let bkeys: FxHashSet<u64> = b.keys.iter().copied().collect();
    let qs = QuoteScores::new(a, b);
    let quotes: FxHashSet<usize> = matched_quotes(a, b, &qs).into_iter().map(|x| x.0).collect();
    let mut picks: Vec<(f64, usize)> = a
        .items
        .iter()
        .enumerate()
        .filter(|(_, it)| match it.kind {
            ItemKind::Quote => quotes.contains(&(it.key as usize)),
            _ => bkeys.contains(&it.key),
        })
        .map(|(k, _)| (a.weights.get(k).copied().unwrap_or(0.0), k))
        .collect();
    crate::order::sort_by(&mut picks, |x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    let mut n_quotes = 0;
    picks.retain(|&(_, k)| {
        let quote = a.items[k].kind == ItemKind::Quote;
        n_quotes += quote as usize;
        !quote || n_quotes <= 2
    });
    let mut chosen: Vec<usize> = picks.iter().map(|x| x.1).take(SHARED).collect();
    chosen.sort_unstable();
    for k in chosen {
        let it = &a.items[k];
        let s = span(da, it.first, it.last);
        let s = if it.kind == ItemKind::Quote {
            let q = s.trim_end_matches([',', '.', ';', ':']);
            let cut = text::head_chars(q, 120);
            let more = if cut.len() < q.len() { "…" } else { "" };
            format!("“{cut}{more}”")
        } else {
            s
        };
        push(s, &mut out);
    }
    out
}

/// Which of two linked articles derives from the other: the later dated, else the shorter,
/// else the later in bundle order. (`from`, `to`).
fn direction(i: usize, j: usize, docs: &[Doc], dates: &[(Option<Date>, bool)]) -> (usize, usize) {
    let d = |k: usize| dates.get(k).and_then(|x| x.0);
    let len = |k: usize| docs.get(k).map_or(0, |d| d.orig.len());
    let j_derives = match (d(i), d(j)) {
        (Some(a), Some(b)) if a != b => b > a,
        _ => len(j) <= len(i),
    };
    if j_derives {
        (j, i)
    } else {
        (i, j)
    }
}

/// Round to 3 decimals (a stable score in the JSON).
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The sources of the bundle: links between articles that derive from one another, and the
/// groups they make.
pub fn sources(b: &Bundle) -> Sources {
    let docs = &b.docs;
    let voc = Vocabulary::new(docs);
    let mut profiles: Vec<Profile> = docs.iter().map(|d| profile(d, &voc)).collect();
    weigh(&mut profiles);
    // every proposed pair compared; the links, strongest first (ties in pair order)
    let mut links: Vec<(f64, usize, usize, LinkKind)> = Vec::new();
    for (i, j) in candidates(&profiles) {
        if let Some((kind, score)) = link_kind(&compare(&profiles[i], &profiles[j], false)) {
            links.push((round3(score), i, j, kind));
        }
    }
    crate::order::sort_by(&mut links, |x, y| {
        y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2)))
    });
    // Kruskal: the links that join two groups are the groups' maximum spanning trees
    let mut dsu = Dsu((0..docs.len()).collect());
    let mut tree: Vec<(f64, usize, usize, LinkKind)> = Vec::new();
    for l in links {
        if dsu.union(l.1, l.2) {
            tree.push(l);
        }
    }
    // group ids in the order of each group's first article
    let mut id_of_root: HashMap<usize, usize> = HashMap::default();
    let mut out = Sources::default();
    for (k, doc) in docs.iter().enumerate() {
        let root = dsu.find(k);
        let g = *id_of_root.entry(root).or_insert_with(|| {
            out.groups.push(SourceGroup {
                id: format!("S{}", out.groups.len() + 1),
                articles: Vec::new(),
                links: Vec::new(),
            });
            out.groups.len() - 1
        });
        out.groups[g].articles.push(doc.id.to_string());
        out.of_article.push(out.groups[g].id.clone());
    }
    // each group's links in the order of their articles
    crate::order::sort_by_key(&mut tree, |l| (l.1, l.2));
    for (score, i, j, kind) in tree {
        let (from, to) = direction(i, j, docs, &b.dates);
        let shared = evidence(kind, (&docs[from], &profiles[from]), &profiles[to]);
        let g = id_of_root.get(&dsu.find(i)).copied().unwrap_or(0);
        if let Some(group) = out.groups.get_mut(g) {
            group.links.push(SourceLink {
                from: docs[from].id.to_string(),
                to: docs[to].id.to_string(),
                kind,
                score,
                shared,
            });
        }
    }
    out
}

/// A pair of articles (bundle indexes), its comparison — shingle containment, order, distinct
/// shared items, matched quotations, items in order — and the link it makes.
pub type PairRow = (usize, usize, [f64; 5], Option<(LinkKind, f64)>);

/// Every pair of the bundle with its comparison (shingle containment, order, distinct shared
/// items, matched quotes) and the link it makes: for tuning and tests; quadratic.
#[doc(hidden)]
pub fn pair_table(b: &Bundle) -> Vec<PairRow> {
    let voc = Vocabulary::new(&b.docs);
    let mut profiles: Vec<Profile> = b.docs.iter().map(|d| profile(d, &voc)).collect();
    weigh(&mut profiles);
    let mut out = Vec::new();
    for i in 0..profiles.len() {
        for j in i + 1..profiles.len() {
            let p = compare(&profiles[i], &profiles[j], true);
            out.push((
                i,
                j,
                [
                    p.shingles,
                    p.order,
                    p.distinct as f64,
                    p.quotes as f64,
                    p.ordered as f64,
                ],
                link_kind(&p),
            ));
        }
    }
    out
}

/// How many pairs the inverted index proposes for comparison: for measuring.
#[doc(hidden)]
pub fn candidate_count(b: &Bundle) -> usize {
    let voc = Vocabulary::new(&b.docs);
    let profiles: Vec<Profile> = b.docs.iter().map(|d| profile(d, &voc)).collect();
    candidates(&profiles).len()
}

/// Each article's items as (kind, label, key): for tuning.
#[doc(hidden)]
pub fn item_table(b: &Bundle) -> Vec<Vec<(char, String, u64)>> {
    let voc = Vocabulary::new(&b.docs);
    b.docs
        .iter()
        .map(|d| {
            let p = profile(d, &voc);
            p.items
                .iter()
                .map(|it| match it.kind {
                    ItemKind::Name => ('N', span(d, it.first, it.last), it.key),
                    ItemKind::Figure => ('F', span(d, it.first, it.last), it.key),
                    ItemKind::Quote => ('Q', span(d, it.first, it.last), it.key),
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleInput;
    use expect_test::{expect, Expect};

    fn inputs(texts: &[&str]) -> Vec<ArticleInput> {
        texts
            .iter()
            .enumerate()
            .map(|(k, t)| ArticleInput {
                id: format!("a{k}"),
                text: t.to_string(),
                ..Default::default()
            })
            .collect()
    }

    /// The items of the first text (read in a bundle with the others), one line.
    fn check_items(texts: &[&str], want: Expect) {
        let ins = inputs(texts);
        let b = crate::bundle::bundle(&ins, Vec::new());
        let t = item_table(&b);
        let line: Vec<String> = t[0].iter().map(|(k, s, _)| format!("{k}:{s}")).collect();
        want.assert_eq(&line.join(" | "));
    }

    /// How the first two texts compare, alone in a bundle.
    fn check_pair(a: &str, b: &str, want: Expect) {
        let ins = inputs(&[a, b]);
        let bundle = crate::bundle::bundle(&ins, Vec::new());
        let (_, _, v, link) = pair_table(&bundle)[0];
        let verdict = match link {
            Some((kind, score)) => format!("{} {score:.2}", crate::report::word(&kind)),
            None => "apart".into(),
        };
        want.assert_eq(&format!(
            "{verdict} (shingles {:.2}, order {:.2}, in order {})",
            v[0], v[1], v[4]
        ));
    }

    #[test]
    fn names_are_rare_capitalised_words() {
        // states, capitals, bodies, weekdays, months and titles are not names; a common word at
        // the start of a sentence is not either; a name's run is one item keyed by its last word
        check_items(
            &[
                "Russian President Vladimir Putin met Nikol Pashinyan in Moscow on Friday. \
               Officials said Putin and the United Nations envoy Carey Cavanaugh spoke in March. \
               Pashinyan flew to Gyumri and Nagorno-Karabakh.",
            ],
            expect![[
                r#"N:Vladimir Putin | N:Nikol Pashinyan | N:Carey Cavanaugh | N:Gyumri | N:Nagorno-Karabakh"#
            ]],
        );
        // a word written in lower case anywhere in the bundle is a common word
        check_items(
            &[
                "The Defence Ministry said Halenko had visited the Market.",
                "The market was closed, the defence ministry said.",
            ],
            expect![[r#"N:Halenko"#]],
        );
    }

    #[test]
    fn figures_and_quotes_are_items() {
        // figures from 10 up with the word they count (number words too), quotations of four
        // words or more; small numbers, years and dates are not items
        check_items(
            &["Fourteen people were killed and 37 wounded on 12 May 2024, and two children died. \
               \"There are no military targets near that market,\" Halenko said. \"Lies,\" he added. \
               The 1,870 civilians killed since 2022 include 6 in March."],
            expect!["F:Fourteen people | F:37 wounded | Q:There are no military targets near that market, | N:Halenko | F:1,870 civilians"],
        );
    }

    #[test]
    fn copies_rewrites_translations_and_independent_reports() {
        let wire = "A drone struck a crowded market in the southern city of Voronets on Tuesday \
            morning, killing 14 people and wounding 37, Governor Oleksandr Halenko said. Rescuers \
            were still searching the rubble of the covered market on Dniprova Street, he said. \
            \"This was a deliberate strike on civilians buying bread,\" Halenko wrote. Among the \
            dead were two children and a nurse from the city hospital. Foreign Minister Marta \
            Yevchuk called on partners to send more air defence systems to the region. Voronets \
            had about 60,000 residents before the war and lies 25 kilometres from the front line \
            on the Dnipro river. Petro Sashko, 52, a vendor, was treated for shrapnel wounds.";
        // the same with a new first sentence and the last one trimmed
        let copy = "Fourteen people died when a drone hit a market. Rescuers were still searching \
            the rubble of the covered market on Dniprova Street, he said. \"This was a deliberate \
            strike on civilians buying bread,\" Halenko wrote. Among the dead were two children \
            and a nurse from the city hospital. Foreign Minister Marta Yevchuk called on partners \
            to send more air defence systems to the region. Voronets had about 60,000 residents \
            before the war and lies 25 kilometres from the front line on the Dnipro river.";
        check_pair(
            wire,
            copy,
            expect!["copy 0.87 (shingles 0.87, order 0.78, in order 7)"],
        );
        // other words throughout, the same names, figures and quotes in the same order
        let translation = "On Tuesday morning a drone attack hit the busy market of Voronets, a \
            southern city, leaving 14 dead and 37 injured, according to governor Oleksandr \
            Halenko. Rescue workers continued to search the ruins of the market hall on Dniprova \
            Street. \"It was an intentional attack on civilians who were buying bread,\" wrote Mr \
            Halenko. Two children and a nurse of the municipal hospital are among the victims. \
            The head of diplomacy, Marta Yevchuk, asked partners for additional anti-aircraft \
            systems. Voronets, a town of 60,000 inhabitants before the war, is situated 25 \
            kilometres from the front, on the Dnipro. Petro Sashko, 52, a merchant, was cared for \
            after shrapnel injuries.";
        check_pair(
            wire,
            translation,
            expect!["translation 1.00 (shingles 0.02, order 1.00, in order 12)"],
        );
        // the same event told independently: the city, the toll, the governor and his quote
        let independent = "Fourteen people were killed when a Russian drone hit the central \
            market in Voronets on Tuesday, regional governor Oleksandr Halenko said. Thirty-seven \
            people were wounded, among them a girl of eight. \"This was a deliberate strike on \
            civilians buying bread,\" Halenko wrote on Telegram. At the hospital, chief surgeon \
            Iryna Bondar said her team had carried out 19 operations by the evening. Mayor Viktor \
            Lysak declared three days of mourning. The market, built in the 1970s, had reopened in \
            May after repairs, and traders said about 300 stalls were open that morning.";
        check_pair(
            wire,
            independent,
            expect!["apart (shingles 0.00, order 0.16, in order 3)"],
        );
    }

    #[test]
    fn groups_are_numbered_in_article_order_and_keep_a_spanning_tree() {
        let story = "Governor Oleksandr Halenko said a drone killed 14 people and wounded 37 at \
            the covered market on Dniprova Street in Voronets on Tuesday morning. Foreign \
            Minister Marta Yevchuk called on partners to send more air defence systems to protect \
            the city. Petro Sashko, 52, a vendor, was treated for shrapnel wounds at the scene \
            and said his neighbour's stall had been destroyed in the blast.";
        let other = "Kateryna Moroz of the Centre for Civil Liberties said her group had recorded \
            more than 40 attacks on markets since the invasion began, and that the pattern was \
            the same in every region: markets, bus stops and other places where people queue.";
        // a0 alone, a1 a2 a3 the same story: one group of three with two links
        let ins = inputs(&[other, story, story, story]);
        let b = crate::bundle::bundle(&ins, Vec::new());
        let s = sources(&b);
        assert_eq!(s.of_article, ["S1", "S2", "S2", "S2"]);
        assert_eq!(s.groups.len(), 2);
        assert_eq!(s.groups[1].articles, ["a1", "a2", "a3"]);
        let links: Vec<String> = s.groups[1]
            .links
            .iter()
            .map(|l| format!("{}->{} {:?} {}", l.from, l.to, l.kind, l.score))
            .collect();
        // equal texts: the later id derives from the earlier
        assert_eq!(links, ["a2->a1 Copy 1", "a3->a1 Copy 1"]);
        assert!(s.groups[1].links.iter().all(|l| !l.shared.is_empty()));
        assert!(s.groups[0].links.is_empty());
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in [
            "",
            "\"",
            "“unclosed quote with many words in it and no end",
            "„Zitat“ — «citation» — 🕊 ‘quoted’ 1,000,000,000,000,000,000,000 dead",
            "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
        ] {
            let ins = inputs(&[t, t, "x"]);
            let b = crate::bundle::bundle(&ins, Vec::new());
            let s = sources(&b);
            assert_eq!(s.of_article.len(), 3);
        }
    }
}
