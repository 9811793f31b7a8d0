// Many files at once: dropping or choosing 200 articles adds them in one change of the corpus
// and one analysis (not one whole-bundle analysis per file), says so in one summary message
// that keeps every refusal's own reason, and stores every article; another open tab takes the
// 200 stored articles in at once too. The page counts its analyses in `data-analyses` on <main>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, screenshot, openDrawer, closeDrawers } from '../lib/harness.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
let server, browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run trunk build --release --public-url /crosscheck/ first');
  server = await serve(dist, '/crosscheck/');
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const ready = (page) => page.waitForSelector('.summary .headline', { timeout: 30000 });
const idle = (page) => page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', null, { timeout: 120000 });
const analyses = async (page) => Number(await page.getAttribute('main', 'data-analyses'));
const articleCount = async (page) => Number((await page.textContent('.summary .counts')).match(/^(\d+) articles/)[1]);

// every article is on the dashboard: the sources table states how many it lists (it shows a
// page at a time), and shown whole it has a row for each of the user's n articles
async function listed(page, total, n) {
  const pager = '.sources table.articles + .pager';
  await page.waitForFunction(([p, t]) => Number(document.querySelector(p)?.dataset.total) === t, [pager, total], { timeout: 120000 });
  assert.match(await page.textContent(`${pager} .pager-count`), new RegExp(`^Showing 100 of ${total} articles$`));
  await closeDrawers(page);
  await page.click(`${pager} button.all`);
  await page.waitForFunction((n) => document.querySelectorAll('.sources tr[data-article^="user-"]').length === n, n, { timeout: 120000 });
  assert.equal(await page.locator('.sources table.articles tbody tr').count(), total);
}

const TOWNS = ['Aleppo', 'Kharkiv', 'Gao', 'Rafah', 'Marib', 'Goma', 'Kidal', 'Idlib', 'Bakhmut', 'Sennar'];
const GROUPS = ['civilians', 'soldiers', 'fighters', 'people', 'police officers'];
const SAYS = ['officials said', 'the army said', 'medics said', 'the health ministry said', 'local residents said'];
// a short news-like article, different for every i
function article(i) {
  const town = TOWNS[i % TOWNS.length], group = GROUPS[i % GROUPS.length], says = SAYS[(i >> 1) % SAYS.length];
  return `Report ${i} from ${town}.\n\nAt least ${i + 3} ${group} were killed in shelling near ${town} on Monday, ${says}. ` +
    `Another ${(i % 17) + 2} were wounded. Mediators said talks on a ceasefire would resume next week.`;
}

test('200 files added at once: one summary message, every refusal kept, one analysis of them all', async () => {
  const { page, problems, context } = await open(browser, server.url);
  const other = await context.newPage();
  await other.goto(server.url);
  await Promise.all([ready(page), ready(other)]);
  await Promise.all([idle(page), idle(other)]);
  const bundled = await articleCount(page);
  const before = await analyses(page);
  const otherBefore = await analyses(other);
  assert.ok(before >= 1, `data-analyses is ${before} after the first Report`);
  await openDrawer(page, 'articles');
  const N = 200;
  const files = [];
  for (let i = 0; i < N; i++) files.push({ name: `n${String(i).padStart(3, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(article(i)) });
  // two copies of texts already in the batch, one binary file and one of a kind the page does not read
  files.push({ name: 'copy-a.txt', mimeType: 'text/plain', buffer: Buffer.from(article(7)) });
  files.push({ name: 'copy-b.txt', mimeType: 'text/plain', buffer: Buffer.from(article(150)) });
  const binary = Buffer.alloc(4096, 0); binary.write('PK', 0);
  files.push({ name: 'zip.txt', mimeType: 'text/plain', buffer: binary });
  files.push({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  const t0 = Date.now();
  await page.setInputFiles('input[type=file]', files);
  await page.waitForFunction((n) => document.querySelectorAll('.user-articles li').length === n, N, { timeout: 120000 });
  await idle(page);
  await listed(page, bundled + N, N);
  const settled = Date.now() - t0;
  const runs = (await analyses(page)) - before;
  console.log(`# ${N} files: settled in ${settled} ms, ${runs} analyses`);
  // one analysis of the whole batch (two at most, should a first one start before the batch lands), not one per file
  assert.ok(runs >= 1 && runs <= 2, `${runs} analyses for ${N} files added at once`);
  assert.equal(await articleCount(page), bundled + N);
  const msgs = await page.$$eval('main .messages .msg', (els) => els.map((e) => e.textContent));
  assert.ok(msgs.includes(`Added ${N} articles; 2 were already there.`), JSON.stringify(msgs));
  assert.ok(msgs.some((m) => /zip\.txt looks like a binary file/.test(m)), JSON.stringify(msgs));
  assert.ok(msgs.some((m) => /scan\.pdf: only \.txt, \.md and \.html/.test(m)), JSON.stringify(msgs));
  assert.equal(msgs.filter((m) => m.startsWith('Added')).length, 1, `one summary, not one message per file: ${JSON.stringify(msgs)}`);
  // the other tab hears of 200 new keys (200 storage events) and analyses them together
  await listed(other, bundled + N, N);
  await idle(other);
  const otherRuns = (await analyses(other)) - otherBefore;
  console.log(`# the other tab: ${otherRuns} analyses`);
  // the events may come in a few bursts: a few analyses, never one per article
  assert.ok(otherRuns >= 1 && otherRuns <= 5, `${otherRuns} analyses in the other tab for ${N} articles stored at once`);
  await other.close();
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('crosscheck.v2.article.')).length);
  assert.equal(stored, N, 'every added article is stored');
  // a reload reads them all back, in one analysis
  await page.reload();
  await ready(page);
  await idle(page);
  assert.equal(await articleCount(page), bundled + N);
  assert.equal(await analyses(page), 1);
  assert.deepEqual(complaints(problems), []);
  await screenshot(page, 'bulk-200-files');
  await context.close();
});
