// Bring your own articles: paste, upload, drop-in files, keep across reloads, export (checked
// against the CLI's Report for the same articles), share links opened in a fresh browser, bad
// input, storage failures, and proof that a pasted <script>/<img onerror> article stays inert.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, screenshot, openDrawer, closeDrawers, openPick } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const cli = join(root, 'target', 'debug', 'crosscheck');
const otherWar = readFileSync(join(here, '..', 'fixtures', 'other-war.txt'), 'utf8');
let server, browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run scripts/test.sh');
  assert.ok(existsSync(cli), 'target/debug/crosscheck is missing: scripts/test.sh builds it');
  server = await serve(dist, '/crosscheck/');
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const ready = (page) => page.waitForSelector('.summary .headline', { timeout: 30000 });
const idle = (page) => page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', null, { timeout: 60000 });

// paste in the articles drawer, then close it (back on the dashboard)
async function paste(page, text, meta = {}) {
  await openDrawer(page, 'articles');
  await page.$eval('details.paste', (d) => { d.open = true; });
  await page.fill('textarea[name=paste-text]', text);
  for (const [k, v] of Object.entries(meta)) await page.fill(`input[name=paste-${k}]`, v);
  await page.click('button.add-paste');
  await idle(page);
  await closeDrawers(page);
}

async function userArticleId(page) {
  return page.getAttribute('.user-articles li', 'data-article');
}

