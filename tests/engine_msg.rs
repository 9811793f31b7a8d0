//! Native tests of the messages between the page and the worker (`engine_msg`): a job carries
//! every field of every article; a Report comes back equal to the one the core gave; a stale
//! job is known by its head; a string that is no message is an error, never a panic.

use crosscheck_core::{analyze, ArticleInput};
use crosscheck_web::engine_msg::*;

fn articles() -> Vec<ArticleInput> {
    vec![
        ArticleInput {
            id: "a".into(),
            text: "At least 12 civilians were killed in the shelling of Gao on Monday, officials said. \"We want a truce,\" a mediator said.".into(),
            title: Some("Gao “shelling”\n".into()),
            outlet: Some("Wire".into()),
            date: Some("2024-05-14".into()),
            url: Some("https://example.org/a?x=1&y=\u{e9}".into()),
        },
        ArticleInput {
            id: "b".into(),
            text: "Talks on a ceasefire stalled. The army said 3 soldiers were wounded.".into(),
            ..Default::default()
        },
    ]
}

#[test]
fn a_job_carries_every_field_of_every_article() {
    let (job, back) = read_job(&job_json(7, &articles())).unwrap();
    assert_eq!(job, 7);
    assert_eq!(back, articles());
    assert!(read_job("").is_err());
    assert!(read_job("{\"job\":1}").is_err());
}

#[test]
fn a_report_comes_back_equal_and_stale_jobs_are_known_by_their_head() {
    let report = analyze(&articles());
    assert!(!report.casualties.is_empty());
    let s = reply_json(&Reply::Report {
        job: 3,
        report: Box::new(report.clone()),
    });
    assert_eq!(reply_job(&s), Some(3));
    match read_reply(&s).unwrap() {
        Reply::Report { job, report: r } => {
            assert_eq!(job, 3);
            assert_eq!(*r, report);
            assert_eq!(r.to_json(), report.to_json());
        }
        other => panic!("{other:?}"),
    }
    for r in [
        Reply::Ready,
        Reply::Progress {
            job: 4,
            done: 5,
            total: 11,
        },
        Reply::Failed {
            job: 5,
            why: "not a job".into(),
        },
    ] {
        assert_eq!(read_reply(&reply_json(&r)).unwrap(), r);
    }
    assert_eq!(reply_job(&reply_json(&Reply::Ready)), None);
}

#[test]
fn what_is_no_reply_is_an_error() {
    for s in [
        "",
        "null",
        "{\"kind\":\"report\",\"job\":1}\n{",
        "{\"kind\":\"other\"}",
        "\u{0}",
    ] {
        assert!(read_reply(s).is_err(), "{s:?}");
    }
    assert_eq!(reply_job(""), None);
}

#[test]
fn a_question_carries_its_articles_and_is_no_job_and_its_answer_reads_back() {
    let q = ask_json(3, &articles());
    assert_eq!(read_ask(&q), Some((3, articles())));
    // the worker tells a question from a job, and a job from a question
    assert!(read_job(&q).is_err());
    assert_eq!(read_ask(&job_json(3, &articles())), None);
    let sentences: Vec<Vec<String>> = articles()
        .iter()
        .map(crosscheck_web::provenance::sentences)
        .collect();
    assert!(sentences.iter().all(|s| !s.is_empty()));
    assert_eq!(
        read_answer(&answer_json(3, sentences.clone())),
        Some((3, sentences))
    );
    // an answer is no reply to a job, and a reply no answer
    assert_eq!(read_answer(&reply_json(&Reply::Ready)), None);
    assert_eq!(reply_job(&answer_json(3, vec![])), None);
}
