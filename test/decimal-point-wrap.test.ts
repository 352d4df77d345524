/**
 * A decimal amount wrapped in its narrow cell (issue 12, probe seed 224 p12: LibreOffice prints
 * `１０１８３．` on a line above the row's line and `８` below it). A number cut at its decimal point
 * (`10183.`, `.8`) is joined with the rest of it where the evidence holds (`stacked-numbers.ts` in
 * `pdftotext -layout` text, `open-fractions.ts` in plain text, `layout/wrapped-numbers.ts` from a
 * PDF's positions), and is never stated where it is not: its cell is `ambiguous` or `missing`, and
 * what may be its other piece is not stated in it either. Reports of our own
 * (test/helpers/fixtures.ts); the wrapped rows are written here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReport, layoutText, listCells, parseReport, type TemplateVersion } from 'zfxxgk-report';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { renderInLayout } from './helpers/layouts.js';
import { statedDiffering } from './helpers/probe-fixtures.js';
import { item, PARAGRAPH_LINES, textLines } from './helpers/positioned-items.js';

const ROW = 't2.art20_9.centralizedProcurement';
const AMOUNT = `${ROW}.procurementTotalAmount`;
const COUNT = `${ROW}.procurementItemCount`;
const VERSIONS = { table2: '2019', table3: '2019' } as const;

/** A 2019 report of our own, `pdftotext -layout` style, with the procurement row replaced by what `row` makes of it. */
function withRow(row: (label: string, column: number) => string[]): string {
  const report = createReport({
    versions: VERSIONS,
    cells: { ...consistentCells(7, VERSIONS), [COUNT]: 172, [AMOUNT]: 10183.8 },
    meta: { agency: '示例县示例局', year: 2020 },
  });
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const at = lines.findIndex((l) => l.includes('政府集中采购'));
  const line = lines[at] as string;
  const column = line.indexOf('10183.8');
  if (column < 0) throw new Error('no amount on the row');
  lines.splice(at, 1, ...row(line.slice(0, column).trimEnd(), column));
  return lines.join('\n');
}

/** Text at a character column. */
const at = (column: number, text: string): string => ' '.repeat(column) + text;

/** The procurement row's cells: the value, or the status where none is stated. */
function procurement(text: string): { count: number | string | null; amount: number | string | null } {
  const { report } = parseReport(text);
  const cells = new Map((report ? listCells(report) : []).map((c) => [c.address, c]));
  const read = (address: string): number | string | null => {
    const c = cells.get(address);
    return c === undefined ? null : c.status === 'value' ? c.value : c.status;
  };
  return { count: read(COUNT), amount: read(AMOUNT) };
}

/** The tokens of some lines as `line kind text`, breaks left out (`stackedNumbers` off: text laid out from a PDF). */
function tokensOf(lines: readonly string[], stackedNumbers = true): string[] {
  const lexed = lexLines(lines.join('\n'));
  return tokenize(lexed, detectLayout(lexed), null, { stackedNumbers })
    .filter((t): t is Exclude<TableToken, { kind: 'break' }> => t.kind !== 'break')
    .map((t) => `${t.line} ${t.kind} ${t.kind === 'label' ? t.text : t.raw}${t.kind === 'value' && t.endUnproven ? ' (candidate)' : ''}`);
}

