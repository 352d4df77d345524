/**
 * Glued text (a crawler dropped every space): a digit run right before `N.` and a row label
 * (`…1600039055５．属于三类内部事务信息`) gives its last digit to the label as its list number only
 * where the template numbers that label so (`src/tables/list-numbers.ts`). A document that numbers
 * its rows its own way (`13.属于三类…`: continued numbering, two digits) leaves the end of the run
 * unproven: the numbers cut from it are candidates only, never stated. Fixtures are our own renderings.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport } from '../src/index.js';
import { consistentReport } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';
import { listNumberFit } from '../src/tables/list-numbers.js';

const values = (line: string): TableToken[] => {
  const l = lexLines(line);
  return tokenize(l, detectLayout(l)).filter((t) => t.kind === 'value');
};

describe('glued text: the list number split off a digit run is the one the template expects', () => {
  it('knows the template’s list numbers of the labels', () => {
    expect(listNumberFit(5, '属于三类内部事务信息')).toBe('fits');
    expect(listNumberFit(3, '属于三类内部事务信息')).toBe('differs');
    // (`其他` is 3 under 其他处理; `其他法律…` is 2 under 不予公开)
    expect(listNumberFit(3, '其他')).toBe('fits');
    expect(listNumberFit(2, '其他法律行政法规禁止公开')).toBe('fits');
    expect(listNumberFit(4, '某某事项')).toBe('unknown');
  });

  it('marks the run unproven where the digit is not the label’s list number', () => {
    const fits = values('4.保护第三方合法权益16000390555.属于三类内部事务信息');
    expect(fits.map((t) => (t.kind === 'value' ? [t.raw, t.endUnproven ?? false] : null))).toEqual([['1600039055', false]]);
    const differs = values('4.保护第三方合法权益160003905513.属于三类内部事务信息');
    expect(differs.map((t) => (t.kind === 'value' ? [t.raw, t.endUnproven ?? false] : null))).toEqual([['16000390551', true]]);
  });

  it('states no cell of the row before a label numbered otherwise than the template', () => {
    for (const seed of [3, 9, 17]) {
      const truth = consistentReport(seed, '2021', { scale: 60 });
      // The run's end is right (one digit), but the template says 5, not 6: not proven.
      const text = oneLine(renderReport(truth, { to: 'text' }), true, null).replace('5.属于三类内部事务信息', '6.属于三类内部事务信息');
      const { report, diagnostics } = parseReport(text, { format: 'text' });
      const row = listCells(report!).filter((c) => c.address.startsWith('t3.results.denied.thirdPartyRights.'));
      const want = new Map(listCells(truth).map((c) => [c.address, c.value]));
      expect(row.map((c) => c.status)).toEqual(new Array(7).fill('ambiguous'));
      for (const c of row) {
        expect(c.candidates, c.address).toEqual([want.get(c.address)]);
        expect(diagnostics.some((d) => d.code === 'cell-ambiguous' && d.path === c.address)).toBe(true);
      }
    }
  });
});
