//! `analyze_with_progress`: the Report is `analyze`'s, and the progress it reports grows one
//! step at a time to its total (three steps per article, plus sources and consolidation).

mod common;

use crosscheck_core::{analyze, analyze_with_progress};

#[test]
fn progress_counts_every_step_and_the_report_is_analyzes() {
    let inputs = common::bundle();
    assert!(!inputs.is_empty());
    let mut seen: Vec<(usize, usize)> = Vec::new();
    let r = analyze_with_progress(&inputs, &mut |done, total| seen.push((done, total)));
    assert_eq!(r.to_json(), analyze(&inputs).to_json());
    let total = 3 * inputs.len() + 2;
    assert_eq!(seen.len(), total);
    for (k, &(done, t)) in seen.iter().enumerate() {
        assert_eq!((done, t), (k + 1, total));
    }
}

#[test]
fn an_empty_bundle_still_ends_its_progress() {
    let mut last = None;
    analyze_with_progress(&[], &mut |done, total| last = Some((done, total)));
    assert_eq!(last, Some((2, 2)));
}
