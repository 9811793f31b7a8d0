// Issue 12, "the first screen answers the question": at 1366×900 the first viewport holds the
// headline, the first casualty figure and the first truce attempt; at 360×780 the headline.
// Article management and export live in drawers (native modal <dialog>s) opened from the
// toolbar: keyboard operable, focus moved in and kept there, Escape closes, focus goes back to
// the button. Active filters are chips that remove them. Screenshots of the first viewport,
// light and dark, at both sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, screenshot, openPick, DRAWERS } from '../lib/harness.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
let server, browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run scripts/test.sh');
  server = await serve(dist, '/crosscheck/');
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const ready = (page) => page.waitForSelector('.summary .headline', { timeout: 30000 });
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 360, height: 780 };

/** Whether the element's box lies inside the first viewport (the page not scrolled). */
async function inFirstViewport(page, selector) {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const box = { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left + scrollX, right: r.right + scrollX };
    const ok = r.width > 0 && r.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    return { ok, box: JSON.stringify(box), viewport: `${innerWidth}×${innerHeight}` };
  });
}

test('at 1366×900 the headline, the first casualty figure and the first truce attempt are on the first screen', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, context } = await open(browser, server.url, { viewport: DESKTOP, colorScheme });
    await ready(page);
    for (const sel of ['.summary .headline', 'tr.claim', 'li.attempt']) {
      const r = await inFirstViewport(page, sel);
      assert.ok(r.ok, `${sel} is not inside the first ${r.viewport} viewport: ${r.box}`);
    }
    // the controls that used to come first are in the toolbar's drawers, closed
    for (const id of Object.values(DRAWERS)) assert.equal(await page.$eval(`#${id}`, (d) => d.open), false);
    assert.equal(await page.locator('.panel.add').isVisible(), false, 'the articles panel shows outside its drawer');
    await screenshot(page, `first-screen-1366-${colorScheme}`, { fullPage: false });
    assert.deepEqual(complaints(problems), []);
    await context.close();
  }
});

test('at 360×780 the headline is on the first screen, and nothing scrolls sideways', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, context } = await open(browser, server.url, { viewport: PHONE, colorScheme });
    await ready(page);
    const r = await inFirstViewport(page, '.summary .headline');
    assert.ok(r.ok, `the headline is not inside the first ${r.viewport} viewport: ${r.box}`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'sideways scroll at 360 px');
    await screenshot(page, `first-screen-360-${colorScheme}`, { fullPage: false });
    assert.deepEqual(complaints(problems), []);
    await context.close();
  }
});

test('each drawer opens by keyboard, keeps focus inside, closes on Escape and gives focus back to its button', async () => {
  const { page, problems, context } = await open(browser, server.url, { viewport: DESKTOP });
  await ready(page);
  for (const [which, id] of Object.entries(DRAWERS)) {
    const button = `button[aria-controls=${id}]`;
    await page.focus(button);
    await page.keyboard.press('Enter');
    await page.waitForFunction((i) => document.getElementById(i).open, id);
    assert.ok(await page.evaluate((i) => document.getElementById(i).matches(':modal'), id), `${which}: the drawer is not modal`);
    assert.ok(await page.evaluate((i) => document.getElementById(i).contains(document.activeElement), id), `${which}: focus did not move into the drawer`);
    await screenshot(page, `drawer-${which}-open`, { fullPage: false });
    // Tab and Shift+Tab stay inside (the page behind is inert)
    for (const key of [...Array(25).fill('Tab'), ...Array(25).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      const where = await page.evaluate((i) => {
        const a = document.activeElement;
        return { inside: document.getElementById(i).contains(a), outsideTheDocument: a === document.body || a === null, what: a ? a.outerHTML.slice(0, 80) : 'none' };
      }, id);
      // focus may rest on the browser itself between the last and first control, never on the page behind
      assert.ok(where.inside || where.outsideTheDocument, `${which}: ${key} moved focus out of the drawer, to ${where.what}`);
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction((i) => !document.getElementById(i).open, id);
    assert.equal(await page.evaluate((b) => document.activeElement === document.querySelector(b), button), true, `${which}: focus did not return to the button`);
    // the Close button does the same
    await page.keyboard.press('Space');
    await page.waitForFunction((i) => document.getElementById(i).open, id);
    await page.click(`#${id} .drawer-close`);
    await page.waitForFunction((i) => !document.getElementById(i).open, id);
    assert.equal(await page.evaluate((b) => document.activeElement === document.querySelector(b), button), true, `${which}: focus did not return after Close`);
  }
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('active filters are chips named for what they remove; a chip removes its filter', async () => {
  const { page, problems, context } = await open(browser, server.url + '?kind=killed&actor=RUS&q=civilians', { viewport: DESKTOP });
  await ready(page);
  const names = await page.$$eval('.chips button.chip', (bs) => bs.map((b) => b.getAttribute('aria-label')));
  assert.ok(names.includes('Remove filter: kind killed'), JSON.stringify(names));
  assert.ok(names.includes('Remove filter: text “civilians”'), JSON.stringify(names));
  assert.ok(names.some((n) => /^Remove filter: actor \S/.test(n)), JSON.stringify(names));
  await page.getByRole('button', { name: 'Remove filter: kind killed' }).click();
  await page.waitForFunction(() => !location.search.includes('kind='));
  assert.match(new URL(page.url()).search, /actor=RUS/);
  assert.match(new URL(page.url()).search, /q=civilians/);
  assert.equal(await page.getByRole('button', { name: 'Remove filter: kind killed' }).count(), 0);
  // a pop-up list of the filter bar closes on Escape, focus back on its button
  await openPick(page, 'kind');
  await page.focus('input[name=kind][value=wounded]');
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval('details.pick[data-filter=kind]', (d) => d.open), false);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('details.pick')?.dataset.filter), 'kind');
  await screenshot(page, 'filter-chips', { fullPage: false });
  assert.deepEqual(complaints(problems), []);
  await context.close();
});
