/**
 * A row's list number printed on the row's line with its label's text wrapped under it
 * (`src/tables/list-marker-above.ts`): Chromium prints table 三's row labels in a narrow cell beside
 * their group's, and `pdftotext -layout` sets the number on the row's line, before the counts
 * (`（三） １．  398 1,271 …`), its text on the lines under it at its column (`不予公 属于` / `开 国家` /
 * `秘密`). A region of counts read `1.` as the count 1, and the row's label, found from its pieces
 * under the line, owned the next row's numbers: every row of the group one line off, flagged.
 *
 * - Our own lines: the number (`1.`, or label text `(2)`) and the pieces that spell a template label numbered so are one label
 *   on the number's line (the group's piece left where it was; pieces past a page break at the new
 *   page's indent); pieces that spell no template label and a number with no count after it are
 *   left as they were.
 * - Probe 402 p06 chromium-layout (a 2019 report of big counts, labels with full-width list
 *   numbers): nothing stated otherwise than printed; the rows whose numbers stood one row off read
 *   exactly.
 */
import { describe, expect, it } from 'vitest';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';
import { place } from './helpers/stacked-lines.js';
import { readFixture, statedOtherwise, valuesUnder } from './helpers/probe-fixtures.js';

/** The tokens of some lines of a region of counts as `line kind text`, breaks left out (lines as normalised: `1.`, `(三)`). */
function countTokens(lines: readonly string[]): string[] {
  const lexed = lexLines(lines.join('\n'));
  return tokenize(lexed, detectLayout(lexed), null, { countsOnly: true })
    .filter((t): t is Exclude<TableToken, { kind: 'break' }> => t.kind !== 'break')
    .map((t) => `${t.line} ${t.kind} ${t.kind === 'label' ? t.text : t.raw}`);
}

const COUNTS: [number, string][] = [
  [18, '398'],
  [22, '1,271'],
  [28, '7,080'],
  [34, '0'],
  [36, '658'],
  [40, '9,407'],
];

describe("a list number on its row's line, its label wrapped under it", () => {
  it('reads the number and its pieces as one label before the counts', () => {
    const lines = [
      place([3, '(三)'], [7, '1.'], ...COUNTS),
      place([3, '不予公'], [7, '属于']),
      place([4, '开'], [6, '国家']),
      place([7, '秘密']),
    ];
    expect(countTokens(lines)).toEqual([
      '0 label (三)',
      '0 label 1.属于国家秘密',
      '0 value 398',
      '0 value 1,271',
      '0 value 7,080',
      '0 value 0',
      '0 value 658',
      '0 value 9,407',
      '1 label 不予公',
      '2 label 开',
    ]);
  });

  it('reads a piece after a group piece in one token, and a last piece set off by two columns', () => {
    const lines = [
      place([2, '(五)'], [6, '1.'], [9, '76,333'], [27, '8']),
      place([2, '不予处'], [6, '信访']),
      place([4, '理'], [5, '举报']),
      place([7, '投诉']),
      place([7, '类申']),
      place([8, '请']),
    ];
    expect(countTokens(lines).slice(0, 4)).toEqual(['0 label (五)', '0 label 1.信访举报投诉类申请', '0 value 76,333', '0 value 8']);
  });

  it('reads a piece led by a quote one way (the quote is no Han character: its readings compare alike)', () => {
    const lines = [place([1, '3.'], ...COUNTS), '危及', '“三', '安全', place([1, '一']), place([1, '稳']), '定”'];
    expect(countTokens(lines)[0]).toBe('0 label 3.危及“三安全一稳定”');
  });

  it('reads a list number written as label text the same way (`(2)`)', () => {
    const lines = [
      place([7, '(2)'], [11, '3'], [17, '48'], [26, '4'], [31, '0'], [40, '55']),
      place([7, '其他法']),
      place([7, '律行政']),
      place([7, '法规禁']),
      place([7, '止公开']),
    ];
    expect(countTokens(lines)).toEqual([
      '0 label (2)其他法律行政法规禁止公开',
      '0 value 3',
      '0 value 48',
      '0 value 4',
      '0 value 0',
      '0 value 55',
    ]);
  });

  it('leaves the number a count where its pieces spell no template label numbered so', () => {
    // (`2.` over 属于国家秘密: the template numbers that label 1)
    const lines = [place([3, '(三)'], [7, '2.'], ...COUNTS), place([7, '属于']), place([7, '国家']), place([7, '秘密'])];
    expect(countTokens(lines).slice(0, 4)).toEqual(['0 label (三)', '0 value 2', '0 label .', '0 value 398']);
  });

  it("leaves the number a count where a line of its label's pieces holds counts (the row's numbers split over its label's lines)", () => {
    const lines = [place([7, '1.'], ...COUNTS.slice(0, 3)), place([7, '属于']), place([7, '国家']), place([7, '秘密'], ...COUNTS.slice(3))];
    expect(countTokens(lines).slice(0, 3)).toEqual(['0 value 1', '0 label .', '0 value 398']);
  });

  it('leaves a number with no count after it on its line', () => {
    expect(countTokens([place([7, '1.']), place([7, '属于']), place([7, '国家']), place([7, '秘密'])])[0]).toBe('0 value 1');
  });

  it("reads a number at the margin, and pieces set at the next page's indent after a page break", () => {
    expect(countTokens([place([0, '5.'], ...COUNTS), '属于', '三类', '内部', '事务', '信息'])[0]).toBe('0 label 5.属于三类内部事务信息');
    const lines = [
      place([7, '4.'], ...COUNTS),
      place([7, '保护']),
      place([7, '第三']),
      '\f方合',
      '法权',
      '益',
      place([0, '5.'], ...COUNTS),
    ];
    // (the `5.` after it, no text under it: read as before, a count and its point)
    expect(countTokens(lines).filter((t) => t.includes('label'))).toEqual(['0 label 4.保护第三方合法权益', '6 label .']);
  });
});

