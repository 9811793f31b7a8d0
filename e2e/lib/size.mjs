// Prints the gzip -9 size of every file in a folder (default dist/) and the total.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const files = [];
(function walk(d) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
})(dir);
let raw = 0, gz = 0;
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
for (const f of files) {
  const b = readFileSync(f);
  const g = gzipSync(b, { level: 9 }).length;
  raw += b.length; gz += g;
  console.log(`${kb(g)} gz ${kb(b.length)} raw  ${relative(dir, f)}`);
}
console.log(`${kb(gz)} gz ${kb(raw)} raw  TOTAL (${files.length} files)`);
