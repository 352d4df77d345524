/**
 * Building blocks of rule checks: an equation between cell sums, a comparison, a list of cells
 * that break a domain rule.
 */
import { evaluateRelation, knownSideSum } from '../template/arithmetic.js';
import type { CellReader } from './operands.js';
import type { RuleEmitter } from './rule.js';

/**
 * `total = Σ parts`, with blanks in the parts counted as 0 where `blankAsZero` says so and a blank total "not reported".
 * `counts`: every cell of the equation is a count (≥ 0); where some cells are unknown but one side is
 * known whole and the other side's known numbers already sum to more, no value of the unknown cells
 * can make it hold: the check fails (naming every cell of the equation) instead of staying uncertain.
 */
export function equation(
  c: RuleEmitter,
  reader: CellReader,
  left: readonly string[],
  right: readonly string[],
  blankAsZero: (address: string) => boolean,
  zh: string,
  en: string,
  counts = false,
): void {
  const addresses = [...left, ...right];
  // The one arithmetic evaluator (template/arithmetic.ts), shared with the table readers and repairs.
  const o = evaluateRelation({ left, right }, reader.lookup, blankAsZero);
  if (o.status === 'unknown') {
    const over = counts ? exceededSide(reader, left, right, blankAsZero) : null;
    if (over) {
      c.add('fail', addresses, {
        expected: `≤ ${over.whole}`,
        actual: over.known,
        zh: `${zh}（已知各项之和已超过另一侧）`,
        en: `${en} (the known cells already sum to more than the other side)`,
      });
      return;
    }
    const why =
      o.notReported.length > 0 && o.unknown.length === 0
        ? { zh: '总计未填报', en: 'total not reported' }
        : { zh: '有单元格缺失或存疑', en: 'cells missing or ambiguous' };
    c.add('uncertain', addresses, { zh: `${zh}（${why.zh}）`, en: `${en} (${why.en})` });
    return;
  }
  const blanks = o.blanksAsZero;
  const note =
    blanks.length > 0
      ? { zh: `（${blanks.length}个空白单元格按0计）`, en: ` (${blanks.length} blank cells counted as 0)` }
      : { zh: '', en: '' };
  // Expected: the parts (right side); actual: the total printed (left side).
  c.add(o.status === 'holds' ? 'pass' : 'fail', addresses, {
    expected: o.right,
    actual: o.left,
    zh: zh + note.zh,
    en: en + note.en,
  });
}

/** The value of a cell, or `null` when it holds none. */
export function valueAt(reader: CellReader, address: string): number | null {
  return reader.value(address);
}

/** `a ≤ b` style comparison of two cells; uncertain when either holds no value. */
export function comparison(
  c: RuleEmitter,
  reader: CellReader,
  a: string,
  b: string,
  holds: (x: number, y: number) => boolean,
  label: string,
): void {
  const x = valueAt(reader, a);
  const y = valueAt(reader, b);
  if (x === null || y === null) c.add('uncertain', [a, b], { zh: label, en: label });
  else c.add(holds(x, y) ? 'pass' : 'fail', [a, b], { expected: `≤ ${y}`, actual: x, zh: label, en: label });
}

/** Every value is an integer ≥ 0: one check over all addresses, listing the bad cells. */
export function nonNegative(c: RuleEmitter, reader: CellReader, addresses: string[]): void {
  const bad = addresses.filter((a) => {
    const v = valueAt(reader, a);
    return v !== null && (v < 0 || !Number.isInteger(v));
  });
  c.add(bad.length === 0 ? 'pass' : 'fail', bad.length === 0 ? addresses : bad, listDetail(bad, reader));
}

/** `address = value, …` for a message. */
export function listDetail(addresses: string[], reader: CellReader): { zh?: string; en?: string } {
  if (addresses.length === 0) return {};
  const list = addresses.map((a) => `${a} = ${String(valueAt(reader, a))}`).join(', ');
  return { zh: list, en: list };
}

/**
 * For an equation of counts (every cell ≥ 0) with unknown cells: a side summed whole (every cell a
 * number, or a blank counted as 0) and the other side's numbers alone summing to more than it; or null.
 * The known numbers of a side are a lower bound of its sum whatever its unknown cells hold.
 */
function exceededSide(
  reader: CellReader,
  left: readonly string[],
  right: readonly string[],
  blankAsZero: (address: string) => boolean,
): { whole: number; known: number } | null {
  const l = knownSideSum(left, reader.lookup, blankAsZero);
  const r = knownSideSum(right, reader.lookup, blankAsZero);
  if (l.complete && r.sum > l.sum) return { whole: l.sum, known: r.sum };
  if (r.complete && l.sum > r.sum) return { whole: r.sum, known: l.sum };
  return null;
}
