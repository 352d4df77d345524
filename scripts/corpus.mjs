// npm run corpus: runs every document of ../shared/corpus through the built package and writes
// docs/accuracy.md (per document and in total: cells right, blank right, flagged, wrong; template
// versions; diagnostics; verdict), plus metadata (title, agency, year, date, with the evidence each came
// from) on every full document, on the report beginnings and on generated documents, and the
// converter gauntlet's section (scripts/gauntlet/, committed documents of test/gauntlet/).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createReport,
  listCells,
  parseReport,
  renderReport,
  validateReport,
  rules,
  table2Addresses,
  table3Addresses,
  table4Addresses,
} from '../dist/index.js';
import { META_FIELDS, metaCell, score } from './corpus-lib.mjs';
import { GAUNTLET_DIR, gauntletMarkdown, loadDistApi, runGauntlet } from './gauntlet/score-lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
if (!existsSync(corpus)) {
  console.error(`corpus not found at ${corpus}`);
  process.exit(1);
}

async function parseDocument(e) {
  const path = resolve(corpus, e.file);
  if (e.format === 'docx') {
    const { parseDocx } = await import('../dist/docx.js');
    return parseDocx(readFileSync(path));
  }
  if (e.format === 'pdf') {
    try {
      const { parsePdf } = await import('../dist/pdf.js');
      return await parsePdf(new Uint8Array(readFileSync(path)));
    } catch (err) {
      return { report: null, diagnostics: [], error: String(err.message ?? err) };
    }
  }
  return parseReport(readFileSync(path, 'utf8'), { format: e.format === 'html' ? 'html' : 'auto' });
}

const expectedFiles = readdirSync(corpus)
  .filter((f) => f.endsWith('.expected.json') && f !== 'beginnings.expected.json')
  .sort()
  .map((f) => JSON.parse(readFileSync(join(corpus, f), 'utf8')));

