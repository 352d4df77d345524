/**
 * Repair check: lines of unclaimed digits beside a row whose numbers may have wrapped in their
 * cells. A browser print centres a cell's lines in the row, so a number wrapped in a narrow cell
 * (`５` over `８`) prints its first digits on the line above the row and its last ones below;
 * plain `pdftotext` then writes the pieces as lines of their own (`５ ５` / `（2）重复申请` /
 * `０ … ８ ８`, or `… ２ ２` / `９ ９` after a row), or each piece on a line of its own in the order
 * of its blocks (`１５５` / `２３９` / … above `（七）总计`); `pdftotext -layout` keeps the first pieces
 * on the line above the row's (`２３９ ２４４ …` over `（七）总计 ８０５ ０９６ …`). Read as printed,
 * the row keeps `8` where the page says `58`, and the row still adds up: a row whose only number is
 * its total (`8 = 8`, `58 = 58`), or one whose numbers all broke after as many digits
 * (805 + 96 + … = 2765, 239805 + 244096 + … = 1552765).
 *
 * The evidence: a line of digits only, none claimed by a row, on the line right above a row's label
 * or first number (the pieces lead their numbers) or right below its last number (they end them;
 * a line of label text alone may stand between), or a run of such lines one after another; and a
 * way to join the pieces to as many of the row's cells (a line's left to right, a run's in any
 * order; the pieces above and below at once) that keeps the row's own sum (a first piece starting
 * with no `0` and no narrower than the rest, as a number wrapped in its cell breaks; a number joined
 * from pieces already counts as its pieces; an ambiguous cell, one at most, takes any of its
 * candidates; a cell the row left `missing` counts as a blank, as a row whose every number wrapped
 * leaves the cells it printed nothing in unplaced: `１ ３ ４` / `３ ６ ９` in the last three of seven
 * cells, 3 + 6 = 9 and 13 + 36 = 49). Where such a join exists, both readings fit the text: each
 * stated cell a join changes keeps its own number and the joined ones as candidates (`ambiguous`).
 * But where the row breaks its sum as read, every way was tried, and every way that keeps the sum
 * gives a cell the same join of the same pieces, pieces set by position that no other row's ways
 * join, the row as printed is refuted by its own arithmetic and the join is the cell (`１７９` over `８９８` in
 * Chromium's narrow cells, the row's numbers otherwise 898 + 991 + … ≠ 424); so too pieces at the
 * margin (plain text) where such joins decide every contested cell and take every piece of the
 * lines they come from (`… １２６ １０６` / `２` for 1062).
 * A row no join keeps whole is left as read (the pieces are somebody else's; `values-unplaced` still reports them).
 *
 * A run of lines is tried at every length from the row out (its farthest line may be the row
 * above's last piece), and runs on both sides at once (a number wrapped over three lines whose
 * first pieces plain pdftotext split over two lines: `２ １５ ２９` / `４ １４` / `（七） 总计` /
 * `４ １ ２ １９８ …` / `４` / `１`, where the middle pieces alone read as a row).
 *
 * Bounded: a side of at most as many pieces as the row has cells, at most {@link MAX_RUN_PIECES}
 * over a run of lines, and at most {@link MAX_JOIN_TRIES} ways to give the pieces cells; a side
 * whose ways run out contests every cell its pieces fit (the joins not tried may change them).
 *
 * The repair decides; the reader applies the decision and reports it.
 */
import type { Placement, RowItem } from '../tables/placement.js';
import type { ValueToken } from '../tables/tokens.js';
import { joinWrappedPieces } from '../tables/wrapped-number.js';
import { asciiDigits } from '../normalize/digits.js';
import { MIN_PLACED_INDENT } from '../tables/text-position.js';
import { MAX_DRIFT } from '../tables/wrapped-cells.js';

/**
 * Whole ways of a row kept at most for the table's column equations to choose from
 * ({@link WrappedPiecesDecision.ways}); a row with more is left to the row sum alone.
 */
const MAX_KEPT_WAYS = 64;
/** Pieces over a run of lines at most (each a line of its own, plain pdftotext): the ends of a row's wrapped numbers. */
const MAX_RUN_PIECES = 7;
/** Joins tried for one side of a row at most (a run of seven pieces in any order, a line of one after: 7! × 7). */
const MAX_JOIN_TRIES = 40_000;
/** Index stride of a cell in the piece tables (more than the pieces of a side). */
const PIECES_KEY = 16;
/** Ambiguous cells of a row at most whose candidates a join is tried with. */
const MAX_OPEN_CELLS = 1;
/**
 * Lines a line of pieces may stand from its row: the next one, or the one after a line of text
 * alone (the rest of a wrapped label).
 */
const MAX_PIECE_GAP = 2;
/** Digits only (ASCII or full-width): what a wrapped number's piece is. */
const PIECE_RE = /^[0-9０-９]+$/;

/** One labelled row, as the reader placed it. */
export interface PieceRow {
  /** The row's address prefix. */
  row: string;
  /** First and last line of the row label (a wrapped label takes several). */
  labelLines: readonly [number, number];
  /** The row's placed columns (a missing cell is a blank to {@link holds}: none of the row's stated cells is its piece). */
  columns: readonly Placement[];
  /**
   * Whether the row's own sum holds with these values (null: a blank). The search hands it one
   * vector that it rewrites for its next way: read it, keep no reference to it.
   */
  holds: (values: readonly (number | null)[]) => boolean;
  /** A cheap test {@link holds} cannot pass without (the joins of a run of pieces are thousands); the same vector, read alone. */
  mayHold?: (values: readonly (number | null)[]) => boolean;
}

