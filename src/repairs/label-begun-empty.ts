/**
 * A row found by a later piece of its own wrapped label, holding no number, while its label's
 * numbered beginning has a line of numbers beside it that no row holds as its own. `pdftotext
 * -layout` text of a LibreOffice print with narrow label cells: the label wraps over several lines,
 * a group label written down the rows one character a line stands between its pieces, and the
 * row's numbers stand at the top of its cells, on the line of its label's first piece:
 *
 * ```
 * (   1、本机        25   0        25
 * 四   关不掌握
 * )   相关政府
 *      信息
 * ```
 *
 * The reader recognises the row only by its later pieces (`相关政府`), after its numbers, which fall
 * to the row before as overflow (or to no row); the row is left empty. The evidence that the numbers
 * are this row's: the piece on their line is the numbered beginning of exactly this row's template
 * label, only pieces of labels that name no row stand between it and the row's label, the line holds
 * nothing else, and the row holds no number. The line moves to the row; the table's equations still
 * check it. (`label-begun-before.ts` contests a row that took other numbers; this row took none.)
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';
import type { LabelToken, TableToken } from '../tables/tokens.js';
import { cellsPerLine, dropOrphanItems } from './alternating-rows.js';

/** Label pieces looked at before a row's label (a wrapped label and a group label's pieces between). */
const MAX_PIECES_BEFORE = 8;

/**
 * Gives, in place, each empty row of `seg` the line of numbers beside its label's numbered beginning
 * (see the module comment). `begins`: the row key a numbered label piece begins; null for a row's or
 * group's label or a beginning of none or several; undefined for a piece of a wrapped label. Returns
 * the rows given numbers.
 */
export function readLabelBegunEmpty<K extends string>(
  seg: Segmentation<K>,
  tokens: readonly TableToken[],
  dataRows: ReadonlySet<K>,
  ncols: number,
  begins: (label: LabelToken) => K | null | undefined,
): RowSegment<K>[] {
  const found: RowSegment<K>[] = [];
  const counted = cellsPerLine(tokens);
  for (const b of seg.rows) {
    if (!dataRows.has(b.key) || b.overflow.length > 0 || tokens[b.at] !== b.label) continue;
    // (no number: a blank marker left of the row's label is a group label's piece (`无` of `（四）无法提供`), no cell)
    const labelColumn = b.label.column;
    if (
      labelColumn === undefined ||
      b.evidence.items.some((o) => o.token.kind !== 'blank' || o.token.column === undefined || o.token.column >= labelColumn)
    )
      continue;
    // (back over the pieces of labels that name no row, and line ends, to a number)
    let j = b.at;
    let pieces = 0;
    while (j > 0 && pieces <= MAX_PIECES_BEFORE) {
      const t = tokens[j - 1] as TableToken;
      if (t.kind === 'break' && t.reason !== 'end') j--;
      else if (t.kind === 'label' && begins(t) === undefined) {
        pieces++;
        j--;
      } else break;
    }
    const last = tokens[j - 1];
    if (!last || (last.kind !== 'value' && last.kind !== 'blank') || last.column === undefined) continue;
    const line = last.line;
    let i = j - 1;
    while (i > 0 && ((tokens[i - 1] as TableToken).kind === 'value' || (tokens[i - 1] as TableToken).kind === 'blank')) i--;
    const head = tokens[i - 1];
    if (!head || head.kind !== 'label' || head.line !== line || begins(head) !== b.key) continue;
    const n = j - i;
    if (n > ncols || counted.get(line) !== n) continue;
    // (the numbers as items: held by no row as its own, only as a row's overflow or unclaimed)
    const onLine = new Set(tokens.slice(i, j));
    const holders = seg.rows.filter((r) => r.overflow.some((o) => onLine.has(o.token)));
    if (seg.rows.some((r) => r.evidence.items.some((o) => onLine.has(o.token)))) continue;
    const items = [...seg.orphans, ...holders.flatMap((r) => r.overflow)].filter((o) => onLine.has(o.token));
    const unique = [...new Set(items)].sort((x, y) => x.token.start - y.token.start);
    if (unique.length !== n || holders.some((r) => r.overflow.some((o) => !onLine.has(o.token)))) continue;
    const run = (unique[0] as RowItem).run;
    b.evidence = {
      ...b.evidence,
      items: unique.map((o) => (o.run === run && o.collapsedBefore === 0 ? o : { ...o, run, collapsedBefore: 0 })),
    };
    for (const r of holders) r.overflow = [];
    dropOrphanItems(seg, new Set(unique));
    found.push(b);
  }
  return found;
}
