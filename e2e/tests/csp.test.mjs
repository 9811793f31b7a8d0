// The Content Security Policy (index.html) is in force: an injected inline script is blocked,
// while the page itself runs with no violation. Hostile markup pasted or uploaded as
// article text, title, outlet or URL stays inert in every panel and in the reader (no dialog,
// no global side effect, no live javascript: link), and no request leaves the origin during a
// whole session (paste, upload, filter, reader, export, share link, reload).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, screenshot, openDrawer, closeDrawers, openPick } from '../lib/harness.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
let server, browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run trunk build --release --public-url /crosscheck/ first');
  server = await serve(dist, '/crosscheck/');
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const ready = (page) => page.waitForSelector('.summary .headline', { timeout: 30000 });
const idle = (page) => page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', null, { timeout: 60000 });

/** Open the page with a record of CSP violations (from the first byte) and of dialogs. */
async function openWatched(url) {
  const o = await open(browser, 'about:blank', { origin: server.origin });
  o.dialogs = [];
  o.page.on('dialog', (d) => { o.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await o.context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  await o.page.goto(url, { waitUntil: 'load' });
  return o;
}

// every way a pasted or uploaded text could try to run something
const SIDE = (where) => `window.__pwned=(window.__pwned||[]).concat('${where}')`;
const payload = (where) => [
  `<script>${SIDE(where + ':script')}</script>`,
  `<img src=x onerror="${SIDE(where + ':onerror')}">`,
  `<a href="javascript:${SIDE(where + ':href')}">read more</a>`,
  `<svg onload="${SIDE(where + ':svg')}"></svg>`,
  `javascript:alert('${where}')`,
].join(' ');

async function inert(page, dialogs) {
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a payload ran');
  assert.deepEqual(dialogs, [], 'a dialog opened');
  const live = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName.toUpperCase())) out.push(el.tagName);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) out.push(`${el.tagName}[${a.name}]`);
        if (/^\s*javascript:/i.test(a.value)) out.push(`${el.tagName}[${a.name}=${a.value}]`);
      }
    }
    return out;
  });
  assert.deepEqual(live, [], 'live markup from a payload');
}

test('the policy is in force: an injected inline script is blocked, the page itself breaks no rule', async () => {
  const { page, problems, context } = await openWatched(server.url);
  await ready(page);
  await idle(page);
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  for (const d of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "worker-src 'self'"]) {
    assert.ok(csp.includes(d), `the policy lacks ${d}: ${csp}`);
  }
  assert.ok(!/unsafe-inline|'unsafe-eval'|\*/.test(csp), csp);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'an inline script in the built page');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'the page itself broke its policy');
  const r = await page.evaluate(() => new Promise((resolve) => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.head.appendChild(s);
    setTimeout(() => resolve({ inline: window.__inline, violations: window.__violations }), 300);
  }));
  assert.equal(r.inline, undefined, 'the injected inline script ran');
  assert.ok(r.violations.some((v) => v.startsWith('script-src-elem inline')), JSON.stringify(r.violations));
  // the only console error is the refusal just provoked
  assert.ok(problems.consoleErrors.every((e) => /Content Security Policy/.test(e)), JSON.stringify(problems.consoleErrors));
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

