//! The `crosscheck` binary as a user runs it: help, JSON, CSV, text, eval, JSON Lines in and
//! out (map and reduce), and clear errors.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str]) -> (i32, String, String) {
    run_with_stdin(args, b"")
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run crosscheck");
    // a command that reads no standard input may exit before it is written
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().expect("run crosscheck");
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
    for word in [
        "USAGE",
        "--format",
        "eval",
        "manifest.json",
        "casualty",
        "--input jsonl",
        "--format jsonl",
        "ARCHITECTURE.md",
    ] {
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

/// The bundled articles as JSON Lines, one `{"id", "text", "title"?, "outlet"?, "date"?, "url"?}`
/// a line in file-name order, the metadata from their manifest.json: built here, not by the CLI.
fn bundled_lines() -> Vec<String> {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../articles"));
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    names
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            let mut line = serde_json::json!({"id": name.trim_end_matches(".txt"), "text": text});
            let entry = manifest["articles"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["file"] == name.as_str())
                .unwrap();
            for k in ["title", "outlet", "date", "url"] {
                if entry[k].is_string() {
                    line[k] = entry[k].clone();
                }
            }
            line.to_string()
        })
        .collect()
}

/// Write `lines` as a JSON Lines file of the test folder `dir`; its path.
fn jsonl_file(dir: &str, name: &str, lines: &[String]) -> String {
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let dir = folder(dir, &[(name, body.as_bytes())]);
    dir.join(name).to_str().unwrap().to_string()
}

