/**
 * Repair: a table-三 row that printed no number at all, in text laid out by position
 * (`pdftotext -layout`). A report that leaves a whole row blank prints its label alone: the row's
 * line holds the label and nothing else. A row without numbers may also have lost them (printed on
 * another line, taken by a neighbour), so by itself an empty label line is read `missing`.
 *
 * The evidence that the row is blank is the whole table, counted and checked, never the order alone:
 * - the text is no block stream (its lines are the page's lines: a row's numbers stand on its lines);
 * - no number or blank mark stands on a line of the row's label pieces, and every number of every
 *   other row stands on a line of that row's label, between the lines of its wrapped label, or on the
 *   line next to them, nearer them than any other row's label (the text's lines are the page's rows:
 *   no number is owned by its place before or after a label, where it could pass for another's);
 * - every other data row of the template's version is found and states every cell (a value or a
 *   blank) with no number over, and no number of the table is left without a row: nowhere could a
 *   cell of this row have gone;
 * - with the row read blank (every cell 0), every equation through its applicant cells is known and
 *   holds, and the one through its total does not fail (`template/relations.ts`).
 * Then its cells are blank, named by a warning (`blank-by-position`, as the empty columns of a row
 * placed by its positions). Where any of it is not so, the row stays `missing`.
 *
 * Two neighbouring rows contesting one row's numbers (`empty-row-before.ts`: the numbers are either
 * row's, the other row blank) leave the rest of the table as it is: the numbers are a row's, one of
 * two, and the two rows state every cell either way. Their cells are read both ways (every way, for
 * several such pairs), and a row is blank only where every equation through it holds in each; the
 * contested rows themselves stay as the contest left them. A row contested twice (a chain) leaves
 * every row `missing`.
 *
 * The repair decides; the reader applies the decision.
 */
import { relationStatus, type Operand } from '../template/arithmetic.js';
import { blankCountsAsZero, type TableRelation } from '../template/relations.js';
import type { RowPlacement } from '../tables/placement.js';
import type { RowSegment } from '../tables/rows.js';
import type { TableToken } from '../tables/tokens.js';

/** A row's number stands at most this many lines from its label's lines (a wrapped label's last piece below them). */
const NEAR_LABEL = 1;
/** Most contested pairs read every way (each doubles the readings of the equations). */
const MAX_CONTESTED_PAIRS = 4;

/** Two neighbouring rows contesting one row's numbers (`empty-row-before.ts`): either holds them, the other is blank. */
export interface ContestedRows {
  /** The row whose label took no numbers. */
  empty: string;
  /** The row holding the numbers as read. */
  holder: string;
  /** The holder's cells as read before the contest, in column order (`null`: not stated). */
  cells: readonly Operand[];
}

/** A row of table 三 as placed so far. */
export interface PlacedTable3Row {
  /** The row key (`results.granted`). */
  key: string;
  /** Its cell addresses, in column order. */
  addresses: readonly string[];
  /** The row's segment. */
  segment: RowSegment<string>;
  /** Its placement so far. */
  placement: RowPlacement;
  /** Whether some repair gave it readings (its numbers came from elsewhere than its segment). */
  read: boolean;
}

/**
 * The keys of the rows to read blank (see the module comment). `rows`: every data row found, in the
 * template's order; `dataRows`: the version's data row keys; `relations`: its equations; `tokens`:
 * the table region's tokens; `unplacedValues`: whether a number of the table is left without a row;
 * `blockStream`: whether the text is a block stream; `contested`: the pairs of rows the empty-row
 * contest left undecided.
 */
