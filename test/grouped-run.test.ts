/**
 * Two cells printed as one word (plain pdftotext joins the text of two cells Chromium prints with
 * no gap between them): a word of thousands-grouped numbers that is no number (`3,02415,942`) is a
 * glued run (`src/tables/tokens.ts`), cut where its separators and the row sum allow. Our own
 * reports (test/helpers/fixtures.ts) printed as `pdftotext -layout` text
 * (test/helpers/layout-text.ts), with two cells of one row joined.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, validateReport, type Report } from '../src/index.js';
import { consistentReport, VERSIONS } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

/** The numbers of the table-三 line whose label ends with `label`, rewritten by `rewrite`. */
function rewriteRow(text: string, label: RegExp, rewrite: (numbers: string[]) => string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到'));
  const at = lines.findIndex((l, i) => i > start && label.test(l) && /\d\s*$/.test(l));
  expect(at).toBeGreaterThan(start);
  const line = lines[at] as string;
  const m = /^(.*?[^\d\s,]\S*)\s+([\d,\s]+)$/.exec(line);
  expect(m).not.toBeNull();
  const numbers = (m?.[2] as string).trim().split(/\s+/);
  expect(numbers).toHaveLength(7);
  lines[at] = `${m?.[1] as string}  ${rewrite(numbers)}`;
  return lines.join('\n');
}

const grouped = (n: string): string => Number(n).toLocaleString('en-US');

function t3Row(truth: Report, text: string, row: string): { want: (number | null)[]; got: { status: string; value: number | null }[] } {
  const { report } = parseReport(text, { format: 'text' });
  const pick = (r: Report): ReturnType<typeof listCells> => listCells(r).filter((c) => c.address.startsWith(`t3.${row}.`));
  return {
    want: pick(truth).map((c) => c.value),
    got: pick(report as Report).map((c) => ({ status: c.status, value: c.value })),
  };
}

describe('joined cells (plain pdftotext)', () => {
  for (const v of VERSIONS) {
    it(`${v}: a word of two thousands-grouped numbers (3,02415,942) is cut where its separators say`, () => {
      const truth = consistentReport(3, v, { scale: 5000 });
      const text = rewriteRow(renderLayoutText(truth, { wrap: 'none' }), /总计/, (n) => {
        const g = n.map(grouped);
        // the last two cells joined: both grouped, so the cut is fixed by the separators
        return [...g.slice(0, 5), `${g[5] as string}${g[6] as string}`].join('  ');
      });
      expect(text).toMatch(/\d,\d{3}\d{1,3},\d{3}/);
      const { want, got } = t3Row(truth, text, 'results.total');
      expect(got.map((c) => c.status)).toEqual(want.map(() => 'value'));
      expect(got.map((c) => c.value)).toEqual(want);
    });
  }

  it('a row that lost a cell (no word joined) is not cut: nothing stated wrong silently', () => {
    const truth = consistentReport(5, '2021', { scale: 5000 });
    // one applicant cell lost from the row (not joined): every number is at most the total
    const text = rewriteRow(renderLayoutText(truth, { wrap: 'none' }), /总计/, (n) => [...n.slice(0, 2), ...n.slice(3)].join('  '));
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    const failing = validateReport(report as Report).checks.filter((c) => c.status === 'fail');
    const want = new Map(listCells(truth).map((c) => [c.address, c.value]));
    for (const c of listCells(report as Report).filter((x) => x.address.startsWith('t3.results.total.'))) {
      if (c.status !== 'value' || c.value === want.get(c.address)) continue;
      const shown =
        failing.some((k) => k.addresses.includes(c.address)) ||
        diagnostics.some((d) => d.severity !== 'info' && (d.addresses ?? []).includes(c.address));
      expect(shown, c.address).toBe(true);
    }
    expect(diagnostics.some((d) => d.code === 'digit-run-split')).toBe(false);
  });
});
