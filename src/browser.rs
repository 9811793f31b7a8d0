//! The few browser services the page needs, each failing softly: local storage, downloads,
//! compression for share links (the browser's own CompressionStream, so no compressor is
//! shipped in the wasm), and reading dropped or chosen files.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export async function deflate(text) {
  const data = new TextEncoder().encode(text);
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
export async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Response(stream).arrayBuffer());
}
export function download(name, mime, text) {
  const blob = new Blob([text], { type: mime });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
}
export function today() { return new Date().toISOString().slice(0, 10); }
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn deflate(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn inflate(bytes: &[u8]) -> Result<JsValue, JsValue>;
    /// Save `text` as a file called `name`.
    pub fn download(name: &str, mime: &str, text: &str);
    /// Today's date (the export's retrieval date), ISO.
    pub fn today() -> String;
}

/// Compress text to bytes (deflate-raw).
pub async fn compress(text: &str) -> Result<Vec<u8>, String> {
    let v = deflate(text).await.map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&v).to_vec())
}

/// Decompress bytes made by [`compress`].
pub async fn decompress(bytes: &[u8]) -> Result<String, String> {
    let v = inflate(bytes)
        .await
        .map_err(|_| "the link's data is damaged".to_string())?;
    v.as_string()
        .ok_or_else(|| "the link's data is damaged".to_string())
}

const KEY: &str = "crosscheck.articles.v1";

fn storage() -> Result<web_sys::Storage, String> {
    gloo::utils::window()
        .local_storage()
        .map_err(|_| "browser storage is disabled (private mode?)".to_string())?
        .ok_or_else(|| "browser storage is not available".to_string())
}

/// The stored payload, if any: Ok(None) when nothing is stored.
pub fn load() -> Result<Option<String>, String> {
    storage()?
        .get_item(KEY)
        .map_err(|_| "browser storage could not be read".to_string())
}

/// Store the payload; the error says why it could not be kept.
pub fn save(json: &str) -> Result<(), String> {
    storage()?
        .set_item(KEY, json)
        .map_err(|_| "browser storage is full or disabled".to_string())
}

/// Keep a corrupted entry aside under another key, so it is never overwritten.
pub fn set_aside(raw: &str) -> Result<String, String> {
    let s = storage()?;
    let key = format!(
        "{KEY}.unreadable-{}",
        crosscheck_core::consolidate::stable_id("x", &[raw])
    );
    s.set_item(&key, raw)
        .map_err(|_| "browser storage is full".to_string())?;
    Ok(key)
}

/// Read a file's bytes.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    let f = gloo::file::File::from(file);
    gloo::file::futures::read_as_bytes(&f)
        .await
        .map_err(|e| format!("{e}"))
}

/// Copy text to the clipboard; false when the browser refuses (no permission, no focus).
pub async fn copy(text: &str) -> bool {
    let p = gloo::utils::window()
        .navigator()
        .clipboard()
        .write_text(text);
    wasm_bindgen_futures::JsFuture::from(p).await.is_ok()
}
