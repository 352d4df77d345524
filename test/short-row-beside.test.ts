/**
 * A row short of cells with unclaimed numbers right after it (plain `pdftotext` of a browser print
 * whose narrow cells wrap wide numbers: pieces before, after and beside the label). The shortfall is
 * no evidence of vanished blanks there, so the row's numbers must not be stated in the columns their
 * order gives (issue 12; probe seed 110 read six cells of 结转下年度 silently wrong). The fixture is
 * that probe text: our own generated report (scripts/gauntlet/probe-sources.ts) printed by Chromium
 * and read by plain pdftotext.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Cell } from 'zfxxgk-report';
import { shortRowsBeside } from '../src/repairs/short-row-beside.js';
import { rewrittenReport, table3Row } from './helpers/rewritten-rows.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** Our report: 结转下年度's line replaced by `lines`, 上年结转's numbers gone (no equation can judge the row). */
function text(lines: readonly string[]): string {
  return rewrittenReport({ '四、结转下年度': lines, '二、上年结转': ['二、上年结转政府信息公开申请数量'] });
}

function row(t: string): (Cell | undefined)[] {
  return table3Row(t, 't3.carriedForward');
}

/** 结转下年度 of our probe report (seed 110, p08, 2019, 4-digit numbers) as the truth has it. */
const PROBE_TRUTH = [1432, 6427, 4, 9718, 5427, 6, 23014];

describe('a short row with unclaimed numbers after it', () => {
  it('plain pdftotext of our Chromium print (probe seed 110): no 结转下年度 cell stated wrong (six were, silently)', () => {
    const t = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'probe-110-p08-chromium-plain.txt'), 'utf8');
    const wrong = row(t).filter((c, j) => c?.status === 'value' && c.value !== PROBE_TRUTH[j]);
    expect(wrong).toEqual([]);
  });

  it('its numbers, printed on lines of their own with pieces after them, are not stated', () => {
    const cells = row(text(['四、结转下年度继续办理', '', '6', '', '4', '', '898 687 533 5700', '8', '4', '2', '', '971 542', '8', '7']));
    expect(cells.filter((c) => c?.status === 'value')).toEqual([]);
    expect(cells[0]).toMatchObject({ status: 'ambiguous', candidates: [6] });
  });

  it('a whole row, or nothing unclaimed after a short one, reads as before', () => {
    expect(row(text(['四、结转下年度继续办理  1 2 3 4 5 6 21']))[6]).toMatchObject({ status: 'value', value: 21 });
    expect(
      shortRowsBeside(
        [
          { key: 'a', labelStart: 0, lastEnd: 10, short: true, belowLabel: false },
          { key: 'b', labelStart: 20, lastEnd: 30, short: true, belowLabel: false },
        ],
        [15, 40],
        7,
      ),
    ).toEqual(['a', 'b']);
    expect(
      shortRowsBeside(
        [
          { key: 'a', labelStart: 0, lastEnd: 10, short: false, belowLabel: false },
          { key: 'b', labelStart: 20, lastEnd: 30, short: true, belowLabel: false },
        ],
        [15, 5],
        7,
      ),
    ).toEqual([]);
  });

  it('a whole row whose numbers stand below its label, with unclaimed numbers after them, is doubted too', () => {
    const whole = { key: 'a', labelStart: 0, lastEnd: 10, short: false, belowLabel: true };
    expect(shortRowsBeside([whole], [11, 12, 13, 14, 15, 16, 17], 7)).toEqual(['a']);
    // a stray number or two after it is no stream going on
    expect(shortRowsBeside([whole], [15, 16], 7)).toEqual([]);
    expect(shortRowsBeside([{ ...whole, belowLabel: false }], [11, 12, 13, 14, 15, 16, 17], 7)).toEqual([]);
  });

  it('probe seed 123 (p02, Chromium print, plain pdftotext): the total row is not stated from the tail after it (6 cells were silently wrong)', () => {
    const got = cellsUnder(readFixture('probe-123-p02-chromium-plain.txt'), 't3.results.total.');
    expect(got).toHaveLength(7);
    expect(statedWrong(got, [0, 32, 38, 123, 87, 159, 439])).toEqual([]);
  });
});