const rows = [];
const warningRows = [];
const fullMetaRows = [];
const verdictRows = [];
let fullMetaRight = 0;
let fullMetaTotal = 0;
const total = { right: 0, blankRight: 0, flagged: 0, wrong: 0, expected: 0 };
const tableRules = new Set(rules.filter((r) => r.kind === 'table').map((r) => r.id));
for (const e of expectedFiles) {
  const t0 = performance.now();
  const r = await parseDocument(e);
  const ms = performance.now() - t0;
  if (e.rejected) {
    const refused = r.report === null && r.diagnostics.some((d) => d.code === 'pre-2019-template');
    rows.push(`| ${e.id} | ${e.format} | pre-2019 | ${refused ? 'refused ✓' : '**not refused**'} | | | | | | ${ms.toFixed(1)} |`);
    continue;
  }
  if (!r.report) {
    rows.push(`| ${e.id} | ${e.format} | – | ${r.error ? `not read: ${r.error}` : 'no report'} | | | | | | ${ms.toFixed(1)} |`);
    total.flagged += Object.keys(e.cells ?? {}).length;
    total.expected += Object.keys(e.cells ?? {}).length;
    continue;
  }
  const s = score(listCells(r.report), e);
  for (const k of ['right', 'blankRight', 'flagged', 'expected']) total[k] += s[k];
  const m = r.report.meta;
  const metaCells = META_FIELDS.map((f) => {
    const want = f === 'publishDate' ? undefined : (e.meta?.[f] ?? null);
    if (want !== undefined) {
      fullMetaTotal++;
      if ((m[f] ?? null) === want) fullMetaRight++;
    }
    return metaCell(m, f, want);
  });
  fullMetaRows.push(`| ${e.id} | ${metaCells.join(' | ')} |`);
  const verdict = validateReport(r.report, { diagnostics: r.diagnostics });
  verdictRows.push(
    `| ${e.id} | ${verdict.status} | ${['t2', 't3', 't4']
      .map((t) => {
        const c = verdict.coverage[t];
        return `${c.status} ${c.read}/${c.blank}/${c.missing}/${c.ambiguous}`;
      })
      .join(' | ')} |`,
  );
  total.wrong += s.wrong.length;
  const v = r.report.templateVersions;
  const versions = `${v.table2}/${v.table3}${e.templateVersion && (e.templateVersion.table2 !== v.table2 || e.templateVersion.table3 !== v.table3) ? ' ≠ expected' : ''}`;
  const sev = (x) => r.diagnostics.filter((d) => d.severity === x).length;
  const failing = [
    ...new Set(
      validateReport(r.report)
        .checks.filter((c) => c.status === 'fail' && tableRules.has(c.rule))
        .map((c) => c.rule),
    ),
  ];
  const srcErr = [...new Set((e.sourceErrors ?? []).map((x) => x.rule))];
  const found =
    srcErr.length === 0
      ? failing.length === 0
        ? '–'
        : `unexpected: ${failing.join(', ')}`
      : srcErr.every((x) => failing.includes(x))
        ? `${srcErr.join(', ')} found`
        : `**missed** ${srcErr.join(', ')}`;
  rows.push(
    `| ${e.id} | ${e.format} | ${versions} | ${s.right} | ${s.blankRight} | ${s.flagged} | ${s.wrong.length} | ${sev('error')}/${sev('warning')}/${sev('info')} | ${found} | ${ms.toFixed(1)} |`,
  );
  const warnings = new Map();
  for (const d of r.diagnostics) if (d.severity !== 'info') warnings.set(d.code, (warnings.get(d.code) ?? 0) + 1);
  if (warnings.size > 0) warningRows.push(`| ${e.id} | ${[...warnings].map(([c, n]) => `\`${c}\` ×${n}`).join(', ')} |`);
}

// Beginnings: metadata detection.
const beginnings = JSON.parse(readFileSync(join(corpus, 'beginnings.expected.json'), 'utf8')).files;
const metaRows = [];
let metaRight = 0;
let metaTotal = 0;
for (const [file, e] of Object.entries(beginnings)) {
  const r = parseReport(readFileSync(join(corpus, file), 'utf8'));
  const m = r.report?.meta ?? { title: null, agency: null, year: null };
  const cmp = (k) => {
    metaTotal++;
    if ((m[k] ?? null) === (e.meta[k] ?? null)) metaRight++;
    return metaCell(m, k, e.meta[k] ?? null);
  };
  metaRows.push(
    `| ${e.id} | ${r.report ? 'report' : 'refused'} | ${cmp('title')} | ${cmp('agency')} | ${cmp('year')} | ${metaCell(m, 'publishDate', undefined)} |`,
  );
}

// Generated documents: our renderer's output with a known title, agency, year and signature date,
// in each output format, parsed back.
const generatedRows = [];
let genRight = 0;
let genTotal = 0;
const GENERATED = [
  { agency: '示例县人民政府', year: 2023, date: '2024-01-20', version: '2021' },
  { agency: '示例市交通运输局', year: 2021, date: '2022-01-28', version: '2021' },
  { agency: '示例自治州生态环境局', year: 2020, date: '2021-01-15', version: '2019' },
  { agency: '示例区某某街道办事处', year: 2024, date: '2025-01-10', version: '2021' },
];
for (const g of GENERATED) {
  const title = `${g.agency}${g.year}年政府信息公开工作年度报告`;
  const report = createReport({
    versions: { table2: g.version, table3: g.version },
    cells: Object.fromEntries(
      [...table2Addresses(g.version), ...table3Addresses(g.version), ...table4Addresses()].map((a, i) => [a, i % 3]),
    ),
    meta: { title, agency: g.agency, year: g.year },
  });
  const [y, mo, d] = g.date.split('-').map(Number);
  const signature = `${g.agency}\n${y}年${mo}月${d}日`;
  for (const to of ['text', 'markdown', 'html']) {
    const rendered = renderReport(report, { to });
    const doc =
      to === 'html' ? rendered.replace('</body>', `<p>${signature.replace('\n', '</p><p>')}</p></body>`) : `${rendered}\n\n${signature}\n`;
    const r = parseReport(doc, { format: to });
    const m = r.report?.meta ?? {};
    const want = { title, agency: g.agency, year: g.year, publishDate: g.date };
    const cells = META_FIELDS.map((f) => {
      genTotal++;
      if ((m[f] ?? null) === want[f]) genRight++;
      return metaCell(m, f, want[f]);
    });
    generatedRows.push(`| ${g.agency} ${g.year} | ${to} | ${cells.join(' | ')} |`);
  }
}

const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
const md = [
  '# Accuracy on the shared corpus',
  '',
  '<!-- Generated by `npm run corpus` (needs `npm run build` and ../shared/corpus). Do not edit by hand. -->',
  '',
  `Cells of real published reports read back against their expected files: **${total.right + total.blankRight} of ${total.expected}** expected cells right (${pct(total.right + total.blankRight, total.expected)}), **${total.flagged}** flagged (missing or ambiguous: never stated), **${total.wrong}** wrong.`,
  'A cell is *right* when the stated number (or blank) equals the expected one, *flagged* when the parser says it could not read it, and *wrong* when it states something else. Unrecoverable cells stating a number would count as wrong.',
  '',
  '| document | format | t2/t3 | right | blank right | flagged | wrong | diagnostics e/w/i | source errors (validation) | ms |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows,
  `| **total** | | | **${total.right}** | **${total.blankRight}** | **${total.flagged}** | **${total.wrong}** | | | |`,
  '',
  '## Warnings per document',
  '',
  'What each document needed: repairs of extraction damage that state a cell (`row-label-floating`, `value-floating`, `value-displaced`, `groups-from-text`) are warnings, so every cell stated that way is visible here and in the diagnostics; the counts above include them. The codes are explained in [diagnostics.md](diagnostics.md).',
  '',
  '| document | warnings and errors |',
  '|---|---|',
  ...warningRows,
  '',
  '## Verdict and coverage',
  '',
  'The verdict of `validateReport` (with the parse diagnostics) and, per table, what became of it with the cells read / blank / missing / ambiguous. `incomplete`: a table the report omits or we could not read (see the README).',
  '',
  '| document | verdict | t2 | t3 | t4 |',
  '|---|---|---|---|---|',
  ...verdictRows,
  '',
  '## Metadata of the full documents',
  '',
  `Title, agency and year as the expected file gives them: ${fullMetaRight} of ${fullMetaTotal}. Each value is followed by the evidence it came from (\`meta.sources\`: page-header, html-head, title-line, report-sentence, period, signature, body, contact). The expected files give no publication date: the date column shows what was read and from where.`,
  '',
  '| document | title | agency | year | date |',
  '|---|---|---|---|---|',
  ...fullMetaRows,
  '',
  '## Metadata on report beginnings',
  '',
  `Title, agency and year detected as the expected file gives them: ${metaRight} of ${metaTotal}.`,
  '',
  '| document | result | title | agency | year | date |',
  '|---|---|---|---|---|---|',
  ...metaRows,
  '',
  '## Metadata of generated documents',
  '',
  `Reports built with \`createReport\`, rendered by \`renderReport\` (title line) with a signature block (agency, date) appended, parsed back: ${genRight} of ${genTotal} fields right.`,
  '',
  '| report | format | title | agency | year | date |',
  '|---|---|---|---|---|---|',
  ...generatedRows,
  '',
  // The converter gauntlet (our own documents through the real tools): also `npm run gauntlet`.
  gauntletMarkdown(await runGauntlet(GAUNTLET_DIR, await loadDistApi())),
];
// The OCR section is measured apart (scripts/ocr-accuracy.mjs, minutes of OCR) and kept in its own file.
const ocrSection = join(root, 'docs', 'accuracy-ocr.md');
if (existsSync(ocrSection)) md.push(readFileSync(ocrSection, 'utf8').trimEnd(), '');
writeFileSync(join(root, 'docs', 'accuracy.md'), md.join('\n'));
console.log(md.slice(4, 6).join('\n'));
