//! The messages between the page and the worker that runs the extraction core
//! (`src/worker.rs`), as JSON strings posted with `postMessage`.
//!
//! Takes: the page's inputs for one analysis (a job, numbered by the page), the worker's
//! replies. Gives: the strings to post and what a received string says.
//! Invariants: pure, tested natively; a job carries every field of each `ArticleInput`, so the
//! worker analyses exactly what the page would; the Report comes back as the core's own JSON
//! (`Report::to_json_line`) and reads back to an equal Report; a string that is no message is an
//! error in words, never a panic.

use crosscheck_core::{ArticleInput, Report};
use serde::{Deserialize, Serialize};

/// One article of a job (the fields of `ArticleInput`).
#[derive(Serialize, Deserialize)]
struct Article {
    id: String,
    text: String,
    title: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
    url: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct JobMsg {
    job: u64,
    articles: Vec<Article>,
}

/// The page asks the worker to analyse `articles`; replies carry `job`.
pub fn job_json(job: u64, articles: &[ArticleInput]) -> String {
    let articles = articles
        .iter()
        .map(|a| Article {
            id: a.id.clone(),
            text: a.text.clone(),
            title: a.title.clone(),
            outlet: a.outlet.clone(),
            date: a.date.clone(),
            url: a.url.clone(),
        })
        .collect();
    serde_json::to_string(&JobMsg { job, articles }).unwrap_or_default()
}

/// What the worker reads from a job: its number and articles.
pub fn read_job(s: &str) -> Result<(u64, Vec<ArticleInput>), String> {
    let m: JobMsg = serde_json::from_str(s).map_err(|e| format!("not a job ({e})"))?;
    let inputs = m
        .articles
        .into_iter()
        .map(|a| ArticleInput {
            id: a.id,
            text: a.text,
            title: a.title,
            outlet: a.outlet,
            date: a.date,
            url: a.url,
        })
        .collect();
    Ok((m.job, inputs))
}

/// What the worker says.
#[derive(Debug, PartialEq)]
pub enum Reply {
    /// The core is loaded: jobs can be posted.
    Ready,
    /// Job `job` has done `done` of its `total` steps (`crosscheck_core::analyze_with_progress`).
    Progress { job: u64, done: usize, total: usize },
    /// Job `job`'s Report.
    Report { job: u64, report: Box<Report> },
    /// Job `job` could not be read (why).
    Failed { job: u64, why: String },
}

/// A reply's head: `{"kind": "ready"}`, `{"kind": "progress", "job", "done", "total"}`,
/// `{"kind": "report", "job"}` or `{"kind": "failed", "job", "why"}`. One flat struct rather
/// than an internally tagged enum, whose reading buffers every field first (and links that
/// code into both wasms); [`Head::reply`] requires each kind's fields as the enum did.
#[derive(Serialize, Deserialize, Default)]
struct Head {
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    job: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    done: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    total: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    why: Option<String>,
}

impl Head {
    fn new(kind: &str, job: Option<u64>) -> Head {
        Head {
            kind: kind.into(),
            job,
            ..Head::default()
        }
    }

