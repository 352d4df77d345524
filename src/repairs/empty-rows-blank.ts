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
 * The repair decides; the reader applies the decision.
 */
import { relationStatus, type Operand } from '../template/arithmetic.js';
import { blankCountsAsZero, type TableRelation } from '../template/relations.js';
import type { RowPlacement } from '../tables/placement.js';
import type { RowSegment } from '../tables/rows.js';
import type { TableToken } from '../tables/tokens.js';

/** A row's number stands at most this many lines from its label's lines (a wrapped label's last piece below them). */
const NEAR_LABEL = 1;

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
 * `blockStream`: whether the text is a block stream.
 */
export function decideEmptyRowsBlank(
  rows: readonly PlacedTable3Row[],
  dataRows: readonly string[],
  relations: readonly TableRelation[],
  tokens: readonly TableToken[],
  unplacedValues: boolean,
  blockStream: boolean,
): string[] {
  if (blockStream || unplacedValues || rows.length !== dataRows.length) return [];
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
  for (const r of rows) {
    if (emptyKeys.has(r.key)) continue;
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
      last = Math.max(last, l.line);
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
    if (r.segment.labels.some((l) => numberLines.has(l.line))) continue;
    // The row read as zeros, the other empty rows too (each is checked the same way).
    const lookup = (a: string): Operand => {
      const row = a.slice(3, a.lastIndexOf('.'));
      return emptyKeys.has(row) ? 0 : (cells.get(a) ?? null);
    };
    const total = r.addresses[r.addresses.length - 1] as string;
    const through = relations.filter((rel) => r.addresses.some((a) => rel.left.includes(a) || rel.right.includes(a)));
    const holds = through.every((rel) => {
      const status = relationStatus(rel, lookup, blankCountsAsZero);
      const onTotal = rel.left.includes(total) || rel.right.includes(total);
      return status === 'holds' || (onTotal && status === 'unknown');
    });
    if (holds && through.some((rel) => relationStatus(rel, lookup, blankCountsAsZero) === 'holds')) out.push(r.key);
  }
  return out;
}