describe("probe 402 p06 (chromium-layout): list numbers on the rows' lines, labels wrapped under them", () => {
  const text = readFixture('probe-402-p06-chromium-layout.txt');
  const TRUTH: Record<string, (number | null)[]> = {
    't3.results.granted.': [12, null, 23, 5, 715, 1, 756],
    't3.results.partiallyGranted.': [11, 255, 9607, 83605, 621, null, 94099],
    't3.results.denied.stateSecret.': [null, 398, 1271, 7080, 0, 658, 9407],
    't3.results.denied.prohibitedByLaw.': [42, null, 4, 391, 7, null, 444],
    't3.results.denied.securityStability.': [64687, null, 6, 418, 411, 15, 65537],
    't3.results.denied.thirdPartyRights.': [3, 66, 31727, 79416, 443, 68, 111723],
    't3.results.denied.internalAffairs.': [341, 1, 964, null, 592, 72, 1970],
    't3.results.denied.processInformation.': [7673, null, 78847, 8828, 8, 20, 95376],
    't3.results.denied.enforcementCaseFile.': [2791, null, 4748, 15, 452, 86, 8092],
    't3.results.denied.administrativeQuery.': [60361, 4097, null, 9393, 14, 8, 73873],
    't3.results.unableToProvide.notHeld.': [9, 2, 7755, 470, 6, 82, 8324],
    't3.results.unableToProvide.needsCreation.': [7111, 71, 578, 50, 7, 2406, 10223],
    't3.results.unableToProvide.stillUnclear.': [null, 7, 11, 3707, null, 45, 3770],
    't3.results.notProcessed.petitionOrComplaint.': [76333, null, 8, 4, 31764, 3625, 111734],
    't3.results.notProcessed.duplicate.': [null, null, 88330, 97, 9, 679, 89115],
    't3.results.notProcessed.publication.': [92, 19520, 2680, 3554, 78, 2788, 28712],
    't3.results.notProcessed.massRepeated.': [25, 35115, 3843, 33485, 99, 719, 73286],
    't3.results.notProcessed.confirmOrReissue.': [null, null, 610, 151, 9, null, 770],
    't3.results.otherHandling.': [0, 8, null, 5, 40, 3, 56],
    't3.results.total.': [219491, 59540, 231012, 230674, 35275, 11275, 787267],
    't3.carriedForward.': [15881, 2, 5, 9129, 8, 13688, 38713],
    't3.carriedOver.': [5972, 32559, 72, 410, 269, 1, 39283],
    't3.newReceived.': [229400, 26983, 230945, 239393, 35014, 24962, 786697],
  };
  it.each(Object.keys(TRUTH))('%s: nothing stated otherwise than printed', (row) => {
    expect(statedOtherwise(text, row, TRUTH[row] as (number | null)[])).toEqual([]);
  });
  it.each([
    't3.results.denied.thirdPartyRights.',
    't3.results.unableToProvide.notHeld.',
    't3.results.unableToProvide.needsCreation.',
    't3.results.notProcessed.publication.',
    't3.results.notProcessed.massRepeated.',
  ])('%s reads every cell as printed', (row) => {
    expect(valuesUnder(text, row)).toEqual(TRUTH[row]);
  });
});
