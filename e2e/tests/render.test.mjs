// Drawing a large Report: 2,000 news-like articles (RENDER_N to change it) given at once. Every
// long task of the main thread (PerformanceObserver 'longtask') is recorded from the moment the
// files are given until the page settles, then for one filter change (an actor) and for one
// keystroke in the text filter, and printed (`# ...`): timings are figures to read, not
// assertions. What is asserted is structure: the rows are there, and what the panels say they
// show agrees with the summary's counts, before and after the filter.
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
const idle = (page, timeout = 300000) => page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', null, { timeout });
const counts = async (page) => {
  const t = await page.textContent('.summary .counts');
  const m = t.replace(/,/g, '').match(/^(\d+) articles · (\d+) casualty figures · (\d+) truce attempts \((\d+) current\) · (\d+) stances/);
  assert.ok(m, `summary counts unreadable: ${t}`);
  return { articles: +m[1], casualties: +m[2], truces: +m[3], stances: +m[5] };
};

const TOWNS = ['Aleppo', 'Kharkiv', 'Gao', 'Rafah', 'Marib', 'Goma', 'Kidal', 'Idlib', 'Bakhmut', 'Sennar', 'Mekele', 'Kherson', 'Khartoum', 'Mariupol'];
const STATES = ['Russia', 'Ukraine', 'Sudan', 'Israel', 'Ethiopia', 'Mali', 'Yemen', 'Syria', 'Turkey', 'Egypt', 'Qatar', 'France'];
const OUTLETS = ['the army', 'the health ministry', 'the United Nations', 'local officials', 'medics'];
const VENUES = ['Geneva', 'Doha', 'Jeddah', 'Istanbul', 'Addis Ababa', 'Cairo'];
// a news-like article of about 1 KB, different for every i: figures, a truce, stances of states
function article(i) {
  const town = TOWNS[i % TOWNS.length], other = TOWNS[(i * 5 + 3) % TOWNS.length];
  const a = STATES[i % STATES.length], b = STATES[(i * 7 + 1) % STATES.length], c = STATES[(i * 3 + 2) % STATES.length];
  const who = OUTLETS[i % OUTLETS.length], venue = VENUES[i % VENUES.length];
  return `${town} shelling ${i}\n\n${town}, March ${(i % 28) + 1} — At least ${i + 5} civilians were killed and ${(i % 40) + 3} wounded ` +
    `when shells hit a market in ${town} on Monday, ${who} said. About ${(i % 50 + 1) * 100} people fled toward ${other}. ` +
    `${a}'s foreign minister called for an immediate ceasefire and said talks in ${venue} would resume next week. ` +
    `${b} accused ${a === b ? c : a} of shelling civilians; ${a === b ? c : a} denied the accusation. ` +
    `${c} offered humanitarian aid to ${town}. It was the ${['second', 'third', 'fourth'][i % 3]} attempt at a truce this year.`;
}
const files = (n) => Array.from({ length: n }, (_, k) => ({ name: `r${String(k).padStart(5, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(article(k)) }));

// the page records every long task and every value of the progress bar from now on
async function watch(page) {
  await page.evaluate(() => {
    window.__long = [];
    window.__progress = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
    const seen = () => {
      const p = document.querySelector('main .busy progress');
      if (p && p.hasAttribute('value')) window.__progress.push([Number(p.value), Number(p.max), performance.now()]);
    };
    new MutationObserver(seen).observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'max'] });
  });
}
const now = (page) => page.evaluate(() => performance.now());
// wait until no long task has begun for `quiet` ms (the page has settled)
async function settle(page, quiet = 1500) {
  await page.waitForFunction((q) => {
    const last = window.__long.at(-1);
    const end = last ? last[0] + last[1] : 0;
    return performance.now() - end > q;
  }, quiet, { timeout: 120000, polling: 200 });
}
const tasks = async (page, from, to = Infinity) => (await page.evaluate(() => window.__long)).filter(([s]) => s >= from && s < to).map(([, d]) => Math.round(d));
const figures = (t) => `${t.length} long tasks, longest ${t.length ? Math.max(...t) : 0} ms, ${t.filter((d) => d > 50).length} over 50 ms: ${JSON.stringify(t)}`;
// one change, then the time until the next frame has been drawn after it, in the page
const toFrame = (page, change) => page.evaluate(async (change) => {
  const t0 = performance.now();
  const el = document.querySelector(change.sel);
  if (change.value !== undefined) el.value = change.value;
  else el.value += change.append;
  el.dispatchEvent(new Event(change.event, { bubbles: true }));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return Math.round(performance.now() - t0);
}, change);

// what the panels show agrees with the summary: a long list draws its first page and its pager
// states how many of how many ("Showing 100 of 6,017 figures", data-shown, data-total); a list
// without a pager draws every row
async function agrees(page, c) {
  const lists = await page.evaluate(() => {
    const of = (list, rows) => {
      const pager = list.nextElementSibling?.classList.contains('pager') ? list.nextElementSibling : null;
      const drawn = list.querySelectorAll(rows).length;
      return { drawn, shown: pager ? Number(pager.dataset.shown) : drawn, total: pager ? Number(pager.dataset.total) : drawn, words: pager?.querySelector('.pager-count')?.textContent ?? '' };
    };
    const sum = (ls) => ls.reduce((a, l) => ({ drawn: a.drawn + l.drawn, shown: a.shown + l.shown, total: a.total + l.total, words: a.words.concat(l.words ? [l.words] : []) }), { drawn: 0, shown: 0, total: 0, words: [] });
    return {
      casualties: sum([...document.querySelectorAll('.casualties table.claims')].map((t) => of(t, 'tr.claim'))),
      stances: sum([of(document.querySelector('.stances ul.statements'), 'li.statement')]),
      articles: sum([of(document.querySelector('.sources table.articles'), 'tbody tr')]),
    };
  });
  console.log(`#   rows drawn: ${lists.casualties.drawn} casualty, ${lists.stances.drawn} statements, ${lists.articles.drawn} sources (of ${c.casualties}, ${c.stances}, ${c.articles}); ${JSON.stringify([...lists.casualties.words, ...lists.stances.words, ...lists.articles.words])}`);
  for (const what of ['casualties', 'stances', 'articles']) {
    const l = lists[what];
    assert.equal(l.total, c[what], `${what}: the lists state ${l.total}, the summary ${c[what]}`);
    assert.equal(l.drawn, l.shown, `${what}: ${l.drawn} rows drawn, ${l.shown} stated`);
    assert.ok(l.drawn > 0 || c[what] === 0, `${what}: no row drawn`);
  }
  return lists;
}

test(`many articles: the dashboard is drawn, a filter and a keystroke update it (figures printed)`, async () => {
  const N = Number(process.env.RENDER_N ?? 2000);
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await idle(page);
  const bundled = (await counts(page)).articles;
  await watch(page);
  await openDrawer(page, 'articles');
  const t0 = await now(page);
  await page.setInputFiles('input[type=file]', files(N));
  await page.waitForSelector('main .busy progress[value]', { timeout: 120000 });
  await idle(page);
  await page.waitForFunction((n) => document.querySelectorAll('.user-articles li').length === n, N, { timeout: 120000 });
  await settle(page);
  const t1 = await now(page);
  const c = await counts(page);
  assert.equal(c.articles, bundled + N);
  assert.ok(c.casualties >= N, `only ${c.casualties} casualty figures for ${N} articles`);
  const progress = await page.evaluate(() => window.__progress);
  const last = progress.filter(([v, max]) => max > 1 && v === max).at(-1)?.[2] ?? progress.at(-1)[2];
  const first = progress.find(([, max]) => max > 1)?.[2] ?? t0;
  console.log(`# N=${N}: settled ${Math.round(t1 - t0)} ms after the files were given`);
  console.log(`#   reading the files (before the worker): ${figures(await tasks(page, t0, first))}`);
  console.log(`#   while the worker works: ${figures(await tasks(page, first, last))}`);
  console.log(`#   the Report drawn: ${figures(await tasks(page, last))}`);
  console.log(`#   all, from the files to settled: ${figures(await tasks(page, t0))}`);
  await agrees(page, c);
  await closeDrawers(page);

  // one filter change: an actor
  const actor = await page.$eval('select[name=actor]', (s) => [...s.options].map((o) => o.value).find((v) => v === 'UKR') ?? s.options[1].value);
  const t2 = await now(page);
  const frame1 = await toFrame(page, { sel: 'select[name=actor]', value: actor, event: 'change' });
  await page.waitForFunction((a) => location.search.includes(`actor=${a}`), actor);
  await settle(page, 800);
  const f = await counts(page);
  console.log(`# N=${N}: filter actor=${actor}: next frame after ${frame1} ms; ${figures(await tasks(page, t2))}`);
  assert.ok(f.stances < c.stances && f.stances > 0, `the actor filter left ${f.stances} of ${c.stances} stances`);
  await agrees(page, f);

  // one keystroke in the text filter
  const t3 = await now(page);
  const frame2 = await toFrame(page, { sel: 'input[name=q]', append: 'k', event: 'input' });
  await page.waitForFunction(() => location.search.includes('q=k'));
  await settle(page, 800);
  const k = await counts(page);
  console.log(`# N=${N}: keystroke "k": next frame after ${frame2} ms; ${figures(await tasks(page, t3))}`);
  assert.ok(k.casualties <= f.casualties);
  await agrees(page, k);

  // paging through: "Show 100 more", then "Show all", draws every statement the summary counts, each once
  const statements = page.locator('.stances ul.statements + .pager');
  if (k.stances > 100) {
    await statements.locator('button.more').click();
    await page.waitForFunction(() => document.querySelectorAll('li.statement').length > 100);
    assert.equal(await page.locator('li.statement').count(), Math.min(200, k.stances));
    assert.match(await statements.locator('.pager-count').textContent(), new RegExp(`^Showing ${Math.min(200, k.stances)} of ${k.stances.toLocaleString('en-US')} statements$`));
    if (k.stances > 200) await statements.locator('button.all').click();
    await page.waitForFunction((n) => document.querySelectorAll('li.statement').length === n, k.stances);
  }
  const ids = await page.$$eval('li.statement', (ls) => ls.map((l) => l.dataset.id));
  assert.equal(new Set(ids).size, k.stances, 'a statement is drawn twice or missing');

  assert.deepEqual(complaints(problems), []);
  await screenshot(page, `render-${N}`, { fullPage: false });
  await context.close();
});
