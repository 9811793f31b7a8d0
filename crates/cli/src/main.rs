//! `crosscheck`: the command-line shell over the extraction core.
//!
//! Reads files and folders of `.txt`, `.md` and `.html` articles (and a `manifest.json` beside
//! them when there is one) through `crosscheck_core::ingest`, or JSON Lines of articles through
//! `crosscheck_core::jsonl`, calls `crosscheck_core::analyze`, and prints the Report as text,
//! JSON or CSV, or one Report per article as JSON Lines; or scores a Report against a gold
//! annotation (`crosscheck eval`). All logic lives in the core.

use crosscheck_core::{
    analyze, eval, export, ingest, jsonl, manifest, ArticleInput, DiagnosticLevel, Report,
};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP: &str = "\
crosscheck — what a bundle of news articles about one war claims: casualty figures, truce
attempts and actor stances, each traced to its sentence, and how many independent sources the
articles come from (copies, rewrites and translations of one story are one source).

USAGE:
    crosscheck [--input files|jsonl] [--format text|json|csv|jsonl]
               [--table casualties|truces|stances] PATH...
    crosscheck eval [--input files|jsonl] [--format text|json] GOLD.json PATH...
    crosscheck eval-acled [--rows] [--format text|json] NOTES.csv
    crosscheck --help | --version

ARGS:
    PATH...   article files (.txt, .md, .html, .htm), or folders holding them (read in name
              order). HTML is reduced to its readable text (its <title> is the title), Markdown
              to its text without markup; UTF-8 (with or without a BOM) and UTF-16 with a BOM
              are read, other bytes are repaired with a warning; an empty, binary or other file
              is skipped with a warning, and a text over 25 MB is cut. A manifest.json beside
              the files gives title, outlet, date and URL; otherwise an article's date is read
              from a dateline in its text (\"Saturday, 31 October 2020\", \"date 2020-10-31\").
              With --input jsonl: files of JSON Lines, '-' for standard input.

OPTIONS:
    --input files   PATH... are article files and folders (the default)
    --input jsonl   PATH... are JSON Lines files, one article a line: an object
                    {\"id\": ..., \"text\": ..., \"title\"?, \"outlet\"?, \"date\"?, \"url\"?}
                    (id a string or an integer; a field marked ? a string, null or absent;
                    other fields are ignored). A text is read as a file is (HTML reduced to
                    its text, an empty or binary text skipped, over 25 MB cut); a line that
                    is no article (not JSON, no id or text) is skipped with a warning naming
                    its line, and the other lines are analysed
    --format text   a short human summary (the default): \"N reports from M independent
                    sources\", the articles, the sources that group several, the records
    --format json   the Report (schema crosscheck.report/2), as the web page exports it
    --format csv    one CSV table per part (casualties, truce mentions, stances), each after a
                    '# <table>' line; --table prints just one, without that line. The casualty
                    table gives each figure's attribution and its article's source_group
    --format jsonl  one line per article: the Report (crosscheck.report/2, on one line) of
                    that article analysed alone, in input order — the map step of an engine
                    that partitions an archive; an input without articles gives no line. The
                    Report of a bundle is no merge of these lines: dates, people, sources and
                    truce attempts are read across the texts, so the reduce step is --input
                    jsonl --format json over the bundle's article lines (see ARCHITECTURE.md)
    --table NAME    with --format csv: only this table

eval:
    Scores the Report of PATH... against a gold file in the format of seeds.json: precision,
    recall and F1 for casualties (loose: kind + sentence; strict: + count and scope), truce
    mentions, truce clustering and stances, how many of the gold's not_casualties traps were
    reported as figures, and, when the gold has source_groups, how many pairs of articles are
    grouped as the gold groups them.

eval-acled:
    Analyses each ACLED event note of NOTES.csv (columns text, fatalities) as its own article
    and counts the notes whose killed count (current-scope killed figures, summed the way ACLED
    codes them) equals the coded fatalities: over all rows and over the rows with deaths.
    --rows lists the notes that differ.

EXIT STATUS: 0 on success, 1 when a path cannot be read or holds no article (or the output
cannot be written), 2 on a usage error.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let done = run(&args, &mut out).and_then(|()| out.flush().map_err(unwritable));
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Usage(m)) => {
            eprintln!("crosscheck: {m}\nTry 'crosscheck --help'.");
            ExitCode::from(2)
        }
        Err(CliError::Io(m)) => {
            eprintln!("crosscheck: {m}");
            ExitCode::from(1)
        }
    }
}

enum CliError {
    Usage(String),
    Io(String),
}

fn unwritable(e: std::io::Error) -> CliError {
    CliError::Io(format!("cannot write the output: {e}"))
}

fn put(out: &mut dyn Write, s: &str) -> Result<(), CliError> {
    out.write_all(s.as_bytes()).map_err(unwritable)
}

/// What PATH... are.
#[derive(Clone, Copy, PartialEq)]
enum Input {
    /// Article files and folders of them.
    Files,
    /// Files of JSON Lines, one article a line (`-`: standard input).
    Jsonl,
}