/** A row whose stated cells a line of pieces beside it contests. */
export interface WrappedPiecesDecision {
  /** The repair. */
  repair: 'wrapped-pieces';
  /** The row's address prefix. */
  row: string;
  /** Column indexes a join changes. */
  columns: number[];
  /** Per contested column: its own value, then the joined ones. */
  candidates: number[][];
  /** The pieces, as printed. */
  pieces: string[];
  /**
   * Per contested column, where the join alone is the cell (see {@link JoinTally}): the tokens it is
   * joined from, top to bottom as read (its candidates are then that one value); null where the
   * cell stays contested.
   */
  joinedFrom?: (readonly ValueToken[] | null)[];
  /**
   * Columns left stated in a row that breaks its sum as read, beside the contested ones (no piece in
   * their stack): the reader names them, as the row sum no longer shows them once its other cells are open.
   */
  unchecked?: number[];
  /**
   * Every way of the row that keeps its sum, whole, the row as read first where it keeps it too
   * (its chains all null): the readings the table's column equations may choose from. Absent where
   * the ways ran out, were more than {@link MAX_KEPT_WAYS}, or a cell of the row is open.
   */
  ways?: PieceWay[];
}

/**
 * Decides which rows a line of unclaimed pieces beside them contests. `occupied`: the lines holding
 * a row label or a number some row claims (no line of pieces).
 */
