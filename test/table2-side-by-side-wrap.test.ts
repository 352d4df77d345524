/**
 * Two table-二 counts of one row wrapped in their narrow cells side by side, in `pdftotext -layout`
 * text: each leaves its last digits on the next line, the two pieces on one line, each under its own
 * number (probe seed 402 p12, Chromium: `规章 ７８８９ ０ ７０６９` / `７ ３`, 78897 and 70693; the
 * second number was stated as its first piece, with no rule failing). Every piece of that line is
 * weighed against the numbers it stands under: both cells are `ambiguous` between the piece and the
 * joined number. A report of our own (test/helpers/fixtures.ts); the wrapped row is written here.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

const ROW = 't2.art20_5.administrativeLicensing';
const FIRST = `${ROW}.previousYearCount`;
const LAST = `${ROW}.decisionCount`;
const VERSIONS = { table2: '2019', table3: '2019' } as const;

/** A 2019 report of our own, `-layout` style, 行政许可's 36180 and 85830 wrapped as `3618` / `8583` over `0` and `0`. */
function sideBySide(): string {
  const report = createReport({
    versions: VERSIONS,
    cells: { ...consistentCells(7, VERSIONS), [FIRST]: 36180, [`${ROW}.yearChange`]: 0, [LAST]: 85830 },
    meta: { agency: '示例县示例局', year: 2020 },
  });
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const at = lines.findIndex((l) => l.includes('行政许可'));
  const line = lines[at] as string;
  const a = line.indexOf('36180');
  const b = line.indexOf('85830');
  if (a < 0 || b < a) throw new Error('no counts on the row');
  const row = `${line.slice(0, a)}3618 ${line.slice(a + 5, b)}8583 ${line.slice(b + 5)}`;
  const pieces = `${' '.repeat(a + 3)}0${' '.repeat(b - a - 1)}0`;
  lines.splice(at, 1, row, pieces);
  return lines.join('\n');
}

function cells(text: string): Record<string, unknown> {
  const { report } = parseReport(text);
  const out: Record<string, unknown> = {};
  for (const c of report ? listCells(report) : [])
    if (c.address === FIRST || c.address === LAST)
      out[c.address] = c.status === 'ambiguous' ? { status: c.status, candidates: c.candidates } : { status: c.status, value: c.value };
  return out;
}

describe('two table-二 counts of a row wrapped side by side, pdftotext -layout', () => {
  it('each cell with a piece under it is ambiguous between its first piece and the joined number', () => {
    expect(cells(sideBySide())).toEqual({
      [FIRST]: { status: 'ambiguous', candidates: [3618, 36180] },
      [LAST]: { status: 'ambiguous', candidates: [8583, 85830] },
    });
  });
});
