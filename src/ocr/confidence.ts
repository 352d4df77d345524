/**
 * Doubtful digits of OCR input: a value cell whose text came from a box recognised below
 * {@link LOW_CONFIDENCE} (in a column that may be negative, {@link SIGNED_CONFIDENCE_MARGIN} more)
 * is a candidate, not a value, unless the table's arithmetic settles it.
 *
 * A doubtful cell is settled when at least one equation of its table (`template/relations.ts`)
 * has every other operand certain and every such equation gives the value read (one consistent
 * reading), or, with several doubtful cells in one equation, when every equation holding it that
 * can be read holds as read (at least one): it stays a value and an `ocr-confirmed` note says so. Otherwise it becomes
 * `ambiguous`, with the value read as a candidate (and the value an equation would need, when
 * one differs, and in a column that may be negative the reading with the other sign: candidates
 * too, never written into the cell), and `ocr-low-confidence` names it.
 * Settling repeats while it settles more cells (bounded by the number of doubtful cells).
 */
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { spanAt, type TextSpan } from '../layout/layout.js';
import type { AmbiguousCell, Cell, ValueCell } from '../model/cell.js';
import type { Report } from '../model/report.js';
import { listCells } from '../parse/list-cells.js';
import { cellAt, setPath } from '../tables/paths.js';
import { table2Definition } from '../template/table2.js';
import { forcedValue, relationStatus, type Operand } from '../template/arithmetic.js';
import { blankCountsAsZero, relationsByAddress, table3Relations, TABLE4_RELATIONS, type TableRelation } from '../template/relations.js';

/** Below this recognition confidence a box's digits are doubtful (measured: see docs/accuracy.md, OCR). */
export const LOW_CONFIDENCE = 0.8;

/**
 * A reading in a column that may be negative (table 二's 本年增/减) must be this much more certain
 * than other digits: a lost minus sign changes no digit and no equation checks it (measured on our
 * scans: a blurred `-1` read as `1` at 0.88, and at 0.91 by a variant of the engine; every right
 * reading there was at 0.93 or more, three of them below 0.95, which this costs).
 */
export const SIGNED_CONFIDENCE_MARGIN = 0.15;

/** The lowest confidence of the spans a stretch of laid-out text came from (1 when none has one). */
export function confidenceOf(spans: readonly TextSpan[], start: number, end: number): number {
  let lowest = 1;
  const first = spanAt(spans, start);
  if (!first) return lowest;
  for (let i = spans.indexOf(first); i >= 0 && i < spans.length; i++) {
    const s = spans[i] as TextSpan;
    if (s.start >= Math.max(end, start + 1)) break;
    if (s.end > start && s.confidence !== undefined && s.confidence < lowest) lowest = s.confidence;
  }
  return lowest;
}

/**
 * Turns the doubtful value cells of a report read from OCR boxes into candidates, unless the
 * arithmetic settles them. Mutates the report's tables; returns the diagnostics to add.
 */
