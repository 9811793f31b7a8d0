//! The `crosscheck` binary as a user runs it: help, JSON, CSV, text, eval, and clear errors.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("run crosscheck");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn help_explains_the_tool() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    for word in ["USAGE", "--format", "eval", "manifest.json", "casualty"] {
        assert!(out.contains(word), "help lacks {word}");
    }
}

#[test]
fn json_is_a_report() {
    let (code, out, _) = run(&["--format", "json", "articles/"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["schema"], "crosscheck.report/2");
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    for key in [
        "actors",
        "casualties",
        "truces",
        "stances",
        "sources",
        "diagnostics",
    ] {
        assert!(v[key].is_array(), "{key}");
    }
    // 000 and 001 are one AFP dispatch (001 in English, 000 translated): one source of four
    let groups: Vec<&str> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["source_group"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["S1", "S1", "S2", "S3", "S4"]);
    assert_eq!(v["sources"].as_array().unwrap().len(), 4);
    let link = &v["sources"][0]["links"][0];
    assert_eq!(link["kind"], "translation");
    assert_eq!(link["from"], "000_500703fcf927a9be");
    assert!(link["shared"].as_array().is_some_and(|s| !s.is_empty()));
    assert_eq!(v["articles"][4]["outlet"], "Press TV", "manifest metadata");
}

#[test]
fn csv_and_text() {
    let (code, out, _) = run(&["--format", "csv", "--table", "casualties", "articles/"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("id,article,source_group,kind,low,high,qualifier"));
    assert_eq!(out.lines().count(), 18, "header + 17 figures");
    let rows = crosscheck_core::eval_acled::parse_csv(&out);
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let (art, group, attr) = (col("article"), col("source_group"), col("attribution"));
    for f in &rows[1..] {
        let want = if f[art].starts_with("000") || f[art].starts_with("001") {
            "S1"
        } else {
            "S"
        };
        assert!(f[group].starts_with(want), "{f:?}");
        assert!(
            ["stated", "attributed", "hedged", "disputed"].contains(&f[attr].as_str()),
            "{f:?}"
        );
    }
    // every table after its '# <table>' line
    let (code, out, _) = run(&["--format", "csv", "articles/"]);
    assert_eq!(code, 0);
    for t in ["# casualties", "# truces", "# stances"] {
        assert!(out.lines().any(|l| l == t), "{t}");
    }
    let (code, out, _) = run(&["articles/"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Crosscheck report: 5 reports from 4 independent sources\n"),
        "{out}"
    );
    assert!(
        out.contains("000_500703fcf927a9be is a translation of 001_7a4dfa32b95dec7a"),
        "{out}"
    );
    let (code, out, _) = run(&["articles/004_585ca44ab16209e0.txt"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Casualty figures:") && out.contains("2020-10-31"),
        "{out}"
    );
}

#[test]
fn eval_prints_scores() {
    let (code, out, _) = run(&["eval", "crates/core/tests/fixtures/seeds.json", "articles/"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("casualties (strict)")
            && out.contains("traps reported as casualties: 0 of 23")
            && out.contains("source groups agree on 10 of 10 article pairs"),
        "{out}"
    );
}

#[test]
fn unreadable_paths_and_bad_usage_are_clear_errors() {
    let (code, _, err) = run(&["no/such/folder"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read no/such/folder"), "{err}");
    let (code, _, err) = run(&["--format", "xml", "articles/"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown format"), "{err}");
    let (code, _, err) = run(&["eval", "articles/"]);
    assert_eq!(code, 2);
    assert!(err.contains("GOLD.json"), "{err}");
}

/// A fresh folder under the target directory for one test's files.
fn folder(name: &str, files: &[(&str, &[u8])]) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (f, bytes) in files {
        std::fs::write(dir.join(f), bytes).unwrap();
    }
    dir
}

#[test]
fn html_and_markdown_files_are_read_like_the_page_reads_them() {
    let dir = folder(
        "formats",
        &[
            ("a.html", b"<html><head><title>Strike</title><script>var n = '99 killed';</script></head><body><p>At least 31 civilians were killed on Friday, officials said.</p></body></html>"),
            ("b.md", b"# Shelling\n\nAt **least 12** people were [wounded](https://x.org) on Friday.\n"),
            ("c.htm", b"<p>Three soldiers were killed&nbsp;on Friday.</p>"),
            ("d.json", b"{}"),
        ],
    );
    let (code, out, err) = run(&["--format", "json", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = r["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["a", "b", "c"],
        "a folder's .html, .md and .htm, not its .json"
    );
    let counts: Vec<i64> = r["casualties"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["count"]["low"].as_i64())
        .collect();
    for n in [31, 12, 3] {
        assert!(counts.contains(&n), "{n} in {counts:?}");
    }
    assert!(!counts.contains(&99), "script text is no article text");
    assert!(!out.contains("**") && !out.contains("https://x.org"));
    // a file given by name is read through the same way in
    let (code, out, _) = run(&[dir.join("b.md").to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("12"), "{out}");
}

#[test]
fn empty_binary_and_unknown_files_are_skipped_with_a_warning() {
    let dir = folder(
        "refused",
        &[
            ("a.txt", b"At least 31 civilians were killed on Friday."),
            ("b.txt", b""),
            ("c.txt", &[0, 1, 2, 0, 0, 0, 5, 0, 0, 0]),
        ],
    );
    let (code, _, err) = run(&[dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("b.txt is empty"), "{err}");
    assert!(err.contains("c.txt looks like a binary file"), "{err}");
    let (code, _, err) = run(&[
        dir.join("b.txt").to_str().unwrap(),
        dir.join("c.txt").to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no readable article"), "{err}");
    let pdf = folder("pdf", &[("x.pdf", b"%PDF-1.4")]);
    let (code, _, err) = run(&[pdf.join("x.pdf").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("only .txt, .md and .html"), "{err}");
}