test('a pasted article about another war gives figures, attempts and stances, and survives a reload', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await paste(page, otherWar, { title: 'Sudan truce talks collapse', outlet: 'Test Wire', date: '2024-05-14' });
  const id = await userArticleId(page);
  assert.match(id, /^user-/);
  const figures = await page.locator(`tr.claim[data-article="${id}"]`).count();
  const stances = await page.locator(`li.statement[data-article="${id}"]`).count();
  const mentions = await page.locator(`li.mention[data-article="${id}"]`).count();
  assert.ok(figures >= 4, `only ${figures} figures`);
  assert.ok(stances >= 3, `only ${stances} stances`);
  assert.ok(mentions >= 2, `only ${mentions} truce mentions`);
  assert.match(await page.textContent('.truces'), /Jeddah/);
  await screenshot(page, 'byo-pasted');
  // reload, and a fresh page in the same browser profile (a restart keeps local storage)
  await page.reload();
  await ready(page);
  await idle(page);
  assert.equal(await userArticleId(page), id);
  assert.equal(await page.locator(`tr.claim[data-article="${id}"]`).count(), figures);
  const again = await context.newPage();
  await again.goto(server.url);
  await ready(again);
  await idle(again);
  assert.equal(await userArticleId(again), id);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('bundled articles can be switched off; remove one and clear all', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await paste(page, otherWar);
  await openDrawer(page, 'articles');
  await page.uncheck('input[name=bundled]');
  await idle(page);
  const arts = await page.$$eval('.sources tr[data-article]', (els) => els.map((e) => e.dataset.article));
  assert.equal(arts.length, 1);
  assert.match(arts[0], /^user-/);
  await page.reload();
  await ready(page);
  await idle(page);
  assert.equal(await page.isChecked('input[name=bundled]'), false, 'the bundled switch was not kept');
  await openDrawer(page, 'articles');
  await page.click('.user-articles button.remove');
  await idle(page);
  assert.equal(await page.locator('.user-articles li').count(), 0);
  assert.match(await page.textContent('.casualties'), /No figures found/);
  await paste(page, otherWar);
  await paste(page, 'Fighting continued on Friday. At least 3 soldiers were killed, the army said.');
  assert.equal(await page.locator('.user-articles li').count(), 2);
  await openDrawer(page, 'articles');
  await page.click('button.remove-all');
  await idle(page);
  assert.equal(await page.locator('.user-articles li').count(), 0);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('uploads: .txt, .md and .html (scripts dropped); empty paste, binary, wrong type and 20 MB files get messages', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await openDrawer(page, 'articles');
  await page.$eval('details.paste', (d) => { d.open = true; });
  await page.click('button.add-paste');
  assert.match(await page.textContent('.messages'), /Nothing to add: the text is empty/);
  const html = '<html><head><title>Gaza strike</title><script>window.__pwned = 1</script></head><body><p>At least 20 people were killed on Tuesday, officials said.</p><img src="x" onerror="window.__pwned = 2"></body></html>';
  const binary = Buffer.alloc(4096, 0); binary.write('PK', 0);
  const big = Buffer.alloc(20 * 1024 * 1024, 'Fighting continued on Friday as talks stalled. ');
  await page.setInputFiles('input[type=file]', [
    { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(otherWar) },
    { name: 'b.md', mimeType: 'text/markdown', buffer: Buffer.from('# Note\n\nDozens of civilians were wounded in the shelling.') },
    { name: 'c.html', mimeType: 'text/html', buffer: Buffer.from(html) },
    { name: 'd.txt', mimeType: 'text/plain', buffer: binary },
    { name: 'e.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    { name: 'big.txt', mimeType: 'text/plain', buffer: big },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.user-articles li').length === 4, null, { timeout: 60000 });
  await idle(page);
  const msgs = await page.textContent('.messages');
  assert.match(msgs, /d\.txt looks like a binary file/);
  assert.match(msgs, /e\.pdf: only \.txt, \.md and \.html/);
  // 20 MB is within the core's one size limit (ingest::MAX_BYTES, 25 MiB; the cut itself is
  // tested natively there): the article is added whole, and the browser's storage quota says so
  assert.match(msgs, /Added 4 articles \(.*“big”\)\./);
  assert.match(msgs, /Not saved: browser storage is full/);
  const titles = await page.$$eval('.user-articles li span:first-child', (els) => els.map((e) => e.textContent));
  assert.ok(titles.includes('Gaza strike'), JSON.stringify(titles));
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a script in an uploaded article ran');
  assert.deepEqual(complaints(problems), []);
  await screenshot(page, 'byo-uploads');
  await context.close();
});

test('a pasted <script>/<img onerror> article is shown as text and never runs', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const evil = 'At least 4 civilians were killed <script>window.__pwned = 1</script> in the attack <img src=x onerror="window.__pwned = 2">, officials said.';
  await paste(page, evil);
  const id = await userArticleId(page);
  await page.click(`.sources tr[data-article="${id}"] button.linkish`);
  await page.waitForSelector('.reader');
  const text = await page.textContent('.reader .text');
  assert.ok(text.includes('<script>window.__pwned = 1</script>'), 'the markup is not shown as text');
  assert.equal(await page.locator('.reader script, .reader img').count(), 0);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a script in a pasted article ran');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('exports carry the CLI Report for the same articles, name them and count their rows', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await paste(page, otherWar, { title: 'Sudan truce talks collapse', outlet: 'Test Wire', date: '2024-05-14' });
  await openDrawer(page, 'articles');
  await page.uncheck('input[name=bundled]');
  await idle(page);
  const id = await userArticleId(page);
  await openDrawer(page, 'export');
  const row = page.locator('.export-row[data-scope=all]');
  const [dl] = await Promise.all([page.waitForEvent('download'), row.locator('button.export-json').click()]);
  const exported = JSON.parse(readFileSync(await dl.path(), 'utf8'));
  // the CLI on the same text, with the same metadata
  const dir = mkdtempSync(join(tmpdir(), 'cc-'));
  writeFileSync(join(dir, `${id}.txt`), otherWar);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles: [{ file: `${id}.txt`, title: 'Sudan truce talks collapse', outlet: 'Test Wire', date: '2024-05-14' }] }));
  const fromCli = JSON.parse(execFileSync(cli, ['--format', 'json', dir], { encoding: 'utf8' }));
  assert.deepEqual(exported, fromCli);
  assert.match(exported.generator, /^crosscheck \d/);
  assert.deepEqual(exported.articles.map((a) => a.id), [id]);
  const label = await row.locator('button.export-json').textContent();
  const n = exported.casualties.length + exported.stances.length + exported.truces.reduce((k, t) => k + t.mentions.length, 0);
  assert.match(label, new RegExp(`\\(${n} records\\)`));
  const [csv] = await Promise.all([page.waitForEvent('download'), row.locator('button.export-casualties').click()]);
  const lines = readFileSync(await csv.path(), 'utf8').trim().split(/\r?\n/);
  assert.match(lines[0], new RegExp(`^# crosscheck .*articles: ${id}`));
  assert.equal(lines.length - 2, exported.casualties.length);
  // the current view: a filter narrows the export and its count
  await openPick(page, 'kind');
  await page.check('input[name=kind][value=wounded]');
  const viewLabel = await page.locator('.export-row[data-scope=view] button.export-casualties').textContent();
  assert.match(viewLabel, new RegExp(`\\(${exported.casualties.filter((c) => c.kind === 'wounded').length} rows\\)`));
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('a share link carries the articles to a fresh browser, which can keep them', async () => {
  const a = await open(browser, server.url);
  await ready(a.page);
  await paste(a.page, otherWar, { title: 'Shared story' });
  await openPick(a.page, 'kind');
  await a.page.check('input[name=kind][value=killed]');
  await openDrawer(a.page, 'export');
  await a.page.click('button.share');
  await a.page.waitForFunction(() => location.hash.startsWith('#data='));
  const link = a.page.url();
  assert.match(link, /\?kind=killed#data=/);
  assert.match(await a.page.textContent('.messages'), /Link with your 1 article\(s\) copied/);
  await a.context.close();

  const b = await open(browser, link);
  await ready(b.page);
  await b.page.waitForSelector('.shared');
  assert.match(await b.page.textContent('.shared'), /This link carries 1 article/);
  const id = await b.page.getAttribute('.user-articles li', 'data-article');
  assert.ok((await b.page.locator(`tr.claim[data-article="${id}"]`).count()) >= 3);
  assert.equal(await b.page.isChecked('input[name=kind][value=killed]'), true, 'the view did not travel with the link');
  assert.deepEqual(await b.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('crosscheck.')).sort()), [], 'kept before the user chose to');
  await screenshot(b.page, 'byo-shared-link');
  await b.page.click('button.keep');
  await b.page.waitForFunction(() => !location.hash);
  const stored = JSON.parse(await b.page.evaluate((k) => localStorage.getItem(k), `crosscheck.v2.article.${id}`));
  assert.equal(stored.article.id, id);
  await b.page.goto(server.url);
  await ready(b.page);
  await idle(b.page);
  assert.equal(await b.page.getAttribute('.user-articles li', 'data-article'), id);
  assert.deepEqual(complaints(b.problems), []);
  await b.context.close();
});

