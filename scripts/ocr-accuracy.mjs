/**
 * OCR accuracy on generated scans (see scripts/ocr-scans.mjs): OCR every page image with
 * `zfxxgk-report/ocr` (built: `npm run build`), parse the boxes with `parseOcr`, validate, and
 * score every cell against the truth: right, flagged (wrong or unread but visibly so: the cell is
 * ambiguous or missing, or a failing check or a diagnostic names it), silent wrong (a stated
 * value or blank that differs from the truth and nothing names it). The boxes are cached next to
 * the images, so re-scoring (e.g. another threshold) costs no OCR.
 *
 *   node scripts/ocr-accuracy.mjs SCAN_DIR [SCAN_DIR…] [--threads=1] [--min-confidence=0.9] [--details] [--json]
 *
 * With several directories (sets of scans), each set's totals are printed, then all together.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCells, parseOcr, validateReport } from '../dist/index.js';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs.push('/tmp/ocr-scans');
const opt = (name, d) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : d;
};
const threads = opt('threads', 1);
const details = args.includes('--details');
const minConfidence = opt('min-confidence', undefined);

let engine = null;
const timings = [];
let peakRss = 0;
async function boxesOf(image) {
  const cache = `${image}.boxes.json`;
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  if (!engine) {
    const { createOcr } = await import('../dist/ocr.js');
    engine = await createOcr({ threads });
  }
  const t0 = performance.now();
  const page = await engine.ocrImage(readFileSync(image));
  const ms = performance.now() - t0;
  timings.push(ms);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  writeFileSync(cache, JSON.stringify({ ...page, ms, skew: engine.lastSkew }));
  return { ...page, ms };
}

const totals = {};
const rows = [];
/** Totals per set (directory) and condition. */
const setTotals = new Map();
for (const dir of dirs) {
  const files = readdirSync(dir);
  const names = files
    .filter((f) => f.endsWith('.truth.json'))
    .map((f) => f.replace(/\.truth\.json$/, ''))
    .sort();
  for (const name of names) {
    const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')).cells;
    for (const cond of ['clean', 'degraded']) {
      const images = files
        .filter((f) => f.startsWith(`${name}-${cond}-p`) && /\.(png|jpg)$/.test(f))
        .sort((a, b) => Number(a.match(/-p(\d+)/)[1]) - Number(b.match(/-p(\d+)/)[1]));
      if (images.length === 0) continue;
      const pages = [];
      for (const f of images) pages.push(await boxesOf(join(dir, f)));
      const result = parseOcr(pages, minConfidence !== undefined ? { minConfidence } : {});
      const score = { right: 0, flagged: 0, silent: 0, cells: 0, wrong: [], flaggedList: [] };
      if (result.report) {
        const validation = validateReport(result.report);
        const named = new Set();
        for (const i of validation.issues) if (i.status === 'fail') for (const a of i.addresses) named.add(a);
        for (const d of result.diagnostics) for (const a of d.addresses ?? []) named.add(a);
        const byAddress = new Map(listCells(result.report).map((c) => [c.address, c]));
        for (const [address, want] of Object.entries(truth)) {
          score.cells++;
          const c = byAddress.get(address);
          const right = c && ((want === null && c.status === 'blank') || (want !== null && c.status === 'value' && c.value === want));
          if (right) score.right++;
          else if (!c || c.status === 'ambiguous' || c.status === 'missing' || named.has(address)) {
            score.flagged++;
            if (details) {
              const why = result.diagnostics.filter((d) => d.addresses?.includes(address)).map((d) => d.code);
              const stated = !c
                ? 'absent'
                : c.status === 'value'
                  ? c.value
                  : c.status === 'ambiguous'
                    ? `ambiguous ${JSON.stringify(c.candidates)}`
                    : c.status;
              score.flaggedList.push(`${address}: ${stated} (truth ${want}, raw ${JSON.stringify(c?.raw ?? '')}) ${why.join(' ')}`);
            }
          } else {
            score.silent++;
            score.wrong.push(
              `${address}: ${c.status === 'value' ? c.value : c.status} (truth ${want}, raw ${JSON.stringify(c.raw ?? '')})`,
            );
          }
        }
      } else score.cells = Object.keys(truth).length;
      if (!setTotals.has(dir)) setTotals.set(dir, {});
      const perSet = setTotals.get(dir);
      for (const t of [
        (totals[cond] ??= { right: 0, flagged: 0, silent: 0, cells: 0, pages: 0 }),
        (perSet[cond] ??= { right: 0, flagged: 0, silent: 0, cells: 0, pages: 0 }),
      ]) {
        for (const k of ['right', 'flagged', 'silent', 'cells']) t[k] += score[k];
        t.pages += pages.length;
      }
      rows.push({
        name,
        cond,
        pages: pages.length,
        ...score,
        notRight: score.cells - score.right,
        codes: [...new Set(result.diagnostics.map((d) => d.code))].join(' '),
      });
    }
  }
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '–');
for (const r of rows) {
  console.log(
    `${r.name} ${r.cond}: ${r.right}/${r.cells} right (${pct(r.right, r.cells)}%), ${r.flagged} flagged, ${r.silent} silent wrong  [${r.codes}]`,
  );
  for (const w of r.wrong) console.log(`    silent: ${w}`);
  for (const f of r.flaggedList) console.log(`    flagged: ${f}`);
}
const line = (label, cond, t) =>
  console.log(
    `${label} ${cond}: ${t.right}/${t.cells} right (${pct(t.right, t.cells)}%), ${t.flagged} flagged (${pct(t.flagged, t.cells)}%), ${t.silent} silent wrong, ${t.pages} pages`,
  );
if (dirs.length > 1) for (const [dir, perSet] of setTotals) for (const [cond, t] of Object.entries(perSet)) line(`SET ${dir}`, cond, t);
for (const [cond, t] of Object.entries(totals)) line('TOTAL', cond, t);
if (timings.length > 0) {
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(
    `OCR: ${timings.length} pages, median ${(sorted[sorted.length >> 1] / 1000).toFixed(1)} s/page, peak RSS ${Math.round(peakRss / 1e6)} MB, threads ${threads}`,
  );
}
if (args.includes('--json')) console.log(JSON.stringify({ rows, totals }));
