#!/usr/bin/env node
// Generates crates/core/data/countries.tsv from the npm package `world-countries`
// (https://github.com/mledoze/countries, ODbL-1.0).
//
// Usage:
//   node scripts/gen-countries.mjs [WORLD_COUNTRIES] [OUT]
//
//   WORLD_COUNTRIES  path to the installed package directory (the one holding
//                    package.json and countries.json), or to countries.json itself.
//                    Default: resolve `world-countries` from node_modules
//                    (cwd first, then next to this script).
//   OUT              output file. Default: crates/core/data/countries.tsv
//                    relative to the repository root (the parent of scripts/).
//
// No dependencies besides the data package. Output is deterministic: rows are
// sorted by ID (cca3, plain code-unit order) and every column keeps source order
// with exact/case-insensitive duplicates removed.
//
// Row format (tab-separated):
//   ID  CANONICAL  NAMES  ADJECTIVES  CAPITALS
//   ID = cca3; CANONICAL = name.common; NAMES = common|official|altSpellings
//   (altSpellings filtered, see namesOf); ADJECTIVES = English demonyms m|f;
//   CAPITALS = capital[].

import { readFileSync, writeFileSync, existsSync, statSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const scriptDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(scriptDir, "..");

function locatePackage(arg) {
  if (arg) {
    const p = resolve(arg);
    if (!existsSync(p)) throw new Error(`not found: ${p}`);
    if (statSync(p).isDirectory()) return { dir: p, json: join(p, "countries.json") };
    return { dir: dirname(p), json: p };
  }
  for (const base of [join(process.cwd(), "x.js"), join(scriptDir, "x.js")]) {
    try {
      const req = createRequire(base);
      const pkgJson = req.resolve("world-countries/package.json");
      const dir = dirname(pkgJson);
      return { dir, json: join(dir, "countries.json") };
    } catch {
      /* try next */
    }
  }
  throw new Error(
    "world-countries not found: pass its path as the first argument or `npm install world-countries`",
  );
}

const { dir: pkgDir, json: jsonPath } = locatePackage(process.argv[2] || undefined);
const outPath = resolve(process.argv[3] || join(repoRoot, "crates/core/data/countries.tsv"));

let version = "unknown";
const pkgFile = join(pkgDir, "package.json");
if (existsSync(pkgFile)) {
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
  if (pkg.name === "world-countries" && pkg.version) version = pkg.version;
}
const countries = JSON.parse(readFileSync(jsonPath, "utf8"));

// Latin letters (incl. accented Latin-1 / Latin Extended-A/B), space and . , ' ’ ( ) -
const LATIN_NAME = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F .,'’()\-]+$/;
// Plain ASCII letters plus the same punctuation.
const ASCII_NAME = /^[A-Za-z .,'’()\-]+$/;
// All-caps code of 3 letters or fewer (AM, ARM, US, UAE, DRC ...).
const SHORT_CODE = /^[A-Z]{1,3}$/;

const clean = (s) => String(s).replace(/[\t\r\n|]+/g, " ").replace(/\s+/g, " ").trim();

function distinct(list) {
  const seen = new Set();
  const out = [];
  for (const raw of list) {
    if (raw == null) continue;
    const v = clean(raw);
    if (!v) continue;
    const k = v.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

const dropped = [];

function namesOf(c) {
  // common and official names are the data set's English names: keep them
  // whenever they are Latin script (accents allowed: Türkiye, Curaçao, Réunion).
  const primary = [c.name.common, c.name.official].filter((n) => {
    const ok = LATIN_NAME.test(clean(n));
    if (!ok) dropped.push([c.cca3, n]);
    return ok;
  });
  const alts = (c.altSpellings ?? []).filter((raw) => {
    const a = clean(raw);
    let ok;
    if (SHORT_CODE.test(a)) ok = false;
    // Alternative spellings are kept only in plain ASCII: accented Latin forms
    // are native-language names (Česká republika, Zhōngguó, België ...) or mere
    // accented variants of an ASCII name that is kept anyway (Côte d'Ivoire ~
    // Cote d'Ivoire); matchers should fold diacritics.
    else if (ASCII_NAME.test(a)) ok = true;
    else ok = false;
    if (!ok) dropped.push([c.cca3, a]);
    return ok;
  });
  return distinct([...primary, ...alts]);
}

const rows = countries
  .map((c) => {
    const eng = c.demonyms?.eng ?? {};
    return [
      c.cca3,
      clean(c.name.common),
      namesOf(c).join("|"),
      // Combined demonyms are split: "Bosnian, Herzegovinian", "Kittitian or Nevisian".
      distinct([eng.m, eng.f].flatMap((d) => String(d ?? "").split(/\s*,\s*|\s+or\s+/))).join("|"),
      distinct(c.capital ?? []).join("|"),
    ];
  })
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const ids = new Set();
for (const r of rows) {
  if (!/^[A-Z]{3}$/.test(r[0])) throw new Error(`bad id ${r[0]}`);
  if (ids.has(r[0])) throw new Error(`duplicate id ${r[0]}`);
  ids.add(r[0]);
}

const header = [
  `# Country gazetteer for crosscheck-core, generated from the npm package world-countries@${version}`,
  `# (https://www.npmjs.com/package/world-countries, source https://github.com/mledoze/countries).`,
  `#`,
  `# Licence: ODbL-1.0. Contains information from world-countries (https://github.com/mledoze/countries),`,
  `# which is made available here under the Open Database License (ODbL)`,
  `# (https://opendatacommons.org/licenses/odbl/1.0/). This file is a Derivative Database of it and is`,
  `# likewise made available under ODbL-1.0 (not under the project's MIT licence).`,
  `#`,
  `# Generated by: node scripts/gen-countries.mjs [path/to/node_modules/world-countries]`,
  `#   (after: npm install world-countries@${version}; run from the repository root)`,
  `# Do not edit by hand; hand-kept English news forms live in aliases.tsv.`,
  `#`,
  `# Columns (tab-separated): ID  CANONICAL  NAMES  ADJECTIVES  CAPITALS`,
  `#   ID = cca3; CANONICAL = name.common; NAMES = |-separated name.common, name.official and`,
  `#   altSpellings (alt spellings only in plain ASCII, minus all-caps codes of <= 3 letters);`,
  `#   ADJECTIVES = |-separated English demonyms (m, f); CAPITALS = |-separated capitals.`,
];

mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, header.join("\n") + "\n" + rows.map((r) => r.join("\t")).join("\n") + "\n");

if (process.env.GEN_COUNTRIES_VERBOSE) {
  for (const [id, n] of dropped) process.stderr.write(`dropped ${id}\t${n}\n`);
}
process.stderr.write(`wrote ${rows.length} rows (world-countries@${version}) to ${outPath}\n`);
