/**
 * Wrapped numbers in a table printed with no blank line between its rows (`pdftotext -layout` of a
 * LibreOffice print with narrow cells: full-width digits wrap inside their cells). The whole table
 * is one block of lines, so it is cut into the bands of its rows first, by the positions alone:
 * a row is printed centred on its middle, so every cell of a row, one line or several, stands
 * symmetrically about the same line of text (a one-line cell on the middle line; a number wrapped
 * over two lines on the lines just above and below it, `174` over `8`; over three, above, on and
 * below it).
 *
 * A band meets the evidence where all of this holds:
 * - it starts and ends on a line holding a cell (lines of labels alone stay outside), and holds two
 *   cells at least (a line holding one number is a piece of a column, not a row);
 * - its cells, grouped by overlapping character columns, hold at most one cell of each line per
 *   group; a group of one stands on the middle line; a group of several is a wrapped number: digits
 *   only, every piece but the last as wide as the first, the last no wider, the first not starting
 *   with `0`, each indented (text placed by position), its lines evenly spaced (one or two lines
 *   apart) and symmetric about the middle; every wrapped number of the band has the same spacing
 *   (one line pitch), and pieces on neighbouring lines do not stand on two labelled lines (rows one
 *   under the other);
 * - the lines of the band holding label text stand symmetric about its middle too, and there is one
 *   (or the lines just above and below the band hold label text alone: a label wrapped around a row
 *   of one-line cells); pieces of a group label's cell in the margin (`三、本年` / `度办理结` / `果`)
 *   do not count, since they fall on the rows' lines wherever the group's wrapping puts them.
 * The best cuts of the block into such bands leave the fewest lines holding cells outside every
 * band; a band is joined only where every best cut takes it (a row two cuts read differently, or no
 * cut reads, is left as printed, and the readers flag its pieces). The joined number stands on the
 * band's middle line (a band of an even number of lines: between its two middle lines), the labels
 * on their lines: the text reads as the same table printed with no wrapping.
 *
 * Linear in the block's lines times {@link MAX_BAND_LINES} times the cells of a band (squared).
 */
import { parseCellContent, type NumberContent } from '../grammar/cell.js';
import type { BreakToken, TableToken, ValueToken } from './tokens.js';
import { MIN_PLACED_INDENT } from './text-position.js';

/** The tokens of one text line: `[from, to)` in the stream. */
export interface TokenLine {
  /** The line index of its tokens. */
  line: number;
  /** Its first token in the stream. */
  from: number;
  /** After its last token in the stream. */
  to: number;
}

/** Text lines of one row's band at most (a number over five lines, each piece two lines apart). */
const MAX_BAND_LINES = 9;
/** Pieces of one wrapped number stand this many text lines apart at most (half lines between them). */
const MAX_PIECE_SPACING = 2;
/** Pieces of one number at most. */
const MAX_PIECES = 12;
/** Best cuts counted at most (exact in a double; more is no evidence of anything). */
const MAX_WAYS = 2 ** 40;
/** Lines of one block cut into bands at most (a table of a few dozen rows, each over a few lines). */
const MAX_BANDED_LINES = 400;
/** Cells of a row's band at least (a line holding one number is no row of the table's: a column's pieces). */
const MIN_BAND_CELLS = 2;
/**
 * Characters two pieces of one number may stand apart and still count as one column: normalising
 * the text takes out a space between two Han characters (`不予处 版物`), and what follows on the
 * line moves one column left.
 */
const COLUMN_SLACK = 1;
/**
 * A piece of a wrapped number: digits, thousands separators and at most one decimal point, which may
 * end the piece (`10183.` over `8`: a decimal amount wrapped at its point; `tokens.ts` keeps the point
 * in the piece's raw) or start it (`10183` over `.8`). A number joined of pieces with two points is
 * no number, and is not joined.
 */
export const WRAPPED_PIECE_RE = /^(?:\d[\d,]*(?:\.\d*)?|\.\d+)$/;

type Cell = Exclude<TableToken, { kind: 'label' } | { kind: 'break' }>;

/** The best cuts of some lines: the lines holding cells they leave outside every band, and how many cuts leave that few. */
interface Cut {
  out: number;
  ways: number;
}

/**
 * Offers the cut `c` to `into` (a new best when `into` is null): fewer lines left out wins, as few
 * add their ways. Returns `into` (or the new best).
 */
function best(c: Cut, into: Cut | null): Cut {
  if (!into) return { out: c.out, ways: c.ways };
  if (c.out < into.out) {
    into.out = c.out;
    into.ways = c.ways;
  } else if (c.out === into.out) into.ways += c.ways;
  return into;
}

