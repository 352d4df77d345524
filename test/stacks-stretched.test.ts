/**
 * Digit stacks stretched apart in a packed row of `pdftotext -layout` text (issue 12: probe seed 501
 * p08, Chromium with headers and footers, `-layout`, our own generated report). Chromium printed
 * table 三's counts digit by digit in narrow cells; in the line of 4.无正当理由大量反复申请 the tool
 * packed the 商业企业, 科研机构 and 社会公益组织 stacks one space apart and set the 社会公益组织 stack
 * ten characters before them, where 一、本年新收 sets 自然人 and 商业企业 six apart: the row reads
 * 278, 17, 41, 50 where the page has 17, 41, 50, 278 (its row sum holds, 信访举报 lost, so no column
 * equation checks it). `stacks-packed` named the packed pairs only; 自然人 was stated silently.
 * `stacks-stretched` names the neighbours a packed row sets farther apart than any well-spaced row
 * (values kept).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { stretchedStacks, type PlacedCell } from '../src/repairs/packed-stacks.js';
import { readFixture } from './helpers/probe-fixtures.js';

const stretched = (text: string) => parseReport(text).diagnostics.filter((d) => d.code === 'stacks-stretched');

/** A stack of `lines` lines at character column `column` (one character wide). */
const stack = (address: string, value: number, column: number, lines = 3): PlacedCell => ({ address, value, column, width: 1, lines });

/** A row of seven stacks at the given columns, values 1..7. */
const row = (name: string, columns: readonly number[]): PlacedCell[] => columns.map((c, i) => stack(`t3.${name}.c${i}`, i + 1, c));

describe('stacks-stretched', () => {
  it('names the moved stack of probe 501 p08 (chromium-hf-layout), values kept', () => {
    const text = readFixture('probe-501-p08-chromium-hf-layout.txt');
    const got = stretched(text);
    const moved = got.find((d) => d.addresses?.includes('t3.results.notProcessed.massRepeated.naturalPerson'));
    expect(moved?.severity).toBe('warning');
    expect(moved?.path).toBe('t3');
    expect(moved?.addresses).toEqual([
      't3.results.notProcessed.massRepeated.naturalPerson',
      't3.results.notProcessed.massRepeated.commercialEnterprise',
    ]);
    expect(moved?.actual).toBe(10);
    expect(moved?.expected).toBe(6);
    expect(got.map((d) => d.addresses)).toContainEqual([
      't3.results.notProcessed.massRepeated.publicInterestOrg',
      't3.results.notProcessed.massRepeated.legalServiceOrg',
    ]);
    // (the cells stay as read: 278 where the page has 17)
    const t3 = parseReport(text).report?.tables.t3;
    expect(t3?.results.notProcessed.massRepeated.naturalPerson.value).toBe(278);
  });

  it('names a stretched pair only in a row that also holds a packed pair', () => {
    const spaced = row('a', [10, 16, 22, 28, 34, 40, 46]);
    const moved = row('b', [4, 16, 18, 20, 34, 40, 46]);
    expect(stretchedStacks([spaced, moved], () => false)).toEqual([
      { addresses: ['t3.b.c0', 't3.b.c1'], pitch: 12, apart: 6 },
      { addresses: ['t3.b.c3', 't3.b.c4'], pitch: 14, apart: 6 },
    ]);
    // (a holding equation keeping either cell leaves the pair unnamed)
    expect(stretchedStacks([spaced, moved], (a) => a === 't3.b.c0' || a === 't3.b.c4')).toEqual([]);
    // (a wide gap in a row without a packed pair is no evidence of moving)
    const wide = row('c', [4, 16, 22, 28, 34, 40, 46]);
    expect(stretchedStacks([spaced, wide], () => false)).toEqual([]);
  });

  it('does not fire where no row is well spaced', () => {
    const allPacked = [row('a', [10, 12, 14, 20, 22, 28, 30]), row('b', [4, 12, 14, 18, 22, 26, 30])];
    expect(stretchedStacks(allPacked, () => false)).toEqual([]);
  });
});
