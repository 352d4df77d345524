/**
 * `repairs/numbered-piece.ts` (issue 12, probe seed 307 p07, Chromium print, `pdftotext -layout`):
 * table 三's row labels in Word's narrow label cells, wrapped two characters a line, each row's
 * numbers on the line of its label's numbering (`（7）`), the rest of the label on the lines below.
 * A row found by a later piece of its label (`执法`) took the numbers after it, the next row's,
 * printed after that row's numbering (`（8）`): read so, a cell both readings left alike was stated
 * silently. Our own report (createReport, consistentCells), the table written as such text.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { parseHeadingNumber, type HeadingNumber } from '../src/grammar/heading.js';
import { decideNumberedPiece } from '../src/repairs/numbered-piece.js';
import type { RowItem } from '../src/tables/placement.js';
import type { LabelToken, TableToken } from '../src/tables/tokens.js';
import { table3Definition } from '../src/template/table3.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;
/** Characters a line of a wrapped label; width of the group column, the numbering and each number. */
const PIECE = 2;
const GROUP_W = 4;
const MARK_W = 6;
const CELL_W = 6;
const MARKER_RE = /^([（(][0-9一二三四五六七八九十]+[)）]|[0-9一二三四五六七八九十]+[.、])(.*)$/;

const pieces = (s: string): string[] => Array.from({ length: Math.ceil(s.length / PIECE) }, (_, i) => s.slice(i * PIECE, (i + 1) * PIECE));

/** Table 三's body rows as such text: numbering and numbers on a line, the label's rest below it. */
function narrowRows(pipeRows: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of pipeRows) {
    const cells = l.slice(2, -2).split(' | ');
    const at = cells.findIndex((c) => /^\d+$/.test(c));
    const labels = cells.slice(0, at);
    const values = cells.slice(at);
    const [, mark, rest] = MARKER_RE.exec(labels[labels.length - 1] as string) as unknown as [string, string, string];
    // (a sub-item's `7.` printed `（7）`, as the report's Word table numbers it)
    const marker = mark.replace(/^(\d+)\.$/, '（$1）');
    const group = labels.length > 1 ? pieces(labels[0] as string) : [];
    const text = pieces(rest);
    for (let k = 0; k <= Math.max(text.length, group.length - 1); k++) {
      const left = ' '.repeat(GROUP_W - (group[k] ?? '').length * 2) + (group[k] ?? '');
      if (k === 0) out.push(`${left}${marker.padEnd(MARK_W)}${values.map((v) => v.padStart(CELL_W)).join('')}`);
      else out.push(`${left}  ${text[k - 1] ?? ''}`.trimEnd());
    }
  }
  return out;
}

/** The report's text with table 三's body (from its first row to its last) written narrow. */
function narrowText(): { text: string; cells: Record<string, number> } {
  const cells = consistentCells(7, VERSIONS);
  const report = createReport({ versions: VERSIONS, cells, meta: { agency: '示例县示例局', year: 2022 } });
  const pipe = renderReport(report, { to: 'text' }).split('\n');
  const from = pipe.findIndex((l) => l.startsWith('| 一、本年新收'));
  const to = pipe.findIndex((l) => l.startsWith('| 四、结转'));
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const a = lines.findIndex((l) => l.includes('一、本年新收'));
  const b = lines.findIndex((l) => l.includes('四、结转'));
  return { text: [...lines.slice(0, a), ...narrowRows(pipe.slice(from, to + 1)), ...lines.slice(b + 1)].join('\n'), cells };
}

describe('a row found by a later piece of its wrapped label, the numbers after it on the next row’s numbered line', () => {
  it('states no cell of table 三 wrong', () => {
    const { text, cells } = narrowText();
    expect(text).toContain('\n    （7）        3');
    const { report } = parseReport(text);
    const wrong = listCells(report!).filter((c) => c.address.startsWith('t3.') && c.status === 'value' && c.value !== cells[c.address]);
    expect(wrong.map((c) => `${c.address} ${c.value}`)).toEqual([]);
  });
});

/** Tokens of one table line by hand: labels and numbers at their offsets. */
function line(at: number, n: number, parts: readonly string[]): TableToken[] {
  let start = at;
  return parts.map((p, i) => {
    const base = { start, end: start + p.length, line: n, gapBefore: 0, lineStart: i === 0 };
    start += p.length + 2;
    return /^\d+$/.test(p)
      ? { ...base, kind: 'value', raw: p, content: { kind: 'number', value: Number(p), signed: false, digits: p } }
      : { ...base, kind: 'label', text: p };
  }) as TableToken[];
}

/** Whether a data row's template label (2021) carries the numbering. */
const numbersARow = (n: HeadingNumber): boolean =>
  table3Definition('2021').rows.some((r) => {
    const own = r.type === 'group' ? null : parseHeadingNumber(r.label.normalize('NFKC'));
    return own?.level === n.level && own.value === n.value;
  });

/**
 * The decision for a row of numbering `own` found by `label`, its numbers on line 2 after `beside`
 * (with `besideFound`, the label of another row the reader found).
 */
