//! Stage 3 — numbers.
//!
//! Takes: the tokens of a sentence.
//! Gives: [`Quantity`]s: digits with separators ("1,250", "2.5 million"), number words ("five",
//! "a thousand", "two dozen", "twenty-five"), vague quantities ("several", "dozens", "tens of
//! thousands") with the guide's low/high, and the qualifier before them ("more than", "at
//! least", "some", "nearly", "as many as", …). Each quantity gets a [`Role`]: only
//! [`Role::Count`] can ever be a head count.
//! Invariants: a year, decade, year span, date, clock time, duration, distance, area,
//! percentage, age, sum of money or ordinal is never `Role::Count`; a qualifier binds only to the
//! number right after it; quantities do not overlap.

use crate::lexicon::{lexicon, Cat};
use crate::report::Qualifier;
use crate::tokens::{TokKind, Tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Count,
    Year,
    Decade,
    YearSpan,
    Date,
    Time,
    Duration,
    Measure,
    Percent,
    Money,
    Age,
    Ordinal,
    /// Digits glued to letters: a name or code ("M23", "Su-25"), not a number of anything.
    Code,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity {
    /// First token (the qualifier's, when there is one) and last token, inclusive.
    pub first: usize,
    pub last: usize,
    /// First token of the number itself (after the qualifier).
    pub num_first: usize,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub qualifier: Qualifier,
    pub role: Role,
}

pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

pub fn month(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

const UNITS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

const ORDINALS: &[(&str, u64)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
];

const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
];

/// Vague quantities: (words, low, high).
const VAGUE: &[(&[&str], u64, u64)] = &[
    (&["hundreds", "of", "thousands"], 200_000, 999_999),
    (&["tens", "of", "thousands"], 20_000, 99_999),
    (&["several", "thousand"], 3000, 9999),
    (&["several", "hundred"], 300, 999),
    (&["several", "dozen"], 36, 108),
    (&["a", "few", "hundred"], 200, 500),
    (&["a", "few", "thousand"], 2000, 5000),
    (&["a", "few", "dozen"], 24, 60),
    (&["a", "handful", "of"], 2, 5),
    (&["a", "few"], 2, 5),
    (&["several"], 3, 9),
    (&["dozens"], 24, 99),
    (&["scores"], 40, 99),
    (&["hundreds"], 200, 999),
    (&["thousands"], 2000, 9999),
    (&["millions"], 2_000_000, 9_999_999),
];

/// Qualifiers by what they say of the number after them (the phrases are the lexicon's).
const QUALIFIERS: [(Cat, Qualifier); 3] = [
    (Cat::QualifierAtLeast, Qualifier::AtLeast),
    (Cat::QualifierMoreThan, Qualifier::MoreThan),
    (Cat::QualifierApprox, Qualifier::Approx),
];

fn parse_digits(s: &str) -> Option<(u64, bool)> {
    // returns (integer value, had a decimal part)
    let clean: String = s.chars().filter(|c| *c != ',').collect();
    if let Some((a, b)) = clean.split_once('.') {
        let whole: u64 = a.parse().ok()?;
        let frac = format!("0.{b}").parse::<f64>().ok()?;
        return Some((whole, frac > 0.0));
    }
    clean.parse().ok().map(|v| (v, false))
}

fn parse_decimal(s: &str) -> Option<f64> {
    s.replace(',', "").parse().ok()
}

/// The value of a number word from "zero" to "ninety" ("five" → 5).
pub(crate) fn unit_word(w: &str) -> Option<u64> {
    UNITS.iter().find(|(u, _)| *u == w).map(|(_, v)| *v)
}

/// A spelled-out number starting at token `i`: "five", "twenty-five", "a thousand", "two
/// dozen", "three hundred", "one hundred and twenty". Returns (value, last token).
fn word_number(t: &Tokens, i: usize, end: usize) -> Option<(u64, usize)> {
    let w = t.norm(i);
    // "half a million", "half a dozen"
    let l = lexicon();
    if l.has(Cat::HalfWord, w) && i + 2 < end && l.has_tok(Cat::IndefiniteArticle, t, i + 1) {
        let n = t.norm(i + 2);
        if let Some((_, s)) = SCALES.iter().find(|(s, _)| *s == n) {
            return Some((*s / 2, i + 2));
        }
        if l.has(Cat::DozenWord, n) {
            return Some((6, i + 2));
        }
    }
    let (mut value, mut last) = if l.has_tok(Cat::IndefiniteArticle, t, i) {
        // "a thousand", "a dozen", "a hundred" — not "a" alone
        if i + 1 < end {
            let n = t.norm(i + 1);
            if let Some((_, s)) = SCALES.iter().find(|(s, _)| *s == n) {
                (*s, i + 1)
            } else if l.has(Cat::DozenWord, n) {
                (12, i + 1)
            } else {
                return None;
            }
        } else {
            return None;
        }
    } else if let Some(v) = unit_word(w) {
        let mut v = v;
        let mut last = i;
        // twenty-five
        if v >= 20 && i + 2 < end && t.norm(i + 1) == "-" && t.toks[i + 1].glued {
            if let Some(u) = unit_word(t.norm(i + 2)).filter(|u| *u < 10) {
                v += u;
                last = i + 2;
            }
        }
        (v, last)
    } else {
        return None;
    };
    // scales: "two dozen", "three hundred", "five thousand", "hundred and twenty"
    loop {
        let n = last + 1;
        if n >= end {
            break;
        }
        let nw = t.norm(n);
        if l.has(Cat::DozenWord, nw) && value < 100 {
            value *= 12;
            last = n;
        } else if let Some((_, s)) = SCALES.iter().find(|(s, _)| *s == nw) {
            if value >= *s {
                break;
            }
            value *= *s;
            last = n;
            // "hundred and twenty"
            if n + 2 < end && l.has_tok(Cat::ConjAnd, t, n + 1) {
                if let Some(u) = unit_word(t.norm(n + 2)) {
                    value += u;
                    last = n + 2;
                }
            }
        } else {
            break;
        }
    }
    Some((value, last))
}

fn match_phrase(t: &Tokens, i: usize, end: usize, words: &[&str]) -> bool {
    i + words.len() <= end && words.iter().enumerate().all(|(k, w)| t.norm(i + k) == *w)
}

/// All quantities in tokens `start..end`.
pub fn recognise(t: &Tokens, start: usize, end: usize) -> Vec<Quantity> {
    let l = lexicon();
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = start;
    while i < end {
        // a qualifier? (most tokens start neither a qualifier nor a number)
        let q = QUALIFIERS
            .iter()
            .find_map(|(cat, qual)| l.at(cat, t, i, end).map(|n| (n, *qual)));
        if q.is_none() && !may_start_number(t, i) {
            i += 1;
            continue;
        }
        let num_start = i + q.map(|(n, _)| n).unwrap_or(0);
        if let Some(mut quant) = number_at(t, num_start, end) {
            if let Some((_, qual)) = q {
                if quant.qualifier == Qualifier::Exact
                    || quant.qualifier == Qualifier::Vague && qual != Qualifier::Approx
                {
                    quant.qualifier = qual;
                    if qual == Qualifier::MoreThan || qual == Qualifier::AtLeast {
                        quant.high = None;
                    }
                }
                quant.first = i;
            }
            let role_end = quant.last;
            quant.role = role(t, &quant, start, end);
            out.push(quant);
            i = role_end + 1;
            continue;
        }
        i += 1;
    }
    ranges(t, start, out)
}

/// Join two counts into one range: "between 20 and 25", "20 to 25", "20-25", "five or six"
/// (low, high, approx; the role of the second decides, so "5 to 6 hours" stays a duration).
fn ranges(t: &Tokens, start: usize, qs: Vec<Quantity>) -> Vec<Quantity> {
    let l = lexicon();
    let mut out: Vec<Quantity> = Vec::with_capacity(qs.len());
    for q in qs {
        if let Some(p) = out.last_mut() {
            let gap = q
                .first
                .checked_sub(p.last + 1)
                .map(|g| (g, t.norm(p.last + 1)));
            let between = p.first > start && l.has_tok(Cat::RangeOpener, t, p.first - 1);
            let joined = match gap {
                Some((1, w)) if l.has(Cat::ConjAnd, w) => between,
                Some((1, w)) if l.has(Cat::RangeJoiner, w) => true,
                Some((1, "-")) => t.toks[q.first].glued && t.toks[p.last + 1].glued,
                _ => false,
            };
            let exact = |x: &Quantity| x.qualifier == Qualifier::Exact && x.low.is_some();
            let lead =
                p.low.is_some() && matches!(p.qualifier, Qualifier::Exact | Qualifier::Approx);
            if joined && lead && exact(&q) && p.role == Role::Count && p.low < q.low {
                p.high = q.high;
                p.last = q.last;
                p.role = q.role;
                p.qualifier = Qualifier::Approx;
                if between {
                    p.first -= 1;
                }
                continue;
            }
        }
        out.push(q);
    }
    out
}

/// Whether a number can start at token `i` (digits, a number word, an ordinal, a vague
/// quantity, "a"/"an" or "half" before a scale word).
fn may_start_number(t: &Tokens, i: usize) -> bool {
    if t.kind(i) == Some(TokKind::Number) {
        return true;
    }
    if lexicon().has_tok(Cat::IndefiniteArticle, t, i) {
        return true;
    }
    // most words share neither first byte and length with a starter: no string hashed
    let w = t.norm(i);
    let (table, set) = number_starters_indexed();
    w.as_bytes()
        .first()
        .is_some_and(|&b| table[b as usize] & length_bit(w.len()) != 0)
        && set.contains(w)
}

/// A word's length as one bit (31 for any length from 31 up).
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

/// [`number_starters`], with per first byte the lengths of its starters ([`length_bit`]): a
/// word that no starter matches in both is not one.
fn number_starters_indexed() -> &'static ([u32; 256], rustc_hash::FxHashSet<&'static str>) {
    static IDX: std::sync::OnceLock<([u32; 256], rustc_hash::FxHashSet<&'static str>)> =
        std::sync::OnceLock::new();
    IDX.get_or_init(|| {
        let set = number_starters().clone();
        let mut table = [0u32; 256];
        for w in &set {
            if let Some(&b) = w.as_bytes().first() {
                table[b as usize] |= length_bit(w.len());
            }
        }
        (table, set)
    })
}

/// The words other than "a"/"an" a number may start with: "half", the first words of
/// [`VAGUE`], and the words of [`UNITS`] and [`ORDINALS`] — one hash look-up per token.
fn number_starters() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut set = number_words().clone();
        set.extend(lexicon().entries(Cat::HalfWord).iter().map(String::as_str));
        set.extend(
            VAGUE
                .iter()
                .filter_map(|(words, _, _)| words.first().copied()),
        );
        set
    })
}

