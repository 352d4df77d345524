/**
 * Numbers wrapped inside their cell, in `pdftotext -layout` text. A long number in a narrow cell is
 * broken over two or more lines of the cell; `pdftotext -layout` prints each piece on the text line
 * of its height, at its place on the page, so the pieces stand one above the other in the same
 * character columns (`960` over `03` for 96003), and a piece read alone is a number the report never
 * printed. The text has no coordinates: the evidence is the columns of characters (the same evidence
 * `layout/wrapped-numbers.ts` reads from a PDF's item positions).
 *
 * A stack is joined into one number, laid out with the rest of its row on one line, only where all
 * of this holds:
 * - the pieces are plain digits (one decimal point in them at most: `10183.` over `8`) on
 *   consecutive lines of text (no blank line between them: a row's lines), each piece overlapping in
 *   character columns the one above it and nothing else there, and every line holding a piece is
 *   indented (text placed by position, not plain text); a line whose row label starts at the margin
 *   counts where its numbers are set in past the label, and the row joined must then add up (its
 *   last cell the sum of the others: `119 11 10 113 84 53` over `0 9 5` reads 110, 109, 535);
 * - every piece but the last is as wide as the first (wrapping breaks a full line), the last no
 *   wider, and the first does not start with `0` (a number does not);
 * - the lines hold one row, not several: two pieces on neighbouring lines are not two rows of
 *   numbers one under the other (not both lines labelled, and not every number of one line over a
 *   number of the other: a grid of rows); a stack over three or more lines has other text of the
 *   row on its middle line (the row's middle, where the cells of one line stand) and not a label
 *   starting both that line and an end line (three rows, the middle one lost a cell); and where the
 *   stack's first and last lines both hold cells of no stack (each a row's line of one-line cells),
 *   no two of its pieces stand more than {@link MAX_STEP_LINES} lines apart (two rows, each label
 *   wrapped around its own line of numbers).
 * Where a block holds a stacked pair that fails any of this, nothing of the block is joined.
 *
 * Linear in the tokens of a block times the tokens of one line (a line holds a few dozen at most).
 */
import { parseCellContent } from '../grammar/cell.js';
import { AMOUNT_TAIL_RE } from '../normalize/amount-tail.js';
import { joinBands, WRAPPED_PIECE_RE, type TokenLine } from './stacked-bands.js';
import { isGroupPiece } from './group-words.js';
import { completesGroupedHead, isGroupedHead } from './grouped-heads.js';
import type { BreakToken, LabelToken, TableToken, ValueToken } from './tokens.js';
import { TABLE3_ROW_SUM, valuesStatus } from '../template/arithmetic.js';
import { TABLE3_COLUMNS } from '../template/table3.js';
import { MIN_PLACED_INDENT } from './text-position.js';

/** Pieces of one number at most (a number of a report has a dozen digits at most). */
const MAX_PIECES = 12;
/** Text lines of one block looked at (a row's lines; a longer block is a table printed without blank lines). */
const MAX_BLOCK_LINES = 40;

/**
 * Lines of text from one piece of a wrapped number to the next at most where both ends of its stack
 * hold cells of their own: the next line, or the one after the row's middle line.
 */
const MAX_STEP_LINES = 2;

/** Cells of a row whose last cell is the sum of the others (table 三: six applicant columns and the total). */
const SUMMED_ROW_CELLS = TABLE3_COLUMNS.length;

/** Cells of a row at least whose sum {@link rowAddsUp} checks (two parts and their total). */
const MIN_ADDED_CELLS = 3;

/** Lines of a block from which it may hold several rows, cut into bands (`stacked-bands.ts`). */
const MIN_BANDED_LINES = 3;

/** Whether a token is a candidate piece: a plain digit run on a text line with a known column. */
function isPiece(t: TableToken): t is ValueToken {
  return t.kind === 'value' && t.column !== undefined && t.glued !== true && t.inRow !== true && WRAPPED_PIECE_RE.test(t.raw);
}