function decide(own: string, label: string, beside: string, besideFound = false): string[] {
  const tokens = [...line(0, 1, [label]), ...line(100, 2, [beside, '0', '52', '11', '58', '0', '0', '121'])];
  const items: RowItem[] = tokens.filter((t) => t.kind === 'value').map((token) => ({ token, collapsedBefore: 0, run: 0 }) as RowItem);
  const other = { row: 't3.y', templateNumber: parseHeadingNumber(beside.normalize('NFKC')), labels: [tokens[1] as LabelToken], items: [] };
  return decideNumberedPiece({
    tokens,
    rows: [
      { row: 't3.x', templateNumber: parseHeadingNumber(own.normalize('NFKC')), labels: [tokens[0] as LabelToken], items },
      ...(besideFound ? [other] : []),
    ],
    numberingOf: (l) => parseHeadingNumber(l.text.normalize('NFKC')),
    numbersARow,
  }).map((d) => `${d.row} ${d.piece.text}`);
}

describe('decideNumberedPiece', () => {
  it('contests a row whose numbers stand after another data row’s numbering (（8） for 7., （七） for 3.)', () => {
    expect(decide('7.属于行政执法案卷', '执法', '（8）')).toEqual(['t3.x （8）']);
    expect(decide('3.其他', '其他', '（七）')).toEqual(['t3.x （七）']);
  });

  it('leaves a row alone beside its own numbering or a group’s (（三） begins no row: r04 lo-layout lost 7 right cells to it)', () => {
    expect(decide('4.保护第三方合法权益', '4.保护第三方合法权', '（三）')).toEqual([]);
    expect(decide('4.保护第三方合法权益', '保护', '（4）')).toEqual([]);
    expect(decide('4.保护第三方合法权益', '保护', '不予公')).toEqual([]);
  });

  it('leaves a row alone beside the label of a row the reader found (seed 135 chromium-layout kept 7 right cells)', () => {
    expect(decide('2.重复申请', '2.重复申请', '3.要求提供公开出版物', true)).toEqual([]);
    expect(decide('2.重复申请', '2.重复申请', '3.要求提供公开出版物')).toEqual(['t3.x 3.要求提供公开出版物']);
  });
});

describe('decideNumberedPiece: a numbering set off from its label text by a cell gap (issue 12, probe 337 p10 lo-pdf)', () => {
  /** Row `（一）予以公开` found on line 1, its numbers on line 2 after `pieces` (label tokens of their own). */
  function decideSplit(pieces: readonly string[], found = false): string[] {
    const tokens = [...line(0, 1, ['予以公开']), ...line(100, 2, [...pieces, '0', '36', '36'])];
    const items: RowItem[] = tokens.filter((t) => t.kind === 'value').map((token) => ({ token, collapsedBefore: 0, run: 0 }) as RowItem);
    const other = { row: 't3.y', templateNumber: null, labels: [tokens[tokens.length - 4] as LabelToken], items: [] };
    return decideNumberedPiece({
      tokens,
      rows: [
        { row: 't3.x', templateNumber: parseHeadingNumber('（一）予以公开'.normalize('NFKC')), labels: [tokens[0] as LabelToken], items },
        ...(found ? [other] : []),
      ],
      numberingOf: (l) => parseHeadingNumber(l.text.normalize('NFKC')),
      numbersARow,
    }).map((d) => `${d.row} ${d.piece.text}`);
  }

  it('reads the numbering of the pieces before the nearest one on the line (`（二）  部分`)', () => {
    expect(decideSplit(['（二）', '部分'])).toEqual(['t3.x 部分']);
  });

  it('leaves the row alone where no piece before is numbered, or the numbering is its own or a group’s', () => {
    expect(decideSplit(['度办', '部分'])).toEqual([]);
    expect(decideSplit(['（一）', '予以'])).toEqual([]);
    expect(decideSplit(['（三）', '不予'])).toEqual([]);
  });

  it('leaves the row alone where the nearest piece is a found row’s label', () => {
    expect(decideSplit(['（二）', '部分'], true)).toEqual([]);
  });
});

describe('decideNumberedPiece: the numbered piece on a line before the numbers (plain text, issue 12, probe 340 p02 lo-plain)', () => {
  /** Row `3.补正后申请内容仍不明确` found on line 1; `between` on line 2; its numbers on line 3 (a cell a line in plain text: one line here). */
  function decideAcross(between: readonly string[]): string[] {
    const tokens = [
      ...line(0, 1, ['3.补正后申请内容仍不明确']),
      ...line(100, 2, between),
      ...line(200, 3, ['0', '61', '0', '0', '0', '16', '77']),
    ];
    const items: RowItem[] = tokens
      .filter((t) => t.kind === 'value' && t.line === 3)
      .map((token) => ({ token, collapsedBefore: 0, run: 0 }) as RowItem);
    return decideNumberedPiece({
      tokens,
      rows: [{ row: 't3.x', templateNumber: parseHeadingNumber('3.补正后申请内容仍不明确'), labels: [tokens[0] as LabelToken], items }],
      numberingOf: (l) => parseHeadingNumber(l.text.normalize('NFKC')),
      numbersARow,
    }).map((d) => `${d.row} ${d.piece.text}`);
  }

  it('contests a row whose numbers follow, line ends only between, another row’s numbered beginning (`1、信访`)', () => {
    expect(decideAcross(['1、信访'])).toEqual(['t3.x 1、信访']);
  });

  it('leaves the row alone where a number stands between, or the piece is unnumbered', () => {
    expect(decideAcross(['1、信访', '5'])).toEqual([]);
    expect(decideAcross(['举报投诉'])).toEqual([]);
  });
});
