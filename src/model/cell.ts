import type { SourceLocation } from './location.js';

/**
 * What the parser could establish about one table cell.
 *
 * - `value`: a number was read and tied to this cell's row label and column header.
 * - `blank`: the source cell exists and is empty, `/`, `—` or a placeholder. Never turned into 0.
 * - `missing`: the cell could not be found; it was lost in extraction or its row is absent.
 * - `ambiguous`: the source allows more than one reading; `candidates` holds the possible numbers.
 */
export type CellStatus = 'value' | 'blank' | 'missing' | 'ambiguous';

/** Provenance shared by every cell status. */
export interface CellProvenance {
  /** The source text of the cell as read (after normalisation), e.g. `117批次` or `22(其中修订16件)`. */
  raw?: string;
  /** Where the cell text is in the original input. */
  location?: SourceLocation;
  /** Unit written in the cell (`批次`, `元`, `万元` …), stripped from the number. */
  unit?: string;
  /** Annotation written in the cell next to the number (`其中修订16件`), kept verbatim. */
  note?: string;
  /** Row label found in the source that anchors this cell. */
  rowLabel?: string;
  /** Column header found in the source that anchors this cell. */
  columnLabel?: string;
}

/** A cell holding a number. */
export interface ValueCell extends CellProvenance {
  /** Discriminant. */
  status: 'value';
  /** The number as printed (sign and decimals kept, unit stripped). */
  value: number;
}

/** A cell that exists in the source and is empty. */
export interface BlankCell extends CellProvenance {
  /** Discriminant. */
  status: 'blank';
  /** Always null: a blank is not a zero. */
  value: null;
}

/** A cell that could not be found in the source. */
export interface MissingCell extends CellProvenance {
  /** Discriminant. */
  status: 'missing';
  /** Always null. */
  value: null;
}

/** A cell with several possible readings. */
export interface AmbiguousCell extends CellProvenance {
  /** Discriminant. */
  status: 'ambiguous';
  /** Always null: no reading is chosen. */
  value: null;
  /** The distinct numbers the cell could hold, in source order. */
  candidates: number[];
}

/** One table cell: a discriminated union on `status`. */
export type Cell = ValueCell | BlankCell | MissingCell | AmbiguousCell;

/** A missing cell with no provenance (the default of every cell before parsing). */
export function missingCell(): MissingCell {
  return { status: 'missing', value: null };
}
