/**
 * Our 2021 report (fixtures.ts consistentCells, seed 8) as layout text with some table lines
 * rewritten, and one table-三 row read back: the tests of the repair checks on lines a converter
 * printed otherwise build their inputs here.
 */
import { createReport, listCells, parseReport, type Cell } from '../../src/index.js';
import { APPLICANTS } from './block-stream.js';
import { consistentCells } from './fixtures.js';
import { renderLayoutText } from './layout-text.js';

/** Our 2021 report as layout text, each line that contains a key of `replace` replaced by its lines. */
export function rewrittenReport(replace: Readonly<Record<string, readonly string[]>>): string {
  const report = createReport({
    versions: { table2: '2021', table3: '2021' },
    cells: consistentCells(8, { table2: '2021', table3: '2021' }, 40),
    meta: { agency: '示例县示例局', year: 2023 },
  });
  const out: string[] = [];
  for (const l of renderLayoutText(report, { wrap: 'none' }).split('\n')) {
    const key = Object.keys(replace).find((k) => l.includes(k));
    out.push(...(key === undefined ? [l] : (replace[key] as readonly string[])));
  }
  return out.join('\n');
}

/** The cells of table 三's row `row` (address prefix) read from `text`, in column order. */
export function table3Row(text: string, row: string): (Cell | undefined)[] {
  const { report } = parseReport(text, { format: 'text' });
  const cells = new Map(listCells(report!).map((c) => [c.address, c as Cell]));
  return APPLICANTS.map((c) => cells.get(`${row}.${c}`));
}
