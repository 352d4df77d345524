/** Listing a report's cells belongs to `model/`; re-exported here so existing imports keep working. */
export { listCells, type CellRecord } from '../model/list-cells.js';
