/**
 * Table 三 in `pdftotext -layout` text of a browser print where rows lost blank cells (issue 12):
 * - the total row's numbers wrapped in their narrow cells (`27` over `4`) right after a row short of
 *   numbers: the lines under a label line that holds a number in every cell are that row's own
 *   (the short row's cells would stand on the label line, half a line down, not under it), so its
 *   pieces are dealt, and the table's equations then place every short row's blanks;
 * - a row packed a whole column left of the complete rows around it (a grid of its own): the
 *   placement its spacing fits keeps no combination of the equations, so its blanks are searched
 *   again wherever they may stand, and the equations place them.
 * Our own reports, printed by `test/helpers/layout-text.ts` and damaged here; before, the first
 * table was flagged (its total row and the short row), the second read its row one column off.
 */
import { describe, expect, it } from 'vitest';
import { createReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { table3 } from './helpers/table3-reading.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { APPLICANTS } from './helpers/block-stream.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;

/** Seed 7's consistent cells (every total written), with `blanks` of `row` made blank. */
function reportWith(row: string, blanks: readonly string[]): Report {
  const cells: Record<string, number | null> = consistentCells(7, VERSIONS, 20);
  for (const c of blanks) cells[`t3.${row}.${c}`] = null;
  return createReport({ versions: VERSIONS, cells, meta: { agency: '示例县示例局', year: 2023 } });
}

describe('table 三 in -layout text: a wrapped total row after a row short of numbers', () => {
  it('deals the total row pieces and reads every cell, the short row blank by position', () => {
    // 3.其他: only 13 (commercial) and its total 13 printed, the other applicants' cells blank.
    const truth = reportWith(
      'results.otherHandling.other',
      APPLICANTS.filter((c) => c !== 'commercialEnterprise' && c !== 'total'),
    );
    const lines = renderLayoutText(truth, { wrap: 'none' }).split('\n');
    const k = lines.findIndex((l) => l.includes('（七）总计'));
    // Every number of two digits or more keeps its last digit for the line below, at its start:
    // `99 19 21 71 45 19 274` printed as `9 1 2 7 4 1 27` over `9 9 1 1 5 9 4`.
    let below = '';
    lines[k] = (lines[k] as string).replace(/\d{2,}/g, (n, at: number) => {
      below = below.padEnd(at) + n.slice(-1);
      return `${n.slice(0, -1)} `;
    });
    lines.splice(k + 1, 0, below);
    const { want, got, codes } = table3(truth, lines.join('\n'));
    expect(got).toEqual(want);
    expect(codes).toContain('cells-unwrapped t3.results.total');
    expect(codes).toContain('blank-by-position t3.results.otherHandling.other');
  });
});

describe('table 三 in -layout text: a row packed a column left of the rows around it', () => {
  it('reads the row where the equations place it, not where its spacing fits (was 12, 0, 24 one column off)', () => {
    // 1.本机关不掌握相关政府信息: _ _ _ 12 12 0 24, its numbers printed one cell (8 characters) left.
    const truth = reportWith('results.unableToProvide.notHeld', ['naturalPerson', 'commercialEnterprise', 'researchInstitution']);
    const lines = renderLayoutText(truth, { wrap: 'none' }).split('\n');
    const label = '本机关不掌握相关政府信息';
    const k = lines.findIndex((l) => l.includes(label));
    const line = lines[k] as string;
    const end = line.indexOf(label) + label.length;
    const first = end + line.slice(end).search(/ \d/) + 1;
    lines[k] = line.slice(0, first - 8) + line.slice(first);
    expect(lines[k]).toMatch(/信息 +12 +12 +0 +24$/);
    expect((lines[k] as string).length).toBe(line.length - 8);
    const { want, got, codes } = table3(truth, lines.join('\n'));
    expect(got).toEqual(want);
    expect(codes).toContain('blank-by-position t3.results.unableToProvide.notHeld');
  });
});
