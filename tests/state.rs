//! Native tests of the URL view state: parse, write, round-trip, and garbage tolerance.

use crosscheck_core::{Attribution, CasualtyKind, Scope, StanceType};
use crosscheck_web::state::{decode, encode, View};

/// The Report of texts given as articles a0, a1, ….
fn analyze_texts(texts: &[&str]) -> crosscheck_core::Report {
    let inputs: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| crosscheck_core::ArticleInput {
            id: format!("a{i}"),
            text: t.to_string(),
            ..Default::default()
        })
        .collect();
    crosscheck_core::analyze(&inputs)
}

#[test]
fn default_view_has_an_empty_query() {
    assert_eq!(View::default().to_query(), "");
    assert_eq!(View::parse(""), (View::default(), vec![]));
    assert_eq!(View::parse("?"), (View::default(), vec![]));
}

#[test]
fn writes_only_non_default_values_in_a_fixed_order() {
    let v = View {
        kinds: vec![CasualtyKind::Killed, CasualtyKind::Wounded],
        scope: Some(Scope::Current),
        q: "Geneva talks & more".into(),
        sel: Some("cas-0123".into()),
        ..View::default()
    };
    assert_eq!(
        v.to_query(),
        "kind=killed~wounded&scope=current&q=Geneva%20talks%20%26%20more&sel=cas-0123"
    );
}

#[test]
fn round_trips() {
    let v = View {
        articles: vec!["001_a".into(), "004_b".into()],
        actor: Some("ARM".into()),
        kinds: vec![CasualtyKind::Displaced],
        scope: Some(Scope::Historical),
        attributions: vec![Attribution::Hedged, Attribution::Stated],
        stances: vec![StanceType::Accuse, StanceType::Deny],
        q: "ünïcode “quotes” ~tilde".into(),
        open: Some("001_a".into()),
        sel: Some("moscow-2020-10-10.0".into()),
    };
    let (back, notices) = View::parse(&v.to_query());
    assert_eq!(back, v);
    assert!(notices.is_empty());
}

#[test]
fn garbage_is_ignored_with_notices() {
    let (v, notices) =
        View::parse("?kind=killed~bogus&scope=sideways&zzz=1&q=%E0%A4%A&stance=accuse&v=99");
    assert_eq!(v.kinds, vec![CasualtyKind::Killed]);
    assert_eq!(v.scope, None);
    assert_eq!(v.stances, vec![StanceType::Accuse]);
    assert_eq!(v.q, "");
    assert_eq!(notices.len(), 5, "{notices:?}");
}

#[test]
fn plus_is_a_space_and_encoding_is_reversible() {
    assert_eq!(decode("a+b%20c").as_deref(), Some("a b c"));
    assert_eq!(decode("%zz"), None);
    for s in ["", "plain", "a b&c=d?e#f", "“x” — ü ~"] {
        assert_eq!(decode(&encode(s)).as_deref(), Some(s));
    }
}

#[test]
fn validate_drops_unknown_records() {
    let inputs = vec![crosscheck_core::ArticleInput {
        id: "a1".into(),
        text: "At least 31 civilians were killed on Friday, officials said.".into(),
        ..Default::default()
    }];
    let r = crosscheck_core::analyze(&inputs);
    let id = r.casualties[0].id.clone();
    let (mut v, _) = View::parse(&format!("open=nope&sel={id}&actor=ZZZ&art=a1~ghost"));
    let notices = v.validate(&r);
    assert_eq!(v.sel.as_deref(), Some(id.as_str()));
    assert_eq!(v.open, None);
    assert_eq!(v.actor, None);
    assert_eq!(v.articles, vec!["a1".to_string()]);
    assert_eq!(notices.len(), 3, "{notices:?}");
}

#[test]
fn filtering_keeps_only_matching_records() {
    let r = analyze_texts(&[
        "At least 31 civilians were killed on Friday. Russia called on both sides to cease fire.",
        "Tens of thousands have fled their homes.",
    ]);
    assert_eq!(r.casualties.len(), 2);
    let only_displaced = crosscheck_web::state::apply(
        &r,
        &View {
            kinds: vec![CasualtyKind::Displaced],
            ..View::default()
        },
    );
    assert_eq!(only_displaced.casualties.len(), 1);
    assert_eq!(
        only_displaced.stances.len(),
        r.stances.len(),
        "kind does not filter stances"
    );
    let text = crosscheck_web::state::apply(
        &r,
        &View {
            q: "FLED".into(),
            ..View::default()
        },
    );
    assert_eq!(text.casualties.len(), 1);
    assert!(text.stances.is_empty());
    let art = crosscheck_web::state::apply(
        &r,
        &View {
            articles: vec!["a0".into()],
            ..View::default()
        },
    );
    assert_eq!(art.casualties.len(), 1);
    // the view keeps the sources of the articles it shows
    assert_eq!(r.sources.len(), 2);
    assert_eq!(art.sources.len(), 1);
    assert_eq!(art.sources[0].articles, ["a0"]);
    assert_eq!(art.articles[0].source_group, art.sources[0].id);
}

