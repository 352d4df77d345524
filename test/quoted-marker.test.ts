/**
 * A blank marker quoted in a sentence is a word, not a cell: a table's note explaining its marker
 * (`注：表中“——”表示无此项数据`) glued to the last row's numbers (text with its spaces lost) read
 * the quoted `——` as that row's blank total (probe seed 112, glued: 288 read blank, silently).
 */
import { describe, expect, it } from 'vitest';
import { tokenKinds as kinds } from './helpers/token-kinds.js';

describe('a quoted blank marker', () => {
  it('is part of the sentence around it', () => {
    expect(kinds('结转下年度继续办理0949688552 88注：表中“——”表示无此项数据。')).toEqual([
      'label:结转下年度继续办理',
      'value:0949688552',
      'value:88',
      'label:注：表中“——”表示无此项数据。',
    ]);
    expect(kinds('注：表中"—"表示无此项数据')).toEqual(['label:注：表中"—"表示无此项数据']);
  });

  it('a marker between cells, or with a quote on one side only, stays a blank cell', () => {
    expect(kinds('规章 —— 5')).toContain('blank:——');
    expect(kinds('表中“—— 5')).toContain('blank:——');
  });
});
