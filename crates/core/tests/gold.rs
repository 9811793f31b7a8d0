//! The bundled articles against their gold annotation (`tests/fixtures/seeds.json`): a floor on
//! the scores, evidence that slices the original texts, and determinism.

mod common;

use crosscheck_core::{analyze, eval, Report};
use std::sync::OnceLock;

fn bundle() -> &'static (Vec<crosscheck_core::ArticleInput>, Report) {
    static B: OnceLock<(Vec<crosscheck_core::ArticleInput>, Report)> = OnceLock::new();
    B.get_or_init(|| {
        let inputs = common::bundle();
        let report = analyze(&inputs);
        (inputs, report)
    })
}

#[test]
fn seed_scores_stay_above_the_floor() {
    let (inputs, report) = bundle();
    let texts: Vec<(String, String)> = inputs
        .iter()
        .map(|a| (a.id.clone(), a.text.clone()))
        .collect();
    let s = eval::evaluate(&common::seeds(), report, &texts).expect("seeds.json is a gold file");
    let all = s.to_text();
    assert!(
        s.casualties_strict.f1 >= 0.95,
        "casualties (strict) F1 {:.3} < 0.95\n{all}",
        s.casualties_strict.f1
    );
    assert_eq!(
        s.traps_reported, 0,
        "traps reported as casualty figures\n{all}"
    );
    assert!(s.traps_total > 0, "the seeds list traps");
    assert!(
        s.truce_mentions.f1 >= 0.90,
        "truce mentions F1 {:.3} < 0.90\n{all}",
        s.truce_mentions.f1
    );
    assert!(
        s.stances.f1 >= 0.85,
        "stances F1 {:.3} < 0.85\n{all}",
        s.stances.f1
    );

    // the Moscow truce (10 October) and the Geneva talks (30 October) are two attempts, dated
    let find = |word: &str| {
        s.truce_dates
            .iter()
            .find(|(gid, ..)| gid.contains(word))
            .unwrap_or_else(|| panic!("no gold truce with '{word}' in its id\n{all}"))
            .clone()
    };
    let (_, _, moscow_id, moscow_date) = find("moscow");
    let (_, _, geneva_id, geneva_date) = find("geneva");
    assert_eq!(
        moscow_date.as_deref(),
        Some("2020-10-10"),
        "Moscow attempt's date\n{all}"
    );
    assert_eq!(
        geneva_date.as_deref(),
        Some("2020-10-30"),
        "Geneva attempt's date\n{all}"
    );
    assert!(
        moscow_id.is_some() && geneva_id.is_some(),
        "both attempts found\n{all}"
    );
    assert_ne!(
        moscow_id, geneva_id,
        "Moscow and Geneva are different attempts\n{all}"
    );
    println!("{all}");
}

#[test]
fn every_evidence_slices_the_original_text() {
    let (inputs, report) = bundle();
    let evidence = common::all_evidence(report);
    assert!(
        evidence.len() > 40,
        "the bundle gives records ({} evidences)",
        evidence.len()
    );
    common::assert_offsets_on_boundaries(inputs, report);
    for (label, ev) in evidence {
        let text = &inputs
            .iter()
            .find(|a| a.id == ev.article)
            .expect("article")
            .text;
        let slice = text
            .get(ev.start..ev.end)
            .expect("evidence on char boundaries");
        assert_eq!(
            common::fold_joined(slice),
            common::fold_joined(&ev.sentence),
            "{label} in {}: text[{}..{}] is not its sentence",
            ev.article,
            ev.start,
            ev.end
        );
        // the slice is the sentence, no more: it starts and ends on non-space
        assert_eq!(
            slice.trim(),
            slice,
            "{label}: the slice has white space at its ends"
        );
    }
}

#[test]
fn every_record_quote_lies_in_its_sentence() {
    let (_, report) = bundle();
    let inside = |q: &str, s: &str| common::fold_joined(s).contains(&common::fold_joined(q));
    for c in &report.casualties {
        assert!(
            inside(&c.quote, &c.evidence.sentence),
            "casualty quote {:?} not in {:?}",
            c.quote,
            c.evidence.sentence
        );
    }
    for t in &report.truces {
        for m in &t.mentions {
            assert!(
                inside(&m.quote, &m.evidence.sentence),
                "truce quote {:?} not in {:?}",
                m.quote,
                m.evidence.sentence
            );
        }
    }
    for s in &report.stances {
        assert!(
            inside(&s.quote, &s.evidence.sentence),
            "stance quote {:?} not in {:?}",
            s.quote,
            s.evidence.sentence
        );
    }
}

#[test]
fn analysis_is_deterministic() {
    let (inputs, report) = bundle();
    let again = analyze(inputs);
    assert_eq!(report.to_json(), again.to_json());
    // and in a fresh run on freshly loaded inputs
    assert_eq!(report.to_json(), analyze(&common::bundle()).to_json());
}

#[test]
fn undated_articles_take_the_bundle_day_marked_inferred() {
    let (_, report) = bundle();
    let seeds: serde_json::Value = serde_json::from_str(&common::seeds()).unwrap();
    let day = seeds["event_day"].as_str().unwrap();
    for (file, meta) in seeds["articles"].as_object().unwrap() {
        let id = file.trim_end_matches(".txt");
        let a = report.articles.iter().find(|a| a.id == id).unwrap();
        assert_eq!(a.date.as_deref(), Some(day), "{id}");
        assert_eq!(
            a.date_inferred,
            meta["date"].is_null(),
            "{id}: inferred is marked only where the text has no date"
        );
    }
}
