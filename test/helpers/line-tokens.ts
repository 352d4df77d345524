/**
 * Hand-made tokens of table lines for the unit tests of the line repairs (label-begun-before and
 * the like): values and labels at offsets `line * 100 + …`, so that a token's line and column
 * follow from its offset; and, for the wrapped-pieces tests, digits at any offset of a line
 * (`valueAt`, `item`).
 */
import type { RowItem } from '../../src/tables/placement.js';
import type { LabelToken, ValueToken } from '../../src/tables/tokens.js';

/** A value token at offset `start` on line `line`. */
export function value(v: number, start: number, line: number): ValueToken {
  return {
    kind: 'value',
    raw: String(v),
    content: { kind: 'count', value: v },
    start,
    end: start + String(v).length,
    line,
    column: start - line * 100,
    gapBefore: 1,
    lineStart: false,
  } as unknown as ValueToken;
}

/** A label token at the start of line `line`. */
export function label(text: string, line: number): LabelToken {
  return { kind: 'label', text, start: line * 100, end: line * 100 + text.length, line, column: 0 } as unknown as LabelToken;
}

/** The values of line `line` as items, at offsets `line * 100 + 40 + pitch * j`. */
export function items(values: readonly number[], line: number, pitch: number): RowItem[] {
  return values.map((v, j) => ({ token: value(v, line * 100 + 40 + pitch * j, line), collapsedBefore: 0, run: 0 }) as unknown as RowItem);
}

/** A value token of the digits `raw` at offset `start` on line `line` (no column, no gap before it). */
export function valueAt(raw: string, line: number, start: number): ValueToken {
  return {
    kind: 'value',
    raw,
    content: { value: Number(raw) },
    line,
    start,
    end: start + raw.length,
    gapBefore: 0,
    lineStart: false,
  } as ValueToken;
}

/** A token as a row's item (nothing collapsed before it, in no run). */
export function item(token: ValueToken): RowItem {
  return { token, collapsedBefore: 0, run: 0 };
}