#[test]
fn jsonl_input_reads_the_bundled_articles_as_the_folder_reads_them() {
    let (_, direct, _) = run(&["--format", "json", "articles/"]);
    let file = jsonl_file("jsonl-in", "bundle.jsonl", &bundled_lines());
    let (code, out, err) = run(&["--input", "jsonl", "--format", "json", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "{err}");
    assert!(direct.contains("\"outlet\": \"Press TV\""));
    assert_eq!(out, direct, "byte for byte the Report of the folder");
    let (code, out, _) = run(&["--input=jsonl", &file]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Crosscheck report: 5 reports from 4 independent sources\n"),
        "{out}"
    );
}

#[test]
fn a_bad_line_is_reported_with_its_number_and_the_rest_is_analysed() {
    let good = bundled_lines();
    let mut lines = vec![good[0].clone()];
    lines.extend(
        [
            r#"{"id": "x", "text": "At least 3 people were killed."#,
            r#"{"text": "At least 3 people were killed."}"#,
            r#"{"id": "x", "title": "No text"}"#,
            "",
            r#"["a", "b"]"#,
            r#"{"id": "e", "text": " "}"#,
            r#"{"id": "n", "text": 12}"#,
        ]
        .map(String::from),
    );
    lines.extend(good[1..].iter().cloned());
    let file = jsonl_file("jsonl-bad", "bundle.jsonl", &lines);
    let (code, out, err) = run(&["--input", "jsonl", "--format", "json", &file]);
    assert_eq!(code, 0, "{err}");
    for want in [
        " line 2: not JSON (EOF while parsing a string, column ",
        " line 3: no \"id\"; skipped",
        " line 4: no \"text\" for article x; skipped",
        " line 6: not a JSON object; skipped",
        " line 7 is empty",
        " line 8: \"text\" of article n must be a string; skipped",
    ] {
        assert!(err.contains(&format!("{file}{want}")), "{want} in {err}");
    }
    assert_eq!(
        err.lines().count(),
        6,
        "the blank line 5 and the good lines say nothing: {err}"
    );
    let (_, direct, _) = run(&["--format", "json", "articles/"]);
    assert_eq!(
        out, direct,
        "the good lines give the Report they give alone"
    );
    // the map step skips the same lines and analyses the rest
    let (code, out, err2) = run(&["--input", "jsonl", "--format", "jsonl", &file]);
    assert_eq!((code, err2), (0, err));
    assert_eq!(out.lines().count(), 5);
    // a file of bad lines holds no article: no Report; the map step writes no line
    let bad = jsonl_file("jsonl-all-bad", "bad.jsonl", &lines[1..8]);
    let (code, _, err) = run(&["--input", "jsonl", &bad]);
    assert_eq!(code, 1);
    assert!(err.contains("no readable article"), "{err}");
    let (code, out, _) = run(&["--input", "jsonl", "--format", "jsonl", &bad]);
    assert_eq!(
        (code, out.as_str()),
        (0, ""),
        "an empty partition is no error"
    );
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let body: String = bundled_lines().iter().map(|l| l.clone() + "\n").collect();
    let (_, direct, _) = run(&["--format", "json", "articles/"]);
    let (code, out, err) = run_with_stdin(
        &["--input", "jsonl", "--format", "json", "-"],
        body.as_bytes(),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, direct);
    // stdin names the line of a bad one, and of an article given twice (analysed twice)
    let first = bundled_lines().remove(0);
    let (code, out, err) = run_with_stdin(
        &["--input", "jsonl", "--format", "jsonl", "-"],
        format!("{body}{{\"id\": 7}}\n{first}\n").as_bytes(),
    );
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 6);
    assert!(
        err.contains("crosscheck: stdin line 6: no \"text\" for article 7; skipped\n"),
        "{err}"
    );
    assert!(
        err.contains("crosscheck: stdin line 7: article 000_500703fcf927a9be was given before, on stdin line 1\n"),
        "{err}"
    );
    // '-' is no file name, and a folder is no JSON Lines file
    let (code, _, err) = run_with_stdin(&["-"], body.as_bytes());
    assert_eq!(code, 2);
    assert!(err.contains("with --input jsonl"), "{err}");
    let (code, _, err) = run(&["--input", "jsonl", "articles/"]);
    assert_eq!(code, 1);
    assert!(err.contains("is a folder"), "{err}");
    let (code, _, err) = run(&["--input", "xml", "articles/"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown input 'xml'"), "{err}");
}

#[test]
fn map_then_reduce_gives_the_report_of_the_folder() {
    let lines = bundled_lines();
    // map: one partition, one line per article in input order, each the Report of that article
    // analysed alone, complete
    let all = jsonl_file("jsonl-map", "bundle.jsonl", &lines);
    let (code, mapped, err) = run(&["--input", "jsonl", "--format", "jsonl", &all]);
    assert_eq!(code, 0, "{err}");
    let mapped: Vec<&str> = mapped.lines().collect();
    assert_eq!(mapped.len(), 5);
    for (line, input) in mapped.iter().zip(&lines) {
        let report: crosscheck_core::Report = serde_json::from_str(line).expect("a Report");
        assert_eq!(report.schema, "crosscheck.report/2");
        let input: serde_json::Value = serde_json::from_str(input).unwrap();
        assert_eq!(report.articles.len(), 1);
        assert_eq!(report.articles[0].id, input["id"].as_str().unwrap());
        let (_, alone, _) = run(&[
            "--format",
            "json",
            &format!("articles/{}.txt", input["id"].as_str().unwrap()),
        ]);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(line).unwrap(),
            serde_json::from_str::<serde_json::Value>(&alone).unwrap(),
            "the line is the Report of the article's file alone"
        );
    }
    // files in, lines out: the same lines
    let (code, from_files, _) = run(&["--format", "jsonl", "articles/"]);
    assert_eq!(code, 0);
    assert_eq!(from_files.lines().collect::<Vec<_>>(), mapped);
    // two partitions, in another order: the map of each is the map of its articles
    let rev: Vec<String> = lines.iter().rev().cloned().collect();
    let p1 = jsonl_file("jsonl-p1", "part-0.jsonl", &rev[..3]);
    let p2 = jsonl_file("jsonl-p2", "part-1.jsonl", &rev[3..]);
    let (_, m1, _) = run(&["--input", "jsonl", "--format", "jsonl", &p1]);
    let (_, m2, _) = run(&["--input", "jsonl", "--format", "jsonl", &p2]);
    let mut parts: Vec<&str> = m1.lines().chain(m2.lines()).collect();
    parts.reverse();
    assert_eq!(parts, mapped);
    // reduce: the article lines of the bundle, in whatever order the partitions come, give the
    // folder's Report byte for byte
    let (_, direct, _) = run(&["--format", "json", "articles/"]);
    for order in [[&p1, &p2], [&p2, &p1]] {
        let (code, reduced, err) =
            run(&["--input", "jsonl", "--format", "json", order[0], order[1]]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(reduced, direct);
    }
    // the map's Reports lack the texts, which the reduce reads: they are no article lines
    let reports = jsonl_file(
        "jsonl-reports",
        "reports.jsonl",
        &mapped.iter().map(|l| l.to_string()).collect::<Vec<_>>(),
    );
    let (code, _, err) = run(&["--input", "jsonl", "--format", "json", &reports]);
    assert_eq!(code, 1);
    assert!(
        err.contains("line 1: no \"id\"") && err.contains("no readable article"),
        "{err}"
    );
}