test('pasted and uploaded <script>, onerror and javascript: payloads stay inert in every panel and the reader; no request leaves the origin', async () => {
  const { page, problems, context, dialogs } = await openWatched(server.url);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await ready(page);
  // a paste: the payload in the text, the title, the outlet and the URL
  await openDrawer(page, 'articles');
  await page.$eval('details.paste', (d) => { d.open = true; });
  const text = `At least 12 civilians were killed in the shelling ${payload('text')} of the town, the health ministry said. ` +
    `The army said 3 soldiers were wounded. The foreign minister called for an immediate ceasefire ${payload('text2')}. ` +
    'A truce was agreed on Friday, officials said.';
  await page.fill('textarea[name=paste-text]', text);
  await page.fill('input[name=paste-title]', payload('title'));
  await page.fill('input[name=paste-outlet]', payload('outlet'));
  await page.fill('input[name=paste-url]', `javascript:${SIDE('url')}`);
  await page.click('button.add-paste');
  await idle(page);
  // an upload: an .html page full of the same
  const html = `<html><head><title>${'Strike'} <script>${SIDE('html-title')}</script></title><script>${SIDE('html-head')}</script>` +
    `<meta http-equiv="refresh" content="0;url=javascript:${SIDE('refresh')}"></head><body onload="${SIDE('html-body')}">` +
    `<p>At least 20 people were killed on Tuesday, officials said.</p>${payload('html')}` +
    `<iframe src="javascript:${SIDE('iframe')}"></iframe><object data="javascript:${SIDE('object')}"></object>` +
    `<p>&lt;script&gt;${SIDE('entity')}&lt;/script&gt; The rebels said 5 fighters were killed.</p></body></html>`;
  await page.setInputFiles('input[type=file]', [
    { name: 'evil.html', mimeType: 'text/html', buffer: Buffer.from(html) },
    { name: `<img src=x onerror="${SIDE('filename')}">.txt`, mimeType: 'text/plain', buffer: Buffer.from(`At least 2 people were killed, police said. ${payload('txt')}`) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.user-articles li').length === 3, null, { timeout: 60000 });
  await idle(page);
  await inert(page, dialogs);
  await closeDrawers(page);
  // every panel shows the user's articles, as text
  const ids = await page.$$eval('.user-articles li', (els) => els.map((e) => e.dataset.article));
  for (const id of ids) assert.ok(await page.locator(`.sources tr[data-article="${id}"]`).count() === 1, `no source row for ${id}`);
  assert.ok(await page.locator('tr.claim[data-article^="user-"]').count() >= 3, 'the pasted figures are not on the dashboard');
  assert.ok((await page.textContent('.user-articles')).includes('<img src=x onerror='), 'the title is not shown as text');
  assert.ok((await page.textContent('.sources')).includes('<script>'), 'the outlet is not shown as text');
  // open each user article in the reader, and each of their figures, truce mentions and stances
  for (const id of ids) {
    await page.click(`.sources tr[data-article="${id}"] button.linkish`);
    await page.waitForSelector('.reader .text');
    await inert(page, dialogs);
  }
  assert.ok((await page.textContent('.reader .text')).includes('<'), 'markup in the text is not shown as text');
  for (const sel of ['tr.claim[data-article^="user-"] button.linkish', 'li.mention[data-article^="user-"] button.linkish', 'li.statement[data-article^="user-"] button.linkish']) {
    const n = await page.locator(sel).count();
    for (let i = 0; i < n; i++) {
      await page.locator(sel).nth(i).dispatchEvent('click'); // some sit in closed <details>
      await page.waitForSelector('.reader mark.selected');
    }
  }
  await inert(page, dialogs);
  // filters, free text, export, a share link, and a reload: still inert, still at home
  await page.fill('input[name=q]', '<script>');
  await page.fill('input[name=q]', '');
  await openPick(page, 'kind');
  await page.check('input[name=kind][value=killed]');
  await idle(page);
  await openDrawer(page, 'export');
  const row = page.locator('.export-row[data-scope=all]');
  await Promise.all([page.waitForEvent('download'), row.locator('button.export-json').click()]);
  await Promise.all([page.waitForEvent('download'), row.locator('button.export-casualties').click()]);
  await page.click('button.share');
  await page.waitForFunction(() => location.hash.startsWith('#data='));
  const link = page.url();
  await page.reload();
  await ready(page);
  await idle(page);
  await inert(page, dialogs);
  await page.goto(link);
  await ready(page);
  await page.waitForSelector('.shared');
  await idle(page);
  await inert(page, dialogs);
  await screenshot(page, 'csp-payloads');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'a payload was stopped only by the policy');
  const own = server.origin;
  const outside = requests.filter((u) => !(u.startsWith(own + '/') || u.startsWith('data:') || u.startsWith('blob:')));
  assert.deepEqual(outside, [], 'requests outside the origin');
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the request record is empty');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});