export function decideEmptyRowsBlank(
  rows: readonly PlacedTable3Row[],
  dataRows: readonly string[],
  relations: readonly TableRelation[],
  tokens: readonly TableToken[],
  unplacedValues: boolean,
  blockStream: boolean,
  contested: readonly ContestedRows[] = [],
): string[] {
  if (blockStream || unplacedValues || rows.length !== dataRows.length) return [];
  const readings = contestedReadings(contested, rows);
  if (readings === null) return [];
  const empty = rows.filter(
    (r) =>
      !r.read &&
      r.segment.evidence.items.length === 0 &&
      r.segment.overflow.length === 0 &&
      r.placement.columns.every((c) => c.status === 'missing'),
  );
  if (empty.length === 0) return [];
  const emptyKeys = new Set(empty.map((r) => r.key));
  // Every other row states every cell.
  const cells = new Map<string, Operand>();
  const inPair = new Set(contested.flatMap((p) => [p.empty, p.holder]));
  for (const r of rows) {
    if (emptyKeys.has(r.key) || inPair.has(r.key)) continue;
    for (const [j, c] of r.placement.columns.entries()) {
      if (c.status === 'value') cells.set(r.addresses[j] as string, c.token.content.value);
      else if (c.status === 'blank') cells.set(r.addresses[j] as string, 'blank');
      else return [];
    }
  }
  // Every number of every row stands on a line of that row's label, between its pieces, or on the
  // line next to them, and nearer them than any other row's label: the lines of the text are the
  // rows of the page (no number printed apart from its label, where it could pass for another's).
  const spans = rows.map((r) => {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const l of r.segment.labels) {
      first = Math.min(first, l.line);
      last = Math.max(last, l.lastLine ?? l.line);
    }
    return { first, last };
  });
  const away = (line: number, k: number): number => {
    const { first, last } = spans[k] as { first: number; last: number };
    return line < first ? first - line : line > last ? line - last : 0;
  };
  for (const [k, r] of rows.entries()) {
    if (r.placement.surplus > 0) return [];
    for (const i of r.segment.evidence.items) {
      const d = away(i.token.line, k);
      if (d > NEAR_LABEL || rows.some((_, m) => m !== k && away(i.token.line, m) <= d)) return [];
    }
  }
  // Lines holding a number or a blank mark.
  const numberLines = new Set<number>();
  for (const t of tokens) if (t.kind === 'value' || t.kind === 'blank') numberLines.add(t.line);
  const out: string[] = [];
  for (const r of empty) {
    // (a label joined over several lines: every line from its first piece's to its last's)
    const onItsLines = (l: { line: number; lastLine?: number }): boolean => {
      for (let line = l.line; line <= (l.lastLine ?? l.line); line++) if (numberLines.has(line)) return true;
      return false;
    };
    if (r.segment.labels.some(onItsLines)) continue;
    const total = r.addresses[r.addresses.length - 1] as string;
    const through = relations.filter((rel) => r.addresses.some((a) => rel.left.includes(a) || rel.right.includes(a)));
    // The row read as zeros, the other empty rows too (each is checked the same way), the contested
    // rows each way.
    const holdsIn = (reading: ReadonlyMap<string, Operand>): boolean => {
      const lookup = (a: string): Operand => {
        const row = a.slice(3, a.lastIndexOf('.'));
        return emptyKeys.has(row) ? 0 : inPair.has(row) ? (reading.get(a) ?? null) : (cells.get(a) ?? null);
      };
      const statuses = through.map((rel) => relationStatus(rel, lookup, blankCountsAsZero));
      const holds = through.every((rel, k) => {
        const onTotal = rel.left.includes(total) || rel.right.includes(total);
        return statuses[k] === 'holds' || (onTotal && statuses[k] === 'unknown');
      });
      return holds && statuses.includes('holds');
    };
    if (readings.every(holdsIn)) out.push(r.key);
  }
  return out;
}

/**
 * The cells of the contested rows read every way: each pair's numbers the holder's (the empty row
 * blank) or the empty row's (the holder blank). One reading, empty, without pairs; `null` where a row
 * is contested twice, a pair's cells are not all stated, or the pairs are more than
 * {@link MAX_CONTESTED_PAIRS}.
 */
function contestedReadings(contested: readonly ContestedRows[], rows: readonly PlacedTable3Row[]): Map<string, Operand>[] | null {
  if (contested.length > MAX_CONTESTED_PAIRS) return null;
  const keys = contested.flatMap((p) => [p.empty, p.holder]);
  if (new Set(keys).size !== keys.length) return null;
  const addressesOf = new Map(rows.map((r) => [r.key, r.addresses]));
  let readings: Map<string, Operand>[] = [new Map()];
  for (const p of contested) {
    const from = addressesOf.get(p.holder);
    const to = addressesOf.get(p.empty);
    if (!from || !to || p.cells.length !== from.length || to.length !== from.length || p.cells.includes(null)) return null;
    const next: Map<string, Operand>[] = [];
    for (const reading of readings)
      for (const [owner, other] of [
        [from, to],
        [to, from],
      ] as const) {
        const m = new Map(reading);
        p.cells.forEach((c, j) => {
          m.set(owner[j] as string, c);
          m.set(other[j] as string, 'blank');
        });
        next.push(m);
      }
    readings = next;
  }
  return readings;
}