fn run(args: &[String], out: &mut dyn Write) -> Result<(), CliError> {
    if args.iter().any(|a| a == "--help" || a == "-h") || args.is_empty() {
        return put(out, HELP);
    }
    if args.iter().any(|a| a == "--version" || a == "-V") {
        return put(out, &format!("crosscheck {}\n", crosscheck_core::VERSION));
    }
    if args.first().map(String::as_str) == Some("eval-acled") {
        let rest = &args[1..];
        let rows = rest.iter().any(|a| a == "--rows");
        let fmt_json = rest
            .windows(2)
            .any(|w| w[0] == "--format" && w[1] == "json");
        let path = rest
            .iter()
            .enumerate()
            .find(|(i, a)| !a.starts_with('-') && (*i == 0 || rest[i - 1] != "--format"))
            .map(|(_, a)| a)
            .ok_or(CliError::Usage("eval-acled needs NOTES.csv".into()))?;
        let csv = std::fs::read_to_string(path)
            .map_err(|e| CliError::Io(format!("cannot read {path}: {e}")))?;
        let s = crosscheck_core::eval_acled::evaluate(&csv)
            .map_err(|e| CliError::Io(format!("{path}: {e}")))?;
        return put(
            out,
            &if fmt_json {
                serde_json::to_string_pretty(&s).unwrap_or_default() + "\n"
            } else {
                s.to_text(rows)
            },
        );
    }
    let (is_eval, rest) = match args.first().map(String::as_str) {
        Some("eval") => (true, &args[1..]),
        _ => (false, args),
    };
    let mut format = "text".to_string();
    let mut input = "files".to_string();
    let mut table: Option<String> = None;
    let mut paths = Vec::new();
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" | "-f" => {
                format = it
                    .next()
                    .ok_or(CliError::Usage("--format needs a value".into()))?
                    .clone()
            }
            "--input" => {
                input = it
                    .next()
                    .ok_or(CliError::Usage("--input needs a value".into()))?
                    .clone()
            }
            "--table" => {
                table = Some(
                    it.next()
                        .ok_or(CliError::Usage("--table needs a value".into()))?
                        .clone(),
                )
            }
            s if s.starts_with("--format=") => format = s["--format=".len()..].to_string(),
            s if s.starts_with("--input=") => input = s["--input=".len()..].to_string(),
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(CliError::Usage(format!("unknown option '{s}'")))
            }
            _ => paths.push(PathBuf::from(a)),
        }
    }
    let input = match input.as_str() {
        "files" => Input::Files,
        "jsonl" => Input::Jsonl,
        i => {
            return Err(CliError::Usage(format!(
                "unknown input '{i}' (files or jsonl)"
            )))
        }
    };
    if input == Input::Files && paths.iter().any(|p| p.as_os_str() == "-") {
        return Err(CliError::Usage(
            "'-' (standard input) is read with --input jsonl".into(),
        ));
    }
    if is_eval {
        if paths.len() < 2 {
            return Err(CliError::Usage(
                "eval needs GOLD.json and at least one PATH".into(),
            ));
        }
        let gold_path = paths.remove(0);
        let gold = std::fs::read_to_string(&gold_path)
            .map_err(|e| CliError::Io(format!("cannot read {}: {e}", gold_path.display())))?;
        let inputs = load(&paths, input)?;
        let report = analyze(&inputs);
        let texts: Vec<(String, String)> = inputs
            .iter()
            .map(|a| (a.id.clone(), a.text.clone()))
            .collect();
        let scores = eval::evaluate(&gold, &report, &texts)
            .map_err(|e| CliError::Io(format!("{}: {e}", gold_path.display())))?;
        return match format.as_str() {
            "json" => put(out, &(scores.to_json() + "\n")),
            "text" => put(out, &scores.to_text()),
            f => Err(CliError::Usage(format!(
                "eval prints text or json, not '{f}'"
            ))),
        };
    }
    if paths.is_empty() {
        return Err(CliError::Usage("no PATH given".into()));
    }
    // before reading anything: standard input can be read only once
    if !["text", "json", "csv", "jsonl"].contains(&format.as_str()) {
        return Err(CliError::Usage(format!(
            "unknown format '{format}' (text, json, csv or jsonl)"
        )));
    }
    if format == "jsonl" {
        return map(&paths, input, out);
    }
    let inputs = load(&paths, input)?;
    let report = analyze(&inputs);
    match format.as_str() {
        "json" => put(out, &(report.to_json() + "\n")),
        "csv" => put(out, &csv(&report, table.as_deref())?),
        _ => put(out, &export::to_text(&report)),
    }
}

/// `--format jsonl`: each article analysed alone, its Report written as one line as soon as it
/// is read, so that memory holds one article at a time (with `--input jsonl`).
fn map(paths: &[PathBuf], input: Input, out: &mut dyn Write) -> Result<(), CliError> {
    let mut line = |a: ArticleInput| {
        let report = analyze(std::slice::from_ref(&a));
        writeln!(out, "{}", report.to_json_line()).map_err(unwritable)
    };
    match input {
        // an input without articles (an engine's empty partition) gives no line
        Input::Jsonl => read_jsonl(paths, &mut line),
        Input::Files => load_files(paths)?.into_iter().try_for_each(line),
    }
}