/// The words of [`UNITS`] and [`ORDINALS`], for one hash look-up per token instead of a scan.
fn number_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| UNITS.iter().chain(ORDINALS).map(|(w, _)| *w).collect())
}

/// The number (without qualifier) starting at token `i`.
fn number_at(t: &Tokens, i: usize, end: usize) -> Option<Quantity> {
    if i >= end || !may_start_number(t, i) {
        return None;
    }
    let mk = |low, high, last, qualifier| Quantity {
        first: i,
        last,
        num_first: i,
        low: Some(low),
        high: Some(high),
        qualifier,
        role: Role::Count,
    };
    for (words, lo, hi) in VAGUE {
        if match_phrase(t, i, end, words) {
            return Some(mk(*lo, *hi, i + words.len() - 1, Qualifier::Vague));
        }
    }
    if t.kind(i) == Some(TokKind::Number) {
        let s = t.norm(i);
        if let Some((h, m)) = s.split_once(':') {
            // a clock time "4:35" (or a score "2:1"): never a count
            let v = h.parse::<u64>().ok()?;
            let _ = m;
            let mut q = mk(v, v, i, Qualifier::Exact);
            q.role = Role::Time;
            return Some(q);
        }
        let (v, _dec) = parse_digits(s)?;
        let mut value = v;
        let mut last = i;
        // "2.5 million", "1,200 thousand"
        if i + 1 < end {
            let n = t.norm(i + 1);
            let scale = SCALES.iter().find(|(w, _)| *w == n);
            if let Some((_, sc)) = scale.filter(|_| !lexicon().has(Cat::WordOnlyScale, n)) {
                let d = parse_decimal(s).unwrap_or(v as f64);
                value = (d * *sc as f64).round() as u64;
                last = i + 1;
            }
        }
        return Some(mk(value, value, last, Qualifier::Exact));
    }
    if let Some((v, last)) = word_number(t, i, end) {
        return Some(mk(v, v, last, Qualifier::Exact));
    }
    if let Some((_, v)) = ORDINALS.iter().find(|(w, _)| *w == t.norm(i)) {
        let mut q = mk(*v, *v, i, Qualifier::Exact);
        q.role = Role::Ordinal;
        return Some(q);
    }
    None
}

