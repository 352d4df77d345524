import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from 'zfxxgk-report';
import { parseDocx } from '../src/docx/index.js';
import { raisedRunsAsScript } from '../src/docx/raised-runs.js';
import { consistentCells } from './helpers/fixtures.js';
import { innerText } from './helpers/layouts.js';
import { DOC_HEAD, DOC_TAIL, deflated, docxWith } from './helpers/zip-writer.js';
import { readFixture } from './helpers/probe-fixtures.js';
import { lexLines } from '../src/grammar/lines.js';
import { afterDigit } from '../src/tables/note-marks.js';

/** Table 二 cells no relation checks: a footnote mark joined to one of them would be silent. */
const LICENSING = 't2.art20_5.administrativeLicensing.decisionCount';
const FEES = 't2.art20_8.administrativeFees.feeAmount';
const PENALTY = 't2.art20_6.administrativePenalty.decisionCount';

/** Our report's text rendering (pipe rows): 行政许可 10, 行政处罚 41, fees 479.34. */
function reportText(): string {
  const cells: Record<string, number | null> = consistentCells(77);
  cells[LICENSING] = 10;
  cells[PENALTY] = 41;
  cells[FEES] = 479.34;
  const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } });
  return renderReport(report, { to: 'text' });
}

/** `text` with `row` (a pipe row) replaced by `by` (exactly once). */
function replaced(text: string, row: string, by: string): string {
  expect(text.split(row).length).toBe(2);
  return text.replace(row, by);
}

/** The report's text with `mark` joined to 行政许可's 10 and `note` written under table 二 (browser text). */
function markedText(mark: string, note: string | null): string {
  let text = replaced(reportText(), '| 行政许可 | 10 |', `| 行政许可 | 10${mark} |`);
  if (note !== null) text = replaced(text, '| 行政事业性收费 | 479.34 |', `| 行政事业性收费 | 479.34 |\n\n${note}\n`);
  return innerText(text);
}

/** Plain text of the pages: every cell of a pipe row on a line of its own. */
function cellPerLine(text: string): string {
  return text
    .split('\n')
    .flatMap((l) => (l.startsWith('| ') ? l.slice(2, -2).split(' | ') : [l]))
    .join('\n');
}

function cellOf(input: string, address: string): { value: number | null; status: string; candidates?: number[]; codes: string[] } {
  const parsed = parseReport(input);
  const cell = listCells(parsed.report!).find((c) => c.address === address)!;
  const codes = parsed.diagnostics.filter((d) => d.path === address).map((d) => d.code);
  return { value: cell.value, status: cell.status, ...(cell.candidates ? { candidates: cell.candidates } : {}), codes };
}

describe('footnote marks joined to figures in text (issue 12)', () => {
  it('a note naming mark 1 under the table: 101 is read either way, never stated', () => {
    expect(cellOf(markedText('1', '注1：此数含转办件。'), LICENSING)).toEqual({
      value: null,
      status: 'ambiguous',
      candidates: [101, 10],
      codes: ['cell-ambiguous'],
    });
  });

  it('the same for a circled note marker (注① folds to 注1) and a decimal figure', () => {
    const text = innerText(
      replaced(reportText(), '| 行政事业性收费 | 479.34 |', '| 行政事业性收费 | 479.341 |\n\n注①：此数为跨年度收费。\n'),
    );
    expect(cellOf(text, FEES)).toEqual({ value: null, status: 'ambiguous', candidates: [479.341, 479.34], codes: ['cell-ambiguous'] });
    // (another figure of the table ending with the mark: read either way too; one not ending so stays)
    expect(cellOf(text, PENALTY).candidates).toEqual([41, 4]);
    expect(cellOf(text, LICENSING)).toEqual({ value: 10, status: 'value', codes: [] });
  });

  it('no note naming a mark: the figure is read as printed', () => {
    expect(cellOf(markedText('1', null), LICENSING)).toEqual({ value: 101, status: 'value', codes: [] });
    // (a note whose marker names no mark: `注：1件申请…` is a note of its own)
    expect(cellOf(markedText('1', '注：1件申请涉及2项以上办理结果的，按主要结果统计。'), LICENSING)).toEqual({
      value: 101,
      status: 'value',
      codes: [],
    });
  });

  it('a mark the text shows as the cell note: the marks were seen, the other figures stay stated', () => {
    const text = markedText('(1)', '注1：此数含转办件。');
    expect(cellOf(text, LICENSING)).toEqual({ value: 10, status: 'value', codes: ['note-in-cell'] });
    expect(cellOf(text, PENALTY)).toEqual({ value: 41, status: 'value', codes: [] });
  });

  it('page text printing each cell on a line: the marked row is read either way whole', () => {
    // (plain pdftotext: the raised mark's baseline printed the marked figure after the row's others)
    const text = replaced(reportText(), '| 规章 | 54 | 121 | 57 |', '| 规章 | 122 | 57 | 541 |');
    const withNote = replaced(text, '| 行政事业性收费 | 479.34 |', '| 行政事业性收费 | 479.34 |\n注1：此数含上年度结转。');
    // (each cell on a line of its own; pdftotext ends each page with a form feed)
    const perLine = cellPerLine(withNote);
    const pages = perLine.replace('三、收到', '\f三、收到');
    for (const a of ['issued', 'repealed', 'currentlyValid'])
      expect(cellOf(pages, `t2.art20_1.regulations.${a}`)).toEqual({
        value: null,
        status: 'ambiguous',
        candidates: [122, 57, 541, 54],
        codes: ['cell-ambiguous'],
      });
    // (the same text of no pages: only the figure ending with the mark)
    const noPages = perLine;
    expect(cellOf(noPages, 't2.art20_1.regulations.currentlyValid').candidates).toEqual([541, 54]);
    expect(cellOf(noPages, 't2.art20_1.regulations.issued').status).toBe('value');
  });

  it('HTML keeps the raise: a figure ending with a named mark stays stated', () => {
    const cells: Record<string, number | null> = consistentCells(77);
    cells[LICENSING] = 10;
    cells[PENALTY] = 41;
    const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } });
    const html = renderReport(report, { to: 'html' })
      .replace('<td colspan="3">10</td>', '<td colspan="3">10<sup>1</sup></td>')
      .replace('</table>', '</table><p>注1：此数含转办件。</p>');
    expect(cellOf(html, LICENSING)).toEqual({ value: 10, status: 'value', codes: ['note-in-cell'] });
    expect(cellOf(html, PENALTY)).toEqual({ value: 41, status: 'value', codes: [] });
  });
});

