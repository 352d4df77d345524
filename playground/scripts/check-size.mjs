/**
 * Size budgets of the built playground (gzip), from Vite's manifest: the initial load (the
 * page, its script and style: everything the text path needs) and each lazy part (the PDF
 * reader, pdfjs's worker, the Word reader). Fails when a budget is exceeded or when pdfjs or
 * mammoth end up in the initial load. Run after `npm run build:playground`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './serve.mjs';

const budgets = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** Files a chunk loads statically (itself, its CSS, its static imports, recursively). */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const k of chunk.imports ?? []) closure(k, seen);
  return seen;
}
const files = (keys) => {
  const out = new Set();
  for (const k of keys) {
    const c = manifest[k];
    out.add(c.file);
    for (const css of c.css ?? []) out.add(css);
    for (const a of c.assets ?? []) if (!a.includes('worker')) out.add(a);
  }
  return out;
};

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const initialKeys = closure(entry);
const initial = new Set([...files(initialKeys), 'index.html']);
/** Dynamic imports the playground never triggers. */
const NEVER_LOADED_IN_BROWSER = /(^|\/)src\/ocr\/node\//;
const lazy = (name) => {
  const key = Object.keys(manifest).find((k) => k.endsWith(`playground/src/${name}.ts`) || k === `src/${name}.ts`);
  if (!key) throw new Error(`no lazy chunk for src/${name}.ts in the manifest`);
  const own = [...closure(key)].filter((k) => !initialKeys.has(k));
  // Dynamic imports inside the lazy part (pdfjs from the library's PDF entry) load with it, except
  // the OCR fallback (src/ocr/node/), which parsePdf loads only with its `ocr` option: the playground
  // never passes it (OCR needs the command line, see the README).
  for (const k of own.slice())
    for (const d of manifest[k].dynamicImports ?? [])
      if (!NEVER_LOADED_IN_BROWSER.test(d)) for (const x of closure(d)) if (!initialKeys.has(x)) own.push(x);
  return new Set([...files(new Set(own))].filter((f) => !initial.has(f)));
};
const worker = Object.values(manifest)
  .flatMap((c) => c.assets ?? [])
  .concat(Object.values(manifest).map((c) => c.file))
  .find((f) => /pdf\.worker/.test(f));

const parts = {
  initial: [...initial],
  pdf: [...lazy('pdf')],
  pdfWorker: worker ? [worker] : [],
  docx: [...lazy('docx')],
};
let failed = false;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
for (const [name, list] of Object.entries(parts)) {
  const size = list.reduce((n, f) => n + gz(f), 0);
  const limit = budgets[name] * 1000;
  const ok = size <= limit && list.length > 0;
  if (!ok) failed = true;
  console.log(`${ok ? '✓' : '✗'} ${name.padEnd(10)} ${kB(size).padStart(9)} gzip (budget ${kB(limit)})  ${list.join(' ')}`);
}
// The heavy readers must not be in the initial load.
for (const f of parts.initial) {
  const text = f.endsWith('.js') ? readFileSync(join(DIST, f), 'utf8') : '';
  if (/pdfjs-dist|GlobalWorkerOptions|officeDocument\/2006/.test(text)) {
    console.log(`✗ ${f} (initial load) contains pdfjs or mammoth code`);
    failed = true;
  }
}
if (failed) process.exit(1);
