/**
 * A one-character cell set apart on its line in a band of wrapped pieces (`wrapped-cells.ts`). In
 * `pdftotext -layout` text of a browser print whose narrow cells wrap their numbers, the tool lays
 * a lone word of one character (a `０` cell among two-line stacks) out as a block of its own: it
 * may land on its row's line well right of where it stands on the page, after cells that stand
 * right of it there (`４１   １８ ４０ ５７      ０         １１ ４３` for 41, 0, 189, 40, 57, 111, 438).
 * The deal of the band reads its line's pieces left to right, so such a cell's place rests on the
 * order alone, and the row sum cannot check it: moving one cell among the others keeps the sum.
 *
 * What the text shows: the cell is one piece of one character, and it stands more than
 * {@link MAX_DRIFT} characters from the pieces on both sides of it on its line, farther than any two
 * other neighbouring pieces of the line (not in a run with its neighbours, where the order of the
 * run holds it, nor one of a line's cells standing evenly apart), and it does not stand at its own column's
 * place in the table's complete rows (`columnPlaces`: where the lines keep one grid, as LibreOffice's
 * do, a cell at its column's place is placed by it). Each such cell may then stand in any other
 * cell of the reading whose place is not known or holds it (the others keep their order); the moves
 * that keep the row sum are readings beside the deal, and the table's column equations choose among
 * them. Where they cannot, the cells stay `ambiguous` where the readings differ.
 */
import type { RowItem } from './placement.js';
import { MAX_DRIFT, mayStandAt, printedPieces, type ColumnPlace } from './wrapped-cells.js';

/** Characters of a piece set apart: one (a lone digit, a word the tool may lay out on its own). */
const SET_APART_WIDTH = 1;

/**
 * Whether `cell` is one piece of one character standing apart on its line: more than
 * {@link MAX_DRIFT} characters from the pieces on both sides of it, and farther from each than any
 * two other neighbouring pieces of the line stand from each other (a line whose cells stand evenly
 * apart, on one grid, shows its order).
 */
function setApart(cell: RowItem, pieces: readonly RowItem[]): boolean {
  const t = cell.token;
  if (t.kind !== 'value' || t.printed || t.raw.length !== SET_APART_WIDTH || t.column === undefined) return false;
  const line = pieces
    .filter((p) => p.token.line === t.line && p.token.column !== undefined)
    .sort((a, b) => (a.token.column as number) - (b.token.column as number));
  const at = line.findIndex((p) => p.token.column === t.column);
  if (at <= 0 || at >= line.length - 1) return false;
  const gap = (k: number): number => {
    const a = (line[k - 1] as RowItem).token;
    return ((line[k] as RowItem).token.column as number) - ((a.column as number) + a.raw.length);
  };
  const apart = Math.min(gap(at), gap(at + 1));
  if (apart <= MAX_DRIFT) return false;
  for (let k = 1; k < line.length; k++) if (k !== at && k !== at + 1 && gap(k) >= apart) return false;
  return true;
}

/**
 * The readings of a band (`band`, as the row holds it) with one set-apart cell of a reading of
 * `readings` moved to another cell, the others in order, that `accept` keeps and no reading of
 * `readings` already is (by values); `places`: the table's column places (`columnPlaces`). At most
 * `limit` readings; null where more would be made.
 */
export function setApartMoves(
  band: readonly RowItem[],
  readings: readonly (readonly RowItem[])[],
  accept: (values: (number | null)[]) => boolean,
  places: readonly (ColumnPlace | null)[],
  limit: number,
): RowItem[][] | null {
  const pieces = printedPieces(band);
  const valueOf = (i: RowItem): number | null => (i.token.kind === 'value' ? i.token.content.value : null);
  const seen = new Set(readings.map((r) => r.map(valueOf).join(',')));
  const out: RowItem[][] = [];
  for (const reading of readings)
    reading.forEach((cell, from) => {
      if (!setApart(cell, pieces) || (places[from] && mayStandAt(places[from], cell))) return;
      const rest = reading.filter((_, k) => k !== from);
      for (let to = 0; to < reading.length; to++) {
        if (to === from || !mayStandAt(places[to], cell)) continue;
        const moved = rest.slice(0, to).concat([cell], rest.slice(to));
        const values = moved.map(valueOf);
        const key = values.join(',');
        if (seen.has(key) || !accept(values)) continue;
        seen.add(key);
        out.push(moved);
      }
    });
  return out.length > limit ? null : out;
}
