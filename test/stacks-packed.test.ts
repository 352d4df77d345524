/**
 * Digit stacks packed together in `pdftotext -layout` text (issue 12: probe seed 391 p04, Chromium
 * `-layout`, our own generated report). Chromium printed table 三's counts digit by digit in narrow
 * cells (a vertical stack per cell); in the lines of 二、上年结转 and （一）予以公开 the tool set the
 * 科研机构 and 社会公益组织 stacks one space apart (where 一、本年新收 sets them seven apart) and in
 * reverse order: both rows read complete, their row sums hold, and 予以公开's two cells were
 * silently swapped (its column equations all go through an ambiguous （七）总计). Packed positions
 * are no evidence of the order: `stacks-packed` names such pairs (values kept).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { packedStacks, type PlacedCell } from '../src/repairs/packed-stacks.js';
import { readFixture } from './helpers/probe-fixtures.js';

const packed = (text: string) => parseReport(text).diagnostics.filter((d) => d.code === 'stacks-packed');

/** A stack of `lines` lines at character column `column` (one character wide). */
const stack = (address: string, value: number, column: number, lines = 3): PlacedCell => ({ address, value, column, width: 1, lines });

/** A row of seven stacks at the given columns, values 1..7. */
const row = (name: string, columns: readonly number[]): PlacedCell[] => columns.map((c, i) => stack(`t3.${name}.c${i}`, i + 1, c));

describe('stacks-packed', () => {
  it('names the swapped cells of probe 391 p04 (chromium-hf-layout), values kept', () => {
    const text = readFixture('probe-391-p04-chromium-hf-layout.txt');
    const got = packed(text);
    // 25 since layout22's band end: 1.属于国家秘密's band is read (108, 264, 161, 284, 900 as the page has
    // them; 科研机构 and 社会公益组织 ambiguous), and its packed 法律服务机构 / 其他 stacks are named too.
    expect(got).toHaveLength(25);
    expect(got.map((d) => d.addresses)).toContainEqual([
      't3.results.denied.stateSecret.legalServiceOrg',
      't3.results.denied.stateSecret.otherOrg',
    ]);
    const granted = got.find((d) => d.addresses?.includes('t3.results.granted.researchInstitution'));
    expect(granted?.severity).toBe('warning');
    expect(granted?.path).toBe('t3');
    expect(granted?.addresses).toEqual(['t3.results.granted.researchInstitution', 't3.results.granted.publicInterestOrg']);
    expect(granted?.actual).toBe(2);
    expect(granted?.expected).toBe(7);
    expect(granted?.message).toBe(
      '表三中一行的“科研机构、社会公益组织”两列数字竖排挤在一起（相距 2 个字符，另一行相距 7 个）：转换工具压缩了其位置，两者的先后不足为凭，可能互换；所列单元格请核对。',
    );
    expect(got.map((d) => d.addresses)).toContainEqual(['t3.carriedOver.researchInstitution', 't3.carriedOver.publicInterestOrg']);
    // (the cells stay as read: 146 and 0 where the page has 0 and 146)
    const t3 = parseReport(text).report?.tables.t3;
    expect(t3?.results.granted.researchInstitution.value).toBe(146);
    expect(t3?.results.granted.publicInterestOrg.value).toBe(0);
  });

  it('names a packed pair where a well-spaced complete row sets the columns apart', () => {
    const rows = [row('a', [10, 16, 22, 28, 34, 40, 46]), row('b', [10, 16, 20, 22, 34, 40, 46])];
    expect(packedStacks(rows, () => false)).toEqual([{ addresses: ['t3.b.c2', 't3.b.c3'], pitch: 2, apart: 6 }]);
    // (a holding equation keeping either cell, or equal values, leave the pair unnamed)
    expect(packedStacks(rows, (a) => a === 't3.b.c3')).toEqual([]);
  });

  it('does not fire on well-spaced rows, nor where every row is packed alike', () => {
    const spaced = [row('a', [10, 16, 22, 28, 34, 40, 46]), row('b', [10, 15, 22, 27, 34, 40, 46])];
    expect(packedStacks(spaced, () => false)).toEqual([]);
    const allPacked = [row('a', [10, 12, 14, 20, 22, 28, 30]), row('b', [10, 12, 16, 18, 22, 26, 30])];
    expect(packedStacks(allPacked, () => false)).toEqual([]);
    // (one-line numbers one space apart are no stacks)
    const oneLine = [row('a', [10, 16, 22, 28, 34, 40, 46]), row('b', [10, 16, 20, 22, 34, 40, 46]).map((c) => ({ ...c, lines: 1 }))];
    expect(packedStacks(oneLine, () => false)).toEqual([]);
  });

  it('does not fire on a committed -layout probe text whose stacks are packed in every row', () => {
    expect(packed(readFixture('probe-162-p70-chromium-layout.txt'))).toEqual([]);
  });
});