describe('a decimal amount wrapped at its point, pdftotext -layout', () => {
  it('joins `10183.` above the row and `8` below it in one column into 10183.8 on the row line', () => {
    expect(tokensOf([at(20, '10183.'), '政府集中采购  172', at(20, '8')])).toEqual([
      '1 label 政府集中采购',
      '1 value 172',
      '1 value 10183.8',
    ]);
    expect(procurement(withRow((label, c) => [at(c, '10183.'), label, at(c, '8')]))).toEqual({ count: 172, amount: 10183.8 });
  });

  it('joins the full-width print (`１０１８３．` over `８`) and the other cuts: `1018` over `3.8`, `10183` over `.8`', () => {
    expect(procurement(withRow((label, c) => [at(c, '１０１８３．'), label, at(c, '８')]))).toEqual({ count: 172, amount: 10183.8 });
    expect(procurement(withRow((label, c) => [at(c, '1018'), label, at(c, '3.8')]))).toEqual({ count: 172, amount: 10183.8 });
    expect(procurement(withRow((label, c) => [at(c, '10183'), label, at(c, '.8')]))).toEqual({ count: 172, amount: 10183.8 });
  });

  it('never states a number cut at its point that nothing joined, nor a piece that may be its tail', () => {
    // No tail: `10183.` alone above the row (its cell is a candidate, not 10183).
    expect(tokensOf([at(20, '10183.'), '政府集中采购  172'])).toEqual([
      '0 value 10183. (candidate)',
      '1 label 政府集中采购',
      '1 value 172',
    ]);
    const alone = procurement(withRow((label, c) => [at(c, '10183.'), label]));
    expect([172, 'ambiguous']).toContain(alone.count);
    expect(['ambiguous', 'missing']).toContain(alone.amount);
    // The tail out of its column: nothing joins, and the 8 is not stated as the amount.
    const off = procurement(withRow((label, c) => [at(c, '10183.'), label, at(c + 12, '8')]));
    expect(['ambiguous', 'missing']).toContain(off.amount);
  });

  it('a blank marker under a cut number (a PDF layout marks the empty-looking cell `—`) is no blank: the cell is missing', () => {
    // (text laid out from a PDF: its layout step joins wrapped numbers, the text's stacked join is off)
    expect(tokensOf([at(20, '10183.'), '政府集中采购  172'.padEnd(20) + '—', at(20, '8')], false)).toEqual([
      '0 value 10183. (candidate)',
      '1 label 政府集中采购',
      '1 value 172',
      '1 blank —',
      '2 value 8 (candidate)',
    ]);
    const dash = procurement(withRow((label, c) => [at(c, '10183.'), label.padEnd(c) + '—', at(c, '8')]));
    expect(['ambiguous', 'missing']).toContain(dash.amount);
    const lone = procurement(withRow((label, c) => [at(c, '10183.'), label.padEnd(c) + '—']));
    expect(['ambiguous', 'missing']).toContain(lone.amount);
  });
});

describe('a decimal amount wrapped at its point, plain pdftotext', () => {
  it('joins `10183.` and `8` on the line right after it, both at the margin', () => {
    expect(tokensOf(['政府集中采购', '172', '10183.', '8'])).toEqual(['0 label 政府集中采购', '1 value 172', '2 value 10183.8']);
    expect(procurement(withRow(() => ['政府集中采购', '172', '10183.', '8']))).toEqual({ count: 172, amount: 10183.8 });
    expect(procurement(withRow(() => ['政府集中采购 172', '10183', '.8']))).toEqual({ count: 172, amount: 10183.8 });
  });

  it('states neither piece where the tail does not follow right after', () => {
    const apart = procurement(withRow(() => ['10183.', '政府集中采购 172', '8']));
    expect(['ambiguous', 'missing']).toContain(apart.amount);
    const none = procurement(withRow(() => ['政府集中采购 172', '10183.']));
    expect(none.count).toBe(172);
    expect(['ambiguous', 'missing']).toContain(none.amount);
  });

  it('a list number at the end of a line (`4.` before its wrapped label) is no cut number', () => {
    expect(tokensOf(['4.', '属于四类过程性信息'])).toEqual(['0 value 4', '0 label .', '1 label 属于四类过程性信息']);
  });
});

describe('a decimal amount wrapped at its point, laid out from PDF positions', () => {
  /** Body paragraphs one line each, 17 pt apart (two steps), above the wrapped paragraph of PARAGRAPH_LINES (18 apart). */
  const BODY = [item('正文第一段', 40, 850), item('正文第二段', 40, 833), item('正文第三段', 40, 816)];
  const table = (pieces: readonly ReturnType<typeof item>[]): string[] =>
    textLines(layoutText([...BODY, ...PARAGRAPH_LINES, item('政府集中采购', 40, 700), item('１７２', 160, 700), ...pieces]).text).slice(6);

  it('joins `１０１８３．` over `８` one cell line apart though the body text stands closer (its smallest step)', () => {
    // The body's lines 17 apart, the table's 18: the cut number's step is a line pitch of the document.
    expect(table([item('１０１８３．', 240, 709), item('８', 240, 691)])).toEqual([
      '政府集中采购              １７２          １０１８３．８',
    ]);
    expect(table([item('６２５５．１', 240, 709), item('５', 240, 691)])).toEqual([
      '政府集中采购              １７２          ６２５５．１５',
    ]);
  });

  it('joins an amount in Latin digits whose lines stand closer than the Chinese text (`10,711.3` over `4`)', () => {
    expect(table([item('10,711.3', 240, 707), item('4', 240, 693)])).toEqual(['政府集中采购              １７２          10,711.34']);
  });

  it('leaves counts at the larger pitch as printed (rows of a compact table stand so)', () => {
    expect(table([item('１７', 240, 709), item('４８', 240, 691)])).toEqual(['１７', '政府集中采购              １７２', '４８']);
  });
});

