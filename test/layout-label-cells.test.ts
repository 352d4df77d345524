import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { item, PARAGRAPH_LINES, textLines } from './helpers/positioned-items.js';

// Our own Chromium print of a Word-width table 三 (issue 12, probe seeds 270 p09, 279 p12, 299 p04,
// 300 p10): the row-label column is two characters wide, so `１．属于国家秘密` breaks right after its
// number. The cell's first line holds `１．` alone, beside the row's numbers; the text stands below it,
// two characters to a line at the cell's left edge (or centred as the number is). Laid out line by
// line, the row read `１． 9847 …` (a number too many) and its text a stack of pieces of no row: the
// whole table 三 was flagged. The pieces now go back onto their list number.

/** The line pitch of the wrapped text (`PARAGRAPH_LINES` gives the document that pitch). */
const PITCH = 18;
const NUMBERS_AT = [165, 213, 265, 316, 371, 432, 471];

function row(
  y: number,
  marker: string,
  markerX: number,
  numbers: readonly string[],
  pieces: readonly string[],
  pieceX: (t: string) => number,
): PositionedText[] {
  return [
    item(marker, markerX, y),
    ...numbers.map((n, k) => item(n, NUMBERS_AT[k] as number, y)),
    ...pieces.map((t, k) => item(t, pieceX(t), y - PITCH * (k + 1))),
  ];
}

const ROW1 = ['9847', '92724', '53225', '34475', '6814', '1', '197086'];
const ROW2 = ['61051', '—', '91736', '37876', '213', '—', '190876'];

describe('a row label wrapped in its narrow cell right after its list number', () => {
  it('full-width numbers, pieces at the cell’s left edge: each row reads its whole label beside its numbers', () => {
    const items = [
      ...PARAGRAPH_LINES,
      item('（三）', 75, 335),
      item('不予公', 75, 335 - PITCH),
      item('开', 87, 335 - 2 * PITCH),
      ...row(335, '１．', 123, ROW1, ['属于', '国家', '秘密'], () => 123),
      ...row(335 - 4 * PITCH, '２．', 123, ROW2, ['其他', '法律', '行政', '法规', '禁止', '公开'], () => 123),
      ...row(335 - 11 * PITCH, '３．', 123, ROW1, ['危及', '“三', '安全', '一稳', '定”'], () => 123),
    ];
    const lines = textLines(layoutText(items).text).slice(PARAGRAPH_LINES.length);
    expect(lines[0]?.split(/ {2,}/)).toEqual(['（三）', '１．属于国家秘密', ...ROW1]);
    expect(lines).toContain('不予公');
    expect(lines).toContain('开');
    expect(lines.find((l) => l.startsWith('２．'))?.split(/ {2,}/)).toEqual(['２．其他法律行政法规禁止公开', ...ROW2]);
    expect(lines.find((l) => l.startsWith('３．'))?.split(/ {2,}/)).toEqual(['３．危及“三安全一稳定”', ...ROW1]);
    expect(lines).toHaveLength(5);
  });

  it('ASCII numbers centred in the cell, pieces centred too', () => {
    // (`1.` 12 wide at 121.6: its centre 127.6; a piece of two characters 24 wide centred there)
    const centred = (t: string): number => 127.6 - (12 * [...t].length) / 2;
    const items = [
      ...PARAGRAPH_LINES,
      ...row(672, '1.', 121.6, ROW1, ['属于', '国', '家秘', '密'], centred),
      ...row(672 - 5 * PITCH, '2.', 121.6, ROW2, ['其他', '法律'], centred),
    ];
    const lines = textLines(layoutText(items).text).slice(PARAGRAPH_LINES.length);
    expect(lines.map((l) => l.split(/ {2,}/)[0])).toEqual(['1.属于国家秘密', '2.其他法律']);
  });

  it('rows whose cells print nothing when blank keep their markers: the lines their labels left stay between them', () => {
    // (rows 90 apart, farther than a block's step; the emptied lines of their labels keep the block together)
    const blankAt = (k: number): string[] => ROW1.map((n, j) => (j === k ? '' : n));
    const rowsOf = [0, 1, 2].flatMap((r) =>
      row(335 - 5 * PITCH * r, `${r + 1}.`, 123, blankAt(r + 1), ['属于', '国家', '秘密', '事项'], () => 123).filter(
        (it) => it.text !== '',
      ),
    );
    const lines = textLines(layoutText([...PARAGRAPH_LINES, ...rowsOf]).text).slice(PARAGRAPH_LINES.length);
    expect(lines.map((l) => l.split(/ {2,}/))).toEqual(
      [0, 1, 2].map((r) => [`${r + 1}.属于国家秘密事项`, ...blankAt(r + 1).map((n) => n || '—')]),
    );
  });

  it('a piece off the cell, or a line holding a number, ends the label: the rest stays as printed', () => {
    const items = [
      ...PARAGRAPH_LINES,
      ...row(335, '１．', 123, ROW1, ['属于'], () => 123),
      item('国家', 140, 335 - 2 * PITCH),
      item('另一段', 123, 335 - 3 * PITCH),
      item('说明', 123, 335 - 4 * PITCH),
    ];
    const lines = textLines(layoutText(items).text).slice(PARAGRAPH_LINES.length);
    expect(lines[0]?.split(/ {2,}/)[0]).toBe('１．属于');
    expect(lines.slice(1)).toEqual(['国家', '另一段', '说明']);
  });
});
