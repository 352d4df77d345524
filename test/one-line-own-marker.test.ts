/**
 * Probe seed 454 p06 (our own 2019 report, one-line text): table 三's row
 * `要求行政机关确认或重新出具已获取信息` printed no number, and `（六）其他处理` after it printed its
 * seven. Normalisation cuts one-line text into pieces at list markers, so `(六)其他处理 …` starts a
 * piece while the blank row's label ends the one before, after the previous row's numbers. The
 * empty-row rule (`src/repairs/empty-row-before.ts`) contests two such rows where the holder's label is
 * led by a group label's piece (`不予处 要求提供公开出版物`: the row above's numbers may be filed
 * beside it); `(六)` is the marker of 2021's group `（六）其他处理`, so the 2019 row's own marker was
 * taken for a group's piece, and the fourteen cells of both rows were flagged (the results'
 * equation then kept by no candidate: `equation-unkept`). A leading list marker that is the row's own
 * numbering in the report's template is its label, not a group's piece.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type TemplateVersion } from '../src/index.js';
import { APPLICANTS } from './helpers/block-stream.js';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

const EMPTY = 't3.results.notProcessed.confirmOrReissue';
const OTHER = 't3.results.otherHandling';

/** Our report of `version` whose row {@link EMPTY} is blank, its counts moved to {@link OTHER} (every sum kept). */
function blankBeforeOther(seed: number, version: TemplateVersion) {
  const cells: Record<string, number | null> = consistentCells(seed, { table2: version, table3: version }, 20);
  for (const col of APPLICANTS) {
    cells[`${OTHER}.${col}`] = (cells[`${OTHER}.${col}`] ?? 0) + (cells[`${EMPTY}.${col}`] ?? 0) + 7;
    cells[`t3.results.total.${col}`] = (cells[`t3.results.total.${col}`] ?? 0) + 7;
    cells[`${EMPTY}.${col}`] = null;
  }
  return createReport({ versions: { table2: version, table3: version }, cells, meta: { agency: '示例县示例局', year: 2020 } });
}

function read(seed: number, version: TemplateVersion) {
  const truth = blankBeforeOther(seed, version);
  const text = oneLine(renderReport(truth, { to: 'text' }), false);
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const want = new Map(listCells(truth).map((c) => [c.address, c.value]));
  const cells = listCells(report!).filter((c) => c.address.startsWith(EMPTY) || c.address.startsWith(`${OTHER}.`));
  return { text, cells, want, diagnostics };
}

describe('one-line table 三: a row’s own list marker is no group label’s piece (probe 454 p06)', () => {
  for (const seed of [1, 2, 3])
    it(`2019, seed ${seed}: the blank row before (六)其他处理 is read blank and 其他处理 as printed`, () => {
      const { text, cells, want, diagnostics } = read(seed, '2019');
      expect(text).toContain('要求行政机关确认或重新出具已获取信息 （六）其他处理 ');
      expect(cells).toHaveLength(14);
      for (const c of cells) {
        expect(c.status, c.address).toBe(want.get(c.address) === null ? 'blank' : 'value');
        expect(c.value, c.address).toBe(want.get(c.address));
      }
      expect(diagnostics.filter((d) => d.code === 'ownership-undecided' || d.code === 'equation-unkept')).toEqual([]);
    });
});
