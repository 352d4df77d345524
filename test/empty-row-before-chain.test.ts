/**
 * Probe seed 459 p01 (our own 2021 report printed by Chromium, `pdftotext -layout`): in table 三's
 * group （五）不予处理, `重复申请` stands alone on its line, its numbers filed one line low beside
 * `不予处 要求提供公开出版物`, whose own numbers stand one line low in turn beside
 * `理 无正当理由大量反复申请`, the row that printed nothing. hunt26's rule contested the first two rows
 * (either may own the numbers beside a label led by a group label's piece) but stated the third row
 * with the second's numbers, silently (6 cells). The text cannot tell which row of such a chain
 * printed nothing (a shift between rows keeps every column sum): each next row led by the group's
 * piece on the line right under is contested too (`chainDown` in `src/repairs/empty-row-before.ts`).
 */
import { describe, expect, it } from 'vitest';
import { readFixture, statedOtherwise } from './helpers/probe-fixtures.js';

const TEXT = 'probe-459-p01-chromium-layout.txt';
const ROWS: [string, (number | null)[]][] = [
  ['t3.results.notProcessed.duplicate.', [0, 0, 43, 0, 0, 0, 43]],
  ['t3.results.notProcessed.publication.', [59, 0, 0, 0, 0, 0, 59]],
  ['t3.results.notProcessed.massRepeated.', [null, null, null, null, null, null, null]],
];

describe('probe 459 p01 (chromium-layout): numbers shifted a line down over three rows led by a group’s pieces', () => {
  it('states no cell of the three rows otherwise than printed (was 6 cells silently wrong)', () => {
    const text = readFixture(TEXT);
    for (const [prefix, truth] of ROWS) expect(statedOtherwise(text, prefix, truth), prefix).toEqual([]);
  });
});

/**
 * Probe seed 477 p05 (our own 2021 report, Chromium, `pdftotext -layout`): the same chain, but the
 * group's first piece read as a token of its own (`不予处 3.要求提供公开出版物`: the row's label
 * does not start its line, no piece inside its label token), so the chain down did not start and
 * `理 无正当理由大量反复申请` was stated with the row above's numbers, silently (4 cells). A label
 * after a group's piece either way starts the chain (`afterGroupPiece`).
 */
describe('probe 477 p05 (chromium-layout): the chain down where the group’s first piece is a token of its own', () => {
  const text = readFixture('probe-477-p05-chromium-layout.txt');
  const rows: [string, (number | null)[]][] = [
    ['t3.results.notProcessed.duplicate.', [0, 0, null, 13, 39, 35, 87]],
    ['t3.results.notProcessed.publication.', [20, 0, 0, 0, 0, 26, 46]],
    ['t3.results.notProcessed.massRepeated.', [0, null, 0, 0, 0, null, null]],
  ];
  it('states no cell of the three rows otherwise than printed (was 4 cells silently wrong)', () => {
    for (const [prefix, truth] of rows) expect(statedOtherwise(text, prefix, truth), prefix).toEqual([]);
  });
});
