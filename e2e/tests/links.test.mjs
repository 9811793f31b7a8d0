// Share links that are not what the page made: truncated, tampered with, of a future version,
// unpacking to too much, or 10 MB long. Each gives a clear message, never a crash, and the page
// stays usable (the bundled dashboard shows and an article can be pasted).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
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

/** The page's link check (src/share.rs): 48 bits of FNV-1a over the payload and a 0 byte. */
function check(payload) {
  let h = 0xcbf29ce484222325n;
  for (const b of [...Buffer.from(payload), 0]) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return (h & 0xffffffffffffn).toString(16).padStart(12, '0');
}
const b64url = (buf) => buf.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const linkFor = (json) => { const p = b64url(deflateRawSync(Buffer.from(json))); return `#data=2.${check(p)}.${p}`; };

/** The page still works: the dashboard shows and a pasted article is added. */
async function usable(page) {
  await ready(page);
  await idle(page);
  assert.ok((await page.locator('tr.claim').count()) > 10, 'the bundled dashboard is missing');
  await openDrawer(page, 'articles');
  await page.$eval('details.paste', (d) => { d.open = true; });
  await page.fill('textarea[name=paste-text]', 'At least 7 soldiers were killed on Sunday, the ministry said.');
  await page.click('button.add-paste');
  await idle(page);
  assert.equal(await page.locator('.user-articles li').count(), 1, 'pasting no longer works');
}

async function openLink(fragment) {
  const o = await open(browser, server.url + fragment);
  await o.page.waitForSelector('.messages .msg.warn', { timeout: 30000 });
  return o;
}

test('the page reads its own format-2 links, and links made by hand the same way', async () => {
  const json = JSON.stringify({ v: 1, bundled: false, articles: [{ id: 'user-forged', title: 'Hand-made', text: 'At least 9 people were killed on Monday, officials said.' }] });
  const { page, problems, context } = await open(browser, server.url + linkFor(json));
  await page.waitForSelector('.shared');
  assert.match(await page.textContent('.shared'), /carries 1 article/);
  assert.match(await page.getAttribute('.user-articles li', 'data-article'), /^user-[0-9a-f]{12}$/, 'the id was not recomputed');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('a truncated, tampered, future-version or over-large link gives a clear message and the page stays usable', async () => {
  // a real link, made by the page
  const a = await open(browser, server.url);
  await ready(a.page);
  await openDrawer(a.page, 'articles');
  await a.page.$eval('details.paste', (d) => { d.open = true; });
  await a.page.fill('textarea[name=paste-text]', 'Fighting continued on Friday. At least 3 soldiers were killed, the army said. '.repeat(20));
  await a.page.click('button.add-paste');
  await idle(a.page);
  await openDrawer(a.page, 'export');
  await a.page.click('button.share');
  await a.page.waitForFunction(() => location.hash.startsWith('#data=2.'));
  const hash = new URL(a.page.url()).hash;
  await a.context.close();

  const flip = (s, i) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  const cases = [
    ['truncated', hash.slice(0, Math.floor(hash.length * 0.6)), /incomplete or was changed/],
    ['truncated inside the check', hash.slice(0, 12), /incomplete or was changed/],
    ['tampered', flip(hash, hash.length - 5), /incomplete or was changed \(its check does not match\)/],
    ['a future version', hash.replace('#data=2.', '#data=3.'), /made by a newer version of Crosscheck \(link format 3/],
    ['unpacking to 3 MB', linkFor(JSON.stringify({ v: 1, bundled: true, articles: [{ id: 'x', text: 'a'.repeat(3 << 20) }] })), /would unpack to more than 2 MB/],
    ['not the articles', linkFor('{"v":1,"articles":'), /not in a form this page reads/],
    ['a compressed-data error', `#data=2.${check('AAAA')}.AAAA`, /incomplete or was changed \(it does not unpack\)/],
    ['1.5 MB long', '#data=2.' + 'A'.repeat(1.5 * (1 << 20)), /the link is 1\.5 MB long/],
  ];
  for (const [name, fragment, message] of cases) {
    const { page, problems, context } = await openLink(fragment);
    const msgs = await page.textContent('.messages');
    assert.match(msgs, /This link's articles could not be opened/, name);
    assert.match(msgs, message, `${name}: ${msgs}`);
    assert.equal(await page.locator('.shared').count(), 0, name);
    await usable(page);
    assert.deepEqual(complaints(problems), [], name);
    if (name === 'truncated') await screenshot(page, 'link-truncated');
    await context.close();
  }
});

test('a 10 MB link gives a clear message and the page stays usable', async () => {
  const huge = '#data=2.' + 'A'.repeat(10 << 20);
  // Chromium itself refuses to navigate to a URL over 2 MB...
  const { page: p0, context: c0 } = await open(browser, 'about:blank', { origin: server.origin });
  await assert.rejects(p0.goto(server.url + huge), /ERR_ABORTED|Invalid url/i);
  await c0.close();
  // ...but a page can put one in its own address: the page reads it when it starts
  const context = await browser.newContext();
  await context.addInitScript((h) => { history.replaceState(null, '', location.pathname + h); }, huge);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForSelector('.messages .msg.warn', { timeout: 30000 });
  assert.equal(await page.evaluate(() => location.hash.length), huge.length);
  assert.match(await page.textContent('.messages'), /the link is 10\.0 MB long; links with articles are at most 32000 characters/);
  await usable(page);
  await screenshot(page, 'link-10mb');
  assert.deepEqual(errors, []);
  await context.close();
});
