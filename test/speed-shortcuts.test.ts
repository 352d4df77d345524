/**
 * Shortcuts taken for speed (issue 16) must give what the long way gives: the one-walk label check
 * of table 三's run-on labels (`keyWhereMayEnd`) against `mayEndWith` and `keyOf`, on every label
 * the gauntlet's tool output holds and on every cut of the template's labels; `placeReadings`,
 * which compares a column's values without a `Set`, against the column-by-`Set` reading; and the
 * shortened labels' `mayEndWith`, whose character check reads pages of a typed array, against every
 * row's label tried in full.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTERED_VERSIONS } from '../src/template/registry.js';
import { table3Definition } from '../src/template/table3.js';
import { cleanLabel, ExactLabels, hasCleanContent } from '../src/tables/label-match.js';
import { detectLayout, tokenize, type ValueToken, type BlankToken } from '../src/tables/tokens.js';
import { joinParagraphCells, lexLines } from '../src/grammar/lines.js';
import { placeReadings, type RowItem } from '../src/tables/placement.js';
import { isSubsequence, ShortenedLabels } from '../src/tables/shortened-labels.js';
import { parseHeadingNumber } from '../src/grammar/heading.js';

const EXACT = new ExactLabels(
  REGISTERED_VERSIONS.flatMap((v) => table3Definition(v).rows).map((r) => ({
    key: r.key,
    labels: [cleanLabel(r.label).clean],
    keywords: [],
  })),
);
const longWay = (text: string): string | null | undefined => (EXACT.mayEndWith(text) ? EXACT.keyOf(text) : undefined);

const GAUNTLET = join(import.meta.dirname, 'gauntlet');
const labelTexts = readdirSync(GAUNTLET, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => {
    const text = readFileSync(join(GAUNTLET, f), 'utf8');
    const lines = joinParagraphCells(lexLines(text), text);
    return tokenize(lines, detectLayout(lines)).flatMap((t) => (t.kind === 'label' ? [t.text] : []));
  });

describe('keyWhereMayEnd: mayEndWith and keyOf in one walk', () => {
  it('on every label of the gauntlet’s tool output', () => {
    let keyed = 0;
    let cut = 0;
    for (const text of labelTexts) {
      const got = EXACT.keyWhereMayEnd(text);
      expect(got, text).toBe(longWay(text));
      if (typeof got === 'string') keyed++;
      if (got === null) cut++;
    }
    // (all three answers occur)
    expect(keyed).toBeGreaterThan(0);
    expect(cut).toBeGreaterThan(0);
    expect(labelTexts.length - keyed - cut).toBeGreaterThan(0);
  });

  it('on every head and tail of the template’s labels, and two labels run together', () => {
    const labels = REGISTERED_VERSIONS.flatMap((v) => table3Definition(v).rows).map((r) => r.label);
    for (const [i, l] of labels.entries()) {
      const texts = [l, `${l}${labels[(i + 1) % labels.length] as string}`];
      for (let at = 1; at < l.length; at++) texts.push(l.slice(0, at), l.slice(at));
      for (const text of texts) expect(EXACT.keyWhereMayEnd(text), text).toBe(longWay(text));
    }
  });
});

describe('placeReadings: a column keeps a value only when every reading agrees', () => {
  const value = (v: number, start: number): RowItem => ({
    token: {
      kind: 'value',
      raw: String(v),
      content: { kind: 'number', value: v, signed: false, digits: String(v) },
      start,
      end: start + 1,
      line: 0,
      gapBefore: 0,
      lineStart: false,
    } as ValueToken,
    collapsedBefore: 0,
    run: 0,
  });
  const blank = (start: number): RowItem => ({
    token: { kind: 'blank', raw: '-', start, end: start + 1, line: 0, gapBefore: 0, lineStart: false } as BlankToken,
    collapsedBefore: 0,
    run: 0,
  });

  it('agrees with the reading by a Set of each column’s values', () => {
    // Three readings of three cells: column 0 agreed (5), column 1 two values (7, 8), column 2 a
    // blank in one reading and 0 in the others.
    const readings = [
      [value(5, 0), value(7, 2), blank(4)],
      [value(5, 10), value(8, 12), value(0, 14)],
      [value(5, 20), value(7, 22), value(0, 24)],
    ];
    const placed = placeReadings(readings, 3);
    expect(placed.columns[0]).toEqual({ status: 'value', token: (readings[0] as RowItem[])[0]?.token });
    expect(placed.columns[1]).toMatchObject({ status: 'ambiguous', candidates: [7, 8] });
    expect(placed.columns[2]).toMatchObject({ status: 'ambiguous', candidates: [0] });
    // Blanks in every reading: a blank column.
    const blanks = placeReadings([[blank(0)], [blank(5)]], 1);
    expect(blanks.columns[0]).toEqual({ status: 'blank', token: blank(0).token });
  });
});

describe('ShortenedLabels.mayEndWith: the character check by pages gives what every row tried gives', () => {
  // (each row once, by key, as table 三 builds its index)
  const byKey = new Map(REGISTERED_VERSIONS.flatMap((v) => table3Definition(v).rows).map((r) => [r.key, r]));
  const rows = [...byKey.values()].filter((r) => r.keywords.length > 0);
  const index = new ShortenedLabels(rows.map((r) => ({ key: r.key, label: r.label, keywords: r.keywords })));
  // (the rows the index keeps: numbered ones; their cleaned labels)
  const kept = rows.filter((r) => parseHeadingNumber(r.label) !== null).map((r) => cleanLabel(r.label).clean);
  const longWay = (tail: string): boolean => hasCleanContent(tail) && kept.some((full) => isSubsequence(cleanLabel(tail).clean, full));

  it('on every label of the gauntlet’s tool output and every cut of the template’s labels', () => {
    const texts = [...labelTexts];
    for (const r of rows) for (let at = 0; at < r.label.length; at++) texts.push(r.label.slice(at), r.label.slice(0, at + 1));
    // (characters on no page of the index, on a page with none of theirs, and punctuation only)
    texts.push('', '、', 'abc', '\u{20000}', '\u4e00', '\uffff', '信息\u9fff', '补正');
    let yes = 0;
    for (const text of texts) {
      const got = index.mayEndWith(text);
      expect(got, text).toBe(longWay(text));
      if (got) yes++;
    }
    expect(yes).toBeGreaterThan(0);
    expect(texts.length - yes).toBeGreaterThan(0);
  });
});
