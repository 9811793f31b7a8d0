// The dashboard against the Report the CLI produces for the same articles, filters in the URL,
// reload, back/forward, garbage links, the root path, and screenshots (desktop, 360 px, dark).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, screenshot, openPick } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const reportPath = join(here, '..', 'expected-report.json');
let server, browser, report;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run scripts/test.sh');
  assert.ok(existsSync(reportPath), 'e2e/expected-report.json is missing: scripts/test.sh writes it with the CLI');
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
  server = await serve(dist, '/crosscheck/', ['/']);
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const ready = (page) => page.waitForSelector('.summary .headline', { timeout: 30000 });
const ids = (page, sel) => page.$$eval(sel, (els) => els.map((e) => e.dataset.id));
const query = (page) => new URL(page.url()).search;

test('the page shows exactly the records of the CLI Report', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const cas = await ids(page, 'tr.claim');
  assert.deepEqual([...cas].sort(), report.casualties.map((c) => c.id).sort());
  const st = await ids(page, 'li.statement');
  assert.deepEqual([...st].sort(), report.stances.map((s) => s.id).sort());
  const attempts = await ids(page, 'li.attempt');
  assert.deepEqual(attempts, report.truces.map((t) => t.id));
  // an attempt with many mentions shows them a page at a time and says how many it has: shown
  // whole, every mention is there
  const mentions = report.truces.reduce((n, t) => n + t.mentions.length, 0);
  for (const t of report.truces) {
    const pager = page.locator(`li.attempt[data-id="${t.id}"] .pager`);
    if (await pager.count()) assert.equal(Number(await pager.getAttribute('data-total')), t.mentions.length);
  }
  await page.$$eval('.truces .pager button.all', (bs) => bs.forEach((b) => b.click()));
  await page.waitForFunction((n) => document.querySelectorAll('li.mention').length === n, mentions);
  assert.equal(await page.locator('li.mention').count(), mentions);
  // the headline names the spread of the current tolls
  assert.match(await page.textContent('.headline'), /range from more than 1,000 to more than 5,000 across 5 reports from 4 independent sources/);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('each filter changes the URL, and reloading that URL restores the view', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const all = (await ids(page, 'tr.claim')).length;
  const steps = [
    ['kind', async () => { await openPick(page, 'kind'); await page.check('input[name=kind][value=wounded]'); }, /kind=wounded/],
    ['scope', async () => page.selectOption('select[name=scope]', 'current'), /scope=current/],
    ['articles', async () => { await openPick(page, 'art'); await page.uncheck(`input[name=art][value="${report.articles[0].id}"]`); }, /art=/],
    ['actor', async () => page.selectOption('select[name=actor]', 'RUS'), /actor=RUS/],
    ['stance', async () => page.selectOption('select[name=stance]', 'offer_aid'), /stance=offer_aid/],
    ['text', async () => page.fill('input[name=q]', 'civilians'), /q=civilians/],
  ];
  for (const [name, act, pattern] of steps) {
    const before = query(page);
    await act();
    await page.waitForFunction((b) => location.search !== b, before);
    assert.match(query(page), pattern, `${name} did not reach the URL`);
    const shown = { cas: await ids(page, 'tr.claim'), st: await ids(page, 'li.statement'), tr: await ids(page, 'li.attempt') };
    await page.reload();
    await ready(page);
    const again = { cas: await ids(page, 'tr.claim'), st: await ids(page, 'li.statement'), tr: await ids(page, 'li.attempt') };
    assert.deepEqual(again, shown, `reload after ${name} changed the view`);
  }
  assert.ok((await ids(page, 'tr.claim')).length < all, 'filters did not narrow the figures');
  await screenshot(page, 'dashboard-filtered');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('back and forward restore earlier views; typing does not add history entries', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const v0 = await ids(page, 'tr.claim');
  await openPick(page, 'kind');
  await page.check('input[name=kind][value=displaced]');
  await page.waitForFunction(() => location.search.includes('kind=displaced'));
  const v1 = await ids(page, 'tr.claim');
  await page.fill('input[name=q]', 'ref');
  await page.fill('input[name=q]', 'refugees');
  await page.waitForFunction(() => location.search.includes('q=refugees'));
  const v2 = await ids(page, 'tr.claim');
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.deepEqual(await ids(page, 'tr.claim'), v0, 'back did not restore the first view');
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('q=refugees'));
  assert.deepEqual(await ids(page, 'tr.claim'), v2);
  assert.ok(v1.length >= v2.length);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('a link with garbage parameters shows a notice and the default view', async () => {
  const { page, problems, context } = await open(browser, server.url + '?kind=bogus&scope=sideways&zzz=1&sel=nope&q=%E0%A4');
  await ready(page);
  await page.waitForSelector('.notice');
  const notice = await page.textContent('.notice');
  assert.match(notice, /ignored/);
  assert.equal((await ids(page, 'tr.claim')).length, report.casualties.length);
  await screenshot(page, 'garbage-link-notice');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('a shared link with a selected figure reopens its article at the sentence, also at the root path', async () => {
  const c = report.casualties.find((x) => x.count.qualifier === 'more_than');
  for (const base of [server.url, server.origin + '/']) {
    const { page, problems, context } = await open(browser, `${base}?sel=${c.id}`);
    await ready(page);
    const mark = page.locator('.reader mark.selected');
    await mark.first().waitFor();
    const text = (await mark.allTextContents()).join('').replace(/\s+/g, ' ').trim();
    assert.equal(text, c.evidence.sentence.replace(/\s+/g, ' ').trim());
    assert.ok(await page.locator(`tr.claim.selected[data-id="${c.id}"]`).count() === 1);
    assert.deepEqual(complaints(problems), []);
    await context.close();
  }
});

test('an empty filter result says so and offers to clear', async () => {
  const { page, problems, context } = await open(browser, server.url + '?q=zzzznothingmatches');
  await ready(page);
  assert.match(await page.textContent('.casualties'), /No figures match these filters/);
  await page.click('.casualties button.clear');
  await page.waitForFunction(() => !location.search.includes('q='));
  assert.equal((await ids(page, 'tr.claim')).length, report.casualties.length);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('print: controls hidden, charts kept as SVG; keyboard reaches the filters', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  // keyboard: Tab from the top reaches the skip link, then controls, and focus is visible; the
  // kind list opens with Enter and its first box is the next Tab
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  let reached = false;
  for (let k = 0; k < 30 && !reached; k++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.closest('details.pick')?.dataset.filter === 'kind');
  }
  assert.ok(reached, 'the kind filter is not reachable by keyboard');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'kind', 'Tab does not go into the open kind list');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.search.includes('kind=killed'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('form.filters').isVisible(), false, 'filters print');
  assert.equal(await page.locator('.panel.add').isVisible(), false, 'the add panel prints');
  assert.ok(await page.locator('svg.range').first().isVisible(), 'charts do not print');
  await screenshot(page, 'dashboard-print');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('under an article filter, a truce mention opens its own sentence (not the one at its index among all mentions)', async () => {
  // a mention that is not its attempt's first, and another article's mention before it
  const t = report.truces.find((x) => x.mentions.length > 1 && x.mentions.some((m) => m.evidence.article !== x.mentions[0].evidence.article));
  assert.ok(t, 'no attempt of the bundled articles is mentioned by two articles');
  const m = t.mentions.find((x) => x.evidence.article !== t.mentions[0].evidence.article);
  const { page, problems, context } = await open(browser, `${server.url}?art=${encodeURIComponent(m.evidence.article)}`);
  await ready(page);
  const li = page.locator(`li.attempt[data-id="${t.id}"] li.mention`).first();
  await page.$eval(`li.attempt[data-id="${t.id}"] details`, (d) => { d.open = true; });
  await li.locator('button.linkish').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).has('sel'));
  const mark = page.locator('.reader mark.selected');
  await mark.first().waitFor();
  assert.equal((await mark.allTextContents()).join('').replace(/\s+/g, ' ').trim(), m.evidence.sentence.replace(/\s+/g, ' ').trim());
  assert.equal(await li.evaluate((e) => e.classList.contains('selected')), true);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});
