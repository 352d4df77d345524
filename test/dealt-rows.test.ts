/**
 * Table 三 rows whose numbers stand partly before and partly after their labels (plain pdftotext of a
 * Chromium print): the first rows' numbers on lines of their own before the label, the other rows'
 * first four numbers on the label's line and the other three on lines of their own, before that line
 * or after it, the labels cut at their cells' width. Our own text (test/helpers/fixtures.ts
 * pipeReport) written so.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { pipeReport, T3_ROWS_WITH_NUMBERS } from './helpers/fixtures.js';

const ROWS = T3_ROWS_WITH_NUMBERS;

/** Characters of a label on its first line (the rest wraps to the line below). */
const CELL_WIDTH = 8;
/** Rows whose numbers all stand on lines of their own before their label (the tall head rows). */
const HEAD_ROWS = 3;

/**
 * Table 三 as described in the module comment. `change` alters a number as printed (data row index,
 * column → value).
 */
function chromiumMixed(change: ReadonlyMap<string, string> = new Map(), rows: Readonly<Record<string, string>> = ROWS): string {
  const lines = pipeReport(rows).split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到'));
  const end = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const out: string[] = [];
  let k = 0;
  lines.forEach((l, i) => {
    if (i <= start || i >= end) {
      out.push(l);
      return;
    }
    const cells = l.replace(/ \|$/, '').split(' | ');
    if (i <= start + 3) {
      out.push(cells.join(' '));
      return;
    }
    // (a blank cell prints nothing: it vanishes from the text)
    const labels = cells.filter((c) => c !== '' && !/^\d+$/.test(c));
    const numbers = cells.filter((c) => /^\d+$/.test(c)).map((n, j) => change.get(`${k},${j}`) ?? n);
    const label = labels[labels.length - 1] as string;
    const group = labels.length > 1 ? `${labels[0] as string} ` : '';
    if (k < HEAD_ROWS) {
      for (const n of numbers) out.push(n);
      out.push(`${group}${label}`);
    } else {
      const head = `${group}${label.slice(0, CELL_WIDTH)} ${numbers.slice(0, 4).join(' ')}`;
      const rest = numbers.slice(4);
      if (k % 3 === 1) out.push(...rest, head);
      else out.push(head, ...rest);
      if (label.length > CELL_WIDTH) out.push(label.slice(CELL_WIDTH));
    }
    k++;
  });
  return out.join('\n');
}

function t3Cells(text: string): Map<string, number | null | string> {
  const r = parseReport(text);
  const out = new Map<string, number | null | string>();
  for (const c of r.report ? listCells(r.report) : [])
    if (c.address.startsWith('t3.')) out.set(c.address, c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status);
  return out;
}

describe('table 三 rows dealt by count (Chromium plain pdftotext)', () => {
  const truth = t3Cells(pipeReport(ROWS));

  it('reads every cell when the numbers stand before, on and after their labels', () => {
    const text = chromiumMixed();
    const r = parseReport(text);
    expect(r.diagnostics.filter((d) => d.code === 'rows-dealt').map((d) => d.path)).toEqual(['t3']);
    const cells = t3Cells(text);
    expect(cells.size).toBe(175);
    const off = [...truth].filter(([address, value]) => cells.get(address) !== value).map(([address]) => [address, cells.get(address)]);
    // Every cell is read in the order dealt (the label's line first, then the lines dealt); the row
    // 3.其他, whose blocks (three lines of one number before its label line) may stand in another
    // order with every equation holding, is named by block-order-unconfirmed.
    expect(off).toEqual([]);
    const unconfirmed = r.diagnostics.filter((d) => d.code === 'block-order-unconfirmed').map((d) => d.path);
    expect(unconfirmed).toContain('t3.results.otherHandling.other');
  });

  it('deals nothing when an equation fails (a number misprinted)', () => {
    // 首行 (一、) 自然人 14 printed as 15: its row sum and column balance fail.
    const text = chromiumMixed(new Map([['0,0', '15']]));
    const r = parseReport(text);
    expect(r.diagnostics.some((d) => d.code === 'rows-dealt')).toBe(false);
  });

  it('deals a table that lost a blank cell: the places the arithmetic leaves, the rest read', () => {
    // (一)予以公开 with its 其他 cell blank, and 3.其他 with its 自然人 cell blank: plain text prints
    // neither, so the numbers fall two short of the rows' cells.
    const rows = {
      ...ROWS,
      '三、本年度办理结果 | (一)予以公开': '10 | 4 | 3 | 2 | 1 |  | 20',
      '3.其他': ' | 0 | 1 | 0 | 0 | 2 | 3',
    };
    const text = chromiumMixed(new Map(), rows);
    const r = parseReport(text);
    expect(r.diagnostics.filter((d) => d.code === 'rows-dealt').map((d) => d.path)).toEqual(['t3']);
    const truth = t3Cells(pipeReport(rows));
    expect(truth.get('t3.results.granted.otherOrg')).toBeNull();
    const cells = t3Cells(text);
    const off = [...truth].filter(([address, value]) => cells.get(address) !== value).map(([address]) => [address, cells.get(address)]);
    // The blank of 3.其他 stands before or after its 0 (自然人 or 商业企业): no equation tells.
    expect(off).toEqual([
      ['t3.results.otherHandling.other.naturalPerson', 'ambiguous'],
      ['t3.results.otherHandling.other.commercialEnterprise', 'ambiguous'],
    ]);
    expect(cells.get('t3.results.granted.otherOrg')).toBeNull();
  });

  it('deals nothing when a lost cell was a number (no place of it keeps the row sum)', () => {
    // (一)予以公开's 其他 cell left out although the total counts it: not a blank that vanished.
    const rows = { ...ROWS, '三、本年度办理结果 | (一)予以公开': '10 | 4 | 3 | 2 | 1 |  | 21' };
    const r = parseReport(chromiumMixed(new Map(), rows));
    expect(r.diagnostics.some((d) => d.code === 'rows-dealt')).toBe(false);
  });
});
