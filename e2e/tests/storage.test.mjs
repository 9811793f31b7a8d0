// The user's articles in browser storage (one key per article, src/store.rs): two tabs adding
// and removing at once lose nothing; quota exceeded, storage disabled and unreadable entries
// each give a clear message and keep what the user has on screen; an unreadable entry is kept
// aside untouched, or, when it cannot be, left where it is and never overwritten.
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

async function paste(page, text, title) {
  await openDrawer(page, 'articles');
  await page.$eval('details.paste', (d) => { d.open = true; });
  await page.fill('textarea[name=paste-text]', text);
  await page.fill('input[name=paste-title]', title);
  await page.click('button.add-paste');
  await idle(page);
}
const titles = (page) => page.$$eval('.user-articles li span:first-child', (els) => els.map((e) => e.textContent).sort());
const storedTitles = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('crosscheck.v2.article.'))
  .map((k) => JSON.parse(localStorage.getItem(k)).article.title).sort());
const W = 'At least 4 civilians were killed on Monday, officials said.';
const X = 'At least 5 soldiers were wounded on Tuesday, the army said.';
const Y = 'At least 6 fighters were killed on Wednesday, the rebels said.';
const Z = 'At least 7 people were killed on Thursday, medics said.';

test('two tabs adding and removing articles at once lose nothing', async () => {
  const { page: a, problems, context } = await open(browser, server.url);
  const b = await context.newPage();
  await b.goto(server.url);
  await Promise.all([ready(a), ready(b)]);
  // W added in tab A reaches tab B
  await paste(a, W, 'W');
  await b.waitForFunction(() => document.querySelectorAll('.user-articles li').length === 1);
  await idle(b);
  // at once: A adds X and Y; B removes W and adds Z
  await Promise.all([
    (async () => { await paste(a, X, 'X'); await paste(a, Y, 'Y'); })(),
    (async () => { await openDrawer(b, 'articles'); await b.click('.user-articles li[data-article] button.remove'); await paste(b, Z, 'Z'); })(),
  ]);
  for (const p of [a, b]) {
    await p.waitForFunction(() => document.querySelectorAll('.user-articles li').length === 3, null, { timeout: 10000 })
      .catch(async () => assert.fail(`a tab shows ${JSON.stringify(await titles(p))}`));
    await idle(p);
    assert.deepEqual(await titles(p), ['X', 'Y', 'Z']);
  }
  assert.deepEqual(await storedTitles(a), ['X', 'Y', 'Z']);
  // the bundled switch travels too
  await b.uncheck('input[name=bundled]');
  await a.waitForFunction(() => !document.querySelector('input[name=bundled]').checked);
  // and a reload reads the same
  await a.reload();
  await ready(a);
  await idle(a);
  assert.deepEqual(await titles(a), ['X', 'Y', 'Z']);
  assert.equal(await a.isChecked('input[name=bundled]'), false);
  await screenshot(b, 'storage-two-tabs');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('quota exceeded: a clear message, the article stays on screen, and what was saved stays saved', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (String(v).length > 4000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await ready(page);
  await paste(page, W, 'small');
  await paste(page, (X + ' ').repeat(100), 'big');
  assert.match(await page.textContent('.messages'), /Not saved: browser storage is full\. Your articles stay on screen but this change will not survive a reload/);
  assert.deepEqual(await titles(page), ['big', 'small']);
  assert.ok((await page.locator('tr.claim[data-article^="user-"]').count()) >= 2, 'the unsaved article is not on the dashboard');
  await page.reload();
  await ready(page);
  await idle(page);
  assert.deepEqual(await titles(page), ['small'], 'what was saved is not what the message said');
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage disabled: a clear message at start and at each change, and articles still work on the page', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await ready(page);
  await page.waitForSelector('.messages .msg.warn');
  assert.match(await page.textContent('.messages'), /Your articles cannot be kept between visits: browser storage is disabled/);
  await paste(page, W, 'W');
  await paste(page, X, 'X');
  assert.match(await page.textContent('.messages'), /Not saved: browser storage is disabled/);
  assert.deepEqual(await titles(page), ['W', 'X']);
  await page.click('.user-articles li[data-article] button.remove');
  await idle(page);
  assert.equal(await page.locator('.user-articles li').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unreadable article entry is kept aside untouched; the readable ones load', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await paste(page, W, 'W');
  const bad = '{"v":2,"at":1,"article":{"text": BROKEN “—é';
  await page.evaluate((raw) => localStorage.setItem('crosscheck.v2.article.user-0123456789ab', raw), bad);
  await page.reload();
  await ready(page);
  await idle(page);
  await page.waitForSelector('.messages .msg.warn');
  const msgs = await page.textContent('.messages');
  assert.match(msgs, /A stored entry could not be read \(“crosscheck\.v2\.article\.user-0123456789ab”/);
  const aside = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('crosscheck.unreadable.')));
  assert.ok(aside);
  assert.ok(msgs.includes(`kept aside, untouched, under “${aside}”`), msgs);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside), bad, 'the entry kept aside is not byte for byte the original');
  assert.equal(await page.evaluate(() => localStorage.getItem('crosscheck.v2.article.user-0123456789ab')), null);
  assert.deepEqual(await titles(page), ['W']);
  // a later visit has nothing more to say
  await page.reload();
  await ready(page);
  await idle(page);
  assert.equal(await page.locator('.messages .msg.warn').count(), 0);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('an unreadable entry that cannot be kept aside is left where it is and never overwritten', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('crosscheck.v2.settings', 'not json');
      sessionStorage.setItem('seeded', '1');
    }
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (String(k).startsWith('crosscheck.unreadable.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await ready(page);
  await page.waitForSelector('.messages .msg.warn');
  assert.match(await page.textContent('.messages'), /could not be read \(“crosscheck\.v2\.settings”.*nor kept aside \(browser storage is full\); it is left as it is and never overwritten/);
  // switching the bundled articles off would write that key: it is refused, and said so
  await openDrawer(page, 'articles');
  await page.uncheck('input[name=bundled]');
  await idle(page);
  assert.match(await page.textContent('.messages'), /Not saved: “crosscheck\.v2\.settings” holds an unreadable entry that is left untouched/);
  assert.equal(await page.evaluate(() => localStorage.getItem('crosscheck.v2.settings')), 'not json');
  // articles still save
  await paste(page, W, 'W');
  assert.deepEqual(await storedTitles(page), ['W']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('articles stored in the older one-key layout are moved to one key each, then the old key goes', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('crosscheck.articles.v1', JSON.stringify({ v: 1, bundled: false, articles: [
        { id: 'user-x', title: 'old one', text: 'At least 4 civilians were killed on Monday, officials said.' },
        { id: 'user-y', title: 'old two', text: 'At least 5 soldiers were wounded on Tuesday, the army said.' },
      ] }));
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await ready(page);
  await idle(page);
  assert.deepEqual(await titles(page), ['old one', 'old two']);
  assert.equal(await page.isChecked('input[name=bundled]'), false);
  assert.deepEqual(await storedTitles(page), ['old one', 'old two']);
  assert.equal(await page.evaluate(() => localStorage.getItem('crosscheck.articles.v1')), null);
  assert.equal(await page.locator('.messages .msg.warn').count(), 0);
  await page.reload();
  await ready(page);
  await idle(page);
  assert.deepEqual(await titles(page), ['old one', 'old two']);
  assert.deepEqual(errors, []);
  await context.close();
});
