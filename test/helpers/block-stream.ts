/**
 * Our own pipe-table report (fixtures.ts pipeReport) rewritten as plain pdftotext writes a printed
 * table: a block stream (each label, then each number, the last two of a row side by side, blank
 * lines between blocks), some rows' blocks replaced to rearrange them.
 */
import { listCells, parseReport } from '../../src/index.js';

/** Table 三's pipe rows as a block stream (label, then each number, the last two side by side), with `replace` put in place of some rows. */
export function asBlockStream(text: string, replace: ReadonlyMap<string, readonly string[]> = new Map()): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到'));
  const end = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (i <= start || i >= end) {
      out.push(l);
      return;
    }
    if (i <= start + 3) {
      out.push(l.replace(/ \|$/, '').split(' | ').join(' '));
      return;
    }
    const cells = l
      .replace(/ \|$/, '')
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const labels = cells.filter((c) => !/^\d+$/.test(c));
    const key = labels[labels.length - 1] as string;
    if (replace.has(key)) {
      for (const b of replace.get(key) as readonly string[]) out.push(b, '');
      return;
    }
    const numbers = cells.filter((c) => /^\d+$/.test(c));
    out.push(labels.join(' '), '');
    for (const n of numbers.slice(0, -2)) out.push(n, '');
    out.push(numbers.slice(-2).join(' '), '');
  });
  return out.join('\n');
}

/** Table 三's columns, in order. */
export const APPLICANTS = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrg',
  'legalServiceOrg',
  'otherOrg',
  'total',
];

/** Reads `text`: each table-三 row's cells (a value, or its status), and the codes of the diagnostics whose path is `path`. */
export function readTable3(text: string, path: string): { row: (r: string) => (number | string | null)[]; codes: Set<string> } {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const cells = new Map(listCells(report!).map((c) => [c.address, c]));
  return {
    row: (r) =>
      APPLICANTS.map((c) => {
        const cell = cells.get(`t3.${r}.${c}`);
        return cell?.status === 'value' ? cell.value : (cell?.status ?? null);
      }),
    codes: new Set(diagnostics.filter((d) => d.path === path).map((d) => d.code)),
  };
}
