/**
 * A row label's list number wrapped onto a line of its own (plain `pdftotext` of our report printed
 * by Chromium, probe seed 267 p06: labels written with a space after the number, `4. 保护第三方合法权益`,
 * in a narrow label cell, so the cell wraps right after `4.`). Table 三 counts only, so the lone `4.`
 * was read as a glued digit and a point (`open-fractions.ts` `closeFractions`): the row above took
 * the `4` among its numbers, its own last four were left over, and 98 of the 161 cells of table 三 (2019 template) were flagged
 * (the rows from 3.危及“三安全一稳定” on, but the two whose label was so wrapped). The number and the
 * label text starting the next line are one label now (`markerWithText`), as the line reads where
 * the cell did not wrap there; every cell of the table is read right.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

describe('probe seed 267 p06 (chromium-plain): list numbers alone on their lines', () => {
  const truth = JSON.parse(readFixture('probe-267-p06.t3-truth.json')) as Record<string, number | null>;
  const cells = cellsUnder(readFixture('probe-267-p06-chromium-plain.txt'), 't3.');

  it('reads every cell of table 三 as the page states it', () => {
    expect(cells).toHaveLength(Object.keys(truth).length);
    const read = Object.fromEntries(cells.map((c) => [c.address, c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status]));
    expect(read).toEqual(truth);
  });

  it('reads the rows whose labels were so wrapped', () => {
    const row = (path: string): (number | null)[] => cells.filter((c) => c.address.startsWith(`${path}.`)).map((c) => c.value);
    expect(row('t3.results.denied.thirdPartyRights')).toEqual([26, 66, 44, 269, 11, 5, 421]);
    expect(row('t3.results.denied.securityStability')).toEqual([84, 236, 10, 125, 194, 100, 749]);
    expect(row('t3.results.notProcessed.publication')).toEqual([59, 241, 216, 40, 183, 0, 739]);
  });
});
