/**
 * Footnote marks a text layout may have joined to their figures (issue 12). A report marks a figure
 * with a raised note number (`288<sup>1</sup>`) and explains it under the table (`注1：此数含…`).
 * Markup keeps the raise (the HTML and Word adapters write the mark as the cell's note, `288(1)`),
 * but text copied or extracted from a page has nothing left to see it by: `2881`. A note under a
 * table whose own marker is a number (`注1：`, `注 2:`; a circled `注①：` reads `注1：` once folded) says
 * that some figure of the table carries that number as a mark; which one the text no longer shows.
 * So every stated figure of that table whose digits end with a named mark is read either way, as
 * printed or without the mark (`2881` or `288`, `9610.21` or `9610.2`): `ambiguous`, both candidates,
 * never stated. Where the table shows a mark as a cell's note already (the layout kept the raise,
 * `288(1)`), the marks were seen and nothing is done for that mark.
 *
 * A raised glyph also stands on its own baseline, so a page's text that prints each cell on a line of
 * its own (plain `pdftotext`: pieces in the order of their baselines) may print the marked figure
 * elsewhere in its row (`36`, `288`, `2881` for `288¹ 36 288`): where such a figure stands alone on
 * a line of page text, the other stated figures of its row are `ambiguous` too, with every number of
 * the row.
 */
import { asciiDigits } from '../normalize/digits.js';
import type { Line } from '../grammar/lines.js';
import type { Cell } from '../model/cell.js';
import { cellAt, setPath } from '../model/paths.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { isNoteLine, type LineRange } from './locate.js';

/** A note's marker naming a numbered mark (`注1：`, `注 12:`), after normalisation. */
const NUMBERED_NOTE_RE = /^\s*注\s*(\d{1,2})\s*[：:]/;

/**
 * The same marker inside a line of text (one-line or glued text: the note runs on after the table's
 * last cell, `…128.44元注1：此数…`), after anything but a digit.
 */
const NUMBERED_NOTE_IN_LINE_RE = /(?:^|[^\d])注\s*(\d{1,2})\s*[：:]/g;

/** A figure as printed: digits, maybe a decimal part (no separators: a joined mark breaks their grouping). */
const FIGURE_RE = /^\d+(?:\.\d+)?$/;

/** A form feed: the text was extracted from printed pages (a PDF's text). */
const PAGE_BREAK = '\f';

/**
 * Whether a figure as read stands alone on a line of the region in page text (see the module
 * comment): the lines of page text are the test, so text of no pages has no such figure.
 */
export function aloneOnPageLine(text: string, lines: readonly Line[], region: LineRange): (raw: string) => boolean {
  if (!text.includes(PAGE_BREAK)) return () => false;
  const alone = new Set<string>();
  for (let i = region.from; i < region.to && i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.kind === 'text') alone.add(asciiDigits(l.text).trim());
  }
  return (raw) => alone.has(asciiDigits(raw).trim());
}

/**
 * Whether a figure as read stands in the region's text right after a digit (figures run together with no
 * separator, glued text: `44,745` `1` `45,520` printed `44,745145,520`): the digits before it may hold a
 * mark that was the figure's before, or this figure's first digits may be that mark. The figure is looked
 * for as printed with its thousands separators (at least {@link MIN_GROUPED_DIGITS} digits).
 */
export function afterDigit(lines: readonly Line[], region: LineRange): (raw: string) => boolean {
  const texts: string[] = [];
  for (let i = region.from; i < region.to && i < lines.length; i++) texts.push(asciiDigits((lines[i] as Line).text));
  return (raw) => {
    const printed = groupedForm(asciiDigits(raw).trim());
    if (printed === null) return false;
    return texts.some((t) => {
      for (let at = t.indexOf(printed, 1); at > 0; at = t.indexOf(printed, at + 1)) if (/\d/.test(t.charAt(at - 1))) return true;
      return false;
    });
  };
}

/**
 * Digits in a figure's integer part for it to be looked for run together: a figure printed with a
 * thousands separator (`145,520`), whose groups fix where it ends; a shorter one is found inside any
 * longer number (`15` in `2,150`), no evidence of a figure run together.
 */
const MIN_GROUPED_DIGITS = 4;

/** A figure as printed with thousands separators (`145520` → `145,520`), or null when it is too short to have one. */
function groupedForm(digits: string): string | null {
  if (!FIGURE_RE.test(digits)) return null;
  const [whole, fraction] = digits.split('.') as [string, string | undefined];
  if (whole.length < MIN_GROUPED_DIGITS) return null;
  const head = whole.length % 3 || 3;
  const groups = [whole.slice(0, head)];
  for (let k = head; k < whole.length; k += 3) groups.push(whole.slice(k, k + 3));
  return groups.join(',') + (fraction === undefined ? '' : `.${fraction}`);
}

/** Lines read after a table's region for notes under it (the notes end at the first other line). */
const MAX_NOTE_LINES_AFTER = 8;

/**
 * The marks the notes of a table's region name (`注1：` → `1`), the note lines right after the
 * region included.
 */