/** One cell of a band: its tokens from top to bottom (one, or the pieces of a wrapped number). */
interface Group {
  tokens: Cell[];
  lines: number[];
}

function isCell(t: TableToken): t is Cell {
  return t.kind === 'value' || t.kind === 'blank';
}

function isPiece(t: Cell): t is ValueToken {
  return t.kind === 'value' && t.glued !== true && WRAPPED_PIECE_RE.test(t.raw);
}

function overlaps(a: Cell, b: Cell): boolean {
  const ac = a.column as number;
  const bc = b.column as number;
  return ac < bc + Math.max(1, b.raw.length) + COLUMN_SLACK && bc < ac + Math.max(1, a.raw.length) + COLUMN_SLACK;
}

/**
 * The cells of lines `a..b` of the block grouped by columns (`grouping`: the grouping of those
 * lines, asked for only when the band's labels allow it), or null when they break the rules of a
 * band (see the module comment).
 */
function bandGroups(
  cells: readonly (readonly Cell[])[],
  labelled: readonly boolean[],
  rowLabelled: readonly boolean[],
  pieces: LinePieces,
  a: number,
  b: number,
  grouping: (a: number, b: number) => readonly Group[] | null,
): readonly Group[] | null {
  if ((cells[a] as Cell[]).length === 0 || (cells[b] as Cell[]).length === 0) return null;
  if (b === a + 1 && labelled[a] && labelled[b]) return null;
  if (a < b && !piecesOnly(pieces, a, b)) return null;
  if (!labelCentred(rowLabelled, cells, a, b)) return null;
  const groups = grouping(a, b);
  if (!groups || groups.length < MIN_BAND_CELLS) return null;
  let step = 0;
  for (const g of groups) {
    if (!centred(g, a + b)) return null;
    if (g.lines.length < 2) continue;
    // One pitch of lines for the band's wrapped numbers (a number over two lines is one line apart
    // from its pieces as much as one over three).
    const own = (g.lines[1] as number) - (g.lines[0] as number);
    if (step !== 0 && own !== step) return null;
    step = own;
    // Pieces on neighbouring lines, both lines labelled: rows one under the other.
    if (own === 1 && g.lines.some((k, i) => i > 0 && labelled[k] && labelled[k - 1])) return null;
  }
  return groups;
}

/**
 * Per line of a block: every cell of it may be a piece of a wrapped number ({@link isPiece},
 * indented: `any`), and may be its first piece besides (not starting with `0`: `top`).
 */
interface LinePieces {
  any: readonly boolean[];
  top: readonly boolean[];
}

/** {@link LinePieces} of the block's lines (`indented[k]`: every cell of line `k` stands {@link MIN_PLACED_INDENT} in at least). */
function linePieces(cells: readonly (readonly Cell[])[], indented: readonly boolean[]): LinePieces {
  const any: boolean[] = [];
  const top: boolean[] = [];
  cells.forEach((line, k) => {
    let p = indented[k] === true;
    let t = p;
    for (const c of line) {
      if (!p) break;
      if (!isPiece(c)) p = t = false;
      else if (c.raw.startsWith('0')) t = false;
    }
    any.push(p);
    top.push(t);
  });
  return { any, top };
}

/**
 * A necessary condition of {@link centred} for every group of the band `a..b` (`a < b`), read per
 * line before the lines are grouped: a cell off the band's middle line is no cell of one line (a
 * group of one stands on the middle), so it is a piece of a wrapped number, and one on the band's
 * first line is its number's first piece (a group's first line is the first line holding it).
 * A band failing it is no band, whatever its grouping: {@link bandGroups} returns null for it
 * without grouping its lines.
 */
function piecesOnly(pieces: LinePieces, a: number, b: number): boolean {
  if (pieces.top[a] !== true) return false;
  for (let k = a + 1; k <= b; k++) if (2 * k !== a + b && pieces.any[k] !== true) return false;
  return true;
}

/**
 * The cells of lines `a..b` grouped by overlapping columns, or null where a cell overlaps two groups
 * or a group takes two cells of one line. The lines are taken top to bottom, each cell joining the
 * group it overlaps, so the grouping of `a..b` is that of `a..b-1` with line `b` added: each band
 * start's groupings are kept and extended line by line (each line grouped once per band start, not
 * once per band; the groups a line changes are copied, the shorter bands keep theirs).
 */
