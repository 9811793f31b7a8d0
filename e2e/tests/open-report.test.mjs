// Issue 10 point 6, "Open a Report…": the articles drawer opens a Report the CLI wrote
// (`crosscheck --format json`, here e2e/expected-report.json) and the dashboard shows it instead
// of extracting — proven with the bundled articles switched off, so only the file can bring the
// figures back. A file that is not a Report is refused with the reason; the user's articles and
// what the dashboard showed stay; "Back to my articles" returns to them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, openDrawer, closeDrawers, screenshot } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const reportPath = join(here, '..', 'expected-report.json');
let server, browser, report;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run scripts/test.sh');
  assert.ok(existsSync(reportPath), 'e2e/expected-report.json is missing: scripts/test.sh writes it with the CLI');
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
  server = await serve(dist, '/crosscheck/');
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const ready = (page) => page.waitForSelector('.summary .headline', { timeout: 30000 });
const idle = (page) => page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', null, { timeout: 60000 });
const headline = (page) => page.textContent('.summary .headline');
const counts = (page) => page.textContent('.summary .counts');

async function choose(page, name, buffer, mimeType = 'application/json') {
  await openDrawer(page, 'articles');
  await page.setInputFiles('input[name=report-file]', { name, mimeType, buffer });
}

test('the CLI\'s Report opens in place of the articles, its figures open their sentences, and "Back to my articles" returns', async () => {
  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1366, height: 900 } });
  await ready(page);
  await idle(page);
  const bundledHeadline = await headline(page);
  assert.match(bundledHeadline, /Current death toll claims range/);
  // no articles at all: the bundled ones switched off
  await openDrawer(page, 'articles');
  await page.uncheck('input[name=bundled]');
  await closeDrawers(page);
  await page.waitForFunction(() => /No current death toll/.test(document.querySelector('.summary .headline')?.textContent ?? ''));
  await idle(page);

  await choose(page, 'expected-report.json', readFileSync(reportPath));
  await page.waitForSelector('.opened');
  // the drawer closed: the dashboard shows the file's Report
  assert.equal(await page.$eval('#articles-drawer', (d) => d.open), false);
  assert.equal(await headline(page), bundledHeadline);
  assert.equal(await counts(page), `${report.articles.length} articles · ${report.casualties.length} casualty figures · ${report.truces.length} truce attempts (${report.truces.filter((t) => t.scope === 'current').length} current) · ${report.stances.length} stances`);
  const banner = await page.textContent('.opened');
  assert.match(banner, /expected-report\.json/);
  assert.ok(banner.includes(report.generator), banner);
  assert.equal(await page.locator('tr.claim').count(), report.casualties.length);
  assert.ok(await page.locator('.summary .disagreements li').count() >= 1, 'the opened Report\'s disagreements');
  await screenshot(page, 'open-report', { fullPage: false });
  // a figure opens its sentence; the texts are not loaded, so the quoted sentence shows alone
  const c = report.casualties[0];
  await page.locator(`tr.claim[data-id="${c.id}"] button.linkish`).first().click();
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('sel') === id, c.id);
  await page.waitForSelector('.reader .no-text');
  assert.equal((await page.textContent('.reader mark.selected')).replace(/\s+/g, ' ').trim(), c.evidence.sentence.replace(/\s+/g, ' ').trim());
  // the user's choice is untouched: the bundled articles are still off, in the drawer and in storage
  await openDrawer(page, 'articles');
  assert.equal(await page.isChecked('input[name=bundled]'), false);
  await page.click('#articles-drawer button.back-to-articles');
  await closeDrawers(page);
  await page.waitForFunction(() => !document.querySelector('.opened'));
  await page.waitForFunction(() => /No current death toll/.test(document.querySelector('.summary .headline')?.textContent ?? ''));
  assert.equal(await page.locator('tr.claim').count(), 0);
  // the banner's button does the same, and with the bundled articles back on, their Report returns
  await choose(page, 'expected-report.json', readFileSync(reportPath));
  await page.waitForSelector('.opened');
  await openDrawer(page, 'articles');
  await page.check('input[name=bundled]');
  await closeDrawers(page);
  await idle(page);
  assert.ok(await page.locator('.opened').isVisible(), 'changing the articles closed the opened Report');
  await page.click('.opened button.back-to-articles');
  await page.waitForFunction(() => !document.querySelector('.opened'));
  await idle(page);
  assert.equal(await headline(page), bundledHeadline);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('a Report whose text is loaded highlights its sentence in the article', async () => {
  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1366, height: 900 } });
  await ready(page);
  await idle(page);
  await choose(page, 'expected-report.json', readFileSync(reportPath));
  await page.waitForSelector('.opened');
  const s = report.stances[0];
  await page.locator(`li.statement[data-id="${s.id}"] button.linkish`).click();
  await page.locator('.reader mark.selected').first().waitFor();
  assert.equal(await page.locator('.reader .no-text').count(), 0, 'the bundled text is loaded: the whole article shows');
  assert.equal((await page.locator('.reader mark.selected').allTextContents()).join('').replace(/\s+/g, ' ').trim(), s.evidence.sentence.replace(/\s+/g, ' ').trim());
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('a file that is not a Report is refused with the reason; nothing the user had is lost', async () => {
  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1366, height: 900 } });
  await ready(page);
  await idle(page);
  const before = { headline: await headline(page), counts: await counts(page) };
  const lines = report.articles.map((a) => JSON.stringify({ ...report, articles: [a] })).join('\n');
  const cases = [
    ['broken.json', Buffer.from('{"schema": "crosscheck.report/2", "articles": ['), /broken\.json” was not opened: it is not JSON/],
    ['article.json', Buffer.from('{"id": "a", "text": "Some text"}'), /not a Crosscheck Report/],
    ['old.json', Buffer.from('{"schema": "crosscheck.report/1"}'), /schema “crosscheck\.report\/1”/],
    ['reports.jsonl', Buffer.from(lines), /one Report per line/],
    ['picture.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]), /not text/],
  ];
  for (const [name, buffer, why] of cases) {
    await choose(page, name, buffer);
    const msg = page.locator('.drawer-messages .msg.warn').first();
    await msg.waitFor();
    assert.match(await msg.textContent(), why, name);
    assert.match(await msg.textContent(), /Your articles and the dashboard are as they were/);
    // the warning is on the dashboard too, and nothing else changed
    await closeDrawers(page);
    assert.match(await page.locator('main .messages .msg.warn').first().textContent(), why);
    assert.equal(await page.locator('.opened').count(), 0);
    assert.deepEqual({ headline: await headline(page), counts: await counts(page) }, before, name);
    if (name === cases[0][0]) await screenshot(page, 'open-report-refused', { fullPage: false });
    await page.click('button.dismiss');
  }
  assert.deepEqual(complaints(problems), []);
  await context.close();
});
