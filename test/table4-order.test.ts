/**
 * Table 四 as plain pdftotext prints it: header words interleaved with the values, the value runs
 * out of order. The group sums cannot tell whole groups apart; a run right after text naming one
 * group belongs to it, and the totals the text states decide between arrangements that remain.
 * Our own text and numbers, in the shape of that layout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { pipeReport } from './helpers/fixtures.js';

// review 30 5 9 2 = 46; direct 7 2 3 1 = 13; after review 4 0 2 3 = 9
const REVIEW = [30, 5, 9, 2, 46];
const DIRECT = [7, 2, 3, 1, 13];
const AFTER = [4, 0, 2, 3, 9];

/** Table 四 in the plain pdftotext shape: review results, then 复议后起诉's results, review total, direct group, 复议后起诉's total. */
function plainTable4(REVIEW: number[], DIRECT: number[], AFTER: number[]): string[] {
  const cells = (xs: number[]) => xs.map(String);
  return [
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议',
    '行政诉讼',
    '未经复议直接起诉',
    '结果',
    '结果',
    '其他结',
    '尚未',
    '维持',
    '纠正',
    '果',
    '审结',
    '总计',
    ...cells(REVIEW.slice(0, 4)),
    '结果',
    '复议后起诉',
    '尚未',
    '结果',
    '其他',
    '维持',
    '纠正',
    '结果',
    '审结',
    ...cells(AFTER.slice(0, 4)),
    '总计',
    String(REVIEW[4]),
    '维持',
    '纠正',
    '结果',
    '审结',
    ...cells(DIRECT),
    '总计',
    String(AFTER[4]),
  ];
}

function report(prose: string, groups: [number[], number[], number[]] = [REVIEW, DIRECT, AFTER]): string {
  const lines = pipeReport().split('\n');
  const from = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const to = lines.findIndex((l) => l.startsWith('五、'));
  lines.splice(from, to - from, ...plainTable4(...groups));
  lines.splice(lines.indexOf('一、总体情况') + 1, 1, prose);
  return lines.join('\n');
}

const t4 = (text: string) => listCells(parseReport(text).report!).filter((c) => c.address.startsWith('t4.'));
const group = (text: string, g: string) =>
  t4(text)
    .filter((c) => c.address.startsWith(`t4.${g}.`))
    .map((c) => (c.status === 'value' ? c.value : c.status));

describe('table 四 out of order (plain pdftotext)', () => {
  it('the run after 复议后起诉 goes to that group; review and direct stay ambiguous without other evidence', () => {
    const text = report('本年度我局依法做好政府信息公开工作。');
    expect(group(text, 'litigationAfterReview')).toEqual(AFTER);
    expect(group(text, 'review')).toEqual(Array(5).fill('ambiguous'));
    expect(group(text, 'litigationDirect')).toEqual(Array(5).fill('ambiguous'));
    expect(parseReport(text).diagnostics.map((d) => d.code)).not.toContain('groups-from-text');
  });

  it('the totals the text states decide the arrangement, with a warning', () => {
    const text = report('全年政府信息公开行政复议 46 件，政府信息公开行政诉讼 22 件。');
    expect(group(text, 'review')).toEqual(REVIEW);
    expect(group(text, 'litigationDirect')).toEqual(DIRECT);
    expect(group(text, 'litigationAfterReview')).toEqual(AFTER);
    const d = parseReport(text).diagnostics.find((x) => x.code === 'groups-from-text');
    expect(d).toMatchObject({ severity: 'warning', path: 't4' });
  });

  it('one stated total is not enough (it may count something else)', () => {
    const text = report('全年政府信息公开行政诉讼 22 件。');
    expect(group(text, 'review')).toEqual(Array(5).fill('ambiguous'));
    expect(parseReport(text).diagnostics.map((d) => d.code)).not.toContain('groups-from-text');
  });

  it('trusts the prose: totals stated wrongly in the report itself mislead it, with the warning that says so', () => {
    // The report's own text is the evidence here; a text that contradicts the table in exactly
    // this way is a source error the warning asks the reader to check.
    const text = report('全年政府信息公开行政复议 13 件，政府信息公开行政诉讼 55 件。');
    expect(group(text, 'review')).toEqual(DIRECT);
    expect(parseReport(text).diagnostics.map((d) => d.code)).toContain('groups-from-text');
  });

  it('stated totals that fit no arrangement change nothing', () => {
    const text = report('全年政府信息公开行政复议 45 件，政府信息公开行政诉讼 22 件。');
    expect(group(text, 'review')).toEqual(Array(5).fill('ambiguous'));
    expect(parseReport(text).diagnostics.map((d) => d.code)).not.toContain('groups-from-text');
  });

  it('numbers inside the tables are not read as stated totals', () => {
    // The review total 46 is in table 四 itself; only prose outside the tables counts.
    const text = report('本年度我局依法做好政府信息公开工作。').replace(
      '三、收到和处理政府信息公开申请情况',
      '三、收到和处理政府信息公开申请情况\n行政复议 46 件 |',
    );
    expect(group(text, 'review')).toEqual(Array(5).fill('ambiguous'));
  });

  it('never states a wrong number when the prose says nothing, or tells the truth (property)', () => {
    const groupArb = fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40)).map((g) => [...g, g[0] + g[1] + g[2] + g[3]]);
    fc.assert(
      fc.property(groupArb, groupArb, groupArb, fc.constantFrom('none', 'review', 'litigation', 'both'), (r, d, a, said) => {
        const parts = [
          said === 'review' || said === 'both' ? `政府信息公开行政复议 ${r[4]} 件` : '',
          said === 'litigation' || said === 'both' ? `行政诉讼 ${(d[4] as number) + (a[4] as number)} 件` : '',
        ];
        const text = report(`${parts.join('，')}。`, [r, d, a]);
        const want = [...r, ...d, ...a];
        const cells = t4(text);
        cells.forEach((c, j) => {
          if (c.status === 'value') expect(c.value).toBe(want[j]);
        });
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 100) },
    );
  });
});
