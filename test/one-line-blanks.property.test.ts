/**
 * One-line text (crawler: all whitespace collapsed) of reports with blank cells, some of which
 * replaced a non-zero value (the document then breaks its own arithmetic): every stated cell of
 * tables 三 and 四 is the original (the rest is flagged). A blank that vanished leaves no trace, so
 * this is where the readings searched by the arithmetic must not guess: where the document breaks
 * its arithmetic no reading is confirmed, and nothing is stated from one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type TemplateVersion } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';

/** Indices into the report's cell list (modulo its length): anywhere, or among the last cells (table 四). */
const blankIndex = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -15, max: -1 }));

describe('property: one-line text with blank cells states only original cells (tables 三, 四) and flags the rest', () => {
  it('holds over random reports, scales and blanks (zeros and non-zero values blanked)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom<TemplateVersion>('2019', '2021'),
        fc.constantFrom(1, 3, 12, 60),
        fc.array(blankIndex, { minLength: 1, maxLength: 6 }),
        (seed, v, scale, blanks) => {
          const n = listCells(consistentReport(seed, v, { scale })).length;
          const original = consistentReport(seed, v, { scale, blanks: blanks.map((b) => (b < 0 ? n + b : b)) });
          const result = parseReport(renderInLayout(original, 'one-line'), { format: 'text' });
          expect(result.report).not.toBeNull();
          if (!result.report) return;
          const want = new Map(listCells(original).map((c) => [c.address, c.status === 'blank' ? null : c.value]));
          const wrong = listCells(result.report).filter((c) => {
            if (c.table === 't2' || (c.status !== 'value' && c.status !== 'blank')) return false;
            const got = c.status === 'blank' ? null : c.value;
            return want.get(c.address) !== got;
          });
          expect(wrong.map((c) => `${c.address}: ${String(c.value)} vs ${String(want.get(c.address))}`)).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.PROP_RUNS ?? 150) },
    );
  }, 120_000);
});