    /// The reply this head stands for (a Report's without its Report, which follows it), or
    /// the field it lacks.
    fn reply(self) -> Result<Reply, String> {
        let need = |name: &str| format!("missing field `{name}`");
        let job = || self.job.ok_or_else(|| need("job"));
        Ok(match self.kind.as_str() {
            "ready" => Reply::Ready,
            "progress" => Reply::Progress {
                job: job()?,
                done: self.done.ok_or_else(|| need("done"))?,
                total: self.total.ok_or_else(|| need("total"))?,
            },
            "report" => Reply::Report {
                job: job()?,
                report: Box::default(),
            },
            "failed" => Reply::Failed {
                job: job()?,
                why: self.why.ok_or_else(|| need("why"))?,
            },
            other => return Err(format!("unknown kind `{other}`")),
        })
    }
}

/// The string the worker posts for `r`. A Report is its head line, a line end, then the
/// Report's JSON on one line (so the page reads the head without parsing the Report).
pub fn reply_json(r: &Reply) -> String {
    let head = |h: Head| serde_json::to_string(&h).unwrap_or_default();
    match r {
        Reply::Ready => head(Head::new("ready", None)),
        Reply::Progress { job, done, total } => head(Head {
            done: Some(*done),
            total: Some(*total),
            ..Head::new("progress", Some(*job))
        }),
        Reply::Failed { job, why } => head(Head {
            why: Some(why.clone()),
            ..Head::new("failed", Some(*job))
        }),
        Reply::Report { job, report } => {
            format!(
                "{}\n{}",
                head(Head::new("report", Some(*job))),
                report.to_json_line()
            )
        }
    }
}

/// The head of a reply, read.
fn read_head(head: &str) -> Result<Reply, String> {
    serde_json::from_str::<Head>(head)
        .map_err(|e| e.to_string())?
        .reply()
}

/// The job a reply is about, read from its head alone (None: `Ready` or not a reply), so that a
/// stale job's Report is dropped without being parsed.
pub fn reply_job(s: &str) -> Option<u64> {
    let head = s.split('\n').next().unwrap_or_default();
    match read_head(head).ok()? {
        Reply::Ready => None,
        Reply::Progress { job, .. } | Reply::Report { job, .. } | Reply::Failed { job, .. } => {
            Some(job)
        }
    }
}

/// Read a string the worker posted.
pub fn read_reply(s: &str) -> Result<Reply, String> {
    let (head, rest) = match s.split_once('\n') {
        Some((h, r)) => (h, Some(r)),
        None => (s, None),
    };
    let h = read_head(head).map_err(|e| format!("not a reply ({e})"))?;
    Ok(match h {
        Reply::Report { job, .. } => {
            let report: Report = serde_json::from_str(rest.unwrap_or_default())
                .map_err(|e| format!("the Report could not be read ({e})"))?;
            Reply::Report {
                job,
                report: Box::new(report),
            }
        }
        other => other,
    })
}

/// A question to the worker that is no analysis: the sentences of some articles (the
/// reader's "shared evidence" of a source link, `provenance::sentences`), so that the page's
/// own wasm links no sentence splitter (and none of the lexicon it reads).
#[derive(Serialize, Deserialize)]
struct AskMsg {
    ask: u64,
    sentences_of: Vec<Article>,
}

/// The worker's answer to a question: per article asked, its sentences.
#[derive(Serialize, Deserialize)]
struct AnswerMsg {
    answer: u64,
    sentences: Vec<Vec<String>>,
}

/// The page asks the worker for the sentences of `articles`; the answer carries `ask`.
pub fn ask_json(ask: u64, articles: &[ArticleInput]) -> String {
    let sentences_of = articles
        .iter()
        .map(|a| Article {
            id: a.id.clone(),
            text: a.text.clone(),
            title: a.title.clone(),
            outlet: a.outlet.clone(),
            date: a.date.clone(),
            url: a.url.clone(),
        })
        .collect();
    serde_json::to_string(&AskMsg { ask, sentences_of }).unwrap_or_default()
}

/// What the worker reads from a question (None: the string is no question, maybe a job).
pub fn read_ask(s: &str) -> Option<(u64, Vec<ArticleInput>)> {
    let m: AskMsg = serde_json::from_str(s).ok()?;
    let inputs = m
        .sentences_of
        .into_iter()
        .map(|a| ArticleInput {
            id: a.id,
            text: a.text,
            title: a.title,
            outlet: a.outlet,
            date: a.date,
            url: a.url,
        })
        .collect();
    Some((m.ask, inputs))
}

/// The worker answers question `ask`: `sentences[i]` are the sentences of its article `i`.
pub fn answer_json(ask: u64, sentences: Vec<Vec<String>>) -> String {
    serde_json::to_string(&AnswerMsg {
        answer: ask,
        sentences,
    })
    .unwrap_or_default()
}

/// What the page reads from an answer (None: the string is no answer).
pub fn read_answer(s: &str) -> Option<(u64, Vec<Vec<String>>)> {
    let m: AnswerMsg = serde_json::from_str(s).ok()?;
    Some((m.answer, m.sentences))
}
