/**
 * A table-二 count wrapped in its narrow cell in `pdftotext -layout` text with its last digit alone
 * on the next line (issue 12, probe seed 285 p02, Chromium): the label's Chinese characters count
 * one column each though they are two wide, so the digit under the count stands right after the
 * count's last column, not under it. The count is never stated as its first piece: the cell is
 * `ambiguous` between the piece and the joined number. Reports of our own (test/helpers/fixtures.ts);
 * the wrapped row is written here.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

const ROW = 't2.art20_5.administrativeLicensing';
const COUNT = `${ROW}.previousYearCount`;
const VERSIONS = { table2: '2019', table3: '2019' } as const;

/** A 2019 report of our own, `pdftotext -layout` style, with 行政许可's count 36180 wrapped as `3618` over `0` at `offset` columns from its end. */
function wrapped(offset: number): string {
  const report = createReport({
    versions: VERSIONS,
    cells: { ...consistentCells(7, VERSIONS), [COUNT]: 36180, [`${ROW}.yearChange`]: -4, [`${ROW}.decisionCount`]: 858 },
    meta: { agency: '示例县示例局', year: 2020 },
  });
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const at = lines.findIndex((l) => l.includes('行政许可'));
  const line = lines[at] as string;
  const column = line.indexOf('36180');
  if (column < 0) throw new Error('no count on the row');
  lines.splice(at, 1, `${line.slice(0, column)}3618 ${line.slice(column + 5)}`, `${' '.repeat(column + 3 + offset)}0`);
  return lines.join('\n');
}

function cell(text: string): { status: string; value?: unknown; candidates?: unknown } {
  const { report } = parseReport(text);
  const c = (report ? listCells(report) : []).find((x) => x.address === COUNT);
  if (!c) throw new Error('no cell');
  return c.status === 'value'
    ? { status: c.status, value: c.value }
    : c.status === 'ambiguous'
      ? { status: c.status, candidates: c.candidates }
      : { status: c.status };
}

describe('a table-二 count with its last digit alone on the next line, pdftotext -layout', () => {
  it('the digit right after the count (`3618` / `0` a column past its end): ambiguous 3618 / 36180, never 3618', () => {
    expect(cell(wrapped(1))).toEqual({ status: 'ambiguous', candidates: [3618, 36180] });
  });
  it("the digit under the count's last digit: ambiguous as before", () => {
    expect(cell(wrapped(0))).toEqual({ status: 'ambiguous', candidates: [3618, 36180] });
  });
});
