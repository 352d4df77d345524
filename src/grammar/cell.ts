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

/** Cells that can only be text: no leading digit, sign or blank marker (checked before the grammar runs). */
const MAYBE_CELL = /^[ \t]*(?:[+\-\u2212]?[ ]?\d|[/\\\-\u2012-\u2015—无空Nn]|$)/;
const TEXT: TextContent = { kind: 'text' };
const cache = new Map<string, CellContent>();

/** Classifies the text of one cell. Results are cached (cells repeat: '0', '1', '—'). */
export function parseCellContent(text: string): CellContent {
  if (!MAYBE_CELL.test(text)) return TEXT;
  const hit = cache.get(text);
  if (hit) return hit;
  const r = run(cell, text);
  const out = r.ok ? r.value : TEXT;
  if (cache.size > 5000) cache.clear();
  cache.set(text, out);
  return out;
}
