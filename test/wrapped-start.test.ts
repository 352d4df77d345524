/**
 * A short row's start-anchored number whose cell wrapped (plain pdftotext of a LibreOffice print):
 * the number's first digits stand on the label's line, its last ones on a line of their own after
 * the label's wrapped lines (`3.要求提供公开出 4482` / `版物` / `4` / `6` …). Probe seed 110 read
 * 4482 where the page says 44824, silently (issue 12). The row's items are written by hand here.
 */
import { describe, expect, it } from 'vitest';
import { placeRow, type RowItem } from '../src/tables/placement.js';
import type { ValueToken } from '../src/tables/tokens.js';

/** A number printed as `raw` on `line`, in `run` (text between runs), first on its line or not. */
function item(raw: string, line: number, run: number, lineStart = true): RowItem {
  const value = Number(raw.normalize('NFKC'));
  const token: ValueToken = {
    kind: 'value',
    raw,
    content: { kind: 'number', value, signed: false, digits: String(value) },
    start: line * 10,
    end: line * 10 + raw.length,
    line,
    gapBefore: lineStart ? 1 : 0,
    lineStart,
  };
  return { token, collapsedBefore: 0, run };
}

const evidence = (items: RowItem[]) => ({ items, gapsVisible: true, collapsedAfter: null, lossMustShow: false });

describe('a start-anchored number whose cell wrapped', () => {
  it('keeps both readings where the row goes on after text with a narrower number on a later line', () => {
    const items = [
      item('４４８２', 0, 1, false),
      item('４', 3, 2),
      item('６', 4, 2),
      item('４２', 5, 2),
      item('９７４', 6, 2),
      item('８６８', 7, 2),
    ];
    const p = placeRow(7, evidence(items));
    expect(p.columns[0]).toMatchObject({ status: 'ambiguous', candidates: [4482, 44824] });
  });

  it('states it where nothing could be its rest: one run, a wider next number, a leading 0, the same line', () => {
    const oneRun = [item('4482', 0, 1, false), item('4', 1, 1), item('6', 2, 1)];
    expect(placeRow(7, evidence(oneRun)).columns[0]).toMatchObject({ status: 'value', token: { raw: '4482' } });
    const wider = [item('44', 0, 1, false), item('482', 3, 2)];
    expect(placeRow(7, evidence(wider)).columns[0]).toMatchObject({ status: 'value', token: { raw: '44' } });
    const zero = [item('0', 0, 1, false), item('4', 3, 2)];
    expect(placeRow(7, evidence(zero)).columns[0]).toMatchObject({ status: 'value', token: { raw: '0' } });
    const sameLine = [item('44', 0, 1, false), item('4', 0, 2, false)];
    expect(placeRow(7, evidence(sameLine)).columns[0]).toMatchObject({ status: 'value', token: { raw: '44' } });
  });
});
