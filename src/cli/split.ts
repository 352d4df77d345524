/**
 * `--split`: an input holding several reports is read report by report. The command runs once per
 * report (each with its {@link ReportPart}: number, count, start line) and the outputs are joined
 * into the input's one result: JSON becomes an array of the records, other formats follow each
 * other, the status is the worst of them.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParseResult } from '../model/report.js';
import type { CellCounts, ReportPart, TaskOutput, TaskStatus } from './commands/types.js';
import type { ReadOutcome } from './input.js';

/** The line where a report read with `--split` starts: the location of its `multiple-reports` diagnostic (1 for an input of one report). */
export function reportStartLine(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.find((x) => x.code === 'multiple-reports')?.location?.line ?? 1;
}

/** One outcome per report of a read input (with its part), or the outcome itself when it could not be read. */
export function splitRuns(outcome: ReadOutcome): [ReadOutcome, ReportPart | undefined][] {
  if (!outcome.ok) return [[outcome, undefined]];
  const { reports, ...whole } = outcome.result;
  const parts: readonly ParseResult[] = reports ?? [whole];
  return parts.map((p, k) => [
    { ok: true, result: { ...whole, report: p.report, diagnostics: p.diagnostics } },
    { index: k + 1, count: parts.length, line: reportStartLine(p.diagnostics) },
  ]);
}

/** Worst first. */
const STATUS_ORDER: readonly TaskStatus[] = ['error', 'not-report', 'failed', 'ok'];

/** The outputs of the reports of one input as one output (`jsonArray`: the chunks are JSON values, joined into an array). */
export function joinOutputs(outputs: readonly TaskOutput[], jsonArray: boolean): TaskOutput {
  const chunk = jsonArray ? `[\n${outputs.map((o) => o.chunk.trimEnd()).join(',\n')}\n]\n` : outputs.map((o) => o.chunk).join('');
  const status = STATUS_ORDER.find((s) => outputs.some((o) => o.status === s)) ?? 'ok';
  let cells: CellCounts | undefined;
  for (const o of outputs) {
    if (!o.cells) continue;
    cells ??= { value: 0, blank: 0, missing: 0, ambiguous: 0 };
    for (const k of Object.keys(cells) as (keyof CellCounts)[]) cells[k] += o.cells[k];
  }
  return { chunk, note: outputs.map((o) => o.note).join(''), status, ...(cells ? { cells } : {}) };
}
