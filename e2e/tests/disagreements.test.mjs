// Issue 12 part 3, "disagreements up front": under the headline, one line per contradiction of
// the bundled articles' Report — the attempt counts that differ (Geneva called the fourth while
// others count the attempts before it), accusations the accused denies, tolls of independent
// sources that do not overlap — each claim opening its sentence in the reader. Three lines show
// until "Show all"; the lines follow the filters. Checked against the CLI's Report.
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
const name = (id) => report.actors.find((a) => a.id === id)?.name ?? id;
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const fold = (s) => s.replace(/\s+/g, ' ').trim();

/** Open the record `id` of the line's link `n` and check the reader shows its sentence. */
async function opens(page, link, sentence) {
  const [article, id] = await Promise.all([link.getAttribute('data-article'), link.textContent()]);
  await link.click();
  await page.waitForFunction((a) => new URLSearchParams(location.search).get('open') === a, article);
  const mark = page.locator('.reader mark.selected');
  await mark.first().waitFor();
  assert.equal(fold((await mark.allTextContents()).join('')), fold(sentence), `the link “${id}” opened another sentence`);
}

test('the lines name the Geneva attempt count difference and an accusation its target denies; each opens its sentence', async () => {
  // what the Report holds: an attempt called the n-th, counts of earlier attempts that differ
  const ordinal = report.truces.flatMap((t) => t.mentions.filter((m) => m.ordinal != null).map((m) => ({ t, m })))
    .find(({ t }) => t.scope === 'current' && t.count == null);
  assert.ok(ordinal, 'no attempt of the bundled articles is called the n-th');
  assert.match(ordinal.t.what, /Geneva/);
  const counts = new Set(report.truces.filter((t) => t.scope === 'current' && t.count != null).flatMap((t) => t.mentions.map((m) => m.count)).filter((c) => c != null));
  assert.ok(counts.size >= 1);
  // accusations whose target denies
  const denies = (by, of) => report.stances.some((s) => s.type === 'deny' && s.actor === by && (s.target == null || s.target === of));
  const pairs = [...new Set(report.stances.filter((s) => s.type === 'accuse' && s.target && s.target !== s.actor && denies(s.target, s.actor)).map((s) => `${s.actor}>${s.target}`))];
  assert.ok(pairs.length >= 1, 'no accusation of the bundled articles is denied');

  const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1366, height: 900 } });
  await ready(page);
  const section = page.locator('.summary .disagreements');
  assert.equal(await section.getByRole('heading', { name: 'Where the reports disagree' }).count(), 1);
  const items = section.locator('li.disagreement');
  const total = await items.count();
  assert.ok(total >= 2, `${total} lines`);
  // three show, the others after "Show all"
  assert.equal(await section.locator('li.disagreement:visible').count(), Math.min(total, 3));
  if (total > 3) {
    const more = section.getByRole('button', { name: `Show all ${total}` });
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    await more.click();
    assert.equal(await section.locator('li.disagreement:visible').count(), total);
    assert.equal(await section.locator('button.show-all').getAttribute('aria-expanded'), 'true');
  }
  await section.screenshot({ path: (mkdirSync(SCREENSHOTS, { recursive: true }), join(SCREENSHOTS, 'disagreements.png')) });

  // the attempt count: "1 report calls the ceasefire talks in Geneva the 4th attempt; 3 reports count 3 …"
  const attempts = section.locator('li.disagreement[data-kind=attempts]');
  assert.equal(await attempts.count(), 1);
  const line = fold(await attempts.textContent());
  assert.ok(line.includes(`${ordinal.t.what} the ${ordinal.m.ordinal}th attempt`), line);
  for (const c of counts) assert.match(line, new RegExp(`count ${c}\\b`), `${line}: no report counting ${c}`);
  await opens(page, attempts.locator('button').first(), ordinal.m.evidence.sentence);

  // an accusation and its denial, each opening its own statement
  const stanceLines = section.locator('li.disagreement[data-kind=stance]');
  const texts = (await stanceLines.allTextContents()).map(fold);
  assert.equal(texts.length, pairs.length, JSON.stringify(texts));
  for (const p of pairs) {
    const [a, b] = p.split('>');
    assert.ok(texts.some((t) => t.startsWith(`${capital(name(a))} accuses ${name(b)}`) && t.includes(`${name(b)} denies`)), `${p}: ${JSON.stringify(texts)}`);
  }
  const first = stanceLines.first();
  const [acc, den] = [first.locator('button').nth(0), first.locator('button').nth(1)];
  const sentenceOf = async (b) => {
    await b.click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('sel'));
    const sel = new URLSearchParams(new URL(page.url()).search).get('sel');
    const s = report.stances.find((x) => x.id === sel);
    assert.ok(s, `${sel} is not a stance`);
    return s;
  };
  const accused = await sentenceOf(acc);
  assert.equal(accused.type, 'accuse');
  await opens(page, acc, accused.evidence.sentence);
  const denial = await sentenceOf(den);
  assert.equal(denial.type, 'deny');
  assert.equal(denial.actor, accused.target);
  await opens(page, den, denial.evidence.sentence);
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('the lines follow the filters: an article that contradicts nothing alone shows none', async () => {
  // an article with no attempt ordinal, a single count, and no denied accusation
  const quiet = report.articles.map((a) => a.id).find((id) => {
    const ms = report.truces.filter((t) => t.scope === 'current').flatMap((t) => t.mentions.filter((m) => m.evidence.article === id).map((m) => ({ t, m })));
    const counts = new Set(ms.filter(({ t, m }) => t.count != null && m.count != null).map(({ m }) => m.count));
    const ordinals = ms.filter(({ t, m }) => t.count == null && m.ordinal != null);
    const st = report.stances.filter((s) => s.evidence.article === id);
    const denied = st.some((s) => s.type === 'accuse' && st.some((d) => d.type === 'deny' && d.actor === s.target));
    return counts.size <= 1 && ordinals.length === 0 && !denied;
  });
  assert.ok(quiet, 'every bundled article contradicts itself');
  const { page, problems, context } = await open(browser, server.url + '?art=' + encodeURIComponent(quiet), { viewport: { width: 1366, height: 900 } });
  await ready(page);
  await page.waitForSelector('.chips button.chip');
  assert.equal(await page.locator('.disagreements').count(), 0);
  // clearing the filter brings the lines back
  await page.locator('.chips button.chip').first().click();
  await page.waitForSelector('.summary .disagreements li.disagreement');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});
