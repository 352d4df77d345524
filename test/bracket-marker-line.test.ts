import { describe, expect, it } from 'vitest';
import { listCells, parseReport, validateReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';

/**
 * Probe seed 621 p05 (ours), Chromium's `pdftotext -layout`: table 三's row `5.要求行政机关确认或重新出具已获取信息`
 * is blank, its label printed alone over five lines; the next line begins `（六） 申请人无` (the group's marker
 * and the first words of its first row, whose `1.` the report leaves out) and carries that row's numbers
 * `41 0 0 0 0 23 64`. Read after the open row's label, they were the blank row's: seven cells stated, no
 * equation failing (result rows are interchangeable for the column sums).
 */
const ROW = 't3.results.notProcessed.confirmOrReissue';

describe('a bracketed group marker beginning a line of numbers (silent19)', () => {
  it('the numbers on that line are not stated in the open row of another group', () => {
    const truth = JSON.parse(readFixture('probe-621-p05.t3-truth.json')) as Record<string, number | null>;
    const parsed = parseReport(readFixture('probe-621-p05-chromium-layout.txt'));
    const cells = listCells(parsed.report!).filter((c) => c.address.startsWith('t3.'));
    const wrong = cells.filter((c) => (c.status === 'value' || c.status === 'blank') && c.value !== truth[c.address]);
    const shown = new Set(
      validateReport(parsed.report!)
        .issues.filter((i) => i.status === 'fail' && i.severity !== 'info')
        .flatMap((i) => i.addresses),
    );
    const named = new Set(parsed.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.path));
    expect(wrong.map((c) => c.address).filter((a) => !shown.has(a) && !named.has(a) && !named.has(a.slice(0, a.lastIndexOf('.'))))).toEqual(
      [],
    );
    const row = cells.filter((c) => c.address.startsWith(`${ROW}.`));
    expect(row).toHaveLength(7);
    expect(row.map((c) => c.status)).toEqual(Array(7).fill('missing'));
    const codes = parsed.diagnostics.map((d) => `${d.code} ${d.path}`);
    expect(codes).toContain(`cells-missing ${ROW}`);
    expect(codes).toContain('values-unplaced t3');
  });
});
