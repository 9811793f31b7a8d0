//! Independent sources on whole articles: the constructed fixtures (`fixtures/sources/`: a wire
//! story, its copy, a rewrite, a translation, and two independent reports of the same strike),
//! the bundled articles (000 a translation of 001, the others alone), and, when `../shared/dev`
//! is there, the development corpus (50 independent reports) and the ACLED notes.

mod common;

use crosscheck_core::{analyze, bundle, sources, ArticleInput, Report};
use std::path::PathBuf;

/// The constructed fixtures, by name, in the order given.
fn fixtures(names: &[&str]) -> Vec<ArticleInput> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources");
    names
        .iter()
        .map(|n| ArticleInput {
            id: n.to_string(),
            text: std::fs::read_to_string(dir.join(format!("{n}.txt"))).expect("fixture"),
            ..Default::default()
        })
        .collect()
}

const ALL: [&str; 6] = ["wire", "copy", "rewrite", "translation", "local", "foreign"];

/// The groups and links of a Report, one line each: `S1 [a, b] b->a copy 0.93 | …`.
fn groups(r: &Report) -> String {
    let mut o = String::new();
    for g in &r.sources {
        o += &format!("{} [{}]", g.id, g.articles.join(", "));
        for l in &g.links {
            o += &format!(
                " {}->{} {} {:.2}",
                l.from,
                l.to,
                crosscheck_core::report::word(&l.kind),
                l.score
            );
        }
        o += "\n";
    }
    o
}