/// Decide what a number is, from its form and its neighbours.
fn role(t: &Tokens, q: &Quantity, start: usize, end: usize) -> Role {
    let l = lexicon();
    let i = q.num_first;
    let last = q.last;
    let w = t.norm(i);
    if ORDINALS.iter().any(|(o, _)| *o == w) {
        return Role::Ordinal;
    }
    let prev = |k: usize| if i >= start + k { t.norm(i - k) } else { "" };
    let next = |k: usize| if last + k < end { t.norm(last + k) } else { "" };
    let next_glued = |k: usize| last + k < end && t.toks[last + k].glued;
    let is_digit = t.kind(i) == Some(TokKind::Number);
    if is_digit {
        if w.contains(':') {
            return Role::Time;
        }
        // "M23", "F-16", "Su-25": part of a name
        if t.toks[i].glued
            && i > start
            && (t.kind(i - 1) == Some(TokKind::Word)
                || (t.norm(i - 1) == "-"
                    && i > start + 1
                    && t.kind(i - 2) == Some(TokKind::Word)
                    && t.toks[i - 1].glued))
        {
            return Role::Code;
        }
        // 4th, 21st, 1990s
        if next_glued(1) && l.has(Cat::OrdinalSuffix, next(1)) {
            return Role::Ordinal;
        }
        if next_glued(1) && l.has(Cat::DecadeSuffix, next(1)) {
            return Role::Decade;
        }
        if next_glued(1) && (l.has(Cat::MeasureUnit, next(1)) || next(1) == "%") {
            return if next(1) == "%" {
                Role::Percent
            } else {
                Role::Measure
            };
        }
        // 2020-10-31, 1988-1994
        if next(1) == "-"
            && next_glued(1)
            && last + 2 < end
            && t.kind(last + 2) == Some(TokKind::Number)
        {
            let n2 = t.norm(last + 2);
            if w.len() == 4 && n2.len() == 4 {
                return Role::YearSpan;
            }
            if w.len() == 4 && n2.len() <= 2 {
                return Role::Date;
            }
        }
        if prev(1) == "-"
            && i >= start + 2
            && t.kind(i - 2) == Some(TokKind::Number)
            && t.toks[i].glued
        {
            let p2 = t.norm(i - 2);
            if p2.len() == 4 || (i >= 3 && t.norm(i - 3) == "-") {
                return if w.len() == 4 {
                    Role::YearSpan
                } else {
                    Role::Date
                };
            }
        }
        // money: $5, 5 dollars
        if l.has(Cat::CurrencySign, prev(1)) || l.has(Cat::MoneyWord, next(1)) {
            return Role::Money;
        }
    }
    // dates: "27 September", "October 10", "Sept. 27"
    if is_digit && w.len() <= 2 {
        if month(next(1)).is_some()
            || (l.has(Cat::GenitivePrep, next(1)) && month(next(2)).is_some())
        {
            return Role::Date;
        }
        let p = if prev(1) == "." { prev(2) } else { prev(1) };
        if month(p).is_some() {
            return Role::Date;
        }
    }
    // clock times: 4 pm, 10 a.m., 0400 GMT
    // "10 local" (time) but "3 local policemen"
    let local_people = l.has(Cat::LocalWord, next(1)) && crate::lexicon::is_person_noun(next(2));
    if l.has(Cat::TimeMark, next(1)) && !local_people
        || l.has(Cat::MeridiemLetter, next(1)) && next(2) == "."
    {
        return Role::Time;
    }
    // percentages
    if l.has(Cat::PercentWord, next(1)) {
        return Role::Percent;
    }
    // durations and ages: "5 weeks", "six-hour talks", "25-year-old", "aged 25"
    let (unit, unit_at) = if next(1) == "-" && next_glued(1) {
        (next(2), 2)
    } else {
        (next(1), 1)
    };
    if l.has(Cat::TimeUnit, unit) {
        if unit_at == 2
            && l.has(Cat::YearWord, unit)
            && next(3) == "-"
            && l.has(Cat::AgeAdjective, next(4))
        {
            return Role::Age;
        }
        if l.has(Cat::YearWord, unit) && l.has(Cat::AgeAdjective, next(unit_at + 1)) {
            return Role::Age;
        }
        return Role::Duration;
    }
    if l.has(Cat::AgeLead, prev(1)) {
        return Role::Age;
    }
    if l.has(Cat::MeasureUnit, unit) && (!l.has(Cat::GluedOnlyUnit, unit) || next_glued(1)) {
        return Role::Measure;
    }
    // years: 4 digits without separator in a plausible range, unless a head noun follows
    if is_digit && w.len() == 4 && !w.contains(',') {
        if let Ok(y) = w.parse::<u32>() {
            if (1000..=2100).contains(&y) {
                let person_next = crate::lexicon::is_person_noun(next(1));
                if !person_next || l.has(Cat::YearPrep, prev(1)) {
                    return Role::Year;
                }
            }
        }
    }
    Role::Count
}

