//! The page's URL view-state parser (`src/state.rs`, compiled in as it is: it is pure and
//! depends on the core only): any query parses without a panic, and the view it gives writes a
//! query that reads back the same view (`parse(write(v)) == v`).
#![no_main]

#[path = "../../src/state.rs"]
#[allow(dead_code)]
mod state;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let q = String::from_utf8_lossy(data);
    let (v, _) = state::View::parse(&q);
    let written = v.to_query();
    let (again, notices) = state::View::parse(&written);
    assert_eq!(again, v, "query {written:?}");
    assert!(notices.is_empty(), "{written:?}: {notices:?}");
    let _ = state::decode(&q);
    assert_eq!(state::decode(&state::encode(&q)).as_deref(), Some(&*q));
});
