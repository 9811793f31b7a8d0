// First paint of the dashboard against a bare Leptos CSR page built the same way (e2e/bare/: the
// same Leptos, release profile and wasm-opt -Oz, a list of 18 items; scripts/test.sh builds it
// into e2e/bare/dist). Each page is loaded fresh LOADS times (FIRST_PAINT_LOADS, default 9),
// alternating which goes first, each load in a new browser context with the cache disabled.
//
// What is timed: from the navigation's start to the first frame that holds the first casualty
// figure row of the bundled articles (`tr.claim`; for the bare page its list item `li.item`):
// a MutationObserver installed before the page's scripts notes when the element appears, and the
// next requestAnimationFrame callback (the frame that paints it) gives the time. The test prints
// the medians and their ratio, a figure to read, not a timed assertion: it asserts only that
// both pages rendered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, complaints } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const bareDist = join(here, '..', 'bare', 'dist');
const LOADS = Math.max(7, Number(process.env.FIRST_PAINT_LOADS ?? 9));
let server, bareServer, browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run scripts/test.sh');
  assert.ok(existsSync(join(bareDist, 'index.html')), 'e2e/bare/dist/ is missing: run scripts/test.sh');
  server = await serve(dist, '/crosscheck/');
  bareServer = await serve(bareDist, '/');
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); await bareServer?.close(); });

/** Notes, in window.__painted, the time of the first frame holding an element `sel` matches. */
function watch(sel) {
  const seen = () => {
    if (window.__seen || !document.querySelector(sel)) return;
    window.__seen = performance.now();
    requestAnimationFrame(() => { window.__painted = performance.now(); });
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

/** One fresh load of `url`: ms to the first frame with `sel`, and how many elements match. */
async function load(url, sel) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], external: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(watch, sel);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 60000, polling: 50 });
  const ms = await page.evaluate(() => window.__painted);
  const n = await page.$$eval(sel, (els) => els.length);
  await context.close();
  return { ms, n, problems: complaints(problems) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

test('first paint: the dashboard of the bundled articles against a bare Leptos page', async () => {
  const pages = {
    crosscheck: { url: server.url, sel: 'tr.claim', times: [] },
    bare: { url: bareServer.url, sel: 'li.item', times: [] },
  };
  // one load of each to warm the server and the browser process, not counted
  for (const p of Object.values(pages)) await load(p.url, p.sel);
  for (let i = 0; i < LOADS; i++) {
    const order = i % 2 ? ['bare', 'crosscheck'] : ['crosscheck', 'bare'];
    for (const name of order) {
      const p = pages[name];
      const r = await load(p.url, p.sel);
      assert.ok(r.n > 0, `${name}: nothing matched ${p.sel}`);
      if (name === 'bare') assert.equal(r.n, 18, 'the bare page shows its 18 items');
      assert.deepEqual(r.problems, [], `${name} loaded with problems`);
      p.times.push(r.ms);
    }
  }
  const x = median(pages.crosscheck.times), y = median(pages.bare.times);
  const fmt = (t) => t.map((v) => Math.round(v)).join(' ');
  console.log(`# crosscheck loads (ms): ${fmt(pages.crosscheck.times)}`);
  console.log(`# bare Leptos loads (ms): ${fmt(pages.bare.times)}`);
  console.log(`# first paint: crosscheck ${Math.round(x)} ms vs bare Leptos ${Math.round(y)} ms (median of ${LOADS} alternating loads): ratio ${(x / y).toFixed(2)}`);
});
