// Printing a paged dashboard: what prints is every row the filters select, never just the page
// shown (docs: ux-notes, "never virtualize what must print"). With the bundled articles and 300
// generated ones, long lists are paged (100 rows; a list inside a row, 10). The page is printed
// to PDF (page.pdf(), which runs Chromium's print pipeline and fires `beforeprint` and
// `afterprint` on the window); listeners the test adds after the page's own record the lists
// at each event, after the page has redrawn them. Asserted: at `beforeprint`, every pager
// states its whole total and its list draws exactly that many rows; at `afterprint`, and after
// it, every list is back to the rows it showed before (a "Show more" included); the PDF of
// the whole lists has more pages than one printed with the two events held back from the page;
// and in print media no row of these lists is hidden (not even in a closed <details>).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, openDrawer, closeDrawers } from '../lib/harness.mjs';

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

const TOWNS = ['Aleppo', 'Kharkiv', 'Gao', 'Rafah', 'Marib', 'Goma', 'Kidal', 'Idlib', 'Bakhmut', 'Sennar', 'Mekele', 'Kherson', 'Khartoum', 'Mariupol'];
const STATES = ['Russia', 'Ukraine', 'Sudan', 'Israel', 'Ethiopia', 'Mali', 'Yemen', 'Syria', 'Turkey', 'Egypt', 'Qatar', 'France'];
const OUTLETS = ['the army', 'the health ministry', 'the United Nations', 'local officials', 'medics'];
const VENUES = ['Geneva', 'Doha', 'Jeddah', 'Istanbul', 'Addis Ababa', 'Cairo'];
// a news-like article, different for every i (as in render.test.mjs)
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
const files = (n) => Array.from({ length: n }, (_, k) => ({ name: `p${String(k).padStart(5, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(article(k)) }));

// in the page: every pager, with the rows its list draws (the list is the element before it: a
// table's body rows, a list's items), how many it states it shows and of how many, and whether it
// is a list inside a row; `hidden`: its rows that are drawn but not visible (checkVisibility)
const LISTS = () => [...document.querySelectorAll('.pager')].map((p) => {
  const list = p.previousElementSibling;
  const rows = list.tagName === 'TABLE' ? list.querySelectorAll(':scope > tbody > tr') : list.querySelectorAll(':scope > li');
  return { list: `${list.tagName.toLowerCase()}.${list.className}`, inner: !!p.parentElement.closest('li'), drawn: rows.length, hidden: [...rows].filter((r) => !r.checkVisibility()).length, shown: Number(p.dataset.shown), total: Number(p.dataset.total) };
});
const lists = (page) => page.evaluate(`(${LISTS})()`);
// a PDF's pages (Chromium's PDFs name each page object `/Type /Page`)
const pages = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
const sum = (ls, k) => ls.reduce((n, l) => n + l[k], 0);

test('printing shows every row of every paged list, and afterwards the pages shown before', async () => {
  const { page, problems, context } = await open(browser, server.url);
  // a listener that runs before the page's own (listeners of one target run in the order they
  // were added) and, once `__hold` is set, stops the two events before the page hears them
  await context.addInitScript(() => {
    for (const e of ['beforeprint', 'afterprint']) addEventListener(e, (ev) => { if (window.__hold) ev.stopImmediatePropagation(); });
  });
  await page.reload({ waitUntil: 'load' });
  await ready(page);
  await idle(page);
  await openDrawer(page, 'articles');
  await page.setInputFiles('input[type=file]', files(300));
  await page.waitForFunction(() => document.querySelectorAll('.user-articles li').length === 300, null, { timeout: 120000 });
  await idle(page);
  await closeDrawers(page);

  // one list shown a page further than at first: printing keeps that for afterwards
  await page.click('.stances ul.statements + .pager button.more');
  await page.waitForFunction(() => Number(document.querySelector('.stances ul.statements + .pager')?.dataset.shown) === 200);
  const shown = await lists(page);
  console.log(`# before printing: ${shown.length} pagers, ${sum(shown, 'drawn')} rows drawn of ${sum(shown, 'total')}; ${JSON.stringify(shown.filter((l) => !l.inner))}; inside rows: ${shown.filter((l) => l.inner).length}`);
  for (const l of shown) assert.equal(l.drawn, l.shown, `${l.list}: ${l.drawn} rows drawn, ${l.shown} stated`);
  const paged = shown.filter((l) => l.shown < l.total);
  for (const cls of ['table.claims', 'ul.statements', 'table.articles']) assert.ok(paged.some((l) => l.list === cls), `${cls} is not paged: the bundle is too small to test printing`);
  assert.ok(paged.some((l) => l.inner), 'no list inside a row is paged: the bundle is too small to test printing');

  // the lists as they stand when each event reaches the test (after the page's own listeners and
  // the redraw they cause)
  await page.evaluate(`window.__print = []; for (const e of ['beforeprint', 'afterprint']) addEventListener(e, () => window.__print.push([e, (${LISTS})()]));`);
  const pdf = await page.pdf({ format: 'A4' });
  const seen = await page.evaluate(() => window.__print);
  assert.deepEqual(seen.map(([e]) => e), ['beforeprint', 'afterprint'], 'page.pdf() did not fire beforeprint and afterprint');
  const [[, printing], [, printed]] = seen;
  console.log(`# printing: ${printing.length} pagers, ${sum(printing, 'drawn')} rows drawn of ${sum(printing, 'total')}; PDF of ${pages(pdf)} pages`);
  assert.equal(printing.length, shown.length, 'a pager came or went while printing');
  printing.forEach((l, i) => {
    assert.equal(l.total, shown[i].total, `${l.list}: the total changed while printing`);
    assert.equal(l.shown, l.total, `${l.list}: the pager states ${l.shown} of ${l.total} while printing`);
    assert.equal(l.drawn, l.total, `${l.list}: ${l.drawn} rows drawn of ${l.total} while printing`);
  });
  // after printing, each list shows what it showed before (the statements their 200)
  assert.deepEqual(printed, shown, 'at afterprint the lists do not show what they showed before printing');
  assert.deepEqual(await lists(page), shown, 'after printing the lists do not show what they showed before');

  // printed with the events held back (by the listener added before the page's own), the PDF
  // has the pages only: the whole lists printed on more pages
  await page.evaluate(() => { window.__hold = true; });
  const pagedPdf = await page.pdf({ format: 'A4' });
  console.log(`# printed without the events: a PDF of ${pages(pagedPdf)} pages`);
  assert.ok(pages(pagedPdf) > 0);
  assert.ok(pages(pdf) > pages(pagedPdf), `the whole lists printed on ${pages(pdf)} pages, the pages only on ${pages(pagedPdf)}`);
  assert.deepEqual(await lists(page), shown);

  // in print media, every row of these lists is visible: rows far down the page, and in a closed
  // <details> (an attempt with many mentions, the table of claims over time). The print media
  // is emulated here (a PDF's layout cannot be read back), and beforeprint dispatched by hand
  await page.evaluate(() => { window.__hold = false; });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const inPrint = await lists(page);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: null });
  for (const l of inPrint) {
    assert.equal(l.drawn, l.total, `${l.list}: ${l.drawn} rows drawn of ${l.total} in print`);
    assert.equal(l.hidden, 0, `${l.list}: ${l.hidden} of its ${l.drawn} rows hidden in print`);
  }
  assert.deepEqual(await lists(page), shown);

  assert.deepEqual(complaints(problems), []);
  await context.close();
});
