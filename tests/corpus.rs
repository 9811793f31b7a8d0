//! Native tests of what a user can add, store and share.

use crosscheck_web::corpus::*;

#[test]
fn empty_binary_and_wrong_type_are_refused_with_a_reason() {
    assert!(from_paste("   \n ", &Meta::default())
        .unwrap_err()
        .contains("empty"));
    assert!(from_file("a.txt", &[0, 1, 2, 0, 0, 0, 5, 0, 0, 0])
        .unwrap_err()
        .contains("binary"));
    assert!(from_file("a.pdf", b"%PDF-1.4")
        .unwrap_err()
        .contains(".txt"));
    assert!(from_file("a.txt", b"").unwrap_err().contains("empty"));
    assert!(from_paste(
        "Text.",
        &Meta {
            date: "31/10/2020".into(),
            ..Meta::default()
        }
    )
    .unwrap_err()
    .contains("YYYY-MM-DD"));
}

#[test]
fn html_is_reduced_to_text_and_scripts_never_survive() {
    let page = "<html><head><title>Strike kills 12</title><script>alert(1)</script></head><body><p>At least 12 people were killed.</p><img src=x onerror=alert(2)></body></html>";
    let (a, warnings) = from_file("story.html", page.as_bytes()).unwrap();
    assert_eq!(a.title.as_deref(), Some("Strike kills 12"));
    assert!(
        !a.text.contains("alert") && !a.text.contains('<'),
        "{}",
        a.text
    );
    assert!(a.text.contains("At least 12 people were killed."));
    assert!(warnings.is_empty());
    let (p, w) = from_paste(page, &Meta::default()).unwrap();
    assert_eq!(p.text, a.text);
    assert_eq!(w.len(), 1);
}

#[test]
fn huge_texts_are_cut_with_a_warning() {
    let big = "Fighting continued on Friday. ".repeat(MAX_BYTES / 20);
    let (a, w) = from_paste(&big, &Meta::default()).unwrap();
    assert!(a.text.len() <= MAX_BYTES);
    assert!(w[0].contains("MB"));
}

#[test]
fn ids_follow_the_text_and_duplicates_are_not_added_twice() {
    let (a, _) = from_paste(
        "Some text about a war.",
        &Meta {
            title: "T".into(),
            ..Meta::default()
        },
    )
    .unwrap();
    let (b, _) = from_file("x.txt", b"Some text about a war.").unwrap();
    assert_eq!(a.id, b.id);
    let mut st = Stored::default();
    assert!(st.add(a));
    assert!(!st.add(b));
}

#[test]
fn stored_json_round_trips_and_corruption_is_an_error() {
    let mut st = Stored {
        bundled: false,
        ..Stored::default()
    };
    st.add(
        from_paste(
            "One article.",
            &Meta {
                outlet: "Outlet".into(),
                date: "2024-05-01".into(),
                ..Meta::default()
            },
        )
        .unwrap()
        .0,
    );
    assert_eq!(Stored::from_json(&st.to_json()).unwrap(), st);
    assert!(Stored::from_json("{not json").is_err());
    assert!(Stored::from_json(r#"{"v":9,"bundled":true,"articles":[]}"#).is_err());
}

#[test]
fn base64url_round_trips() {
    for data in [
        &b""[..],
        b"a",
        b"ab",
        b"abc",
        b"abcd",
        &[0u8, 255, 128, 7, 9][..],
    ] {
        let e = b64_encode(data);
        assert!(!e.contains(['+', '/', '=']));
        assert_eq!(b64_decode(&e).unwrap(), data);
    }
    assert_eq!(b64_decode("!!"), None);
}

#[test]
fn files_are_read_through_the_core_ingest() {
    // Markdown loses its markup
    let (a, w) = from_file(
        "notes.md",
        b"# Strike kills 12\n\nAt **least 12** people were [killed](https://x.org).",
    )
    .unwrap();
    assert!(w.is_empty());
    assert_eq!(a.title.as_deref(), Some("notes"));
    assert!(
        a.text.contains("At least 12 people were killed.") && !a.text.contains("**"),
        "{}",
        a.text
    );
    // UTF-16 with a BOM is text, not a binary file
    let mut b = vec![0xFF, 0xFE];
    for u in "Three soldiers were killed.".encode_utf16() {
        b.extend_from_slice(&u.to_le_bytes());
    }
    let (a, w) = from_file("u.txt", &b).unwrap();
    assert_eq!(a.text, "Three soldiers were killed.");
    assert!(w[0].contains("UTF-16"));
    // a refusal names the file and says so
    let e = from_file("empty.html", b"<script>x()</script>").unwrap_err();
    assert_eq!(e, "empty.html holds no readable text. It was not added.");
    // a paste over 2 KB with a curly quote across byte 2048 (issue 9)
    for pad in 2040..=2056 {
        let text = format!("{}“quoted” and more text</p></p>", "a".repeat(pad));
        assert!(from_paste(&text, &Meta::default()).is_ok());
    }
    assert_eq!(MAX_FILE_BYTES, 2 * MAX_BYTES);
    assert_eq!(MAX_BYTES, crosscheck_core::ingest::MAX_BYTES);
}

#[test]
fn a_batch_of_files_is_summed_up_in_one_message() {
    let t = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(added_summary(&[], &[]), None);
    assert_eq!(
        added_summary(&t(&["Gaza strike"]), &[]).as_deref(),
        Some("Added “Gaza strike”.")
    );
    assert_eq!(
        added_summary(&[], &t(&["a"])).as_deref(),
        Some("“a” is already there.")
    );
    assert_eq!(
        added_summary(&[], &t(&["a", "b", "c"])).as_deref(),
        Some("All 3 articles are already there.")
    );
    assert_eq!(
        added_summary(&t(&["a", "Note", "big"]), &t(&["x"])).as_deref(),
        Some("Added 3 articles (“a”, “Note”, “big”); 1 was already there.")
    );
    let many: Vec<String> = (0..318).map(|i| format!("n{i}")).collect();
    assert_eq!(
        added_summary(&many, &t(&["x", "y"])).as_deref(),
        Some("Added 318 articles; 2 were already there.")
    );
    assert_eq!(
        added_summary(&many[..6], &[]).as_deref(),
        Some("Added 6 articles.")
    );
}
