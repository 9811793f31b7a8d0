//! The bundled corpus, embedded at build time by `build.rs` from `articles/`: the articles as
//! the core's `ingest` reads the folder (as the CLI does), and their Report.

use crosscheck_core::{ArticleInput, Report};

/// One bundled article: id, text, title, outlet, date, url.
type Bundled = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bundled articles as core inputs, with their manifest metadata.
pub fn inputs() -> Vec<ArticleInput> {
    let s = |x: Option<&str>| x.map(str::to_string);
    INPUTS
        .iter()
        .map(|&(id, text, title, outlet, date, url)| ArticleInput {
            id: id.to_string(),
            text: text.to_string(),
            title: s(title),
            outlet: s(outlet),
            date: s(date),
            url: s(url),
        })
        .collect()
}

/// The Report of exactly [`inputs`], computed at build time by the same core the worker runs.
pub fn report() -> Option<Report> {
    serde_json::from_str(REPORT).ok()
}
