/**
 * Reports of our own pushed through the real tools (probe seeds, `scripts/gauntlet/probe.mjs`) and
 * kept under `test/fixtures/` where one of them showed a silent wrong cell: the regression tests
 * read them and check the cells of the rows that went wrong.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCells, parseReport, type CellRecord, type Report } from 'zfxxgk-report';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** The text of `test/fixtures/<name>`. */
export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The cells read from `text` whose address starts with `prefix`, in the template's order. */
export function cellsUnder(text: string, prefix: string): CellRecord[] {
  return listCells(parseReport(text).report!).filter((c) => c.address.startsWith(prefix));
}

/** The addresses of `cells` stated as a number other than `truth[j]` (a cell flagged is never wrong). */
export function statedWrong(cells: readonly CellRecord[], truth: readonly (number | null)[]): string[] {
  return cells.filter((c, j) => c.status === 'value' && c.value !== truth[j]).map((c) => c.address);
}

/**
 * The addresses of the cells of `read` stated (a value or a blank) otherwise than in `truth`, the
 * generated report they were read back from (a cell flagged is never wrong).
 */
export function statedDiffering(read: readonly CellRecord[], truth: Report): string[] {
  const want = new Map(listCells(truth).map((c) => [c.address, c]));
  return read
    .filter((c) => {
      const w = want.get(c.address);
      return (c.status === 'value' || c.status === 'blank') && (c.status !== w?.status || c.value !== w.value);
    })
    .map((c) => c.address);
}

/** Each cell of `text` under `prefix` as read: its number, or its status (`blank`, or how it is flagged). */
export function shownUnder(text: string, prefix: string): (number | string)[] {
  return cellsUnder(text, prefix).map((c) => (c.status === 'value' ? (c.value as number) : c.status));
}

/** The cells of `text` under `prefix` stated (a number or a blank) otherwise than `truth` has them. */
export function statedOtherwise(text: string, prefix: string, truth: readonly (number | null)[]): string[] {
  const cells = cellsUnder(text, prefix);
  return [...statedWrong(cells, truth), ...cells.filter((c, j) => c.status === 'blank' && truth[j] !== null).map((c) => c.address)];
}

/** Each of `cells` under `prefix` as read: its number, null for a blank, or how it is flagged. */
export function valuesOf(cells: readonly CellRecord[], prefix: string): (number | string | null)[] {
  return cells
    .filter((c) => c.address.startsWith(prefix))
    .map((c) => (c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status));
}

/** Each cell of `text` under `prefix` as read: its number, null for a blank, or how it is flagged. */
export function valuesUnder(text: string, prefix: string): (number | string | null)[] {
  return valuesOf(cellsUnder(text, prefix), prefix);
}
