/**
 * A value a converter moved out of its cell (Markdown table 三 whose 结转下年度 总计 is empty
 * and whose number floats on a line of its own): put back only when the source holds exactly one
 * such number and at least two equations require it there. Fixtures: our own rendering.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize } from '../src/tables/tokens.js';

const report = consistentReport(7, '2021', { scale: 15 });
const carried = listCells(report).filter((c) => c.address.startsWith('t3.carriedForward.'));
const total = carried.find((c) => c.address === 't3.carriedForward.total')!.value as number;

/** The Markdown rendering with the 结转下年度 row edited and `lone` lines written above （七）总计. */
function damaged(row: (cells: string[]) => string[], lone: string[]): string {
  const lines = renderReport(report, { to: 'markdown' }).split('\n');
  return lines
    .flatMap((l) => {
      if (l.startsWith('| 四、结转下年度')) return [`| ${row(l.slice(2, -2).split(' | ')).join(' | ')} |`];
      if (l.startsWith('| （七）总计') && lone.length > 0) return ['', ...lone, '', l];
      return [l];
    })
    .join('\n');
}
const cell = (text: string, address: string) => listCells(parseReport(text).report!).find((c) => c.address === address)!;
const codes = (text: string) => parseReport(text).diagnostics.map((d) => d.code);

describe('a value moved out of its cell', () => {
  it('is put back when it is the only such number and the row sum and the balance both require it', () => {
    expect(total).toBeGreaterThan(0);
    const text = damaged((c) => [...c.slice(0, -1), ''], [String(total)]);
    const { report: back, diagnostics } = parseReport(text);
    const c = listCells(back!).find((x) => x.address === 't3.carriedForward.total')!;
    expect(c).toMatchObject({ status: 'value', value: total, raw: String(total) });
    const d = diagnostics.find((x) => x.code === 'value-displaced')!;
    expect(d).toMatchObject({ severity: 'warning', path: 't3.carriedForward.total', actual: String(total) });
    // The location is where the number was printed: its own line, above （七）总计.
    const line = text.split('\n').indexOf(String(total)) + 1;
    expect(d.location?.line).toBe(line);
    expect(diagnostics.map((x) => x.code)).not.toContain('values-unplaced');
    expect(diagnostics.map((x) => x.code)).not.toContain('cells-missing');
  });

  it('stays missing when two such numbers are printed (which one moved is unknown)', () => {
    const text = damaged((c) => [...c.slice(0, -1), ''], [String(total), '', String(total)]);
    expect(cell(text, 't3.carriedForward.total').status).toBe('missing');
    expect(codes(text)).toContain('values-unplaced');
  });

  it('stays missing when the number is part of a run (a row that lost its label owns it)', () => {
    const text = damaged((c) => [...c.slice(0, -1), ''], [`${total + 50} ${total}`]);
    expect(cell(text, 't3.carriedForward.total').status).toBe('missing');
    expect(codes(text)).not.toContain('value-displaced');
  });

  it('stays missing when the stray number is not the one the equations require', () => {
    const text = damaged((c) => [...c.slice(0, -1), ''], [String(total + 1)]);
    expect(cell(text, 't3.carriedForward.total').status).toBe('missing');
    expect(codes(text)).not.toContain('value-displaced');
  });

  it('stays missing when only one equation determines the cell (another cell of the row is missing too)', () => {
    const first = carried[0]!.value as number;
    const text = damaged((c) => [c[0]!, '', ...c.slice(2, -1), ''], [String(total), String(first)]);
    expect(cell(text, 't3.carriedForward.total').status).toBe('missing');
    expect(cell(text, 't3.carriedForward.naturalPerson').status).toBe('missing');
    expect(codes(text)).not.toContain('value-displaced');
  });
});

/** Table 二 (一) of our 2021 rendering with the 规章 and 行政规范性文件 rows and the floating lines replaced. */
function table2(regulations: string, normative: string, floating: string[]): string {
  const lines = renderReport(report, { to: 'markdown' }).split('\n');
  const caption = lines.findIndex((l) => l.startsWith('| 第二十条第（一）项'));
  lines.splice(caption, 1, '第二十条第（一）项', ...floating, '');
  return lines
    .map((l) =>
      l.startsWith('| 规章 |') ? `| 规章 | ${regulations} |` : l.startsWith('| 行政规范性文件 |') ? `| 行政规范性文件 | ${normative} |` : l,
    )
    .join('\n');
}
const t2 = (text: string, row: string) =>
  listCells(parseReport(text).report!)
    .filter((c) => c.address.startsWith(`t2.art20_1.${row}.`))
    .map((c) => [c.address.split('.').pop(), c.status, c.value]);

