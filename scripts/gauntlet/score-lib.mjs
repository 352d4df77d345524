// Scoring the gauntlet: every committed document of test/gauntlet/ read by the package and compared
// cell by cell with its truth. Shared by the CI test (test/gauntlet.test.ts, reading src/) and
// `npm run gauntlet` / `npm run corpus` (reading dist/), so all count the same way.
//
// A cell is *right* when the stated value (or blank) equals the truth; *flagged* when the reader
// says it could not read it (missing, ambiguous, or the table/report not found); *wrong* when it
// states something else. A wrong cell is *caught* when a validation rule of severity error or
// warning fails on it (`validateReport`: a failing issue whose addresses include it; an info rule
// alone does not show it: the CLI reports no error or warning then) or a diagnostic of severity
// warning or error names it (see `namesCell`). Every other wrong cell is *silent wrong*: the
// promise is that there are none.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LAYOUTS } from './layouts.mjs';

export { LAYOUTS };

/** Where the committed documents are. */
export const GAUNTLET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'gauntlet');

/**
 * The CI baseline (test/gauntlet/baseline.json): `minimumRightPercent` per layout (a ratchet at the
 * level achieved, never lowered) and `knownSilentWrong`, the silent wrong cells of the reader when
 * the gauntlet was introduced (`layout report address`), which the reader work of issue 12 removes;
 * any other silent wrong cell fails CI.
 */
export function readBaseline(dir = GAUNTLET_DIR) {
  const file = join(dir, 'baseline.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { minimumRightPercent: {}, knownSilentWrong: [] };
}

/** The built package's readers (dist/: run `npm run build` first). */
export async function loadDistApi() {
  const dist = join(GAUNTLET_DIR, '..', '..', 'dist');
  const index = await import(pathToFileURL(join(dist, 'index.js')).href);
  const { parsePdf } = await import(pathToFileURL(join(dist, 'pdf.js')).href);
  const { parseDocx } = await import(pathToFileURL(join(dist, 'docx.js')).href);
  return { parseReport: index.parseReport, listCells: index.listCells, validateReport: index.validateReport, parsePdf, parseDocx };
}

/** The key of a silent wrong cell in the baseline. */
export function silentKey(layoutId, w) {
  return `${layoutId} ${w.report} ${w.address}`;
}

/** The committed reports (directories of test/gauntlet/ with a truth.json), sorted. */
export function gauntletReports(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'truth.json')))
    .sort()
    .map((id) => ({ id, dir: join(dir, id), truth: JSON.parse(readFileSync(join(dir, id, 'truth.json'), 'utf8')).cells }));
}

/** Reads one document with the package's readers (injected: src in tests, dist in scripts). */
export async function readDocument(file, reader, readers) {
  try {
    if (reader === 'pdf') return await readers.parsePdf(new Uint8Array(readFileSync(file)));
    if (reader === 'docx') return await readers.parseDocx(readFileSync(file));
    return readers.parseReport(readFileSync(file, 'utf8'), { format: reader === 'html' ? 'html' : 'text' });
  } catch (err) {
    return { report: null, diagnostics: [], error: String(err?.message ?? err) };
  }
}

/**
 * Whether a diagnostic names a cell: its `addresses` include it (a diagnostic that lists addresses
 * names only those: `cells-missing` on a row does not vouch for the row's stated cells), or, without
 * a list, its path is the cell, the cell's row, or `t4` (table 四's groups share one printed row).
 */
export function namesCell(d, address) {
  if (d.addresses && d.addresses.length > 0) return d.addresses.includes(address);
  if (d.path === undefined) return false;
  if (d.path === address || d.path === address.slice(0, address.lastIndexOf('.'))) return true;
  return d.path === 't4' && address.startsWith('t4.');
}

/**
 * Scores one parse against the truth. Returns counts and the wrong cells (each with `caught`: the
 * rule or diagnostic code that shows it, or null when it is silent).
 */
export function scoreParse(result, truth, { listCells, validateReport }) {
  const s = { cells: 0, right: 0, flagged: 0, flaggedByTable: { t2: 0, t3: 0, t4: 0 }, wrong: [] };
  const cells = result.report ? listCells(result.report) : [];
  const byAddress = new Map(cells.map((c) => [c.address, c]));
  const failing = result.report ? validateReport(result.report).issues.filter((i) => i.status === 'fail' && i.severity !== 'info') : [];
  const warnings = (result.diagnostics ?? []).filter((d) => d.severity === 'warning' || d.severity === 'error');
  for (const [address, want] of Object.entries(truth)) {
    s.cells++;
    const c = byAddress.get(address);
    if (!c || c.status === 'missing' || c.status === 'ambiguous') {
      s.flagged++;
      s.flaggedByTable[address.slice(0, 2)]++;
      continue;
    }
    if (c.status === 'blank' ? want === null : want !== null && c.value !== null && Math.abs(c.value - want) < 1e-9) {
      s.right++;
      continue;
    }
    const rule = failing.find((k) => k.addresses.includes(address));
    const diag = warnings.find((d) => namesCell(d, address));
    s.wrong.push({
      address,
      got: c.status === 'blank' ? null : c.value,
      raw: c.raw ?? null,
      expected: want,
      caught: rule ? rule.rule : diag ? diag.code : null,
    });
  }
  return s;
}

/**
 * Runs the whole gauntlet: every layout over every report it applies to.
 * @returns per layout: { layout, documents, cells, right, flagged, wrong, silent: [...], caught }
 */
