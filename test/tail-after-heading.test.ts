/**
 * Table 三's last columns printed after the next section's heading (plain pdftotext of a browser
 * print: the heading stands in the flow of the label cells, the columns' blocks after it). Read
 * with the table only where a repair reads every one of those numbers (count and arithmetic), and
 * never stated wrong. Our own reports (test/helpers/fixtures.ts), written in that layout here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport, type Report } from '../src/index.js';
import { consistentReport, VERSIONS } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';

const HEADING = '四、政府信息公开行政复议、行政诉讼情况';

/**
 * Table 三 of `report` in plain pdftotext's lines: each row's label, then its numbers on one line;
 * the last `tailRows` rows print only their first `head` numbers, and their other columns follow the
 * next heading, one block per column (one number a line, the rows top to bottom).
 */
function withTailAfterHeading(report: Report, tailRows: number, head: number): string {
  const lines = renderReport(report, { to: 'text' }).split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到'));
  const end = lines.findIndex((l) => l.startsWith(HEADING));
  const rows: { label: string; numbers: string[] }[] = [];
  const out: string[] = [];
  let header = 0;
  lines.forEach((l, i) => {
    if (i <= start || i >= end || !l.startsWith('| ')) {
      if (!(i > start && i < end && l === '')) out.push(l);
      return;
    }
    const cells = l.slice(2, -2).split(' | ');
    if (header++ < 3) {
      out.push(cells.join(' '));
      return;
    }
    const numbers = cells.filter((c) => /^-?\d[\d.]*$/.test(c));
    rows.push({ label: cells.filter((c) => c !== '' && !/^-?\d[\d.]*$/.test(c)).join(' '), numbers });
  });
  const at = out.indexOf(HEADING);
  const table: string[] = [];
  rows.forEach((r, k) => {
    const tail = k >= rows.length - tailRows;
    table.push(r.label, (tail ? r.numbers.slice(0, head) : r.numbers).join(' '));
  });
  const blocks: string[] = [];
  const last = rows.slice(rows.length - tailRows);
  for (let c = head; c < (last[0]?.numbers.length ?? 0); c++) for (const r of last) blocks.push(r.numbers[c] as string);
  return [...out.slice(0, at), ...table, HEADING, ...blocks, ...out.slice(at + 1)].join('\n');
}

describe('table 三: columns after the next heading', () => {
  it('a table whose rows print one number each, the other columns after the heading: every cell read', () => {
    // Plain pdftotext of a browser print of a report of ours (scripts/gauntlet/probe.mjs, seed 2): every
    // cell of table 三 is 0; each row prints its first number, the other 150 follow 四、's heading.
    const text = readFileSync(join(import.meta.dirname, 'plain-texts', 'tail-after-heading-zeros.txt'), 'utf8');
    const { report } = parseReport(text, { format: 'text' });
    const t3 = listCells(report!).filter((c) => c.address.startsWith('t3.'));
    expect(t3.length).toBe(175);
    for (const c of t3) expect(c, c.address).toMatchObject({ status: 'value', value: 0 });
  });

  for (const v of VERSIONS)
    it(`${v}: numbers after the heading that no repair reads whole stay out of the table, none stated wrong`, () => {
      const truth = consistentReport(11, v, { scale: 40 });
      const plain = parseReport(withTailAfterHeading(truth, 3, 2).replace(/\n四、政府信息公开行政复议[^]*?\n\n/, '\n'), { format: 'text' });
      const { report, diagnostics } = parseReport(withTailAfterHeading(truth, 3, 2), { format: 'text' });
      expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
      // (the blocks fit several readings here: the table reads as it would without them)
      const t3 = (r: typeof report): string[] =>
        listCells(r!)
          .filter((c) => c.address.startsWith('t3.'))
          .map((c) => `${c.address} ${c.status} ${c.value}`);
      expect(t3(report)).toEqual(t3(plain.report));
    });
});
