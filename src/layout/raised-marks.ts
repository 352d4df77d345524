/**
 * Footnote marks printed raised after a figure (issue 12). A report marks a figure with a note's
 * number set small and raised (`288<sup>1</sup>`, `49<sup>①</sup>`); the PDF holds the mark as an
 * item of its own, smaller, its baseline above the figure's, its left edge at the figure's right.
 * Laid out line by line the mark ran on into the figure (Chromium: `2881`), or, where the raise
 * pushed the cell's baseline down (LibreOffice sets the taller cell line lower), the mark stayed on
 * the row's line and the figure went to a line of its own (`行政处罚  ①  －１` over `４９`): the row
 * read the mark as its cell. Here each such mark is joined to its figure as the figure's bracketed
 * note (`４９(①)`), which the cell grammar reads as the figure with a note (`note-in-cell`).
 *
 * Evidence, all required: the mark is a short note mark (one or two digits, a circled or bracketed
 * number, one to three `*`); its font is smaller than the figure's; its baseline stands above the
 * figure's by a share of the figure's size (a superscript's raise, less than a line); its left edge
 * touches the figure's right edge; the figure ends with a digit. Anything else stays as it is.
 *
 * Linear in the items apart from sorting: each mark looks at the figures of its own line band only, at most
 * `MAX_FIGURES_LOOKED` of them.
 */
import { replaceJoined, type Item } from './geometry.js';

/** A short note mark alone in its item. */
const MARK = /^(?:[0-9]{1,2}|[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]|\*{1,3}|[[(（][0-9]{1,2}[\])）])$/u;
/** A figure's last character: a digit (ASCII or full-width). */
const FIGURE_END = /[0-9\uff10-\uff19]$/u;
/** A mark's font is at most this share of the figure's. */
const SMALLER = 0.9;
/** A mark's baseline stands above the figure's by at least this share of the figure's font size… */
const MIN_RAISE = 0.15;
/** … and by less than this share (a line apart is another line, not a raise). */
const MAX_RAISE = 0.8;
/** Figures looked at below a mark: baselines within this many of the mark's font sizes (over its figure's size). */
const SEARCH_SIZES = 2;
/** A mark's left edge and the figure's right edge touch within this share of the figure's font size. */
const TOUCH = 0.15;
/**
 * Figures looked at below one mark at most. A page's figures within a line or two below a mark are a
 * few dozen at most (a table row's numbers); a page of many thousand short numbers on near lines
 * (hostile input) would otherwise cost marks × figures. A mark past this many is left unjoined.
 */
const MAX_FIGURES_LOOKED = 128;

/**
 * Joins each raised footnote mark to the figure it follows (see the module comment). `onPage` is the
 * items of one page; returns them with each such pair replaced by one item.
 */
export function joinRaisedMarks(onPage: readonly Item[]): Item[] {
  const marks = onPage.filter((it) => MARK.test(it.text.trim()));
  if (marks.length === 0) return [...onPage];
  const figures = onPage.filter((it) => FIGURE_END.test(it.text.trimEnd())).sort((a, b) => a.page - b.page || a.down - b.down);
  let largest = 0;
  for (const f of figures) if (f.size > largest) largest = f.size;
  const joined = new Map<Item, Item>();
  for (const mark of marks) {
    // (a mark no smaller than every figure is no figure's raised mark: nothing to look at)
    if (mark.size > SMALLER * largest) continue;
    const figure = figureUnder(figures, mark, joined);
    if (figure === null) continue;
    const item: Item = {
      text: `${figure.text.trimEnd()}(${mark.text.trim()})`,
      page: figure.page,
      x: figure.x,
      down: figure.down,
      y: figure.y,
      w: Math.max(figure.w, mark.x + mark.w - figure.x),
      size: figure.size,
    };
    joined.set(figure, item);
    joined.set(mark, item);
  }
  return joined.size === 0 ? [...onPage] : replaceJoined(onPage, joined);
}

/** The figure `mark` is raised after (see the module comment), or null. `sorted` by page, then `down`. */
function figureUnder(sorted: readonly Item[], mark: Item, taken: ReadonlyMap<Item, Item>): Item | null {
  // (figures whose baseline lies below the mark's, within a few of its font sizes)
  const reach = (SEARCH_SIZES * mark.size) / SMALLER;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const it = sorted[mid] as Item;
    if (it.page < mark.page || (it.page === mark.page && it.down <= mark.down)) lo = mid + 1;
    else hi = mid;
  }
  const end = Math.min(sorted.length, lo + MAX_FIGURES_LOOKED);
  for (let k = lo; k < end; k++) {
    const f = sorted[k] as Item;
    if (f.page !== mark.page || f.down - mark.down > reach) break;
    if (f === mark || taken.has(f) || mark.size > SMALLER * f.size) continue;
    const raise = f.down - mark.down;
    if (raise < MIN_RAISE * f.size || raise >= MAX_RAISE * f.size) continue;
    if (Math.abs(mark.x - (f.x + f.w)) > TOUCH * f.size) continue;
    return f;
  }
  return null;
}
