// npm run gauntlet:probe — reports the reader was not tuned on (scripts/gauntlet/probe-sources.ts:
// other value distributions, header splits, label variants, number formats, blank tokens, page
// structures), pushed through the same tools as the gauntlet and scored the same way.
// Writes into scratch/gauntlet-probe/seed-<N>/ (gitignored) and prints right / flagged / silent per
// layout and every silent wrong cell.
//   --seed N        base seed of the set (default 1); another seed makes other combinations
//   --count K       number of reports (default 12)
//   --score-only    score the documents already written (no tools)
//   --sources-only  write pages and truth only (score the html layout)
//   --layout a,b    score some layouts only
//   --details       flagged and wrong counts per document too
// Needs `npm run build` and the Debian tools of scripts/install-tools.sh.
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPdf, libreOffice, openBrowser, writeBrowserTexts, writePdfTexts } from './convert.mjs';
import { importTs, ROOT } from './load-ts.mjs';
import { gauntletTable, LAYOUTS, loadDistApi, runGauntlet } from './score-lib.mjs';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '12' },
    'score-only': { type: 'boolean' },
    'sources-only': { type: 'boolean' },
    layout: { type: 'string' },
    details: { type: 'boolean' },
    only: { type: 'string' },
  },
});
const seed = Number(args.seed);
const OUT = join(ROOT, 'scratch', 'gauntlet-probe', `seed-${seed}`);
const only = args.only ? new Set(args.only.split(',')) : null;

if (!args['score-only']) {
  const { probeSpecs, generateProbe } = await importTs('scripts/gauntlet/probe-sources.ts');
  const sources = probeSpecs(seed, Number(args.count))
    .filter((s) => !only || only.has(s.id.slice(0, 3)))
    .map(generateProbe);
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
      // (one folder per seed: two seeds generated at once share report ids, and a shared folder let one
      // seed's converted files overwrite the other's)
      const work = join(tmpdir(), 'zfxxgk-probe', `seed-${seed}`, spec.id);
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
      try {
        const page = join(work, `${spec.id}.html`);
        writeFileSync(page, html);
        const put = (name, text) => writeFileSync(join(dir, name), text);
        await writeBrowserTexts(browser, page, put);
        for (const headerFooter of [true, false]) {
          const name = headerFooter ? 'chromium-hf' : 'chromium';
          const pdf = join(dir, `${name}.pdf`);
          chromiumPdf(page, pdf, { headerFooter });
          writePdfTexts(pdf, name, put);
        }
        const docx = join(dir, 'lo.docx');
        libreOffice(page, docx, 'docx');
        const pdf = join(dir, 'lo.pdf');
        libreOffice(docx, pdf, 'pdf');
        writePdfTexts(pdf, 'lo', put);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
      console.log(`${spec.id}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser?.close();
  }
}

if (!existsSync(OUT)) throw new Error(`nothing to score in ${OUT}`);
const api = await loadDistApi();
// Every probe report has both Chromium prints: no per-report limits.
const all = LAYOUTS.map(({ reports: _reports, ...l }) => l);
const layouts = args.layout ? all.filter((l) => args.layout.split(',').includes(l.id)) : all;
const perDocument = [];
const rows = await runGauntlet(OUT, api, { layouts, onDocument: (d) => perDocument.push(d) });
console.log(gauntletTable(rows, { minimumRightPercent: {}, knownSilentWrong: [] }));
const fmt = (v) => (v === null ? 'blank' : String(v));
for (const d of perDocument) {
  const s = d.score;
  const silent = s.wrong.filter((w) => !w.caught);
  if (silent.length === 0 && !args.details) continue;
  if (args.details || silent.length > 0)
    console.log(`\n${d.layout} ${d.report}: right ${s.right}, flagged ${s.flagged}, wrong ${s.wrong.length}, silent ${silent.length}`);
  for (const w of args.details ? s.wrong : silent)
    console.log(
      `  ${w.caught ? 'shown ' : 'SILENT'} ${w.address}: got ${fmt(w.got)} (raw ${JSON.stringify(w.raw)}), truth ${fmt(w.expected)}`,
    );
}
writeFileSync(
  join(OUT, 'summary.json'),
  JSON.stringify(
    rows.map((r) => ({ layout: r.layout.id, cells: r.cells, right: r.right, flagged: r.flagged, shown: r.caught, silent: r.silent })),
    null,
    1,
  ) + '\n',
);
