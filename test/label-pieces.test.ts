/**
 * Pieces of wide numbers among label text, in a block stream (plain pdftotext of a printed table):
 * a row's first number wrapped over its label's lines, a neighbour one line high centred between its
 * pieces (`…禁止 470` / `2` / `公开` / `6` for 4706 and 2), numbers side by side after a label's text
 * with their pieces under the label's next line, and a line of numbers right under a label with its
 * pieces under it. Which cell a piece continues is not in the text: every chain the block allows is
 * read; the row sums, then the column equations, choose; several left → `ambiguous`. Our own text
 * (test/helpers/fixtures.ts pipeReport) as a block stream.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { findLabelHeads, findLabelSideBlocks, withLabelChains } from '../src/repairs/label-pieces.js';
import { findSideBlocks } from '../src/repairs/side-pieces.js';
import { chosenByEquations } from '../src/tables/column-choice.js';
import type { LabelToken, TableToken, ValueToken } from '../src/tables/tokens.js';
import { pipeReport } from './helpers/fixtures.js';
import { APPLICANTS, asBlockStream } from './helpers/block-stream.js';

const LAW = '2.其他法律行政法规禁止公开';
const LAW_ROW = 't3.results.denied.prohibitedByLaw';
const OTHER = '3.其他';
const OTHER_ROW = 't3.results.otherHandling.other';
const TOTAL = '(七)总计';
const NEW = '一、本年新收政府信息公开申请数量';

type Listed = { status: string; value?: number | null; candidates?: number[] };

function cellsOf(text: string): Map<string, Listed> {
  const { report } = parseReport(text, { format: 'text' });
  return new Map(listCells(report!).map((c) => [c.address, c as Listed]));
}

/** A number token on line `line` (the first on it where `start`), `gap` blank lines before it. */
function value(raw: string, line: number, gap = 0, start = true): ValueToken {
  return {
    kind: 'value',
    raw,
    content: { kind: 'number', value: Number(raw), signed: false, digits: raw },
    start: line * 10 + (start ? 0 : 5),
    end: line * 10 + raw.length,
    line,
    gapBefore: start ? gap : 0,
    lineStart: start,
  } as ValueToken;
}

/** A label token starting line `line`. */
function label(text: string, line: number, gap = 0): LabelToken {
  return { kind: 'label', text, start: line * 10, end: line * 10 + 4, line, gapBefore: gap, lineStart: true };
}

const raws = (tokens: readonly TableToken[]): string[] => tokens.map((t) => (t.kind === 'value' ? t.raw : t.kind));

describe('a first number wrapped over its label’s lines', () => {
  it('reads the chain the column equations leave where both keep the row sum', () => {
    // 4706 and 2 (`470` / `2` / `公开` / `6`): 4702 and 6 keep the row sum 4708 too, but not the
    // column sums (总计 4711 = 3 + 1 + 4706 + 1)
    const text = asBlockStream(
      pipeReport({
        [NEW]: '4711 | 3 | 0 | 0 | 0 | 0 | 4714',
        [LAW]: '4706 | 2 | 0 | 0 | 0 | 0 | 4708',
        [TOTAL]: '4711 | 3 | 0 | 0 | 0 | 0 | 4714',
      }),
      new Map([[LAW, ['2.其他法律行政法规禁止 470\n2\n公开\n6', '0', '0', '0', '0 4708']]]),
    );
    const cells = cellsOf(text);
    expect(APPLICANTS.map((c) => cells.get(`${LAW_ROW}.${c}`))).toEqual(
      [4706, 2, 0, 0, 0, 0, 4708].map((v) => expect.objectContaining({ status: 'value', value: v })),
    );
  });

  it('leaves the two cells ambiguous where the column equations cannot choose either', () => {
    // the same block, 总计 stating neither reading's column (both fail it): 4706 or 4702, 2 or 6
    const text = asBlockStream(
      pipeReport({
        [NEW]: '4711 | 3 | 0 | 0 | 0 | 0 | 4714',
        [LAW]: '4706 | 2 | 0 | 0 | 0 | 0 | 4708',
      }),
      new Map([[LAW, ['2.其他法律行政法规禁止 470\n2\n公开\n6', '0', '0', '0', '0 4708']]]),
    );
    const cells = cellsOf(text);
    expect(cells.get(`${LAW_ROW}.naturalPerson`)).toMatchObject({ status: 'ambiguous', candidates: [4702, 4706] });
    expect(cells.get(`${LAW_ROW}.commercialEnterprise`)).toMatchObject({ status: 'ambiguous', candidates: [6, 2] });
    expect(cells.get(`${LAW_ROW}.total`)).toMatchObject({ status: 'value', value: 4708 });
  });

  it('lists a head’s chains: later lone numbers of its block, no wider, up to the next head', () => {
    // `…禁止 470` / `2` / `公开` / `6` / `下一行 52` / `7`
    const tokens: TableToken[] = [
      label('禁止', 1, 1),
      value('470', 1, 0, false),
      value('2', 2),
      label('公开', 3),
      value('6', 4),
      label('下一行', 5),
      value('52', 5, 0, false),
      value('7', 6),
    ];
    const heads = findLabelHeads(tokens);
    expect(heads.map((h) => [h.head, h.chains])).toEqual([
      [1, [[2], [4]]],
      [6, [[7]]],
    ]);
    expect(raws(withLabelChains(tokens, [{ head: 1, chain: [4] }]) ?? [])).toEqual(['label', '4706', '2', 'label', 'label', '52', '7']);
    // a first piece of one digit, or starting with 0, is no wrapped number's
    expect(findLabelHeads([label('禁止', 1, 1), value('4', 1, 0, false), value('7', 2)])).toEqual([]);
    expect(findLabelHeads([label('禁止', 1, 1), value('04', 1, 0, false), value('7', 2)])).toEqual([]);
    // a blank line ends the block
    expect(findLabelHeads([label('禁止', 1, 1), value('47', 1, 0, false), value('7', 3, 1)])).toEqual([]);
  });
});

