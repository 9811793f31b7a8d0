// Independent sources on the page: the headline's count, how many sources carry each figure (a
// copy counts once), the attribution beside each figure and as a filter in the URL, hollow
// marks for hedged and disputed figures, the sources panel with the evidence a link shares
// (keyboard operable), the casualty CSV's source_group and attribution columns, and no
// sideways scroll at 360 px. Checked against the CLI's Report for the bundled articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, screenshot, SCREENSHOTS, openDrawer, closeDrawers, openPick } from '../lib/harness.mjs';

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
const ids = (page, sel) => page.$$eval(sel, (els) => els.map((e) => e.dataset.id));
const art = (prefix) => report.articles.find((a) => a.id.startsWith(prefix)).id;
const noSidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** The page's definition, from the Report: a figure is its kind, low, high, scope and population;
 * its carriers are the articles stating it, by source group. */
function carriersOf(c) {
  const key = (x) => JSON.stringify([x.kind, x.count.low, x.count.high, x.scope, x.population]);
  const arts = [...new Set(report.casualties.filter((x) => key(x) === key(c)).map((x) => x.evidence.article))];
  const group = (id) => report.articles.find((a) => a.id === id).source_group;
  const sources = new Set(arts.map(group));
  return { arts, sources: sources.size, copies: arts.length - sources.size };
}

