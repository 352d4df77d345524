/**
 * Probe seed 472 p01 (our own 2021 report, one-line text): table 三's level-1 rows numbered with a
 * full stop (`一.本年新收…`, `四.结转下年度继续办理`), and `(七)总计` printed nothing (every cell of
 * the report 0 or blank). Normalisation removes the space between two Han characters, so the
 * total's label ran into the next row's (`(七)总计四.结转下年度继续办理`): the total row was never
 * found, every equation through it was unknown, and the rows that printed nothing were left
 * `missing` with the table's search run out. Such a marker starts a row's piece as `四、` does
 * (`src/outline/run-on.ts`): before the words of a table 三 row only.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type TemplateVersion } from '../src/index.js';
import { APPLICANTS } from './helpers/block-stream.js';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

const MARKERS: readonly [string, string][] = [
  ['一、本年新收', '一.本年新收'],
  ['二、上年结转', '二.上年结转'],
  ['三、本年度办理结果', '三.本年度办理结果'],
  ['四、结转下年度', '四.结转下年度'],
];

/** One-line text of `cells` with table 三's level-1 rows numbered `一.` … `四.`. */
function stopMarked(
  cells: Record<string, number | null>,
  version: TemplateVersion,
): { text: string; truth: ReturnType<typeof createReport> } {
  const truth = createReport({ versions: { table2: version, table3: version }, cells, meta: { agency: '示例县示例局', year: 2022 } });
  let text = oneLine(renderReport(truth, { to: 'text' }), false);
  for (const [from, to] of MARKERS) text = text.replace(from, to);
  return { text, truth };
}

/** Our report whose table 三 is all 0 or blank (a 0 in every other row's first cell), its total row blank. */
function zerosTotalBlank(seed: number, version: TemplateVersion): Record<string, number | null> {
  const cells: Record<string, number | null> = consistentCells(seed, { table2: version, table3: version }, 20);
  for (const k of Object.keys(cells)) if (k.startsWith('t3.')) cells[k] = null;
  for (const k of Object.keys(cells))
    if (k.startsWith('t3.') && k.endsWith('.naturalPerson') && !k.startsWith('t3.results.total.')) cells[k] = 0;
  return cells;
}

/** Our report whose row 一 printed nothing (its counts moved to row 二: every sum kept). */
function newReceivedBlank(seed: number, version: TemplateVersion): Record<string, number | null> {
  const cells: Record<string, number | null> = consistentCells(seed, { table2: version, table3: version }, 20);
  for (const col of [...APPLICANTS, 'total']) {
    cells[`t3.carriedOver.${col}`] = (cells[`t3.carriedOver.${col}`] ?? 0) + (cells[`t3.newReceived.${col}`] ?? 0);
    cells[`t3.newReceived.${col}`] = null;
  }
  return cells;
}

function read(text: string, truth: ReturnType<typeof createReport>, prefix: string) {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const want = new Map(listCells(truth).map((c) => [c.address, c.value]));
  const cells = listCells(report!).filter((c) => c.address.startsWith(prefix));
  return { cells, want, diagnostics };
}

describe('one-line table 三: a level-1 marker with a full stop after a row that printed nothing (probe 472 p01)', () => {
  for (const version of ['2019', '2021'] as const)
    for (const seed of [1, 2]) {
      it(`${version}, seed ${seed}: the blank total before 四.结转下年度 is read blank`, () => {
        const { text, truth } = stopMarked(zerosTotalBlank(seed, version), version);
        expect(text).toContain('总计 四.结转下年度');
        const { cells, diagnostics } = read(text, truth, 't3.results.total.');
        expect(cells).toHaveLength(7);
        for (const c of cells) expect(c.status, c.address).toBe('blank');
        expect(diagnostics.filter((d) => d.code === 'row-missing' || d.code === 'search-budget-exhausted')).toEqual([]);
        const carried = read(text, truth, 't3.carriedForward.').cells;
        expect(carried.filter((c) => c.status === 'missing')).toEqual([]);
      });

      it(`${version}, seed ${seed}: the blank row 一 before 二.上年结转 is read blank, row 二 as printed`, () => {
        const { text, truth } = stopMarked(newReceivedBlank(seed, version), version);
        expect(text).toMatch(/数量 二\.上年结转/);
        for (const prefix of ['t3.newReceived.', 't3.carriedOver.']) {
          const { cells, want, diagnostics } = read(text, truth, prefix);
          expect(cells).toHaveLength(7);
          for (const c of cells) {
            expect(c.status, c.address).toBe(want.get(c.address) === null ? 'blank' : 'value');
            expect(c.value, c.address).toBe(want.get(c.address));
          }
          expect(diagnostics.filter((d) => d.code === 'row-missing')).toEqual([]);
        }
      });
    }
});
