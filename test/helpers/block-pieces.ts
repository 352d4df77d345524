/**
 * The shapes the tests of numbers wrapped in a block stream share (plain pdftotext of a LibreOffice
 * print: `repairs/cell-pieces.ts`, `repairs/side-pieces.ts`): a report's cells by address, a number
 * token alone on a line, and the raw texts of tokens.
 */
import { listCells, parseReport } from '../../src/index.js';
import type { TableToken, ValueToken } from '../../src/tables/tokens.js';

/** A cell as the tests read it: its status, value and candidates. */
export interface ShownCell {
  status: string;
  value?: number | null;
  candidates?: number[];
}

/** The cells of a text read as a report, by address. */
export function cellsOf(text: string): Map<string, ShownCell> {
  const { report } = parseReport(text, { format: 'text' });
  return new Map(listCells(report!).map((c) => [c.address, c as ShownCell]));
}

/** A number token on line `line` (the first on it where `start`), `gap` blank lines before it. */
export function value(raw: string, line: number, gap: number, start = true): ValueToken {
  return {
    kind: 'value',
    raw,
    content: { kind: 'number', value: Number(raw), signed: false, digits: raw },
    start: line * 10,
    end: line * 10 + raw.length,
    line,
    gapBefore: start ? gap : 0,
    lineStart: start,
  } as ValueToken;
}

/** Each token's raw text (a number) or its kind. */
export const raws = (tokens: readonly TableToken[]): string[] => tokens.map((t) => (t.kind === 'value' ? t.raw : t.kind));
