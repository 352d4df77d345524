/**
 * The glued-row retry with one vanished blank (issue 12) reads only rows whose total is written: a
 * row whose vanished blank is its total "adds up" whatever its cuts. In plain `pdftotext` of our own
 * Chromium print (probe seed 15, p06, 2019), 危及“三安全一稳定” prints `… １７４ ２９` / `１ ７２９`
 * (291 wrapped in its cell, then the total 729); the retry read `… 174 29` and a vanished total,
 * stating 29 for 291, silently.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';

const TRUTH = [88, 0, 91, 85, 174, 291, 729];

describe('glued-row retry with a vanished blank', () => {
  it('states no cell of a row whose only way to add up is a vanished total', () => {
    const text = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'probe-15-p06-chromium-plain.txt'), 'utf8');
    const row = listCells(parseReport(text).report!).filter((c) => c.address.startsWith('t3.results.denied.securityStability.'));
    expect(row).toHaveLength(7);
    expect(row.filter((c, j) => (c.status === 'value' && c.value !== TRUTH[j]) || (c.status === 'blank' && TRUTH[j] !== null))).toEqual([]);
  });
});
