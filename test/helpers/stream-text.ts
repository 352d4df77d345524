/**
 * Table 三 printed as its row labels first and its numbers after them as one stream (plain
 * pdftotext of a Chromium print), written from our own reports: shared by the number-stream and
 * cut-stream tests.
 */
import type { Report } from '../../src/index.js';
import { rewriteTable3 } from './continued-lines.js';

/** How each row's seven cells are cut into lines (plain pdftotext writes a row's cells a few to a line). */
export const ROW_LINES = [4, 1, 2];

/**
 * `report`'s text with table 三's row labels one after another and its cells (a blank as `-`) after
 * the last label: row by row (`rows`, each row in lines of {@link ROW_LINES}) or column by column
 * (`columns`, four to a line). `keepLast` rows at the end keep their numbers by their labels.
 */
export function streamText(report: Report, order: 'rows' | 'columns', keepLast = 0, edit?: (cells: string[][]) => void): string {
  const rows: { labels: string[]; cells: string[] }[] = [];
  rewriteTable3(report, (labels, _numbers, _out, cells) => rows.push({ labels, cells: cells.slice(-7).map((c) => c || '-') }));
  edit?.(rows.map((r) => r.cells));
  const stacked = rows.slice(0, rows.length - keepLast);
  const stream: string[] = [];
  if (order === 'rows')
    for (const r of stacked) {
      let at = 0;
      for (const n of ROW_LINES) {
        stream.push(r.cells.slice(at, at + n).join(' '));
        at += n;
      }
    }
  else
    for (let c = 0; c < 7; c++) {
      const column = stacked.map((r) => r.cells[c] as string);
      for (let at = 0; at < column.length; at += 4) stream.push(column.slice(at, at + 4).join(' '));
    }
  const lines = [...stacked.map((r) => r.labels.join(' ')), ...stream];
  for (const r of rows.slice(rows.length - keepLast)) lines.push(`${r.labels.join(' ')} ${r.cells.join(' ')}`);
  // (the table's lines replaced: the header rows stay, every data row goes where the stream puts it)
  let placed = false;
  const out: string[] = [];
  for (const l of rewriteTable3(report, (_labels, _numbers, o) => {
    if (!placed) for (const x of lines) o.push(x);
    placed = true;
  }))
    out.push(l);
  return out.join('\n');
}