export function decideWrappedPieces(
  rows: readonly PieceRow[],
  unplaced: readonly RowItem[],
  occupied: ReadonlySet<number>,
): WrappedPiecesDecision[] {
  const byLine = new Map<number, ValueToken[] | null>();
  for (const { token } of unplaced) {
    const line = byLine.get(token.line);
    if (line === null || occupied.has(token.line)) continue;
    // A blank marker or anything but digits on the line: no line of pieces.
    if (token.kind !== 'value' || !PIECE_RE.test(token.raw)) byLine.set(token.line, null);
    else if (line) line.push(token);
    else byLine.set(token.line, [token]);
  }
  const out: WrappedPiecesDecision[] = [];
  // (each row's tally, for the pieces two rows' ways share, and the decisions with a join alone)
  const tallies: JoinTally[] = [];
  const alone = new Map<WrappedPiecesDecision, { tally: JoinTally; own: number[] }>();
  const withWays = new Map<WrappedPiecesDecision, JoinTally>();
  for (const r of rows) {
    // (an ambiguous cell, its candidates: one of them is its value, whole or the middle of a wrapped one)
    const open = new Map<number, number[]>();
    r.columns.forEach((p, j) => {
      if (p.status === 'ambiguous') open.set(j, p.candidates);
    });
    // (a missing cell counts as nothing in the row sum, as `holds` is told: a row whose numbers all
    // wrapped may leave the cells it printed nothing in unplaced, and its own reading holds so too)
    if (r.columns.some((p) => p.status === 'ambiguous' && p.tokens.length === 0) || open.size > MAX_OPEN_CELLS) continue;
    const tokens = r.columns.map((p) => (p.status === 'value' ? p.token : null));
    // (a number joined from pieces stands on the lines of its pieces)
    const lines = r.columns.flatMap((p) =>
      p.status === 'value'
        ? (p.token.printed ?? [p.token]).map((t) => t.line)
        : p.status === 'ambiguous'
          ? p.tokens.map((t) => t.line)
          : [],
    );
    if (lines.length === 0) continue;
    /** The nearest line of pieces from `from` in the direction `step` (the line number too). */
    const nearest = (from: number, step: number): { line: number; pieces: ValueToken[] | null } | undefined => {
      for (let line = from + step, d = 1; d <= MAX_PIECE_GAP && !occupied.has(line); line += step, d++) {
        const pieces = byLine.get(line);
        if (pieces !== undefined) return { line, pieces: pieces && pieces.slice().sort((a, b) => a.start - b.start) };
      }
      return undefined;
    };
    /**
     * That line and the lines of pieces right after it, away from the row (plain pdftotext may
     * write each cell's piece on a line of its own: `０５` / `３０` / `３５`), top to bottom: every
     * such run of two lines or more, the shortest first (the lines farthest out may be another
     * row's pieces: the trailing piece of the row above stands right before this row's leading
     * ones), as long as it holds no more than a row's wrapped ends.
     */
    const runs = (found: { line: number; pieces: ValueToken[] | null } | undefined, step: number): ValueToken[][] => {
      if (!found?.pieces) return [];
      const lines: ValueToken[][] = [found.pieces];
      const out: ValueToken[][] = [];
      let count = found.pieces.length;
      for (let line = found.line + step; !occupied.has(line); line += step) {
        const next = byLine.get(line);
        if (!next || count + next.length > MAX_RUN_PIECES) break;
        lines.push(next.slice().sort((a, b) => a.start - b.start));
        count += next.length;
        out.push((step < 0 ? lines.slice().reverse() : lines).flat());
      }
      return out;
    };
    /** Every piece of the lines of pieces from that line on, away from the row, as far as they run (no bound: they are only counted). */
    const besideRun = (found: { line: number; pieces: ValueToken[] | null } | undefined, step: number): ValueToken[] => {
      if (!found?.pieces) return [];
      const out = found.pieces.slice();
      for (let line = found.line + step, next = byLine.get(line); next && !occupied.has(line); line += step, next = byLine.get(line))
        for (const t of next) out.push(t);
      return out;
    };
    const top = lines.reduce((a, b) => Math.min(a, b), r.labelLines[0]);
    const bottom = lines.reduce((a, b) => Math.max(a, b), r.labelLines[1]);
    const above = nearest(top, -1);
    const below = nearest(bottom, 1);
    const runsAbove = runs(above, -1);
    const runsBelow = runs(below, 1);
    // Leading pieces, trailing pieces: one line either side, a run of lines, then both sides at once
    // (a number wrapped over three lines of its cell, its middle on the row's line; plain pdftotext
    // may split the lines of either side into runs).
    // A run of lines is in the order plain pdftotext wrote its blocks, not the cells' order: its
    // pieces may go to the row's cells in any order.
    const sides: [ValueToken[] | null | undefined, ValueToken[] | null | undefined, boolean][] = [
      [above?.pieces, null, true],
      [null, below?.pieces, true],
      ...runsAbove.map((a): [ValueToken[], null, boolean] => [a, null, false]),
      ...runsBelow.map((b): [null, ValueToken[], boolean] => [null, b, false]),
      [above?.pieces, below?.pieces, true],
      ...runsAbove.map((a): [ValueToken[], ValueToken[] | null | undefined, boolean] => [a, below?.pieces, false]),
      ...runsBelow.map((b): [ValueToken[] | null | undefined, ValueToken[], boolean] => [above?.pieces, b, false]),
      ...runsAbove.flatMap((a) => runsBelow.map((b): [ValueToken[], ValueToken[], boolean] => [a, b, false])),
    ];
    const statedAt = r.columns.flatMap((p, j) => (p.status === 'value' || p.status === 'ambiguous' ? [j] : []));
    // (every side's joins that keep the row sum: one side's may hide another's, `5` completing the
    // total `276` while a run of lines above holds the first pieces of every cell)
    const joined = new Map<number, Set<number>>();
    const pieces: string[] = [];
    const base = tokens.map((t) => (t ? t.content.value : null));
    const cells: SideCells = { statedAt, open, tokens, base, joins: new Map() };
    const tally: JoinTally = {
      leftAsRead: new Set(),
      chains: new Map(),
      exhausted: false,
      used: new Set(),
      ways: open.size === 0 ? [] : null,
    };
    tallies.push(tally);
    // (with pieces on one side only, the sides of both at once are those of that side again: a walk
    // over the same pieces adds nothing to what the first made, so it is not walked twice)
    const walked: [readonly ValueToken[], readonly ValueToken[], boolean][] = [];
    const same = (x: readonly ValueToken[], y: readonly ValueToken[]): boolean => x === y || (x.length === 0 && y.length === 0);
    for (const [leadSide, trailSide, inOrder] of sides) {
      if (!leadSide && !trailSide) continue;
      const lead = leadSide ?? [];
      const trail = trailSide ?? [];
      if (lead.length > statedAt.length || trail.length > statedAt.length) continue;
      if (walked.some(([l, t, o]) => o === inOrder && same(l, lead) && same(t, trail))) continue;
      walked.push([lead, trail, inOrder]);
      if (sideJoins(r, lead, trail, inOrder, cells, joined, tally))
        for (const t of [...lead, ...trail]) if (!pieces.includes(t.raw)) pieces.push(t.raw);
    }
    if (joined.size > 0) {
      const columns = [...joined.keys()].sort((a, b) => a - b);
      // (a row that breaks its sum as read, every way that keeps it joining a cell alike: the join is the cell)
      const joinedFrom = joinsAlone(
        tally,
        joined,
        columns,
        [besideRun(above, -1), besideRun(below, 1)],
        () => open.size === 0 && !holdsWithSome(r, base.slice(), []),
      );
      out.push({
        repair: 'wrapped-pieces',
        row: r.row,
        columns,
        candidates: columns.map((j, k) =>
          joinedFrom[k]
            ? [...(joined.get(j) as Set<number>)]
            : [(tokens[j] as ValueToken).content.value, ...(joined.get(j) as Set<number>)],
        ),
        pieces,
        ...(joinedFrom.some((c) => c !== null) ? { joinedFrom } : {}),
        ...(tally.ways && tally.ways.length > 0 ? { ways: withRowAsRead(r, base, tally.ways) } : {}),
      });
      if (tally.ways && tally.ways.length > 0) withWays.set(out[out.length - 1] as WrappedPiecesDecision, tally);
      if (joinedFrom.some((c) => c !== null))
        alone.set(out[out.length - 1] as WrappedPiecesDecision, {
          tally,
          own: columns.map((j) => (tokens[j] as ValueToken).content.value),
        });
    } else if (!holdsWithSome(r, base.slice(), [...open.entries()])) {
      // (no join keeps the row, and neither does the row as read: its numbers with pieces in their
      // stack are no more its cells than the joins are)
      const stacked = stackedCandidates(tokens, byLine, occupied, lines);
      // (where some joins keep the sum, a cell whose own number every one of them keeps is left
      // stated: no join of the text's evidence changes it)
      const sums = stacked.length > 0 ? stackedSums(r, base, [...open.entries()], stacked) : null;
      const contested = stacked.filter((c, k) => {
        const kept = sums?.[k];
        return !kept || kept.size !== 1 || !kept.has((c.options[0] as StackedOption).value);
      });
      const columns = contested.map((c) => c.column);
      // (a blank stated too: a blank total checks nothing once the others are open)
      const unchecked = r.columns.flatMap((p, j) => ((p.status === 'value' || p.status === 'blank') && !columns.includes(j) ? [j] : []));
      const pieces: string[] = [];
      for (const c of contested) for (const o of c.options) for (const t of o.pieces) if (!pieces.includes(t.raw)) pieces.push(t.raw);
      if (columns.length > 0)
        out.push({
          repair: 'wrapped-pieces',
          row: r.row,
          columns,
          candidates: contested.map((c) => c.options.map((o) => o.value)),
          pieces,
          unchecked,
        });
    }
  }
  // (a row's ways are its own readings only where no other row's ways join its pieces)
  for (const [d, tally] of withWays) if (tallies.some((t) => t !== tally && [...tally.used].some((p) => t.used.has(p)))) delete d.ways;
  // A piece that another row's ways join too is no row's by the arithmetic of one: those cells stay contested.
  for (const [d, { tally, own }] of alone) {
    const others = tallies.filter((t) => t !== tally);
    const joinedFrom = d.joinedFrom as (readonly ValueToken[] | null)[];
    joinedFrom.forEach((chain, k) => {
      if (!chain || !chain.some((t) => others.some((o) => o.used.has(t)))) return;
      joinedFrom[k] = null;
      d.candidates[k] = [own[k] as number, ...(d.candidates[k] as number[])];
    });
    if (joinedFrom.every((c) => c === null)) delete d.joinedFrom;
  }
  return out;
}