describe('numbers side by side among label text', () => {
  it('joins the pieces under a label’s next line to the row beside its first line by the row sum', () => {
    // 5.要求… 1589 1189 2070 3040 4050 2190 1412 / 已获取信息 / 8 … : the total's piece `8` under the
    // label's second line; only 14128 adds the row up
    const row = '5.要求行政机关确认或重新出具已获取信息';
    const text = asBlockStream(
      pipeReport({ [row]: '1589 | 1189 | 2070 | 3040 | 4050 | 2190 | 14128' }),
      new Map([[row, ['5.要求行政机关确认或重新出具 1589 1189 2070 3040 4050 2190 1412\n已获取信息\n8']]]),
    );
    const cells = cellsOf(text);
    expect(APPLICANTS.map((c) => cells.get(`t3.results.notProcessed.confirmOrReissue.${c}`)?.value)).toEqual([
      1589, 1189, 2070, 3040, 4050, 2190, 14128,
    ]);
  });

  it('joins a line of numbers right under a label to the pieces under it, the block set off after', () => {
    // 3.其他 / 1 0 0 0 0 318 318 / 0 1: 3180 and 3181 (318 and 3181, 3180 and 318 miss the sum)
    const text = asBlockStream(
      pipeReport({ [OTHER]: '1 | 0 | 0 | 0 | 0 | 3180 | 3181' }),
      new Map([[OTHER, [`${OTHER}\n1 0 0 0 0 318 318\n0 1`]]]),
    );
    const cells = cellsOf(text);
    expect(APPLICANTS.map((c) => cells.get(`${OTHER_ROW}.${c}`)?.value)).toEqual([1, 0, 0, 0, 0, 3180, 3181]);
  });

  it('finds the blocks: numbers beside a label’s line or right under it, pieces after the label’s lines', () => {
    const beside: TableToken[] = [
      label('部分公开', 1, 1),
      value('69', 1, 0, false),
      value('24', 1, 0, false),
      label('情形', 2),
      value('9', 3),
    ];
    expect(findLabelSideBlocks(beside)).toEqual([{ heads: [1, 2], pieces: [4] }]);
    const under: TableToken[] = [label('其他', 1, 1), value('31', 2), value('17', 2, 0, false), value('0', 3), label('下一', 5, 1)];
    expect(findLabelSideBlocks(under)).toEqual([{ heads: [1, 2], pieces: [3] }]);
    // under a label, the block must be set off after its pieces (else the next lines may be the next row's)
    const notSetOff: TableToken[] = [label('其他', 1, 1), value('31', 2), value('17', 2, 0, false), value('0', 3), label('下一', 4)];
    expect(findLabelSideBlocks(notSetOff)).toEqual([]);
  });

  it('takes a whole row of pieces under a whole row (every cell wrapped) as one block', () => {
    const heads = ['15', '11', '20', '30', '40', '21', '141'].map((r, i) => value(r, 1, 1, i === 0));
    const pieces = ['89', '89', '70', '40', '50', '90', '28'].map((r, i) => value(r, 2, 0, i === 0));
    const blocks = findSideBlocks([...heads, ...pieces]);
    expect(blocks).toEqual([{ heads: [0, 1, 2, 3, 4, 5, 6], pieces: [7, 8, 9, 10, 11, 12, 13] }]);
    // under fewer numbers, a line of seven is a row of its own
    expect(findSideBlocks([value('15', 1, 1), value('11', 1, 0, false), ...pieces])).toEqual([]);
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