/**
 * Whether `q` may be the last piece of the amount `p` wrapped: the amount's end with its unit
 * ({@link AMOUNT_TAIL_RE}) under a piece with a point, or starting with the point itself.
 */
function amountTailOf(p: ValueToken, q: TableToken): q is ValueToken {
  return (
    q.kind === 'value' &&
    q.column !== undefined &&
    q.glued !== true &&
    q.inRow !== true &&
    AMOUNT_TAIL_RE.test(q.raw) &&
    (p.raw.includes('.') || q.raw.startsWith('.'))
  );
}

/** A number's column as printed (see {@link printedColumns}); its column where nothing moved. */
type ColumnOf = (t: TableToken) => number;

function overlaps(a: ValueToken, b: ValueToken, col: ColumnOf): boolean {
  const ac = col(a);
  const bc = col(b);
  return ac < bc + b.raw.length && bc < ac + a.raw.length;
}

/**
 * Joins the stacked pieces of wrapped numbers in `tokens` (the tokens of a table region, the `end`
 * break not yet added) and returns the new stream; the stream is returned as it is where no block
 * holds a stack that meets the evidence.
 */
export function joinStackedNumbers(tokens: TableToken[]): TableToken[] {
  if (!tokens.some((t) => t.column !== undefined && t.kind === 'value')) return tokens;
  const lines: TokenLine[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as TableToken;
    const last = lines[lines.length - 1];
    if (last && last.line === t.line && !t.lineStart) last.to = i + 1;
    else lines.push({ line: t.line, from: i, to: i + 1 });
  }
  // Blocks: runs of lines with no blank line between them.
  const out: TableToken[] = [];
  let copied = 0;
  let b = 0;
  while (b < lines.length) {
    let e = b + 1;
    while (e < lines.length && (tokens[(lines[e] as TokenLine).from] as TableToken).gapBefore === 0) e++;
    const block = lines.slice(b, e);
    const joined =
      (block.length >= 2 && block.length <= MAX_BLOCK_LINES ? joinBlock(tokens, block) : null) ??
      (block.length >= MIN_BANDED_LINES ? joinBands(tokens, block) : null);
    if (joined) {
      const from = joined.from;
      for (let i = copied; i < from; i++) out.push(tokens[i] as TableToken);
      for (const t of joined.tokens) out.push(t);
      copied = joined.to;
    }
    b = e;
  }
  if (copied === 0) return tokens;
  for (let i = copied; i < tokens.length; i++) out.push(tokens[i] as TableToken);
  return out;
}

/**
 * The columns as printed of the numbers of `block`'s lines that stand after a label whose characters
 * normalisation moved (single spaces between Han characters taken out, `一、 本年 新收…` read
 * `一、本年新收…`): the numbers after it on its line stand that many columns further right on the
 * page, where the pieces wrapped on the next line stand under them. Other numbers are left out.
 */
function printedColumns(tokens: readonly TableToken[], block: readonly TokenLine[]): Map<TableToken, number> {
  const out = new Map<TableToken, number>();
  for (const l of block) {
    let shift = 0;
    for (let i = l.from; i < l.to; i++) {
      const t = tokens[i] as TableToken;
      if (t.kind === 'label' && t.printedLine?.columns) {
        const p = t.printedLine;
        const end = (p.columns as readonly number[])[t.end - 1 - p.start];
        if (end !== undefined) shift = end + 1 - (t.end - p.start);
      } else if ((t.kind === 'value' || t.kind === 'blank') && shift !== 0 && t.column !== undefined) out.set(t, t.column + shift);
    }
  }
  return out;
}