/// The numeric values mentioned in a short text (for evaluation of traps).
pub fn values_in(text: &str) -> Vec<u64> {
    let t = crate::tokens::tokenize(text);
    recognise(&t, 0, t.len())
        .iter()
        .filter_map(|q| q.low)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn q(text: &str) -> Vec<(Option<u64>, Option<u64>, Qualifier, Role)> {
        let t = tokenize(text);
        recognise(&t, 0, t.len())
            .into_iter()
            .map(|q| (q.low, q.high, q.qualifier, q.role))
            .collect()
    }

    use Qualifier::*;
    use Role::*;

    #[test]
    fn digits_and_qualifiers() {
        assert_eq!(
            q("more than 1,200 people"),
            vec![(Some(1200), None, MoreThan, Count)]
        );
        assert_eq!(
            q("greater than 5,000 individuals"),
            vec![(Some(5000), None, MoreThan, Count)]
        );
        assert_eq!(
            q("at least 31 civilians"),
            vec![(Some(31), None, AtLeast, Count)]
        );
        assert_eq!(
            q("some 30,000 people"),
            vec![(Some(30000), Some(30000), Approx, Count)]
        );
        assert_eq!(
            q("nearly 100 killed and 200 wounded"),
            vec![
                (Some(100), Some(100), Approx, Count),
                (Some(200), Some(200), Exact, Count)
            ]
        );
        assert_eq!(
            q("2.5 million refugees"),
            vec![(Some(2_500_000), Some(2_500_000), Exact, Count)]
        );
    }

    #[test]
    fn words() {
        assert_eq!(
            q("a thousand dead"),
            vec![(Some(1000), Some(1000), Exact, Count)]
        );
        assert_eq!(
            q("two dozen soldiers"),
            vec![(Some(24), Some(24), Exact, Count)]
        );
        assert_eq!(
            q("three hundred people"),
            vec![(Some(300), Some(300), Exact, Count)]
        );
        assert_eq!(
            q("twenty-five people"),
            vec![(Some(25), Some(25), Exact, Count)]
        );
        assert_eq!(
            q("more than a thousand dead"),
            vec![(Some(1000), None, MoreThan, Count)]
        );
    }

    #[test]
    fn vague() {
        assert_eq!(
            q("tens of thousands have fled"),
            vec![(Some(20000), Some(99999), Vague, Count)]
        );
        assert_eq!(
            q("hundreds of thousands of refugees"),
            vec![(Some(200000), Some(999999), Vague, Count)]
        );
        assert_eq!(
            q("several civilians"),
            vec![(Some(3), Some(9), Vague, Count)]
        );
        assert_eq!(
            q("Thousands of people"),
            vec![(Some(2000), Some(9999), Vague, Count)]
        );
        assert_eq!(
            q("dozens of people"),
            vec![(Some(24), Some(99), Vague, Count)]
        );
    }

    #[test]
    fn not_counts() {
        assert_eq!(q("on 27 September")[0].3, Date);
        assert_eq!(q("on Sept. 27 fighting")[0].3, Date);
        assert_eq!(q("on October 10 in")[0].3, Date);
        assert_eq!(q("in 1988-1994 a war")[0].3, YearSpan);
        assert_eq!(q("date 2020-10-31 text")[0].3, Date);
        assert_eq!(q("a 1997 treaty")[0].3, Year);
        assert_eq!(q("since 1992, when")[0].3, Year);
        assert_eq!(q("the 1990s war")[0].3, Decade);
        assert_eq!(q("1,500 sq km")[0].3, Measure);
        assert_eq!(q("round 5km from")[0].3, Measure);
        assert_eq!(q("5 weeks in the past")[0].3, Duration);
        assert_eq!(q("six-hour talks")[0].3, Duration);
        assert_eq!(q("at 4:35 PM")[0].3, Time);
        assert_eq!(q("at 10 a.m. local")[0].3, Time);
        assert_eq!(q("the 4th truce")[0].3, Ordinal);
        assert_eq!(q("a fourth ceasefire")[0].3, Ordinal);
        assert_eq!(q("a 25-year-old man")[0].3, Age);
        assert_eq!(q("$5 million in aid")[0].3, Money);
        assert_eq!(q("40 percent of")[0].3, Percent);
    }

    #[test]
    fn codes_are_names() {
        assert_eq!(q("M23 rebels killed at least 13 soldiers")[0].3, Code);
        assert_eq!(q("two Su-25 jets")[1].3, Code);
    }

    #[test]
    fn year_like_count() {
        assert_eq!(q("1500 people died")[0].3, Count);
    }
}