#[test]
fn the_attribution_filter_is_a_list_in_the_link() {
    // written after scope, before stance; words joined with `~`; the default (all) not written
    let v = View {
        scope: Some(Scope::Current),
        attributions: vec![Attribution::Hedged, Attribution::Disputed],
        stances: vec![StanceType::Warn],
        ..View::default()
    };
    assert_eq!(
        v.to_query(),
        "scope=current&attribution=hedged~disputed&stance=warn"
    );
    assert_eq!(View::parse(&v.to_query()), (v, vec![]));
    for a in [
        Attribution::Stated,
        Attribution::Attributed,
        Attribution::Hedged,
        Attribution::Disputed,
    ] {
        let v = View {
            attributions: vec![a],
            ..View::default()
        };
        let q = v.to_query();
        assert_eq!(
            q,
            format!("attribution={}", crosscheck_core::report::word(&a))
        );
        assert_eq!(View::parse(&format!("?{q}")).0, v);
        assert!(v.filtered());
        assert_eq!(v.cleared(), View::default());
    }
    assert_eq!(View::default().attributions, vec![]);
    // a repeated value is read once; an unknown one is ignored with a notice
    let (v, notices) = View::parse("attribution=hedged~hedged~rumoured~stated");
    assert_eq!(
        v.attributions,
        vec![Attribution::Hedged, Attribution::Stated]
    );
    assert_eq!(
        notices,
        vec!["ignored attribution value “rumoured”".to_string()]
    );
    assert_eq!(v.to_query(), "attribution=hedged~stated");
}

#[test]
fn the_attribution_filter_keeps_only_those_figures() {
    let r = analyze_texts(&[
        "At least 31 civilians were killed on Friday.",
        "Health officials said 12 people were killed in the strike.",
        "As many as 40 fighters were reportedly killed, according to unconfirmed reports.",
    ]);
    let has = |a: Attribution| r.casualties.iter().filter(|c| c.attribution == a).count();
    assert!(has(Attribution::Stated) >= 1, "{:?}", r.casualties);
    assert!(has(Attribution::Hedged) >= 1, "{:?}", r.casualties);
    for wanted in [
        vec![Attribution::Hedged],
        vec![Attribution::Stated, Attribution::Attributed],
    ] {
        let (v, _) = View::parse(
            &View {
                attributions: wanted.clone(),
                ..View::default()
            }
            .to_query(),
        );
        let shown = crosscheck_web::state::apply(&r, &v);
        assert!(shown
            .casualties
            .iter()
            .all(|c| wanted.contains(&c.attribution)));
        assert_eq!(
            shown.casualties.len(),
            wanted.iter().map(|a| has(*a)).sum::<usize>()
        );
        assert_eq!(shown.stances.len(), r.stances.len(), "figures only");
    }
}

#[test]
fn a_mention_is_selected_by_its_index_in_the_full_report_whatever_the_filter_hides() {
    use crosscheck_core::{Article, Evidence, Report, Truce, TruceMention};
    use crosscheck_web::state::{apply, mention_id_in, record_evidence};
    let mention = |article: &str| TruceMention {
        evidence: Evidence {
            article: article.into(),
            start: 0,
            end: 5,
            sentence: format!("talks in Geneva, says {article}"),
        },
        claim: None,
        quote: "talks in Geneva".into(),
        count: None,
        ordinal: None,
    };
    let r = Report {
        articles: ["a0", "a1"]
            .iter()
            .map(|id| Article {
                id: id.to_string(),
                ..Article::default()
            })
            .collect(),
        truces: vec![Truce {
            id: "geneva".into(),
            what: "ceasefire talks in Geneva".into(),
            date: None,
            date_inferred: false,
            venue: Some("Geneva".into()),
            brokers: vec![],
            parties: vec![],
            outcome: None,
            scope: Scope::Current,
            count: None,
            mentions: vec![mention("a0"), mention("a1")],
        }],
        ..Report::default()
    };
    let (v, _) = View::parse("art=a1");
    let shown = apply(&r, &v);
    let m = &shown.truces[0].mentions[0];
    assert_eq!(m.evidence.article, "a1");
    let id = mention_id_in(&r, "geneva", &m.evidence);
    // the index in the full Report (1), not in the filtered one (0: a0's mention)
    assert_eq!(id, "geneva.1");
    assert_eq!(record_evidence(&r, &id), Some(&m.evidence));
    // a mention the full Report lacks falls back to the attempt
    let mut other = m.evidence.clone();
    other.start += 1;
    assert_eq!(mention_id_in(&r, "geneva", &other), "geneva");
}

#[test]
fn the_text_filter_ignores_case_in_plain_and_accented_text() {
    let r = analyze_texts(&[
        "At least 12 civilians were killed in Kharkiv on Monday, officials said.",
        "At least 30 civilians were killed in Öskemen on Tuesday, officials said.",
    ]);
    assert_eq!(r.casualties.len(), 2, "{:?}", r.casualties);
    let shown = |q: &str| {
        crosscheck_web::state::apply(
            &r,
            &View {
                q: q.into(),
                ..View::default()
            },
        )
        .casualties
        .into_iter()
        .map(|c| c.evidence.article)
        .collect::<Vec<_>>()
    };
    assert_eq!(shown("kharkiv"), ["a0"]);
    assert_eq!(shown("KhArKiV"), ["a0"]);
    assert_eq!(shown("öskemen"), ["a1"]);
    assert_eq!(shown("ÖSKEMEN"), ["a1"]);
    assert_eq!(shown("killed in"), ["a0", "a1"]);
    assert!(shown("kharkiv on tuesday").is_empty());
}

#[test]
fn a_view_without_filters_is_the_whole_report() {
    // the page shows the Report itself when no filter is set, without applying the view
    let r = analyze_texts(&[
        "At least 12 civilians were killed in Kharkiv on Monday, officials said.",
        "Russia accused Ukraine of shelling civilians; Ukraine denied it. Talks in Geneva failed.",
    ]);
    let v = View {
        open: Some("a0".into()),
        sel: Some("x".into()),
        ..View::default()
    };
    assert!(!v.filtered());
    assert_eq!(crosscheck_web::state::apply(&r, &v), r);
}
