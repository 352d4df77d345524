/**
 * A row label wrapped in a narrow cell right after its list number. A Word table whose label column
 * is a few characters wide breaks `１．属于国家秘密` after the number: the cell's first line holds
 * `１．` alone, on the row's line beside its numbers, and the text stands on the lines below, a piece
 * or two characters to a line, each at the cell's left edge (`属于` / `国家` / `秘密`). Laid out line
 * by line, the row reads `１． 9847 92724 …` (the list number a glued number to the reader, the
 * row one number over) and its text a stack of label pieces of no row. Here the pieces go back onto
 * the list number: the row's line reads `１．属于国家秘密 9847 …`.
 *
 * Evidence, all required: the row's line holds numbers (and blank marks), and the last text before them is a list
 * number alone (`１．`, `2、`); on each line below, one line pitch of the document's wrapped text apart,
 * a piece of text starting with a Chinese character or an opening quote stands at the list number's
 * left edge or with its centre, the last text of a line
 * holding no number and nothing else right of the piece; the pieces end at the first line where this
 * does not hold, or whose piece starts a list number of its own (the next row). Text left of the
 * cell (a group label's pieces) stays where it is.
 *
 * Linear in the lines of a page (each row looks at the lines of its cell below it).
 */
import { asciiDigits } from '../normalize/digits.js';
import { isCjk, isNumberRun, lineRuns, type Item, type Line, PITCH_TOLERANCE, SAME_X } from './geometry.js';

/** Lines of one label cell at most (a label of thirty characters, two to a line, and some to spare). */
const MAX_PIECES = 24;
/** A list number alone: one or two digits and a full stop or an enumeration comma (full-width forms too). */
const LIST_NUMBER_RE = /^\d{1,2}[.、]$/;
/** A blank cell's mark among a row's numbers (a dash of any kind). */
const BLANK_MARK_RE = /^[-\u2013\u2014\u2212\uff0d]+$/;
/** A piece that starts a list number of its own: the next row's label. */
const LIST_START_RE = /^\d{1,2}[.、\uff0e]/;

/**
 * Joins the text of row labels wrapped after their list number onto it (see the module comment).
 * `lines` is one page's lines, top to bottom; `pitches` the line pitches per font size
 * (`linePitches`: the smallest, the line pitch, is read).
 */
export function joinLabelCells(lines: Line[], pitches: ReadonlyMap<number, readonly number[]>): void {
  if (pitches.size === 0) return;
  for (let j = 0; j + 1 < lines.length; j++) {
    const line = lines[j] as Line;
    const marker = listNumberBeforeNumbers(line);
    if (marker === null) continue;
    const pitch = pitches.get(marker.size)?.[0];
    if (pitch === undefined) continue;
    const texts: string[] = [];
    let down = marker.down;
    for (let k = j + 1; k < lines.length && texts.length < MAX_PIECES; k++) {
      const below = lines[k] as Line;
      const piece = pieceBelow(below, marker, down, pitch);
      if (piece === null) break;
      texts.push(piece.map((it) => it.text.trim()).join(''));
      down = (piece[0] as Item).down;
      below.items = below.items.filter((it) => !piece.includes(it));
    }
    if (texts.length > 0) marker.text = marker.text.trimEnd() + texts.join('');
  }
  // (a line left without items stays, as the lines of a wrapped label do: the blank cells read a block of rows by its steps)
}

/** The item of a row's line holding a list number alone right before the line's numbers (blank marks among them); null otherwise. */
function listNumberBeforeNumbers(line: Line): Item | null {
  const runs = lineRuns(line);
  const first = runs.findIndex(isNumberRun);
  if (first <= 0 || runs.slice(first).some((r) => !isNumberRun(r) && !BLANK_MARK_RE.test(r.text))) return null;
  const label = runs[first - 1] as { text: string; left: number };
  // (`．` the full-width full stop)
  if (!LIST_NUMBER_RE.test(asciiDigits(label.text).replace(/\uff0e/g, '.'))) return null;
  const item = line.items.find((it) => it.x === label.left);
  return item !== undefined && item.text.trim() === label.text ? item : null;
}

/** Opening quotes a label's piece may start with (`“三安全一稳定”`). */
const OPENING_QUOTE_RE = /^[\u201c\u2018"'\u300c\u300e]/;

/**
 * The items of the piece of a label cell on `line`, one line pitch below `down`, at the marker's left
 * edge: one run of text starting with a Chinese character or an opening quote, the last text of a
 * line holding no number; null otherwise.
 */
function pieceBelow(line: Line, marker: Item, down: number, pitch: number): Item[] | null {
  if (line.page !== marker.page) return null;
  const runs = lineRuns(line);
  const run = runs[runs.length - 1];
  if (run === undefined || runs.some(isNumberRun)) return null;
  // (at the cell's left edge, or centred in it as the list number is)
  const centre = marker.x + marker.w / 2;
  if (Math.abs(run.left - marker.x) > SAME_X && Math.abs((run.left + run.right) / 2 - centre) > SAME_X) return null;
  const items = line.items.filter((it) => it.x >= run.left && it.x < run.right);
  const first = items[0];
  if (first === undefined || items.some((it) => it.size !== marker.size || Math.abs(it.down - down - pitch) > PITCH_TOLERANCE)) return null;
  const text = run.text.trim();
  if (!(isCjk(text[0]) || OPENING_QUOTE_RE.test(text)) || LIST_START_RE.test(asciiDigits(text))) return null;
  return items;
}
