/**
 * Size budgets of the built playground (gzip), from Vite's manifest: the initial load (the
 * page, its script and style: everything the text path needs) and each lazy part (the PDF
 * reader, pdfjs and its worker for the PDFs the reader leaves to pdfjs, the Word reader). Fails when a budget is exceeded or when pdfjs or
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
/** pdfjs, which the library's PDF entry loads only for a PDF its own reader leaves to it: a part of its own. */
const PDF_FALLBACK = /(^|\/)src\/pdf\/pdfjs-reader\.ts$/;
/** A chunk (by manifest key) with its static closure and the dynamic imports inside it, transitively, except `skip`. */
const loaded = (key, skip) => {
  const own = [...closure(key)].filter((k) => !initialKeys.has(k));
  for (let i = 0; i < own.length; i++)
    for (const d of manifest[own[i]].dynamicImports ?? [])
      if (!NEVER_LOADED_IN_BROWSER.test(d) && !skip.test(d))
        for (const x of closure(d)) if (!initialKeys.has(x) && !own.includes(x)) own.push(x);
  return own;
};
const lazy = (name) => {
  const key = Object.keys(manifest).find((k) => k.endsWith(`playground/src/${name}.ts`) || k === `src/${name}.ts`);
  if (!key) throw new Error(`no lazy chunk for src/${name}.ts in the manifest`);
  // The OCR fallback (src/ocr/node/) loads only with parsePdf's `ocr` option, which the playground never passes
  // (OCR needs the command line, see the README); pdfjs is counted apart (below).
  return new Set([...files(new Set(loaded(key, PDF_FALLBACK)))].filter((f) => !initial.has(f)));
};
const fallbackKey = Object.keys(manifest).find((k) => PDF_FALLBACK.test(k));
if (!fallbackKey) throw new Error('no chunk for src/pdf/pdfjs-reader.ts in the manifest');
const pdfPart = lazy('pdf');
const pdfjsPart = [...files(new Set(loaded(fallbackKey, /$^/)))].filter((f) => !initial.has(f) && !pdfPart.has(f));
const worker = Object.values(manifest)
  .flatMap((c) => c.assets ?? [])
  .concat(Object.values(manifest).map((c) => c.file))
  .find((f) => /pdf\.worker/.test(f));

const parts = {
  initial: [...initial],
  pdf: [...pdfPart],
  pdfjs: pdfjsPart,
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