/** The tokens of a block with its stacks joined (`[from, to)` of the stream replaced), or null. */
function joinBlock(tokens: readonly TableToken[], block: readonly TokenLine[]): { from: number; to: number; tokens: TableToken[] } | null {
  for (const l of block)
    for (let i = l.from; i < l.to; i++) {
      const t = tokens[i] as TableToken;
      if (t.kind !== 'break' && (t.column === undefined || t.inRow === true)) return null;
    }
  const moved = printedColumns(tokens, block);
  const col: ColumnOf = (t) => moved.get(t) ?? (t.column as number);
  // (lines of numbers alone at the page's margin, a grouped count's first piece completed under it: placed by position)
  const placed = placedByGroupedHead(tokens, block, col);
  if (!placed && !someStackedPair(tokens, block, col)) return null;
  const pieces = block.map((l) => tokens.slice(l.from, l.to).filter(isPiece));
  // (the end of an amount with its unit: a piece below one only, never above one)
  const tails = block.map((l) =>
    tokens.slice(l.from, l.to).filter((t): t is ValueToken => t.kind === 'value' && AMOUNT_TAIL_RE.test(t.raw)),
  );
  const labelled = block.map((l) => (tokens[l.from] as TableToken).kind === 'label');
  // Lines whose labels are all pieces of a group label's cell (`三、本年度` / `办理结果`): no row's line.
  const groupOnly = block.map((l) => {
    const ls = tokens.slice(l.from, l.to).filter((t): t is LabelToken => t.kind === 'label');
    return ls.length > 0 && ls.every((t) => isGroupPiece(t.text));
  });
  // Set where two labelled lines were taken as one row for a group piece alone: the row must then sum.
  let mustSum = false;
  // Set where a grouped count's pieces were joined over lines of the row's label (the group's pieces first, as for `mustSum`).
  let overLabels = false;
  // Set where a piece's line counts as placed by position only by the numbers set in past a label at
  // the margin, or a piece stands over another only at its column as printed (a label's spaces taken
  // out by normalisation): the joined row must then add up (its last cell the sum of the others).
  let mustAddUp = false;
  // The piece below each piece (by line index in the block and position on the line).
  const below = new Map<ValueToken, { to: ValueToken; k: number }>();
  const above = new Set<ValueToken>();
  for (let k = 0; k < block.length; k++) {
    for (const p of pieces[k] as ValueToken[]) {
      for (let m = k + 1; m < block.length; m++) {
        const hits = (pieces[m] as ValueToken[]).filter((q) => overlaps(p, q, col));
        for (const q of tails[m] as ValueToken[]) if (overlaps(p, q, col) && amountTailOf(p, q)) hits.push(q);
        if (hits.length === 0) continue;
        const q = hits[0] as ValueToken;
        // Exactly one piece below, overlapping this one only on its line.
        if (hits.length > 1 || (pieces[k] as ValueToken[]).filter((o) => overlaps(o, q, col)).length > 1 || above.has(q)) return null;
        below.set(p, { to: q, k: m });
        above.add(q);
        if (moved.has(p) || moved.has(q)) mustAddUp = true;
        break;
      }
    }
  }
  if (below.size === 0) return null;
  // Two neighbouring lines whose every number stands over one of the other: rows of a grid (not where
  // the upper line holds a grouped count's first piece, which no row of whole numbers does).
  for (let k = 0; k + 1 < block.length; k++) {
    const up = pieces[k] as ValueToken[];
    const down = pieces[k + 1] as ValueToken[];
    if (up.length >= 2 && up.length === down.length && up.every((p) => below.get(p)?.k === k + 1) && !up.some((p) => isGroupedHead(p.raw)))
      return null;
  }
  if (wholeRowsOverEachOther(tokens, block, pieces, below)) return null;
  const lineOf = new Map<ValueToken, number>();
  pieces.forEach((ps, k) => ps.forEach((p) => lineOf.set(p, k)));
  tails.forEach((ps, k) => ps.forEach((p) => lineOf.set(p, k)));
  // A row's cells of one line stand on one line of text (its middle, or its first where the print
  // aligns cells at their top), and two lines of one cell have at most the row's middle line between
  // them: a stack whose first and last lines both hold cells of no stack, two of its pieces with
  // more lines between them, spans two rows, each with its own line of cells (`５０ ２８ ２１ ９９`,
  // the end of its row's label, the start of the next row's, `０ １５ ０ １５`).
  const loneCell = (k: number): boolean => {
    const l = block[k] as TokenLine;
    for (let i = l.from; i < l.to; i++) {
      const t = tokens[i] as TableToken;
      if ((t.kind === 'value' || t.kind === 'blank') && !below.has(t as ValueToken) && !above.has(t as ValueToken)) return true;
    }
    return false;
  };
  const joined = new Map<ValueToken, ValueToken>();
  const dropped = new Set<TableToken>();
  for (const [top] of below) {
    if (above.has(top)) continue;
    const chain: ValueToken[] = [top];
    for (let next = below.get(top); next; next = below.get(next.to)) chain.push(next.to);
    if (chain.length > MAX_PIECES || !wrapShape(chain)) return null;
    // Text placed by position: the lines of the pieces are indented (`pdftotext -layout` keeps the
    // page's margin and cell padding); plain text starts its lines at the margin, one cell after
    // another, and a number over another there is no stack.
    if (!placed && chain.some((p) => !indentedLine(tokens, block[lineOf.get(p) as number] as TokenLine, true))) return null;
    if (!placed && chain.some((p) => !indentedLine(tokens, block[lineOf.get(p) as number] as TokenLine, false))) mustAddUp = true;
    const first = lineOf.get(top) as number;
    const last = lineOf.get(chain[chain.length - 1] as ValueToken) as number;
    if (
      loneCell(first) &&
      loneCell(last) &&
      chain.some((p, i) => i > 0 && (lineOf.get(p) as number) - (lineOf.get(chain[i - 1] as ValueToken) as number) > MAX_STEP_LINES)
    )
      return null;
    if (!oneRow(first, last, chain, pieces, block, tokens, labelled)) {
      // A grouped count's first piece made whole by the pieces under it (`26,85` over `1`, the lower line
      // the row's label going on): the first piece is no count alone, its digits are the ones under it;
      // one row where the joined row adds up (checked below).
      if (completesGroupedHead(chain)) {
        mustAddUp = true;
        overLabels = true;
      }
      // Two neighbouring lines, one of them labelled by a group's pieces only (`三、本年度 （一）予以公开 ２ ０ ７８０` /
      // `办理结果 ７７ １`): one row where its joined numbers make the row's sum (checked below).
      else if (last - first !== 1 || !(groupOnly[first] || groupOnly[last])) return null;
      else mustSum = true;
    }
    const raw = chain.map((p) => p.raw).join('');
    const content = parseCellContent(raw);
    if (content.kind !== 'number') return null;
    joined.set(top, { ...top, raw, content, printed: chain });
    for (const p of chain.slice(1)) dropped.add(p);
  }
  // The block's lines from the first with a number to the last: one row on one line.
  const withNumbers = block.filter((l) => tokens.slice(l.from, l.to).some((t) => t.kind === 'value' || t.kind === 'blank'));
  // (a join that must add up: its lines of numbers hold one row's label at most; two labelled lines
  // of numbers are two rows, whose cells together may add up as well: `总计 … 533` over a row of `0`)
  // (a line whose numbers all complete grouped counts' first pieces above them holds no row's cells)
  const completing = new Set<TableToken>();
  for (const top of joined.values())
    if (completesGroupedHead(top.printed ?? [])) for (const p of (top.printed ?? []).slice(1)) completing.add(p);
  const ownCells = (l: TokenLine): boolean =>
    tokens.slice(l.from, l.to).some((t) => (t.kind === 'value' || t.kind === 'blank') && !completing.has(t));
  if (mustAddUp && withNumbers.filter((l) => labelled[block.indexOf(l)] && ownCells(l)).length > 1) return null;
  const head = withNumbers[0] as TokenLine;
  const tail = withNumbers[withNumbers.length - 1] as TokenLine;
  const range = tokens.slice(head.from, tail.to).filter((t) => t.kind !== 'break');
  // (a group's pieces first where they made the row: `三、本年度` `办理结果` `（一）予以公开`, as the group reads)
  const labels = range.filter((t) => t.kind === 'label');
  if (mustSum || overLabels)
    labels.sort((a, c) => Number(!isGroupPiece((a as LabelToken).text)) - Number(!isGroupPiece((c as LabelToken).text)));
  const cells = range
    .filter((t) => t.kind !== 'label' && !dropped.has(t))
    .map((t) => (t.kind === 'value' ? (joined.get(t) ?? t) : t))
    .sort((a, c) => col(a.kind === 'value' ? (a.printed?.[0] ?? a) : a) - col(c.kind === 'value' ? (c.printed?.[0] ?? c) : c));
  if (mustSum && !rowSums(cells)) return null;
  if (mustAddUp && !rowAddsUp(cells)) return null;
  const line = labels[0]?.line ?? head.line;
  const rowTokens: TableToken[] = [...labels, ...cells].map((t, i) => ({
    ...t,
    ...(t.kind === 'value' && t.printed === undefined && t.line !== line ? { printed: [t] } : {}),
    line,
    lineStart: i === 0,
    gapBefore: i === 0 ? (tokens[head.from] as TableToken).gapBefore : 0,
  }));
  const lastToken = range[range.length - 1] as TableToken;
  const end: BreakToken = { kind: 'break', reason: 'line', start: lastToken.end, end: lastToken.end, line, gapBefore: 0, lineStart: false };
  return { from: head.from, to: tail.to, tokens: [...rowTokens, end] };
}