test('a link too long for common browsers is refused with the export offered instead', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  // varied text compresses badly: about 60 KB of it
  let s = 1, noise = '';
  while (noise.length < 60000) { s = (s * 1103515245 + 12345) % 2147483648; noise += s.toString(36) + ' '; }
  await paste(page, 'Fighting continued. ' + noise);
  await openDrawer(page, 'export');
  await page.click('button.share');
  await page.waitForFunction(() => /too long for common browsers/.test(document.querySelector('.messages').textContent));
  assert.match(await page.textContent('.messages'), /Export the JSON instead/);
  assert.ok(!page.url().includes('#data='));
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('storage disabled or full: a clear message, and nothing on screen is lost', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await ready(page);
  await paste(page, otherWar);
  assert.match(await page.textContent('.messages'), /Not saved: browser storage is full\./);
  assert.equal(await page.locator('.user-articles li').count(), 1);
  assert.ok((await page.locator('tr.claim[data-article^="user-"]').count()) >= 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corrupted stored entry (older layout) gives a message and is kept aside, untouched', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('crosscheck.articles.v1', '{"v":1,"articles":[{"text": BROKEN');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await page.waitForSelector('.messages .msg.warn');
  assert.match(await page.textContent('.messages'), /could not be read/);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const aside = keys.find((k) => k.startsWith('crosscheck.unreadable.'));
  assert.ok(aside, JSON.stringify(keys));
  assert.ok(!keys.includes('crosscheck.articles.v1'), 'the unreadable entry was copied aside, then removed from where the page reads');
  assert.match(await page.textContent('.messages'), new RegExp(`kept aside, untouched, under “${aside.replace(/\./g, '\\.')}”`));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside), '{"v":1,"articles":[{"text": BROKEN');
  // the bundled articles still show
  assert.ok((await page.locator('tr.claim').count()) > 10);
  await context.close();
});

test('several files dropped at once are all added', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['At least 7 soldiers were killed on Sunday, the ministry said.'], 'one.txt', { type: 'text/plain' }));
    dt.items.add(new File(['Hundreds of families fled the shelling overnight.'], 'two.md', { type: 'text/markdown' }));
    const zone = document.querySelector('.drop');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelectorAll('.user-articles li').length === 2);
  await idle(page);
  const titles = await page.$$eval('.user-articles li span:first-child', (els) => els.map((e) => e.textContent).sort());
  assert.deepEqual(titles, ['one', 'two']);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});