function linesGrouper(cells: readonly (readonly Cell[])[]): (a: number, b: number) => readonly Group[] | null {
  // (byStart[a][i]: the grouping of lines a..a+i, as far as asked)
  const byStart = new Map<number, (Group[] | null)[]>();
  return (a, b) => {
    let done = byStart.get(a);
    if (!done) {
      done = [];
      byStart.set(a, done);
    }
    for (let k = a + done.length; k <= b; k++) {
      const prev = k === a ? [] : (done[done.length - 1] as Group[] | null);
      done.push(prev && addLine(prev, cells[k] as Cell[], k));
    }
    return done[b - a] as Group[] | null;
  };
}

/** `groups` with the cells of line `k` added (a new array; changed groups copied), or null. */
function addLine(prev: readonly Group[], line: readonly Cell[], k: number): Group[] | null {
  const groups = prev.slice();
  for (const t of line) {
    let at = -1;
    for (let i = 0; i < groups.length; i++) {
      if (!(groups[i] as Group).tokens.some((o) => overlaps(o, t))) continue;
      if (at >= 0) return null;
      at = i;
    }
    const g = groups[at];
    if (!g) groups.push({ tokens: [t], lines: [k] });
    else if (g.lines[g.lines.length - 1] === k) return null;
    else groups[at] = { tokens: [...g.tokens, t], lines: [...g.lines, k] };
  }
  return groups;
}

/**
 * Whether the band's row label stands about its middle too: its lines holding label text are
 * symmetric about the middle, and there is one (or, the band holding no label, the lines just above
 * and below it hold label text alone: a label wrapped around a row of one-line cells).
 */
function labelCentred(labelled: readonly boolean[], cells: readonly (readonly Cell[])[], a: number, b: number): boolean {
  let any = false;
  for (let k = a; k <= b; k++) {
    if (labelled[k] !== labelled[a + b - k]) return false;
    if (labelled[k]) any = true;
  }
  const labelOnly = (k: number): boolean => labelled[k] === true && (cells[k] as Cell[]).length === 0;
  return any || (labelOnly(a - 1) && labelOnly(b + 1));
}

/** Whether a group stands about the middle of a band whose end lines sum to `ends`, as one cell. */
function centred(g: Group, ends: number): boolean {
  const n = g.lines.length;
  // (a cell at the margin is text in reading order, not placed by position: plain pdftotext's
  // `行政处罚 １４` / `－２ ０` / `行政强制 ５８` is two rows, not `1458` wrapped about a middle line)
  if (n === 1) return 2 * (g.lines[0] as number) === ends && ((g.tokens[0] as Cell).column as number) >= MIN_PLACED_INDENT;
  if (n > MAX_PIECES || !g.tokens.every((t) => isPiece(t) && (t.column as number) >= MIN_PLACED_INDENT)) return false;
  const width = (g.tokens[0] as Cell).raw.length;
  if ((g.tokens[0] as Cell).raw.startsWith('0')) return false;
  if (!g.tokens.every((p, i) => (i < n - 1 ? p.raw.length === width : p.raw.length <= width))) return false;
  if (parseCellContent(g.tokens.map((p) => p.raw).join('')).kind !== 'number') return false;
  const step = (g.lines[1] as number) - (g.lines[0] as number);
  if (step > MAX_PIECE_SPACING) return false;
  for (let i = 0; i < n; i++) {
    if (i > 0 && (g.lines[i] as number) - (g.lines[i - 1] as number) !== step) return false;
    if ((g.lines[i] as number) + (g.lines[n - 1 - i] as number) !== ends) return false;
  }
  return true;
}

/**
 * The label tokens of a block that are pieces of a group label's cell (`三、本年` / `度办理结` / `果`,
 * `不予公` / `开`): a group label spans the rows of its group in a narrow cell left of their labels,
 * so its pieces stand on lines of those rows wherever the wrapping puts them, and say nothing about
 * where a row's middle is. The evidence is the block's own: a column where a label stands with
 * another label after it on its line, left of every cell (a row label: the words of a later
 * sub-table's header stand over the cells' columns), is a group column, as wide as the widest such
 * label; a label starting in a group column and no wider is a piece of the group's cell (a row label
 * there, such as a label running on from a group's row, is wider). Only lines from the first holding
 * a cell count: above it, the header's words stand side by side in columns of their own.
 * (`cellsFrom`: the leftmost column of the block's cells.)
 */
