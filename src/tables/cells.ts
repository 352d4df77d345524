/**
 * Turning placements into model cells with provenance, and reporting what was noteworthy about
 * each row (blanks, missing cells, ambiguity, surplus, units, notes).
 */
import type { Cell } from '../model/cell.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { isOpenFraction } from './open-fractions.js';
import type { Placement, RowPlacement } from './placement.js';

/** A column of a row being built: its address and the source header that anchors it. */
export interface ColumnTarget {
  /** Full cell address (`t3.results.granted.total`). */
  address: string;
  /** Header label found in (or implied by) the source. */
  columnLabel: string;
  /** A source column with no template counterpart: its cell is read but not reported. */
  ignored?: boolean;
}

/**
 * Builds the cells of one row from a placement and reports row-level diagnostics.
 * `rowAddress` is the row prefix (`t3.results.granted`), `rowLabel` the label text as found.
 */
export function buildRowCells(
  ctx: Reporter,
  placement: RowPlacement,
  targets: readonly ColumnTarget[],
  rowAddress: string,
  rowLabel: string,
  labelLocation: { start: number; end: number },
): Cell[] {
  const cells: Cell[] = [];
  const blanks: string[] = [];
  const missing: string[] = [];
  placement.columns.forEach((p, j) => {
    const target = targets[j];
    if (!target) return;
    const cell = target.ignored ? ignoredCell(p) : toCell(ctx, p, target, rowLabel);
    cells.push(cell);
    if (target.ignored) return;
    if (cell.status === 'blank') blanks.push(target.address);
    if (cell.status === 'missing') missing.push(target.address);
  });
  const loc = ctx.location(labelLocation.start, labelLocation.end);
  if (placement.surplus > 0) {
    ctx.report('surplus-values', {
      detail: rowLabel,
      expected: targets.length,
      actual: targets.length + placement.surplus,
      path: rowAddress,
      location: loc,
    });
  }
  if (missing.length > 0) {
    ctx.report('cells-missing', { detail: rowLabel, count: missing.length, path: rowAddress, addresses: missing, location: loc });
  }
  if (blanks.length > 0) {
    ctx.report('cells-blank', { detail: rowLabel, count: blanks.length, path: rowAddress, addresses: blanks, location: loc });
  }
  return cells;
}

function toCell(ctx: Reporter, p: Placement, target: ColumnTarget, rowLabel: string): Cell {
  // (the provenance written out in each literal, in the order a spread put it: no object spread per cell)
  const columnLabel = target.columnLabel;
  switch (p.status) {
    case 'value': {
      const t = p.token;
      // (a number cut from a run whose end is unproven: a candidate only)
      // (or a number cut at its decimal point, `10183.`, the rest of it not found: never stated)
      if (t.endUnproven || isOpenFraction(t))
        return toCell(ctx, { status: 'ambiguous', candidates: [t.content.value], tokens: [t] }, target, rowLabel);
      const location = ctx.location(t.start, t.end);
      const cell: Cell = { status: 'value', value: t.content.value, raw: t.raw, location, rowLabel, columnLabel };
      if (t.content.unit !== undefined) {
        cell.unit = t.content.unit;
        ctx.report('unit-in-cell', { target: target.address, detail: t.content.unit, path: target.address, location });
      }
      if (t.content.note !== undefined) {
        cell.note = t.content.note;
        ctx.report('note-in-cell', { target: target.address, detail: t.content.note, path: target.address, location });
      }
      return cell;
    }
    case 'blank':
      return { status: 'blank', value: null, raw: p.token.raw, location: ctx.location(p.token.start, p.token.end), rowLabel, columnLabel };
    case 'missing':
      return { status: 'missing', value: null, rowLabel, columnLabel };
    case 'ambiguous': {
      const first = p.tokens[0];
      const last = p.tokens[p.tokens.length - 1];
      const location = first && last ? ctx.location(first.start, last.end) : undefined;
      ctx.report('cell-ambiguous', {
        target: target.address,
        detail: p.candidates.join(' / '),
        path: target.address,
        candidates: p.candidates,
        ...(location ? { location } : {}),
      });
      const cell: Cell = { status: 'ambiguous', value: null, candidates: p.candidates, rowLabel, columnLabel };
      if (location) cell.location = location;
      return cell;
    }
  }
}

/** A cell of an ignored column: read for counting, never reported. */
function ignoredCell(p: Placement): Cell {
  return p.status === 'value' ? { status: 'value', value: p.token.content.value, raw: p.token.raw } : { status: 'missing', value: null };
}
