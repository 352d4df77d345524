/**
 * Table 二 in plain `pdftotext` of a Chromium print whose sub-tables each take their own width: the
 * third cell of 第二十条第（一）项's `规章` row (23) stands right of the narrower sub-tables below, and
 * poppler writes it two sub-tables on, after `行政处罚` (`规章 / 23 / 0` … `行政处罚 / 23 / 行政强制`;
 * 行政处罚 and 行政强制 both blank). Table 二 has no arithmetic to tell that from 规章's third cell
 * blank and 行政处罚 23: 行政处罚's number is only a candidate. Our own report (probe seed 471 p05,
 * Chromium, blank cells printed as nothing).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

const SUB = 't2.art20_6.';
const FIXTURE = 'probe-471-p05-chromium-plain.txt';

/** Each cell as its value, `ambiguous:[…]`, or its status. */
const shown = (text: string, prefix: string): unknown[] =>
  cellsUnder(text, prefix).map((c) =>
    c.status === 'value' ? c.value : c.status === 'ambiguous' ? `ambiguous:${JSON.stringify(c.candidates)}` : c.status,
  );

/** The fixture with table 二's region rewritten by `edit`. */
function edited(edit: (region: string) => string): string {
  const text = readFixture(FIXTURE);
  const at = text.indexOf('二、主动公开');
  const end = text.indexOf('三、收到和处理');
  return text.slice(0, at) + edit(text.slice(at, end)) + text.slice(end);
}

describe('table 二: a wider row short of a cell, a narrower sub-table short of numbers after it', () => {
  it('states no number for the narrower sub-table (it may be the wider row lost cell)', () => {
    const text = readFixture(FIXTURE);
    expect(shown(text, SUB)).toEqual(['ambiguous:[23]', 'missing']);
    // (the short row itself stays flagged: two numbers for three cells)
    expect(cellsUnder(text, 't2.art20_1.regulations.').every((c) => c.status === 'ambiguous')).toBe(true);
  });

  it('so too with every cell on the line after the text before it (no blank lines)', () => {
    expect(
      shown(
        edited((r) => r.replace(/\n\n+/g, '\n')),
        SUB,
      ),
    ).toEqual(['ambiguous:[23]', 'missing']);
  });

  it('keeps the number where the wider row shows all its cells', () => {
    const text = edited((r) => r.replace('规章\n\n23\n\n0\n', '规章\n\n23\n\n0\n\n23\n'));
    expect(shown(text, 't2.art20_1.regulations.')).toEqual([23, 0, 23]);
    expect(shown(text, SUB)).toEqual([23, 'missing']);
  });

  it('keeps the numbers where the narrower sub-table shows a number for each cell', () => {
    const text = edited((r) => r.replace('行政强制\n', '行政强制\n\n5\n\n'));
    expect(shown(text, SUB)).toEqual([23, 5]);
  });

  it('reads a number after the last label, the labels written as a block, in the text order', () => {
    // (a page break stands before 行政强制 in the probe text: the 23 was written last on its page)
    const text = edited((r) => r.replace('行政处罚\n\n23\n\n\f行政强制\n', '行政处罚\n\f行政强制\n\n23\n'));
    expect(text).toContain('行政强制\n\n23\n');
    expect(shown(text, SUB)).toEqual(['missing', 23]);
  });

  it('keeps the number printed beside its label, on its line', () => {
    const text = edited((r) => r.replace('行政处罚\n\n23\n', '行政处罚 23\n'));
    expect(shown(text, SUB)).toEqual([23, 'missing']);
  });
});
