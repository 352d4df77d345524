/**
 * A table-二 sub-table whose numbers plain `pdftotext` printed before both of its labels (issue 12,
 * probe seed 287 p07, LibreOffice): `39 / 0 / 39 / 规章 / 行政规范性文件` is the text of 规章 39, 0, 39
 * with 行政规范性文件 blank and of 规章 blank with 行政规范性文件 39, 0, 39 (a blank row's lines
 * vanish). The whole table read with numbers before their labels, the first row took them with
 * nothing naming it. They are now only candidates there (the mirror of the empty-row contest).
 * Reports of our own (test/helpers/fixtures.ts); the sub-tables' order is rewritten here.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';

const V = { table2: '2021', table3: '2021' } as const;
const REG = 't2.art20_1.regulations';
const DOC = 't2.art20_1.normativeDocuments';
const ROW_LABELS = new Set([
  '规章',
  '行政规范性文件',
  '行政许可',
  '其他对外管理服务事项',
  '行政处罚',
  '行政强制',
  '行政事业性收费',
  '政府集中采购',
]);

/** Our 2021 report in plain text, each table-二 sub-table's numbers printed before all of its labels (`perRow`: each row's before its own label). */
function numbersFirst(cells: Record<string, number | null>, perRow = false): string {
  const report = createReport({ versions: V, cells: { ...consistentCells(7, V), ...cells }, meta: { agency: '示例县示例局', year: 2022 } });
  const lines = renderInLayout(report, 'plain').split('\n');
  const out: string[] = [];
  let labels: string[] = [];
  let numbers: string[] = [];
  let inTable = false;
  const flush = (): void => {
    for (const n of numbers) out.push(n, '');
    out.push(...labels);
    labels = [];
    numbers = [];
  };
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith('第二十条')) {
      flush();
      inTable = true;
      out.push(line);
    } else if (inTable && t.startsWith('三、')) {
      flush();
      inTable = false;
      out.push(line);
    } else if (inTable && ROW_LABELS.has(t)) {
      if (perRow) flush();
      labels.push(t);
    } else if (inTable && labels.length > 0 && /^-?[\d.]+$/.test(t)) numbers.push(t);
    else if (!(inTable && labels.length > 0 && t === '')) out.push(line);
  }
  return out.join('\n');
}

function read(text: string, row: string): (string | number | null)[] {
  const { report } = parseReport(text, { format: 'text' });
  return (report ? listCells(report) : [])
    .filter((c) => c.address.startsWith(`${row}.`))
    .map((c) => (c.status === 'value' ? c.value : c.status));
}

describe('a table-二 sub-table printed with its numbers before both labels, plain pdftotext', () => {
  it('the first row blank, the second full: neither row is stated (3 silent cells before)', () => {
    const text = numbersFirst({
      [`${REG}.issued`]: null,
      [`${REG}.repealed`]: null,
      [`${REG}.currentlyValid`]: null,
      [`${DOC}.issued`]: 39,
      [`${DOC}.repealed`]: 0,
      [`${DOC}.currentlyValid`]: 39,
    });
    expect(text).toContain('39\n\n0\n\n39\n\n规章\n行政规范性文件');
    expect(read(text, REG)).toEqual(['ambiguous', 'ambiguous', 'ambiguous']);
    expect(read(text, DOC)).toEqual(['missing', 'missing', 'missing']);
  });
  it('each row’s numbers before its own label, both rows full: read as printed, nothing contested', () => {
    const text = numbersFirst(
      {
        [`${REG}.issued`]: 5,
        [`${REG}.repealed`]: 1,
        [`${REG}.currentlyValid`]: 12,
        [`${DOC}.issued`]: 39,
        [`${DOC}.repealed`]: 0,
        [`${DOC}.currentlyValid`]: 39,
      },
      true,
    );
    expect(text).toContain('5\n\n1\n\n12\n\n规章\n39');
    expect(read(text, REG)).toEqual([5, 1, 12]);
    expect(read(text, DOC)).toEqual([39, 0, 39]);
  });
});
