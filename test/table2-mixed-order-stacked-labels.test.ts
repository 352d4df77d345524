/**
 * A table-二 sub-table's two labels printed one under the other, then one number (issue 12, probe
 * seed 288 p01, LibreOffice through plain `pdftotext`): `行政处罚 / 行政强制 / 0` is the text both of
 * 行政处罚 0 with 行政强制 blank and of 行政处罚 blank with 行政强制 0 (a blank cell's line vanishes).
 * In a table whose order is undecided as a whole (another sub-table's numbers stand before its labels)
 * and read sub-table by sub-table, the number went to the label before it with nothing naming the cell.
 * It is kept (the text's order) and named by `numbers-may-be-row-before`, as in a block stream.
 * Reports of our own (test/helpers/fixtures.ts); the sub-tables' order is rewritten here.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';

const V = { table2: '2021', table3: '2021' } as const;
const PENALTY = 't2.art20_6.administrativePenalty';
const COMPULSION = 't2.art20_6.administrativeCompulsion';

/**
 * Our 2021 report in plain text, its table 二 rewritten: (一)'s six numbers before both its labels
 * (`firstBefore`) or after each label as rendered, and (六)'s two labels stacked before their numbers.
 */
function stackedSix(cells: Record<string, number | null>, firstBefore: boolean): string {
  const report = createReport({ versions: V, cells: { ...consistentCells(7, V), ...cells }, meta: { agency: '示例县示例局', year: 2022 } });
  const text = renderInLayout(report, 'plain');
  const [head = '', rest = ''] = text.split('第二十条第（五）项');
  const [five = '', after = ''] = rest.split('第二十条第（六）项');
  const [six = '', tail = ''] = after.split('第二十条第（八）项');
  let one = head;
  if (firstBefore) {
    const [intro = '', table = ''] = head.split('规章');
    const numbers = table.split('\n').filter((l) => /^[\d.]+$/.test(l.trim()));
    one = `${intro}${numbers.map((n) => `${n}\n\n`).join('')}规章\n行政规范性文件\n`;
  }
  const sixHead = six.slice(0, six.indexOf('行政处罚'));
  const sixNumbers = six.split('\n').filter((l) => /^[\d.]+$/.test(l.trim()));
  const sixText = `${sixHead}行政处罚\n行政强制\n\n${sixNumbers.map((n) => `${n}\n\n`).join('')}`;
  return `${one}第二十条第（五）项${five}第二十条第（六）项${sixText}第二十条第（八）项${tail}`;
}

function read(text: string, row: string): { cells: (string | number | null)[]; named: string[] } {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const cells = (report ? listCells(report) : [])
    .filter((c) => c.address.startsWith(`${row}.`))
    .map((c) => (c.status === 'value' ? c.value : c.status));
  const named = diagnostics
    .filter((d) => d.code === 'numbers-may-be-row-before' && d.severity === 'warning')
    .flatMap((d) => d.addresses ?? []);
  return { cells, named };
}

describe('a table-二 sub-table with its two labels stacked before one number, the table’s order mixed', () => {
  const values = { [`${PENALTY}.decisionCount`]: 0, [`${COMPULSION}.decisionCount`]: null };
  it('the number is kept on the second label and the cell named (1 silent cell before)', () => {
    const text = stackedSix(values, true);
    expect(text).toContain('行政处罚\n行政强制\n\n0\n\n第二十条第（八）项');
    const compulsion = read(text, COMPULSION);
    expect(compulsion.cells).toEqual([0]);
    expect(compulsion.named).toEqual([`${COMPULSION}.decisionCount`]);
    expect(read(text, PENALTY).cells).toEqual(['missing']);
  });
  it('every sub-table printed after its labels: read as printed, nothing named', () => {
    const text = stackedSix(values, false);
    expect(text).toContain('规章\n\n');
    const compulsion = read(text, COMPULSION);
    expect(compulsion.named).toEqual([]);
  });
});
