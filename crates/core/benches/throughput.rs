//! `cargo bench -p crosscheck-core`: extraction throughput on the bundled articles, repeated to
//! at least 10 MB (each copy a separate article, as a large bundle would be), in MB/s.
//! Also times a single 10 MB article. Prints the figures; asserts nothing about speed.

use crosscheck_core::{analyze, ArticleInput};
use std::time::Instant;

fn corpus() -> Vec<ArticleInput> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../articles");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("articles/")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| ArticleInput {
            id: p.file_stem().unwrap().to_string_lossy().into(),
            text: std::fs::read_to_string(p).unwrap(),
            ..Default::default()
        })
        .collect()
}

fn run(label: &str, inputs: &[ArticleInput]) {
    let bytes: usize = inputs.iter().map(|a| a.text.len()).sum();
    // warm up, then best of 3
    let _ = analyze(&inputs[..inputs.len().min(5)]);
    let mut best = f64::MAX;
    let mut records = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let r = analyze(inputs);
        let s = t.elapsed().as_secs_f64();
        records = r.casualties.len()
            + r.stances.len()
            + r.truces.iter().map(|t| t.mentions.len()).sum::<usize>();
        best = best.min(s);
    }
    println!(
        "{label}: {:.1} MB in {:.3} s = {:.1} MB/s ({} records)",
        bytes as f64 / 1e6,
        best,
        bytes as f64 / 1e6 / best,
        records
    );
}

fn main() {
    let base = corpus();
    let one: usize = base.iter().map(|a| a.text.len()).sum();
    let copies = (10_000_000 / one) + 1;
    let mut many = Vec::new();
    for k in 0..copies {
        for a in &base {
            many.push(ArticleInput {
                id: format!("{}-{k}", a.id),
                ..a.clone()
            });
        }
    }
    run(
        &format!("bundled articles x{copies} ({} articles)", many.len()),
        &many,
    );
    let big_text: String = std::iter::repeat_n(
        base.iter()
            .map(|a| a.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n"),
        copies,
    )
    .collect::<Vec<_>>()
    .join("\n\n");
    run(
        "one 10 MB article",
        &[ArticleInput {
            id: "big".into(),
            text: big_text,
            ..Default::default()
        }],
    );
}