/**
 * Lines of pieces {@link stackedCandidates} looks through on either side of a row (a number wrapped
 * over five lines of its cell, its middle on the row's line, leaves two on each side).
 */
const MAX_STACK_LINES = 3;
/** Candidates of one cell at most: its own number, then the joins with pieces in its stack. */
const MAX_STACK_CANDIDATES = 8;

/**
 * The cells of a row that breaks its sum as read, where no join with the lines of pieces beside it
 * keeps the sum either (`pdftotext -layout` of a browser's narrow cells: a number wrapped over lines
 * the row's band did not take, `５８` over `８０` read as 80): each stated cell with a piece in its
 * stack (text laid out by position, the piece on a free line up to {@link MAX_STACK_LINES} from the
 * row's lines, its line indented, within {@link MAX_DRIFT} characters of the cell's number) keeps its
 * own number and its joins with those pieces as candidates (at most {@link MAX_STACK_CANDIDATES}, the
 * nearest pieces first). Nothing is stated that the text does not show; nothing is chosen that the
 * arithmetic does not keep.
 */
function stackedCandidates(
  tokens: readonly (ValueToken | null)[],
  byLine: ReadonlyMap<number, ValueToken[] | null>,
  occupied: ReadonlySet<number>,
  lines: readonly number[],
): StackedCell[] {
  const top = lines.reduce((a, b) => Math.min(a, b));
  const bottom = lines.reduce((a, b) => Math.max(a, b));
  // (a line of pieces placed by position: indented, as plain text's lines of pieces are not)
  const placed = (pieces: readonly ValueToken[]): boolean => pieces.every((t) => (t.column ?? 0) >= MIN_PLACED_INDENT);
  const side = (from: number, step: number): ValueToken[] => {
    const out: ValueToken[] = [];
    for (let line = from + step, d = 1; d <= MAX_STACK_LINES && !occupied.has(line); line += step, d++) {
      const pieces = byLine.get(line);
      if (pieces === null) break;
      if (pieces && placed(pieces)) for (const piece of pieces) out.push(piece);
    }
    return out;
  };
  const above = side(top, -1);
  const below = side(bottom, 1);
  const out: StackedCell[] = [];
  tokens.forEach((own, j) => {
    if (!own || own.column === undefined || own.column < MIN_PLACED_INDENT) return;
    const at = own.column;
    const away = (p: ValueToken): number => Math.abs((p.column as number) - at);
    // (the pieces in the cell's stack, the nearest first: the candidates kept are their joins)
    const near = (pieces: readonly ValueToken[]): ValueToken[] =>
      pieces.filter((p) => p.column !== undefined && away(p) <= MAX_DRIFT).sort((a, b) => away(a) - away(b));
    const lead = near(above);
    const trail = near(below);
    const options: StackedOption[] = [{ value: own.content.value, pieces: [] }];
    const add = (order: readonly ValueToken[]): void => {
      const digits = order.map((t) => asciiDigits(t.raw));
      const value = Number(digits.join(''));
      // (a wrapped number's first piece starts with no `0`)
      if ((digits[0] as string).startsWith('0') || options.length >= MAX_STACK_CANDIDATES || options.some((o) => o.value === value)) return;
      options.push({ value, pieces: order.filter((t) => t !== own) });
    };
    // One piece with the cell's number, the nearest first, in either order (the tool does not keep a
    // cell's lines in order: `５８` under `８０` for 5880); then a piece above and one below, top to
    // bottom and widest first (as the wrapped-cells deal reads a cell's pieces).
    for (const p of [...lead, ...trail].sort((a, b) => away(a) - away(b))) {
      add([p, own]);
      add([own, p]);
    }
    for (const a of lead)
      for (const b of trail) {
        const chain = [a, own, b];
        add(chain.slice().sort((x, y) => y.raw.length - x.raw.length || x.line - y.line));
        add(chain);
      }
    if (options.length > 1) out.push({ column: j, options });
  });
  return out;
}