export function marksNamed(lines: readonly Line[], region: LineRange): string[] {
  const marks = new Set<string>();
  const take = (l: Line): void => {
    const m = NUMBERED_NOTE_RE.exec(l.text);
    if (m && isNoteLine(l)) marks.add(m[1] as string);
    else if (l.kind === 'text') for (const x of l.text.matchAll(NUMBERED_NOTE_IN_LINE_RE)) marks.add(x[1] as string);
  };
  for (let i = region.from; i < region.to && i < lines.length; i++) take(lines[i] as Line);
  for (let i = region.to, n = 0; i < lines.length && n < MAX_NOTE_LINES_AFTER; i++, n++) {
    const l = lines[i] as Line;
    if (l.kind === 'blank') continue;
    if (!isNoteLine(l)) break;
    take(l);
  }
  return [...marks];
}

/**
 * The figure without a leading mark (`145520` less `1` → 45520), or null where none is left or the rest
 * begins with a zero (no figure is printed so).
 */
function withoutLeadingMark(raw: string, mark: string): number | null {
  const s = asciiDigits(raw).trim();
  if (!FIGURE_RE.test(s) || !s.startsWith(mark) || s.length <= mark.length) return null;
  const rest = s.slice(mark.length);
  return /^(?:0\d|\.)/.test(rest) ? null : Number(rest);
}

/** The figure without a trailing mark (`2881` less `1` → 288, `9610.21` → 9610.2), or null where none is left. */
function withoutMark(raw: string, mark: string): number | null {
  const s = asciiDigits(raw).trim();
  if (!FIGURE_RE.test(s) || !s.endsWith(mark) || s.length <= mark.length) return null;
  const rest = s.slice(0, s.length - mark.length).replace(/\.$/, '');
  return rest === '' ? null : Number(rest);
}

/**
 * Reads either way every stated figure of one table (`addresses` under `root`, `prefix` its `t2.`)
 * that may carry one of `marks` joined to it (see the module comment); where such a figure is
 * `alone` on a line of page text, the rest of its row is made `ambiguous` too. A figure that begins with a
 * named mark and is `runTogether` with the figure before it (no separator between them: the mark's digit may
 * have joined the next figure instead of its own) is read either way too (`145520` or `45520`).
 */
export function flagMarkedFigures(
  reporter: Reporter,
  root: object,
  addresses: readonly string[],
  marks: readonly string[],
  alone: (raw: string) => boolean,
  runTogether: (raw: string) => boolean = () => false,
): void {
  if (marks.length === 0) return;
  const cells = addresses.map((a) => ({ address: a, cell: cellAt(root, a) }));
  // (a mark shown as a cell's note: the layout kept the raise, that mark needs no second reading)
  const seen = new Set<string>();
  for (const { cell } of cells) if (cell?.note !== undefined) seen.add(cell.note);
  const open = marks.filter((m) => !seen.has(m));
  if (open.length === 0) return;
  const marked = new Map<string, number[]>();
  for (const { address, cell } of cells) {
    if (cell?.status !== 'value' || cell.raw === undefined || cell.note !== undefined) continue;
    const readings = [cell.value];
    for (const m of open) {
      const v = withoutMark(cell.raw, m);
      if (v !== null && !readings.includes(v)) readings.push(v);
      // (a figure run together after another: the mark may be this one's first digits)
      const w = withoutLeadingMark(cell.raw, m);
      if (w !== null && !readings.includes(w) && runTogether(cell.raw)) readings.push(w);
    }
    if (readings.length > 1) marked.set(address, readings);
  }
  const moved = [...marked.keys()].filter((a) => alone(cellAt(root, a)?.raw ?? ''));
  if (moved.length > 0) {
    const rows = new Set(moved.map(rowOf));
    for (const row of rows) {
      const inRow = cells.filter((c) => rowOf(c.address) === row && c.cell?.status === 'value');
      const numbers: number[] = [];
      for (const c of inRow) for (const v of marked.get(c.address) ?? [c.cell?.value as number]) if (!numbers.includes(v)) numbers.push(v);
      if (numbers.length > 1) for (const c of inRow) marked.set(c.address, numbers);
    }
  }
  for (const [address, candidates] of marked) {
    const cell = cellAt(root, address) as Cell;
    const ambiguous: Cell = { status: 'ambiguous', value: null, candidates };
    if (cell.raw !== undefined) ambiguous.raw = cell.raw;
    if (cell.location !== undefined) ambiguous.location = cell.location;
    if (cell.rowLabel !== undefined) ambiguous.rowLabel = cell.rowLabel;
    if (cell.columnLabel !== undefined) ambiguous.columnLabel = cell.columnLabel;
    setPath(root as Record<string, unknown>, address.slice(3), ambiguous);
    reporter.report('cell-ambiguous', {
      target: address,
      detail: candidates.join(' / '),
      path: address,
      candidates,
      ...(cell.location ? { location: cell.location } : {}),
    });
  }
}

/** The row of an address (`t2.art20_1.regulations.issued` → `t2.art20_1.regulations`). */
function rowOf(address: string): string {
  return address.slice(0, address.lastIndexOf('.'));
}
