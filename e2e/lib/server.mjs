// A tiny static server for the tests: serves a folder under a URL prefix (as GitHub Pages
// serves https://<user>.github.io/<repo>/), on 127.0.0.1 with a free port. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

/**
 * Serve `root` at `prefix` (e.g. "/crosscheck/"), and also at each of `also` (e.g. ["/"] to
 * open the same build at the site root). Resolves to { url, origin, close }.
 */
export function serve(root, prefix = '/', also = []) {
  const prefixes = [prefix, ...also].sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const p = prefixes.find((x) => path.startsWith(x));
    if (p === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under ' + prefix);
      return;
    }
    let rel = normalize(path.slice(p.length)).replace(/^(\.\.[/\\])+/, '');
    if (rel === '' || rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
    const file = join(root, rel);
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
