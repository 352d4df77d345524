/**
 * Two table-二 counts of one row wrapped in their narrow cells in `pdftotext -layout` text, each with its
 * last digit on the next line under it (issue 12, probe seed 402 p12, Chromium: `规章 ７８８９ ０ ７０６９` /
 * `７ ３`). Only the first piece was read as a wrapped number's end; the second was left unplaced and the
 * count it ends was stated as its first piece, silently. Every piece of digits set in under a count of the
 * row now makes that count `ambiguous` between the piece and the joined number. Reports of our own
 * (test/helpers/fixtures.ts); the wrapped row is written here.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

const ROW = 't2.art20_5.administrativeLicensing';
const VERSIONS = { table2: '2019', table3: '2019' } as const;

/** A 2019 report of our own, `pdftotext -layout` style, 行政许可 36180, −4, 8584 printed `3618 －4 858` over `0` and `4`. */
function wrapped(): string {
  const report = createReport({
    versions: VERSIONS,
    cells: {
      ...consistentCells(7, VERSIONS),
      [`${ROW}.previousYearCount`]: 36180,
      [`${ROW}.yearChange`]: -4,
      [`${ROW}.decisionCount`]: 8584,
    },
    meta: { agency: '示例县示例局', year: 2020 },
  });
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const at = lines.findIndex((l) => l.includes('行政许可'));
  const line = lines[at] as string;
  const first = line.indexOf('36180');
  const last = line.indexOf('8584');
  if (first < 0 || last < first) throw new Error('no counts on the row');
  const upper = `${line.slice(0, first)}3618 ${line.slice(first + 5, last)}858 ${line.slice(last + 4)}`;
  const lower = `${' '.repeat(first + 3)}0${' '.repeat(last + 2 - first - 4)}4`;
  lines.splice(at, 1, upper, lower);
  return lines.join('\n');
}

function cells(text: string): Record<string, unknown> {
  const { report } = parseReport(text);
  const out: Record<string, unknown> = {};
  for (const c of report ? listCells(report) : [])
    if (c.address.startsWith(`${ROW}.`))
      out[c.address.slice(ROW.length + 1)] = c.status === 'ambiguous' ? c.candidates : c.status === 'value' ? c.value : c.status;
  return out;
}

describe('two table-二 counts of a row wrapped in their cells, pdftotext -layout', () => {
  it('the text holds the two pieces under the counts', () => {
    const text = wrapped();
    const at = text.split('\n').findIndex((l) => l.includes('行政许可'));
    const [upper, lower] = text.split('\n').slice(at, at + 2) as [string, string];
    expect(upper.indexOf('3618') + 3).toBe(lower.indexOf('0'));
    expect(upper.indexOf('858') + 2).toBe(lower.lastIndexOf('4'));
  });
  it('each count is ambiguous between its first piece and the joined number, never stated as its piece', () => {
    expect(cells(wrapped())).toEqual({ previousYearCount: [3618, 36180], yearChange: -4, decisionCount: [858, 8584] });
  });
});
