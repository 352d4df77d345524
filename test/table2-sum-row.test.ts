/**
 * A sum row (`合计`) some reports add under a table-二 sub-table, in one-line text where the row
 * above it is blank: `行政处罚 28 行政强制 合计 28`. Its label ran into the blank row's (the space
 * normalised away) and 行政强制 matched by its keyword took the sum's number silently (found on probe
 * reports of our own: 2021, blank rows, a 合计 row under 第二十条第（六）项). The run-on label is cut
 * into the row label and the sum word, whose number belongs to no cell.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

const PENALTY = 't2.art20_6.administrativePenalty.decisionCount';
const COMPULSION = 't2.art20_6.administrativeCompulsion.decisionCount';

describe('one-line text: a blank table-二 row before a 合计 row', () => {
  for (const sum of ['合计', '小计'])
    for (const glued of [false, true])
      it(`行政强制 ${sum} N: the blank row takes no number (${glued ? 'glued' : 'spaces'})`, () => {
        let seed = 1;
        while ((consistentCells(seed)[PENALTY] as number) === 0) seed++;
        const cells: Record<string, number | null> = consistentCells(seed);
        const penalty = cells[PENALTY] as number;
        cells[COMPULSION] = null;
        const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } });
        const plain = oneLine(renderReport(report, { to: 'text' }), glued);
        const sep = glued ? '' : ' ';
        const text = plain.replace(`行政强制${sep}`, `行政强制${sep}${sum}${sep}${penalty}${sep}`);
        expect(text).toContain(`行政处罚${sep}${penalty}${sep}行政强制${sep}${sum}${sep}${penalty}${sep}第二十条`);
        const { report: got, diagnostics } = parseReport(text, { format: 'text' });
        const byAddress = new Map(listCells(got as Report).map((c) => [c.address, c]));
        expect([byAddress.get(PENALTY)?.status, byAddress.get(PENALTY)?.value]).toEqual(['value', penalty]);
        // The blank row's cell vanished: flagged, never the sum's number.
        expect(byAddress.get(COMPULSION)?.status).toBe('missing');
        expect(diagnostics.some((d) => d.code === 'cells-missing' && d.path === 't2.art20_6.administrativeCompulsion')).toBe(true);
        expect(diagnostics.some((d) => d.code === 'values-unplaced')).toBe(true);
      });
});
