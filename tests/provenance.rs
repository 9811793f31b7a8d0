//! Native tests of provenance: how many independent sources carry a figure (a copy counts
//! once), and where a link's shared evidence stands in each article.

use crosscheck_core::*;
use crosscheck_web::format::hollow;
use crosscheck_web::provenance::{carriers, find, link_between, source_of, FigureKey, Found};

fn figure(article: &str, kind: CasualtyKind, low: u64, q: Qualifier, a: Attribution) -> Casualty {
    Casualty {
        id: format!("{article}-{low}"),
        evidence: Evidence {
            article: article.into(),
            start: 0,
            end: 1,
            sentence: String::new(),
        },
        kind,
        count: Count {
            low: Some(low),
            high: (q != Qualifier::MoreThan).then_some(low),
            qualifier: q,
        },
        population: Population::Unspecified,
        sides: None,
        scope: Scope::Current,
        level: Level::Toll,
        source: None,
        attribution: a,
        quote: String::new(),
        notes: vec![],
    }
}

fn art(id: &str, group: &str) -> Article {
    Article {
        id: id.into(),
        source_group: group.into(),
        ..Default::default()
    }
}

/// Four articles: a and b one source (b copies a), c and d sources of their own.
fn report() -> Report {
    use Attribution::*;
    use CasualtyKind::*;
    use Qualifier::*;
    Report {
        articles: vec![
            art("a", "S1"),
            art("b", "S1"),
            art("c", "S2"),
            art("d", "S3"),
        ],
        casualties: vec![
            // in the source and its copy only
            figure("a", Killed, 30000, Exact, Stated),
            figure("b", Killed, 30000, Approx, Stated),
            // in the source, its copy and another source; twice in the copy
            figure("a", Killed, 1200, MoreThan, Attributed),
            figure("b", Killed, 1200, MoreThan, Stated),
            figure("b", Killed, 1200, MoreThan, Stated),
            figure("c", Killed, 1200, MoreThan, Hedged),
            // in two independent sources
            figure("c", Wounded, 40, Exact, Stated),
            figure("d", Wounded, 40, Exact, Disputed),
            // in one article; the same number of another kind is another figure
            figure("d", Killed, 40, Exact, Stated),
        ],
        sources: vec![SourceGroup {
            id: "S1".into(),
            articles: vec!["a".into(), "b".into()],
            links: vec![SourceLink {
                from: "b".into(),
                to: "a".into(),
                kind: LinkKind::Copy,
                score: 0.9,
                shared: vec!["Giumri".into()],
            }],
        }],
        ..Report::default()
    }
}

#[test]
fn a_copy_counts_once_and_does_not_look_corroborated() {
    let r = report();
    let all = carriers(&r, &[]);
    let of = |i: usize| &all[&FigureKey::of(&r.casualties[i])];
    // a and its copy b: one source
    let c = of(0);
    assert_eq!((c.independent(), c.copies()), (1, 1));
    assert_eq!(c.label(), "1 source (+1 copy)");
    assert_eq!(c.sources[0].group, "S1");
    assert_eq!(c.sources[0].articles, ["a", "b"]);
    let others = c.others("a");
    assert_eq!(others.len(), 1);
    assert_eq!(others[0].article, "b");
    assert!(others[0].same_source, "the copy is the same source");
    // "about 30,000" and "30,000" are one figure: the qualifier is not part of it
    assert_eq!(of(1), c);
    // a, b (twice) and c: two sources, one copy; the article repeating it counts once
    let c = of(2);
    assert_eq!(c.label(), "2 independent sources (+1 copy)");
    let others = c.others("c");
    assert_eq!(
        others
            .iter()
            .map(|o| (o.article, o.group, o.same_source))
            .collect::<Vec<_>>(),
        [("a", "S1", false), ("b", "S1", false)]
    );
    // two independent sources, whatever their attribution
    assert_eq!(of(6).label(), "2 independent sources");
    // one article
    assert_eq!(of(8).label(), "1 source");
    assert!(of(8).others("d").is_empty());
    assert_eq!(all.len(), 4);
}

