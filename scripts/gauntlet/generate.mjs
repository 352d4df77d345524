// npm run gauntlet:generate — writes the gauntlet's documents into test/gauntlet/<report>/:
// the source page and its truth (every cell), then each real tool's output (see layouts.mjs).
// Needs `npm run build` (the generator reuses the package's renderer) and the Debian tools of
// scripts/install-tools.sh. `--only r03,r07` regenerates some reports; `--sources-only` skips the tools.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPdf, libreOffice, openBrowser, pdfToText, writeBrowserTexts, writePdfTexts } from './convert.mjs';
import { HEADER_FOOTER_PDF } from './layouts.mjs';
import { importTs, ROOT } from './load-ts.mjs';

const { values: args } = parseArgs({ options: { only: { type: 'string' }, 'sources-only': { type: 'boolean' } } });
const only = args.only ? new Set(args.only.split(',')) : null;
const OUT = join(ROOT, 'test', 'gauntlet');

const { generateSources } = await importTs('scripts/gauntlet/sources.ts');
const sources = generateSources().filter((s) => !only || only.has(s.spec.id.slice(0, 3)) || only.has(s.spec.id));
// Reports no longer generated are removed; the others are rewritten only where their content changed.
const ids = new Set(generateSources().map((s) => s.spec.id));
if (!only && existsSync(OUT))
  for (const d of readdirSync(OUT)) if (/^r\d\d-/.test(d) && !ids.has(d)) rmSync(join(OUT, d), { recursive: true, force: true });

/** Chromium's print header carries the date and time of the run: not part of what is compared. */
const PRINT_DATE = /^\s*\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} [AP]M\b/gm;
const withoutDate = (text) => text.replace(PRINT_DATE, '');

/**
 * Keeps the committed file when the new one says the same (`fingerprint` equal), so regenerating
 * does not rewrite binaries (and grow the history) only because a tool stamped another date.
 * Returns the path of the file kept.
 */
async function keepOrReplace(committed, fresh, fingerprint) {
  if (existsSync(committed) && (await fingerprint(committed)) === (await fingerprint(fresh))) return committed;
  copyFileSync(fresh, committed);
  return committed;
}

/** Writes a text unless the committed one differs only by the print date. */
function putText(file, text) {
  if (existsSync(file) && withoutDate(readFileSync(file, 'utf8')) === withoutDate(text)) return;
  writeFileSync(file, text);
}

const pdfPrint = async (file) => withoutDate(pdfToText(file, { layout: true }));
const docxBody = async (file) => {
  const { default: JSZip } = await import('jszip');
  return (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')?.async('string');
};

/** Every file a report directory holds; others (from an earlier layout set) are removed. */
function expectedFiles(id) {
  const hf = HEADER_FOOTER_PDF.includes(id.slice(0, 3));
  const texts = [
    'innertext',
    'clipboard',
    'one-line',
    'glued',
    'chromium-hf.layout',
    'chromium-hf.plain',
    'chromium.layout',
    'chromium.plain',
    'lo.layout',
    'lo.plain',
  ].map((t) => `${t}.txt`);
  return new Set(['source.html', 'truth.json', ...texts, hf ? 'chromium-hf.pdf' : 'chromium.pdf', 'lo.docx', 'lo.pdf']);
}

const browser = args['sources-only'] ? null : await openBrowser();
try {
  for (const { spec, html, truth } of sources) {
    const t0 = Date.now();
    const dir = join(OUT, spec.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'source.html'), html);
    writeFileSync(join(dir, 'truth.json'), JSON.stringify({ spec, cells: truth }, null, 1) + '\n');
    if (!browser) continue;
    const wanted = expectedFiles(spec.id);
    for (const f of readdirSync(dir)) if (!wanted.has(f)) rmSync(join(dir, f));
    // A fixed directory and file name, so the URL Chromium prints in its footer does not depend on the run.
    const work = join(tmpdir(), 'zfxxgk-gauntlet', spec.id);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    try {
      const page = join(work, `${spec.id}.html`);
      writeFileSync(page, html);
      const put = (name, text) => putText(join(dir, name), text);

      await writeBrowserTexts(browser, page, put);

      for (const headerFooter of [true, false]) {
        const name = headerFooter ? 'chromium-hf' : 'chromium';
        let pdf = join(work, `${name}.pdf`);
        chromiumPdf(page, pdf, { headerFooter });
        if (wanted.has(`${name}.pdf`)) pdf = await keepOrReplace(join(dir, `${name}.pdf`), pdf, pdfPrint);
        writePdfTexts(pdf, name, put);
      }

      const docx = join(work, `${spec.id}.docx`);
      libreOffice(page, docx, 'docx');
      await keepOrReplace(join(dir, 'lo.docx'), docx, docxBody);
      const fresh = join(work, `${spec.id}.pdf`);
      libreOffice(docx, fresh, 'pdf');
      const loPdf = await keepOrReplace(join(dir, 'lo.pdf'), fresh, pdfPrint);
      writePdfTexts(loPdf, 'lo', put);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    console.log(`${spec.id}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser?.close();
}
