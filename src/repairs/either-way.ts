/**
 * Two readings of one table that the evidence cannot choose between (numbers after their labels,
 * or before them, when the structure says one and the arithmetic the other): the table is read
 * both ways and a cell keeps a value only where both readings state the same; elsewhere it is
 * `ambiguous` with the numbers of both readings as candidates (or `missing` when neither has one).
 * The diagnostics of the first reading are kept, plus `cell-ambiguous` for each cell the readings
 * disagree on. With `rowContradicts`, an equal value the readings take from different source numbers
 * in a row one of them contradicts is a coincidence, not agreement (`coincident-agreement.ts`): that
 * cell is `ambiguous` too.
 */
import type { AmbiguousCell, Cell } from '../model/cell.js';
import type { RecordingReporter, Reporter } from '../diagnostics/reporter.js';
import { coincidentAgreement } from './coincident-agreement.js';

/** Whether a reading's row (a record of cells) contradicts its own arithmetic. */
type RowContradicts = (row: Record<string, unknown>) => boolean;

/** Reads a table both ways and keeps what both readings agree on (see the module comment). */
export function readEitherWay<R extends { hasContent: boolean }>(
  ctx: RecordingReporter,
  table: 't2' | 't3',
  first: () => R,
  second: () => R,
  tableOf: (r: R) => Record<string, unknown>,
  rowContradicts?: RowContradicts,
): R {
  const mark = ctx.diagnostics.length;
  const a = first();
  const kept = ctx.diagnostics.splice(mark);
  const b = second();
  ctx.diagnostics.splice(mark);
  for (const item of kept) ctx.diagnostics.push(item);
  mergeCells(ctx, tableOf(a), tableOf(b), table, rowContradicts);
  a.hasContent ||= b.hasContent;
  return a;
}

function isCell(x: unknown): x is Cell {
  return typeof x === 'object' && x !== null && 'status' in x && 'value' in x;
}

function numbersOf(c: Cell): number[] {
  if (c.status === 'value') return [c.value];
  if (c.status === 'ambiguous') return c.candidates;
  return [];
}

function same(a: Cell, b: Cell): boolean {
  return a.status === b.status && a.value === b.value && (a.status !== 'ambiguous' || numbersOf(a).join() === numbersOf(b).join());
}

function mergeCells(
  ctx: Reporter,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  path: string,
  rowContradicts?: RowContradicts,
): void {
  // (the rows as the readings read them, before any cell of `a` is replaced)
  const rowA = { ...a };
  const rowB = { ...b };
  for (const key of Object.keys(a)) {
    const x = a[key];
    const y = b[key];
    const here = path === '' ? key : `${path}.${key}`;
    if (isCell(x)) {
      if (!isCell(y)) continue;
      if (same(x, y) && !(rowContradicts && coincidentAgreement(x, y, rowA, rowB, rowContradicts))) continue;
      const candidates = [...new Set([...numbersOf(x), ...numbersOf(y)])];
      const { rowLabel, columnLabel } = x;
      if (candidates.length === 0) {
        a[key] = { status: 'missing', value: null, ...(rowLabel ? { rowLabel } : {}), ...(columnLabel ? { columnLabel } : {}) };
        continue;
      }
      const cell: AmbiguousCell = { status: 'ambiguous', value: null, candidates };
      if (rowLabel) cell.rowLabel = rowLabel;
      if (columnLabel) cell.columnLabel = columnLabel;
      if (x.location) cell.location = x.location;
      a[key] = cell;
      ctx.report('cell-ambiguous', {
        target: here,
        detail: candidates.join(' / '),
        path: here,
        candidates,
        ...(x.location ? { location: x.location } : {}),
      });
    } else if (typeof x === 'object' && x !== null && key !== 'location' && typeof y === 'object' && y !== null) {
      mergeCells(ctx, x as Record<string, unknown>, y as Record<string, unknown>, here, rowContradicts);
    }
  }
}
