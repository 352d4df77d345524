/**
 * The two seed reports, cell for cell. Runs against src/ by default and against the built
 * package with TEST_DIST=1 (part of `npm test`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listCells, parseReport, type ParseResult, type Report } from 'zfxxgk-report';
import { CORPUS, SHARED, corpusAvailable, score, type Expected } from './helpers/corpus.js';

const available = corpusAvailable();

function load(seed: string, expectedName: string): { text: string; expected: Expected } {
  return {
    text: readFileSync(join(SHARED, 'seeds', seed), 'utf8'),
    expected: JSON.parse(readFileSync(join(CORPUS, expectedName), 'utf8')) as Expected,
  };
}

describe.runIf(available)('seed 000 (2020 report, 2019 template, one cell per line with pipes)', () => {
  let result: ParseResult;
  let report: Report;
  let expected: Expected;
  beforeAll(() => {
    const s = load('000_cb2e68780a80b92a.txt', 'seed-000.expected.json');
    expected = s.expected;
    result = parseReport(s.text);
    report = result.report as Report;
  });

  it('is a report on the 2019 template in both tables', () => {
    expect(report).not.toBeNull();
    expect(report.templateVersions).toEqual({ table2: '2019', table3: '2019' });
  });

  it('reads every one of the 198 cells as the expected value', () => {
    const cells = listCells(report);
    expect(cells).toHaveLength(198);
    const s = score(cells, expected);
    expect(s.wrong).toEqual([]);
    expect(s.right).toBe(198);
    expect(cells.every((c) => c.status === 'value')).toBe(true);
  });

  it('finds the six sections with their headings', () => {
    expect(report.sections.map((s) => [s.key, s.heading])).toEqual([
      ['overview', '一、总体情况'],
      ['proactiveDisclosure', '二、主动公开政府信息情况'],
      ['applications', '三、收到和处理政府信息公开申请情况'],
      ['reviewLitigation', '四、政府信息公开行政复议和行政诉讼情况'],
      ['problemsAndImprovements', '五、存在的主要问题及改进情况'],
      ['otherMatters', '六、其他需要报告的事项'],
    ]);
    expect(report.sections[5]?.text).toBe('本部门无其他需要报告的事项。');
  });

  it('keeps decimals and locates cells in the original text', () => {
    const amount = report.tables.t2?.version === '2019' ? report.tables.t2.art20_9.centralizedProcurement.procurementTotalAmount : null;
    expect(amount?.status).toBe('value');
    expect(amount?.value).toBe(280232.58);
    const text = readFileSync(join(SHARED, 'seeds', '000_cb2e68780a80b92a.txt'), 'utf8');
    const loc = amount?.location;
    expect(loc && text.slice(loc.start, loc.end)).toBe('280232.58');
  });

  it('reads the agency and year from the body', () => {
    expect(report.meta.agency).toBe('六盘水市住房和城乡建设局');
    expect(report.meta.year).toBe(2020);
    expect(report.meta.title).toBeNull();
  });

  it('reports no error or warning about the tables', () => {
    const bad = result.diagnostics.filter((d) => d.severity !== 'info' && (d.path ?? '').startsWith('t'));
    expect(bad).toEqual([]);
  });
});

describe.runIf(available)('seed 003 (2021 report, traditional characters with pinyin, blank cells lost)', () => {
  let result: ParseResult;
  let report: Report;
  let expected: Expected;
  beforeAll(() => {
    const s = load('003_d5391b758a43ca59.txt', 'seed-003.expected.json');
    expected = s.expected;
    result = parseReport(s.text);
    report = result.report as Report;
  });

  it('decides the versions per table: 2021 table 二, 2019 table 三', () => {
    expect(report.templateVersions).toEqual({ table2: '2021', table3: '2019' });
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toContain('mixed-template-versions');
    expect(codes).toContain('version-year-mismatch');
  });

  it('reads every recoverable cell and states no number for an unrecoverable one', () => {
    const cells = listCells(report);
    expect(cells).toHaveLength(186);
    const s = score(cells, expected);
    expect(s.wrong).toEqual([]);
    expect(s.right).toBe(Object.keys(expected.cells ?? {}).length);
    const byAddress = new Map(cells.map((c) => [c.address, c]));
    for (const a of expected.unrecoverable ?? []) expect(['missing', 'ambiguous', 'blank']).toContain(byAddress.get(a)?.status);
  });

  it('keeps both readings of the 行政处罚 cell and the unit of 117批次', () => {
    const t2 = report.tables.t2;
    if (t2?.version !== '2021') throw new Error('expected the 2021 table 二');
    expect(t2.art20_6.administrativePenalty.decisionCount).toMatchObject({ status: 'ambiguous', candidates: [3, 2] });
    expect(t2.art20_5.administrativeLicensing.decisionCount).toMatchObject({ status: 'value', value: 117, unit: '批次' });
  });

  it('converts the text to simplified characters and strips the pinyin', () => {
    expect(report.source.convertedToSimplified).toBe(true);
    expect(report.meta.title).toBe('西藏自治区住建厅2021年政府信息公开工作年度报告');
    const overview = report.sections.find((s) => s.key === 'overview');
    expect(overview?.heading).toBe('一、相关工作开展情况');
    expect(overview?.text).toContain('政务公开工作开展总体情况');
    expect(overview?.text).not.toMatch(/[區務數結]|\([a-zāáǎà]+\)/);
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['pinyin-removed', 'traditional-converted']));
  });

  it('finds the tables under section 一 and the non-standard headings', () => {
    expect(report.sections.map((s) => [s.key, s.marker])).toEqual([
      ['overview', '一、'],
      ['proactiveDisclosure', '(四)'],
      ['applications', '(五)'],
      ['reviewLitigation', '(六)'],
      ['problemsAndImprovements', '二、'],
      [null, '三、'],
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'section-missing').map((d) => d.path)).toEqual(['sections.otherMatters']);
  });

  it('reads the metadata block of the page', () => {
    expect(report.meta).toMatchObject({
      agency: '西藏自治区住建厅',
      year: 2021,
      publishDate: '2022-01-30',
      indexNumber: '000014349/2022-00288',
    });
  });
});
