/**
 * Cell grammar: what one table cell says — a number (with sign, decimals, thousands separators,
 * a unit and an annotation: `+3`, `280232.58`, `117批次`, `22(其中修订16件)`), a blank marker
 * (empty, `/`, `-`, `—`, `无`), or text.
 */
import { alt, eof, groups, seqMap, token, run, type Grammar } from './parsimmon.js';

/** A number read from a cell. */
export interface NumberContent {
  /** Discriminant. */
  kind: 'number';
  /** The value (sign and decimals kept). */
  value: number;
  /** Whether an explicit sign was written (`+3`, `-18`). */
  signed: boolean;
  /** Digits as written, without sign and separators (used to spot glued digit runs). */
  digits: string;
  /** Unit written after the number. */
  unit?: string;
  /** Parenthesised annotation after the number, without the brackets. */
  note?: string;
}

/** A blank marker. */
export interface BlankContent {
  /** Discriminant. */
  kind: 'blank';
}

/** Anything else. */
export interface TextContent {
  /** Discriminant. */
  kind: 'text';
}

/** What a cell holds. */
export type CellContent = NumberContent | BlankContent | TextContent;

/** Units seen written inside cells. Longest first so `万元` wins over `元`. */
export const CELL_UNITS = ['人次', '万元', '批次', '元', '件', '项', '个', '宗', '条', '次', '家', '户', '份', '起', '例'] as const;

const ws = token(/[ \t]*/);
const numberCore = groups(/([+\-\u2212]?)[ ]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/, 'number');
const unit = token(new RegExp(`(?:${CELL_UNITS.join('|')})`), 'unit');
const note = groups(/\(([^()]*)\)/, 'annotation');

const numberCell: Grammar<NumberContent> = seqMap(
  ws,
  numberCore,
  ws,
  unit.atMost(1),
  ws,
  note.atMost(1),
  ws,
  eof,
  (_a, m, _b, u, _c, n) => {
    const sign = m[1] ?? '';
    const intPart = (m[2] ?? '').replace(/,/g, '');
    const frac = m[3] ?? '';
    const abs = Number(intPart + frac);
    const out: NumberContent = {
      kind: 'number',
      value: sign === '' || sign === '+' ? abs : -abs,
      signed: sign !== '',
      digits: intPart + frac,
    };
    if (u.length > 0) out.unit = (u[0] as { text: string }).text;
    if (n.length > 0) out.note = ((n[0] as RegExpExecArray)[1] ?? '').trim();
    return out;
  },
);

const blankCell: Grammar<BlankContent> = seqMap(
  token(/[ \t]*(?:\/|\\|-{1,2}|\u2014{1,2}|\u2013|\u2012|\u2015|—|无|空|N\/A|n\/a)?[ \t]*/),
  eof,
  () => ({ kind: 'blank' as const }),
);

const cell: Grammar<CellContent> = alt<CellContent>(numberCell, blankCell);

/**
 * Cells that can only be text: no leading digit, sign or blank marker (checked before the grammar runs).
 * The pattern {@link mayBeCell} tests code unit by code unit (`test/cell-grammar.test.ts` checks the two agree).
 * @internal
 */
export const MAYBE_CELL = /^[ \t]*(?:[+\-\u2212]?[ ]?\d|[/\\\-\u2012-\u2015—无空Nn]|$)/;
const TEXT: TextContent = { kind: 'text' };
const cache = new Map<string, CellContent>();
/** Cells remembered by each memory before it is cleared (bounds it on inputs of many distinct cells). */
const MAX_REMEMBERED = 5000;
/** Plain integers without a leading zero (`0`, `17`, `2345`) by value: most cells, read without the grammar. */
const integers = new Map<number, NumberContent>();
/** Longest plain integer read by {@link integers} (its values stay small integers). */
const MAX_PLAIN_DIGITS = 6;

/**
 * {@link MAYBE_CELL} without the regex engine (a test per cell was a third of
 * {@link parseCellContent}'s time): spaces and tabs, then the end, a digit, a sign before a digit
 * (one space between them allowed) or a blank marker.
 * @internal
 */
export function mayBeCell(text: string): boolean {
  let i = 0;
  let c = text.charCodeAt(0);
  while (c === 0x20 || c === 0x09) c = text.charCodeAt(++i);
  if (i >= text.length) return true;
  if (c >= 0x30 && c <= 0x39) return true;
  if (c === 0x2f || c === 0x5c || c === 0x2d || (c >= 0x2012 && c <= 0x2015) || c === 0x65e0 || c === 0x7a7a || c === 0x4e || c === 0x6e) {
    return true;
  }
  if (c !== 0x2b && c !== 0x2212) return false;
  c = text.charCodeAt(++i);
  if (c === 0x20) c = text.charCodeAt(++i);
  return c >= 0x30 && c <= 0x39;
}

/** Value of a plain integer of at most {@link MAX_PLAIN_DIGITS} digits, no leading zero (or `0`); -1 for anything else. */
function plainInteger(text: string): number {
  const n = text.length;
  if (n === 0 || n > MAX_PLAIN_DIGITS || (n > 1 && text.charCodeAt(0) === 0x30)) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Classifies the text of one cell. Results are cached (cells repeat: '0', '1', '—'). */
export function parseCellContent(text: string): CellContent {
  const v = plainInteger(text);
  if (v >= 0) {
    // What the grammar gives a plain integer (the same fields in the same order).
    let hit = integers.get(v);
    if (hit === undefined) {
      hit = { kind: 'number', value: v, signed: false, digits: text };
      if (integers.size > MAX_REMEMBERED) integers.clear();
      integers.set(v, hit);
    }
    return hit;
  }
  if (!mayBeCell(text)) return TEXT;
  const hit = cache.get(text);
  if (hit) return hit;
  const out = parseCellGrammar(text);
  if (cache.size > MAX_REMEMBERED) cache.clear();
  cache.set(text, out);
  return out;
}

/**
 * The cell grammar alone (no pre-check, no memory, no integer shortcut): for the tests that the
 * shortcuts of {@link parseCellContent} read what the grammar reads.
 * @internal
 */
export function parseCellGrammar(text: string): CellContent {
  const r = run(cell, text);
  return r.ok ? r.value : TEXT;
}
