/**
 * The right-hand columns of table 三's last rows printed after the last row label (plain pdftotext
 * of a Chromium print): each of those rows' label with its first two numbers, then the other
 * columns in bands of rows, blocks of columns left to right, one line per row of a band. Our own
 * text (test/helpers/fixtures.ts pipeReport) written so.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { pipeReport, T3_ROWS_WITH_NUMBERS } from './helpers/fixtures.js';
import { APPLICANTS } from './helpers/block-stream.js';

/** The values of the report below (consistent: row sums, results total, column balance). */
const ROWS: Record<string, string> = { ...T3_ROWS_WITH_NUMBERS };

/** The tail rows: the last five rows of the template. */
const TAIL = ['(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...Object.keys(ROWS).slice(4)];

/** Blocks of columns (0-based, from the third) per band of tail rows: `[rows in the band, column blocks]`. */
type Bands = readonly (readonly [number, readonly (readonly number[])[]])[];

/**
 * Table 三 as plain pdftotext writes a Chromium print: a row per line (label and numbers), the
 * tail rows with their first two numbers on a line after the label, and their other columns after
 * the last label, band by band, block by block, a line per row. `change` alters tail numbers
 * (row, column → value) as printed.
 */
function chromiumPlain(bands: Bands, change: ReadonlyMap<string, string> = new Map(), rows: Record<string, string> = ROWS): string {
  const lines = pipeReport(rows).split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到'));
  const end = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const out: string[] = [];
  const tail: string[][] = [];
  lines.forEach((l, i) => {
    if (i <= start || i >= end) {
      if (i === end) {
        let row = 0;
        for (const [h, blocks] of bands) {
          for (const block of blocks) {
            for (let r = row; r < row + h; r++) out.push(block.map((c) => change.get(`${r},${c}`) ?? (tail[r] as string[])[c]).join(' '));
            out.push('');
          }
          row += h;
        }
      }
      out.push(l);
      return;
    }
    if (i <= start + 3) {
      out.push(l.replace(/ \|$/, '').split(' | ').join(' '));
      return;
    }
    const cells = l.replace(/ \|$/, '').split(' | ');
    const labels = cells.filter((c) => !/^\d+$/.test(c));
    const numbers = cells.filter((c) => /^\d+$/.test(c));
    if (TAIL.some((t) => t.endsWith(labels[labels.length - 1] as string))) {
      out.push(labels.join(' '), numbers.slice(0, 2).join(' '));
      tail.push(numbers.slice(2));
      return;
    }
    out.push(`${labels.join(' ')} ${numbers.join(' ')}`);
  });
  return out.join('\n');
}

function read(text: string): { rows: Map<string, (number | string | null)[]>; codes: Map<string, string[]> } {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const codes = new Map<string, string[]>();
  for (const d of diagnostics) for (const a of d.addresses ?? []) codes.set(a, [...(codes.get(a) ?? []), d.code]);
  const cells = new Map(listCells(report!).map((c) => [c.address, c]));
  const rows = new Map<string, (number | string | null)[]>();
  for (const row of [
    'results.otherHandling.overdueCorrection',
    'results.otherHandling.unpaidFee',
    'results.otherHandling.other',
    'results.total',
    'carriedForward',
  ])
    rows.set(
      row,
      APPLICANTS.map((c) => {
        const cell = cells.get(`t3.${row}.${c}`);
        return cell?.status === 'value' ? cell.value : (cell?.status ?? null);
      }),
    );
  return { rows, codes };
}

/** Chromium's blocks in the gauntlet's prints: two rows one by one (columns 3, 4, 5, 6–7), then three rows together (3–4, 5, 6–7). */
const CHROMIUM_BANDS: Bands = [
  [1, [[0], [1], [2], [3, 4]]],
  [1, [[0], [1], [2], [3, 4]]],
  [3, [[0, 1], [2], [3, 4]]],
];

describe('column tail (plain pdftotext of a Chromium print)', () => {
  it('reads the last rows whose right-hand columns came after the last label, in bands and blocks', () => {
    const { rows, codes } = read(chromiumPlain(CHROMIUM_BANDS));
    expect(rows.get('results.otherHandling.overdueCorrection')).toEqual([0, 1, 0, 2, 0, 0, 3]);
    expect(rows.get('results.otherHandling.unpaidFee')).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(rows.get('results.otherHandling.other')).toEqual([0, 0, 1, 0, 0, 2, 3]);
    expect(rows.get('results.total')).toEqual([14, 5, 4, 4, 1, 3, 31]);
    expect(rows.get('carriedForward')).toEqual([1, 0, 2, 0, 0, 0, 3]);
    // Every cell of the tail rows is named by the repair's warning.
    expect(codes.get('t3.results.otherHandling.overdueCorrection.naturalPerson')).toContain('rows-tail-columns');
    expect(codes.get('t3.carriedForward.total')).toContain('rows-tail-columns');
  });

  it('reads a tail printed as one band of all five rows, a column at a time', () => {
    const { rows } = read(chromiumPlain([[5, [[0], [1], [2], [3], [4]]]]));
    expect(rows.get('results.total')).toEqual([14, 5, 4, 4, 1, 3, 31]);
    expect(rows.get('carriedForward')).toEqual([1, 0, 2, 0, 0, 0, 3]);
  });

  it('states nothing from a tail no reading of which keeps the arithmetic', () => {
    // The carried-forward row's total printed 4: no cut keeps its row sum.
    const { rows, codes } = read(chromiumPlain(CHROMIUM_BANDS, new Map([['4,4', '4']])));
    for (const [row, values] of rows) for (const v of values) expect(typeof v === 'number' ? `${row} stated` : 'flagged').toBe('flagged');
    expect([...codes.values()].flat()).not.toContain('rows-tail-columns');
  });

  it('never states a wrong cell over random reports and random bands (a cell is right or flagged)', () => {
    let seed = 24;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const row = (max: number): number[] => {
      const cells = Array.from({ length: 6 }, () => (rand(3) === 0 ? 0 : rand(max)));
      return [...cells, cells.reduce((a, b) => a + b, 0)];
    };
    const text = (v: readonly number[]): string => v.join(' | ');
    let stated = 0;
    for (let round = 0; round < 30; round++) {
      const granted = row(40);
      const tailRows = [row(9), row(9), row(9)];
      // Rows of the fixture the report keeps: (二) and (四)1 each 1 | 0 | … | 1.
      const fixed = [1, 0, 0, 0, 0, 0, 1].map((x) => 2 * x);
      const total = granted.map((g, c) => g + (fixed[c] as number) + tailRows.reduce((a, r) => a + (r[c] as number), 0));
      const carriedForward = row(5);
      const carriedOver = row(3);
      const received = total.map((t, c) => t + (carriedForward[c] as number) - (carriedOver[c] as number));
      if (received.some((x) => x < 0)) continue;
      const rows: Record<string, string> = {
        '一、本年新收政府信息公开申请数量': text(received),
        '二、上年结转政府信息公开申请数量': text(carriedOver),
        '三、本年度办理结果 | (一)予以公开': text(granted),
        [TAIL[0] as string]: text(tailRows[0] as number[]),
        [TAIL[1] as string]: text(tailRows[1] as number[]),
        [TAIL[2] as string]: text(tailRows[2] as number[]),
        '(七)总计': text(total),
        '四、结转下年度继续办理': text(carriedForward),
      };
      // Random bands of the five tail rows, each with random blocks of its five columns.
      const bands: [number, number[][]][] = [];
      for (let left = 5; left > 0;) {
        const h = 1 + rand(left);
        const blocks: number[][] = [];
        for (let c = 0; c < 5;) {
          const w = 1 + rand(5 - c);
          blocks.push(Array.from({ length: w }, (_, k) => c + k));
          c += w;
        }
        bands.push([h, blocks]);
        left -= h;
      }
      const truth = [...tailRows, total, carriedForward];
      const { rows: got } = read(chromiumPlain(bands, new Map(), rows));
      [...got.values()].forEach((values, r) =>
        values.forEach((v, c) => {
          if (typeof v !== 'number') return;
          stated++;
          expect(v).toBe((truth[r] as number[])[c]);
        }),
      );
    }
    // The repair reads most of them.
    expect(stated).toBeGreaterThan(30 * 35 * 0.5);
  });
});
