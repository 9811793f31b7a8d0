//! Property tests (proptest): whatever a user pastes, `analyze` does not panic, its evidence
//! slices the original text, it is deterministic and independent of the articles' order, and
//! cleaning is idempotent.
//!
//! The texts are drawn from a mix of arbitrary strings and news-like fragments (figures, verbs,
//! actors, curly quotes, dashes, accents, emoji, HTML, odd white space), so that the extractors
//! actually fire and their offsets land next to multi-byte chars.

mod common;

use crosscheck_core::{analyze, clean::clean, ArticleInput, Report};
use proptest::prelude::*;

const CASES: u32 = 256;

/// Fragments that make the extractors fire, and the chars that break byte arithmetic.
const FRAGMENTS: &[&str] = &[
    "At least 31 civilians were killed",
    " on Friday, officials said.",
    "Tens of thousands have fled their homes.",
    "12 soldiers were wounded",
    "more than 1,200 people",
    "Russia called on both sides to cease fire.",
    "Armenia and Azerbaijan agreed to a ceasefire in Moscow",
    "“We will respond,” the ministry said.",
    "Turkey offered military aid",
    "accused",
    "denied",
    "the humanitarian truce collapsed",
    "John Smith, a spokesman,",
    " said ",
    "Smith",
    "de-\nescalate",
    "“",
    "”",
    "‘",
    "’s",
    "—",
    "–",
    "é",
    "ü",
    "🕊",
    "👍🏽",
    "\u{a0}",
    "\u{2028}",
    "\u{200b}",
    "\u{feff}",
    "\u{0301}",
    "\u{0}",
    "\t",
    "\r\n",
    "\n",
    "\n\n",
    " ",
    ".",
    "...",
    "!",
    "?",
    "\"",
    "'",
    "(",
    ")",
    ",",
    "U.S.",
    "Dr.",
    "5km",
    "1990s",
    "2020-10-10",
    "Saturday",
    "Related article: something",
    "[ad_1]",
    "https://example.com/x",
    "<p>",
    "</p>",
    "<html><body>",
    "<script>alert(1)</script>",
    "&amp;",
    "&#8217;",
    "&#x2014;",
    "&bogus;",
    "<",
    ">",
    "&",
];

/// One article text: arbitrary Unicode, or news-like fragments glued together.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        1 => "[ -~“”‘’—–é🕊\u{a0}\n\r\t]{0,200}",
        4 => prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60)
            .prop_map(|parts| parts.concat()),
    ]
}

fn article() -> impl Strategy<Value = ArticleInput> {
    (
        "[a-z0-9_é~-]{1,8}",
        text(),
        prop::option::of(Just("2020-10-10".to_string())),
        prop::option::of("[A-Za-zé ]{1,12}"),
    )
        .prop_map(|(id, text, date, outlet)| ArticleInput {
            id,
            text,
            date,
            outlet,
            ..Default::default()
        })
}

/// A bundle of articles with distinct ids.
fn bundle() -> impl Strategy<Value = Vec<ArticleInput>> {
    prop::collection::vec(article(), 1..5).prop_map(|mut v| {
        for (i, a) in v.iter_mut().enumerate() {
            a.id = format!("{}-{i}", a.id);
        }
        v
    })
}

/// What cleaning does to the chars of a span, so that a span of the original and the cleaned
/// sentence read the same: white space and control characters are spaces, zero-width chars go,
/// runs of spaces fold, line-end hyphen breaks join.
fn as_read(s: &str) -> String {
    let spaced: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{feff}' | '\u{200b}'))
        .map(|c| {
            if c.is_whitespace() || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    // `fold_joined` looks for a line end in a hyphen break: keep the original's line ends
    let lines: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{feff}' | '\u{200b}'))
        .zip(spaced.chars())
        .map(|(o, c)| if o == '\n' || o == '\r' { o } else { c })
        .collect();
    common::fold_joined(&lines)
}

fn check_evidence(inputs: &[ArticleInput], r: &Report) -> Result<(), TestCaseError> {
    for (label, ev) in common::all_evidence(r) {
        let input = inputs.iter().find(|a| a.id == ev.article);
        let text = &input.expect("evidence names an input article").text;
        prop_assert!(ev.start <= ev.end && ev.end <= text.len(), "{label}: range");
        prop_assert!(
            text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end),
            "{label}: {}..{} off a char boundary of {text:?}",
            ev.start,
            ev.end
        );
        let span = text.get(ev.start..ev.end).unwrap_or_default();
        prop_assert_eq!(
            as_read(span),
            as_read(&ev.sentence),
            "{}: the span is not its sentence",
            label
        );
    }
    for (label, quote, ev) in r
        .casualties
        .iter()
        .map(|c| (&c.id, &c.quote, &c.evidence))
        .chain(r.stances.iter().map(|s| (&s.id, &s.quote, &s.evidence)))
        .chain(r.truces.iter().flat_map(|t| {
            t.mentions
                .iter()
                .map(move |m| (&t.id, &m.quote, &m.evidence))
        }))
    {
        prop_assert!(
            ev.sentence.contains(quote.as_str()),
            "{label}: quote {quote:?} is not in its sentence {:?}",
            ev.sentence
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// `analyze` never panics, and every evidence span slices the original text on char
    /// boundaries and reads as its sentence.
    #[test]
    fn evidence_slices_the_original(inputs in bundle()) {
        let r = analyze(&inputs);
        prop_assert_eq!(r.articles.len(), inputs.len());
        check_evidence(&inputs, &r)?;
    }

    /// The same input gives the same Report, byte for byte.
    #[test]
    fn analysis_is_deterministic(inputs in bundle()) {
        prop_assert_eq!(analyze(&inputs).to_json(), analyze(&inputs).to_json());
    }

    /// The order in which articles are given does not change the Report.
    #[test]
    fn article_order_does_not_matter(
        (inputs, shuffled) in bundle().prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle()))
    ) {
        prop_assert_eq!(analyze(&inputs).to_json(), analyze(&shuffled).to_json());
    }

    /// Cleaning cleaned text changes nothing.
    #[test]
    fn cleaning_is_idempotent(t in text()) {
        let once = clean(&t).text;
        let twice = clean(&once).text;
        prop_assert_eq!(twice, once);
    }
}

/// The fragments do make the extractors fire, so the properties above check real evidence.
#[test]
fn fragments_give_records() {
    let text = FRAGMENTS.join(" ");
    let inputs = [common::article("f", &text)];
    let r = analyze(&inputs);
    assert!(!r.casualties.is_empty() && !r.stances.is_empty(), "{r:?}");
    check_evidence(&inputs, &r).unwrap();
}
