//! Native tests of "Where the reports disagree": which contradictions of a Report become lines,
//! and what each line links to.

use crosscheck_core::*;
use crosscheck_web::disagreements::{attempts, figures, lines, ordinal, stances, Kind, Part};

fn ev(article: &str, start: usize) -> Evidence {
    Evidence {
        article: article.into(),
        start,
        end: start + 10,
        sentence: format!("sentence of {article} at {start}"),
    }
}

fn article(id: &str, group: &str) -> Article {
    Article {
        id: id.into(),
        source_group: group.into(),
        ..Article::default()
    }
}

fn mention(article: &str, start: usize, count: Option<u32>, ordinal: Option<u32>) -> TruceMention {
    TruceMention {
        evidence: ev(article, start),
        claim: None,
        quote: "q".into(),
        count,
        ordinal,
    }
}

fn truce(id: &str, what: &str, count: Option<u32>, mentions: Vec<TruceMention>) -> Truce {
    Truce {
        id: id.into(),
        what: what.into(),
        date: None,
        date_inferred: false,
        venue: None,
        brokers: vec![],
        parties: vec![],
        outcome: None,
        scope: Scope::Current,
        count,
        mentions,
    }
}

fn toll(id: &str, article: &str, low: u64, high: Option<u64>, q: Qualifier) -> Casualty {
    Casualty {
        id: id.into(),
        evidence: ev(article, 0),
        kind: CasualtyKind::Killed,
        count: Count {
            low: Some(low),
            high,
            qualifier: q,
        },
        population: Population::Unspecified,
        sides: None,
        scope: Scope::Current,
        level: Level::Toll,
        source: None,
        attribution: Attribution::Stated,
        quote: "q".into(),
        notes: vec![],
    }
}

fn stance(id: &str, article: &str, actor: &str, kind: StanceType, target: Option<&str>) -> Stance {
    Stance {
        id: id.into(),
        evidence: ev(article, id.len()),
        actor: actor.into(),
        speaker: None,
        kind,
        target: target.map(String::from),
        quote: "q".into(),
    }
}

fn actor(id: &str, name: &str) -> Actor {
    Actor {
        id: id.into(),
        name: name.into(),
        kind: ActorKind::State,
        aliases: vec![],
    }
}

/// Five articles, four sources (a and b are one), like the bundled corpus.
fn base() -> Report {
    Report {
        articles: vec![
            article("a", "S1"),
            article("b", "S1"),
            article("c", "S2"),
            article("d", "S3"),
            article("e", "S4"),
        ],
        actors: vec![
            actor("ARM", "Armenia"),
            actor("AZE", "Azerbaijan"),
            actor("TUR", "Turkey"),
        ],
        ..Report::default()
    }
}

#[test]
fn ordinals_read_as_words() {
    assert_eq!(ordinal(1), "1st");
    assert_eq!(ordinal(2), "2nd");
    assert_eq!(ordinal(3), "3rd");
    assert_eq!(ordinal(4), "4th");
    assert_eq!(ordinal(11), "11th");
    assert_eq!(ordinal(12), "12th");
    assert_eq!(ordinal(22), "22nd");
}

#[test]
fn a_fourth_attempt_against_counts_of_three_and_two_is_one_line_linking_each_claim() {
    let mut r = base();
    r.truces = vec![
        truce(
            "geneva",
            "ceasefire talks in Geneva",
            None,
            vec![mention("a", 0, None, None), mention("e", 50, None, Some(4))],
        ),
        truce(
            "earlier-3",
            "3 earlier ceasefires",
            Some(3),
            vec![
                mention("a", 100, Some(3), None),
                mention("b", 100, Some(3), None),
                mention("c", 100, Some(2), None),
                mention("d", 100, Some(3), None),
                mention("e", 100, Some(2), None),
            ],
        ),
    ];
    let line = attempts(&r, &r).expect("the counts differ");
    assert_eq!(line.kind, Kind::Attempts);
    assert_eq!(
        line.text(),
        "Attempts: 1 report calls the ceasefire talks in Geneva the 4th attempt; \
         3 reports count 3 earlier attempts before it; 2 reports count 2"
    );
    // each claim opens its first mention: the mention's index in the attempt
    assert_eq!(
        line.links(),
        vec![
            ("e", "geneva.1"),
            ("a", "earlier-3.0"),
            ("c", "earlier-3.2")
        ]
    );
}

