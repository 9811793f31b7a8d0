//! The data the core reads by: the country gazetteer, international bodies, and word lists.
//!
//! Takes: the data files under `data/` (embedded at compile time): `countries.tsv` (generated
//! from the npm `world-countries` data set, ODbL-1.0), `aliases.tsv` (English news forms it
//! lacks), `organisations.tsv` and `words.tsv` (hand-kept, MIT).
//! Gives: [`Lexicon`]: phrase tables keyed by first normalised token (and, for phrases of more
//! than one, by their first two), so that every recogniser finds the longest phrase at a token
//! in one or two hash lookups; [`Gaz`] entries for states (name,
//! adjective, capital) and organisations.
//! Invariants: built once per process (lazily); phrases are tokenised with the same tokeniser as
//! the text, so matching is token-exact; all-caps abbreviations (UN, US, CAR) match only in
//! capitals, and every gazetteer phrase needs a capital first letter in the text.

use crate::tokens::{tokenize, Tokens};
use std::sync::OnceLock;
/// FxHash (the rustc hasher, crate `rustc-hash`): much faster than SipHash for the short keys
/// looked up on every token; the keys are our own data, so flooding resistance is not needed.
pub type HashMap<K, V> = rustc_hash::FxHashMap<K, V>;

// the files of data/ without their comment and blank lines (written by build.rs)
const COUNTRIES: &str = include_str!(concat!(env!("OUT_DIR"), "/countries.tsv"));
const ALIASES: &str = include_str!(concat!(env!("OUT_DIR"), "/aliases.tsv"));
const ORGANISATIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/organisations.tsv"));
const WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/words.tsv"));

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GazKind {
    /// A state's name: "Armenia", "the United States".
    Name,
    /// A state's adjective or demonym: "Armenian", "Azeri".
    Adjective,
    /// A state's capital, which news uses for its government: "Baku", "Moscow".
    Capital,
    /// An international body: "OSCE", "Red Cross".
    Org,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gaz {
    pub id: String,
    pub kind: GazKind,
    /// Match only when the text has exactly these capitals (abbreviations such as "US").
    pub exact_case: Option<String>,
}

/// A phrase: its tokens after the first (as word ids), and what it stands for.
#[derive(Debug, Clone)]
struct Phrase<T> {
    rest: Vec<u32>,
    value: T,
}

/// A first word's phrases of more than one token are compared one by one up to this many, and
/// looked up by their second word beyond.
const SCAN: usize = 8;

/// The id of a normalised word no phrase of the lexicon holds.
pub const NO_WORD: u32 = u32::MAX;

/// Every word of every phrase, interned: a token is looked up once ([`Tokens::fill_masks`]) and
/// phrases are matched by comparing ids.
#[derive(Debug, Clone, Default)]
struct Vocab {
    ids: HashMap<String, u32>,
}

impl Vocab {
    fn intern(&mut self, w: &str) -> u32 {
        let n = self.ids.len() as u32;
        *self.ids.entry(w.to_string()).or_insert(n)
    }
}

/// Phrases keyed by the id of their first normalised token, longest first; when one word starts
/// more than [`SCAN`] phrases of more than one token, those also by their first two, so that a
/// common first word ("the" of "the United States", "the Czech Republic", …) costs one more
/// look-up, not a scan of its phrases.
#[derive(Debug, Clone)]
pub struct PhraseTable<T> {
    map: HashMap<u32, Vec<Phrase<T>>>,
    /// (first id, second id) → the indexes, ascending, of the phrases of `map[first]` that go
    /// on with that word, for the first words of more than [`SCAN`] such phrases (filled by
    /// [`PhraseTable::finish`]).
    by_two: HashMap<(u32, u32), Vec<u32>>,
}

impl<T: Clone> PhraseTable<T> {
    fn new() -> Self {
        PhraseTable {
            map: HashMap::default(),
            by_two: HashMap::default(),
        }
    }

    fn insert(&mut self, vocab: &mut Vocab, phrase: &str, value: T) {
        let t = tokenize(phrase);
        let norms: Vec<&str> = (0..t.len()).map(|i| t.norm(i)).collect();
        self.insert_norms(vocab, &norms, value);
    }

    /// Insert a phrase given as its normalised tokens.
    fn insert_norms(&mut self, vocab: &mut Vocab, norms: &[&str], value: T) {
        let Some((first, rest)) = norms.split_first() else {
            return;
        };
        let first = vocab.intern(first);
        let rest: Vec<u32> = rest.iter().map(|w| vocab.intern(w)).collect();
        self.map
            .entry(first)
            .or_default()
            .push(Phrase { rest, value });
    }

    /// Order each first word's phrases longest first (a stable sort: of two phrases of one
    /// length, the one inserted first comes first) and index them by their first two words.
    fn finish(&mut self) {
        self.by_two.clear();
        for (&first, v) in self.map.iter_mut() {
            crate::order::sort_by_key(v, |b| std::cmp::Reverse(b.rest.len()));
            if v.iter().filter(|p| !p.rest.is_empty()).count() <= SCAN {
                continue;
            }
            for (k, p) in v.iter().enumerate() {
                if let Some(&second) = p.rest.first() {
                    self.by_two
                        .entry((first, second))
                        .or_default()
                        .push(k as u32);
                }
            }
        }
    }

    /// All phrases matching at token `i` (not past `end`), longest first: (token count, value).
    pub fn matches<'a>(
        &'a self,
        t: &'a Tokens,
        i: usize,
        end: usize,
    ) -> impl Iterator<Item = (usize, &'a T)> + 'a {
        let first = t.id(i);
        let all: &[Phrase<T>] = if first == NO_WORD {
            &[]
        } else {
            self.map.get(&first).map_or(&[], |v| v.as_slice())
        };
        // the phrases of one word come last (longest first); before them, only those going on
        // with the next token's word can match
        let single = all.partition_point(|p| !p.rest.is_empty());
        // a few are compared one by one, many looked up by the next word
        let (scan, longer): (&[Phrase<T>], &[u32]) = if single == 0 || i + 1 >= end {
            (&[], &[])
        } else if single <= SCAN {
            (all.get(..single).unwrap_or(&[]), &[])
        } else {
            // (past a quotation mark, as `match_rest` passes it: "its patience \"has limits\"")
            let j = if i + 2 < end && t.is_quote_mark(i + 1) {
                i + 2
            } else {
                i + 1
            };
            let next = self.by_two.get(&(first, t.id(j)));
            (&[], next.map_or(&[], |v| v.as_slice()))
        };
        scan.iter()
            .chain(longer.iter().filter_map(move |&k| all.get(k as usize)))
            .chain(all.get(single..).unwrap_or(&[]))
            .filter_map(move |p| match_rest(t, i + 1, end, &p.rest).map(|n| (n - i, &p.value)))
    }

    /// The longest phrase at token `i`: its token count (quotation marks passed inside it
    /// included).
    pub fn longest(&self, t: &Tokens, i: usize, end: usize) -> Option<usize> {
        self.matches(t, i, end).next().map(|(n, _)| n)
    }
}

/// Match the words `rest` from token `j` on (not past `end`): the index one past the last token
/// matched. A quotation mark between two words is passed ("an \"immediate cessation\" of
/// hostilities", "threatened 'franchise' attacks"): scare quotes do not end a phrase. The phrase's
/// own first and last words are never a mark, so a match neither starts nor ends on one.
fn match_rest(t: &Tokens, mut j: usize, end: usize, rest: &[u32]) -> Option<usize> {
    for &w in rest {
        if j < end && t.id(j) != w && t.is_quote_mark(j) {
            j += 1;
        }
        if j >= end || t.id(j) != w {
            return None;
        }
        j += 1;
    }
    Some(j)
}

#[derive(Debug, Clone)]
pub struct StateInfo {
    pub id: String,
    pub name: String,
    pub names: Vec<String>,
    pub adjectives: Vec<String>,
    pub capitals: Vec<String>,
}

/// Everything the recognisers look up.
pub struct Lexicon {
    pub gaz: PhraseTable<Gaz>,
    pub states: HashMap<String, StateInfo>,
    pub orgs: HashMap<String, String>,
    /// Organisation ids that are non-state armed groups (KIND `armed_group`).
    pub armed: rustc_hash::FxHashSet<String>,
    /// Each category's phrase table, indexed by [`Cat`].
    words: Vec<PhraseTable<()>>,
    /// Word → its id: every word of a phrase of the lexicon, those of up to 15 bytes packed in
    /// an integer ([`pack`]: hashed and compared in a few instructions, not byte by byte)…
    short_ids: ShortIds,
    /// …and the longer ones.
    long_ids: HashMap<String, u32>,
    /// Per word id: (categories with a phrase starting with it, categories holding it alone).
    /// (Two tables, so that a test of one kind reads only the masks of that kind.)
    starts_by_id: Vec<CatSet>,
    alone_by_id: Vec<CatSet>,
    /// Every category's entries as written (lower case), for matchers that read raw lines.
    raw: Vec<Vec<String>>,
}

include!(concat!(env!("OUT_DIR"), "/cats.rs"));

impl Cat {
    /// The category named `name` in the data file.
    pub fn from_name(name: &str) -> Option<Cat> {
        Cat::ALL.iter().copied().find(|c| c.name() == name)
    }
}

/// A way to name a category: the typed [`Cat`], so a rule cannot name one the data lacks.
pub trait CatKey: Copy {
    fn cat(self) -> Option<Cat>;
}

impl CatKey for Cat {
    fn cat(self) -> Option<Cat> {
        Some(self)
    }
}

impl CatKey for &Cat {
    fn cat(self) -> Option<Cat> {
        Some(*self)
    }
}

/// A set of word categories (one bit each): which categories a word starts a phrase of, or is
/// a one-word entry of.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CatSet([u64; 7]);

impl CatSet {
    pub const CAPACITY: usize = 448;

    pub fn set(&mut self, bit: u16) {
        if let Some(w) = self.0.get_mut(bit as usize / 64) {
            *w |= 1 << (bit % 64);
        }
    }

    pub fn has(&self, bit: u16) -> bool {
        self.0
            .get(bit as usize / 64)
            .is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }
}

impl Lexicon {
    /// The id of a normalised word ([`NO_WORD`] when no phrase holds it).
    #[inline]
    pub fn id(&self, w: &str) -> u32 {
        match pack(w) {
            Some(k) => self.short_ids.get(k),
            None => self.long_ids.get(w).copied().unwrap_or(NO_WORD),
        }
    }

    /// The category masks of word id `id`: (starts a phrase of, is a one-word entry of); none
    /// for [`NO_WORD`].
    fn of_id(&self, id: u32) -> Option<(CatSet, CatSet)> {
        Some((
            *self.starts_by_id.get(id as usize)?,
            *self.alone_by_id.get(id as usize)?,
        ))
    }

    /// The category masks of a normalised word: (starts a phrase of, is a one-word entry of).
    pub fn masks(&self, w: &str) -> (CatSet, CatSet) {
        self.of_id(self.id(w)).unwrap_or_default()
    }

    /// The category masks and the word id of a normalised word ([`NO_WORD`] when no phrase
    /// holds it).
    pub fn word(&self, w: &str) -> (CatSet, CatSet, u32) {
        let id = self.id(w);
        let m = self.of_id(id).unwrap_or_default();
        (m.0, m.1, id)
    }

    /// Whether a phrase of `category` starts at token `i`; its length in tokens. Uses the
    /// tokens' word ids (see [`Tokens::fill_masks`]) to answer most tokens with a bit test.
    pub fn at(&self, category: impl CatKey, t: &Tokens, i: usize, end: usize) -> Option<usize> {
        let c = category.cat()?;
        if let Some(id) = t.filled_id(i) {
            if !self
                .starts_by_id
                .get(id as usize)
                .is_some_and(|m| m.has(c as u16))
            {
                return None;
            }
        }
        self.words
            .get(c as usize)
            .and_then(|p| p.longest(t, i, end))
    }

    /// Whether token `i` alone is an entry of `category` (through the tokens' word ids).
    pub fn has_tok(&self, category: impl CatKey, t: &Tokens, i: usize) -> bool {
        match (t.filled_id(i), category.cat()) {
            (_, None) => false,
            (Some(id), Some(c)) => self
                .alone_by_id
                .get(id as usize)
                .is_some_and(|m| m.has(c as u16)),
            (None, Some(c)) => self.has(c, t.norm(i)),
        }
    }

    /// Whether the single normalised word `w` is in `category`.
    pub fn has(&self, category: impl CatKey, w: &str) -> bool {
        // the one-word entries of every category are in the word's masks: one look-up
        category.cat().is_some_and(|c| {
            self.alone_by_id
                .get(self.id(w) as usize)
                .is_some_and(|m| m.has(c as u16))
        })
    }

    /// The first token index in `from..to` where a phrase of `category` starts, with its length.
    pub fn find(
        &self,
        category: impl CatKey,
        t: &Tokens,
        from: usize,
        to: usize,
    ) -> Option<(usize, usize)> {
        (from..to).find_map(|i| self.at(category, t, i, to).map(|n| (i, n)))
    }

    /// Whether the phrase at `i` is denied by a negation among the two words before it (from
    /// `from` on): "no major violations", "not a provocation", "without violations".
    pub fn negated(&self, t: &Tokens, from: usize, i: usize) -> bool {
        (i.saturating_sub(2).max(from)..i).any(|k| self.has_tok(Cat::Negation, t, k))
    }

    /// The first phrase of `category` in `from..to` that no negation before it denies
    /// ([`Lexicon::negated`]).
    pub fn find_asserted(
        &self,
        category: impl CatKey,
        t: &Tokens,
        from: usize,
        to: usize,
    ) -> Option<(usize, usize)> {
        let mut k = from;
        while let Some((i, n)) = self.find(category, t, k, to) {
            if !self.negated(t, from, i) {
                return Some((i, n));
            }
            k = i + 1;
        }
        None
    }

    /// The first phrase of `category` in `from..to` whose start `keep` accepts; the search goes
    /// on past the whole of a phrase refused (no phrase inside it is tried).
    pub fn find_where(
        &self,
        category: impl CatKey,
        t: &Tokens,
        from: usize,
        to: usize,
        mut keep: impl FnMut(usize) -> bool,
    ) -> Option<(usize, usize)> {
        let mut k = from;
        while let Some((i, n)) = self.find(category, t, k, to) {
            if keep(i) {
                return Some((i, n));
            }
            k = i + n;
        }
        None
    }

    /// The entries of `category` as written in the data file (lower case).
    pub fn entries(&self, category: impl CatKey) -> &[String] {
        category
            .cat()
            .and_then(|c| self.raw.get(c as usize))
            .map(|v| v.as_slice())
            .unwrap_or(&[])
    }

    /// A display name for an actor id.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.states
            .get(id)
            .map(|s| s.name.as_str())
            .or_else(|| self.orgs.get(id).map(|s| s.as_str()))
    }
}

