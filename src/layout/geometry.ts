/**
 * The shapes the line layout works on (internal to `src/layout/`): positioned items with y turned
 * to point down the page, the lines they form, and the runs of touching items inside a line (one
 * word, one number, one cell's text), with the small predicates the layout passes share.
 */
import { asciiDigits } from '../normalize/digits.js';

/** A positioned item, y pointing down the page. */
export interface Item {
  text: string;
  page: number;
  x: number;
  /** y pointing down the page (so ascending y is reading order). */
  down: number;
  /** y as given (for the span). */
  y: number;
  w: number;
  size: number;
  confidence?: number;
  /** The item's own x when the layout moved it (a wrapped label's piece joined to its row); the span keeps it. */
  srcX?: number;
  /** A blank-cell marker the layout placed (no source item: no span). */
  synthetic?: true;
}

/** Items of one page on one baseline, left to right. */
export interface Line {
  page: number;
  /** Baseline (y down) of the line's first item. */
  down: number;
  /** Largest font size on the line. */
  size: number;
  items: Item[];
}

/** Touching items of a line read as one piece of text (a gap of at most {@link WORD_GAP} of the font size). */
export interface Run {
  text: string;
  left: number;
  right: number;
  size: number;
}

/** A gap wider than this share of the font size (but no column gap) is one space; narrower, none. */
export const WORD_GAP = 0.15;

/**
 * Two items of digits (or dashes) apart by more than this share of the font size are two cells, however close:
 * the digits of one number are one text run, set glyph against glyph (a gap of zero), while the
 * numbers of cells without padding (a browser's columns shrunk to their numbers) stand a border's
 * width apart, well under a word gap.
 */
export const DIGIT_ITEMS_GAP = 0.04;

/**
 * Two steps between lines are the same line pitch within this many page units (one font, one line
 * height: the same to rounding). Shared by the layout's readers of wrapped cells, so they agree on what
 * one line pitch is.
 */
export const PITCH_TOLERANCE = 0.3;
/** Items at one x (left edges, or centres where a reader says so) within this many page units stand in one column. */
export const SAME_X = 0.5;

/**
 * Whether two items of a line, `a` before `b`, are two cells standing apart (see {@link DIGIT_ITEMS_GAP}):
 * a number or a dash (a blank cell's mark) ends `a` and starts `b`.
 */
export function apartNumbers(aText: string, aRight: number, b: Item, size: number): boolean {
  return b.x - aRight > DIGIT_ITEMS_GAP * size && CELL_EDGE.test(aText.trimEnd().slice(-1)) && CELL_EDGE.test(b.text.trimStart().charAt(0));
}

/** A digit (ASCII or full-width) or a dash (hyphen, en and em dash, minus, full-width hyphen). */
const CELL_EDGE = /^[0-9\uff10-\uff19\-\u2013\u2014\u2212\uff0d]$/;

/** A whole number, a decimal or a signed change, alone in its run: a table value. */
const NUMBER_RUN = /^[+\-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Whether a run's text is one number (a table value), in ASCII or full-width digits. */
export function isNumberRun(run: Run): boolean {
  return NUMBER_RUN.test(asciiDigits(run.text));
}

/** Han characters and CJK punctuation: Chinese text has no spaces between words. */
export const CJK_CLASS = '[\\u2e80-\\u2fdf\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const CJK = new RegExp(CJK_CLASS, 'u');

/** Whether a character is a Han character or CJK punctuation (full-width forms included). */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/**
 * The runs of a line (its items sorted by x). Two items of digits (or dashes) where the first ends in a
 * space are two runs however close (`５８ ` and `１２５`: the space printed between them is inside the
 * first item's width, so no gap shows; joined, they read as one number, `58125`, over two columns).
 */
export function lineRuns(line: Line): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  let prevText = '';
  for (const it of line.items) {
    const right = it.x + it.w;
    const size = cur ? Math.min(cur.size, it.size) : it.size;
    const spaced =
      SPACE_END.test(prevText) && CELL_EDGE.test(prevText.trimEnd().slice(-1)) && CELL_EDGE.test(it.text.trimStart().charAt(0));
    prevText = it.text;
    if (cur && it.x - cur.right <= WORD_GAP * size && !spaced && !apartNumbers(cur.text, cur.right, it, size)) {
      cur.text += it.text.trim();
      cur.right = Math.max(cur.right, right);
      continue;
    }
    cur = { text: it.text.trim(), left: it.x, right, size: it.size };
    runs.push(cur);
  }
  return runs;
}

/** Text ending in white space. */
const SPACE_END = /\s$/;

/**
 * The items of a page with joined items in place of their pieces: `joined` maps each piece to the
 * item it became; the joined item takes the place of its first piece, in the page's order, once.
 */
export function replaceJoined(onPage: readonly Item[], joined: ReadonlyMap<Item, Item>): Item[] {
  const out: Item[] = [];
  const written = new Set<Item>();
  for (const it of onPage) {
    const j = joined.get(it);
    if (j === undefined) out.push(it);
    else if (!written.has(j)) {
      written.add(j);
      out.push(j);
    }
  }
  return out;
}