/**
 * Whether a line of text is indented (placed by position): its first token, after the pieces of a
 * group label's cell in the margin (`三、本年度`, which stand where the page's margin puts them),
 * stands at {@link MIN_PLACED_INDENT} or later, and as far past the last such piece (one space after a
 * group piece is plain text, one cell after another). A line of group pieces alone is not. A row's
 * label at the margin counts as such a piece where a number follows it on its line (`setIn`: a
 * LibreOffice print's label cell starts at the page's margin, `本年新收…申请数量      119 …`: the
 * number set in by the indent is placed by position; one space after the label is plain text, and
 * so is a label one space after a group piece).
 */
function indentedLine(tokens: readonly TableToken[], l: TokenLine, setIn: boolean): boolean {
  // (after a group piece, the next token stands apart from it by the indent: placed by position)
  let from = 0;
  for (let i = l.from; i < l.to; i++) {
    const t = tokens[i] as TableToken;
    if (t.kind === 'break') continue;
    if (t.kind === 'label' && i < l.to - 1 && isGroupPiece(t.text)) {
      from = (t.column as number) + (t.end - t.start) + MIN_PLACED_INDENT;
      continue;
    }
    if (!((t.column as number) < Math.max(from, MIN_PLACED_INDENT))) return true;
    return setIn && from === 0 && t.kind === 'label' && numberSetIn(tokens, l, i);
  }
  return false;
}

