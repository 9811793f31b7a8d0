// Audited accessibility (issue 12): axe-core's WCAG 2.0/2.1 A and AA rules find nothing on the
// dashboard, the reader (an article opened at a record), each drawer open, every disagreement
// line shown, a Report opened from a file, dark mode and 360 px
// (screenshots of the drawers at 360 px).
// No rule is disabled; a failure lists every violation with its nodes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, openDrawer, screenshot, DRAWERS } from '../lib/harness.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
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

/** axe's violations of the WCAG 2.0/2.1 A and AA rules, in words ([] when there are none). */
async function violations(page) {
  // the page's Content Security Policy allows only its own scripts: axe is evaluated by the
  // test driver, not added as a <script>
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  // axe ran: many checks passed (a page it could not read would pass none)
  assert.ok(result.passes.length >= 8, `axe passed only ${result.passes.length} rules`);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 8).map((n) =>
    `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n') + (v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : ''));
}

async function audit(name, url, opts, prepare = async () => {}) {
  const { page, problems, context } = await open(browser, url, opts);
  await ready(page);
  await idle(page);
  await prepare(page);
  const found = await violations(page);
  assert.deepEqual(found, [], `${name}: ${found.length} axe violation(s)\n${found.join('\n')}`);
  assert.deepEqual(complaints(problems), [], name);
  await context.close();
}

test('the dashboard has no axe violation (light, 1366×900)', async () => {
  await audit('dashboard', server.url, { viewport: { width: 1366, height: 900 } });
});

test('the reader, opened at a record, has no axe violation', async () => {
  const c = report.casualties.find((x) => x.count.qualifier === 'more_than') ?? report.casualties[0];
  await audit('reader', `${server.url}?sel=${c.id}`, { viewport: { width: 1366, height: 900 } }, async (page) => {
    await page.locator('.reader mark.selected').first().waitFor();
  });
});

test('each drawer, open, has no axe violation', async () => {
  for (const which of Object.keys(DRAWERS)) {
    await audit(`${which} drawer`, server.url, { viewport: { width: 1366, height: 900 } }, async (page) => {
      await openDrawer(page, which);
      if (which === 'articles') await page.$eval('details.paste', (d) => { d.open = true; });
    });
  }
});

test('dark mode has no axe violation (dashboard, reader, drawers)', async () => {
  const c = report.casualties[0];
  const opts = { viewport: { width: 1366, height: 900 }, colorScheme: 'dark' };
  await audit('dark dashboard', server.url, opts);
  await audit('dark reader', `${server.url}?sel=${c.id}`, opts, async (page) => {
    await page.locator('.reader mark.selected').first().waitFor();
  });
  for (const which of Object.keys(DRAWERS)) {
    await audit(`dark ${which} drawer`, server.url, opts, (page) => openDrawer(page, which));
  }
});

test('360 px has no axe violation (light and dark, dashboard and drawers)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const opts = { viewport: { width: 360, height: 780 }, colorScheme };
    await audit(`360 px ${colorScheme}`, server.url, opts);
    for (const which of Object.keys(DRAWERS)) {
      await audit(`360 px ${colorScheme} ${which} drawer`, server.url, opts, async (page) => {
        await openDrawer(page, which);
        if (colorScheme === 'light') await screenshot(page, `drawer-${which}-360`, { fullPage: false });
      });
    }
  }
});

test('"Where the reports disagree", every line shown, has no axe violation (light and dark)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await audit(`disagreements ${colorScheme}`, server.url, { viewport: { width: 1366, height: 900 }, colorScheme }, async (page) => {
      await page.locator('.disagreements button.show-all').click();
      await page.waitForFunction(() => document.querySelector('.disagreements button.show-all')?.getAttribute('aria-expanded') === 'true');
      assert.equal(await page.locator('.disagreements li.disagreement.hidden').count(), 0);
    });
  }
});

test('a Report opened from a file (banner, reader without its text) has no axe violation (light and dark)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await audit(`opened Report ${colorScheme}`, server.url, { viewport: { width: 1366, height: 900 }, colorScheme }, async (page) => {
      await openDrawer(page, 'articles');
      await page.uncheck('input[name=bundled]');
      await page.setInputFiles('input[name=report-file]', { name: 'report.json', mimeType: 'application/json', buffer: readFileSync(reportPath) });
      await page.waitForSelector('.opened');
      const c = report.casualties[0];
      await page.locator(`tr.claim[data-id="${c.id}"] button.linkish`).first().click();
      await page.waitForSelector('.reader .no-text');
      await page.locator('.reader mark.selected').waitFor();
    });
  }
});
