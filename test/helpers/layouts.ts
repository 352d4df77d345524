/**
 * Our own reports rendered into the layouts real extraction produces, to check that each reads
 * back. Everything here is generated from `renderReport` output; nothing is copied from the corpus.
 */
import { renderReport, type Report } from 'zfxxgk-report';

export type Layout = 'pipes' | 'markdown' | 'html' | 'cell-per-line' | 'blank-lines' | 'aligned' | 'tabs' | 'crawler' | 'converter';

/** Layouts that keep blank cells visible (so every cell must come back exactly). */
export const LOSSLESS: readonly Layout[] = ['pipes', 'markdown', 'html', 'tabs'];
/** Layouts that lose blank cells or separators (cells may come back flagged, never wrong). */
export const LOSSY: readonly Layout[] = ['cell-per-line', 'blank-lines', 'aligned', 'crawler', 'converter'];

const isRow = (l: string): boolean => l.startsWith('| ');
const cellsOf = (l: string): string[] => l.slice(2, -2).split(' | ');

/** Rewrites the `text` rendering (pipe rows with a leading pipe) into a layout. */
export function toLayout(text: string, layout: Exclude<Layout, 'markdown' | 'html' | 'pipes' | 'converter'>): string {
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

/**
 * Our Markdown rendering damaged the way PDF-to-Markdown converters damage table 三: the labels of
 * some result rows float out of their row onto a line of their own above it (the row becomes a
 * table of bare numbers), and the total carried forward may float out of its cell onto a lone
 * line above （七）总计. Which rows float is decided by the numbers, so it varies with the report.
 */
export function converterMarkdown(md: string): string {
  const lines = md.split('\n');
  const out: string[] = [];
  let inT3 = false;
  let index = 0;
  let lone: string | null = null;
  let loneWritten = false;
  const sum = (cells: readonly string[]): number => cells.reduce((a, c) => a + (Number(c) || 0), 0);
  const t3 = lines.findIndex((l) => l.includes('收到和处理政府信息公开申请情况'));
  const carried = lines.find((l, i) => i > t3 && l.startsWith('| 四、结转下年度'));
  if (carried && t3 >= 0) {
    const cells = cellsOf(carried);
    if (sum(cells) % 2 === 0 && Number(cells[cells.length - 1]) > 0) lone = cells[cells.length - 1] as string;
  }
  for (const l of lines) {
    if (l.startsWith('## ')) inT3 = l.includes('收到和处理政府信息公开申请情况');
    if (!inT3 || !isRow(l)) {
      out.push(l);
      continue;
    }
    const cells = cellsOf(l);
    const label = cells[0] as string;
    // The lone number lands under the first floating label (which then seems to own it), or above （七）.
    if (lone !== null && label.startsWith('（七）') && !loneWritten) out.push('', lone, '');
    if (lone !== null && label.startsWith('四、')) {
      out.push(`| ${[...cells.slice(0, -1), ''].join(' | ')} |`);
      continue;
    }
    const resultRow = cells.length === 8 && /^(（[二三四五六]）|[2-8]\.)/.test(label);
    if (resultRow && (index++ * 7 + sum(cells.slice(1))) % 3 === 0) {
      out.push('', label, ...(lone !== null && !loneWritten ? [lone] : []), '', `| ${cells.slice(1).join(' | ')} |`, `|${'---|'.repeat(7)}`);
      loneWritten = true;
      continue;
    }
    out.push(l);
  }
  return out.join('\n');
}

/** A report rendered by our renderer in one of the layouts. */
export function renderInLayout(report: Report, layout: Layout): string {
  if (layout === 'markdown' || layout === 'html') return renderReport(report, { to: layout });
  if (layout === 'converter') return converterMarkdown(renderReport(report, { to: 'markdown' }));
  const text = renderReport(report, { to: 'text' });
  return layout === 'pipes' ? text : toLayout(text, layout);
}
