//! Native tests of the page's formatting: how figures and the headline read.

use crosscheck_core::*;
use crosscheck_web::format::{article_label, count, score, short, spread, thousands};

fn toll(article: &str, low: u64, q: Qualifier, quote: &str) -> Casualty {
    Casualty {
        id: String::new(),
        evidence: Evidence {
            article: article.into(),
            start: 0,
            end: 1,
            sentence: quote.into(),
        },
        kind: CasualtyKind::Killed,
        count: Count {
            low: Some(low),
            high: if q == Qualifier::MoreThan {
                None
            } else {
                Some(low)
            },
            qualifier: q,
        },
        population: Population::Unspecified,
        sides: None,
        scope: Scope::Current,
        level: Level::Toll,
        source: None,
        attribution: Attribution::Stated,
        quote: quote.into(),
        notes: vec![],
    }
}

#[test]
fn counts_read_as_words() {
    assert_eq!(thousands(1250), "1,250");
    assert_eq!(thousands(999), "999");
    assert_eq!(
        count(&Count {
            low: Some(1200),
            high: None,
            qualifier: Qualifier::MoreThan
        }),
        "more than 1,200"
    );
    assert_eq!(
        count(&Count {
            low: Some(2000),
            high: Some(9999),
            qualifier: Qualifier::Vague
        }),
        "2,000–9,999 (vague)"
    );
    assert_eq!(
        count(&Count {
            low: None,
            high: None,
            qualifier: Qualifier::Unquantified
        }),
        "unquantified"
    );
}

#[test]
fn headline_states_the_spread() {
    let mut r = Report {
        casualties: vec![
            toll("a", 1000, Qualifier::MoreThan, "more than a thousand dead"),
            toll(
                "b",
                5000,
                Qualifier::MoreThan,
                "greater than 5,000 individuals",
            ),
            toll("c", 1250, Qualifier::Exact, "1,250 deaths"),
        ],
        ..Default::default()
    };
    // no article metadata: each report its own source
    assert_eq!(
        spread(&r).unwrap(),
        "Current death toll claims range from more than 1,000 to more than 5,000 across 3 reports from 3 independent sources"
    );
    // a and b one source (a copy), c another
    let art = |id: &str, g: &str| Article {
        id: id.into(),
        source_group: g.into(),
        ..Default::default()
    };
    r.articles = vec![art("a", "S1"), art("b", "S1"), art("c", "S2")];
    assert_eq!(
        spread(&r).unwrap(),
        "Current death toll claims range from more than 1,000 to more than 5,000 across 3 reports from 2 independent sources"
    );
    r.casualties.clear();
    assert_eq!(spread(&r), None);
}

#[test]
fn article_label_cuts_the_id_by_chars() {
    let art = |id: &str, outlet: Option<&str>| Article {
        id: id.into(),
        title: None,
        outlet: outlet.map(str::to_string),
        date: None,
        date_inferred: false,
        url: None,
        chars: 0,
        source_group: "S1".into(),
    };
    // ASCII ids read as before: the first three bytes
    assert_eq!(article_label(&art("003_771d6d", None)), "Article 003");
    assert_eq!(article_label(&art("ab", Some("Outlet"))), "Outlet (ab)");
    // a multi-byte char across byte 3 (é is 2 bytes, “ and — are 3, the dove 4): no panic, three chars
    assert_eq!(article_label(&art("ééé-x", None)), "Article ééé");
    assert_eq!(article_label(&art("a“war”", Some("O"))), "O (a“w)");
    assert_eq!(article_label(&art("—🕊x.txt", None)), "Article —🕊x");
    let titled = Article {
        title: Some("Talks fail".into()),
        ..art("ééé", None)
    };
    assert_eq!(article_label(&titled), "Talks fail");
}

#[test]
fn short_labels_and_scores() {
    assert_eq!(
        short("The Moscow Times (001)", 30),
        "The Moscow Times (001)"
    );
    assert_eq!(
        short(
            "Russia ready to provide Armenia with 'all necessary help'",
            24
        ),
        "Russia ready to provide…"
    );
    // cut by chars, never inside one
    assert_eq!(short("ééééé", 3), "ééé…");
    assert_eq!(short("", 3), "");
    assert_eq!(score(0.394), "0.39");
    assert_eq!(score(0.999), "1.00");
    assert_eq!(score(0.05), "0.05");
    assert_eq!(score(1.7), "1.00");
    assert_eq!(score(f64::NAN), "0.00");
}
