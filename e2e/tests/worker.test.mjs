// The extraction core runs in a Web Worker (src/bin/crosscheck-worker.rs, src/engine.rs): while
// it reads many articles the page shows its progress (a bar, steps done of the total) and the
// main thread stays free (no long task while the worker works); Cancel stops it and keeps the
// Report shown before, and the next change starts a fresh worker.
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
const idle = (page, timeout = 120000) => page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', null, { timeout });
const analyses = async (page) => Number(await page.getAttribute('main', 'data-analyses'));
const articleCount = async (page) => Number((await page.textContent('.summary .counts')).match(/^(\d+) articles/)[1]);

const TOWNS = ['Aleppo', 'Kharkiv', 'Gao', 'Rafah', 'Marib', 'Goma', 'Kidal', 'Idlib', 'Bakhmut', 'Sennar', 'Mekele', 'Kherson'];
const SIDES = ['the army', 'the rebels', 'the health ministry', 'the United Nations', 'local officials'];
// a news-like article of about 1 KB, different for every i
function article(i) {
  const town = TOWNS[i % TOWNS.length], other = TOWNS[(i * 7 + 3) % TOWNS.length], side = SIDES[i % SIDES.length];
  return `${town} shelling ${i}\n\n${town}, March ${(i % 28) + 1} — At least ${i + 5} civilians were killed and ${(i % 40) + 3} wounded ` +
    `when shells hit a market in ${town} on Monday, ${side} said. Residents said the strikes came from positions near ${other}. ` +
    `The foreign minister called for an immediate ceasefire and said talks in Geneva would resume next week. ` +
    `A spokesman for ${side} denied that its forces had targeted civilians and accused the other side of shelling its own town. ` +
    `Aid groups said ${(i % 9) + 2} hospitals had stopped working. It was the ${['second', 'third', 'fourth'][i % 3]} attempt at a truce this year.`;
}
const files = (n, from = 0) => Array.from({ length: n }, (_, k) => ({ name: `w${from + k}.txt`, mimeType: 'text/plain', buffer: Buffer.from(article(from + k)) }));

// records, in the page, every value the progress bar takes and every long task of the main thread
async function watch(page) {
  await page.evaluate(() => {
    window.__progress = [];
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
    const seen = () => {
      const p = document.querySelector('main .busy progress');
      if (p && p.hasAttribute('value')) {
        const v = [Number(p.value), Number(p.max), performance.now()];
        const last = window.__progress.at(-1);
        if (!last || last[0] !== v[0] || last[1] !== v[1]) window.__progress.push(v);
      }
    };
    new MutationObserver(seen).observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'max'] });
  });
}

test('800 articles: the progress bar climbs to the end while the main thread stays free, then one Report', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await idle(page);
  const bundled = await articleCount(page);
  const before = await analyses(page);
  await watch(page);
  await openDrawer(page, 'articles');
  const N = 800;
  await page.setInputFiles('input[type=file]', files(N));
  await page.waitForSelector('main .busy progress[value]', { timeout: 60000 });
  await idle(page);
  await page.waitForFunction((n) => document.querySelectorAll('.user-articles li').length === n, N);
  assert.equal(await articleCount(page), bundled + N);
  assert.equal((await analyses(page)) - before, 1);
  // (before the worker's first message the bar is empty: value 0 of 1)
  const progress = (await page.evaluate(() => window.__progress)).filter(([, max]) => max > 1);
  const long = await page.evaluate(() => window.__long);
  // steps: three per article, plus the sources and consolidation
  const total = 3 * (bundled + N) + 2;
  assert.ok(progress.length >= 10, `the bar moved only ${progress.length} times: ${JSON.stringify(progress)}`);
  assert.ok(progress.every(([, max]) => max === total), `max is not ${total}: ${JSON.stringify(progress.slice(0, 3))}`);
  for (let k = 1; k < progress.length; k++) assert.ok(progress[k][0] > progress[k - 1][0], 'the bar went back');
  assert.equal(progress.at(-1)[0], total, 'the bar did not reach its end');
  // while the worker works (from the bar's first value to its last), the main thread is free
  const from = progress[0][2], to = progress.at(-1)[2];
  const during = long.filter(([start, d]) => start > from && start + d < to);
  console.log(`# ${N} articles: ${progress.length} progress values over ${Math.round(to - from)} ms; long tasks meanwhile: ${JSON.stringify(during.map(([, d]) => Math.round(d)))}; all long tasks: ${JSON.stringify(long.map(([, d]) => Math.round(d)))}`);
  assert.ok(to - from > 200, `the worker's analysis took ${to - from} ms: too short to say anything`);
  assert.deepEqual(during.map(([, d]) => Math.round(d)), [], 'the main thread blocked while the worker read the articles');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('Cancel stops the worker and keeps the Report shown before; the next change reads again', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await idle(page);
  const bundled = await articleCount(page);
  const before = await analyses(page);
  const headline = await page.textContent('.summary .headline');
  await openDrawer(page, 'articles');
  const N = 3000;
  await page.setInputFiles('input[type=file]', files(N));
  // press Cancel as soon as the bar shows (the worker reads 3,000 articles in a few seconds)
  await page.waitForSelector('main .busy progress[value]', { timeout: 60000 });
  await closeDrawers(page);
  assert.equal(await page.getAttribute('main', 'aria-busy'), 'true', 'the analysis ended before Cancel could be pressed');
  await page.click('main .busy button.cancel');
  await idle(page, 5000);
  assert.equal(await page.locator('main .busy').count(), 0, 'the progress bar is still shown');
  // the Report from before: the bundled articles only, the same headline, no new analysis
  assert.equal(await articleCount(page), bundled);
  assert.equal(await page.textContent('.summary .headline'), headline);
  assert.equal(await analyses(page), before);
  assert.match(await page.textContent('main .messages'), new RegExp(`Reading the articles was cancelled: the dashboard still shows the ${bundled} articles`));
  // the articles themselves are kept; a worker that was stopped answers nothing later
  await openDrawer(page, 'articles');
  assert.equal(await page.locator('.user-articles li').count(), N);
  await page.waitForTimeout(1500);
  assert.equal(await analyses(page), before, 'a cancelled analysis still arrived');
  // the next change starts a fresh worker: remove them all, and the bundled articles are read again
  await page.click('button.remove-all');
  await idle(page);
  assert.equal(await analyses(page), before + 1);
  assert.equal(await articleCount(page), bundled);
  assert.deepEqual(complaints(problems), []);
  await screenshot(page, 'worker-cancelled');
  await context.close();
});
