/**
 * Stream cells for the repairs' unit tests: a number, or a blank marker (`-`) where `v` is null,
 * at character `at` of line 0; the small table the stream repairs' unit tests read (rows a to d and
 * their total t), and the random reports their stream tests write.
 */
import type { Report, TemplateVersion } from '../../src/index.js';
import type { StreamCell } from '../../src/repairs/number-stream.js';
import { consistentReport } from './fixtures.js';

/** One stream cell: the number `v` written as digits, or a blank marker where `v` is null. */
export function streamCell(v: number | null, at = 0): StreamCell {
  if (v === null) return { kind: 'blank', raw: '-', start: at, end: at + 1, line: 0, gapBefore: 0, lineStart: false };
  return {
    kind: 'value',
    raw: String(v),
    content: { kind: 'number', value: v, signed: false, digits: String(v) },
    start: at,
    end: at + 1,
    line: 0,
    gapBefore: 0,
    lineStart: false,
  };
}

/** The rows of the small table of the stream repairs' unit tests: a to d and their total t (`smallTable(SMALL_ROWS)`). */
export const SMALL_ROWS: readonly string[] = ['a', 'b', 'c', 'd', 't'];

/** The small table's values, columns x, y, z and the row total s: a 1 2 3 6 / b 4 5 6 15 / c 7 8 9 24 / d 2 3 4 9 / t 14 18 22 54. */
export const SMALL_VALUES: readonly (readonly number[])[] = [
  [1, 2, 3, 6],
  [4, 5, 6, 15],
  [7, 8, 9, 24],
  [2, 3, 4, 9],
  [14, 18, 22, 54],
];

/**
 * A report of ours for the random stream tests, drawn with `rnd`: the 2019 or the 2021 template,
 * small numbers (scale 1, 3 or 40), three in ten with blank cells; `rows`, its table 三's data rows.
 */
export function randomTruth(rnd: () => number, seed: number): { version: TemplateVersion; truth: Report; rows: number } {
  const version: TemplateVersion = rnd() < 0.5 ? '2019' : '2021';
  const scale = [1, 3, 40][Math.floor(rnd() * 3)] as number;
  const truth = consistentReport(seed, version, { scale, blanks: rnd() < 0.3 ? [Math.floor(rnd() * 1e9), 10] : [] });
  return { version, truth, rows: version === '2021' ? 25 : 23 };
}