/**
 * Whether the label at `i` (on line `l`, its pieces after it: `一、 本年 新收…`) has a number after it on
 * its line, {@link MIN_PLACED_INDENT} past the end of the label's last piece or more.
 */
function numberSetIn(tokens: readonly TableToken[], l: TokenLine, i: number): boolean {
  let last = tokens[i] as TableToken;
  for (let k = i + 1; k < l.to; k++) {
    const t = tokens[k] as TableToken;
    if (t.kind === 'break') continue;
    if (t.kind === 'label') {
      last = t;
      continue;
    }
    return (
      t.kind === 'value' && t.column !== undefined && t.column >= (last.column as number) + (last.end - last.start) + MIN_PLACED_INDENT
    );
  }
  return false;
}

/**
 * Whether two lines of a block with no line of numbers between them (only label text, as a row's
 * label wrapped over the lines between two rows: `予以公开  254 … 1030` / `部分公开（区分处理的…` /
 * `132 … 244`) each hold a whole row of table 三 keeping its row sum, every number of the upper over
 * one of the lower: two rows of a grid, not one row's numbers wrapped. A wrapped row's first line of
 * pieces keeps the row sum only by chance, and its second line as well almost never; joined, two
 * such rows keep it only by chance too, so the lines' own sums are the evidence (the rows of a grid on
 * neighbouring lines are told by their columns alone, above).
 */