#[test]
fn a_mention_is_linked_by_its_index_in_the_full_report() {
    let mut full = base();
    full.truces = vec![truce(
        "earlier-3",
        "3 earlier ceasefires",
        Some(3),
        vec![
            mention("a", 100, Some(3), None),
            mention("c", 100, Some(2), None),
            mention("d", 100, Some(3), None),
        ],
    )];
    // the article filter leaves c and d: c's mention is index 0 there, 1 in the full Report
    let mut shown = full.clone();
    shown.truces[0].mentions.remove(0);
    let line = attempts(&shown, &full).expect("2 against 3");
    assert_eq!(
        line.links(),
        vec![("c", "earlier-3.1"), ("d", "earlier-3.2")]
    );
}

#[test]
fn attempt_numbers_that_agree_are_no_disagreement() {
    let mut r = base();
    r.truces = vec![
        truce(
            "geneva",
            "ceasefire talks in Geneva",
            None,
            vec![mention("e", 50, None, Some(4))],
        ),
        truce(
            "earlier-3",
            "3 earlier ceasefires",
            Some(3),
            vec![
                mention("a", 100, Some(3), None),
                mention("d", 100, Some(3), None),
            ],
        ),
    ];
    assert_eq!(attempts(&r, &r), None);
    // an ordinal alone, or a count alone, contradicts nothing
    r.truces.remove(1);
    assert_eq!(attempts(&r, &r), None);
    // two attempts with their own ordinals are two attempts, not a contradiction
    r.truces.push(truce(
        "moscow",
        "ceasefire talks in Moscow",
        None,
        vec![mention("a", 10, None, Some(2))],
    ));
    assert_eq!(attempts(&r, &r), None);
    // but one attempt called the 4th and the 5th is
    r.truces[0].mentions.push(mention("d", 5, None, Some(5)));
    assert!(attempts(&r, &r).is_some());
}

#[test]
fn historical_attempts_are_left_out() {
    let mut r = base();
    let mut t = truce(
        "earlier-3",
        "3 earlier ceasefires",
        Some(3),
        vec![
            mention("a", 100, Some(3), None),
            mention("c", 100, Some(2), None),
        ],
    );
    t.scope = Scope::Historical;
    r.truces = vec![t];
    assert_eq!(attempts(&r, &r), None);
}

#[test]
fn tolls_of_two_sources_that_do_not_overlap_are_one_line_with_the_pair_furthest_apart() {
    let mut r = base();
    r.casualties = vec![
        toll("c1", "a", 1250, Some(1250), Qualifier::Exact),
        toll("c2", "b", 1000, None, Qualifier::MoreThan),
        toll("c3", "c", 2000, Some(9999), Qualifier::Vague),
        toll("c4", "d", 5000, None, Qualifier::MoreThan),
        toll("c5", "e", 1200, None, Qualifier::MoreThan),
    ];
    let ls = figures(&r);
    assert_eq!(ls.len(), 1);
    assert_eq!(
        ls[0].text(),
        "Current death toll: 1,250 in one source, more than 5,000 in another (4 independent sources stating one)"
    );
    assert_eq!(ls[0].links(), vec![("a", "c1"), ("d", "c4")]);
}

