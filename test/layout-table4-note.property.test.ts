/**
 * Table 四 laid out from positioned items (positions of our own): the header's result words as one
 * text item of spaced words (sometimes one word printed as two, `尚未 审结`, or each group's words
 * as items of their own), the values under their words (left-aligned, centred or right-aligned,
 * jittered), blank cells printing nothing, and sometimes a note just below the row ending in a
 * figure, with its marker (`注：数据截至 2023 年 12`) or in plain words (`数据截至时间 2023 年 12`).
 * Every stated cell of table 四 is the truth or named by a failing rule or a warning: the note's
 * figures are never the row's cells. Fixed seed (PROP_SEED and PROP_RUNS to hunt).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, validateReport, type PositionedText } from 'zfxxgk-report';

/** One text item: CJK one size wide, a space `space` wide, digits and Latin a little over half. */
function item(text: string, x: number, y: number, size: number, space: number): PositionedText {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? size : ch === ' ' ? space : size * 0.55;
  return { text, page: 1, x, y, width: w, size };
}

const WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const cell = fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 100, max: 9999 }));
/** One group: four results and their total (blank where all four are blank or zero, sometimes). */
const group = fc.tuple(cell, cell, cell, cell, fc.boolean()).map(([a, b, c, d, blankTotal]) => {
  const s = (a ?? 0) + (b ?? 0) + (c ?? 0) + (d ?? 0);
  return [a, b, c, d, blankTotal && s === 0 ? null : s];
});

interface Case {
  values: (number | null)[];
  spaceEm: number;
  align: number;
  splitWord: number;
  jitter: number[];
  size: number;
  wordItems: boolean;
  /** The note under the row (drawn where `splitWord` is a multiple of 3; default: `注：数据截至 2023 年 12`). */
  note?: Note;
}

/** A note under the row: `words figure unit figure`, from `x` (points). */
interface Note {
  /** Its opening words: a marked note (`注：数据截至`) or plain words (`数据截至时间`, `本机关涉及部门`). */
  words: string;
  /** The word after its first figure: a date's unit (`年`) or none (`个`, `件`). */
  unit: string;
  /** Its two figures. */
  figures: readonly [number, number];
  /** Where it starts (points; the row starts at 60). */
  x: number;
}

/** Notes of every kind: with and without a marker, with and without a date unit, figures falling under any column. */
const note: fc.Arbitrary<Note> = fc.record({
  words: fc
    .tuple(
      fc.constantFrom('', '注：', '备注：', '说明：'),
      fc.constantFrom('数据截至时间', '本机关涉及部门', '全年共办理', '统计范围包括', '本单位'),
    )
    .map(([marker, words]) => marker + words),
  unit: fc.constantFrom('年', '月', '个', '件', '项'),
  figures: fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 999 })),
  x: fc.integer({ min: 57, max: 300 }),
});

function items(c: Case): PositionedText[] {
  const { values, align, splitWord, jitter, size } = c;
  const space = c.spaceEm * size;
  const words = [...WORDS, ...WORDS, ...WORDS].map((w, k) => (k === splitWord && w.length === 4 ? `${w.slice(0, 2)} ${w.slice(2)}` : w));
  const starts: number[] = [];
  let x = 60;
  for (const w of words) {
    starts.push(x);
    x += item(w, 0, 0, size, space).width + space;
  }
  const header = c.wordItems
    ? words.map((w, k) => item(w, starts[k] as number, 419, size, space))
    : [item(words.join(' '), 60, 419, size, space)];
  const { words: noteWords, unit, figures, x: noteX } = c.note ?? { words: '注：数据截至', unit: '年', figures: [2023, 12], x: 57 };
  const n = noteWords.length;
  const first = item(String(figures[0]), 0, 0, size, space).width;
  const noteItems =
    splitWord % 3 === 0
      ? [
          item(noteWords, noteX, 385, size, space),
          item(String(figures[0]), noteX + n * size + space, 385, size, space),
          item(unit, noteX + n * size + 2 * space + first, 385, size, space),
          item(String(figures[1]), noteX + (n + 1) * size + 3 * space + first, 385, size, space),
        ]
      : [];
  return [
    item('四、政府信息公开行政复议、行政诉讼情况', 58, 460, size, space),
    item('行政复议', 60, 436, size, space),
    item('行政诉讼（未经复议直接起诉）', starts[5] as number, 436, size, space),
    item('行政诉讼（复议后起诉）', starts[10] as number, 436, size, space),
    ...header,
    ...noteItems,
    ...values.flatMap((v, k) => {
      if (v === null) return [];
      const value = item(String(v), 0, 0, size, space);
      const word = item(words[k] as string, 0, 0, size, space).width;
      const at = starts[k] as number;
      const j = jitter[k] as number;
      const vx = align === 0 ? at + j : align === 1 ? at + (word - value.width) / 2 : at + word - value.width - j;
      return [{ ...value, x: vx, y: 400 }];
    }),
  ];
}

