//! Arbitrary bytes through the page's and the CLI's way in — `ingest` (decode → HTML or
//! Markdown detection → text) — and then `analyze`: never a panic, and every evidence span lies
//! on char boundaries inside the article's text.
#![no_main]

use crosscheck_core::{analyze, ingest::ingest};
use libfuzzer_sys::fuzz_target;

/// The first byte chooses the name: a paste (sniffed), a .txt, an .html or a .md file.
const NAMES: [&str; 4] = ["the pasted text", "a.txt", "a.html", "a.md"];

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[first as usize % NAMES.len()];
    let got = ingest(name, bytes, None);
    let Some(input) = got.input else {
        assert!(!got.diagnostics.is_empty(), "refused without a reason");
        return;
    };
    assert!(input.text.len() <= crosscheck_core::ingest::MAX_BYTES);
    let inputs = [input];
    let r = analyze(&inputs);
    let text = &inputs[0].text;
    let spans = r
        .casualties
        .iter()
        .map(|c| &c.evidence)
        .chain(r.stances.iter().map(|s| &s.evidence))
        .chain(r.truces.iter().flat_map(|t| t.mentions.iter().map(|m| &m.evidence)));
    for e in spans {
        assert!(
            e.start <= e.end && text.get(e.start..e.end).is_some(),
            "evidence {}..{} off the text's char boundaries",
            e.start,
            e.end
        );
    }
    assert!(r.to_json().starts_with('{'));
});
