// Self-test of the harness: each failure the page tests guard against is detected — a blank
// page, a console error, and a request that leaves the origin — and a clean page passes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../lib/server.mjs';
import { launch, open, complaints, visibleText } from '../lib/harness.mjs';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
let server, browser;
before(async () => { server = await serve(fixtures, '/fixtures/'); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a clean page has no complaints and shows text', async () => {
  const { problems, page, context } = await open(browser, server.url + 'clean.html');
  assert.deepEqual(complaints(problems), []);
  assert.ok((await visibleText(page)).length > 0);
  await context.close();
});

test('a blank page is detected as blank', async () => {
  const { page, context } = await open(browser, server.url + 'blank.html');
  assert.equal(await visibleText(page), '');
  await context.close();
});

test('a console error is detected', async () => {
  const { problems, context } = await open(browser, server.url + 'console-error.html');
  assert.ok(complaints(problems).some((c) => c.includes('deliberate error')), JSON.stringify(problems));
  await context.close();
});

test('a request outside the origin is detected (and not sent)', async () => {
  const { problems, context } = await open(browser, server.url + 'external.html');
  assert.ok(problems.external.some((u) => u.includes('example.invalid')), JSON.stringify(problems));
  await context.close();
});