/** A join {@link stackedCandidates} offers a cell: its value and the pieces it takes (none: the cell's own number). */
interface StackedOption {
  value: number;
  pieces: readonly ValueToken[];
}

/** A cell with pieces in its stack: its own number first, then its joins. */
interface StackedCell {
  column: number;
  options: readonly StackedOption[];
}

/**
 * For each cell of `stacked`, the values it takes in the ways of giving every such cell one of its
 * options (each piece to one cell at most) that keep the row sum (`values`: the row's stated values,
 * null where open; `open`: the ambiguous cells' candidates); null where none keeps it, or where more
 * than {@link MAX_JOIN_TRIES} ways would have to be tried.
 */
function stackedSums(
  r: PieceRow,
  values: readonly (number | null)[],
  open: readonly [number, number[]][],
  stacked: readonly StackedCell[],
): Set<number>[] | null {
  const kept = stacked.map(() => new Set<number>());
  const used = new Set<ValueToken>();
  const trial = values.slice();
  let tries = 0;
  let any = false;
  const walk = (k: number): boolean => {
    if (k === stacked.length) {
      if (++tries > MAX_JOIN_TRIES) return false;
      if (holdsWithSome(r, trial.slice(), open)) {
        any = true;
        stacked.forEach((c, m) => (kept[m] as Set<number>).add(trial[c.column] as number));
      }
      return true;
    }
    const cell = stacked[k] as StackedCell;
    for (const o of cell.options) {
      if (o.pieces.some((p) => used.has(p))) continue;
      for (const p of o.pieces) used.add(p);
      trial[cell.column] = o.value;
      const more = walk(k + 1);
      for (const p of o.pieces) used.delete(p);
      if (!more) return false;
    }
    return true;
  };
  return walk(0) && any ? kept : null;
}

/** A row's cells as {@link sideJoins} reads them. */
interface SideCells {
  /** The columns with a stated value or an ambiguous cell. */
  statedAt: readonly number[];
  /** The ambiguous cells' candidates, by column. */
  open: ReadonlyMap<number, number[]>;
  /** Each column's value token (null: none). */
  tokens: readonly (ValueToken | null)[];
  /** Each column's value (null: none). */
  base: readonly (number | null)[];
  /**
   * The joins worked out so far, by piece before, piece after (null: none) and column: the sides of
   * a row share their pieces (a line, the runs it starts, both sides at once), and each side's walk
   * needs the joins of all its pieces.
   */
  joins: Map<ValueToken | null, Map<ValueToken | null, (number | number[] | null | undefined)[]>>;
}

/**
 * What the ways that keep a row's sum did with its cells, over all its sides ({@link sideJoins}
 * adds to it): the columns some way left as read, the pieces each joined value was made of, and
 * whether a side's ways ran out before all were tried.
 */
interface JoinTally {
  /** Columns some way keeping the sum left as read. */
  leftAsRead: Set<number>;
  /** Per column, per joined value: the token chains (as printed, top to bottom) it was joined from. */
  chains: Map<number, Map<number, (readonly ValueToken[])[]>>;
  /** A side's ways ran out of {@link MAX_JOIN_TRIES}: the ways not tried may read any cell otherwise. */
  exhausted: boolean;
  /** The pieces some way keeping the sum joined to a cell. */
  used: Set<ValueToken>;
  /**
   * The ways that keep the sum, whole (each stated cell's value and the chain it was joined from,
   * null where left as read), while at most {@link MAX_KEPT_WAYS}; null once past that.
   */
  ways: PieceWay[] | null;
}

/** One way of a row's pieces that keeps its sum, every cell of the row (see {@link WrappedPiecesDecision.ways}). */
export interface PieceWay {
  /** Per column: its value in this way (a cell not stated keeps the row's own: null where blank or missing). */
  values: (number | null)[];
  /** Per column: the tokens it is joined from, top to bottom, or null where it is read as printed. */
  chains: (readonly ValueToken[] | null)[];
}

/**
 * The cells whose join alone is their reading (per column of `columns`: the tokens joined, or null):
 * where every way was tried, every way that keeps the sum gives the cell the same join of the same
 * pieces (none leaves it as read), every piece stands on a line placed by position (indented: text
 * laid out by `pdftotext -layout` or a PDF's positions) or the pieces are wholly accounted for, and
 * the row breaks its sum as read (`broken`, asked only then; no cell of it open). The row as printed
 * is refuted by its own arithmetic there; the join is the one reading of the text's pieces that the
 * arithmetic keeps, so the cell's own number is no candidate.
 *
 * Plain text's lines of pieces start at the margin, in the order of its blocks, where a join keeping
 * the sum by chance was seen to mend a row misread elsewhere (two 2-digit pieces joined where the
 * number was wrapped over three lines, its third pieces left on the lines under them). A join of
 * pieces at the margin is the cell only where every contested cell of the row is such a join and,
 * on each side of the row they join from, they take every piece of its lines of pieces (`sides`,
 * as far as they run: `１０６` / `２` for 1062 with nothing after the `２`); a side no join takes from
 * (another row's numbers) does not count.
 */
