/**
 * Numbers wrapped inside their cell. A long number in a narrow cell (full-width digits are one font
 * size wide each) is broken over two or more lines of the cell: the pieces stand one above the
 * other at the cell's x, one line apart, and the cells of the row that hold one line sit at the
 * row's middle. Laid out line by line, the pieces would read as numbers of rows of their own (`17`
 * and `48` for 1748). Here the pieces of one cell are joined into one item on the row's line.
 *
 * Evidence, all required: every piece is digits only; each piece stands below the one before within
 * its horizontal extent (left, centred or right aligned in the same cell); the step between two
 * pieces is the line pitch of the document's own wrapped text (two lines of one cell, never the
 * larger step from one row to the next, which adds the cell padding and the rule), or a step below
 * that pitch where the lower piece stands alone on its line (the closer lines of digits in a Latin
 * font: two rows never stand closer than a line of their labels); every piece but the last fills
 * the line as the first does (wrapping breaks a full line), the last is no wider; and
 * the middle of the stack is the baseline of some other text of the page (the row's label or a cell
 * of one line), or, where cells are aligned at their top (an Office print), the row's one-line
 * numbers stand on the stack's first line and none at its middle: the joined number goes to that
 * line. The first piece does not start with 0 (a count has no leading zero), and every other number
 * within the stack's lines stands on its row line (a cell of one line, or the pieces of another
 * wrapped cell joined there), and so does every signed change or blank mark: in a compact table,
 * whose rows stand one line pitch apart, the one-digit numbers of a column's consecutive rows look
 * like pieces, and the cells of the other columns on their lines show them rows. No line of a stack
 * below its first starts a row label of its own (text at the upper label's left edge under a label
 * that stops short of its column's width: see `rowBelow`). Anything else stays as it is (the row
 * then reads as before, its cells flagged).
 *
 * Linear in the items apart from sorting (each piece looks at a bounded number of items below it; the
 * stacks are checked in {@link MAX_STACK_ROUNDS} rounds at most).
 */
import { AMOUNT_TAIL_RE } from '../normalize/amount-tail.js';
import { asciiDigits } from '../normalize/digits.js';
import { isCjk, replaceJoined, type Item, PITCH_TOLERANCE, SAME_X } from './geometry.js';

/** A piece of a wrapped number: digits only (ASCII or full-width), or a piece of a decimal amount ({@link DECIMAL_PIECE}). */
const DIGITS = /^\d+$/;
/**
 * A piece of a decimal amount: digits with one decimal point, which may end it (`１０１８３．` over
 * `８`: wrapped at its point; never the stack's last piece) or start it (`．８`: only the last), or
 * stand inside it (`６２５５．１` over `５`). One point to a stack.
 */
const DECIMAL_PIECE = /^(?:\d[\d,]*\.\d*|\.\d+)$/;
/**
 * A piece of a count grouped by thousands (`46,97` over `5` for 46,975): digits and single commas.
 * Joined only where the pieces make one grouped count and the first piece alone is none
 * ({@link groupedJoin}): a count printed whole never ends in a short group.
 */
const GROUPED_PIECE = /^\d+(?:,\d*)+$/;
/** A whole count grouped by thousands. */
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
/** Steps between two lines of one cell are at least this many font sizes (a line pitch)… */
const MIN_PITCH = 0.9;
/** … and at most this many. */
const MAX_PITCH = 2.2;
/** A piece lies within the one above it up to this many page units on either side. */
const WITHIN = 0.5;
/** Pieces that fill their line have the same width within this many page units. */
const SAME_WIDTH = 0.5;
/** The middle of a stack and the baseline of the row's other text agree within this share of the font size. */
const MIDDLE = 0.2;
/** Items looked at below a piece for the next piece (a line of a table holds a few dozen items at most). */
const MAX_LOOKAHEAD = 64;
/** Pieces of one number at most (a number of a report has a dozen digits at most, one per line at worst). */
const MAX_PIECES = 12;

/** A first piece that starts with 0 and goes on (a count has no leading zero), or with a decimal point (the end of a number). */
const LEADING_ZERO = /^[0.]/;
/**
 * A cell of one line that is no piece of a wrapped count: a signed change (`-3`) or a blank mark (a
 * dash: hyphen, figure, en, em and two-em dash, minus, full-width hyphen). Standing on a stack's
 * line other than its row line, it is another row's cell (see {@link oneRowStacks}).
 */
