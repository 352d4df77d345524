/**
 * Pieces of a group label that fall on a row's line. A table of the 2019 template has a column of
 * group labels (`（三）不予公开`) left of the row labels; a group label wrapped over two lines of its
 * cell has its second piece (`予公开`) one line pitch below the first, and where that is the height
 * of a row whose own label wraps around its numbers, the piece shares the row's line: laid out as
 * text the row reads `予公开  5588 …` and its real label (`５．属于三类内部事` above, `务信息`
 * below) has no numbers. Here such a piece goes back to the line of the group label's first piece.
 *
 * Evidence, all required: the row's line holds text before its numbers, all of it left of the row
 * label pieces on the lines just above and below (which hold no number); one line pitch of the
 * document's wrapped text above that text, aligned with it (same left edge or same centre), stands
 * another piece of text on a line without numbers (the group label's first piece). Anything else
 * stays as it is.
 *
 * Linear in the lines of a page (each row looks at a bounded number of lines above it).
 */
import { isNumberRun, lineRuns, type Item, type Line, PITCH_TOLERANCE, SAME_X } from './geometry.js';

/** Lines looked at above a row for the group label's first piece. */
const MAX_LINES_UP = 3;

/**
 * Moves pieces of wrapped group labels off the rows' lines (see the module comment). `lines` is one
 * page's lines, top to bottom; `pitches` the line pitches per font size (`linePitches`: the
 * smallest, the line pitch, is read).
 */
export function joinGroupPieces(lines: Line[], pitches: ReadonlyMap<number, readonly number[]>): void {
  if (pitches.size === 0) return;
  for (let j = 1; j + 1 < lines.length; j++) {
    const line = lines[j] as Line;
    const pieces = outerPieces(line, lines[j - 1] as Line, lines[j + 1] as Line);
    if (pieces === null) continue;
    const first = pieces[0] as Item;
    const pitch = pitches.get(first.size)?.[0];
    if (pitch === undefined) continue;
    const target = groupLine(lines, j, pieces, pitch);
    if (target === null) continue;
    line.items = line.items.filter((it) => !pieces.includes(it));
    for (const p of pieces) target.items.push(p);
    target.items.sort((a, b) => a.x - b.x);
  }
}

/**
 * The items of a row's line before its numbers when all of them stand left of the row label's pieces
 * on the lines just above and below (lines without numbers); null otherwise.
 */
function outerPieces(line: Line, above: Line, below: Line): Item[] | null {
  if (above.page !== line.page || below.page !== line.page || holdsNumber(above) || holdsNumber(below)) return null;
  const runs = lineRuns(line);
  const firstNumber = runs.findIndex(isNumberRun);
  if (firstNumber <= 0 || runs.slice(firstNumber).some((r) => !isNumberRun(r))) return null;
  const valuesLeft = (runs[firstNumber] as { left: number }).left;
  const pieces = line.items.filter((it) => it.x < valuesLeft);
  let right = 0;
  for (const p of pieces) right = Math.max(right, p.x + p.w);
  const innerLeft = Math.min(leftOf(above), leftOf(below));
  const innerRight = Math.max(rightOf(above), rightOf(below));
  return pieces.length > 0 && right <= innerLeft && innerRight <= valuesLeft ? pieces : null;
}

/** The line above row `j` holding the group label's first piece (see the module comment), or null. */
function groupLine(lines: readonly Line[], j: number, pieces: readonly Item[], pitch: number): Line | null {
  const first = pieces[0] as Item;
  const last = pieces[pieces.length - 1] as Item;
  const left = first.x;
  const centre = (first.x + last.x + last.w) / 2;
  for (let k = j - 1; k >= 0 && k >= j - MAX_LINES_UP; k--) {
    const line = lines[k] as Line;
    if (line.page !== first.page) return null;
    for (const run of lineRuns(line)) {
      const step = first.down - lineItemDown(line, run.left);
      if (Math.abs(step - pitch) > PITCH_TOLERANCE) continue;
      const aligned = Math.abs(run.left - left) <= SAME_X || Math.abs((run.left + run.right) / 2 - centre) <= SAME_X;
      if (aligned) return holdsNumber(line) ? null : line;
    }
  }
  return null;
}

/** The baseline of the item of a line starting at `x`. */
function lineItemDown(line: Line, x: number): number {
  for (const it of line.items) if (it.x === x) return it.down;
  return line.down;
}

function holdsNumber(line: Line): boolean {
  return lineRuns(line).some(isNumberRun);
}

function leftOf(line: Line): number {
  return line.items.length > 0 ? (line.items[0] as Item).x : Infinity;
}

function rightOf(line: Line): number {
  let right = -Infinity;
  for (const it of line.items) right = Math.max(right, it.x + it.w);
  return right;
}