describe('table-二 cells a converter floated above the table (number over its annotation)', () => {
  it('go back to the rows that lost one cell, in the column the annotation names, in reading order', () => {
    const text = table2('4 | 50', '7 | 120', ['9', '（其中修订 3 件）', '11', '（含自然失效 5 件）']);
    expect(t2(text, 'regulations')).toEqual([
      ['issued', 'value', 9],
      ['repealed', 'value', 4],
      ['currentlyValid', 'value', 50],
    ]);
    expect(t2(text, 'normativeDocuments')).toEqual([
      ['issued', 'value', 7],
      ['repealed', 'value', 11],
      ['currentlyValid', 'value', 120],
    ]);
    const { report: back, diagnostics } = parseReport(text);
    const floated = diagnostics.filter((d) => d.code === 'value-floating');
    expect(floated.map((d) => [d.path, d.severity, d.location?.line])).toEqual([
      ['t2.art20_1.regulations.issued', 'warning', text.split('\n').indexOf('9') + 1],
      ['t2.art20_1.normativeDocuments.repealed', 'warning', text.split('\n').indexOf('11') + 1],
    ]);
    // The annotation is the cell's note, and its own number (3, 5) is no cell and no stray value.
    const cell = listCells(back!).find((c) => c.address === 't2.art20_1.normativeDocuments.repealed')!;
    expect(cell).toMatchObject({ note: '含自然失效 5 件' });
    expect(diagnostics.map((d) => d.code)).not.toContain('values-unplaced');
  });

  it('stay flagged when an annotation names no column', () => {
    const text = table2('4 | 50', '7 | 120', ['9', '（其中市级 3 件）', '11', '（含自然失效 5 件）']);
    expect(t2(text, 'regulations').map((c) => c[1])).toEqual(['ambiguous', 'ambiguous', 'ambiguous']);
    expect(parseReport(text).diagnostics.map((d) => d.code)).not.toContain('value-floating');
  });

  it('stay flagged when the floating numbers and the short rows are not as many', () => {
    const text = table2('4 | 50', '11 | 7 | 120', ['9', '（其中修订 3 件）', '11', '（含自然失效 5 件）']);
    expect(t2(text, 'regulations').map((c) => c[1])).toEqual(['ambiguous', 'ambiguous', 'ambiguous']);
    expect(parseReport(text).diagnostics.find((d) => d.code === 'values-unplaced')?.actual).toBe('9(其中修订 3 件), 11(含自然失效 5 件)');
  });

  it('an annotation line joins the lone number right above it, and nothing else', () => {
    const tokens = (lines: string[]) => {
      const l = lexLines(lines.join('\n'));
      return tokenize(l, detectLayout(l))
        .filter((t) => t.kind !== 'break')
        .map((t) => (t.kind === 'value' ? [t.raw, t.content.note ?? null] : [t.kind, t.kind === 'label' ? t.text : t.raw]));
    };
    expect(tokens(['22', '(其中修订16件)'])).toEqual([['22(其中修订16件)', '其中修订16件']]);
    // Separated by a blank line, under a label, without a number, or a list marker: not an annotation.
    expect(tokens(['22', '', '(其中修订16件)'])).toEqual([
      ['22', null],
      ['label', '(其中修订'],
      ['16件', null],
      ['label', ')'],
    ]);
    expect(tokens(['规章 22', '(其中修订16件)']).map((t) => t[1])).not.toContain('其中修订16件');
    expect(tokens(['22', '(区分处理的,只计这一情形)'])).toEqual([
      ['22', null],
      ['label', '(区分处理的,只计这一情形)'],
    ]);
    expect(tokens(['2', '(二)部分公开(3件)'])).toEqual([
      ['2', null],
      ['label', '(二)部分公开(3件)'],
    ]);
  });
});