/** RFC 4180 rows (quoted fields may hold commas, quotes, line breaks). */
function csvRows(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('the headline counts 5 reports from 4 independent sources; every figure row says how many carry it', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  assert.match(await page.textContent('.headline'), /across 5 reports from 4 independent sources/);
  const rows = await page.$$eval('tr.claim', (trs) => trs.map((tr) => ({
    id: tr.dataset.id,
    sources: Number(tr.querySelector('.carried').dataset.sources),
    copies: Number(tr.querySelector('.carried').dataset.copies),
    label: tr.querySelector('.carried').textContent.trim(),
    attribution: tr.querySelector('.attr').textContent.trim(),
  })));
  assert.equal(rows.length, report.casualties.length);
  for (const r of rows) {
    const c = report.casualties.find((x) => x.id === r.id);
    const want = carriersOf(c);
    assert.deepEqual([r.sources, r.copies], [want.sources, want.copies], `row ${r.id}`);
    assert.match(r.label, want.sources === 1 ? /^1 source( \(\+\d+ cop(y|ies)\))?$/ : /^\d+ independent sources( \(\+\d+ cop(y|ies)\))?$/);
    // the attribution is a word beside the figure
    assert.equal(r.attribution, c.attribution);
  }
  // a figure in two independent reports reads as corroborated
  const two = report.casualties.find((c) => carriersOf(c).sources === 2 && carriersOf(c).copies === 0);
  assert.ok(two, 'the bundle has a figure in two independent sources');
  assert.equal(await page.textContent(`tr.claim[data-id="${two.id}"] .carried`), '2 independent sources');
  await page.locator('.casualties').screenshot({ path: join(SCREENSHOTS, 'sources-figure-rows.png') });
  await screenshot(page, 'sources-figures');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('a figure carried only by 000 and its copy 001 shows as one source with a copy', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const [a0, a1] = [art('000'), art('001')];
  assert.equal(report.articles.find((a) => a.id === a0).source_group, report.articles.find((a) => a.id === a1).source_group);
  const only = report.casualties.filter((c) => {
    const arts = carriersOf(c).arts;
    return arts.length === 2 && arts.includes(a0) && arts.includes(a1);
  });
  assert.ok(only.length >= 1, 'no figure is carried by 000 and 001 only');
  for (const c of only) {
    const row = page.locator(`tr.claim[data-id="${c.id}"]`);
    assert.equal((await row.locator('.carried').textContent()).trim(), '1 source (+1 copy)');
    assert.equal(await row.locator('.carried').getAttribute('data-sources'), '1');
    // the other article is named, as the same source: a repeat, not a corroboration
    const other = c.evidence.article === a0 ? a1 : a0;
    const also = row.locator(`.carriers li[data-article="${other}"]`);
    assert.match(await also.textContent(), /same source S1/);
    assert.doesNotMatch(await row.textContent(), /independent sources/);
  }
  // narrowed to 000 alone, the same figure is one source and no copy
  await page.goto(`${server.url}?art=${a0}`);
  await ready(page);
  const c = only.find((x) => x.evidence.article === a0);
  assert.equal((await page.textContent(`tr.claim[data-id="${c.id}"] .carried`)).trim(), '1 source');
  await page.goto(server.url);
  await ready(page);
  await page.locator(`tr.claim[data-id="${only[0].id}"]`).scrollIntoViewIfNeeded();
  await screenshot(page, 'sources-copy-counts-once');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('the attribution filter is in the URL, reduces the rows and survives reload and back/forward', async () => {
  const { page, problems, context } = await open(browser, server.url + '?attribution=attributed');
  await ready(page);
  const attributed = report.casualties.filter((c) => c.attribution === 'attributed').map((c) => c.id).sort();
  assert.ok(attributed.length > 0 && attributed.length < report.casualties.length);
  const shown = async () => (await ids(page, 'tr.claim')).sort();
  assert.deepEqual(await shown(), attributed);
  assert.ok(await page.isChecked('input[name=attribution][value=attributed]'));
  assert.equal(await page.isChecked('input[name=attribution][value=stated]'), false);
  for (const w of await page.$$eval('tr.claim .attr', (els) => els.map((e) => e.textContent.trim()))) assert.equal(w, 'attributed');
  await page.reload();
  await ready(page);
  assert.deepEqual(await shown(), attributed, 'reload lost the filter');
  // a second value joins the list with ~
  await openPick(page, 'attribution');
  await page.check('input[name=attribution][value=stated]');
  await page.waitForFunction(() => location.search.includes('attribution=attributed~stated'));
  assert.equal((await shown()).length, report.casualties.filter((c) => ['attributed', 'stated'].includes(c.attribution)).length);
  await page.goBack();
  await page.waitForFunction(() => location.search === '?attribution=attributed');
  assert.deepEqual(await shown(), attributed, 'back did not restore the filter');
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('attribution=attributed~stated'));
  // the current view's export counts the rows it holds
  await page.goBack();
  await page.waitForFunction(() => location.search === '?attribution=attributed');
  assert.match(await page.textContent('.export-row[data-scope=view] button.export-casualties'), new RegExp(`\\(${attributed.length} rows\\)`));
  await screenshot(page, 'sources-attribution-filter');
  // a voice none of the bundled figures has: the empty state says so and offers to clear
  const empty = ['stated', 'attributed', 'hedged', 'disputed'].find((a) => !report.casualties.some((c) => c.attribution === a));
  assert.ok(empty, 'some attribution is absent from the bundled figures');
  await page.goto(server.url + `?attribution=${empty}`);
  await ready(page);
  assert.equal(await page.locator('tr.claim').count(), 0);
  assert.match(await page.textContent('.casualties'), /No figures match these filters/);
  await page.click('.casualties button.clear');
  await page.waitForFunction(() => !location.search.includes('attribution='));
  assert.equal(await page.locator('tr.claim').count(), report.casualties.length);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('hedged and disputed figures are drawn hollow, with a legend', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await openDrawer(page, 'articles');
  await page.$eval('details.paste', (d) => { d.open = true; });
  await page.fill('textarea[name=paste-text]', [
    'As many as 40 people are believed to have died in the shelling of the town on Monday.',
    'The hospital said 14 people were killed in a second strike. The army denied the toll.',
    'Officials said 12 people were wounded.',
  ].join(' '));
  await page.fill('input[name=paste-title]', 'Hedged and disputed');
  await page.click('button.add-paste');
  await idle(page);
  await closeDrawers(page);
  const id = await page.getAttribute('.user-articles li', 'data-article');
  const rows = page.locator(`tr.claim[data-article="${id}"]`);
  const seen = await rows.evaluateAll((trs) => trs.map((tr) => ({
    attribution: tr.dataset.attribution,
    word: tr.querySelector('.attr').textContent.trim(),
    hollow: tr.querySelector('svg.range').classList.contains('hollow'),
    title: tr.querySelector('svg.range title').textContent,
  })));
  const kinds = seen.map((s) => s.attribution);
  assert.ok(kinds.includes('hedged') && kinds.includes('disputed'), `attributions ${kinds}`);
  for (const s of seen) {
    assert.equal(s.word, s.attribution);
    assert.equal(s.hollow, s.attribution === 'hedged' || s.attribution === 'disputed', JSON.stringify(s));
    assert.ok(s.title.includes(`(${s.attribution})`), s.title);
  }
  assert.match(await page.textContent('.chart-legend'), /hollow: hedged or disputed/);
  // the filter keeps them, and the URL says so
  await openPick(page, 'attribution');
  await page.check('input[name=attribution][value=hedged]');
  await page.check('input[name=attribution][value=disputed]');
  await page.waitForFunction(() => location.search.includes('attribution=hedged~disputed'));
  // (the pasted article's hedged and disputed figures, and the bundled ones)
  const setApart = (k) => k === 'hedged' || k === 'disputed';
  const want = [...kinds.filter(setApart), ...report.casualties.map((c) => c.attribution).filter(setApart)].sort();
  assert.deepEqual((await page.$$eval('tr.claim', (trs) => trs.map((t) => t.dataset.attribution))).sort(), want);
  await page.locator('.casualties').scrollIntoViewIfNeeded();
  await page.locator('.casualties').screenshot({ path: join(SCREENSHOTS, 'sources-hollow-marks-panel.png') });
  await screenshot(page, 'sources-hollow-marks');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('the sources panel shows S1 with 000 and 001, and on demand (keyboard) what they share side by side', async () => {
  for (const [name, viewport] of [['sources-panel', { width: 1280, height: 900 }], ['sources-panel-360px', { width: 360, height: 800 }]]) {
    const { page, problems, context } = await open(browser, server.url, { viewport });
    await ready(page);
    const s1 = report.sources.find((g) => g.id === 'S1');
    assert.deepEqual(s1.articles, [art('000'), art('001')]);
    const group = page.locator('.source-group[data-group=S1]');
    assert.match(await group.locator('h4').textContent(), /S1 — 2 reports/);
    assert.deepEqual(await group.locator('.members li').evaluateAll((els) => els.map((e) => e.dataset.article)), s1.articles);
    assert.equal(await page.locator('.source-group').count(), report.sources.length);
    // each article's row names its source
    for (const a of report.articles) {
      assert.equal((await page.textContent(`table.articles tr[data-article="${a.id}"] td.group`)).trim(), a.source_group);
    }
    const l = s1.links[0];
    const link = group.locator('li.link').first();
    assert.equal(await link.getAttribute('data-kind'), l.kind);
    assert.match(await link.textContent(), new RegExp(`is a ${l.kind} of .*score ${l.score.toFixed(2)}`));
    // the button names what it does, says whether it is open, and works from the keyboard
    const button = link.locator('button.show-shared');
    assert.match(await button.textContent(), /^Show shared evidence/);
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    const region = await button.getAttribute('aria-controls');
    assert.equal(await page.locator(`#${region}`).count(), 0, 'the evidence is computed on demand');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator(`#${region}`).waitFor();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.match(await button.textContent(), /^Hide shared evidence/);
    const pairs = page.locator(`#${region} .pair`);
    assert.equal(await pairs.count(), l.shared.length);
    for (let i = 0; i < l.shared.length; i++) {
      const p = pairs.nth(i);
      assert.equal((await p.locator('.item').textContent()).replace(/^shared: /, ''), l.shared[i]);
      assert.deepEqual(await p.locator('.side').evaluateAll((els) => els.map((e) => e.dataset.article)), [l.from, l.to]);
    }
    // every shared item is found in the article it comes from, as it is
    assert.equal(await page.locator(`#${region} .side[data-article="${l.from}"] .found.verbatim`).count(), l.shared.length);
    // a name spelt another way in the other article is shown in its closest sentence
    if (l.shared.includes('Giumri')) {
      const p = pairs.nth(l.shared.indexOf('Giumri'));
      assert.equal(await p.locator(`.side[data-article="${l.from}"] mark`).textContent(), 'Giumri');
      assert.match(await p.locator(`.side[data-article="${l.to}"] .found`).textContent(), /Gyumri/);
    }
    await page.locator('.sources').scrollIntoViewIfNeeded();
    assert.ok(await noSidewaysScroll(page), `sideways scroll at ${viewport.width} px`);
    await page.locator('.sources').screenshot({ path: join(SCREENSHOTS, `${name}-only.png`) });
    await screenshot(page, name);
    // Space closes it again
    await button.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((id) => !document.getElementById(id), region);
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(complaints(problems), []);
    await context.close();
  }
});

test('the casualty CSV has the source_group and attribution columns', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await openDrawer(page, 'export');
  const row = page.locator('.export-row[data-scope=all]');
  const [csv] = await Promise.all([page.waitForEvent('download'), row.locator('button.export-casualties').click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  assert.match(text, /^# crosscheck /);
  const rows = csvRows(text.slice(text.indexOf('\n') + 1)).filter((r) => r.length > 1);
  const [header, ...data] = rows;
  for (const col of ['id', 'article', 'source_group', 'attribution']) assert.ok(header.includes(col), `no ${col} column: ${header}`);
  assert.equal(data.length, report.casualties.length);
  const at = (r, col) => r[header.indexOf(col)];
  for (const r of data) {
    const c = report.casualties.find((x) => x.id === at(r, 'id'));
    assert.ok(c, `unknown id ${at(r, 'id')}`);
    assert.equal(at(r, 'article'), c.evidence.article);
    assert.equal(at(r, 'source_group'), report.articles.find((a) => a.id === c.evidence.article).source_group);
    assert.equal(at(r, 'attribution'), c.attribution);
  }
  assert.deepEqual([...new Set(data.map((r) => at(r, 'source_group')))].sort(), ['S1', 'S2', 'S3', 'S4']);
  // the current view's export follows the attribution filter
  await page.goto(server.url + '?attribution=stated');
  await ready(page);
  await openDrawer(page, 'export');
  const [view] = await Promise.all([page.waitForEvent('download'), page.locator('.export-row[data-scope=view] button.export-casualties').click()]);
  const vt = readFileSync(await view.path(), 'utf8');
  const [vh, ...vd] = csvRows(vt.slice(vt.indexOf('\n') + 1)).filter((r) => r.length > 1);
  assert.equal(vd.length, report.casualties.filter((c) => c.attribution === 'stated').length);
  assert.ok(vd.every((r) => r[vh.indexOf('attribution')] === 'stated'));
  await screenshot(page, 'sources-export');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('no sideways scroll at 360 px with the new columns and legend', async () => {
  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 360, height: 800 } });
  await ready(page);
  assert.ok(await noSidewaysScroll(page), 'the page scrolls sideways at 360 px');
  await page.locator('tr.claim').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'sources-360px');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});
