/**
 * Our own reports printed the ways text extraction breaks the tie between a row label and its
 * numbers (issue 12, "ownership decided by evidence"), and a score of what the parser made of them.
 * Everything is generated from `renderReport` output; nothing is copied from the corpus.
 *
 * - `numbers-before`: every data row's numbers printed before its label (plain `pdftotext` of a
 *   browser- or Office-printed PDF: a tall label cell is read after the short cells beside it),
 *   in every table; table 四's row of fifteen before its header.
 * - `wrapped`: long row labels wrapped around their numbers (`6.属于四类` / numbers / `过程性信息`,
 *   `pdftotext -layout` and LibreOffice-printed PDFs).
 * - `t4-columns`: table 四 printed column by column (each header cell over its number).
 * Each comes in two spacings: one cell per line with a blank line after it (`lines`), or a row's
 * numbers on one line separated by spaces (`spaced`).
 */
import { listCells, renderReport, validateReport, type Diagnostic, type Report } from 'zfxxgk-report';
import { namesCell } from '../../scripts/gauntlet/score-lib.mjs';

/** The damage layouts. */
export type OwnershipLayout = 'numbers-before' | 'wrapped' | 't4-columns';
/** How the cells of a row are spaced. */
export type Spacing = 'lines' | 'spaced';
/** Every damage layout. */
export const OWNERSHIP_LAYOUTS: readonly OwnershipLayout[] = ['numbers-before', 'wrapped', 't4-columns'];

const isRow = (l: string): boolean => l.startsWith('| ');
const cellsOf = (l: string): string[] => l.slice(2, -2).split(' | ');
const isNumber = (c: string): boolean => /^[+-]?\d[\d.,]*$/.test(c) || c === '';

/** Length from which a label wraps (in characters); shorter labels fit their cell. */
const WRAP_FROM = 8;

interface Emitter {
  lines: string[];
  text(s: string): void;
  numbers(cs: readonly string[]): void;
}

function emitter(spacing: Spacing): Emitter {
  const lines: string[] = [];
  return {
    lines,
    text(s) {
      if (spacing === 'lines') lines.push(s, '');
      else lines.push(s);
    },
    numbers(cs) {
      const filled = cs.filter((c) => c !== '');
      if (filled.length === 0) return;
      if (spacing === 'lines') for (const c of filled) lines.push(c, '');
      else lines.push(filled.join(' '));
    },
  };
}

/** A row of a table in the text rendering: its label cells and its number cells. */
function split(cells: readonly string[]): { labels: string[]; numbers: string[] } {
  let k = cells.length;
  while (k > 0 && isNumber(cells[k - 1] as string)) k--;
  return { labels: cells.slice(0, k), numbers: cells.slice(k) };
}

/** Where a long label breaks: a point between a third and two thirds of it, chosen by `seed`. */
function breakAt(label: string, seed: number): number {
  const lo = Math.ceil(label.length / 3);
  const hi = Math.floor((2 * label.length) / 3);
  return lo + (seed % Math.max(1, hi - lo + 1));
}

/** Table 四's rows of the text rendering, printed column by column. */
function t4Columns(rows: readonly string[][], out: Emitter): void {
  const values = rows[rows.length - 1] as string[];
  const groups = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  groups.forEach((g, gi) => {
    out.text(gi === 1 ? '行政诉讼' : '');
    out.text(g.replace('行政诉讼（', '').replace('）', ''));
    heads.forEach((h, hi) => {
      out.text(h);
      out.numbers([values[gi * 5 + hi] as string]);
    });
  });
}

/** Renders `report` with its tables damaged as `layout` says. */
export function renderOwnershipLayout(report: Report, layout: OwnershipLayout, spacing: Spacing, seed = 0): string {
  const text = renderReport(report, { to: 'text' });
  const out = emitter(spacing);
  let table = 0;
  let t4: string[][] = [];
  let wraps = seed;
  const flushT4 = (): void => {
    if (t4.length === 0) return;
    const values = t4[t4.length - 1] as string[];
    const header = t4.slice(0, -1);
    if (layout === 't4-columns') t4Columns(t4, out);
    else if (layout === 'numbers-before') {
      out.numbers(values);
      for (const h of header) for (const c of h) out.text(c);
    } else {
      for (const h of header) for (const c of h) out.text(c);
      out.numbers(values);
    }
    t4 = [];
  };
  for (const l of text.split('\n')) {
    if (!isRow(l)) {
      flushT4();
      if (/^[二三四]、/.test(l)) table = '二三四'.indexOf(l[0] as string) + 2;
      out.lines.push(l);
      continue;
    }
    const cells = cellsOf(l);
    if (table === 4) {
      t4.push(cells);
      continue;
    }
    const { labels, numbers } = split(cells);
    const hasNumbers = numbers.some((c) => c !== '');
    if (!hasNumbers || numbers.length === 0) {
      for (const c of cells) if (c !== '') out.text(c);
      continue;
    }
    if (layout === 'numbers-before') {
      out.numbers(numbers);
      for (const c of labels) out.text(c);
    } else if (layout === 'wrapped') {
      const last = labels[labels.length - 1] as string;
      for (const c of labels.slice(0, -1)) out.text(c);
      if (last.length >= WRAP_FROM) {
        const at = breakAt(last, wraps++);
        out.text(last.slice(0, at));
        out.numbers(numbers);
        out.text(last.slice(at));
      } else {
        out.text(last);
        out.numbers(numbers);
      }
    } else {
      for (const c of labels) out.text(c);
      out.numbers(numbers);
    }
  }
  flushT4();
  return out.lines.join('\n');
}

/** How the cells of a parsed report compare with the truth. */
export interface Score {
  /** Cells stated (value or blank) as the truth has them. */
  right: number;
  /** Cells not stated (missing, ambiguous), or stated wrong but named by a failing check or a warning. */
  flagged: number;
  /** Cells stated wrong with nothing naming them. */
  silentWrong: number;
  /** The addresses of the silent wrong cells. */
  wrongAddresses: string[];
}

/**
 * Scores `parsed` against `truth` the way the gauntlet does (scripts/gauntlet/score-lib.mjs): a
 * stated value that differs from the truth is silent wrong unless a validation check on its cell
 * fails or a warning names it (`namesCell`, the gauntlet's own rule: a diagnostic that lists
 * `addresses` names only those; one without names the cell, its row, or table 四 by its path).
 */
export function scoreCells(truth: Report, parsed: Report | null, diagnostics: readonly Diagnostic[]): Score {
  const want = new Map(listCells(truth).map((c) => [c.address, c]));
  const s: Score = { right: 0, flagged: 0, silentWrong: 0, wrongAddresses: [] };
  if (!parsed) {
    s.flagged = want.size;
    return s;
  }
  const checks = validateReport(parsed).checks.filter((c) => c.status === 'fail');
  const named = (address: string): boolean =>
    checks.some((c) => c.addresses.includes(address)) || diagnostics.some((d) => d.severity !== 'info' && namesCell(d, address));
  for (const c of listCells(parsed)) {
    const w = want.get(c.address);
    if (!w) continue;
    if (c.status === 'value' || c.status === 'blank') {
      if (c.status === w.status && c.value === w.value) s.right++;
      else if (named(c.address)) s.flagged++;
      else {
        s.silentWrong++;
        s.wrongAddresses.push(c.address);
      }
    } else s.flagged++;
  }
  return s;
}
