//! The bundled corpus, embedded at build time by `build.rs` from `articles/`.

use crosscheck_core::{manifest, ArticleInput};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bundled articles as core inputs, with their manifest metadata.
pub fn inputs() -> Vec<ArticleInput> {
    let entries = manifest::parse(MANIFEST);
    ARTICLES
        .iter()
        .map(|(file, text)| {
            let id = file.trim_end_matches(".txt").to_string();
            let m = entries.iter().find(|e| e.file == *file);
            ArticleInput {
                id,
                text: text.to_string(),
                title: m.and_then(|m| m.title.clone()),
                outlet: m.and_then(|m| m.outlet.clone()),
                date: m.and_then(|m| m.date.clone()),
                url: m.and_then(|m| m.url.clone()),
            }
        })
        .collect()
}