const OTHER_CELL = /^(?:[+\-\u2212\uff0b\uff0d]\d[\d,]*(?:\.\d+)?|[-\u2012-\u2015\u2212\u2e3a\u2e3b\uff0d]{1,2})$/;
/** A piece below the smallest line pitch ({@link belowPitch}) stands alone: no other text or mark within this share of the font size of its line. */
const ALONE = 0.45;
/** A digit item this share of the font size or less from the text beside it is part of that text. */
const TOUCH = 0.3;
/** Numbers looked at within one stack's lines at most (a row of a report table holds a few dozen). */
const MAX_SPAN_NUMBERS = 256;
/** Rounds of {@link oneRowStacks} at most (each refuses a stack at least; a page's stacks refuse one another a step or two deep). */
const MAX_STACK_ROUNDS = 16;

/** A line pitch needs this many steps of wrapped text (one step could be two rows of one-line labels). */
const MIN_PITCH_STEPS = 2;
/**
 * Steps seen {@link MIN_PITCH_STEPS} times up to this many times the smallest may be line pitches
 * too: one font size may be set at two line heights, the body's and the table's (a LibreOffice print
 * at 8.5 pt: body paragraphs 14.0 apart, the lines of a table cell 14.6). Only the pieces of a
 * decimal amount ({@link DECIMAL_PIECE}: one cell of its table, never the counts of rows one under
 * the other) are joined at such a pitch, or closer ({@link withinPitch}): in a Chromium print at
 * 8.25 pt the cells' lines stand 9.7 apart and the rows of a compact table 10.5, and counts joined
 * at 10.5 were two rows' numbers (probe seeds 222 and 224: `515` over `0` read 5150).
 */
const NEAR_PITCH = 1.1;

/**
 * The line pitches of the document's wrapped text per font size, smallest first: the smallest step
 * seen at least {@link MIN_PITCH_STEPS} times (the line pitch), and any other seen as often up to
 * {@link NEAR_PITCH} times it (the body's and the table's line heights: read for decimal amounts
 * only), between two consecutive items of Chinese text aligned in one column with that font size (starting at one x, or, for text centred in its cell, with one
 * centre: a browser centres a table's header words and labels), where neither line holds a number
 * (the lines of a paragraph or of a wrapped label whose row's numbers stand at its middle; the step
 * from one row's label to the next row's is left out, as both hold their row's numbers, and it is
 * larger anyway: it adds the cell padding and the rule). Rounded to a tenth of a unit.
 */
export function linePitches(items: readonly Item[]): Map<number, readonly number[]> {
  const numberLines = new Map<number, number[]>();
  for (const it of items) {
    if (!isPiece(it)) continue;
    let list = numberLines.get(it.page);
    if (!list) numberLines.set(it.page, (list = []));
    list.push(it.down);
  }
  for (const list of numberLines.values()) list.sort((a, b) => a - b);
  const holdsNumber = (it: Item): boolean => hasNear(numberLines.get(it.page) ?? [], it.down, MIDDLE * it.size);
  const text = items.filter((it) => isCjk(it.text.trimStart()[0]));
  const counts = new Map<number, Map<number, number>>();
  for (const edge of ALIGNMENTS) {
    const sorted = [...text].sort((a, b) => a.page - b.page || edge(a) - edge(b) || a.down - b.down);
    for (let k = 1; k < sorted.length; k++) {
      const a = sorted[k - 1] as Item;
      const b = sorted[k] as Item;
      if (a.page !== b.page || Math.abs(edge(a) - edge(b)) > SAME_X || a.size !== b.size) continue;
      const step = b.down - a.down;
      if (step < MIN_PITCH * a.size || step > MAX_PITCH * a.size || holdsNumber(a) || holdsNumber(b)) continue;
      let bySize = counts.get(a.size);
      if (!bySize) counts.set(a.size, (bySize = new Map()));
      const key = Math.round(step * 10) / 10;
      bySize.set(key, (bySize.get(key) ?? 0) + 1);
    }
  }
  const out = new Map<number, readonly number[]>();
  for (const [size, steps] of counts) {
    let best = Infinity;
    for (const [step, n] of steps) if (n >= MIN_PITCH_STEPS && step < best) best = step;
    if (best === Infinity) continue;
    const near: number[] = [];
    for (const [step, n] of steps) if (n >= MIN_PITCH_STEPS && step <= best * NEAR_PITCH) near.push(step);
    near.sort((a, b) => a - b);
    out.set(size, near);
  }
  return out;
}

/** Whether a step between two lines is one of the line pitches `pitches` (of their font size) to {@link PITCH_TOLERANCE}. */
export function isPitch(step: number, pitches: readonly number[] | undefined): boolean {
  return pitches !== undefined && pitches.some((p) => Math.abs(step - p) <= PITCH_TOLERANCE);
}

