// Claims over time: each current death-toll claim of the bundled articles as a point at its
// article's date (inferred dates hollow), undated articles apart, a table equivalent, and a
// click on a point opens the reader at that sentence. Checked against the CLI's Report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, SCREENSHOTS } from '../lib/harness.mjs';

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
const article = (id) => report.articles.find((a) => a.id === id);

test('a point for each dated current death toll claim; undated apart; a click opens its sentence', async () => {
  const tolls = report.casualties.filter((c) => c.kind === 'killed' && c.scope === 'current' && c.level === 'toll' && (c.count.low ?? c.count.high) != null);
  const isDated = (c) => /^\d{4}-\d{2}-\d{2}/.test(article(c.evidence.article)?.date ?? '');
  const dated = tolls.filter(isDated);
  assert.ok(dated.length >= 2, `only ${dated.length} dated toll claims in the bundled articles`);
  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1366, height: 900 } });
  await ready(page);
  const points = await page.$$eval('svg.over-time-chart circle.point', (cs) => cs.map((c) => ({ id: c.dataset.id, date: c.dataset.date, inferred: c.classList.contains('inferred'), hollow: c.classList.contains('hollow') })));
  assert.deepEqual(points.map((p) => p.id).sort(), dated.map((c) => c.id).sort());
  for (const p of points) {
    const a = article(dated.find((c) => c.id === p.id).evidence.article);
    assert.equal(p.date, a.date, p.id);
    assert.equal(p.inferred, a.date_inferred, `${p.id}: an inferred date is marked, a stated one not`);
    const c = dated.find((x) => x.id === p.id);
    assert.equal(p.hollow, c.attribution === 'hedged' || c.attribution === 'disputed', `${p.id}: hollow is for hedged or disputed, as in the range chart`);
  }
  assert.equal(await page.locator('svg.over-time-chart .date-ring').count(), points.filter((p) => p.inferred).length, 'a dashed ring for each inferred date');
  // dates run left to right (the claims of one date side by side around it), no point hides another
  const xs = await page.$$eval('svg.over-time-chart circle.point', (cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy')), c.dataset.date]));
  const at = {};
  for (const [x, , d] of xs) (at[d] ??= []).push(x);
  const mid = Object.entries(at).map(([d, v]) => [d, v.reduce((a, b) => a + b, 0) / v.length]).sort((a, b) => a[0].localeCompare(b[0]));
  for (let i = 1; i < mid.length; i++) assert.ok(mid[i - 1][1] < mid[i][1], `${mid[i][0]} is drawn left of ${mid[i - 1][0]}`);
  assert.equal(new Set(xs.map(([x, y]) => `${x},${y}`)).size, xs.length, 'two points drawn on top of each other');
  const undated = await page.$$eval('.over-time .undated li', (ls) => ls.map((l) => l.dataset.id));
  assert.deepEqual(undated.sort(), tolls.filter((c) => !isDated(c)).map((c) => c.id).sort());
  // the table equivalent lists every claim, dated or not
  assert.equal(await page.locator('.over-time-table tbody tr').count(), tolls.length);
  assert.match(await page.getAttribute('svg.over-time-chart', 'aria-label'), /current death toll claim/);
  // a click on a point opens the reader at that sentence
  const c = dated[dated.length - 1];
  await page.locator(`svg.over-time-chart circle.point[data-id="${c.id}"]`).click();
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('sel') === id, c.id);
  const mark = page.locator('.reader mark.selected');
  await mark.first().waitFor();
  assert.equal((await mark.allTextContents()).join('').replace(/\s+/g, ' ').trim(), c.evidence.sentence.replace(/\s+/g, ' ').trim());
  assert.equal(await page.locator(`svg.over-time-chart circle.point.selected[data-id="${c.id}"]`).count(), 1);
  await page.locator('.over-time').scrollIntoViewIfNeeded();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator('.over-time').screenshot({ path: join(SCREENSHOTS, 'claims-over-time.png') });
  assert.deepEqual(complaints(problems), []);
  await context.close();
});
