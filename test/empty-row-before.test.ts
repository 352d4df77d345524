/**
 * A row label that took no numbers, right before the next row's label, whose numbers stand on a
 * line of their own below it (`pdftotext -layout` of a browser print, a row beside a tall group
 * cell): the numbers are the first row's printed low, or the second row's with the first blank.
 * Result rows are interchangeable for the column equations, so nothing fails either way
 * (`src/repairs/empty-row-before.ts`). Our own report (test/helpers/fixtures.ts) in our own layout
 * text (test/helpers/layout-text.ts), one row blank and the row above it moved below its label.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from '../src/index.js';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

const ABOVE = 't3.results.denied.thirdPartyRights';
const BLANK = 't3.results.denied.internalAffairs';

/** The report with the row `BLANK` all blank, in layout text, and the text with the row above's numbers moved below `BLANK`'s label. */
function texts(seed: number): { truth: Record<string, number | null>; asPrinted: string; moved: string } {
  const truth: Record<string, number | null> = consistentCells(seed, { table2: '2021', table3: '2021' }, 30);
  // The blank row's numbers go to the row above (the row sums and the column equations still hold).
  for (const c of Object.keys(truth).filter((a) => a.startsWith(`${BLANK}.`))) {
    const above = `${ABOVE}${c.slice(BLANK.length)}`;
    truth[above] = (truth[above] as number) + (truth[c] as number);
    truth[c] = null;
  }
  truth[`${ABOVE}.commercialEnterprise`] = (truth[`${ABOVE}.commercialEnterprise`] as number) + 7;
  truth[`${ABOVE}.total`] = (truth[`${ABOVE}.total`] as number) + 7;
  truth['t3.results.total.commercialEnterprise'] = (truth['t3.results.total.commercialEnterprise'] as number) + 7;
  truth['t3.results.total.total'] = (truth['t3.results.total.total'] as number) + 7;
  truth['t3.newReceived.commercialEnterprise'] = (truth['t3.newReceived.commercialEnterprise'] as number) + 7;
  truth['t3.newReceived.total'] = (truth['t3.newReceived.total'] as number) + 7;
  const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells: truth, meta: { agency: '示例县示例局', year: 2023 } });
  const asPrinted = renderLayoutText(report, { wrap: 'none' });
  const lines = asPrinted.split('\n');
  const at = lines.findIndex((l) => l.includes('保护第三方合法权益'));
  const line = lines[at] as string;
  const cut = line.indexOf('保护第三方合法权益') + '保护第三方合法权益'.length;
  const numbers = ' '.repeat(cut) + line.slice(cut);
  lines[at] = line.slice(0, cut);
  lines.splice(at + 2, 0, numbers);
  expect(lines[at + 1]).toContain('属于三类内部事务信息');
  return { truth, asPrinted, moved: lines.join('\n') };
}

describe('a row label with no numbers before a label whose numbers stand below it', () => {
  it('keeps the numbers as candidates of both rows (was 7 cells silently wrong: the blank row took them)', () => {
    const { truth, moved } = texts(3);
    const { report, diagnostics } = parseReport(moved, { format: 'text' });
    const cells = listCells(report!);
    const row = (prefix: string) => cells.filter((c) => c.address.startsWith(`${prefix}.`));
    for (const prefix of [ABOVE, BLANK])
      for (const c of row(prefix)) {
        expect(c.status, c.address).toBe('ambiguous');
        expect(c.candidates).toEqual([truth[`${ABOVE}${c.address.slice(prefix.length)}`]]);
      }
    for (const prefix of [ABOVE, BLANK]) {
      const d = diagnostics.find((x) => x.code === 'ownership-undecided' && x.path === prefix);
      expect(d?.addresses).toEqual(row(prefix).map((c) => c.address));
    }
    // Every other stated cell is right.
    for (const c of cells) if (c.status === 'value' && c.address.startsWith('t3.')) expect(c.value, c.address).toBe(truth[c.address]);
  });

  it('states the row above as printed when the numbers stand on their label’s line', () => {
    const { truth, asPrinted } = texts(3);
    const { report, diagnostics } = parseReport(asPrinted, { format: 'text' });
    const cells = listCells(report!);
    for (const c of cells.filter((x) => x.address.startsWith(`${ABOVE}.`))) expect(c.value, c.address).toBe(truth[c.address]);
    // (a blank cell prints only spaces here: a row with none of its numbers is not known, never stated)
    for (const c of cells.filter((x) => x.address.startsWith(`${BLANK}.`))) expect(c.status, c.address).toBe('missing');
    expect(diagnostics.some((d) => d.code === 'ownership-undecided')).toBe(false);
  });

  it('leaves a label wrapped around its numbers the owner of them (a piece of it after them)', () => {
    const truth: Record<string, number | null> = consistentCells(4, { table2: '2021', table3: '2021' }, 30);
    // The row above is blank; its counts go to the row after it.
    for (const c of Object.keys(truth).filter((a) => a.startsWith(`${ABOVE}.`))) {
      const below = `${BLANK}${c.slice(ABOVE.length)}`;
      truth[below] = (truth[below] as number) + (truth[c] as number);
      truth[c] = null;
    }
    truth[`${BLANK}.otherOrg`] = (truth[`${BLANK}.otherOrg`] as number) + 5;
    truth[`${BLANK}.total`] = (truth[`${BLANK}.total`] as number) + 5;
    truth['t3.results.total.otherOrg'] = (truth['t3.results.total.otherOrg'] as number) + 5;
    truth['t3.results.total.total'] = (truth['t3.results.total.total'] as number) + 5;
    truth['t3.newReceived.otherOrg'] = (truth['t3.newReceived.otherOrg'] as number) + 5;
    truth['t3.newReceived.total'] = (truth['t3.newReceived.total'] as number) + 5;
    const report = createReport({
      versions: { table2: '2021', table3: '2021' },
      cells: truth,
      meta: { agency: '示例县示例局', year: 2023 },
    });
    const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
    const at = lines.findIndex((l) => l.includes('属于三类内部事务信息'));
    const line = lines[at] as string;
    const cut = line.indexOf('属于三类内部事务信息') + '属于三类内部事务信'.length;
    const numbersFrom = line.indexOf('属于三类内部事务信息') + '属于三类内部事务信息'.length;
    lines.splice(at, 1, line.slice(0, cut), ' '.repeat(numbersFrom) + line.slice(numbersFrom), `${' '.repeat(cut - 1)}息`);
    const { report: read, diagnostics } = parseReport(lines.join('\n'), { format: 'text' });
    for (const c of listCells(read!).filter((x) => x.address.startsWith(`${BLANK}.`))) expect(c.value, c.address).toBe(truth[c.address]);
    expect(diagnostics.some((d) => d.code === 'ownership-undecided')).toBe(false);
  });
});
