/**
 * Grouped counts broken inside a group whose last digits stand under them (`src/tables/grouped-heads.ts`,
 * `stacked-numbers.ts`, `grouped-pieces.ts`; issue 12, layout24). In LibreOffice's `pdftotext -layout`
 * text of the probes' `digits` tables every count of a row may wrap (`169,6` over `91`), the tails on a
 * line of their own: every number of one line over one of the next read as two rows of a grid; a tail
 * may stand on a line of the row's label going on (`26,85` over `律行政法 … 1`), two labelled lines read
 * as two rows; and one line whose tails the columns do not place undid the joins of the whole table.
 * A piece ending in a group of one or two digits is no count printed whole: the join that completes its
 * group is read, the row then adding up. Texts below are ours, written for the test.
 */
import { describe, expect, it } from 'vitest';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';
import { completesGroupedHead, isGroupedHead } from '../src/tables/grouped-heads.js';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

/** A line with each text at its own character column. */
function placed(...items: readonly (readonly [number, string])[]): string {
  let line = '';
  for (const [column, text] of items) line = line.padEnd(column, ' ') + text;
  return line;
}

/** The tokens of some lines as `line kind text` (`?` after a number only a candidate), breaks left out. */
function tokensOf(lines: readonly string[]): string[] {
  const lexed = lexLines(lines.join('\n'));
  return tokenize(lexed, detectLayout(lexed), null, { countsOnly: true })
    .filter((t): t is Exclude<TableToken, { kind: 'break' }> => t.kind !== 'break')
    .map((t) => `${t.line} ${t.kind} ${t.kind === 'label' ? t.text : t.raw}${t.kind === 'value' && t.endUnproven === true ? '?' : ''}`);
}

/** Columns of a row's seven cells (six applicant columns and the total). */
const COLUMNS = [20, 28, 36, 44, 52, 60, 68] as const;

/** A row's numbers at the seven columns, after its label at the margin. */
function row(label: string, numbers: readonly string[]): string {
  return placed([0, label], ...numbers.map((n, i): [number, string] => [COLUMNS[i] as number, n]));
}

/** Pieces at some of the seven columns (`null`: nothing there), after an optional label text. */
function under(pieces: readonly (string | null)[], label?: readonly [number, string]): string {
  const items: [number, string][] = label ? [[label[0], label[1]]] : [];
  pieces.forEach((p, i) => {
    if (p !== null) items.push([COLUMNS[i] as number, p]);
  });
  return placed(...items);
}

describe('grouped heads', () => {
  it('tells a grouped count broken inside a group from one printed whole', () => {
    expect(['169,6', '1,658,00', '12,00'].map(isGroupedHead)).toEqual([true, true, true]);
    expect(['169,691', '169', '1,658', '12.0'].map(isGroupedHead)).toEqual([false, false, false, false]);
    expect(completesGroupedHead([{ raw: '169,6' }, { raw: '91' }])).toBe(true);
    expect(completesGroupedHead([{ raw: '1,658,00' }, { raw: '9' }])).toBe(true);
    // (one digit short, one too many, a head printed whole)
    expect(completesGroupedHead([{ raw: '169,6' }, { raw: '9' }])).toBe(false);
    expect(completesGroupedHead([{ raw: '169,6' }, { raw: '911' }])).toBe(false);
    expect(completesGroupedHead([{ raw: '1,658' }, { raw: '9' }])).toBe(false);
  });
});

