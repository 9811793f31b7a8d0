//! Property tests (proptest) of the URL view state: any view the page can hold survives its
//! link, and no query string breaks the parser.

// proptest is a native-only dev-dependency (Cargo.toml)
#![cfg(not(target_arch = "wasm32"))]

use crosscheck_core::{CasualtyKind, Scope};
use crosscheck_web::state::{decode, encode, View, ATTRIBUTIONS, KINDS, STANCE_TYPES};
use proptest::prelude::*;

const CASES: u32 = 256;

/// Text with the characters a query string gives meaning to, and non-ASCII.
fn text() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z0-9~&#=%+ ?/;.\\-_“”—é🕊]{0,16}", any::<String>(),]
}

/// An id as the page holds one: never empty.
fn id() -> impl Strategy<Value = String> {
    text().prop_filter("ids are not empty", |s| !s.is_empty())
}

/// Distinct items, in a given order (the view keeps the order it was given).
fn distinct<T: Clone + PartialEq + std::fmt::Debug>(
    items: impl Strategy<Value = Vec<T>>,
) -> impl Strategy<Value = Vec<T>> {
    items.prop_map(|v| {
        let mut out: Vec<T> = Vec::new();
        for x in v {
            if !out.contains(&x) {
                out.push(x);
            }
        }
        out
    })
}

/// Any view the page can hold: lists without repeats, ids not empty.
fn view() -> impl Strategy<Value = View> {
    (
        distinct(prop::collection::vec(id(), 0..4)),
        prop::option::of(id()),
        distinct(prop::collection::vec(prop::sample::select(KINDS), 0..4)),
        prop::option::of(prop::sample::select(
            &[Scope::Current, Scope::Historical][..],
        )),
        distinct(prop::collection::vec(
            prop::sample::select(ATTRIBUTIONS),
            0..5,
        )),
        distinct(prop::collection::vec(
            prop::sample::select(STANCE_TYPES),
            0..5,
        )),
        text(),
        prop::option::of(id()),
        prop::option::of(id()),
    )
        .prop_map(
            |(articles, actor, kinds, scope, attributions, stances, q, open, sel)| View {
                articles,
                actor,
                kinds,
                scope,
                attributions,
                stances,
                q,
                open,
                sel,
            },
        )
}

/// A view with anything in it, empty ids and repeated items included.
fn any_view() -> impl Strategy<Value = View> {
    (
        prop::collection::vec(text(), 0..4),
        prop::option::of(text()),
        prop::collection::vec(prop::sample::select(KINDS), 0..4),
        prop::collection::vec(prop::sample::select(ATTRIBUTIONS), 0..4),
        prop::collection::vec(prop::sample::select(STANCE_TYPES), 0..4),
        text(),
        prop::option::of(text()),
    )
        .prop_map(
            |(articles, actor, kinds, attributions, stances, q, sel)| View {
                articles,
                actor,
                kinds,
                attributions,
                stances,
                q,
                sel,
                ..View::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// `parse(write(v)) == v`, with no notices.
    #[test]
    fn a_view_survives_its_link(v in view()) {
        let (back, notices) = View::parse(&v.to_query());
        prop_assert_eq!(&back, &v);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        // and with the leading "?" a location gives
        prop_assert_eq!(View::parse(&format!("?{}", v.to_query())).0, v);
    }

    /// One view, one link: writing what was read gives the same link, whatever the view held.
    #[test]
    fn a_link_read_and_written_is_the_same_link(v in any_view()) {
        let q = v.to_query();
        prop_assert_eq!(View::parse(&q).0.to_query(), q);
    }

    /// A link's query is plain ASCII without the characters that would split it.
    #[test]
    fn the_query_is_plain(v in view()) {
        let q = v.to_query();
        prop_assert!(q.is_ascii());
        prop_assert!(!q.contains(['#', ' ', '+', '?']));
        for pair in q.split('&') {
            prop_assert_eq!(pair.matches('=').count(), 1, "{}", pair);
        }
    }

    /// Percent-encoding is reversible and escapes the list separator.
    #[test]
    fn encode_round_trips(s in text()) {
        let e = encode(&s);
        prop_assert!(!e.contains('~'));
        prop_assert_eq!(decode(&e), Some(s));
    }

    /// Any query string parses, and what it gives is a view that survives its own link.
    #[test]
    fn any_query_parses(q in prop_oneof!["[a-z=&~%0-9A-F+?]{0,40}", any::<String>()]) {
        let (v, _) = View::parse(&q);
        prop_assert_eq!(View::parse(&v.to_query()).0, v);
    }
}

#[test]
fn a_tilde_inside_an_article_id_stays_inside_it() {
    let v = View {
        articles: vec!["a~b".into(), "c".into()],
        sel: Some("x~y".into()),
        ..View::default()
    };
    assert_eq!(v.to_query(), "art=a%7Eb~c&sel=x%7Ey");
    assert_eq!(View::parse(&v.to_query()).0, v);
    // a link written before `~` was escaped reads as it did
    let (old, notices) = View::parse("art=001_a~004_b&kind=killed~wounded&q=~tilde");
    assert_eq!(old.articles, vec!["001_a".to_string(), "004_b".to_string()]);
    assert_eq!(old.kinds, vec![CasualtyKind::Killed, CasualtyKind::Wounded]);
    assert_eq!(old.q, "~tilde");
    assert!(notices.is_empty());
}