/** The addresses of table 四 stated wrong and named by no failing rule or warning. */
function silentWrong(c: Case): string[] {
  const r = parsePositionedText(items(c));
  if (!r.report) return [];
  const failing = validateReport(r.report).checks.filter((k) => k.status === 'fail');
  const warnings = r.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error');
  const named = (address: string): boolean =>
    failing.some((f) => f.addresses.includes(address)) ||
    warnings.some((d) => (d.addresses?.length ? d.addresses.includes(address) : d.path === 't4' || d.path === address));
  return listCells(r.report)
    .filter((k) => k.address.startsWith('t4.'))
    .flatMap((k, j) => {
      if (k.status !== 'value' && k.status !== 'blank') return [];
      const got = k.status === 'blank' ? null : k.value;
      return got !== c.values[j] && !named(k.address) ? [`${k.address}=${String(got)}`] : [];
    });
}

/** The property: no cell stated wrongly without a name, the note as given (the marked dated note by default) or drawn. */
function statesNothingWrong(given?: Partial<Note> | 'drawn'): void {
  fc.assert(
    fc.property(
      fc.tuple(group, group, group),
      fc.double({ min: 0.2, max: 0.6, noNaN: true }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: -1, max: 14 }),
      fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 15, maxLength: 15 }),
      fc.constantFrom(8.5, 10.5, 12),
      fc.boolean(),
      note,
      (groups, spaceEm, align, splitWord, jitter, size, wordItems, drawn) => {
        const c: Case = {
          values: groups.flat(),
          spaceEm,
          align,
          splitWord,
          jitter,
          size,
          wordItems,
          ...(given === undefined ? {} : { note: given === 'drawn' ? drawn : { ...FIXED_NOTE, ...given } }),
        };
        expect(silentWrong(c)).toEqual([]);
      },
    ),
    { numRuns: Number(process.env.PROP_RUNS ?? 200), seed: Number(process.env.PROP_SEED ?? 20261204) },
  );
}

/** The note the fixed cases vary: `注：数据截至 2023 年 12` at the row's left. */
const FIXED_NOTE: Note = { words: '注：数据截至', unit: '年', figures: [2023, 12], x: 57 };

describe('property: table 四 under a one-item header of spaced words, a note with figures below', () => {
  it('states no cell wrongly without naming it', () => statesNothingWrong());
});

describe('property: the same, the note in plain words without a marker', () => {
  it('states no cell wrongly without naming it', () => statesNothingWrong({ words: '数据截至时间' }));
});

describe('property: the same, a note without a date unit', () => {
  it('states no cell wrongly without naming it (plain words)', () => statesNothingWrong({ words: '本机关涉及部门', unit: '个' }));
  it('states no cell wrongly without naming it (marker)', () => statesNothingWrong({ words: '注：本机关涉及部门', unit: '个' }));
});

describe('property: the same, notes drawn (marker or none, date unit or none, anywhere under the row)', () => {
  it('states no cell wrongly without naming it', () => statesNothingWrong('drawn'));
});
