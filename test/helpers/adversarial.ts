/**
 * Inputs built to make the table readers search as much as they can (issue 16, "a global work
 * budget per table"): our own reports with table 四's values cut into many runs, and table 三's rows
 * glued into long runs of digits. Generated from `renderReport` output; nothing from the corpus.
 */
import type { Report } from 'zfxxgk-report';
import { renderInLayout } from './layouts.js';

/** Table 四 in cell-per-line text with a header fragment before each of its values: one run per value. */
export function table4InRuns(report: Report, every = 1): string {
  const lines = renderInLayout(report, 'blank-lines').split('\n');
  const t4 = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const values: number[] = [];
  lines.forEach((l, i) => {
    if (i > t4 && /^\d+$/.test(l)) values.push(i);
  });
  for (let k = values.length - 1; k > 0; k--) if (k % every === 0) lines.splice(values[k] as number, 0, '结果', '');
  return lines.join('\n');
}

/** Crawler text (every table row glued into one run of digits) of `report`. */
export function gluedRows(report: Report): string {
  return renderInLayout(report, 'crawler');
}
