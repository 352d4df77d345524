/**
 * Reading helpers shared by the number-stream repairs' tests: a text read with its stream decisions,
 * table 三's cells as values, and the small tables' streams written a line per list.
 */
import { listCells, parseReport, type Diagnostic, type Report } from '../../src/index.js';
import type { NumberStreamDecision, StreamCell } from '../../src/repairs/number-stream.js';
import { streamCell } from './stream-cells.js';

/** `text` read as text: the report, its diagnostics, and the `values-after-labels` decisions among them. */
export function readStream(text: string): { report: Report; diagnostics: Diagnostic[]; stream: Diagnostic[] } {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  return { report: report!, diagnostics, stream: diagnostics.filter((d) => d.code === 'values-after-labels') };
}

/** Table 三's cells of `report` by address: a value, null for a blank, or the cell's status where it has no value. */
export function table3Values(report: Report): Map<string, unknown> {
  return new Map(
    listCells(report)
      .filter((c) => c.address.startsWith('t3.'))
      .map((c) => [c.address, c.status === 'blank' ? null : c.status === 'value' ? c.value : c.status]),
  );
}

/** Stream cells written a line per list, in order (line `i`'s cells at characters `10 i`, `10 i + 1`, …). */
export function cellsOnLines(lines: readonly (readonly (number | null)[])[]): StreamCell[] {
  return lines.flatMap((l, line) => l.map((v, i) => ({ ...streamCell(v, line * 10 + i), line })));
}

/** A decision's readings as their order and their rows' values (null for a blank). */
export function readingValues(d: NumberStreamDecision | null | undefined): [string, (number | null)[][]][] | undefined {
  return d?.readings.map((r) => [r.order, r.rows.map((row) => row.map((t) => (t.kind === 'value' ? t.content.value : null)))]);
}
