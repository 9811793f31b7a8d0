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
    assert_eq!(v["schema"], "crosscheck.report/1");
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    for key in ["actors", "casualties", "truces", "stances", "diagnostics"] {
        assert!(v[key].is_array(), "{key}");
    }
    assert_eq!(v["articles"][4]["outlet"], "Press TV", "manifest metadata");
}

#[test]
fn csv_and_text() {
    let (code, out, _) = run(&["--format", "csv", "--table", "casualties", "articles/"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("id,article,kind,low,high,qualifier"));
    assert_eq!(out.lines().count(), 18, "header + 17 figures");
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
            && out.contains("traps reported as casualties: 0 of 23"),
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
