//! The bundled corpus, embedded at build time by `build.rs` from `articles/`.

use crosscheck_core::{ingest, manifest, ArticleInput};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bundled articles as core inputs, with their manifest metadata, read through the core's
/// `ingest` as the CLI reads the folder.
pub fn inputs() -> Vec<ArticleInput> {
    let entries = manifest::parse(MANIFEST);
    ARTICLES
        .iter()
        .filter_map(|(file, text)| {
            ingest::ingest(file, text.as_bytes(), manifest::find(&entries, file)).input
        })
        .collect()
}
