//! Native tests of the share-link decoder: a good link, and one truncated, tampered with, of a
//! future version, 10 MB long, or unpacking to too much: each a clear error, never a panic.

use crosscheck_web::corpus::{b64_encode, from_paste, Meta, Stored};
use crosscheck_web::share::*;

/// Stand-in compressed bytes: the decoder checks the fragment, not the compression.
const BYTES: &[u8] = b"\x01\x02\x03compressed articles\xff\x00";

fn link() -> String {
    format!("#data={}", encode(BYTES))
}

#[test]
fn a_link_round_trips_with_or_without_its_hash_sign() {
    assert_eq!(parse(&link()).unwrap().as_deref(), Some(BYTES));
    assert_eq!(
        parse(link().trim_start_matches('#')).unwrap().as_deref(),
        Some(BYTES)
    );
    assert!(encode(BYTES).starts_with(&format!("{LINK_VERSION}.")));
}

#[test]
fn no_data_is_no_link() {
    for f in ["", "#", "#main", "#dat", "#x=data="] {
        assert_eq!(parse(f), Ok(None), "{f}");
    }
}

#[test]
fn older_links_without_a_check_are_still_read() {
    let old = format!("#data={}", b64_encode(BYTES));
    assert_eq!(parse(&old).unwrap().as_deref(), Some(BYTES));
}

#[test]
fn a_truncated_link_is_damaged_at_every_length() {
    let l = link();
    for n in "#data=".len()..l.len() {
        let cut = l.get(..n).unwrap();
        match parse(cut) {
            Err(LinkError::Damaged(_)) => {}
            // "#data=2" alone reads as a format-1 payload of one character: not base64
            other => panic!("{cut:?} gave {other:?}"),
        }
    }
}

#[test]
fn a_tampered_link_fails_its_check() {
    let l = link();
    let i = l.len() - 3;
    let mut b = l.clone().into_bytes();
    b[i] = if b[i] == b'A' { b'B' } else { b'A' };
    let t = String::from_utf8(b).unwrap();
    assert_eq!(
        parse(&t),
        Err(LinkError::Damaged("its check does not match"))
    );
    // a changed check, or junk in place of the payload
    let bad_check = l.replacen("2.", "2.000000000000", 1);
    assert!(matches!(parse(&bad_check), Err(LinkError::Damaged(_))));
    assert!(matches!(parse("#data=2.x.%%%"), Err(LinkError::Damaged(_))));
    assert!(matches!(parse("#data=!!!!"), Err(LinkError::Damaged(_))));
    assert!(matches!(parse("#data=v.2.abc"), Err(LinkError::Damaged(_))));
    assert!(matches!(
        parse("#data=1.abc.def"),
        Err(LinkError::Damaged(_))
    ));
    assert!(matches!(parse("#data="), Err(LinkError::Damaged(_))));
    // multi-byte characters in a tampered fragment are no panic either
    assert!(matches!(parse("#data=2.“—é.✓"), Err(LinkError::Damaged(_))));
}

#[test]
fn a_link_of_a_future_version_says_so() {
    let e = parse("#data=3.0123456789ab.AAAA").unwrap_err();
    assert_eq!(e, LinkError::Future(3));
    let msg = e.to_string();
    assert!(msg.contains("newer version"), "{msg}");
    assert!(matches!(
        parse("#data=99999999999999999999.x.y"),
        Err(LinkError::Damaged(_))
    ));
}

#[test]
fn a_10_mb_link_is_refused_before_it_is_decoded() {
    let huge = format!("#data={}", "A".repeat(10 << 20));
    let e = parse(&huge).unwrap_err();
    assert!(matches!(e, LinkError::TooLong(n) if n > 10 << 20));
    assert!(e.to_string().contains("10.0 MB"), "{e}");
    // the longest link the page makes is still read
    let at_limit = format!("#data={}", "A".repeat(MAX_LINK - "data=".len()));
    assert!(parse(&at_limit).is_ok());
}

#[test]
fn the_unpacked_articles_are_checked() {
    let (a, _) = from_paste("At least 3 people were killed.", &Meta::default()).unwrap();
    let mut st = Stored::default();
    st.add(a.clone());
    assert_eq!(read_payload(&st.to_json()), Ok(st.clone()));
    // a changed id is recomputed from the text; a duplicate is dropped
    let forged = st.to_json().replace(&a.id, "user-000000000000").replace(
        "\"articles\":[",
        &format!("\"articles\":[{},", serde_json_article(&a)),
    );
    let back = read_payload(&forged).unwrap();
    assert_eq!(back.articles.len(), 1);
    assert_eq!(back.articles[0].id, a.id);
    // too large, not JSON, unknown version
    let big = format!(
        "{{\"v\":1,\"bundled\":true,\"articles\":[],\"x\":\"{}\"}}",
        "a".repeat(MAX_DECODED)
    );
    assert_eq!(read_payload(&big), Err(LinkError::TooLarge));
    assert!(matches!(
        read_payload("{\"v\":1,"),
        Err(LinkError::Unreadable(_))
    ));
    assert!(matches!(
        read_payload(r#"{"v":7,"bundled":true,"articles":[]}"#),
        Err(LinkError::Unreadable(_))
    ));
    for e in [
        LinkError::TooLarge,
        LinkError::TooLong(40_000),
        LinkError::Damaged("x"),
        LinkError::Unreadable("y".into()),
    ] {
        assert!(!e.to_string().is_empty());
    }
}

fn serde_json_article(a: &crosscheck_web::corpus::UserArticle) -> String {
    format!("{{\"id\":\"{}\",\"text\":{:?}}}", a.id, a.text)
}