#[test]
fn figures_that_overlap_or_share_a_source_are_no_disagreement() {
    let mut r = base();
    // open-ended figures overlap everything above them
    r.casualties = vec![
        toll("c1", "a", 1000, None, Qualifier::MoreThan),
        toll("c2", "c", 1200, None, Qualifier::MoreThan),
        toll("c3", "d", 2000, Some(9999), Qualifier::Vague),
    ];
    assert!(figures(&r).is_empty());
    // a and b are one source (a copy): they do not disagree with each other
    r.casualties = vec![
        toll("c1", "a", 1250, Some(1250), Qualifier::Exact),
        toll("c2", "b", 3000, Some(3000), Qualifier::Exact),
    ];
    assert!(figures(&r).is_empty());
    // different kinds, populations, scopes or levels are different tolls
    let mut w = toll("c2", "c", 3000, Some(3000), Qualifier::Exact);
    w.kind = CasualtyKind::Wounded;
    let mut civ = toll("c3", "d", 3000, Some(3000), Qualifier::Exact);
    civ.population = Population::Civilians;
    let mut hist = toll("c4", "e", 30000, Some(30000), Qualifier::Exact);
    hist.scope = Scope::Historical;
    let mut inc = toll("c5", "e", 3, Some(3), Qualifier::Exact);
    inc.level = Level::Incident;
    r.casualties = vec![
        toll("c1", "a", 1250, Some(1250), Qualifier::Exact),
        w,
        civ,
        hist,
        inc,
    ];
    assert!(figures(&r).is_empty());
    // a figure without a number states no range
    r.casualties = vec![
        toll("c1", "a", 1250, Some(1250), Qualifier::Exact),
        Casualty {
            count: Count {
                low: None,
                high: None,
                qualifier: Qualifier::Unquantified,
            },
            ..toll("c2", "c", 0, None, Qualifier::Unquantified)
        },
    ];
    assert!(figures(&r).is_empty());
}

#[test]
fn civilian_tolls_are_named_as_such() {
    let mut r = base();
    let mut a = toll("c1", "a", 10, Some(10), Qualifier::Exact);
    a.population = Population::Civilians;
    let mut b = toll("c2", "c", 40, Some(40), Qualifier::Exact);
    b.population = Population::Civilians;
    r.casualties = vec![a, b];
    let ls = figures(&r);
    assert_eq!(ls.len(), 1);
    assert!(ls[0]
        .text()
        .starts_with("Current civilian death toll: 10 in one source, 40 in another"));
}

#[test]
fn an_accusation_the_accused_denies_is_a_line_linking_both_in_the_same_article() {
    let mut r = base();
    r.stances = vec![
        stance("s1", "a", "ARM", StanceType::Accuse, Some("AZE")),
        stance("s2", "c", "ARM", StanceType::Accuse, Some("AZE")),
        stance("s3", "c", "AZE", StanceType::Deny, None),
        stance("s4", "d", "AZE", StanceType::Accuse, Some("ARM")),
        // Armenia denies, but something Turkey said, not Azerbaijan's accusation
        stance("s5", "d", "ARM", StanceType::Deny, Some("TUR")),
        stance("s6", "e", "ARM", StanceType::Accuse, Some("TUR")),
        stance("s7", "a", "TUR", StanceType::Deny, Some("ARM")),
    ];
    let ls = stances(&r);
    let texts: Vec<String> = ls.iter().map(|l| l.text()).collect();
    assert_eq!(
        texts,
        vec![
            "Armenia accuses Azerbaijan (2 reports); Azerbaijan denies (1 report)",
            "Armenia accuses Turkey (1 report); Turkey denies (1 report)",
        ]
    );
    // the accusation of the article that also holds the denial
    assert_eq!(ls[0].links(), vec![("c", "s2"), ("c", "s3")]);
    assert_eq!(ls[1].links(), vec![("e", "s6"), ("a", "s7")]);
    assert!(ls.iter().all(|l| l.kind == Kind::Stance));
}

#[test]
fn a_line_opens_with_a_capital() {
    let mut r = base();
    r.actors
        .push(actor("SEP", "defense ministry of the separatists"));
    r.stances = vec![
        stance("s1", "a", "SEP", StanceType::Accuse, Some("AZE")),
        stance("s2", "a", "AZE", StanceType::Deny, Some("SEP")),
    ];
    let ls = stances(&r);
    assert_eq!(
        ls[0].text(),
        "Defense ministry of the separatists accuses Azerbaijan (1 report); Azerbaijan denies (1 report)"
    );
}

