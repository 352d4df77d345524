/**
 * Builder of the rows `repairs/missing-row-beside.ts` decides over, for unit tests of its predicates.
 * Defaults describe a full row of zeros found below its label and split over lines; a test overrides
 * only what its case is about.
 */
import type { ReadRow } from '../../src/repairs/missing-row-beside.js';

/** A row read as `key`, a full row of zeros below its label unless `over` says otherwise. */
export function readRow(key: string, over: Partial<ReadRow> = {}): ReadRow {
  return { key, found: true, empty: false, full: true, allZero: true, belowLabel: true, split: true, ...over };
}
