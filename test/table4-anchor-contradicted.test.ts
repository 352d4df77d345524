/**
 * Table 四 in plain pdftotext of an Office print where the header of the third group (复议后起诉)
 * is printed before the last numbers of the second group. The run after that header is not the
 * third group's: the labels are layout evidence, and where the runs in the order printed keep the
 * group sums too, the cells the two readings give differently are ambiguous, never stated.
 * Our own text and numbers, in the shape of that layout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { pipeReport } from './helpers/fixtures.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const withTotal = (xs: number[]) => [...xs, sum(xs)];

/** The layout: review's first result alone, then the rest of review and direct's first two on one line, … */
function plainTable4(r: number[], d: number[], a: number[]): string[] {
  return [
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议',
    '',
    '行政诉讼',
    '未经复议直接起诉',
    '',
    '结果 结果 其他 尚未',
    '总计',
    '维持',
    '纠正',
    '结果 审结',
    String(r[0]),
    '',
    [r[1], r[2], r[3], r[4], d[0], d[1]].join(' '),
    '',
    String(d[2]),
    '',
    '复议后起诉',
    '',
    '总计',
    '',
    [d[3], d[4]].join(' '),
    '',
    '结果 结果 其他 尚未审',
    '维持 纠正 结果',
    '结',
    String(a[0]),
    '',
    String(a[1]),
    '',
    '总计',
    '',
    [a[2], a[3], a[4]].join(' '),
  ];
}

function report(r: number[], d: number[], a: number[]): string {
  const lines = pipeReport().split('\n');
  const from = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const to = lines.findIndex((l) => l.startsWith('五、'));
  lines.splice(from, to - from, ...plainTable4(r, d, a));
  return lines.join('\n');
}

const t4 = (text: string) => listCells(parseReport(text).report!).filter((c) => c.address.startsWith('t4.'));

describe('table 四: a group header printed before the last numbers of the group before it', () => {
  it('leaves the groups the labels and the printed order give differently ambiguous (was silently rotated)', () => {
    const r = withTotal([3, 33, 129, 5861]);
    const d = withTotal([58, 7808, 0, 466]);
    const a = withTotal([6894, 4686, 864, 7119]);
    const cells = t4(report(r, d, a));
    const want = [...r, ...d, ...a];
    const stated = cells.filter((c) => c.status === 'value');
    stated.forEach((c) => expect(c.value).toBe(want[cells.indexOf(c)]));
    expect(cells.some((c) => c.status === 'ambiguous')).toBe(true);
  });

  it('never states a number that differs from the truth (property)', () => {
    const group = fc.tuple(fc.nat(900), fc.nat(900), fc.nat(900), fc.nat(900)).map(withTotal);
    fc.assert(
      fc.property(group, group, group, (r, d, a) => {
        const cells = t4(report(r, d, a));
        const want = [...r, ...d, ...a];
        cells.forEach((c, j) => {
          if (c.status === 'value') expect(c.value).toBe(want[j]);
        });
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 100) },
    );
  });
});