/**
 * Whether a step between the lines of a decimal amount's pieces is at most one of the line pitches
 * `pitches` (to {@link PITCH_TOLERANCE}): a row holds a line of its label's text at least, so two
 * rows never stand closer than that, and the lines of a number in a Latin font stand closer than
 * the lines of Chinese text (a LibreOffice print at 12 pt: `10,711.3` over `4` 14.0 apart, its
 * Chinese text 17.2).
 */
function withinPitch(step: number, pitches: readonly number[] | undefined): boolean {
  return pitches !== undefined && pitches.length > 0 && step <= (pitches[pitches.length - 1] as number) + PITCH_TOLERANCE;
}

/**
 * Whether a step between two pieces of a count is below the smallest line pitch `pitches` (by more
 * than {@link PITCH_TOLERANCE}) and still a line ({@link MIN_PITCH}): the lines of a number in a
 * Latin font stand closer than the lines of Chinese text (a LibreOffice print at 12 pt with its
 * paragraphs' wide spacing: `19` over `2` 21.0 apart, the Chinese lines 26.1), and two rows never
 * stand closer than a line of their labels' text. Read only where the lower piece stands alone on
 * its line ({@link ALONE}): a row's line holds its label or its other cells.
 */
function belowPitch(step: number, pitches: readonly number[] | undefined): boolean {
  return pitches !== undefined && pitches.length > 0 && step < (pitches[0] as number) - PITCH_TOLERANCE;
}

/** How the lines of one cell line up: at their left edge, or (centred in the cell) at their centre. */
const ALIGNMENTS: readonly ((it: Item) => number)[] = [(it) => it.x, (it) => it.x + it.w / 2];

function isPiece(it: Item): boolean {
  const t = it.text.trim();
  return t === it.text.trim() && !/\s/.test(t) && DIGITS.test(asciiDigits(t));
}

/** A piece of a count grouped by thousands ({@link GROUPED_PIECE}). */
function isGroupedPiece(it: Item): boolean {
  const t = it.text.trim();
  return !/\s/.test(t) && GROUPED_PIECE.test(asciiDigits(t));
}

/**
 * A piece of a grouped count that is no count alone (`46,97`, `46,`: its last group short): it goes
 * on on the cell's next line, so, as a decimal amount's pieces, its lines may stand closer than the
 * Chinese text's (a Latin font's lines: {@link withinPitch}).
 */
function cutGroup(it: Item): boolean {
  return isGroupedPiece(it) && !GROUPED.test(asciiDigits(it.text.trim()));
}

/**
 * Whether a stack's pieces holding commas (and no decimal point) make one count grouped by thousands
 * whose first piece alone is none (`46,97` + `5`); a stack without a comma, or with a point, passes.
 */
function groupedJoin(stack: readonly Item[]): boolean {
  const texts = stack.map((p) => asciiDigits(p.text.trim()));
  if (!texts.some((t) => t.includes(',')) || texts.some((t) => t.includes('.'))) return true;
  return GROUPED.test(texts.join('')) && cutGroup(stack[0] as Item);
}

/**
 * A whole count grouped by thousands ({@link GROUPED}: `50,929`). Standing on a stack's line other
 * than its row line, it is another row's cell of one line (see {@link oneRowStacks}): a stack's lower
 * piece never is one ({@link groupedJoin} wants the first piece's last group cut short).
 */
function isGroupedCount(it: Item): boolean {
  const t = it.text.trim();
  return !/\s/.test(t) && GROUPED.test(asciiDigits(t));
}

/** A piece of a decimal amount ({@link DECIMAL_PIECE}), or its last piece with its unit ({@link AMOUNT_TAIL_RE}). */
function isDecimalPiece(it: Item): boolean {
  const t = asciiDigits(it.text.trim());
  return DECIMAL_PIECE.test(t) || AMOUNT_TAIL_RE.test(t);
}

/** Whether a piece ends with the amount's unit ({@link AMOUNT_TAIL_RE}): no piece follows it. */
function isAmountTail(it: Item): boolean {
  return AMOUNT_TAIL_RE.test(asciiDigits(it.text.trim()));
}

/**
 * Whether `b` may follow `a` in a stack as far as the amount's unit goes: a piece with its unit
 * ends its number (nothing follows `a` then), and follows a piece of a decimal amount only (`a`
 * holding the point, or `b` starting with it).
 */
function tailInPlace(a: Item, b: Item): boolean {
  if (isAmountTail(a)) return false;
  return !isAmountTail(b) || asciiDigits(a.text).includes('.') || /^\./.test(asciiDigits(b.text.trim()));
}

