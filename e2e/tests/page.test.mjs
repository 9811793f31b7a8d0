// The release build of the page, served under a sub-path as GitHub Pages serves it: it renders
// the bundled articles' dashboard with no console error and no request outside its origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, visibleText, screenshot } from '../lib/harness.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
let server, browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run trunk build --release --public-url /crosscheck/ first');
  server = await serve(dist, '/crosscheck/');
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function ready(page) {
  await page.waitForSelector('.summary .headline', { timeout: 30000 });
}

test('the dashboard renders under /crosscheck/ with no console error and no outside request', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const text = await visibleText(page);
  assert.ok(text.length > 500, 'the page is (nearly) blank');
  assert.match(await page.textContent('.headline'), /death toll claims range from/);
  for (const h of ['Casualty figures', 'Truce attempts', 'Actor stances', 'Sources']) {
    assert.ok(text.includes(h), `panel "${h}" missing`);
  }
  assert.ok(await page.locator('tr.claim').count() >= 10, 'casualty rows missing');
  assert.ok(await page.locator('li.attempt').count() >= 3, 'truce attempts missing');
  await screenshot(page, 'dashboard-desktop');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('clicking a figure opens its article with the sentence highlighted', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  const row = page.locator('tr.claim').first();
  const quote = (await row.locator('.quote').textContent()).replace(/[“”]/g, '').trim();
  await row.locator('button.linkish').click();
  const mark = page.locator('.reader mark.selected');
  await mark.first().waitFor();
  const selected = (await mark.allTextContents()).join('').replace(/\s+/g, ' ');
  assert.ok(selected.includes(quote.split(' ').slice(0, 3).join(' ')), `selected "${selected}" lacks "${quote}"`);
  await screenshot(page, 'reader-selected');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});

test('narrow (360 px) and dark-mode views render', async () => {
  for (const [name, opts] of [['dashboard-360px', { viewport: { width: 360, height: 800 } }], ['dashboard-dark', { colorScheme: 'dark' }]]) {
    const { page, problems, context } = await open(browser, server.url, opts);
    await ready(page);
    await screenshot(page, name);
    assert.deepEqual(complaints(problems), []);
    await context.close();
  }
});
