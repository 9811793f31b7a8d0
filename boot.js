// Starts the page under its Content Security Policy, which allows no inline script: Trunk's
// loader tag (pattern_script in Trunk.toml) runs this file and names, in its data attributes,
// the hashed wasm-bindgen glue and the wasm. Both are the page's own files.
const tag = document.querySelector('script[data-crosscheck-js]');
try {
  const { default: init } = await import(tag.dataset.crosscheckJs);
  await init({ module_or_path: tag.dataset.crosscheckWasm });
} catch (e) {
  const msg = document.querySelector('#boot .boot-msg');
  if (msg) msg.textContent = 'The extraction engine could not be loaded: ' + e + '. Reload the page to try again.';
  throw e;
}
