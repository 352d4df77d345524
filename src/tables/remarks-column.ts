/**
 * A `备注` (remarks) column at the right of table 三 (issue 12). Some reports add one after the
 * 总计 column: mostly empty, some rows holding a remark, and a remark may be written as a blank
 * cell's mark (`/`, `—`). Text of the page (no cells) then prints a row's seven numbers followed by
 * a mark that reads like the total's blank: `0 0 0 0 0 0 0 /` read as six zeros, one dropped, and a
 * blank total, or with a blank cell of the row vanished, every number a column to the left; the row
 * adds up whatever it held (a blank total checks nothing). Where the table's header names a `备注`
 * column (the word standing as a header, not a note's `备注：`), a row whose total is read as a
 * written blank mark is not read: its mark may be the remark's, and then its numbers' columns are
 * unknown. Each of its stated cells is `missing` (`cells-missing` names them).
 */
import type { Line } from '../grammar/lines.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { missingCell } from '../model/cell.js';
import { cellAt, setPath } from '../model/paths.js';
import type { LineRange } from './locate.js';

/** The word `备注`, and a note's colon after it where there is one (`备注：` opens a note: no column). */
const REMARKS_WORD_RE = /备\s?注\s?[：:]?/g;

/** Whether a table's region names a `备注` column among its header words. */
export function namesRemarksColumn(lines: readonly Line[], region: LineRange): boolean {
  for (let i = region.from; i < region.to && i < lines.length; i++)
    for (const m of (lines[i] as Line).text.matchAll(REMARKS_WORD_RE)) if (!/[：:]$/.test(m[0])) return true;
  return false;
}

/** The total column's key in table 三's addresses. */
const TOTAL_KEY = '.total';

/**
 * Leaves unread each row of table 三 (`addresses` under `root`) whose total reads as a written blank
 * mark, where the table has a remarks column (see the module comment).
 */
export function unreadRemarkRows(reporter: Reporter, root: object, addresses: readonly string[]): void {
  for (const total of addresses) {
    if (!total.endsWith(TOTAL_KEY)) continue;
    const cell = cellAt(root, total);
    if (cell?.status !== 'blank' || (cell.raw ?? '').trim() === '') continue;
    const row = total.slice(0, total.length - TOTAL_KEY.length);
    const unread: string[] = [];
    for (const a of addresses) {
      if (a.slice(0, a.lastIndexOf('.')) !== row) continue;
      const c = cellAt(root, a);
      if (c?.status !== 'value' && c?.status !== 'blank') continue;
      const missing = missingCell();
      if (c.rowLabel !== undefined) missing.rowLabel = c.rowLabel;
      if (c.columnLabel !== undefined) missing.columnLabel = c.columnLabel;
      setPath(root as Record<string, unknown>, a.slice(3), missing);
      unread.push(a);
    }
    reporter.report('cells-missing', { detail: cell.rowLabel ?? row, count: unread.length, path: row, addresses: unread });
  }
}
