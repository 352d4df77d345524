/**
 * Our own pipe-table report (fixtures.ts pipeReport) rewritten as plain pdftotext writes a printed
 * table: a block stream (each label, then each number, the last two of a row side by side, blank
 * lines between blocks), some rows' blocks replaced to rearrange them.
 */
import { listCells, parseReport, renderReport, type Report } from '../../src/index.js';
import { pipeReport, prng } from './fixtures.js';

/** A table-三 pipe row split into its label cells and its number cells. */
export interface PipeRow {
  readonly labels: readonly string[];
  readonly numbers: readonly string[];
}

/**
 * Rewrites the lines of table 三 in our pipe text (from the line after its heading to table 四's
 * heading): the first three (the header) through `header`, each row through `row`; other lines stay.
 */
export function rewriteTable3(
  text: string,
  header: (cells: readonly string[]) => readonly string[],
  row: (cells: PipeRow) => readonly string[],
): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到'));
  const end = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (i <= start || i >= end) {
      out.push(l);
      return;
    }
    const cells = l
      .replace(/ \|$/, '')
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    for (const written of i <= start + 3
      ? header(cells)
      : row({ labels: cells.filter((c) => !/^\d+$/.test(c)), numbers: cells.filter((c) => /^\d+$/.test(c)) }))
      out.push(written);
  });
  return out.join('\n');
}

/** Table 三's pipe rows as a block stream (label, then each number, the last two side by side), with `replace` put in place of some rows. */
export function asBlockStream(text: string, replace: ReadonlyMap<string, readonly string[]> = new Map()): string {
  return rewriteTable3(
    text,
    (cells) => [cells.join(' ')],
    ({ labels, numbers }) => {
      const key = labels[labels.length - 1] as string;
      const blocks = replace.get(key) ?? [labels.join(' '), ...numbers.slice(0, -2), numbers.slice(-2).join(' ')];
      return blocks.flatMap((b) => [b, '']);
    },
  );
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

/**
 * A report of ours as plain pdftotext writes a printed page whose cells are separate blocks: every
 * text cell and every number on its own line between blank lines, except that a few neighbouring
 * numbers of a row share a line (one block); blank cells print nothing; and the blocks of some rows
 * come out in another order (each row with probability `shuffle`).
 */
export function asShuffledBlocks(report: Report, seed: number, shuffle: number): string {
  const rnd = prng(seed);
  const out: string[] = [];
  for (const l of renderReport(report, { to: 'text' }).split('\n')) {
    if (!l.startsWith('| ')) {
      out.push(l, '');
      continue;
    }
    const cells = l.slice(2, -2).split(' | ');
    let k = cells.length;
    while (k > 0 && /^(-?\d[\d.]*)?$/.test(cells[k - 1] as string)) k--;
    for (const c of cells.slice(0, k)) if (c !== '') out.push(c, '');
    const numbers = cells.slice(k).filter((c) => c !== '');
    const blocks: string[][] = [];
    for (let i = 0; i < numbers.length;) {
      const size = Math.min(numbers.length - i, rnd() < 0.3 ? 2 : 1);
      blocks.push(numbers.slice(i, i + size));
      i += size;
    }
    if (rnd() < shuffle)
      for (let i = blocks.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [blocks[i], blocks[j]] = [blocks[j] as string[], blocks[i] as string[]];
      }
    for (const b of blocks) out.push(b.join(' '), '');
  }
  return out.join('\n');
}

/**
 * Our pipe report as a block stream (plain pdftotext of a printed table), table 二 a block per cell
 * with an empty line after each, its first sub-table's rows (from 规章 up to the caption `until`)
 * replaced by `blocks`.
 */
export function table2BlockReport(blocks: readonly string[], until = '第二十条第(五)项'): string {
  const lines = asBlockStream(pipeReport()).split('\n');
  const a = lines.findIndex((l) => l.startsWith('第二十条第(一)项'));
  const b = lines.findIndex((l) => l.startsWith('三、收到'));
  const t2 = lines
    .slice(a, b)
    .flatMap((l) =>
      l
        .replace(/ \|$/, '')
        .split('|')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    )
    .flatMap((c) => [c, '']);
  const i = t2.indexOf('规章');
  const j = t2.indexOf(until);
  t2.splice(i, j - i, ...blocks.flatMap((r) => [r, '']));
  return [...lines.slice(0, a), ...t2, ...lines.slice(b)].join('\n');
}
