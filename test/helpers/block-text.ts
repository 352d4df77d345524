/**
 * Table 三 written in rectangular blocks, each beginning at the first cell not yet printed (the
 * stream `src/repairs/block-fill-stream.ts` reads): our reports' text with the table's labels first
 * and its cells after them, block by block.
 */
import type { Report } from '../../src/index.js';
import { rewriteTable3 } from './continued-lines.js';

/**
 * A block as the text prints it, at the first cell not yet printed: the rest of that row (on one line,
 * or cut after `cut` cells over two), a column piece of `rows` rows (a cell to a line), or a band of
 * `rows` rows over `width` columns (a row's cells to a line).
 */
export type Block = { kind: 'rest'; cut?: number } | { kind: 'piece'; rows: number } | { kind: 'band'; rows: number; width: number };

/**
 * `report`'s text with table 三's labels first, a label to a line, then its cells printed by `blocks`
 * (a blank as `——`); the blocks after the list, each row's rest on its line.
 */
export function blockText(report: Report, blocks: readonly Block[]): string {
  const labels: string[] = [];
  const grid: string[][] = [];
  rewriteTable3(report, (l, _numbers, _out, cells) => {
    labels.push(l.join(''));
    grid.push(cells.slice(-7).map((c) => c || '——'));
  });
  const filled = grid.map(() => 0);
  const lines: string[] = [];
  const next = (): { r: number; c: number } | null => {
    const r = filled.findIndex((f) => f < 7);
    return r < 0 ? null : { r, c: filled[r] as number };
  };
  const rest = (r: number, c: number, cut?: number): void => {
    const cells = (grid[r] as string[]).slice(c);
    if (cut !== undefined && cut > 0 && cut < cells.length) lines.push(cells.slice(0, cut).join(' '), cells.slice(cut).join(' '));
    else lines.push(cells.join(' '));
    filled[r] = 7;
  };
  for (const b of blocks) {
    const at = next();
    if (!at) break;
    const { r, c } = at;
    let open = 1;
    while (r + open < grid.length && filled[r + open] === c) open++;
    if (b.kind === 'rest') rest(r, c, b.cut);
    else if (b.kind === 'piece') {
      const h = Math.min(b.rows, open);
      for (let q = 0; q < h; q++) {
        lines.push((grid[r + q] as string[])[c] as string);
        filled[r + q] = c + 1;
      }
    } else {
      const h = Math.min(b.rows, open);
      // (a band stops short of the row's end: at most the columns but the last open)
      const w = Math.max(1, Math.min(b.width, 6 - c));
      for (let q = 0; q < h; q++) {
        lines.push((grid[r + q] as string[]).slice(c, c + w).join(' '));
        filled[r + q] = c + w;
      }
    }
  }
  for (let at = next(); at; at = next()) rest(at.r, at.c);
  let placed = false;
  return rewriteTable3(report, (_labels, _numbers, out) => {
    if (placed) return;
    for (const l of labels) out.push(l);
    for (const l of lines) out.push(l);
    placed = true;
  }).join('\n');
}
