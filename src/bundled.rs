//! The bundled corpus, embedded at build time by `build.rs` from `articles/`.

use crosscheck_core::{manifest, ArticleInput};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bundled articles as core inputs, with their manifest metadata.
pub fn inputs() -> Vec<ArticleInput> {
    let entries = manifest::parse(MANIFEST);
    ARTICLES
        .iter()
        .map(|(file, text)| manifest::input(&entries, file, text.to_string()))
        .collect()
}
