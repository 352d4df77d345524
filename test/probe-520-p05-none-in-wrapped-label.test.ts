/**
 * Table 三 of our own 2021 report with blank rows, through Chromium and `pdftotext -layout` (probe
 * seed 520 p05): the row label `1.申请人无正当理由逾期不补正、…` wraps in its narrow cell four
 * characters a line (`申请人无` / `正当理由` / `逾期不补` …), its numbers on the first piece's line
 * set off by single spaces (`其他 申请人无 0 27 61          43 54 185`). The tokenizer read the `无`
 * ending the word right before a cell as a blank cell of its own (`1.属于国家秘密无 0 0`, one-line
 * text), so the row held seven cells and was read in order: 自然人 blank, 商业企业 0, 科研机构 27,
 * 社会公益组织 61 — one column off, four cells silently wrong (the row sum holds either way). The
 * label's piece under the word, at its column, spells with it a run of the template's label through
 * the `无` (`人无正`): the `无` is label text, and the six numbers are placed by their columns.
 */
import { describe, expect, it } from 'vitest';
import { tokenKinds as kinds } from './helpers/token-kinds.js';
import { readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';

const ROW = 't3.results.otherHandling.overdueCorrection.';
/** The row as generated: 自然人 0, 商业企业 27, 科研机构 61, 社会公益组织 blank, 法律服务机构 43, 其他 54, 总计 185. */
const TRUTH = [0, 27, 61, null, 43, 54, 185];

describe('a 无 ending a label word, the label going on under it at its column', () => {
  it('is label text where the piece under it spells a template label through it', () => {
    const layout = ['   其他 申请人无 0 27 61          43 54 185', '   处理 正当理由', '      逾期不补'];
    expect(kinds(layout.join('\n'))).toEqual([
      'label:其他 申请人无',
      'value:0',
      'value:27',
      'value:61',
      'value:43',
      'value:54',
      'value:185',
      'label:处理 正当理由',
      'label:逾期不补',
    ]);
    // (one empty line between, as LibreOffice's -layout spaces them)
    expect(kinds(['申请人无 0 27', '', '正当理由'].join('\n')).slice(0, 2)).toEqual(['label:申请人无', 'value:0']);
  });

  it('stays a blank cell where nothing under it goes on with a template label through it', () => {
    // no line under the word (one-line text)
    expect(kinds('1.属于国家秘密无 0 0').slice(0, 2)).toEqual(['label:1.属于国家秘密', 'blank:无']);
    // a piece under it that spells no template label through the 无
    expect(kinds(['   其他 属于国家秘密无 0 27', '   处理 正当理由'].join('\n')).slice(0, 2)).toEqual([
      'label:其他 属于国家秘密',
      'blank:无',
    ]);
    // the piece not under the word's first character
    expect(kinds(['其他 申请人无 0 27', '          正当理由'].join('\n')).slice(0, 2)).toEqual(['label:其他 申请人', 'blank:无']);
    // the next line holding numbers, not the label's piece
    expect(kinds(['其他 申请人无 0 27', '43 54 185', '处理 正当理由'].join('\n')).slice(0, 2)).toEqual(['label:其他 申请人', 'blank:无']);
  });

  it.each(['probe-520-p05-chromium-layout.txt', 'probe-520-p05-chromium-hf-layout.txt'])(
    'probe seed 520 p05 (%s): 申请人无正当理由逾期不补正… states no cell one column off',
    (fixture) => {
      const text = readFixture(fixture);
      expect(statedOtherwise(text, ROW, TRUTH)).toEqual([]);
      // 43's column stands between 社会公益组织's and 法律服务机构's: both candidates, nothing stated
      expect(shown(text, ROW)).toEqual([0, 27, 61, 'ambiguous', 'ambiguous', 54, 185]);
    },
  );
});