#[test]
fn the_constructed_bundle_groups_the_derived_stories_and_keeps_the_independent_apart() {
    let r = analyze(&fixtures(&ALL));
    // analyze reads articles in id order: copy, foreign, local, rewrite, translation, wire
    expect_test::expect![[r#"
        S1 [copy, rewrite, translation, wire] copy->wire copy 0.93 rewrite->wire rewrite 0.85 translation->wire translation 0.79
        S2 [foreign]
        S3 [local]
    "#]]
    .assert_eq(&groups(&r));
    let group_of = |id: &str| {
        r.articles
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.source_group.clone())
            .unwrap_or_default()
    };
    assert_eq!(group_of("wire"), "S1");
    assert_eq!(group_of("local"), "S3");
    // every link says what the two share; the copy names shared sentences
    let s1 = &r.sources[0];
    assert!(s1.links.iter().all(|l| l.shared.len() >= 3), "{s1:#?}");
    assert!(
        s1.links[0].shared[0].contains("A drone struck a crowded market"),
        "{:?}",
        s1.links[0].shared
    );
}

/// Each pair alone (a bundle of two: no other article tells which names are common): the
/// derived ones link with their kind, the independent ones stay apart.
#[test]
fn each_constructed_pair_alone() {
    let mut lines = Vec::new();
    for (a, b) in [
        ("wire", "copy"),
        ("wire", "rewrite"),
        ("wire", "translation"),
        ("wire", "local"),
        ("wire", "foreign"),
        ("local", "foreign"),
        ("translation", "local"),
        ("rewrite", "foreign"),
    ] {
        let r = analyze(&fixtures(&[a, b]));
        let link = r
            .sources
            .iter()
            .flat_map(|g| &g.links)
            .map(|l| format!("{} {:.2}", crosscheck_core::report::word(&l.kind), l.score))
            .next()
            .unwrap_or_else(|| format!("apart ({} sources)", r.sources.len()));
        lines.push(format!("{a} + {b}: {link}"));
    }
    expect_test::expect![[r#"
        wire + copy: copy 0.93
        wire + rewrite: rewrite 0.78
        wire + translation: translation 0.90
        wire + local: apart (2 sources)
        wire + foreign: apart (2 sources)
        local + foreign: apart (2 sources)
        translation + local: apart (2 sources)
        rewrite + foreign: apart (2 sources)"#]]
    .assert_eq(&lines.join("\n"));
}

#[test]
fn bundled_articles_000_and_001_are_one_source_the_others_stand_alone() {
    let r = analyze(&common::bundle());
    expect_test::expect![[r#"
        S1 [000_500703fcf927a9be, 001_7a4dfa32b95dec7a] 000_500703fcf927a9be->001_7a4dfa32b95dec7a translation 0.39
        S2 [002_b8948e8aed63f105]
        S3 [003_771d6d12542d22cc]
        S4 [004_585ca44ab16209e0]
    "#]]
    .assert_eq(&groups(&r));
    // the same as the gold's source_groups
    let gold: serde_json::Value = serde_json::from_str(&common::seeds()).expect("seeds.json");
    let want: Vec<Vec<String>> = gold["source_groups"]
        .as_array()
        .expect("seeds.json has source_groups")
        .iter()
        .map(|g| {
            g.as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap().trim_end_matches(".txt").to_string())
                .collect()
        })
        .collect();
    let got: Vec<Vec<String>> = r.sources.iter().map(|g| g.articles.clone()).collect();
    assert_eq!(got, want);
    // 000 and 001 share the quote and the rare names, not word sequences
    let shared = &r.sources[0].links[0].shared;
    for x in ["Cavanaugh", "Giumri"] {
        assert!(shared.iter().any(|s| s == x), "{shared:?}");
    }
    assert!(shared.iter().any(|s| s.starts_with("“Russia will provide")));
}

/// Whether 000 and 001 are one source does not depend on the other articles being there.
#[test]
fn the_bundled_translation_alone() {
    let all = common::bundle();
    let r = analyze(&all[..2]);
    assert_eq!(r.sources.len(), 1, "{}", groups(&r));
    for (i, j) in [
        (0, 2),
        (0, 3),
        (0, 4),
        (1, 2),
        (1, 3),
        (1, 4),
        (2, 3),
        (2, 4),
        (3, 4),
    ] {
        let r = analyze(&[all[i].clone(), all[j].clone()]);
        assert_eq!(r.sources.len(), 2, "{i} {j}: {}", groups(&r));
    }
}

fn shared_dev() -> Option<PathBuf> {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/dev");
    if d.join("articles").is_dir() {
        Some(d)
    } else {
        println!("skipping: {} not found", d.display());
        None
    }
}

/// The development corpus: 50 reports of many wars, independent as far as anyone knows — no
/// two are grouped.
#[test]
fn the_dev_corpus_has_no_false_groups() {
    let Some(dev) = shared_dev() else { return };
    let all: Vec<ArticleInput> = common::load_dir(&dev.join("articles"))
        .into_iter()
        .map(|x| x.2)
        .collect();
    let r = analyze(&all);
    assert_eq!(r.articles.len(), 50);
    let grouped: Vec<_> = r.sources.iter().filter(|g| g.articles.len() > 1).collect();
    assert!(grouped.is_empty(), "{grouped:#?}");
    assert_eq!(r.sources.len(), 50);
}

/// The pairs of an article bundle, with what they share: `cargo test -p crosscheck-core --test
/// sources tuning_table -- --ignored --nocapture` (prints the constructed, bundled and, when
/// present, development articles; quadratic, for tuning).
#[test]
#[ignore]
fn tuning_table() {
    let table = |inputs: &[ArticleInput]| {
        let trimmed = bundle::trim(inputs.iter(), &mut Vec::new());
        let b = bundle::bundle(&trimmed, Vec::new());
        let mut rows = sources::pair_table(&b);
        rows.sort_by(|x, y| y.2[1].total_cmp(&x.2[1]));
        let max = rows.iter().map(|r| r.2[0]).fold(0.0, f64::max);
        println!(
            "-- {} articles, highest shingle containment {max:.3}",
            inputs.len()
        );
        for (i, j, v, l) in rows.iter().take(12) {
            println!(
                "shingles {:.3} order {:.3} distinct {:>2} quotes {} ordered {:>2} {:?}  {} / {}",
                v[0], v[1], v[2], v[3], v[4], l, b.docs[*i].id, b.docs[*j].id
            );
        }
    };
    table(&fixtures(&ALL));
    table(&common::bundle());
    if let Some(dev) = shared_dev() {
        let all: Vec<ArticleInput> = common::load_dir(&dev.join("articles"))
            .into_iter()
            .map(|x| x.2)
            .collect();
        table(&all);
    }
}

/// Scale: the stage's time per article and the pairs it compares on 50, 500 and all 1,235
/// ACLED notes (short event notes, many written to one template), and on the development
/// articles once and ten times over (500 articles in 50 groups of ten copies): `cargo test -p
/// crosscheck-core --test sources scale -- --ignored --nocapture`.
#[test]
#[ignore]
fn scale() {
    let Some(dev) = shared_dev() else { return };
    let arts: Vec<ArticleInput> = common::load_dir(&dev.join("articles"))
        .into_iter()
        .map(|x| x.2)
        .collect();
    for copies in [1, 10] {
        let inputs: Vec<ArticleInput> = (0..copies)
            .flat_map(|c| {
                arts.iter().map(move |a| ArticleInput {
                    id: format!("{}-{c}", a.id),
                    ..a.clone()
                })
            })
            .collect();
        let mut sorted: Vec<&ArticleInput> = inputs.iter().collect();
        sorted.sort_by(|a, b| a.id.cmp(&b.id));
        let trimmed = bundle::trim(sorted, &mut Vec::new());
        let b = bundle::bundle(&trimmed, Vec::new());
        let t = std::time::Instant::now();
        let s = sources::sources(&b);
        let el = t.elapsed();
        println!(
            "dev x{copies}: {} articles, {:.1} ms ({:.1} µs an article), {} pairs compared, {} groups",
            inputs.len(),
            el.as_secs_f64() * 1e3,
            el.as_secs_f64() * 1e6 / inputs.len() as f64,
            sources::candidate_count(&b),
            s.groups.len()
        );
    }
    let Ok(csv) = std::fs::read_to_string(dev.join("acled/notes.csv")) else {
        return;
    };
    let rows = crosscheck_core::eval_acled::parse_csv(&csv);
    let col = rows[0]
        .iter()
        .position(|h| h == "text")
        .expect("a text column");
    let all: Vec<ArticleInput> = rows[1..]
        .iter()
        .enumerate()
        .map(|(k, r)| ArticleInput {
            id: format!("n{k:05}"),
            text: r.get(col).cloned().unwrap_or_default(),
            ..Default::default()
        })
        .collect();
    for n in [50, 500, all.len()] {
        let trimmed = bundle::trim(all[..n].iter(), &mut Vec::new());
        let b = bundle::bundle(&trimmed, Vec::new());
        let t = std::time::Instant::now();
        let s = sources::sources(&b);
        let el = t.elapsed();
        let grouped = s.groups.iter().filter(|g| g.articles.len() > 1).count();
        println!(
            "{n} notes: {:.1} ms ({:.1} µs a note), {} pairs compared, {grouped} groups of 2 or more",
            el.as_secs_f64() * 1e3,
            el.as_secs_f64() * 1e6 / n as f64,
            sources::candidate_count(&b),
        );
    }
}