describe('generated: a decimal amount wrapped anywhere in its cell is never read wrong', () => {
  const arb = fc.record({
    seed: fc.integer({ min: 1, max: 10_000_000 }),
    v: fc.constantFrom<TemplateVersion>('2019', '2021'),
    cut: fc.nat(),
    print: fc.constantFrom('around', 'top', 'plain'),
    unit: fc.constantFrom('', '元'),
  });
  it('pieces above and below the row (centred), the first on the row line (top-aligned), or lines of plain text; the amount with its unit or without', () => {
    let right = 0;
    let runs = 0;
    fc.assert(
      fc.property(arb, ({ seed, v, cut, print, unit }) => {
        const r = consistentReport(seed, v, { scale: 15 });
        const amount = listCells(r).find((c) => c.table === 't2' && c.value !== null && !Number.isInteger(c.value));
        if (amount === undefined) return;
        const raw = String(amount.value);
        // (a wrapped cell breaks full lines: its first piece at least as wide as its last)
        const k = Math.ceil(raw.length / 2) + (cut % Math.max(1, raw.length - Math.ceil(raw.length / 2)));
        // (the unit, where the report writes one, ends the number's last piece)
        const [head, tail] = [raw.slice(0, k), raw.slice(k) + unit];
        let lines: string[];
        if (print === 'plain') {
          lines = renderInLayout(r, 'plain').split('\n');
          const at = lines.indexOf(raw);
          if (at < 0) return;
          lines.splice(at, 1, head, tail);
        } else {
          lines = renderLayoutText(r, { wrap: 'none' }).split('\n');
          const at = lines.findIndex((l) => l.endsWith(` ${raw}`));
          if (at < 0) return;
          const line = lines[at] as string;
          const column = line.length - raw.length;
          const row = line.slice(0, column).trimEnd();
          lines.splice(
            at,
            1,
            ...(print === 'around'
              ? [' '.repeat(column) + head, row, ' '.repeat(column) + tail]
              : [row.padEnd(column) + head, ' '.repeat(column) + tail]),
          );
        }
        const back = listCells(parseReport(lines.join('\n')).report!);
        runs++;
        const got = back.find((c) => c.address === amount.address);
        if (got?.value === amount.value) right++;
        expect(statedDiffering(back, r), `${print} ${head}|${tail}`).toEqual([]);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 40) },
    );
    expect(runs).toBeGreaterThan(0);
    expect(right).toBeGreaterThan(0);
  });
});