function joinsAlone(
  tally: JoinTally,
  joined: ReadonlyMap<number, ReadonlySet<number>>,
  columns: readonly number[],
  sides: readonly (readonly ValueToken[])[],
  broken: () => boolean,
): (readonly ValueToken[] | null)[] {
  const alone = columns.map((j) => {
    if (tally.exhausted || tally.leftAsRead.has(j)) return null;
    const values = joined.get(j);
    if (!values || values.size !== 1) return null;
    const chains = [...(tally.chains.get(j)?.values() ?? [])];
    const chain = chains.length === 1 && chains[0]?.length === 1 ? (chains[0][0] as readonly ValueToken[]) : null;
    return chain;
  });
  // (pieces at the margin, plain text: only where the joins alone decide every contested cell and take
  // every piece of each side they join from, none left there for another reading)
  const placed = (chain: readonly ValueToken[]): boolean => chain.every((t) => (t.column ?? 0) >= MIN_PLACED_INDENT);
  const taken = new Set(alone.flatMap((c) => c ?? []));
  const accounted =
    alone.every((c) => c !== null) && sides.every((side) => side.every((t) => taken.has(t)) || !side.some((t) => taken.has(t)));
  const kept = alone.map((c) => (c && (accounted || placed(c)) ? c : null));
  return kept.some((c) => c !== null) && broken() ? kept : columns.map(() => null);
}

/** The value of cell `j` with a piece before and/or after it (see {@link sideJoins}), worked out once a row. */
function joinAt(
  { open, tokens, joins }: SideCells,
  j: number,
  before: ValueToken | null,
  after: ValueToken | null,
): number | number[] | null {
  let byAfter = joins.get(before);
  if (!byAfter) {
    byAfter = new Map();
    joins.set(before, byAfter);
  }
  let byCell = byAfter.get(after);
  if (!byCell) {
    byCell = [];
    byAfter.set(after, byCell);
  }
  let v = byCell[j];
  if (v === undefined) {
    const candidates = open.get(j);
    const value = candidates
      ? candidates.flatMap((c) => joinCandidate(c, before, after) ?? [])
      : !before && !after
        ? (tokens[j] as ValueToken).content.value
        : joinAround(tokens[j] as ValueToken, before, after);
    v = Array.isArray(value) && value.length === 0 ? null : value;
    byCell[j] = v;
  }
  return v;
}

/**
 * One side of pieces for {@link decideWrappedPieces} (`lead`: pieces before the row, `trail`: after
 * it; in the cells' order or, `inOrder` false, a run's in any order): every way to give each piece a
 * cell of its own, within MAX_JOIN_TRIES; the values the joins that keep the row sum give each cell
 * are added to `joined`. True when a join fits, or when not every join was tried (the cells a piece
 * fits are then in `joined`, the joins found so far their candidates). (A function of its own, not
 * a closure of `decideWrappedPieces`, so that V8's optimizing compiler builds two smaller graphs.)
 */
