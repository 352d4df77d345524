/**
 * A 2021 report whose `（六）其他处理` group is run together with its first row's label (left all
 * blank) and the second row's label, both without their list numbers, the second row's numbers
 * after them (one-line and glued text). The 2021 group `（六）` shares its key with the 2019 data row,
 * so the group-head cut did not know it: the whole run matched the blank row by its keywords and
 * took the next row's numbers (7 cells silently wrong). Now the run is cut into the group label and
 * the two row labels, each matched to its end: the numbers are the second row's. Our own report
 * (test/helpers/fixtures.ts) in our own layouts (test/helpers/layouts.ts).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from '../src/index.js';
import { APPLICANTS } from './helpers/block-stream.js';
import { consistentCells } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';

const BLANK = 't3.results.otherHandling.overdueCorrection';
const NEXT = 't3.results.otherHandling.unpaidFee';

/** Our consistent cells with the row {@link BLANK} all blank, its counts added to {@link NEXT} (sums still hold). */
function truthCells(seed: number): Record<string, number | null> {
  const truth: Record<string, number | null> = consistentCells(seed, { table2: '2021', table3: '2021' }, 30);
  for (const c of Object.keys(truth).filter((a) => a.startsWith(`${BLANK}.`))) {
    const to = `${NEXT}${c.slice(BLANK.length)}`;
    truth[to] = (truth[to] as number) + (truth[c] as number);
    truth[c] = null;
  }
  return truth;
}

/** The text in `layout` with the list numbers of the two rows taken off (`1.` `2.` before their labels). */
function unnumbered(truth: Record<string, number | null>, layout: 'one-line' | 'one-line-glued'): string {
  const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells: truth, meta: { agency: '示例县示例局', year: 2023 } });
  const text = renderInLayout(report, layout);
  const out = text.replace('1.申请人无正当理由', '申请人无正当理由').replace('2.申请人逾期未按收费', '申请人逾期未按收费');
  expect(out).not.toBe(text);
  expect(out).toContain('其他处理申请人无正当理由'.slice(0, 4));
  return out;
}

describe('a group label run into a blank row label and the next, unnumbered, row label', () => {
  for (const layout of ['one-line', 'one-line-glued'] as const) {
    it(`gives the numbers to the next row, never to the blank row (${layout})`, () => {
      for (const seed of [3, 5]) {
        const truth = truthCells(seed);
        const { report } = parseReport(unnumbered(truth, layout));
        const cells = new Map(listCells(report!).map((c) => [c.address, c]));
        for (const col of APPLICANTS) {
          const blank = cells.get(`${BLANK}.${col}`)!;
          expect(blank.status === 'value' ? blank.value : null, `${seed} ${layout} ${BLANK}.${col}`).toBeNull();
          const next = cells.get(`${NEXT}.${col}`)!;
          // (glued digits may be cut more than one way: such a cell is flagged, never another value)
          const want = layout === 'one-line' || next.status === 'value' ? ['value', truth[`${NEXT}.${col}`]] : ['ambiguous', null];
          expect([next.status, next.value], `${seed} ${layout} ${NEXT}.${col}`).toEqual(want);
        }
      }
    });
  }
});