function wholeRowsOverEachOther(
  tokens: readonly TableToken[],
  block: readonly TokenLine[],
  pieces: readonly (readonly ValueToken[])[],
  below: ReadonlyMap<ValueToken, { to: ValueToken; k: number }>,
): boolean {
  const cellsOf = (k: number): TableToken[] => {
    const l = block[k] as TokenLine;
    return tokens.slice(l.from, l.to).filter((t) => t.kind === 'value' || t.kind === 'blank');
  };
  let k = block.findIndex((_, i) => cellsOf(i).length > 0);
  while (k >= 0) {
    let m = k + 1;
    while (m < block.length && cellsOf(m).length === 0) m++;
    if (m >= block.length) return false;
    const up = pieces[k] as ValueToken[];
    const down = pieces[m] as ValueToken[];
    if (
      up.length >= 2 &&
      up.length === down.length &&
      up.every((p) => below.get(p)?.k === m) &&
      wholeRowAddsUp(cellsOf(k)) &&
      wholeRowAddsUp(cellsOf(m))
    )
      return true;
    k = m;
  }
  return false;
}

/** Whether a line's cells are a whole row of table 三 ({@link SUMMED_ROW_CELLS}) keeping its row sum. */
function wholeRowAddsUp(cells: readonly TableToken[]): boolean {
  return cells.length === SUMMED_ROW_CELLS && rowAddsUp(cells);
}

/**
 * Whether a row's cells are {@link SUMMED_ROW_CELLS} whole numbers keeping table 三's row sum
 * ({@link TABLE3_ROW_SUM}: the total column the sum of the others): the evidence that two labelled
 * lines joined are one row.
 */
function rowSums(cells: readonly TableToken[]): boolean {
  if (cells.length !== SUMMED_ROW_CELLS) return false;
  const values: number[] = [];
  for (const c of cells) {
    if (c.kind !== 'value' || c.content.signed || !Number.isInteger(c.content.value)) return false;
    values.push(c.content.value);
  }
  return valuesStatus(TABLE3_ROW_SUM, values) === 'holds';
}

/**
 * Whether a row's cells, {@link MIN_ADDED_CELLS} to {@link SUMMED_ROW_CELLS} of them, add up: the
 * last a whole number, the sum of the others (whole numbers or blank marks, a blank printed as
 * nothing left out of the count): the evidence that a stack under a label at the margin is one row's.
 * A test of a partial row, not the template's row sum: the cells' columns are not known (a blank
 * printed as nothing leaves fewer cells), so no equation of `template/relations.ts` can be looked
 * up; what it asks is only that the last number is the sum of those before it.
 */
function rowAddsUp(cells: readonly TableToken[]): boolean {
  if (cells.length < MIN_ADDED_CELLS || cells.length > SUMMED_ROW_CELLS) return false;
  let sum = 0;
  for (const c of cells.slice(0, -1)) {
    if (c.kind === 'blank') continue;
    if (c.kind !== 'value' || c.content.signed || !Number.isInteger(c.content.value)) return false;
    sum += c.content.value;
  }
  const total = cells[cells.length - 1] as TableToken;
  return total.kind === 'value' && !total.content.signed && total.content.value === sum;
}

/**
 * Whether a block of lines holding numbers alone (no line led by a label: a row of table 四 printed from
 * the page's margin, `58   76   74   1,3 …` over `0   1   97 …`) is laid out by position: a grouped
 * count's first piece set apart by a run of spaces stands over a piece set apart so on the next line
 * that completes its last group exactly ({@link completesGroupedHead}). Plain text prints a line's
 * numbers one space apart, and no first piece ends in a short group but a wrapped one.
 */