function groupFragments(tokens: readonly TableToken[], block: readonly TokenLine[], cellsFrom: number): Set<TableToken> {
  const widest = new Map<number, number>();
  const body = block.findIndex((l) => tokens.slice(l.from, l.to).some((t) => t.kind === 'value' || t.kind === 'blank'));
  for (const l of block.slice(Math.max(0, body))) {
    let first: TableToken | undefined;
    for (let i = l.from; i < l.to; i++) {
      const t = tokens[i] as TableToken;
      if (t.kind !== 'label') continue;
      if (!first) first = t;
      else {
        // (table 二's `信息内容  本年处理决定数量` below its first rows: header words, no group column)
        if ((t.column as number) >= cellsFrom) break;
        const c = first.column as number;
        widest.set(c, Math.max(widest.get(c) ?? 0, first.end - first.start));
        break;
      }
    }
  }
  const out = new Set<TableToken>();
  if (widest.size === 0) return out;
  for (const l of block)
    for (let i = l.from; i < l.to; i++) {
      const t = tokens[i] as TableToken;
      const width = t.kind === 'label' ? widest.get(t.column as number) : undefined;
      if (width !== undefined && t.end - t.start <= width) out.add(t);
    }
  return out;
}

/**
 * Whether two cells of the block could be the first two pieces of a wrapped number: both pieces
 * ({@link isPiece}, indented), on lines {@link MAX_PIECE_SPACING} apart at most, overlapping in
 * columns, the upper not starting with `0` and the lower no wider. Every wrapped number of a band
 * has such a pair ({@link linesGrouper} puts a cell into the group of the cell it overlaps, and
 * {@link centred} asks the rest), so a block without one joins nothing, and its bands need not be
 * looked for.
 */
function someStackedPair(cells: readonly (readonly Cell[])[]): boolean {
  const piece = (t: Cell): boolean => isPiece(t) && (t.column as number) >= MIN_PLACED_INDENT;
  for (let k = 0; k < cells.length; k++)
    for (const p of cells[k] as Cell[]) {
      if (!piece(p) || p.raw.startsWith('0')) continue;
      for (let m = k + 1; m <= k + MAX_PIECE_SPACING && m < cells.length; m++)
        for (const q of cells[m] as Cell[]) if (q.raw.length <= p.raw.length && piece(q) && overlaps(p, q)) return true;
    }
  return false;
}

/**
 * The block cut into row bands, its wrapped numbers joined (`[from, to)` of the stream replaced),
 * or null where no single cut meets the evidence or no number is wrapped.
 */
export function joinBands(
  tokens: readonly TableToken[],
  block: readonly TokenLine[],
): { from: number; to: number; tokens: TableToken[] } | null {
  const n = block.length;
  if (n < 2 || n > MAX_BANDED_LINES) return null;
  const cells: Cell[][] = [];
  const labelled: boolean[] = [];
  const rowLabelled: boolean[] = [];
  const indented: boolean[] = [];
  // (the leftmost column of the block's cells: labels left of it are row labels)
  let cellsFrom = Number.POSITIVE_INFINITY;
  for (const l of block) {
    const own: Cell[] = [];
    let inset = true;
    for (let i = l.from; i < l.to; i++) {
      const t = tokens[i] as TableToken;
      if (t.kind === 'break') continue;
      const column = t.column;
      if (column === undefined || t.inRow === true) return null;
      if (!isCell(t)) continue;
      own.push(t);
      cellsFrom = Math.min(cellsFrom, column);
      if (column < MIN_PLACED_INDENT) inset = false;
    }
    cells.push(own);
    indented.push(inset);
  }
  if (!someStackedPair(cells)) return null;
  const fragment = groupFragments(tokens, block, cellsFrom);
  for (const l of block) {
    let label = false;
    let rowLabel = false;
    for (let i = l.from; i < l.to; i++) {
      const t = tokens[i] as TableToken;
      if (t.kind !== 'label') continue;
      label = true;
      if (!fragment.has(t)) rowLabel = true;
    }
    labelled.push(label);
    rowLabelled.push(rowLabel);
  }
  // Every band of the block that meets the evidence, by its last line.
  const endingAt: { a: number; groups: readonly Group[] }[][] = block.map(() => []);
  const startingAt: number[][] = block.map(() => []);
  const grouping = linesGrouper(cells);
  const pieces = linePieces(cells, indented);
  for (let b = 0; b < n; b++)
    for (let a = b; a >= Math.max(0, b - MAX_BAND_LINES + 1); a--) {
      const groups = bandGroups(cells, labelled, rowLabelled, pieces, a, b, grouping);
      if (!groups) continue;
      (endingAt[b] as { a: number; groups: readonly Group[] }[]).push({ a, groups });
      (startingAt[a] as number[]).push(b);
    }
  // The best cuts leave the fewest lines holding cells outside every band. fwd[k]: the best cut of
  // lines 0..k-1 (lines left out, and how many cuts leave that few); bwd[k]: of lines k..n-1.
  const left = (k: number): number => ((cells[k] as Cell[]).length > 0 ? 1 : 0);
  const fwd: Cut[] = [{ out: 0, ways: 1 }];
  for (let k = 1; k <= n; k++) {
    const c = best({ out: (fwd[k - 1] as Cut).out + left(k - 1), ways: (fwd[k - 1] as Cut).ways }, null);
    for (const band of endingAt[k - 1] as { a: number }[]) best(fwd[band.a] as Cut, c);
    fwd.push(c);
  }
  const bwd: Cut[] = [];
  bwd[n] = { out: 0, ways: 1 };
  for (let k = n - 1; k >= 0; k--) {
    const c = best({ out: (bwd[k + 1] as Cut).out + left(k), ways: (bwd[k + 1] as Cut).ways }, null);
    for (const b of startingAt[k] as number[]) best(bwd[b + 1] as Cut, c);
    bwd[k] = c;
  }
  const all = fwd[n] as Cut;
  if (all.ways > MAX_WAYS) return null;
  // The bands every best cut takes (a band some best cut does without is left as printed).
  const bands: { a: number; b: number; groups: readonly Group[] }[] = [];
  for (let b = 0; b < n; b++)
    for (const band of endingAt[b] as { a: number; groups: readonly Group[] }[]) {
      const before = fwd[band.a] as Cut;
      const after = bwd[b + 1] as Cut;
      if (before.out + after.out === all.out && before.ways * after.ways === all.ways) bands.push({ a: band.a, b, groups: band.groups });
    }
  if (!bands.some((band) => band.groups.some((g) => g.tokens.length > 1))) return null;
  return { from: (block[0] as TokenLine).from, to: (block[n - 1] as TokenLine).to, tokens: bandedStream(tokens, block, bands) };
}