function sideJoins(
  r: PieceRow,
  lead: readonly ValueToken[],
  trail: readonly ValueToken[],
  inOrder: boolean,
  cells: SideCells,
  joined: Map<number, Set<number>>,
  tally: JoinTally,
): boolean {
  const { statedAt, open, tokens, base } = cells;
  const width = tokens.length;
  // Each cell's value with no piece, a piece before it and/or one after it, worked out once
  // (a number, or an ambiguous cell's options; null: no such join).
  const joinOf: (number | number[] | null)[] = [];
  const keyOf = (j: number, k: number, m: number): number => (j * (lead.length + 1) + k + 1) * (trail.length + 1) + m + 1;
  for (const j of statedAt)
    for (let k = -1; k < lead.length; k++)
      for (let m = -1; m < trail.length; m++) {
        const before = k < 0 ? null : (lead[k] as ValueToken);
        const after = m < 0 ? null : (trail[m] as ValueToken);
        joinOf[keyOf(j, k, m)] = joinAt(cells, j, before, after);
      }
  // (whether a piece can go to a cell at all: with some piece or none on its other side)
  // (bytes, not a sparse array of booleans: read at every step of the walk below)
  const leadFits = new Uint8Array(width * PIECES_KEY);
  const trailFits = new Uint8Array(width * PIECES_KEY);
  for (const j of statedAt) {
    for (let k = 0; k < lead.length; k++) {
      for (let m = -1; m < trail.length; m++) if (joinOf[keyOf(j, k, m)] !== null) leadFits[j * PIECES_KEY + k] = 1;
    }
    for (let m = 0; m < trail.length; m++) {
      for (let k = -1; k < lead.length; k++) if (joinOf[keyOf(j, k, m)] !== null) trailFits[j * PIECES_KEY + m] = 1;
    }
  }
  const leadAt = new Array<number>(width).fill(-1);
  const trailAt = new Array<number>(width).fill(-1);
  let tries = 0;
  let fitted = false;
  // (each stated cell's value under the way walked so far, kept as the walk gives and takes back
  // pieces, and how many stated cells have no such join: a leaf reads them as they stand, where it
  // looked every cell's join up and copied the row for each of its up to MAX_JOIN_TRIES ways, nearly
  // all breaking the sum; `holds` and `mayHold` keep no reference to the vector, and cells that are
  // not stated keep the row's own values)
  const values = base.slice();
  const noJoin = new Uint8Array(width);
  let noJoins = 0;
  /** Sets cell `j`'s value from its pieces as they stand. */
  const place = (j: number): void => {
    const v = joinOf[keyOf(j, leadAt[j] as number, trailAt[j] as number)];
    const none = v == null ? 1 : 0;
    noJoins += none - (noJoin[j] as number);
    noJoin[j] = none;
    // (an ambiguous cell's joins are its options: the row keeps its own value there)
    if (v != null) values[j] = Array.isArray(v) ? (base[j] as number | null) : v;
  };
  for (const j of statedAt) place(j);
  const leaf = (): void => {
    // (a way giving a cell no such join makes nothing)
    if (noJoins > 0) return;
    let options: readonly [number, number[]][] = NO_OPTIONS;
    if (open.size > 0) {
      const some: [number, number[]][] = [];
      for (const j of statedAt) {
        const v = joinOf[keyOf(j, leadAt[j] as number, trailAt[j] as number)];
        if (Array.isArray(v)) some.push([j, v]);
      }
      options = some;
    }
    if (!holdsWithSome(r, values, options)) return;
    fitted = true;
    if (tally.ways) {
      if (tally.ways.length >= MAX_KEPT_WAYS) tally.ways = null;
      else tally.ways.push(wholeWay(values, statedAt, tokens, lead, trail, leadAt, trailAt));
    }
    for (const j of statedAt) {
      if (open.has(j)) continue;
      const k = leadAt[j] as number;
      const m = trailAt[j] as number;
      if (k < 0 && m < 0) {
        tally.leftAsRead.add(j);
        continue;
      }
      const set = joined.get(j) ?? new Set<number>();
      set.add(values[j] as number);
      joined.set(j, set);
      const own = tokens[j] as ValueToken;
      if (k >= 0) tally.used.add(lead[k] as ValueToken);
      if (m >= 0) tally.used.add(trail[m] as ValueToken);
      const chain = [...(k < 0 ? [] : [lead[k] as ValueToken]), ...(own.printed ?? [own]), ...(m < 0 ? [] : [trail[m] as ValueToken])];
      const byValue = tally.chains.get(j) ?? new Map<number, (readonly ValueToken[])[]>();
      const chains = byValue.get(values[j] as number) ?? [];
      if (!chains.some((c) => c.length === chain.length && c.every((t, i) => t === chain[i]))) chains.push(chain);
      byValue.set(values[j] as number, chains);
      tally.chains.set(j, byValue);
    }
  };
  // Every way to give each piece a cell of its own (lead pieces, then trail pieces; a line's
  // pieces in the cells' order, a run's in any order), within MAX_JOIN_TRIES.
  // (a trail piece given a cell whose join with that cell's lead piece does not exist: every way
  // below ends in a leaf that makes nothing, so the ways are counted, not walked; the count is the
  // walk's over the trail pieces left, and the budget runs out at the same way)
  // (a run of lines goes to the cells in any order of its lines, but each line's pieces stand left
  // to right on it, as its cells do: a piece on its predecessor's line takes a cell right of that one's)
  const leadOnLine = sameLineAsBefore(lead);
  const trailOnLine = sameLineAsBefore(trail);
  const trailWays = trailWaysCounter(trail.length, statedAt, trailFits, inOrder, trailOnLine);
  let trailMask = 0;
  const assign = (i: number, from: number): boolean => {
    if (i === lead.length + trail.length) {
      leaf();
      return ++tries <= MAX_JOIN_TRIES;
    }
    const isLead = i < lead.length;
    const at = isLead ? leadAt : trailAt;
    const k = isLead ? i : i - lead.length;
    const start = inOrder || (isLead ? leadOnLine : trailOnLine)[k] === 1 ? (k === 0 ? 0 : from) : 0;
    for (let p = start; p < statedAt.length; p++) {
      const j = statedAt[p] as number;
      if ((at[j] as number) >= 0 || (isLead ? leadFits : trailFits)[j * PIECES_KEY + k] === 0) continue;
      if (!isLead && joinOf[keyOf(j, leadAt[j] as number, k)] === null) {
        tries += trailWays(k + 1, p + 1, trailMask | (1 << p));
        if (tries > MAX_JOIN_TRIES) return false;
        continue;
      }
      at[j] = k;
      place(j);
      if (!isLead) trailMask |= 1 << p;
      const more = assign(i + 1, i + 1 === lead.length ? 0 : p + 1);
      at[j] = -1;
      place(j);
      if (!isLead) trailMask &= ~(1 << p);
      if (!more) return false;
    }
    return true;
  };
  const complete = assign(0, 0);
  if (!complete) {
    tally.exhausted = true;
    tally.ways = null;
    // (the joins not tried may change any cell a piece fits: those are contested, the joins
    // found so far their candidates)
    fitted = true;
    for (const j of statedAt) {
      if (open.has(j)) continue;
      const fits = lead.some((_, k) => leadFits[j * PIECES_KEY + k] === 1) || trail.some((_, m) => trailFits[j * PIECES_KEY + m] === 1);
      if (fits && !joined.has(j)) joined.set(j, new Set<number>());
    }
  }
  return fitted;
}

/**
 * How many ways {@link sideJoins}' walk gives the trail pieces from `m` on cells of their own, the
 * cells at the positions of `mask` (in `statedAt`) taken and, in order, from position `from` on:
 * the leaves under a way it need not walk. Memoized per side (a run of seven pieces: 7! ways).
 */
