//! Native tests of "Open a Report…": a file the CLI wrote opens; anything else is refused with
//! a reason, never a panic.

use crosscheck_core::{analyze, ArticleInput, Report, SCHEMA};
use crosscheck_web::report_file::{read, NotAReport, MAX_REPORT_BYTES};

fn report() -> Report {
    let text = "Geneva, Oct 31. At least 1,200 people have been killed in the fighting, officials said. \
                Armenia accused Azerbaijan of shelling Stepanakert. Azerbaijan denied the accusation. \
                A ceasefire agreed in Moscow on October 10 collapsed within hours.";
    analyze(&[ArticleInput {
        id: "a1".into(),
        text: text.into(),
        title: Some("Talks".into()),
        outlet: None,
        date: Some("2020-10-31".into()),
        url: None,
    }])
}

#[test]
fn the_clis_json_opens_as_the_same_report() {
    let r = report();
    assert!(!r.casualties.is_empty(), "the sample states no figure");
    assert_eq!(read(r.to_json().as_bytes()), Ok(r.clone()));
    // one line, and with a byte order mark, too
    assert_eq!(read(r.to_json_line().as_bytes()), Ok(r.clone()));
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(r.to_json().as_bytes());
    assert_eq!(read(&bom), Ok(r));
}

#[test]
fn what_is_not_a_report_says_why() {
    assert_eq!(read(b""), Err(NotAReport::Empty));
    assert_eq!(read(b"  \n"), Err(NotAReport::Empty));
    assert_eq!(read(b"\xff\xfe\x00garbage"), Err(NotAReport::NotText));
    assert!(matches!(
        read(b"{\"schema\": "),
        Err(NotAReport::NotJson(_))
    ));
    assert!(matches!(
        read(b"Title\n\nSome article text."),
        Err(NotAReport::NotJson(_))
    ));
    assert_eq!(read(b"[1, 2, 3]"), Err(NotAReport::NoSchema));
    assert_eq!(
        read(b"{\"id\": \"a\", \"text\": \"x\"}"),
        Err(NotAReport::NoSchema)
    );
    assert_eq!(
        read(b"{\"schema\": \"something.else/1\"}"),
        Err(NotAReport::NoSchema)
    );
    assert_eq!(
        read(b"{\"schema\": \"crosscheck.report/1\"}"),
        Err(NotAReport::OtherSchema("crosscheck.report/1".into()))
    );
    // the right schema but a field of the wrong type, or missing
    assert!(matches!(
        read(format!("{{\"schema\": \"{SCHEMA}\"}}").as_bytes()),
        Err(NotAReport::Unreadable(_))
    ));
    let json = report()
        .to_json()
        .replacen("\"articles\": [", "\"articles\": 7, \"x\": [", 1);
    assert!(matches!(
        read(json.as_bytes()),
        Err(NotAReport::Unreadable(_))
    ));
    // every refusal reads as words
    for e in [
        NotAReport::Empty,
        NotAReport::JsonLines,
        NotAReport::NoSchema,
        NotAReport::TooLarge(MAX_REPORT_BYTES + 1),
    ] {
        assert!(e.to_string().len() > 10, "{e:?}");
    }
}

#[test]
fn json_lines_are_told_apart() {
    let r = report();
    let lines = format!("{}\n{}\n", r.to_json_line(), r.to_json_line());
    assert_eq!(read(lines.as_bytes()), Err(NotAReport::JsonLines));
}

#[test]
fn a_record_citing_an_article_the_report_does_not_list_is_refused() {
    let mut r = report();
    r.articles.clear();
    assert!(matches!(
        read(r.to_json().as_bytes()),
        Err(NotAReport::UnknownArticle { article, .. }) if article == "a1"
    ));
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_parsed() {
    let big = vec![b' '; MAX_REPORT_BYTES + 1];
    assert_eq!(read(&big), Err(NotAReport::TooLarge(MAX_REPORT_BYTES + 1)));
}