fn data_lines(s: &str) -> impl Iterator<Item = Vec<&str>> {
    s.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

fn split_bar(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

/// Names in the data that are ordinary English words or fragments and would match wrongly.
const STOP_NAMES: &[&str] = &[
    "Island",
    "Man",
    "Mann",
    "Prathet",
    "the Abode of Peace",
    "Thai",
    "Togolese",
    "Holland",
];

fn is_abbreviation(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase())
}

/// The other spellings of a hyphenated entry that writers use: "de-escalate" is also written
/// "de escalate" and "deescalate", "passer-by" "passer by" and "passerby". Only a hyphen between
/// two letters counts ("-led" stays a suffix). Empty when the entry has no such hyphen.
fn hyphen_variants(w: &str) -> Vec<String> {
    let b = w.as_bytes();
    let inner = |k: usize| {
        b[k] == b'-'
            && k > 0
            && k + 1 < b.len()
            && b[k - 1].is_ascii_alphabetic()
            && b[k + 1].is_ascii_alphabetic()
    };
    if !(0..b.len()).any(inner) {
        return Vec::new();
    }
    let with = |sep: &str| -> String {
        let mut out = String::with_capacity(w.len());
        for (k, ch) in w.char_indices() {
            if inner(k) {
                out.push_str(sep);
            } else {
                out.push(ch);
            }
        }
        out
    };
    vec![with(" "), with("")]
}

/// The normalised tokens of an entry of `words.tsv`, read as the text writes it: an entry that
/// opens with an apostrophe is a clitic the text glues to the word before ("'s" of "Russia's"),
/// so it is read after a word, as the one token the text gives it (alone, "'s" would read as a
/// quotation mark and "s").
fn entry_norms(w: &str) -> Vec<String> {
    let clitic = w.starts_with(['\'', '\u{2019}']);
    let t = if clitic {
        tokenize(&format!("x{w}"))
    } else {
        tokenize(w)
    };
    (usize::from(clitic)..t.len())
        .map(|i| t.norm(i).to_string())
        .collect()
}

fn build() -> Lexicon {
    let mut states: HashMap<String, StateInfo> = HashMap::default();
    let mut order: Vec<String> = Vec::new();
    for cols in data_lines(COUNTRIES) {
        if cols.len() < 5 {
            continue;
        }
        let id = cols[0].to_string();
        order.push(id.clone());
        states.insert(
            id.clone(),
            StateInfo {
                id,
                name: cols[1].to_string(),
                names: split_bar(cols[2]).map(String::from).collect(),
                adjectives: split_bar(cols[3]).map(String::from).collect(),
                capitals: split_bar(cols[4]).map(String::from).collect(),
            },
        );
    }
    // forms the aliases list for a state win over the same form of another state in the data
    // ("American" is also a demonym of the Northern Mariana Islands)
    let mut preferred: Vec<(String, String, GazKind)> = Vec::new();
    for cols in data_lines(ALIASES) {
        let Some(st) = states.get_mut(cols[0]) else {
            continue;
        };
        let col = |k: usize| cols.get(k).copied().unwrap_or("");
        for (k, kind) in [
            (2, GazKind::Name),
            (3, GazKind::Adjective),
            (4, GazKind::Capital),
        ] {
            preferred.extend(split_bar(col(k)).map(|p| (p.to_string(), cols[0].to_string(), kind)));
        }
        if !col(1).is_empty() {
            st.name = col(1).to_string();
        }
        st.names.extend(split_bar(col(2)).map(String::from));
        st.adjectives.extend(split_bar(col(3)).map(String::from));
        st.capitals.extend(split_bar(col(4)).map(String::from));
    }
    let mut gaz = PhraseTable::new();
    let mut vocab = Vocab::default();
    let mut add = |gaz: &mut PhraseTable<Gaz>, phrase: &str, id: &str, kind: GazKind| {
        if STOP_NAMES.contains(&phrase) {
            return;
        }
        let exact_case = is_abbreviation(phrase).then(|| phrase.to_string());
        gaz.insert(
            &mut vocab,
            phrase,
            Gaz {
                id: id.to_string(),
                kind,
                exact_case: exact_case.clone(),
            },
        );
        // "the United States", "the Russian Federation"
        if exact_case.is_none() && phrase.contains(' ') {
            gaz.insert(
                &mut vocab,
                &format!("the {phrase}"),
                Gaz {
                    id: id.to_string(),
                    kind,
                    exact_case: None,
                },
            );
        }
    };
    for (phrase, id, kind) in &preferred {
        add(&mut gaz, phrase, id, *kind);
    }
    for id in &order {
        let st = &states[id];
        for n in &st.names {
            add(&mut gaz, n, id, GazKind::Name);
        }
        for a in &st.adjectives {
            add(&mut gaz, a, id, GazKind::Adjective);
            // plural demonyms: "Armenians"
            if !a.ends_with('s') && !a.ends_with("ese") && !a.ends_with("sh") && !a.ends_with("ch")
            {
                add(&mut gaz, &format!("{a}s"), id, GazKind::Adjective);
            }
        }
        for c in &st.capitals {
            add(&mut gaz, c, id, GazKind::Capital);
        }
    }
    let mut orgs = HashMap::default();
    let mut armed = rustc_hash::FxHashSet::default();
    for cols in data_lines(ORGANISATIONS) {
        if cols.len() < 4 {
            continue;
        }
        orgs.insert(cols[0].to_string(), cols[2].to_string());
        if cols[1] == "armed_group" {
            armed.insert(cols[0].to_string());
        }
        for n in split_bar(cols[3]) {
            add(&mut gaz, n, cols[0], GazKind::Org);
        }
    }
    const _: () = assert!(
        Cat::ALL.len() <= CatSet::CAPACITY,
        "too many word categories for CatSet"
    );
    let mut words: Vec<PhraseTable<()>> = Cat::ALL.iter().map(|_| PhraseTable::new()).collect();
    let mut raw: Vec<Vec<String>> = vec![Vec::new(); Cat::ALL.len()];
    let mut masks: HashMap<String, (CatSet, CatSet)> = HashMap::default();
    for cols in data_lines(WORDS) {
        // build.rs made one `Cat` per category name of this same file
        let Some(cat) = cols.first().and_then(|n| Cat::from_name(n)) else {
            continue;
        };
        let Some(list) = cols.get(1) else { continue };
        let bit = cat as u16;
        raw[cat as usize].extend(split_bar(list).map(String::from));
        let entries: Vec<&str> = split_bar(list).collect();
        let variants: Vec<String> = entries
            .iter()
            .flat_map(|w| hyphen_variants(w))
            .filter(|v| !entries.contains(&v.as_str()))
            .collect();
        for w in entries
            .iter()
            .copied()
            .chain(variants.iter().map(String::as_str))
        {
            let norms = entry_norms(w);
            let norms: Vec<&str> = norms.iter().map(String::as_str).collect();
            words[cat as usize].insert_norms(&mut vocab, &norms, ());
            let Some(first) = norms.first() else {
                continue;
            };
            let m = masks.entry(first.to_string()).or_default();
            m.0.set(bit);
            if norms.len() == 1 {
                m.1.set(bit);
            }
        }
    }
    gaz.finish();
    for w in &mut words {
        w.finish();
    }
    // every word of a phrase, with its masks (the first words of categories' phrases have some)
    let mut starts_by_id = vec![CatSet::default(); vocab.ids.len()];
    let mut alone_by_id = vec![CatSet::default(); vocab.ids.len()];
    for (w, &id) in &vocab.ids {
        if let (Some(m), Some(starts), Some(alone)) = (
            masks.get(w),
            starts_by_id.get_mut(id as usize),
            alone_by_id.get_mut(id as usize),
        ) {
            (*starts, *alone) = *m;
        }
    }
    let (mut short, mut long_ids) = (Vec::new(), HashMap::default());
    for (w, id) in vocab.ids {
        match pack(&w) {
            Some(k) => short.push((k, id)),
            None => {
                long_ids.insert(w, id);
            }
        }
    }
    let short_ids = ShortIds::new(&short);
    Lexicon {
        gaz,
        states,
        orgs,
        armed,
        words,
        short_ids,
        long_ids,
        starts_by_id,
        alone_by_id,
        raw,
    }
}

/// Packed word ([`pack`]) → id: an open-addressed table, linear probing, at most a quarter
/// full, so that a look-up (on every token, and for every word a rule tests by its text) is a
/// multiply, a shift and one or two compares in a slot or two of one cache line, not a general
/// hash map's probe.
#[derive(Debug, Clone)]
struct ShortIds {
    /// Per slot: the packed word ([`EMPTY`] for none) and its id.
    slots: Vec<(u128, u32)>,
    /// 64 − log2 of the slot count.
    shift: u32,
}

/// The key of an empty slot of [`ShortIds`]: no packed word (its length byte would be 255).
const EMPTY: u128 = u128::MAX;

impl ShortIds {
    fn new(words: &[(u128, u32)]) -> Self {
        let bits = (words.len().max(1) * 4)
            .next_power_of_two()
            .trailing_zeros();
        let mut t = ShortIds {
            slots: vec![(EMPTY, NO_WORD); 1 << bits],
            shift: 64 - bits,
        };
        let mask = t.slots.len() - 1;
        for &(k, id) in words {
            let mut at = t.home(k);
            while t.slots[at].0 != EMPTY && t.slots[at].0 != k {
                at = (at + 1) & mask;
            }
            t.slots[at] = (k, id);
        }
        t
    }

    #[inline]
    fn home(&self, k: u128) -> usize {
        let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
        (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, k: u128) -> u32 {
        let mask = self.slots.len() - 1;
        let mut at = self.home(k);
        // at most a quarter full: an empty slot ends every probe
        while let Some(&(key, id)) = self.slots.get(at) {
            if key == k {
                return id;
            }
            if key == EMPTY {
                return NO_WORD;
            }
            at = (at + 1) & mask;
        }
        NO_WORD
    }
}

/// A word of up to 15 bytes as one integer: its bytes, then zeros, its length in the last byte
/// (two words pack alike only when they are the same). Read in whole words (overlapping where
/// the length is odd), not copied byte by byte into a buffer read back.
#[inline]
fn pack(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    let n = b.len();
    if n > 15 {
        return None;
    }
    let lo = if n >= 8 { le(b, 0, 8) } else { le(b, 0, n) };
    let hi = if n > 8 { le(b, 8, n - 8) } else { 0 };
    Some(lo as u128 | (hi as u128) << 64 | (n as u128) << 120)
}

/// The `n` (at most 8) bytes of `b` from `at`, little-endian, with zeros above.
fn le(b: &[u8], at: usize, n: usize) -> u64 {
    let byte = |k: usize| b.get(at + k).copied().unwrap_or(0) as u64;
    let four = |k: usize| {
        b.get(at + k..at + k + 4)
            .and_then(|x| <[u8; 4]>::try_from(x).ok())
            .map_or(0, |x| u32::from_le_bytes(x) as u64)
    };
    match n {
        0 => 0,
        1..=3 => byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1)),
        4..=7 => four(0) | four(n - 4) << (8 * (n - 4)),
        _ => b
            .get(at..at + 8)
            .and_then(|x| <[u8; 8]>::try_from(x).ok())
            .map_or(0, u64::from_le_bytes),
    }
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

/// Whether `w` (normalised) is a noun for people that a figure can count.
pub fn is_person_noun(w: &str) -> bool {
    let l = lexicon();
    l.has(Cat::Civilians, w)
        || l.has(Cat::Military, w)
        || l.has(Cat::UnspecifiedPeople, w)
        || l.has(Cat::KillNoun, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack_is_the_bytes_then_the_length() {
        for w in [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "ab'cdéfghijkl",
        ] {
            let mut buf = [0u8; 16];
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf[15] = w.len() as u8;
            assert_eq!(pack(w), Some(u128::from_le_bytes(buf)), "{w}");
        }
        assert_eq!(pack("abcdefghijklmnop"), None);
    }

    #[test]
    fn a_hyphenated_entry_also_matches_spaced_and_joined() {
        assert_eq!(
            hyphen_variants("de-escalate"),
            vec!["de escalate".to_string(), "deescalate".to_string()]
        );
        assert_eq!(
            hyphen_variants("under-secretary-general"),
            vec![
                "under secretary general".to_string(),
                "undersecretarygeneral".to_string()
            ]
        );
        // a hyphen that is no joint between two words stays
        assert!(hyphen_variants("-led").is_empty());
        assert!(hyphen_variants("truce").is_empty());
        let l = lexicon();
        for text in ["de-escalate now", "de escalate now", "deescalate now"] {
            let t = tokenize(text);
            assert!(
                l.at(Cat::CeasefireObject, &t, 0, t.len()).is_some(),
                "{text}"
            );
        }
    }

    #[test]
    fn scare_quotes_inside_a_phrase_do_not_end_it() {
        let l = lexicon();
        let span = |text: &str| {
            let t = tokenize(text);
            let i = (0..t.len()).find(|&i| t.norm(i) == "cessation")?;
            let n = l.at(Cat::TruceNoun, &t, i, t.len())?;
            Some(t.norm(i + n - 1).to_string())
        };
        for text in [
            "an immediate cessation of hostilities",
            "an \"immediate cessation\" of hostilities",
            "an “immediate cessation” of hostilities",
            "an 'immediate cessation' of hostilities",
            "a cessation \"of hostilities\"",
        ] {
            assert_eq!(span(text).as_deref(), Some("hostilities"), "{text}");
        }
        // one mark between two words, not two, and no other punctuation
        assert_eq!(span("the cessation\" \"of hostilities"), None);
        assert_eq!(span("the cessation, of hostilities"), None);
        let t = tokenize("The group has threatened 'franchise' attacks.");
        let i = (0..t.len())
            .find(|&i| t.norm(i) == "threatened")
            .unwrap_or(0);
        assert!(l.at(Cat::ThreatVerb, &t, i, t.len()).is_some());
    }

    /// Every category of the data file is read by some rule (by its `Cat`); a name a rule uses
    /// that the data lacks does not compile.
    #[test]
    fn every_category_is_used_and_every_used_name_exists() {
        let mut src = String::new();
        let mut dirs = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    src += &std::fs::read_to_string(&p).unwrap();
                }
            }
        }
        let camel = |n: &str| {
            n.split('_')
                .flat_map(|p| {
                    let mut cs = p.chars();
                    cs.next()
                        .map(|c| c.to_ascii_uppercase())
                        .into_iter()
                        .chain(cs)
                })
                .collect::<String>()
        };
        let unused: Vec<&str> = Cat::ALL
            .iter()
            .map(|c| c.name())
            .filter(|n| {
                !src.contains(&format!("Cat::{}", camel(n))) && !src.contains(&format!("\"{n}\""))
            })
            .collect();
        assert!(unused.is_empty(), "categories no rule reads: {unused:?}");
        for (i, c) in Cat::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i);
            assert_eq!(Cat::from_name(c.name()), Some(*c));
        }
        assert_eq!(Cat::from_name("no_such_category"), None);
        // a category the data lacks cannot be named: `Cat` has no variant for it
    }

    #[test]
    fn a_demonym_two_states_share_goes_to_the_one_news_means() {
        let l = lexicon();
        for (form, id) in [
            ("French", "FRA"),
            ("American", "USA"),
            ("Dutch", "NLD"),
            ("Indian", "IND"),
        ] {
            let t = tokenize(form);
            let got = l
                .gaz
                .matches(&t, 0, t.len())
                .next()
                .map(|(_, g)| g.id.clone());
            assert_eq!(got.as_deref(), Some(id), "{form}");
        }
    }

    #[test]
    fn gazetteer_has_states_capitals_adjectives() {
        let l = lexicon();
        let t = tokenize("Armenian troops entered Baku and the United States");
        let g = |i| {
            l.gaz
                .matches(&t, i, t.len())
                .next()
                .map(|(n, g)| (n, g.id.clone(), g.kind))
        };
        assert_eq!(g(0), Some((1, "ARM".into(), GazKind::Adjective)));
        assert_eq!(g(3), Some((1, "AZE".into(), GazKind::Capital)));
        assert_eq!(g(5), Some((3, "USA".into(), GazKind::Name)));
        assert!(l.states.len() > 240);
    }

    #[test]
    fn a_clitic_entry_is_the_token_the_text_gives_it() {
        // "'s" alone would read as a quotation mark and "s"; glued to a word it is one token
        assert_eq!(entry_norms("'s"), vec!["'s".to_string()]);
        assert_eq!(
            entry_norms("the day"),
            vec!["the".to_string(), "day".to_string()]
        );
        let l = lexicon();
        let t = tokenize("Russia's army and the rebels' leader");
        assert!(l.has_tok(Cat::PossessiveClitic, &t, 1));
        assert!(l.has_tok(Cat::PossessiveClitic, &t, 6));
        assert!(!l.has_tok(Cat::PossessiveClitic, &t, 2));
    }

    #[test]
    fn words_lookup() {
        let l = lexicon();
        let t = tokenize("the truces have all quickly fallen apart");
        assert_eq!(l.find(Cat::ClaimCollapsed, &t, 0, t.len()), Some((4, 3)));
        assert!(l.has(Cat::TruceNoun, "truces"));
        assert!(is_person_noun("civilians"));
        assert!(!is_person_noun("districts"));
    }
}