fn csv(report: &Report, table: Option<&str>) -> Result<String, CliError> {
    let tables = export::to_csv(report);
    match table {
        Some(name) => tables
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t)
            .ok_or_else(|| {
                CliError::Usage(format!(
                    "unknown table '{name}' (casualties, truces or stances)"
                ))
            }),
        None => Ok(tables
            .into_iter()
            .map(|(n, t)| format!("# {n}\n{t}"))
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

/// Read the articles of `paths`: see [`load_files`] and [`read_jsonl`].
fn load(paths: &[PathBuf], input: Input) -> Result<Vec<ArticleInput>, CliError> {
    match input {
        Input::Files => load_files(paths),
        Input::Jsonl => {
            let mut out = Vec::new();
            read_jsonl(paths, &mut |a| {
                out.push(a);
                Ok(())
            })?;
            if out.is_empty() {
                return Err(CliError::Io("no readable article".into()));
            }
            Ok(out)
        }
    }
}

/// Read the article lines of `paths` (files of JSON Lines, `-` for standard input) in order,
/// each through `jsonl::read_line`, handing each article to `each`. A line
/// that is no article and the warnings go to standard error, naming the file and the line, and
/// so does an id given twice (an engine that delivered a line twice: both are analysed).
fn read_jsonl(
    paths: &[PathBuf],
    each: &mut dyn FnMut(ArticleInput) -> Result<(), CliError>,
) -> Result<(), CliError> {
    let mut first: std::collections::HashMap<String, String> = Default::default();
    for p in paths {
        let (name, mut reader): (String, Box<dyn BufRead>) = if p.as_os_str() == "-" {
            ("stdin".into(), Box::new(std::io::stdin().lock()))
        } else if p.is_dir() {
            return Err(CliError::Io(format!(
                "{} is a folder: --input jsonl reads files of JSON Lines, or - for standard input",
                p.display()
            )));
        } else {
            let f = std::fs::File::open(p)
                .map_err(|e| CliError::Io(format!("cannot read {}: {e}", p.display())))?;
            (
                p.display().to_string(),
                Box::new(std::io::BufReader::new(f)),
            )
        };
        let mut buf = Vec::new();
        for number in 1.. {
            buf.clear();
            let read = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| CliError::Io(format!("cannot read {name}: {e}")))?;
            if read == 0 {
                break;
            }
            let got = match jsonl::read_line(&buf, number) {
                Ok(Some(got)) => got,
                Ok(None) => continue,
                Err(m) => {
                    eprintln!("crosscheck: {name} {m}; skipped");
                    continue;
                }
            };
            for d in &got.diagnostics {
                if d.level == DiagnosticLevel::Warning {
                    eprintln!("crosscheck: {name} {}", d.message);
                }
            }
            if let Some(a) = got.input {
                let here = format!("{name} line {number}");
                match first.get(&a.id) {
                    Some(there) => eprintln!(
                        "crosscheck: {here}: article {} was given before, on {there}",
                        a.id
                    ),
                    None => {
                        first.insert(a.id.clone(), here);
                    }
                }
                each(a)?;
            }
        }
    }
    Ok(())
}

/// Read the articles named by `paths` (files, or folders of article files) with their manifests,
/// each through `ingest`; its warnings go to standard error.
fn load_files(paths: &[PathBuf]) -> Result<Vec<ArticleInput>, CliError> {
    let mut files: Vec<PathBuf> = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p)
            .map_err(|e| CliError::Io(format!("cannot read {}: {e}", p.display())))?;
        if meta.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| CliError::Io(format!("cannot list {}: {e}", p.display())))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    f.file_name()
                        .is_some_and(|n| ingest::is_article_name(&n.to_string_lossy()))
                        && f.is_file()
                })
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(CliError::Io(format!(
                    "no .txt, .md or .html articles in {}",
                    p.display()
                )));
            }
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    let mut manifests: std::collections::BTreeMap<PathBuf, Vec<manifest::Entry>> =
        Default::default();
    let mut out = Vec::new();
    for f in files {
        let bytes = std::fs::read(&f)
            .map_err(|e| CliError::Io(format!("cannot read {}: {e}", f.display())))?;
        let dir = f.parent().map(Path::to_path_buf).unwrap_or_default();
        let entries = manifests.entry(dir.clone()).or_insert_with(|| {
            std::fs::read_to_string(dir.join("manifest.json"))
                .ok()
                .map(|s| manifest::parse(&s))
                .unwrap_or_default()
        });
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let got = ingest::ingest(&name, &bytes, manifest::find(entries, &name));
        for d in &got.diagnostics {
            if d.level == DiagnosticLevel::Warning {
                // the message names the file: name it by its path
                match d.message.strip_prefix(name.as_str()) {
                    Some(rest) => eprintln!("crosscheck: {}{rest}", f.display()),
                    None => eprintln!("crosscheck: {}", d.message),
                }
            }
        }
        out.extend(got.input);
    }
    if out.is_empty() {
        return Err(CliError::Io("no readable article".into()));
    }
    Ok(out)
}
