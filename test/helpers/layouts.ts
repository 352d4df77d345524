/**
 * Our own reports rendered into the layouts real extraction produces, to check that each reads
 * back. Everything here is generated from `renderReport` output; nothing is copied from the corpus.
 */
import { renderReport, type Report } from 'zfxxgk-report';

export type Layout = 'pipes' | 'markdown' | 'html' | 'cell-per-line' | 'blank-lines' | 'aligned' | 'tabs' | 'crawler';

/** Layouts that keep blank cells visible (so every cell must come back exactly). */
export const LOSSLESS: readonly Layout[] = ['pipes', 'markdown', 'html', 'tabs'];
/** Layouts that lose blank cells or separators (cells may come back flagged, never wrong). */
export const LOSSY: readonly Layout[] = ['cell-per-line', 'blank-lines', 'aligned', 'crawler'];

const isRow = (l: string): boolean => l.startsWith('| ');
const cellsOf = (l: string): string[] => l.slice(2, -2).split(' | ');

/** Rewrites the `text` rendering (pipe rows with a leading pipe) into a layout. */
export function toLayout(text: string, layout: Exclude<Layout, 'markdown' | 'html' | 'pipes'>): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let crawl = '';
  for (const l of lines) {
    if (!isRow(l)) {
      if (crawl) out.push(crawl);
      crawl = '';
      out.push(l);
      continue;
    }
    const cells = cellsOf(l);
    switch (layout) {
      case 'cell-per-line': {
        // One cell per line with ' |'; empty cells are not written; the row ends with padding pipes.
        const filled = cells.filter((c) => c !== '');
        const pad = Math.max(1, cells.length - filled.length + 1);
        filled.forEach((c, i) => out.push(i === filled.length - 1 ? `${c} |${' ' + '|'.repeat(pad)}` : `${c} |`));
        break;
      }
      case 'blank-lines':
        // One cell per line, a blank line after each; an empty cell is just one more blank line.
        for (const c of cells) {
          if (c !== '') out.push(c);
          out.push('');
        }
        break;
      case 'aligned':
        out.push(cells.filter((c) => c !== '').join('    '));
        break;
      case 'tabs':
        out.push(cells.join('\t'));
        break;
      case 'crawler':
        crawl += cells.join('');
        break;
    }
  }
  if (crawl) out.push(crawl);
  return out.join('\n');
}

/** A report rendered by our renderer in one of the layouts. */
export function renderInLayout(report: Report, layout: Layout): string {
  if (layout === 'markdown' || layout === 'html') return renderReport(report, { to: layout });
  const text = renderReport(report, { to: 'text' });
  return layout === 'pipes' ? text : toLayout(text, layout);
}