export function trailWaysCounter(
  trailLength: number,
  statedAt: readonly number[],
  trailFits: Readonly<ArrayLike<number | boolean | undefined>>,
  inOrder: boolean,
  onLine: Readonly<ArrayLike<number>> = NO_LINE_MARKS,
): (m: number, from: number, mask: number) => number {
  const width = statedAt.length;
  const memo: number[] = [];
  const ways = (m: number, from: number, mask: number): number => {
    if (m === trailLength) return 1;
    // (out of order, where the walk starts does not matter; a piece on its predecessor's line
    // starts right of that one's cell)
    const start = inOrder || onLine[m] === 1 ? from : 0;
    const key = (m * (width + 1) + start) * (1 << width) + mask;
    let n = memo[key];
    if (n === undefined) {
      n = 0;
      for (let p = start; p < width; p++)
        if ((mask & (1 << p)) === 0 && trailFits[(statedAt[p] as number) * PIECES_KEY + m]) n += ways(m + 1, p + 1, mask | (1 << p));
      memo[key] = n;
    }
    return n;
  };
  return ways;
}

/** The way {@link sideJoins}' walk stands at, whole: each column's value and its chain of tokens. */
function wholeWay(
  values: readonly (number | null)[],
  statedAt: readonly number[],
  tokens: readonly (ValueToken | null)[],
  lead: readonly ValueToken[],
  trail: readonly ValueToken[],
  leadAt: readonly number[],
  trailAt: readonly number[],
): PieceWay {
  const chains: (readonly ValueToken[] | null)[] = values.map(() => null);
  for (const j of statedAt) {
    const k = leadAt[j] as number;
    const m = trailAt[j] as number;
    if (k < 0 && m < 0) continue;
    const own = tokens[j] as ValueToken;
    chains[j] = [...(k < 0 ? [] : [lead[k] as ValueToken]), ...(own.printed ?? [own]), ...(m < 0 ? [] : [trail[m] as ValueToken])];
  }
  return { values: values.slice(), chains };
}

/** The ways, the row as read first where it keeps its sum too (no piece joined). */
function withRowAsRead(r: PieceRow, base: readonly (number | null)[], ways: readonly PieceWay[]): PieceWay[] {
  const asRead = holdsWithSome(r, base.slice(), []) ? [{ values: base.slice(), chains: base.map(() => null) }] : [];
  return [...asRead, ...ways];
}

/** No piece marked as standing on its predecessor's line. */
const NO_LINE_MARKS: Readonly<ArrayLike<number>> = new Uint8Array(0);

/**
 * For each piece of a side (its lines top to bottom, each line left to right), 1 where it stands on
 * the same line as the piece before it: the two are in the cells' order (a line of plain text is
 * written left to right), whatever order the run's lines take.
 */
export function sameLineAsBefore(side: readonly ValueToken[]): Uint8Array {
  const out = new Uint8Array(side.length);
  for (let k = 1; k < side.length; k++) if ((side[k] as ValueToken).line === (side[k - 1] as ValueToken).line) out[k] = 1;
  return out;
}

/** No open cell's options. */
const NO_OPTIONS: readonly [number, number[]][] = [];

/** Whether the row sum holds with `values`, each open cell taking one of its options (a few cells of a few values). */
function holdsWithSome(r: PieceRow, values: (number | null)[], options: readonly [number, number[]][]): boolean {
  if (options.length === 0) return (r.mayHold?.(values) ?? true) && r.holds(values);
  const [[j, o], ...rest] = options as [[number, number[]], ...[number, number[]][]];
  return o.some((v) => {
    const next = values.slice();
    next[j] = v;
    return holdsWithSome(r, next, rest);
  });
}

/**
 * The value of an ambiguous cell's candidate `c` with a piece before and/or after it, as a wrapped
 * cell may break (its printing unknown: the piece before starts with no `0`, the candidate before a
 * piece is no narrower than it); null where it would not.
 */
function joinCandidate(c: number, lead: ValueToken | null, trail: ValueToken | null): number | null {
  let digits = String(c);
  if (trail) {
    const t = asciiDigits(trail.raw);
    if (digits.length < t.length || (digits.startsWith('0') && digits.length > 1)) return null;
    digits += t;
  }
  if (lead) {
    const l = asciiDigits(lead.raw);
    if (l.startsWith('0')) return null;
    digits = l + digits;
  }
  return Number(digits);
}

/**
 * The number a cell's own token makes with a piece before it and/or a piece after it, or null where
 * a wrapped cell would not break that way ({@link joinWrappedPieces} for two pieces; over three or
 * more, every piece but the last as wide as the first, the last no wider). A token joined from pieces
 * already (`printed`) counts as those pieces.
 */
function joinAround(own: ValueToken, lead: ValueToken | null, trail: ValueToken | null): number | null {
  const chain = [...(lead ? [lead.raw] : []), ...(own.printed ?? [own]).map((p) => p.raw), ...(trail ? [trail.raw] : [])];
  if (chain.length === 2) return joinWrappedPieces(chain[0] as string, chain[1] as string);
  const digits = chain.map(asciiDigits);
  const first = digits[0] as string;
  if (first.startsWith('0')) return null;
  const fits = digits.every((d, i) => (i < digits.length - 1 ? d.length === first.length : d.length <= first.length));
  return fits ? Number(digits.join('')) : null;
}