describe('a decimal amount wrapped with its unit (probe seed 274 p06: `１４７９２．５` over `４元`)', () => {
  it('pdftotext -layout, the lines set in: the piece with the unit ends the stack (`14792.5` over `4元`, `10183.` over `8元`)', () => {
    expect(tokensOf([at(2, '政府集中采购  172  14792.5'), at(17, '4元')])).toEqual([
      '0 label 政府集中采购',
      '0 value 172',
      '0 value 14792.54元',
    ]);
    expect(tokensOf([at(2, '政府集中采购  172  10183.'), at(17, '8元')])).toEqual([
      '0 label 政府集中采购',
      '0 value 172',
      '0 value 10183.8元',
    ]);
    expect(tokensOf([at(2, '政府集中采购  172  10183'), at(17, '.8元')])).toEqual([
      '0 label 政府集中采购',
      '0 value 172',
      '0 value 10183.8元',
    ]);
    // In a whole table 二 printed without blank lines, its rows' numbers one over another, no stack
    // of the block is joined: the amount and its piece are candidates only.
    for (const [head, tail] of [
      ['14792.5', '4元'],
      ['10183.', '8元'],
      ['10183', '.8元'],
    ] as const)
      expect(procurement(withRow((label, c) => [label.padEnd(c) + head, at(c + 2, tail)]))).toEqual({ count: 172, amount: 'ambiguous' });
  });

  it('pdftotext -layout, the label at the first column: no stack is joined, and neither piece is stated', () => {
    // (Chromium's print: the table's labels at the page's edge, one character in)
    expect(tokensOf([' 政府集中采购  172  14792.5', at(16, '4元')])).toEqual([
      '0 label 政府集中采购',
      '0 value 172',
      '0 value 14792.5 (candidate)',
      '1 value 4元 (candidate)',
    ]);
    const read = procurement(withRow((label, c) => [' ' + label.trim().padEnd(c - 1) + '14792.5', at(c + 2, '4元')]));
    expect(read.count).toBe(172);
    expect(['ambiguous', 'missing']).toContain(read.amount);
  });

  it('plain pdftotext: `10183.` then `8元` is one number; `14792.5` then `4元` states neither', () => {
    expect(procurement(withRow(() => ['政府集中采购', '172', '10183.', '8元']))).toEqual({ count: 172, amount: 10183.8 });
    expect(procurement(withRow(() => ['政府集中采购', '172', '10183', '.8元']))).toEqual({ count: 172, amount: 10183.8 });
    const read = procurement(withRow(() => ['政府集中采购', '172', '14792.5', '4元']));
    expect(['ambiguous', 'missing']).toContain(read.amount);
  });

  it('plain pdftotext of a Chromium print, the label wrapped too (probe seed 279 p06): the piece after the label piece makes both numbers unsure', () => {
    // `政府集` / `172 14792.5` / `中采购` / `4`: the 4 ends the amount (or the count: the text does not say which).
    for (const tail of ['4', '4元'])
      expect(procurement(withRow(() => ['政府集', '172 14792.5', '中采购', tail]))).toEqual({ count: 'ambiguous', amount: 'ambiguous' });
    // (no piece after: both read)
    expect(procurement(withRow(() => ['政府集', '172 14792.54', '中采购']))).toEqual({ count: 172, amount: 14792.54 });
  });

  it('a count over a piece with the unit is no amount wrapped: nothing joins', () => {
    expect(tokensOf([at(2, '政府集中采购  172  14792'), at(17, '4元')])).toEqual([
      '0 label 政府集中采购',
      '0 value 172',
      '0 value 14792',
      '1 value 4元',
    ]);
  });

  it('laid out from PDF positions: `１４７９２．５` over `４元` (centred, the row aligned at its top) joins on the row line', () => {
    const BODY = [item('正文第一段', 40, 850), item('正文第二段', 40, 833), item('正文第三段', 40, 816)];
    const row = (head: string, tail: string): string[] =>
      textLines(
        layoutText([
          ...BODY,
          ...PARAGRAPH_LINES,
          item('政府集中采购', 40, 700),
          item('１７２', 160, 700),
          item(head, 240, 700),
          // (centred under the first piece: 12 units a character)
          item(tail, 240 + 6 * ([...head].length - [...tail].length), 682),
        ]).text,
      ).slice(6);
    expect(row('１４７９２．５', '４元')).toEqual(['政府集中采购              １７２          １４７９２．５４元']);
    expect(row('１０１８３．', '８元')).toEqual(['政府集中采购              １７２          １０１８３．８元']);
    expect(row('１０１８３', '．８元')).toEqual(['政府集中采购              １７２          １０１８３．８元']);
    // (a number without a point over a piece with the unit: no amount wrapped, left as printed)
    expect(row('１４７９２', '４元')).toEqual(['政府集中采购              １７２          １４７９２', '４元']);
  });
});

describe('an amount wrapped in its cell, its end with a fraction after the label’s second piece (plain pdftotext)', () => {
  /** The amount cell: its status and candidates. */
  function amountCell(text: string): { status: string; candidates: readonly number[] } {
    const { report } = parseReport(text);
    const c = (report ? listCells(report) : []).find((x) => x.address === AMOUNT);
    return { status: c?.status ?? 'none', candidates: c?.candidates ?? [] };
  }

  it('keeps both readings of `1018` / `中采购` / `3.8` as candidates (probe seed 326 p08: 1327 stated for 13278.17)', () => {
    expect(amountCell(withRow(() => ['政府集 172 1018', '中采购', '3.8', '元']))).toEqual({
      status: 'ambiguous',
      candidates: [1018, 10183.8],
    });
    expect(amountCell(withRow(() => ['政府集 １７２ １０１８', '中采购', '３．８', '元']))).toEqual({
      status: 'ambiguous',
      candidates: [1018, 10183.8],
    });
  });
});