export async function runGauntlet(dir, api, { layouts = LAYOUTS, onDocument } = {}) {
  const reports = gauntletReports(dir);
  const out = [];
  for (const layout of layouts) {
    const row = {
      layout,
      documents: 0,
      cells: 0,
      right: 0,
      flagged: 0,
      flaggedByTable: { t2: 0, t3: 0, t4: 0 },
      wrong: 0,
      caught: 0,
      silent: [],
      unread: [],
    };
    for (const r of reports) {
      if (layout.reports && !layout.reports(r.id)) continue;
      const file = join(r.dir, layout.file);
      if (!existsSync(file)) continue;
      const t0 = performance.now();
      const result = await readDocument(file, layout.reader, api);
      const s = scoreParse(result, r.truth, api);
      row.documents++;
      row.cells += s.cells;
      row.right += s.right;
      row.flagged += s.flagged;
      for (const t of ['t2', 't3', 't4']) row.flaggedByTable[t] += s.flaggedByTable[t];
      row.wrong += s.wrong.length;
      row.caught += s.wrong.filter((w) => w.caught).length;
      for (const w of s.wrong) if (!w.caught) row.silent.push({ report: r.id, ...w });
      if (!result.report) row.unread.push(r.id);
      onDocument?.({ layout: layout.id, report: r.id, score: s, result, ms: performance.now() - t0 });
    }
    out.push(row);
  }
  return out;
}

/** Right cells as a percentage (one decimal, rounded down so a ratchet at it holds). */
export function rightPercent(row) {
  return row.cells === 0 ? 0 : Math.floor((1000 * row.right) / row.cells) / 10;
}

/** The Markdown section of docs/accuracy.md. */
export function gauntletMarkdown(rows, baseline = readBaseline()) {
  const total = rows.reduce(
    (t, r) => ({
      cells: t.cells + r.cells,
      right: t.right + r.right,
      flagged: t.flagged + r.flagged,
      silent: t.silent + r.silent.length,
      caught: t.caught + r.caught,
    }),
    { cells: 0, right: 0, flagged: 0, silent: 0, caught: 0 },
  );
  const lines = [
    '## Converter gauntlet',
    '',
    '<!-- Generated by `npm run gauntlet` (and `npm run corpus`) from the committed documents of test/gauntlet/. Do not edit by hand. -->',
    '',
    `Reports of our own (random consistent values, both template versions, the HTML styles real sites use) pushed through the real tools (see [gauntlet.md](gauntlet.md)) and read back: **${total.right} of ${total.cells}** cells right (${((100 * total.right) / Math.max(1, total.cells)).toFixed(1)}%), **${total.flagged}** flagged, **${total.caught}** wrong but shown by a failing rule or a warning, **${total.silent}** silent wrong.`,
    '',
    '| layout | tool | documents | cells | right | flagged (表二/三/四) | wrong, shown | **silent wrong** | right % | CI minimum | target (issue 12) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.layout.id} | ${r.layout.tool} | ${r.documents}${r.unread.length ? ` (${r.unread.length} unread)` : ''} | ${r.cells} | ${r.right} | ${r.flagged} (${r.flaggedByTable.t2}/${r.flaggedByTable.t3}/${r.flaggedByTable.t4}) | ${r.caught} | **${r.silent.length}** | ${rightPercent(r).toFixed(1)}% | ${baseline.minimumRightPercent[r.layout.id] ?? 0}% | ${r.layout.target === null ? '–' : `${r.layout.target}%`} |`,
    ),
    '',
    'A wrong cell is *shown* when a validation rule of severity error or warning fails on it (an informational rule alone does not show it) or a warning names it (its addresses include the cell; without addresses, its path is the cell, its row, or table 四); every other wrong cell is *silent*. CI (test/gauntlet.test.ts, test/gauntlet-binary.test.ts) fails on a silent wrong cell not listed in test/gauntlet/baseline.json and on a layout below its minimum.',
    '',
    ...flaggedList(rows),
    ...silentList(rows),
  ];
  return lines.join('\n');
}

/** What stays flagged, for the layouts that say (`flagged` in layouts.mjs). */
function flaggedList(rows) {
  const said = rows.filter((r) => r.layout.flagged);
  if (said.length === 0) return [];
  return ['### What stays flagged', '', ...said.map((r) => `- **${r.layout.id}** (${r.flagged} cells): ${r.layout.flagged}`), ''];
}

function silentList(rows) {
  const all = rows.flatMap((r) => r.silent.map((w) => ({ layout: r.layout.id, ...w })));
  if (all.length === 0) return [];
  const fmt = (v) => (v === null ? 'blank' : String(v));
  return [
    '### Silent wrong cells',
    '',
    '| layout | report | cell | stated | truth |',
    '|---|---|---|---|---|',
    ...all.map((w) => `| ${w.layout} | ${w.report} | \`${w.address}\` | ${fmt(w.got)} | ${fmt(w.expected)} |`),
    '',
  ];
}

/** A plain-text table for the terminal. */
export function gauntletTable(rows, baseline = readBaseline()) {
  const head = ['layout', 'docs', 'cells', 'right', 'flagged', 'shown', 'SILENT', 'right%', 'min', 'target'];
  const body = rows.map((r) =>
    [
      r.layout.id,
      r.documents,
      r.cells,
      r.right,
      r.flagged,
      r.caught,
      r.silent.length,
      rightPercent(r).toFixed(1),
      baseline.minimumRightPercent[r.layout.id] ?? 0,
      r.layout.target ?? '–',
    ].map(String),
  );
  const widths = head.map((h, i) => body.reduce((w, b) => Math.max(w, b[i].length), h.length));
  return [head, ...body].map((cols) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}
