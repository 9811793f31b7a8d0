//! The few browser services the page needs, each failing softly: local storage, downloads,
//! compression for share links (the browser's own CompressionStream, so no compressor is
//! shipped in the wasm), and reading dropped or chosen files.

use crosscheck_web::share::LinkError;
use crosscheck_web::store;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export async function deflate(text) {
  const data = new TextEncoder().encode(text);
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
export async function inflate(bytes, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.length;
    if (n > limit) {
      reader.cancel().catch(() => {});
      throw new RangeError('larger than the limit');
    }
    parts.push(value);
  }
  const all = new Uint8Array(n);
  let at = 0;
  for (const p of parts) { all.set(p, at); at += p.length; }
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
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
    async fn inflate(bytes: &[u8], limit: f64) -> Result<JsValue, JsValue>;
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

/// Decompress bytes made by [`compress`], stopping at `limit` bytes of output.
pub async fn decompress(bytes: &[u8], limit: usize) -> Result<String, LinkError> {
    match inflate(bytes, limit as f64).await {
        Ok(v) => v
            .as_string()
            .ok_or(LinkError::Damaged("it does not unpack to text")),
        Err(e) if e.is_instance_of::<js_sys::RangeError>() => Err(LinkError::TooLarge),
        Err(_) => Err(LinkError::Damaged("it does not unpack")),
    }
}

/// Why storage refused: the exception's name in words.
fn why(e: &JsValue) -> String {
    let name = js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" => "browser storage is full".into(),
        "SecurityError" => "browser storage is disabled (a site setting or private mode)".into(),
        "" => "browser storage refused it".into(),
        n => format!("browser storage refused it ({n})"),
    }
}

fn storage() -> Result<web_sys::Storage, String> {
    gloo::utils::window()
        .local_storage()
        .map_err(|e| why(&e))?
        .ok_or_else(|| "browser storage is not available".to_string())
}

/// Every (key, value) the page reads from storage ([`store::is_ours`]).
pub fn load() -> Result<Vec<(String, String)>, String> {
    let s = storage()?;
    let n = s.length().map_err(|e| why(&e))?;
    let mut out = Vec::new();
    for i in 0..n {
        let Some(k) = s.key(i).map_err(|e| why(&e))? else {
            continue;
        };
        if store::is_ours(&k) {
            if let Some(v) = s.get_item(&k).map_err(|e| why(&e))? {
                out.push((k, v));
            }
        }
    }
    Ok(out)
}

/// Perform the writes in order, stopping at the first refused; a key in `protected` (an
/// unreadable entry left in place) is never written.
pub fn write(ops: &[store::Op], protected: &[String]) -> Result<(), String> {
    let s = storage()?;
    for op in ops {
        if protected.iter().any(|k| k == op.key()) {
            return Err(format!(
                "“{}” holds an unreadable entry that is left untouched",
                op.key()
            ));
        }
        match op {
            store::Op::Set(k, v) => s.set_item(k, v),
            store::Op::Remove(k) => s.remove_item(k),
        }
        .map_err(|e| why(&e))?;
    }
    Ok(())
}

/// Move an unreadable entry aside: copy it, byte for byte, to [`store::aside_key`], then remove
/// the original. Ok(the new key); Err when it could not be copied (the original is untouched).
pub fn set_aside(key: &str, raw: &str) -> Result<String, String> {
    let s = storage()?;
    let aside = store::aside_key(raw);
    s.set_item(&aside, raw).map_err(|e| why(&e))?;
    let _ = s.remove_item(key);
    Ok(aside)
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