/** The block's tokens with each band's cells on its middle line, joined, and its labels on their lines. */
function bandedStream(
  tokens: readonly TableToken[],
  block: readonly TokenLine[],
  bands: readonly { a: number; b: number; groups: readonly Group[] }[],
): TableToken[] {
  const out: TableToken[] = [];
  const gapOf = (k: number): number => (k === 0 ? (tokens[(block[0] as TokenLine).from] as TableToken).gapBefore : 0);
  const emitLine = (line: TableToken[], gapBefore: number): void => {
    if (line.length === 0) return;
    line.forEach((t, i) => out.push({ ...t, lineStart: i === 0, gapBefore: i === 0 ? gapBefore : 0 }));
    const last = line[line.length - 1] as TableToken;
    const end: BreakToken = {
      kind: 'break',
      reason: 'line',
      start: last.end,
      end: last.end,
      line: last.line,
      gapBefore: 0,
      lineStart: false,
    };
    if (line.some(isCell)) out.push(end);
  };
  const labelsOf = (k: number): TableToken[] => {
    const l = block[k] as TokenLine;
    return tokens.slice(l.from, l.to).filter((t) => t.kind === 'label');
  };
  let band = 0;
  for (let k = 0; k < block.length; k++) {
    const cur = bands[band];
    const inBand = cur !== undefined && k >= cur.a && k <= cur.b;
    if (!inBand) {
      const l = block[k] as TokenLine;
      const own = tokens.slice(l.from, l.to).filter((t) => t.kind !== 'break');
      emitLine(own, gapOf(k));
      continue;
    }
    const ends = cur.a + cur.b;
    const labels = labelsOf(k);
    if (2 * k === ends || 2 * k + 1 === ends) {
      // The middle line (or the upper of the two middle lines): the row's cells after its labels.
      const at = ((block[k] as TokenLine).line + (block[ends - k] as TokenLine).line) / 2;
      const middle = (2 * k === ends ? labels : []).concat(rowCells(cur.groups, at));
      if (2 * k + 1 === ends) emitLine(labels, gapOf(k));
      emitLine(middle, 2 * k === ends ? gapOf(k) : 0);
    } else emitLine(labels, gapOf(k));
    if (k === cur.b) band++;
  }
  return out;
}

/** A band's cells on one line (`line`), each wrapped number joined, in the order of their columns. */
function rowCells(groups: readonly Group[], line: number): TableToken[] {
  const out: TableToken[] = [];
  for (const g of groups) {
    const top = g.tokens[0] as Cell;
    if (g.tokens.length === 1) {
      out.push({ ...top, ...(top.kind === 'value' && top.line !== line ? { printed: [top] } : {}), line });
      continue;
    }
    const raw = g.tokens.map((p) => p.raw).join('');
    out.push({ ...(top as ValueToken), raw, content: parseCellContent(raw) as NumberContent, line, printed: g.tokens as ValueToken[] });
  }
  return out.sort((x, y) => (x.column as number) - (y.column as number));
}
