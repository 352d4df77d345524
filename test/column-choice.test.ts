/**
 * Numbers wrapped side by side in one block of a block stream (plain pdftotext of a printed table)
 * whose joinings all keep the row sum (`15 65` / `4` / `6`: 154 and 656, or 156 and 654): the column
 * equations choose the one whose fully stated equations hold where the others' fail; where they
 * cannot, the cells stay `ambiguous`. Our own text (test/helpers/fixtures.ts pipeReport) as a block stream.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { chosenByEquations } from '../src/tables/column-choice.js';
import { pipeReport } from './helpers/fixtures.js';
import { APPLICANTS, asBlockStream } from './helpers/block-stream.js';

const OTHER = '3.其他';
const OTHER_ROW = 't3.results.otherHandling.other';
const TOTAL = '(七)总计';
const NEW = '一、本年新收政府信息公开申请数量';

type Listed = { status: string; value?: number | null; candidates?: number[] };

function cellsOf(text: string): Map<string, Listed> {
  const { report } = parseReport(text, { format: 'text' });
  return new Map(listCells(report!).map((c) => [c.address, c as Listed]));
}

describe('side-by-side joinings the row sum leaves, chosen by the column equations', () => {
  it('reads the joining whose columns add up', () => {
    // 154 and 656 (`15 65` / `4` / `6`); 156 and 654 keep the row sum 814 too, but not the column
    // sums (总计 and 本年新收 state 154 and 656)
    const text = asBlockStream(
      pipeReport({
        [NEW]: '9 | 1 | 0 | 154 | 656 | 0 | 820',
        [OTHER]: '4 | 0 | 0 | 154 | 656 | 0 | 814',
        [TOTAL]: '9 | 1 | 0 | 154 | 656 | 0 | 820',
      }),
      new Map([[OTHER, [OTHER, '4', '0', '0', '15 65\n4\n6', '0 814']]]),
    );
    const cells = cellsOf(text);
    expect(APPLICANTS.map((c) => cells.get(`${OTHER_ROW}.${c}`))).toEqual(
      [4, 0, 0, 154, 656, 0, 814].map((v) => expect.objectContaining({ status: 'value', value: v })),
    );
  });

  it('leaves the cells ambiguous where the columns cannot tell', () => {
    const text = asBlockStream(
      pipeReport({ [OTHER]: '4 | 0 | 0 | 154 | 656 | 0 | 814' }),
      new Map([[OTHER, [OTHER, '4', '0', '0', '15 65\n4\n6', '0 814']]]),
    );
    const cells = cellsOf(text);
    expect(cells.get(`${OTHER_ROW}.publicInterestOrg`)).toMatchObject({ status: 'ambiguous', candidates: [154, 156] });
    expect(cells.get(`${OTHER_ROW}.legalServiceOrg`)).toMatchObject({ status: 'ambiguous', candidates: [656, 654] });
  });
});

describe('choosing by the column equations', () => {
  const v = (value: number) => ({ status: 'value', value });
  const m = { status: 'missing' };
  /** A 2021 table 三 of zeros with some cells set. */
  function table(set: Record<string, object>): object {
    const { report } = parseReport(pipeReport(), { format: 'text' });
    const t = structuredClone(report!.tables.t3) as unknown as Record<string, unknown>;
    for (const [path, cell] of Object.entries(set)) {
      const keys = path.split('.');
      let o = t;
      for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
      o[keys[keys.length - 1] as string] = cell;
    }
    return t;
  }

  it('chooses the one reading whose fully stated equations hold where the others’ fail', () => {
    const right = table({ 'results.denied.prohibitedByLaw.naturalPerson': v(0) });
    const wrong = table({ 'results.denied.prohibitedByLaw.naturalPerson': v(2) });
    expect(chosenByEquations([wrong, right])).toBe(1);
  });

  it('chooses none where an equation cannot be stated (a cell open) or both fail alike', () => {
    const open = { 'results.total.naturalPerson': m, 'results.denied.prohibitedByLaw.total': m };
    const openRight = table({ ...open, 'results.denied.prohibitedByLaw.naturalPerson': v(0) });
    const openWrong = table({ ...open, 'results.denied.prohibitedByLaw.naturalPerson': v(2) });
    expect(chosenByEquations([openRight, openWrong])).toBe(-1);
    expect(chosenByEquations([table({}), table({})])).toBe(-1);
    expect(chosenByEquations([table({})])).toBe(-1);
  });
});
