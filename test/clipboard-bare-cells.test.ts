/**
 * Clipboard text (Chromium copy) of a table whose filled cells are paragraphs and whose empty cells
 * hold an NBSP and no paragraph: the empty cell is a line of spaces and TABs (` \t`) right above the
 * next cell, with no empty line between. Where the text is a cell per line, that line is the row's
 * blank cell (or cells), so the row keeps its shape.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport } from 'zfxxgk-report';
import { lexLines } from '../src/grammar/lines.js';
import { consistentReport } from './helpers/fixtures.js';
import { clipboardBareCells } from './helpers/layouts.js';

const cellsOf = (text: string, prefix: string): [string, string, number | null][] =>
  listCells(parseReport(text).report!)
    .filter((c) => c.address.startsWith(prefix))
    .map((c) => [c.address.slice(prefix.length), c.status, c.value]);

/** Paragraphs between single empty lines; a `\n` inside an entry keeps its lines together. */
const paragraphs = (...items: string[]): string => items.join('\n\n');

const HEAD = ['某某局2023年政府信息公开工作年度报告', '二、主动公开政府信息情况'];
const T2_ARTICLE_1 = ['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'];
/** Table 二's first rows, a cell per paragraph (the text needs a few before it reads as one). */
const T2_ARTICLE_1_ROWS = ['规章', ' 13 ', ' 7 ', ' 20 ', '行政规范性文件', ' 10 ', ' 9 ', ' 10 '];

describe('lines of spaces and TABs', () => {
  it('count their TAB-separated fields and say whether a TAB ends them', () => {
    const lines = lexLines(' \t\n \n \t \t \n\t\t\n\n\f\na\tb');
    expect(lines.map((l) => l.spaces)).toEqual([
      { fields: 2, tabEnd: true },
      { fields: 1, tabEnd: false },
      { fields: 3, tabEnd: false },
      { fields: 3, tabEnd: true },
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('clipboard text: an empty cell written as a line of spaces right above the next cell', () => {
  it('is a blank cell in the middle of a table-二 row, and the full row after it keeps its numbers', () => {
    const text = paragraphs(
      ...HEAD,
      ...T2_ARTICLE_1,
      '规章',
      ' 13 ',
      ' \t\n 20 ',
      '行政规范性文件',
      ' 10 ',
      ' 9 ',
      ' 10 ',
      '三、收到和处理政府信息公开申请情况',
    );
    expect(cellsOf(text, 't2.art20_1.')).toEqual([
      ['regulations.issued', 'value', 13],
      ['regulations.repealed', 'blank', null],
      ['regulations.currentlyValid', 'value', 20],
      ['normativeDocuments.issued', 'value', 10],
      ['normativeDocuments.repealed', 'value', 9],
      ['normativeDocuments.currentlyValid', 'value', 10],
    ]);
  });

  it('is the one cell of a row when it stands right above the next row label', () => {
    const text = paragraphs(
      ...HEAD,
      ...T2_ARTICLE_1,
      ...T2_ARTICLE_1_ROWS,
      '第二十条第(六)项',
      '信息内容',
      '本年处理决定数量',
      '行政处罚',
      ' \n行政强制',
      ' 19 ',
      '三、收到和处理政府信息公开申请情况',
    );
    expect(cellsOf(text, 't2.art20_6.')).toEqual([
      ['administrativePenalty.decisionCount', 'blank', null],
      ['administrativeCompulsion.decisionCount', 'value', 19],
    ]);
  });

  it('is no cell where lines hold rows of numbers (a row per line)', () => {
    const text = paragraphs(
      ...HEAD,
      ...T2_ARTICLE_1,
      '规章  13  7  20',
      '行政规范性文件  10  9  10',
      '第二十条第(六)项',
      '信息内容  本年处理决定数量',
      '行政处罚  5',
      ' \n行政强制  19',
      '三、收到和处理政府信息公开申请情况',
    );
    expect(cellsOf(text, 't2.art20_6.')).toEqual([
      ['administrativePenalty.decisionCount', 'value', 5],
      ['administrativeCompulsion.decisionCount', 'value', 19],
    ]);
  });

  it('reads back every cell of reports with blanks written so', () => {
    let blanks = 0;
    let readBlank = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2021' : '2019', {
        blanks: [seed * 3, seed * 11 + 2, seed * 17 + 5, 60 + seed, 190 + (seed % 9), seed * 7 + 1],
        scale: 15,
      });
      const back = new Map(listCells(parseReport(clipboardBareCells(renderReport(r, { to: 'text' }))).report!).map((c) => [c.address, c]));
      for (const want of listCells(r)) {
        const got = back.get(want.address)!;
        if (want.status === 'blank') {
          blanks++;
          if (got.status === 'blank') readBlank++;
          else expect([want.address, got.status], `seed ${seed}`).toEqual([want.address, expect.stringMatching(/^(missing|ambiguous)$/)]);
        } else expect([want.address, got.status, got.value], `seed ${seed}`).toEqual([want.address, want.status, want.value]);
      }
    }
    expect(readBlank).toBe(blanks);
  });
});

describe('browser text of a table 四 left blank: a line of TABs under its header', () => {
  const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  // (the header's last rows: fifteen result cells, or 行政复议's five a row higher, beside the two litigation groups)
  const HEADER = ['未经复议直接起诉\t复议后起诉', [...RESULTS, ...RESULTS, ...RESULTS].join('\t')];
  const HEADER_RAISED = [[...RESULTS, '未经复议直接起诉', '复议后起诉'].join('\t'), [...RESULTS, ...RESULTS].join('\t')];
  const table4 = (row: string, header = HEADER): string =>
    [
      '某某局2023年政府信息公开工作年度报告',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议\t行政诉讼',
      ...header,
      row,
      '五、存在的主要问题及改进情况',
      '无。',
    ].join('\n');
  const statuses = (text: string): string[] => [
    ...new Set(
      listCells(parseReport(text).report!)
        .filter((c) => c.address.startsWith('t4.'))
        .map((c) => c.status),
    ),
  ];

  it('is a row of fifteen blank cells (innerText: fourteen TABs; clipboard: NBSPs between them)', () => {
    expect(statuses(table4('\t'.repeat(14)))).toEqual(['blank']);
    expect(statuses(table4(`${' \t'.repeat(14)} `))).toEqual(['blank']);
    expect(statuses(table4(`${' \t'.repeat(14)} `, HEADER_RAISED))).toEqual(['blank']);
  });

  it('is no row where it holds fewer fields than the row above it', () => {
    expect(statuses(table4('\t'.repeat(9)))).toEqual(['missing']);
  });
});
