/**
 * Our own reports printed the way `pdftotext -layout` prints a browser- or Office-printed PDF:
 * every cell at its place on the line (a blank cell is only spaces), table 二's column names on one
 * line set off by single spaces, and, as options, long row labels wrapped in a narrow cell around
 * their numbers, a group label wrapped beside them, a row's numbers split over the lines of its
 * label, and a browser's print header and footer in the middle of table 三. Everything is generated
 * from `renderReport` output; nothing is copied from the corpus.
 */
import { renderReport, type Report } from 'zfxxgk-report';
import type { RowItem } from '../../src/tables/placement.js';
import type { LabelToken } from '../../src/tables/tokens.js';

/** How the text is damaged. */
export interface LayoutTextOptions {
  /**
   * `none`: every label on the line of its numbers. `around`: labels of at least
   * {@link WRAP_FROM} characters wrapped in pieces of {@link PIECE} characters with the numbers on
   * the line of the middle piece. `split`: the same, with the row's first four numbers on the line
   * of the first piece and the rest on the line of the last one.
   */
  wrap: 'none' | 'around' | 'split';
  /** A blank line after every row of tables 二 and 三 (as `pdftotext -layout` prints rows with padding). */
  rowGap?: boolean;
  /** A browser's print footer and header (page break) after this many rows of table 三's body. */
  pageBreakAfter?: number;
  /**
   * Characters per line of a wrapped label (default {@link PIECE}); given, every label longer than
   * one piece wraps (a narrow cell of Word's column widths: two or three characters a line).
   */
  piece?: number;
}

/** Labels from this length (characters) wrap. */
export const WRAP_FROM = 10;
/** Characters per line of a wrapped label. */
export const PIECE = 5;
/** Width of the group label column, the row label column and each number column. */
const GROUP_W = 10;
const LABEL_W = 34;
const CELL_W = 8;

const isRow = (l: string): boolean => l.startsWith('| ');
const cellsOf = (l: string): string[] => l.slice(2, -2).split(' | ');
const isNumber = (c: string): boolean => /^[+-]?\d[\d.,]*$/.test(c);

function pieces(label: string, piece = PIECE): string[] {
  const out: string[] = [];
  for (let i = 0; i < label.length; i += piece) out.push(label.slice(i, i + piece));
  return out;
}

const cellsText = (cells: readonly string[], from = 0): string =>
  cells.map((c, j) => (j < from ? ' '.repeat(CELL_W) : c.padStart(CELL_W))).join('');

/** The report as `pdftotext -layout` text. */
export function renderLayoutText(report: Report, options: LayoutTextOptions): string {
  const out: string[] = [];
  let table = 0;
  let bodyRows = 0;
  for (const l of renderReport(report, { to: 'text' }).split('\n')) {
    if (!isRow(l)) {
      if (/^[二三四]、/.test(l)) table = '二三四'.indexOf(l[0] as string) + 2;
      out.push(l);
      continue;
    }
    const cells = cellsOf(l);
    const firstNumber = cells.findIndex((c) => isNumber(c) || c === '');
    const values = firstNumber < 0 ? [] : cells.slice(firstNumber);
    const labels = firstNumber < 0 ? cells : cells.slice(0, firstNumber);
    if (table === 2) {
      if (labels[0] === '信息内容') out.push(`   信息内容${' '.repeat(LABEL_W - 7)}${labels.slice(1).join(' ')}`);
      else if (values.length === 0) out.push(`      ${labels.join(' ')}`);
      else out.push(`  ${(labels[0] as string).padEnd(LABEL_W)}${cellsText(values)}`);
      if (options.rowGap) out.push('');
      continue;
    }
    if (table === 4 || values.length === 0 || labels.length === 0) {
      out.push(values.length === 0 ? `      ${labels.join('   ')}` : `${' '.repeat(GROUP_W + LABEL_W)}${cellsText(values)}`);
      continue;
    }
    // Table 三: a group label (（四）无法提供) beside the row label, each in its own column.
    const row = labels[labels.length - 1] as string;
    const groupPieces = labels.length > 1 ? pieces(labels[0] as string).slice(0, 2) : [];
    const wrapFrom = options.piece === undefined ? WRAP_FROM : options.piece + 1;
    const rowPieces = options.wrap !== 'none' && row.length >= wrapFrom ? pieces(row, options.piece) : [row];
    const lines = Math.max(rowPieces.length, groupPieces.length);
    const mid = Math.floor((rowPieces.length - 1) / 2);
    for (let k = 0; k < lines; k++) {
      const left = `${(groupPieces[k] ?? '').padEnd(GROUP_W)}${(rowPieces[k] ?? '').padEnd(LABEL_W)}`;
      if (options.wrap === 'split' && rowPieces.length > 1) {
        if (k === 0) out.push(`${left}${cellsText(values.slice(0, 4))}`);
        else if (k === rowPieces.length - 1) out.push(`${left}${cellsText(values, 4)}`);
        else out.push(left.trimEnd());
      } else out.push(k === mid ? `${left}${cellsText(values)}` : left.trimEnd());
    }
    if (options.rowGap) out.push('');
    bodyRows++;
    if (options.pageBreakAfter === bodyRows) {
      out.push(`file:///tmp/report.html${' '.repeat(40)}2/5`);
      out.push(`12/1/26, 11:22 PM${' '.repeat(30)}${report.meta.title ?? '示例年度报告'}`);
    }
  }
  return out.join('\n');
}

/**
 * A number of a row item at a line and character column (for the readers of positions). Its
 * offsets are `column` unless `lineWidth` is given: then `line * lineWidth + column`, ordered by
 * line, then column, as in a text whose lines are `lineWidth` characters apart.
 */
export const rowItemAt = (line: number, column: number, raw: string, lineWidth = 0): RowItem => ({
  token: {
    kind: 'value',
    raw,
    content: { kind: 'number', value: Number(raw), signed: false, digits: raw },
    start: line * lineWidth + column,
    end: line * lineWidth + column + raw.length,
    line,
    gapBefore: 0,
    lineStart: false,
    column,
  },
  collapsedBefore: 0,
  run: 0,
});

/**
 * Label text at a line and character column (for the readers of positions), its offsets as
 * {@link rowItemAt}'s; it starts its line where `column` is 0.
 */
export const labelAt = (line: number, column: number, text: string, lineWidth = 0): LabelToken => ({
  kind: 'label',
  text,
  start: line * lineWidth + column,
  end: line * lineWidth + column + text.length,
  line,
  gapBefore: 0,
  lineStart: column === 0,
  column,
});

/** Lines 100 characters apart, for {@link rowItemAt}'s and {@link labelAt}'s offsets ordered by line, then column. */
export const LINE_OFFSETS = 100;

/**
 * The report's text (no wrapping) with table 二 replaced by `table2`, its lines from the first
 * caption to the heading of section 三: for tests that write table 二 as a converter printed it.
 */
export function withTable2Lines(report: Report, table2: readonly string[]): string {
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const a = lines.findIndex((l) => l.includes('第二十条第（一）项'));
  const b = lines.findIndex((l) => l.startsWith('三、收到和处理'));
  if (a < 0 || b < 0) throw new Error('no table 二');
  return [...lines.slice(0, a), ...table2, ...lines.slice(b)].join('\n');
}
