//! `html::to_text`, `html::title` and the character-reference decoder on arbitrary text: never
//! a panic; no tag survives (no `<` followed by a tag name that was not a literal `&lt;`).
#![no_main]

use crosscheck_core::html;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let t = html::to_text(&s);
    // the output is folded: no line is blank, none starts or ends with white space
    for line in t.split("\n\n").filter(|_| !t.is_empty()) {
        assert!(!line.is_empty() && line.trim() == line, "{line:?}");
    }
    let _ = html::title(&s);
    let _ = html::looks_like_html(&s);
    let d = html::decode_entities(&s);
    // decoding never grows a text by more than the longest expansion (`&nGt;` → 2 chars of 3
    // bytes each from 5 bytes), so it stays linear
    assert!(d.len() <= s.len() * 2 + 8);
});