#[test]
fn no_contradiction_no_line() {
    let mut r = base();
    assert!(lines(&r, &r).is_empty());
    r.stances = vec![
        stance("s1", "a", "ARM", StanceType::Accuse, Some("AZE")),
        stance("s2", "a", "AZE", StanceType::Warn, Some("ARM")),
        // a denial without an accusation of the denier
        stance("s3", "a", "TUR", StanceType::Deny, None),
    ];
    assert!(lines(&r, &r).is_empty());
}

#[test]
fn lines_come_attempts_first_then_figures_then_stances_and_every_link_is_a_record() {
    let mut r = base();
    r.truces = vec![truce(
        "earlier-3",
        "3 earlier ceasefires",
        Some(3),
        vec![
            mention("a", 100, Some(3), None),
            mention("c", 100, Some(2), None),
        ],
    )];
    r.casualties = vec![
        toll("c1", "a", 10, Some(10), Qualifier::Exact),
        toll("c2", "c", 40, Some(40), Qualifier::Exact),
    ];
    r.stances = vec![
        stance("s1", "a", "ARM", StanceType::Accuse, Some("AZE")),
        stance("s2", "c", "AZE", StanceType::Deny, None),
    ];
    let ls = lines(&r, &r);
    let kinds: Vec<Kind> = ls.iter().map(|l| l.kind).collect();
    assert_eq!(kinds, vec![Kind::Attempts, Kind::Figure, Kind::Stance]);
    for l in &ls {
        for p in &l.parts {
            if let Part::Link { article, id, .. } = p {
                let e = crosscheck_web::state::record_evidence(&r, id)
                    .unwrap_or_else(|| panic!("{id} is no record"));
                assert_eq!(&e.article, article);
            }
        }
    }
}

/// The pair of figures the old search found: every pair tried, the first of the widest gap.
fn furthest_apart_by_every_pair(r: &Report) -> Option<(String, String)> {
    use crosscheck_web::provenance::source_of;
    let range = |c: &Casualty| -> Option<(u64, u64)> {
        let low = c.count.low?;
        match c.count.qualifier {
            Qualifier::Unquantified => None,
            Qualifier::MoreThan => Some((low.saturating_add(1), u64::MAX)),
            Qualifier::AtLeast => Some((low, u64::MAX)),
            _ => Some((low, c.count.high.unwrap_or(u64::MAX).max(low))),
        }
    };
    let figs: Vec<(&Casualty, (u64, u64))> = r
        .casualties
        .iter()
        .filter_map(|c| range(c).map(|g| (c, g)))
        .collect();
    let mut best: Option<(u64, &Casualty, &Casualty)> = None;
    for (a, (_, a_hi)) in &figs {
        for (b, (b_lo, _)) in &figs {
            if a_hi >= b_lo
                || source_of(r, &a.evidence.article) == source_of(r, &b.evidence.article)
            {
                continue;
            }
            if best.is_none_or(|(g, _, _)| b_lo - a_hi > g) {
                best = Some((b_lo - a_hi, a, b));
            }
        }
    }
    best.map(|(_, a, b)| (a.id.clone(), b.id.clone()))
}

#[test]
fn the_pair_furthest_apart_is_the_one_every_pair_tried_finds_first() {
    // many small bundles: figures with ties, open ends, ranges, shared sources
    let mut seed: u64 = 7;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let arts = ["a", "b", "c", "d", "e"];
    for round in 0..2000 {
        let mut r = base();
        let n = 1 + next(9) as usize;
        r.casualties = (0..n)
            .map(|i| {
                let low = 1 + next(12) * 100;
                let (high, q) = match next(4) {
                    0 => (Some(low), Qualifier::Exact),
                    1 => (None, Qualifier::MoreThan),
                    2 => (Some(low + next(5) * 100), Qualifier::Vague),
                    _ => (None, Qualifier::Exact),
                };
                toll(&format!("c{i}"), arts[next(5) as usize], low, high, q)
            })
            .collect();
        let want = furthest_apart_by_every_pair(&r);
        let got = figures(&r).first().map(|l| {
            let links = l.links();
            (links[0].1.to_string(), links[1].1.to_string())
        });
        assert_eq!(got, want, "round {round}: {:?}", r.casualties);
    }
}