describe('raised runs of a Word document (issue 12)', () => {
  const raised = '<w:r><w:rPr><w:position w:val="5"/><w:sz w:val="13"/></w:rPr><w:t>1</w:t></w:r>';

  it('a run moved up is superscript, down subscript; one with its own alignment or none is left', () => {
    expect(raisedRunsAsScript(raised)).toBe(
      '<w:r><w:rPr><w:position w:val="5"/><w:sz w:val="13"/><w:vertAlign w:val="superscript"/></w:rPr><w:t>1</w:t></w:r>',
    );
    expect(raisedRunsAsScript('<w:rPr><w:position w:val="-4"/></w:rPr>')).toBe(
      '<w:rPr><w:position w:val="-4"/><w:vertAlign w:val="subscript"/></w:rPr>',
    );
    const own = '<w:rPr><w:position w:val="5"/><w:vertAlign w:val="subscript"/></w:rPr>';
    expect(raisedRunsAsScript(own)).toBe(own);
    expect(raisedRunsAsScript('<w:rPr><w:position w:val="0"/></w:rPr>')).toBe('<w:rPr><w:position w:val="0"/></w:rPr>');
    expect(raisedRunsAsScript('<w:rPr><w:b/></w:rPr>')).toBe('<w:rPr><w:b/></w:rPr>');
  });

  it('parseDocx: a raised mark after a number is written as <sup> (the HTML path reads it as a note)', async () => {
    const body = `<w:p><w:r><w:t>行政许可 3</w:t></w:r>${raised}</w:p>`;
    const r = await parseDocx(docxWith(deflated('word/document.xml', DOC_HEAD + body + DOC_TAIL)));
    expect(r.html).toContain('行政许可 3<sup>1</sup>');
  });
});

/**
 * Probe seed 621 p09 (ours), glued text: `44,745¹` then `45,520` printed `44,745145,520`, the note `注1：`
 * after table 二. The cutter read 44,745 and 145,520: the mark's digit joined the next figure, not its own.
 */
describe('a named mark run together with the next figure (silent19)', () => {
  const REPEALED = 't2.art20_1.normativeDocuments.repealed';
  it('a figure beginning with the mark right after a digit is read either way', () => {
    const cell = cellOf(readFixture('probe-621-p09-glued.txt'), REPEALED);
    expect(cell.status).toBe('ambiguous');
    expect(cell.candidates).toEqual([145520, 45520]);
    expect(cell.codes).toContain('cell-ambiguous');
  });

  it('no cell of table 二 stated otherwise than the report says', () => {
    const truth = JSON.parse(readFixture('probe-621-p09.t2-truth.json')) as Record<string, number | null>;
    const parsed = parseReport(readFixture('probe-621-p09-glued.txt'));
    const stated = listCells(parsed.report!).filter((c) => c.address.startsWith('t2.') && (c.status === 'value' || c.status === 'blank'));
    expect(stated.filter((c) => c.address in truth && c.value !== truth[c.address]).map((c) => c.address)).toEqual([]);
  });

  it('only a figure printed right after a digit is run together', () => {
    const at = (text: string): ((raw: string) => boolean) => {
      const lines = lexLines(text);
      return afterDigit(lines, { from: 0, to: lines.length });
    };
    expect(at('行政规范性文件44,745145,52044,745')('145520')).toBe(true);
    expect(at('行政规范性文件145,520 44,745')('145520')).toBe(false);
    expect(at('行政规范性文件 44,745 145,520')('145520')).toBe(false);
  });
});