#[test]
fn sources_are_counted_over_the_articles_in_view() {
    let r = report();
    let only = |ids: &[&str]| {
        let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
        carriers(&r, &ids)
    };
    let k = FigureKey::of(&r.casualties[2]);
    assert_eq!(only(&["a", "c"])[&k].label(), "2 independent sources");
    assert_eq!(only(&["b"])[&k].label(), "1 source");
    assert_eq!(only(&["a", "b"])[&k].label(), "1 source (+1 copy)");
    assert!(!only(&["d"]).contains_key(&k));
}

#[test]
fn an_article_without_a_group_is_a_source_of_its_own() {
    let mut r = report();
    for a in &mut r.articles {
        a.source_group.clear();
    }
    assert_eq!(source_of(&r, "b"), "b");
    assert_eq!(source_of(&r, "ghost"), "ghost");
    let all = carriers(&r, &[]);
    assert_eq!(
        all[&FigureKey::of(&r.casualties[0])].label(),
        "2 independent sources"
    );
    let r = report();
    assert_eq!(source_of(&r, "b"), "S1");
}

#[test]
fn hedged_and_disputed_are_hollow() {
    assert!(!hollow(Attribution::Stated));
    assert!(!hollow(Attribution::Attributed));
    assert!(hollow(Attribution::Hedged));
    assert!(hollow(Attribution::Disputed));
}

#[test]
fn a_link_is_found_either_way() {
    let r = report();
    assert_eq!(
        link_between(&r, "a", "b").map(|l| l.kind),
        Some(LinkKind::Copy)
    );
    assert!(link_between(&r, "b", "a").is_some());
    assert!(link_between(&r, "a", "c").is_none());
}

#[test]
fn shared_evidence_is_found_in_each_article() {
    let s = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let from = s(&[
        "Russia has a military base in Giumri, the second largest city in Armenia.",
        "“Russia will provide all necessary assistance to Yerevan if the clashes take place directly on Armenian territory,” the ministry said.",
        "Some 30,000 people died in the 1990s.",
    ]);
    let to = s(&[
        "Russia has a military base in Armenia's second-largest city of Gyumri.",
        "\"Russia will render Yerevan all necessary assistance if clashes take place directly on the territory of Armenia,\" the ministry said.",
        "The war killed 30000 people.",
    ]);
    // a name: as it is in one, spelt one letter apart in the other
    assert_eq!(
        find("Giumri", &from),
        Found::Verbatim {
            sentence: 0,
            start: 30,
            end: 36
        }
    );
    assert_eq!(find("Giumri", &to), Found::Close { sentence: 0 });
    // a quotation, as the link wraps it: its marks dropped; translated back, most words kept
    let q = "“Russia will provide all necessary assistance to Yerevan if the clashes take place directly on Armenian territory”";
    assert!(matches!(
        find(q, &from),
        Found::Verbatim { sentence: 1, .. }
    ));
    assert_eq!(find(q, &to), Found::Close { sentence: 1 });
    // a cut quotation (“…”) still matches
    assert!(matches!(
        find("“Russia will provide all necessary…”", &from),
        Found::Verbatim { sentence: 1, .. }
    ));
    // a figure with and without its thousands separator
    assert!(matches!(
        find("30,000", &from),
        Found::Verbatim { sentence: 2, .. }
    ));
    assert_eq!(find("30,000", &to), Found::Close { sentence: 2 });
    // a short word is not stretched to another; nothing is not found
    assert_eq!(find("Baku", &from), Found::Absent);
    assert_eq!(find("Kiev", &s(&["Kyiv was shelled."])), Found::Absent);
    assert_eq!(find("", &from), Found::Absent);
    assert_eq!(find("“”", &from), Found::Absent);
    // the highlighted range slices the sentence
    if let Found::Verbatim {
        sentence,
        start,
        end,
    } = find("Giumri", &from)
    {
        assert_eq!(from[sentence].get(start..end), Some("Giumri"));
    }
}

#[test]
fn sentences_are_the_reports_evidence() {
    let input = ArticleInput {
        id: "x".into(),
        text: "Twelve people were killed on Monday.  Officials said\nthe toll would rise.".into(),
        ..Default::default()
    };
    let sents = crosscheck_web::provenance::sentences(&input);
    assert_eq!(
        sents,
        [
            "Twelve people were killed on Monday.",
            "Officials said the toll would rise."
        ]
    );
}
