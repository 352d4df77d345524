/**
 * Table 三 of a report of ours as plain `pdftotext` (no `-layout`) writes a browser-printed table
 * with no blank lines between its blocks: each row's label on a line, then its numbers cut into
 * several lines (`17 86 82 28` / `47` / `36 296`), sometimes with the end of the wrapped label
 * between two of them; a blank cell prints nothing. With `before`, some rows print their numbers
 * before their label (plain pdftotext does so for some rows of a table only). The other tables stay
 * pipe rows. Our own generated text (test/helpers/fixtures.ts), never a corpus document.
 */
import { renderReport, type Report } from '../../src/index.js';
import { prng } from './fixtures.js';

/** How {@link asContinuedLines} writes the rows. */
export interface ContinuedLinesOptions {
  /**
   * Chance that a row prints its numbers before its label (never the first row: numbers before the
   * first label make the ownership repair read the whole table the other way, another repair's case).
   */
  before?: number;
  /** Chance that a row's label is wrapped, its last characters printed after the first line of numbers. */
  wrap?: number;
}

/** Characters of a wrapped label printed after the row's first line of numbers. */
const WRAPPED_TAIL = 4;

/**
 * The lines of `report`'s text with table 三's header rows flattened, its blank lines left out, and
 * each of its data rows (pipe rows) handed to `row` (the row's label cells and numbers, the
 * lines written so far, and all its cells, a blank one empty) to write as it likes.
 */
export function rewriteTable3(
  report: Report,
  row: (labels: string[], numbers: string[], out: string[], cells: string[]) => void,
): string[] {
  const lines = renderReport(report, { to: 'text' }).split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到'));
  const end = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const out: string[] = [];
  let header = 0;
  lines.forEach((l, i) => {
    if (i <= start || i >= end || !l.startsWith('| ')) {
      if (i > start && i < end && l === '') return;
      out.push(l);
      return;
    }
    const cells = l.slice(2, -2).split(' | ');
    if (header++ < 3) {
      out.push(cells.join(' '));
      return;
    }
    const numbers = cells.filter((c) => /^-?\d[\d.]*$/.test(c));
    row(
      cells.filter((c) => c !== '' && !/^-?\d[\d.]*$/.test(c)),
      numbers,
      out,
      cells,
    );
  });
  return out;
}

/** See the module comment. */
export function asContinuedLines(report: Report, seed: number, options: ContinuedLinesOptions = {}): string {
  const rnd = prng(seed);
  let rows = 0;
  return rewriteTable3(report, (labels, numbers, out) => {
    rows++;
    // The numbers in two to four lines, each cut at random.
    const pieces: string[] = [];
    let from = 0;
    while (from < numbers.length) {
      const size = Math.max(1, Math.min(numbers.length - from, 1 + Math.floor(rnd() * 4)));
      pieces.push(numbers.slice(from, from + size).join(' '));
      from += size;
    }
    const label = labels.join(' ');
    const last = labels[labels.length - 1] ?? '';
    const wrap = options.wrap !== undefined && rnd() < options.wrap && last.length > 2 * WRAPPED_TAIL && pieces.length > 1;
    const head = wrap ? label.slice(0, -WRAPPED_TAIL) : label;
    const body = wrap ? [pieces[0] as string, label.slice(-WRAPPED_TAIL), ...pieces.slice(1)] : pieces;
    if (options.before !== undefined && rows > 1 && rnd() < options.before) out.push(...pieces, label);
    else out.push(head, ...body);
  }).join('\n');
}