/** Whether one of two pieces holds a decimal point (an amount: one cell of its table's column, no rows of counts). */
function decimalPair(a: Item, b: Item): boolean {
  return asciiDigits(a.text).includes('.') || asciiDigits(b.text).includes('.');
}

/**
 * Joins the pieces of numbers wrapped in their cells into one item each (see the module comment).
 * `onPage` is the items of one page; returns the page's items with each stack replaced by one item.
 */
export function joinWrappedNumbers(onPage: readonly Item[], pitches: ReadonlyMap<number, readonly number[]>): Item[] {
  if (pitches.size === 0) return [...onPage];
  const pieces = onPage
    .filter((it) => isPiece(it) || isDecimalPiece(it) || isGroupedPiece(it))
    .sort((a, b) => a.down - b.down || a.x - b.x);
  if (pieces.length < 2) return [...onPage];
  // The lines of everything else (text, marks): a piece with none of it on its line stands alone there.
  const words = onPage
    .filter((it) => !isPiece(it) && !isDecimalPiece(it) && !isGroupedPiece(it))
    .map((it) => it.down)
    .sort((a, b) => a - b);
  const next = new Map<Item, Item>();
  const hasAbove = new Set<Item>();
  for (let k = 0; k < pieces.length; k++) {
    const a = pieces[k] as Item;
    for (let j = k + 1; j < pieces.length && j <= k + MAX_LOOKAHEAD; j++) {
      const b = pieces[j] as Item;
      const step = b.down - a.down;
      if (step > MAX_PITCH * a.size) break;
      if (step < MIN_PITCH * a.size || b.size !== a.size) continue;
      if (b.x < a.x - WITHIN || b.x + b.w > a.x + a.w + WITHIN || b.w > a.w + SAME_WIDTH) continue;
      if (!tailInPlace(a, b)) continue;
      const own = pitches.get(a.size);
      const pitched =
        decimalPair(a, b) || cutGroup(a)
          ? withinPitch(step, own)
          : isPitch(step, own?.slice(0, 1)) || (belowPitch(step, own) && !hasNear(words, b.down, ALONE * b.size));
      if (!pitched || hasAbove.has(b)) continue;
      next.set(a, b);
      hasAbove.add(b);
      break;
    }
  }
  const stacks: Item[][] = [];
  for (const top of pieces) {
    if (hasAbove.has(top) || !next.has(top)) continue;
    const stack = [top];
    for (let p = next.get(top); p !== undefined && stack.length < MAX_PIECES; p = next.get(p)) stack.push(p);
    // (a count has no leading zero: a first piece `0` starts no number wrapped over lines)
    if (stack.length >= 2 && fillsLines(stack) && !LEADING_ZERO.test(asciiDigits(top.text.trim())) && onePoint(stack) && groupedJoin(stack))
      stacks.push(stack);
  }
  if (stacks.length === 0) return [...onPage];
  // (a lower line starting a row label of its own: the pieces are two rows' cells, see rowBelow)
  const lines = textLines(onPage);
  for (let k = stacks.length - 1; k >= 0; k--) if (rowBelow(stacks[k] as Item[], lines)) stacks.splice(k, 1);
  if (stacks.length === 0) return [...onPage];
  const inStack = new Set(stacks.flat());
  const others: number[] = [];
  const otherNumbers: number[] = [];
  for (const it of onPage) {
    if (inStack.has(it)) continue;
    others.push(it.down);
    if (isPiece(it)) otherNumbers.push(it.down);
  }
  others.sort((a, b) => a - b);
  otherNumbers.sort((a, b) => a - b);
  // Each stack's row line (where its number is joined), or none.
  const rowLine = new Map<Item[], { down: number; y: number }>();
  const topAligned = topAlignedStacks(stacks, onPage, inStack, others, { lines, pitches });
  for (const stack of stacks) {
    const top = stack[0] as Item;
    const last = stack[stack.length - 1] as Item;
    const near = MIDDLE * top.size;
    const middle = (top.down + last.down) / 2;
    // Cells aligned at their top (an Office print): the row's one-line numbers stand on the stack's first line, none at its middle;
    // or a row whose every cell wraps, its label beginning on the stacks' first line (see topAlignedStacks).
    const atTop = (hasNear(otherNumbers, top.down, near) && !hasNear(otherNumbers, middle, near)) || topAligned.has(stack);
    if (!atTop && !hasNear(others, middle, near)) continue;
    rowLine.set(stack, atTop ? { down: top.down, y: top.y } : { down: middle, y: (top.y + last.y) / 2 });
  }
  const joined = new Map<Item, Item>();
  // (a piece with a point in no stack is no number of a row here: a list number `2.` before its label)
  // (signed changes and blank marks are cells too: one on a stack's other line shows it two rows)
  // (so is a whole count grouped by thousands, `50,929`: never a lower piece of a stack, see groupedJoin)
  const numbers = pieces.filter((p) => isPiece(p) || inStack.has(p) || isGroupedCount(p));
  const cells = [...numbers, ...onPage.filter((it) => OTHER_CELL.test(asciiDigits(it.text.trim())))].sort(
    (a, b) => a.down - b.down || a.x - b.x,
  );
  for (const stack of oneRowStacks(cells, rowLine, inText(onPage))) {
    const top = stack[0] as Item;
    const at = rowLine.get(stack) as { down: number; y: number };
    const item: Item = {
      text: stack.map((p) => p.text.trim()).join(''),
      page: top.page,
      x: top.x,
      down: at.down,
      y: at.y,
      w: top.w,
      size: top.size,
    };
    joined.set(top, item);
    for (const p of stack) if (p !== top) joined.set(p, item);
  }
  return replaceJoined(onPage, joined);
}