function placedByGroupedHead(tokens: readonly TableToken[], block: readonly TokenLine[], col: ColumnOf): boolean {
  let found = false;
  for (let k = 0; k < block.length; k++) {
    const l = block[k] as TokenLine;
    const first = tokens[l.from] as TableToken;
    if (first.kind === 'label') return false;
    const next = block[k + 1];
    if (found || next === undefined) continue;
    for (let i = l.from; i < l.to && !found; i++) {
      const p = tokens[i] as TableToken;
      if (!isPiece(p) || p.setOff !== true || !isGroupedHead(p.raw)) continue;
      for (let j = next.from; j < next.to && !found; j++) {
        const q = tokens[j] as TableToken;
        found = isPiece(q) && q.setOff === true && overlaps(p, q, col) && completesGroupedHead([p, q]);
      }
    }
  }
  return found;
}

/**
 * Whether a piece of the block stands over a piece on a later line, overlapping it, both lines
 * indented, the upper piece not starting with `0` and the lower no wider: every stack
 * {@link joinBlock} joins starts so ({@link wrapShape}, and the indent of its lines), and a block
 * without one (most blocks) joins nothing.
 */
function someStackedPair(tokens: readonly TableToken[], block: readonly TokenLine[], col: ColumnOf): boolean {
  // (as joinBlock asks it)
  const indented = (l: TokenLine): boolean => indentedLine(tokens, l, true);
  for (let k = 0; k < block.length; k++) {
    const l = block[k] as TokenLine;
    if (!indented(l)) continue;
    for (let i = l.from; i < l.to; i++) {
      const p = tokens[i] as TableToken;
      if (!isPiece(p) || p.raw.startsWith('0')) continue;
      for (let m = k + 1; m < block.length; m++) {
        const below = block[m] as TokenLine;
        if (!indented(below)) continue;
        for (let j = below.from; j < below.to; j++) {
          const q = tokens[j] as TableToken;
          if ((isPiece(q) || amountTailOf(p, q)) && q.raw.length <= p.raw.length && overlaps(p, q, col)) return true;
        }
      }
    }
  }
  return false;
}

/**
 * Every piece but the last as wide as the first, the last no wider, the first not starting with `0`
 * or a point; a piece with the amount's unit only last, in a number with a point.
 */
function wrapShape(chain: readonly ValueToken[]): boolean {
  const width = (chain[0] as ValueToken).raw.length;
  // (nor with a decimal point: `.8` is the end of a number)
  if (/^[0.]/.test((chain[0] as ValueToken).raw)) return false;
  const tail = chain.findIndex((p) => AMOUNT_TAIL_RE.test(p.raw));
  if (tail >= 0 && (tail < chain.length - 1 || !chain.some((p) => p.raw.includes('.')))) return false;
  return chain.every((p, i) => (i < chain.length - 1 ? p.raw.length === width : p.raw.length <= width));
}

/**
 * Whether the lines `first..last` of a block that a stack spans hold one row: neighbouring lines are
 * not both labelled; over three lines or more, the middle line holds other text of the row and a
 * label does not start both the middle line and an end line.
 */
function oneRow(
  first: number,
  last: number,
  chain: readonly ValueToken[],
  pieces: readonly (readonly ValueToken[])[],
  block: readonly TokenLine[],
  tokens: readonly TableToken[],
  labelled: readonly boolean[],
): boolean {
  if (last - first === 1) return !(labelled[first] && labelled[last]);
  if ((last - first) % 2 === 1) {
    // An even number of lines: no middle line; the row's text stands on one of the two middle lines.
    const lo = (first + last - 1) / 2;
    return (
      [lo, lo + 1].some((m) => othersOn(m, chain, block, tokens)) &&
      !(labelled[first] && labelled[last] && (labelled[lo] || labelled[lo + 1]))
    );
  }
  const mid = (first + last) / 2;
  void pieces;
  return othersOn(mid, chain, block, tokens) && !(labelled[mid] && (labelled[first] || labelled[last]));
}

/** Whether line `k` of a block holds a token that is not one of the chain's pieces. */
function othersOn(k: number, chain: readonly ValueToken[], block: readonly TokenLine[], tokens: readonly TableToken[]): boolean {
  const l = block[k] as TokenLine;
  return tokens.slice(l.from, l.to).some((t) => t.kind !== 'break' && !chain.includes(t as ValueToken));
}