export function flagDoubtfulCells(report: Report, spans: readonly TextSpan[], threshold: number = LOW_CONFIDENCE): Diagnostic[] {
  const roots: Record<string, unknown> = { t2: report.tables.t2, t3: report.tables.t3, t4: report.tables.t4 };
  const doubtful = new Map<string, ValueCell>();
  const signed = signedColumns(report);
  const signedThreshold = Math.min(1, threshold + SIGNED_CONFIDENCE_MARGIN);
  for (const rec of listCells(report)) {
    if (rec.status !== 'value' || !rec.location) continue;
    const bar = rec.value !== 0 && signed.has(columnOf(rec.address)) ? signedThreshold : threshold;
    if (confidenceOf(spans, rec.location.start, rec.location.end) < bar) {
      doubtful.set(rec.address, cellAt(roots[rec.table], rec.address) as ValueCell);
    }
  }
  if (doubtful.size === 0) return [];
  const relations: TableRelation[] = [...TABLE4_RELATIONS];
  if (report.tables.t3) for (const rel of table3Relations(report.tables.t3.version)) relations.push(rel);
  const byAddress = relationsByAddress(relations);
  const cell = (address: string): Cell | undefined => cellAt(roots[address.slice(0, 2)], address);
  const diagnostics: Diagnostic[] = [];
  const needed = new Map<string, Set<number>>();
  /** Per doubtful cell, the equations (with the value each needs) that contradict its reading. */
  const contradicted = new Map<string, { rel: TableRelation; value: number }[]>();
  const confirm = (address: string, c: ValueCell): void => {
    doubtful.delete(address);
    diagnostics.push(
      createDiagnostic('ocr-confirmed', {
        target: address,
        addresses: [address],
        actual: c.value,
        ...(c.location ? { location: c.location } : {}),
      }),
    );
  };
  // 1. One doubtful cell in an equation whose other operands are certain: the equation settles it.
  let settledOne = true;
  for (let round = 0; settledOne && round <= doubtful.size; round++) {
    settledOne = false;
    for (const [address, c] of doubtful) {
      const found = solutions(address, byAddress.get(address) ?? [], cell, doubtful);
      const solved = found.map((f) => f.value);
      needed.set(address, new Set(solved));
      contradicted.set(
        address,
        found.filter((f) => f.value !== c.value),
      );
      if (solved.length > 0 && solved.every((v) => v === c.value)) {
        confirm(address, c);
        settledOne = true;
      }
    }
  }
  // 2. Several doubtful cells in one equation: confirmed together when every readable equation
  // holding each of them holds as read (two misreads that cancel exactly in every equation of
  // both cells are not a reading this accepts blindly: each cell needs a holding equation and no
  // failing one).
  const holds = new Map<TableRelation, boolean | null>();
  const verdict = (rel: TableRelation): boolean | null => {
    if (!holds.has(rel)) holds.set(rel, balance(rel, cell));
    return holds.get(rel) as boolean | null;
  };
  for (const [address, c] of [...doubtful]) {
    const verdicts = (byAddress.get(address) ?? []).map(verdict).filter((v): v is boolean => v !== null);
    if (verdicts.length > 0 && verdicts.every((v) => v)) confirm(address, c);
  }
  for (const [address, c] of doubtful) {
    const candidates = [c.value];
    // A column that may be negative: a doubtful reading may have lost (or gained) its minus sign.
    if (c.value !== 0 && signed.has(columnOf(address))) candidates.push(-c.value);
    for (const v of needed.get(address) ?? []) if (Number.isInteger(v) && v >= 0 && !candidates.includes(v)) candidates.push(v);
    const flagged: AmbiguousCell = { ...c, status: 'ambiguous', value: null, candidates };
    setPath(roots[address.slice(0, 2)] as Record<string, unknown>, address.slice(3), flagged);
    // An equation that does not hold with the reading: the doubtful cell may be the misread one, or
    // another cell of the equation (read with confidence) may be. Its cells are named, never trusted silently.
    for (const { rel, value } of contradicted.get(address) ?? []) {
      diagnostics.push(
        createDiagnostic('ocr-sum-contradicted', {
          target: address,
          addresses: [...new Set([...rel.left, ...rel.right])],
          actual: c.value,
          expected: value,
          ...(c.location ? { location: c.location } : {}),
        }),
      );
    }
    diagnostics.push(
      createDiagnostic('ocr-low-confidence', {
        target: address,
        addresses: [address],
        detail: c.raw ?? String(c.value),
        candidates,
        ...(c.location ? { location: c.location } : {}),
      }),
    );
  }
  return diagnostics;
}

/** The column key of a cell address (its last part). */
function columnOf(address: string): string {
  return address.slice(address.lastIndexOf('.') + 1);
}

/** Keys of the columns of table 二 whose values may be negative (本年增/减). */
function signedColumns(report: Report): Set<string> {
  const out = new Set<string>();
  if (!report.tables.t2) return out;
  for (const sub of table2Definition(report.tables.t2.version).subTables) for (const col of sub.columns) if (col.signed) out.add(col.key);
  return out;
}

/** A cell as an operand of the evaluator (`template/arithmetic.ts`): a number, a blank, or unknown. */
function operandOf(c: Cell | undefined): Operand {
  return c?.status === 'value' ? c.value : c?.status === 'blank' ? 'blank' : null;
}

/** Whether an equation holds with the values read (doubtful or not); `null` when an operand is no number. */
function balance(rel: TableRelation, cell: (a: string) => Cell | undefined): boolean | null {
  const status = relationStatus(rel, (a) => operandOf(cell(a)), blankCountsAsZero);
  return status === 'unknown' ? null : status === 'holds';
}

/** The value each usable equation needs at `address` (an equation is usable when every other operand is certain). */
function solutions(
  address: string,
  rels: readonly TableRelation[],
  cell: (a: string) => Cell | undefined,
  doubtful: ReadonlyMap<string, unknown>,
): { value: number; rel: TableRelation }[] {
  // (a doubtful cell is no certain operand: unknown)
  const certain = (a: string): Operand => (doubtful.has(a) ? null : operandOf(cell(a)));
  const out: { value: number; rel: TableRelation }[] = [];
  for (const rel of rels) {
    const value = forcedValue(rel, address, certain, blankCountsAsZero);
    if (value !== null) out.push({ value, rel });
  }
  return out;
}
