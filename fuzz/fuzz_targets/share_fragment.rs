//! The share-link fragment decoder as the page runs it (`shared_payload` in `src/app.rs`):
//! `#data=` + base64url → deflate-raw (the browser's DecompressionStream; here miniz_oxide,
//! with a 10 MB limit) → JSON → `Stored::from_json`. The page's `src/corpus.rs` is compiled in as
//! it is (pure; it depends on the core and serde only). Never a panic; a payload that reads is
//! written back to the same payload; base64url round-trips.
#![no_main]

#[path = "../../src/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let fragment = String::from_utf8_lossy(data);
    let payload = fragment.strip_prefix("#data=").unwrap_or(&fragment);
    if let Some(bytes) = corpus::b64_decode(payload) {
        assert_eq!(corpus::b64_decode(&corpus::b64_encode(&bytes)), Some(bytes.clone()));
        if let Ok(raw) = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, 10 << 20) {
            if let Ok(json) = String::from_utf8(raw) {
                read(&json);
            }
        }
        // an uncompressed payload too, so the JSON reader is reached without deflate
        read(&String::from_utf8_lossy(&bytes));
    }
    read(&fragment);
});

fn read(json: &str) {
    if let Ok(st) = corpus::Stored::from_json(json) {
        assert_eq!(corpus::Stored::from_json(&st.to_json()).as_ref(), Ok(&st));
    }
}
