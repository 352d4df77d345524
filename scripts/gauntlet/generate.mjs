// npm run gauntlet:generate — writes the gauntlet's documents into test/gauntlet/<report>/:
// the source page and its truth (every cell), then each real tool's output (see layouts.mjs).
// Needs `npm run build` (the generator reuses the package's renderer) and the Debian tools of
// scripts/install-tools.sh. `--only r03,r07` regenerates some reports; `--sources-only` skips the tools.
import { existsSync, mkdirSync, rmSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPdf, glued, libreOffice, oneLine, openBrowser, pdfToText } from './convert.mjs';
import { HEADER_FOOTER_PDF } from './layouts.mjs';
import { importTs, ROOT } from './load-ts.mjs';

const { values: args } = parseArgs({ options: { only: { type: 'string' }, 'sources-only': { type: 'boolean' } } });
const only = args.only ? new Set(args.only.split(',')) : null;
const OUT = join(ROOT, 'test', 'gauntlet');

const { generateSources } = await importTs('scripts/gauntlet/sources.ts');
const sources = generateSources().filter((s) => !only || only.has(s.spec.id.slice(0, 3)) || only.has(s.spec.id));
if (!only && existsSync(OUT)) for (const d of readdirSync(OUT)) if (/^r\d\d-/.test(d)) rmSync(join(OUT, d), { recursive: true, force: true });

const browser = args['sources-only'] ? null : await openBrowser();
try {
  for (const { spec, html, truth } of sources) {
    const t0 = Date.now();
    const dir = join(OUT, spec.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'source.html'), html);
    writeFileSync(join(dir, 'truth.json'), JSON.stringify({ spec, cells: truth }, null, 1) + '\n');
    if (!browser) continue;
    // A fixed directory and file name, so the URL Chromium prints in its footer does not depend on the run.
    const work = join(tmpdir(), 'zfxxgk-gauntlet', spec.id);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    try {
      const page = join(work, `${spec.id}.html`);
      writeFileSync(page, html);
      const put = (name, text) => writeFileSync(join(dir, name), text);

      const { innerText, clipboard } = await browser.texts(page);
      put('innertext.txt', innerText);
      put('clipboard.txt', clipboard);
      put('one-line.txt', oneLine(innerText) + '\n');
      put('glued.txt', glued(innerText) + '\n');

      for (const headerFooter of [true, false]) {
        const name = headerFooter ? 'chromium-hf' : 'chromium';
        const pdf = join(work, `${name}.pdf`);
        chromiumPdf(page, pdf, { headerFooter });
        put(`${name}.layout.txt`, pdfToText(pdf, { layout: true }));
        put(`${name}.plain.txt`, pdfToText(pdf, { layout: false }));
        if (headerFooter === HEADER_FOOTER_PDF.includes(spec.id.slice(0, 3))) copyFileSync(pdf, join(dir, `${name}.pdf`));
      }

      const docx = join(work, `${spec.id}.docx`);
      libreOffice(page, docx, 'docx');
      copyFileSync(docx, join(dir, 'lo.docx'));
      const loPdf = join(work, `${spec.id}.pdf`);
      libreOffice(docx, loPdf, 'pdf');
      copyFileSync(loPdf, join(dir, 'lo.pdf'));
      put('lo.layout.txt', pdfToText(loPdf, { layout: true }));
      put('lo.plain.txt', pdfToText(loPdf, { layout: false }));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    console.log(`${spec.id}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser?.close();
}