/**
 * The stacks with a row line that are each one cell of one row: every number or other cell
 * ({@link OTHER_CELL}) standing within a stack's lines (pieces of other stacks joined at their row
 * line, and cells of one line) is on
 * the stack's row line. A row's cells of one line stand on its line, and its other wrapped cells
 * are joined there too; a number on another of the stack's lines belongs to another row: the
 * pieces then are the one-line numbers of rows packed as closely as the lines of wrapped text (a
 * compact table), not one number. A stack whose lines hold more than {@link MAX_SPAN_NUMBERS}
 * numbers is no wrapped cell either.
 *
 * A piece counts at its stack's row line only where that stack is joined itself: a stack refused
 * (its lines hold another row's numbers) leaves its pieces where they stand, and a stack that
 * passed by them is looked at again (the `51` / `79` / `24` of three rows of a compact table, one
 * column, vouched for the `24` under `79` on the `总计` row's line, and `135` over the next row's `0`
 * was joined beside it). The stacks are checked in rounds, each against the row lines of the stacks
 * left by the round before, until no stack is refused ({@link MAX_STACK_ROUNDS} at most: past them,
 * nothing is joined).
 */
function oneRowStacks(cells: readonly Item[], rowLine: ReadonlyMap<Item[], { down: number }>, text: ReadonlySet<Item>): Item[][] {
  let kept = [...rowLine.keys()];
  for (let round = 0; round < MAX_STACK_ROUNDS; round++) {
    // Every number's line as the rows stand: a kept stack's pieces at its row line. (`cells` is sorted by `down`.)
    const lineOf = new Map<Item, number>();
    for (const stack of kept) for (const p of stack) lineOf.set(p, (rowLine.get(stack) as { down: number }).down);
    const out = kept.filter((stack) => onRowLine(stack, (rowLine.get(stack) as { down: number }).down, cells, lineOf, text));
    if (out.length === kept.length) return out;
    kept = out;
  }
  return [];
}

/** Whether every cell within a stack's lines stands on its row line `at` (as `lineOf` puts the joined pieces; see {@link oneRowStacks}). */
function onRowLine(
  stack: readonly Item[],
  at: number,
  cells: readonly Item[],
  lineOf: ReadonlyMap<Item, number>,
  text: ReadonlySet<Item>,
): boolean {
  const top = stack[0] as Item;
  const last = stack[stack.length - 1] as Item;
  const near = MIDDLE * top.size;
  const lo = firstAtOrBelow(cells, top.down - near);
  for (let k = lo, seen = 0; k < cells.length && (cells[k] as Item).down <= last.down + near; k++, seen++) {
    const p = cells[k] as Item;
    if (seen >= MAX_SPAN_NUMBERS || !(text.has(p) || Math.abs((lineOf.get(p) ?? p.down) - at) <= near)) return false;
  }
  return true;
}

/**
 * The digit items run into the text after them on their line (a label's numbering `2` before
 * `、其他法律…`, set in another font): words, not cells (a table pads its cells further apart). A
 * number right after a label that fills its cell (`其他对外管理服务事项` then `283`, 0.27 font
 * sizes on, Chromium) is a cell all the same: text before a digit does not make it a word.
 */
function inText(onPage: readonly Item[]): Set<Item> {
  const sorted = [...onPage].sort((a, b) => a.down - b.down || a.x - b.x);
  const out = new Set<Item>();
  for (let k = 0; k < sorted.length; k++) {
    const it = sorted[k] as Item;
    if (!isPiece(it) && !isGroupedCount(it)) continue;
    const near = MIDDLE * it.size;
    const after = sorted[k + 1];
    const touches = (o: Item | undefined, gap: (o: Item) => number): boolean =>
      o !== undefined && !isPiece(o) && Math.abs(o.down - it.down) <= near && gap(o) < TOUCH * it.size;
    if (touches(after, (o) => o.x - (it.x + it.w))) out.add(it);
  }
  return out;
}

