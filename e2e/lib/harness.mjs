// The browser harness every e2e test uses: system Chromium driven by playwright-core, with a
// record of console errors, page errors and any request that leaves the page's origin (such
// requests are aborted, never sent), and a screenshot of each test's final state.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Open `url` in a fresh context; returns { page, context, problems }. `problems` collects
 * console errors, uncaught page errors and requests outside `origin`.
 */
export async function open(browser, url, { origin, viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], external: [] };
  const own = origin ?? new URL(url).origin;
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(own + '/') || u === own || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    problems.external.push(u);
    return route.abort();
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, problems };
}

/** The problems in words, or [] when the page was clean. */
export function complaints(problems) {
  const out = [];
  for (const e of problems.consoleErrors) out.push('console error: ' + e);
  for (const e of problems.pageErrors) out.push('page error: ' + e);
  for (const u of problems.external) out.push('request outside the origin: ' + u);
  return out;
}

/** How much visible text the page shows (a blank page shows none). */
export async function visibleText(page) {
  return (await page.evaluate(() => document.body ? document.body.innerText : '')).trim();
}

/** A screenshot of the whole page, or of the first viewport only with `{ fullPage: false }`. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name + '.png');
  await page.screenshot({ path, fullPage });
  return path;
}

/** The drawers of the toolbar, by the word the tests use. */
export const DRAWERS = { articles: 'articles-drawer', export: 'export-drawer' };

/** Close every open drawer (with its Close button). */
export async function closeDrawers(page) {
  for (const id of Object.values(DRAWERS)) {
    if (await page.$eval(`#${id}`, (d) => d.open)) {
      await page.click(`#${id} .drawer-close`);
      await page.waitForFunction((i) => !document.getElementById(i).open, id);
    }
  }
}

/** Open the drawer `which` ("articles" or "export") with its toolbar button; closes the other first. */
export async function openDrawer(page, which) {
  const id = DRAWERS[which];
  if (await page.$eval(`#${id}`, (d) => d.open)) return;
  await closeDrawers(page);
  await page.click(`button[aria-controls=${id}]`);
  await page.waitForFunction((i) => document.getElementById(i).open, id);
}

/** Open the filter bar's pop-up list `name` ("art", "kind", "attribution"), closing any drawer. */
export async function openPick(page, name) {
  await closeDrawers(page);
  const sel = `details.pick[data-filter=${name}]`;
  if (await page.$eval(sel, (d) => d.open)) return;
  await page.click(`${sel} > summary`);
  await page.waitForFunction((s) => document.querySelector(s).open, sel);
}
