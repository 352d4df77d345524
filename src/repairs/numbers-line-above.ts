/**
 * A row whose numbers `pdftotext -layout` wrote one line above its label, beside a piece of a group
 * label and after the row before it:
 *
 * ```
 *     A.Row A label    0    52   52      (A: its numbers on its own label's line)
 * 不
 * 处                59   55   43   205    (a group label's piece, numbers no row label stands beside)
 *     B.Row B la-                         (B: its label wrapped over lines, no number beside it)
 * 理
 *     bel
 * ```
 *
 * In a LibreOffice print a row's numbers stand at the top of its cells, a little above the first
 * line of its wrapped label; a group label written down the rows one character a line (`不予处理`)
 * can share the numbers' baseline better than the label does, and pdftotext then writes the numbers
 * on the piece's line, one line above B's label. Read in order they follow A's numbers and fall to
 * A's overflow, and B stays empty. The evidence that they are B's: they stand on the line right
 * above B's label, on a line no row label stands on, two lines or more under A's numbers (the
 * line right under a row's numbers is where its own wrapped digits go); A holds its numbers on its
 * own label's line; B holds none. The numbers move to B; the table's equations still check them.
 *
 * The lines between A's numbers and the line are counted on one page: a line at the top of the next
 * page, after A's row closes the page, may be the rest of A's row cut by the break (its wrapped numbers'
 * lower pieces, `３` over the break, `０` beside a group label's piece), and the break's own lines
 * say nothing of B. Then nothing moves.
 *
 * A must be the row right before B in the template: where a row between them was not found (its label
 * unread, `1.属于国家秘` / `密` broken past reading), the line may as well be that row's, and nothing moves.
 *
 * The same line after a row A printed blank (its label alone on its lines, the line two lines or
 * more under its label's last line) is taken by A in reading order, and B stays empty: the line
 * moves to B the same way, and A is left with no number (a row printed blank).
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';
import type { LabelToken, TableToken } from '../tables/tokens.js';
import { cellsPerLine, dropOrphanItems, rowLabelLines } from './alternating-rows.js';

/** Lines at least between A's numbers and the line moved (the line right under them is A's own wrap). */
const MIN_LINES_BELOW_OWN = 2;

/** Whether every item stands on `line` and at a known column (text laid out by position). */
function allPlacedOn(items: readonly RowItem[], line: number): boolean {
  return items.every((i) => i.token.line === line && i.token.column !== undefined);
}

/**
 * The line right above B's label where the label's first piece (B's recognised label, or the
 * unrecognised pieces of its wrapped label and group labels' pieces read before it) follows a
 * number on that line: the line of that number; null otherwise.
 */
function labelTopAbove<K extends string>(
  tokens: readonly TableToken[],
  b: RowSegment<K>,
  piece: (l: LabelToken) => boolean,
): number | null {
  if (tokens[b.at] !== b.label) return null;
  // (line breaks between them aside)
  const skipped = (t: TableToken): boolean => (t.kind === 'label' && piece(t)) || (t.kind === 'break' && t.reason !== 'end');
  let j = b.at;
  while (j > 0 && skipped(tokens[j - 1] as TableToken)) j--;
  const before = tokens[j - 1];
  if (!before || (before.kind !== 'value' && before.kind !== 'blank')) return null;
  let k = j;
  while ((tokens[k] as TableToken).kind !== 'label') k++;
  if ((tokens[k] as TableToken).line !== before.line + 1) return null;
  // (the text on the line of numbers: pieces of labels only, none beginning another row)
  for (const t of tokens) if (t.line === before.line && t.kind === 'label' && !piece(t)) return null;
  return before.line;
}

/**
 * Finds, in place, the rows of `seg` whose numbers stand on the line right above their label after
 * the row before them (see the module comment), and gives each its line: the line leaves the row
 * before's overflow and the orphans. `dataRows`: the table's data rows in the template's order.
 * `begins`: the row key a numbered label piece begins; null for
 * a row's or group's label or a beginning of none or several; undefined for a piece of a wrapped
 * label. Returns the rows given numbers.
 */
export function readNumbersLineAbove<K extends string>(
  seg: Segmentation<K>,
  tokens: readonly TableToken[],
  dataRows: readonly K[],
  ncols: number,
  begins: (label: LabelToken) => K | null | undefined,
): RowSegment<K>[] {
  const found: RowSegment<K>[] = [];
  const labelLines = rowLabelLines(seg);
  const counted = cellsPerLine(tokens);
  for (let k = 1; k < seg.rows.length; k++) {
    const a = seg.rows[k - 1] as RowSegment<K>;
    const b = seg.rows[k] as RowSegment<K>;
    // (A the template's row right before B: no row between them unread, whose line it may be)
    const at = dataRows.indexOf(a.key);
    if (at < 0 || dataRows[at + 1] !== b.key) continue;
    // (B: no number anywhere; its label's first line right under the line of numbers)
    if (b.evidence.items.length > 0 || b.overflow.length > 0) continue;
    // (a piece naming no row, or the numbered beginning of B's own label)
    const line = labelTopAbove(tokens, b, (l) => {
      const begun = begins(l);
      return begun === undefined || begun === b.key;
    });
    if (line === null) continue;
    if (labelLines.has(line)) continue;
    const own = a.evidence.items;
    const aLast = a.labels.reduce((m, l) => Math.max(m, l.line), a.label.line);
    // (A: its numbers on its label's line, then one line of numbers only, no row's label beside them;
    // or A's label alone on its lines, the line of numbers it took two lines or more under them)
    const ownLine = own.length > 0 && allPlacedOn(own, (own[0] as RowItem).token.line) ? (own[0] as RowItem).token.line : null;
    const moved =
      ownLine !== null && a.labels.some((l) => l.line === ownLine) && line - ownLine >= MIN_LINES_BELOW_OWN
        ? a.overflow
        : ownLine === line && a.overflow.length === 0 && line - aLast >= MIN_LINES_BELOW_OWN
          ? own
          : null;
    if (!moved || moved.length === 0 || moved.length > ncols) continue;
    if (!allPlacedOn(moved, line) || counted.get(line) !== moved.length) continue;
    // (a page break between A's numbers and the line: the lines between them are the break's, not
    // the rows', and a line at the top of the next page may be the rest of A's cut row, its wrapped
    // numbers' lower pieces: no evidence that it is B's)
    if (moved === a.overflow && own.some((i) => i.token.page !== (moved[0] as RowItem).token.page)) continue;
    const run = (moved[0] as RowItem).run;
    const items = moved.map((i) => (i.run === run && i.collapsedBefore === 0 ? i : { ...i, run, collapsedBefore: 0 }));
    b.evidence = { ...b.evidence, items };
    if (moved === own) a.evidence = { ...a.evidence, items: [] };
    else a.overflow = [];
    dropOrphanItems(seg, new Set(moved));
    found.push(b);
  }
  return found;
}