/**
 * The stacks of rows whose every cell wraps, aligned at their top (a browser's print of a Word table):
 * stacks sharing their first line, the row's label beginning on that line left of them, and either
 * a line of one of them below it holding no text from that label's left edge on (only pieces of numbers,
 * and perhaps a group label's piece left of the row's label: the row's label has ended, so the line
 * is none of a row of its own, as every line of a compact table of one-line rows holds its label),
 * or the stacks filling one band of lines that rows of numbers bound ({@link rowBand}: the row's
 * label as tall as its tallest cell or taller).
 * Each stack of such a group whose middle holds no text, or all of them where their
 * heights differ (cells aligned at their middle that differ in height differ in their first line),
 * is joined on that first line.
 */
function topAlignedStacks(
  stacks: readonly Item[][],
  onPage: readonly Item[],
  inStack: ReadonlySet<Item>,
  others: readonly number[],
  page: { lines: readonly TextLine[]; pitches: ReadonlyMap<number, readonly number[]> },
): Set<Item[]> {
  const out = new Set<Item[]>();
  // (text, no piece of a number: a row's label, sorted by line)
  const text = onPage.filter((it) => !inStack.has(it) && isCjk(it.text.trimStart()[0])).sort((a, b) => a.down - b.down);
  const sorted = [...stacks].sort((a, b) => (a[0] as Item).down - (b[0] as Item).down);
  for (let k = 0; k < sorted.length;) {
    const top = sorted[k]?.[0] as Item;
    const near = MIDDLE * top.size;
    let end = k + 1;
    while (end < sorted.length && (sorted[end]?.[0] as Item).down - top.down <= near) end++;
    const group = sorted.slice(k, end);
    k = end;
    let left = top;
    for (const s of group) if ((s[0] as Item).x < left.x) left = s[0] as Item;
    const labelLeft = labelStart(text, left);
    if (labelLeft === null) continue;
    // (text left of the row's label, a group label's pieces, is no row's label)
    if (!bareLineBelow(text, group, left, labelLeft) && !rowBand(page.lines, group, page.pitches.get(top.size)?.[0])) continue;
    const heights = new Set(group.map((s) => s.length)).size;
    for (const s of group) {
      const middle = ((s[0] as Item).down + (s[s.length - 1] as Item).down) / 2;
      if (heights > 1 || !hasNear(others, middle, near)) out.add(s);
    }
  }
  return out;
}

/** The index of the first of `items` (sorted by `down`) whose `down` is at least `down` (binary search). */
function firstAtOrBelow(items: readonly Item[], down: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as Item).down < down) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of `text` (sorted by line) within the font's {@link MIDDLE} share of a line (binary search for the first). */
function onLine(text: readonly Item[], at: Item): Item[] {
  const near = MIDDLE * at.size;
  const lo = firstAtOrBelow(text, at.down - near);
  const out: Item[] = [];
  for (let k = lo; k < text.length && (text[k] as Item).down <= at.down + near; k++) out.push(text[k] as Item);
  return out;
}

/**
 * The left edge of the row's label on the first line of a stack: the last run of text left of the
 * stack (after any group label's piece before it); null where no text stands there.
 */
function labelStart(text: readonly Item[], top: Item): number | null {
  const before = onLine(text, top)
    .filter((it) => it.x + it.w <= top.x + WITHIN)
    .sort((a, b) => a.x - b.x);
  const last = before[before.length - 1];
  if (last === undefined) return null;
  // (the run the last item ends: items touching it before it)
  let left = last.x;
  for (let k = before.length - 2; k >= 0; k--) {
    const it = before[k] as Item;
    if (left - (it.x + it.w) > TOUCH * it.size) break;
    left = it.x;
  }
  return left;
}

/**
 * Whether a line of the stacks of `group` below their first line (`top`) holds no text from the
 * row label's left edge on, before any line holding text left of it that does not go on a group
 * label's pieces above it (aligned with one of them at its left edge or centre: `三、` / `本年` /
 * `度办`): such text begins a row of its own (an outdented label, `四、结转…` under `（七）总计`).
 */
