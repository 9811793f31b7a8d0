// A pasted article longer than 2 KB whose byte 2048 falls inside a multi-byte character (a curly
// quote, a dash, an accented letter) once killed the page: the HTML sniffer cut its 2 KB head in
// the middle of a character. Every offset from 2040 to 2056 is pasted here; the page must keep
// working and show the article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, screenshot, openDrawer, closeDrawers, openPick } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
let server, browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run scripts/test.sh');
  server = await serve(dist, '/crosscheck/');
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const ready = (page) => page.waitForSelector('.summary .headline', { timeout: 30000 });
const idle = (page) => page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', null, { timeout: 60000 });

/** An article of ASCII filler whose multi-byte `ch` starts `offset` bytes in. */
function article(offset, ch) {
  const lead = 'Fighting went on in the north. ';
  let head = lead.repeat(Math.ceil(offset / lead.length)).slice(0, offset);
  const body = `${ch}At least 12 civilians were killed,${ch} the ministry said. `;
  return head + body + 'The talks on a ceasefire resume on Monday. '.repeat(20);
}

test('pastes over 2 KB with a multi-byte character across byte 2048 never break the page', async () => {
  const { page, problems, context } = await open(browser, server.url);
  await ready(page);
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) localStorage.removeItem(k); });
  await openDrawer(page, 'articles');
  for (const ch of ['“', '—', 'é']) {
    for (let offset = 2040; offset <= 2056; offset++) {
      const text = article(offset, ch);
      assert.ok(new TextEncoder().encode(text).length > 2100);
      await page.$eval('details.paste', (d) => { d.open = true; });
      await page.fill('textarea[name=paste-text]', text);
      await page.fill('input[name=paste-title]', `offset ${offset} ${ch}`);
      await page.click('button.add-paste');
      await idle(page);
    }
  }
  // the page still answers: every pasted article is listed and its figure is on the dashboard
  assert.equal(await page.locator('.user-articles li').count(), 51);
  const figures = await page.locator('tr.claim[data-article^="user-"]').count();
  assert.ok(figures >= 51, `only ${figures} figures from 51 pasted articles`);
  await screenshot(page, 'paste-multibyte');
  assert.deepEqual(complaints(problems), []);
  await context.close();
});
