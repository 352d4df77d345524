/**
 * Table 三 of our own 2019 report with blank cells, through LibreOffice and plain `pdftotext` (probe
 * seed 522 p06): `（一）予以公开` (0 0 _ 0 _ _ _) printed no number on its label's line; its three
 * zeros came out after the next row's label `（二）部分公开（区分处理的，…）` (_ _ 0 _ 21 28 49), the
 * numbers of both rows column by column (`0` / `0` / `0` + `0` one block of two lines / `21` / `28` /
 * `49`). Read after its label, `部分公开` took all seven and stated its blank naturalPerson,
 * commercialEnterprise and publicInterestOrg as 0, silently: zeros moved between two rows change no
 * sum, and the spilled-values repair looked for the row above's numbers there only where the next
 * label stands in one block with the text above it. A block of numbers over two lines holds two
 * heights of the page, two rows' numbers; and the table's equations, failing here with the row as
 * read too (a total misread elsewhere), refuted every move.
 */
import { describe, expect, it } from 'vitest';
import { readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';
import { parseReport } from 'zfxxgk-report';

describe('probe 522 p06 (lo-plain): the row above’s zeros among the next row’s numbers of two heights', () => {
  const text = readFixture('probe-522-p06-lo-plain.txt');

  it('states no cell of 部分公开 otherwise than printed: its numbers are candidates of either row', () => {
    expect(statedOtherwise(text, 't3.results.partiallyGranted.', [null, null, 0, null, 21, 28, 49])).toEqual([]);
    expect(shown(text, 't3.results.partiallyGranted.')).toEqual(new Array(7).fill('ambiguous'));
  });

  it('states no cell of 予以公开 otherwise than printed and names the pair', () => {
    expect(statedOtherwise(text, 't3.results.granted.', [0, 0, null, 0, null, null, null])).toEqual([]);
    const codes = parseReport(text)
      .diagnostics.filter((d) => d.path === 't3.results.partiallyGranted')
      .map((d) => d.code);
    expect(codes).toContain('values-may-belong-above');
  });
});