function bareLineBelow(text: readonly Item[], group: readonly Item[][], top: Item, labelLeft: number): boolean {
  const lower = group.flatMap((s) => s.slice(1)).sort((a, b) => a.down - b.down);
  const column = onLine(text, top).filter((it) => it.x + it.w <= labelLeft + WITHIN);
  const aligned = (it: Item): boolean =>
    column.some((c) => Math.abs(c.x - it.x) <= WITHIN || Math.abs(c.x + c.w / 2 - (it.x + it.w / 2)) <= WITHIN);
  let seen = -Infinity;
  for (const p of lower) {
    if (p.down - seen <= MIDDLE * p.size) continue;
    seen = p.down;
    const items = onLine(text, p);
    const outer = items.filter((it) => it.x + it.w <= labelLeft + WITHIN);
    if (!outer.every(aligned)) return false;
    for (const it of outer) column.push(it);
    if (outer.length === items.length) return true;
  }
  return false;
}

/** A cell's item of a line: a number or a piece of one, a signed change or a blank mark. */
function isCell(it: Item): boolean {
  return isPiece(it) || isDecimalPiece(it) || isGroupedPiece(it) || OTHER_CELL.test(asciiDigits(it.text.trim()));
}

/**
 * Whether the stacks of `group` (sharing their first line) fill one band of the page's lines: lines
 * one line pitch (`pitch`) apart from the stacks' first line down to past the last piece of the
 * tallest, holding no cell below the first line but the stacks' pieces, and a row step (more than
 * a line pitch, at most {@link MAX_PITCH} font sizes: the cell padding and the rule between two
 * rows) over the first line from the row above, numbers on its lines. A table whose rows of numbers
 * stand a row step apart sets each row's lines off by its rules, so the band is one row of it: its
 * cells are aligned at their top and wrapped, a digit or more to a line (a Word table printed by a
 * browser, its row label as tall as its tallest cell or taller, so no line of the stacks is bare).
 * In a compact table whose rows stand one line pitch apart, one-line rows of one-digit numbers
 * look like such a band, but no row step parts them from the row of numbers above.
 */
function rowBand(lines: readonly TextLine[], group: readonly Item[][], pitch: number | undefined): boolean {
  if (pitch === undefined) return false;
  const top = (group[0] as Item[])[0] as Item;
  const first = lineIndex(lines, top.down, top.size);
  if (first < 0) return false;
  const inGroup = new Set(group.flat());
  let bottom = top.down;
  for (const s of group) bottom = Math.max(bottom, (s[s.length - 1] as Item).down);
  const pitched = (j: number): boolean => isPitch((lines[j] as TextLine).down - (lines[j - 1] as TextLine).down, [pitch]);
  let last = first;
  while (last + 1 < lines.length && pitched(last + 1)) last++;
  if ((lines[last] as TextLine).down < bottom - MIDDLE * top.size) return false;
  for (let j = first + 1; j <= last; j++) if ((lines[j] as TextLine).items.some((it) => !inGroup.has(it) && isCell(it))) return false;
  // (the row above: a row step over the band's first line, numbers in the lines one pitch apart above it)
  const step = first > 0 ? (lines[first] as TextLine).down - (lines[first - 1] as TextLine).down : 0;
  if (step <= pitch + PITCH_TOLERANCE || step > MAX_PITCH * top.size) return false;
  for (let j = first - 1; j >= 0; j--) {
    // (a list number before a label, `1.`, is no cell)
    if ((lines[j] as TextLine).items.some((it) => isCell(it) && !/\.$/.test(asciiDigits(it.text.trim())))) return true;
    if (j === 0 || !pitched(j)) return false;
  }
  return false;
}

/** A run of touching Chinese text on a line (a label, or a piece of one), and the item after it on its line. */
interface TextRun {
  left: number;
  right: number;
  size: number;
  next: Item | undefined;
}

/** A line of a page: its items by x and the runs of Chinese text among them. */
interface TextLine {
  down: number;
  items: Item[];
  runs: TextRun[];
}

/**
 * The page's lines (items within {@link MIDDLE} of the font size of the line's first item's
 * baseline), top to bottom, each with its runs of touching Chinese text ({@link TOUCH}).
 */
function textLines(onPage: readonly Item[]): TextLine[] {
  const sorted = [...onPage].sort((a, b) => a.down - b.down || a.x - b.x);
  const lines: TextLine[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last !== undefined && it.down - last.down <= MIDDLE * it.size) last.items.push(it);
    else lines.push({ down: it.down, items: [it], runs: [] });
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    let run: TextRun | null = null;
    for (const it of line.items) {
      const cjk = isCjk(it.text.trimStart()[0]);
      if (run !== null && cjk && it.x - run.right <= TOUCH * it.size) {
        run.right = Math.max(run.right, it.x + it.w);
        continue;
      }
      if (run !== null && run.next === undefined) run.next = it;
      run = null;
      if (cjk) {
        run = { left: it.x, right: it.x + it.w, size: it.size, next: undefined };
        line.runs.push(run);
      }
    }
  }
  return lines;
}