describe('grouped counts completed under their heads, pdftotext -layout', () => {
  it('joins a row whose every count wraps, each head over its tail (no grid of two rows)', () => {
    expect(
      tokensOf([
        row('一、本年新收申请', ['169,6', '241,1', '30,36', '201,4', '513,8', '201,5', '1,358,00']),
        under(['91', '07', '5', '36', '87', '23', '9']),
        placed([5, '数量']),
      ]),
    ).toEqual([
      '0 label 一、本年新收申请',
      '0 value 169,691',
      '0 value 241,107',
      '0 value 30,365',
      '0 value 201,436',
      '0 value 513,887',
      '0 value 201,523',
      '0 value 1,358,009',
      '2 label 数量',
    ]);
  });

  it('joins a head over its tail on a line of the row label going on, where the row adds up', () => {
    // 678 + 16 + 288 + 26,851 + 3,336 + 25,802 = 56,971
    expect(
      tokensOf([
        row('2.其他法', ['678', '16', '288', '26,85', '3,336', '25,80', '56,971']),
        under([null, null, null, '1', null, '2', null], [2, '律行政法']),
        placed([2, '规禁止公开']),
      ]),
    ).toEqual([
      // (the row's label pieces of its lines before its numbers, one row on one line)
      '0 label 2.其他法',
      '0 label 律行政法',
      '0 value 678',
      '0 value 16',
      '0 value 288',
      '0 value 26,851',
      '0 value 3,336',
      '0 value 25,802',
      '0 value 56,971',
      '2 label 规禁止公开',
    ]);
  });

  it('leaves the heads as label text where the row so joined does not add up', () => {
    // (26,851 + 25,802 and the rest make 56,971, not 56,970)
    const tokens = tokensOf([
      row('2.其他法', ['678', '16', '288', '26,85', '3,336', '25,80', '56,970']),
      under([null, null, null, '1', null, '2', null], [2, '律行政法']),
      placed([2, '规禁止公开']),
    ]);
    expect(tokens.filter((t) => t.includes(' value '))).toEqual([
      '0 value 678',
      '0 value 16',
      '0 value 288',
      '0 value 3,336',
      '0 value 56,970',
      '1 value 1?',
      '1 value 2?',
    ]);
    expect(tokens).toContain('0 label 26,85');
  });

  it('keeps the joins of the other rows where one row’s tails stand under no head', () => {
    const tokens = tokensOf([
      row('一、本年新收申请', ['169,6', '241,1', '30,36', '201,4', '513,8', '201,5', '1,358,00']),
      under(['91', '07', '5', '36', '87', '23', '9']),
      '',
      row('2.其他法', ['678', '16', '288', '26,85', '3,336', '25,80', '56,971']),
      // (the tails printed under `288` and `3,336`, not under the heads they complete)
      under([null, null, '1', null, '2', null, null], [2, '律行政法']),
    ]);
    expect(tokens.filter((t) => t.startsWith('0 '))).toEqual([
      '0 label 一、本年新收申请',
      '0 value 169,691',
      '0 value 241,107',
      '0 value 30,365',
      '0 value 201,436',
      '0 value 513,887',
      '0 value 201,523',
      '0 value 1,358,009',
    ]);
    // (the row refused: its heads label text, the numbers under them candidates only)
    expect(tokens.filter((t) => t.startsWith('3 ') || t.startsWith('4 '))).toEqual([
      '3 label 2.其他法',
      '3 value 678',
      '3 value 16',
      '3 value 288',
      '3 label 26,85',
      '3 value 3,336',
      '3 label 25,80',
      '3 value 56,971',
      '4 label 律行政法',
      '4 value 1?',
      '4 value 2?',
    ]);
  });

  it('joins a row of numbers alone printed from the margin (table 四) where a grouped head stands over its tail', () => {
    const lines = [placed([0, '58'], [5, '76'], [16, '74'], [22, '1,3'], [30, '14']), placed([0, '0'], [16, '1'], [23, '97'])];
    expect(tokensOf(lines)).toEqual(['0 value 580', '0 value 76', '0 value 741', '0 value 1,397', '0 value 14']);
    // (plain text, one space apart: nothing placed by position, the head label text)
    expect(tokensOf(['58 76 74 1,3 14', '0 1 97'])).toEqual([
      '0 value 58',
      '0 value 76',
      '0 value 74',
      '0 label 1,3',
      '0 value 14',
      '1 value 0?',
      '1 value 1?',
      '1 value 97?',
    ]);
    // (no grouped head: a line at the margin is not placed by position)
    expect(tokensOf([placed([0, '58'], [5, '76'], [16, '74'], [22, '103'], [30, '14']), placed([0, '0'], [16, '1'], [23, '97'])])).toEqual([
      '0 value 58',
      '0 value 76',
      '0 value 74',
      '0 value 103',
      '0 value 14',
      '1 value 0',
      '1 value 1',
      '1 value 97',
    ]);
  });

  it('reads probe 526 p07 lo-layout: every row of grouped counts but one (175 cells flagged before)', () => {
    const text = readFixture('probe-526-p07-lo-layout.txt');
    const rows: [string, number[]][] = [
      ['t3.results.granted', [8, 0, 71950, 2276, 0, 327, 74561]],
      ['t3.results.partiallyGranted', [62359, 1, 9049, 0, 5723, 8749, 85881]],
      ['t3.results.denied.stateSecret', [6112, 26454, 9739, 882, 898, 57, 44142]],
      ['t3.results.denied.securityStability', [2227, 59985, 34, 26, 5, 3021, 65298]],
      ['t3.results.denied.thirdPartyRights', [3726, 86, 483, 394, 825, 6903, 12417]],
      ['t3.results.denied.internalAffairs', [4, 30, 12004, 0, 73711, 346, 86095]],
      ['t3.results.denied.processInformation', [642, 3, 37, 86111, 9, 5488, 92290]],
      ['t3.results.denied.enforcementCaseFile', [0, 9, 51441, 91342, 0, 288, 143080]],
      ['t3.results.denied.administrativeQuery', [5227, 4, 83309, 69, 5, 0, 88614]],
      ['t3.results.unableToProvide.notHeld', [16, 6, 488, 4, 45544, 0, 46058]],
      ['t3.results.unableToProvide.needsCreation', [0, 341, 9003, 30, 45, 87, 9506]],
      ['t3.results.unableToProvide.stillUnclear', [221, 0, 5, 8367, 9, 74, 8676]],
      ['t3.results.notProcessed.petitionOrComplaint', [833, 12, 8628, 7891, 61397, 7603, 86364]],
      ['t3.results.notProcessed.duplicate', [0, 76, 21, 17813, 27, 0, 17937]],
      ['t3.results.notProcessed.publication', [54253, 68944, 22, 1702, 17, 26015, 150953]],
      ['t3.results.notProcessed.massRepeated', [827, 7649, 51030, 0, 109, 81087, 140702]],
      ['t3.results.notProcessed.confirmOrReissue', [34, 1, 4, 329, 50076, 25886, 76330]],
      ['t3.results.otherHandling.overdueCorrection', [883, 52410, 19964, 1, 89413, 605, 163276]],
      ['t3.results.otherHandling.unpaidFee', [723, 4745, 2857, 0, 48005, 0, 56330]],
      ['t3.results.otherHandling.other', [82991, 19484, 4, 229, 87911, 65304, 255923]],
      ['t3.results.total', [221764, 240256, 330360, 244317, 467065, 257642, 1761404]],
      ['t3.carriedForward', [1367, 889, 9, 2030, 50979, 15241, 70515]],
      ['t3.carriedOver', [53440, 38, 4, 44911, 4157, 71360, 173910]],
      ['t3.newReceived', [169691, 241107, 330365, 201436, 513887, 201523, 1658009]],
    ];
    for (const [row, want] of rows)
      expect(cellsUnder(text, `${row}.`).map((c) => (c.status === 'value' ? c.value : c.status))).toEqual(want);
    // (its tails printed under other numbers, past a page break: flagged, never stated)
    expect(cellsUnder(text, 't3.results.denied.prohibitedByLaw.').map((c) => c.status)).toEqual(new Array(7).fill('missing'));
  });
});