/** The line of `lines` (top to bottom) at `down` (within {@link MIDDLE} of `size`), by binary search; -1 where none. */
function lineIndex(lines: readonly TextLine[], down: number, size: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as TextLine).down < down - MIDDLE * size) lo = mid + 1;
    else hi = mid;
  }
  return lo < lines.length && Math.abs((lines[lo] as TextLine).down - down) <= MIDDLE * size ? lo : -1;
}

/**
 * The one run of Chinese text of a line ending left of `x` (the row's label before a cell at `x`), or
 * undefined where none or several stand there (a group label's piece beside a row's label).
 */
function labelLeftOf(line: TextLine, x: number): TextRun | undefined {
  const before = line.runs.filter((run) => run.right <= x + WITHIN);
  return before.length === 1 ? before[0] : undefined;
}

/** A label line this many font sizes short of its column's width (two glyphs: one that did not fit, one a line-break rule moved on) is a whole label. */
const ROOM = 2;
/** Lines looked at above and below a stack for its label column's width (the rows of its table). */
const NEAR_LINES = 32;

/**
 * Whether the second line of a stack holds a row label of its own: nothing stands between its first
 * two lines (a row whose label and cells stand at the pieces' middle holds them), each holds one run
 * of text left of the stack (no group label's piece beside a row's label), the lower one beginning at
 * the left edge of the upper one, and that upper label line is
 * {@link ROOM} font sizes or more short of the width the label column shows (the widest label run
 * starting at that edge, ending before the upper line's first cell and followed on its line by a
 * number: a row's label in the same column, within {@link NEAR_LINES} lines). A label's line that
 * wraps fills its cell, so the upper label is whole, and the text below it starts a row: the pieces
 * are the cells of two rows one line apart (a compact table: `行政许可 0 3 48` over
 * `其他对外管理服务事项 3 0`), never one number wrapped in its cell.
 */
function rowBelow(stack: readonly Item[], lines: readonly TextLine[]): boolean {
  // (the first two lines: the row's label on the first, the next row's on the second)
  const a = stack[0] as Item;
  const b = stack[1] as Item;
  const ai = lineIndex(lines, a.down, a.size);
  const bi = lineIndex(lines, b.down, b.size);
  // (a row's line between them, its label and cells at the pieces' middle: a wrapped cell of that row)
  if (ai < 0 || bi < 0 || lineIndex(lines, (a.down + b.down) / 2, a.size) >= 0) return false;
  const up = labelLeftOf(lines[ai] as TextLine, a.x);
  const low = labelLeftOf(lines[bi] as TextLine, b.x);
  if (up === undefined || low === undefined || Math.abs(up.left - low.left) > SAME_X) return false;
  const cellLeft = up.next?.x ?? a.x;
  let width = up.right;
  for (let j = Math.max(0, ai - NEAR_LINES); j < lines.length && j <= ai + NEAR_LINES; j++) {
    for (const run of (lines[j] as TextLine).runs) {
      if (Math.abs(run.left - up.left) > SAME_X || run.right > cellLeft + WITHIN || run.next === undefined) continue;
      if (isPiece(run.next) || OTHER_CELL.test(asciiDigits(run.next.text.trim()))) width = Math.max(width, run.right);
    }
  }
  return width - up.right >= ROOM * up.size;
}

/** At most one decimal point in a stack, ending no last piece and starting none but the last (the fraction follows the point). */
function onePoint(stack: readonly Item[]): boolean {
  let points = 0;
  stack.forEach((p, k) => {
    const t = asciiDigits(p.text.trim());
    if (!t.includes('.')) return;
    points++;
    // (a point ends no last piece and starts no other)
    if ((t.endsWith('.') && k === stack.length - 1) || (t.startsWith('.') && k < stack.length - 1)) points = 2;
  });
  return points <= 1;
}

/** Every piece but the last fills its line as the first does; the last is no wider. */
function fillsLines(stack: readonly Item[]): boolean {
  const top = stack[0] as Item;
  for (let k = 1; k < stack.length; k++) {
    const p = stack[k] as Item;
    if (k < stack.length - 1 ? Math.abs(p.w - top.w) > SAME_WIDTH : p.w > top.w + SAME_WIDTH) return false;
  }
  return true;
}

/** Whether a sorted list holds a value within `tolerance` of `v` (binary search). */
function hasNear(sorted: readonly number[], v: number, tolerance: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < v - tolerance) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) <= v + tolerance;
}
