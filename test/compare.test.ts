/** compareReports and renderComparison on reports of our own (generated cells and prose). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareReports,
  createReport,
  normaliseSentence,
  parseReport,
  renderComparison,
  renderReport,
  MIN_SENTENCE_CHARS,
  type Report,
  type Section,
} from 'zfxxgk-report';
import { collectionReport, prose, seriesCells } from './helpers/collection.js';
import { consistentCells } from './helpers/fixtures.js';

const AGENCY = '示例县示例局';
const INTERNAL_KEY = /\bt[234]\.|naturalPerson|carriedOver|carriedForward|currentlyValid|regulations/;

function pair(seed = 3): { a: Record<string, number>; b: Record<string, number> } {
  const s = seriesCells(seed, [2022, 2023]);
  return { a: s.get(2022) as Record<string, number>, b: s.get(2023) as Record<string, number> };
}

function section(key: Section['key'], text: string, heading: string): Section {
  const at = { start: 0, end: 0, line: 1, column: 1 };
  return { key, number: null, marker: '', level: 1, heading, title: heading, text, location: at, span: at };
}

function withText(texts: string[], year = 2023): Report {
  const sections = texts.map((t, i) =>
    section(i === 0 ? 'overview' : 'problemsAndImprovements', t, i === 0 ? '一、总体情况' : '五、存在的主要问题及改进情况'),
  );
  return createReport({ cells: {}, sections, meta: { agency: AGENCY, year } });
}

describe('compareReports: cells', () => {
  it('lists each cell’s change, absolute and relative, and leaves out cells zero or blank in both years', () => {
    const a = consistentCells(1);
    const b = { ...a, 't3.results.granted.naturalPerson': (a['t3.results.granted.naturalPerson'] as number) + 4 } as Record<
      string,
      number | null
    >;
    a['t4.review.pending'] = 0;
    b['t4.review.pending'] = null;
    a['t4.litigationDirect.pending'] = 0;
    b['t4.litigationDirect.pending'] = 0;
    a['t2.art20_5.administrativeLicensing.decisionCount'] = 10;
    b['t2.art20_5.administrativeLicensing.decisionCount'] = 15;
    const c = compareReports(createReport({ cells: a, meta: { year: 2022 } }), createReport({ cells: b, meta: { year: 2023 } }));
    const at = (address: string) => c.cells.find((x) => x.address === address);
    expect(at('t4.review.pending')).toBeUndefined();
    expect(at('t4.litigationDirect.pending')).toBeUndefined();
    const lic = at('t2.art20_5.administrativeLicensing.decisionCount');
    expect(lic).toMatchObject({ delta: 5, relative: 0.5, changed: true, tableName: '表二', columnLabel: '本年处理决定数量' });
    expect(lic?.rowLabel).toContain('行政许可');
    const granted = at('t3.results.granted.naturalPerson');
    expect(granted).toMatchObject({ delta: 4, changed: true, rowLabel: '三、本年度办理结果 / （一）予以公开', columnLabel: '自然人' });
    // Every listed cell is nonzero in at least one year, or changed status.
    for (const x of c.cells) expect(x.previous.value || x.current.value || x.previous.status !== x.current.status).toBeTruthy();
    // A previous 0 gives no relative change.
    const fromZero = c.cells.find((x) => x.previous.value === 0 && x.current.value !== 0 && x.current.value !== null);
    if (fromZero) expect(fromZero.relative).toBeNull();
  });

  it('a blank is not a zero: a change to blank has no delta', () => {
    const a = consistentCells(2);
    a['t4.review.upheld'] = 3;
    const b = { ...a, 't4.review.upheld': null } as Record<string, number | null>;
    const c = compareReports(createReport({ cells: a }), createReport({ cells: b }));
    expect(c.cells.find((x) => x.address === 't4.review.upheld')).toMatchObject({
      previous: { status: 'value', value: 3 },
      current: { status: 'blank', value: null },
      delta: null,
      relative: null,
      changed: true,
    });
  });
});

describe('compareReports: cross-year relations (validateSeries)', () => {
  it('consecutive consistent years: every X.CARRY and X.VALID holds', () => {
    const { a, b } = pair();
    const c = compareReports(createReport({ cells: a, meta: { year: 2022 } }), createReport({ cells: b, meta: { year: 2023 } }));
    expect(c.consecutive).toBe(true);
    expect(c.relations.filter((r) => r.rule === 'X.CARRY')).toHaveLength(7);
    expect(c.relations.filter((r) => r.rule === 'X.VALID')).toHaveLength(2);
    expect(c.relations.every((r) => r.status === 'pass')).toBe(true);
  });

  it('a carry-over mismatch fails in the column it is in, named as the template prints it', () => {
    const { a, b } = pair();
    b['t3.carriedOver.commercialEnterprise'] = (b['t3.carriedOver.commercialEnterprise'] as number) + 3;
    const c = compareReports(createReport({ cells: a, meta: { year: 2022 } }), createReport({ cells: b, meta: { year: 2023 } }));
    const fails = c.relations.filter((r) => r.status === 'fail');
    expect(fails).toHaveLength(1);
    const f = fails[0];
    expect(f).toMatchObject({
      rule: 'X.CARRY',
      severity: 'warning',
      expected: a['t3.carriedForward.commercialEnterprise'],
      actual: (a['t3.carriedForward.commercialEnterprise'] as number) + 3,
      delta: 3,
    });
    expect(f?.cells.map((x) => [x.side, x.year, x.address])).toEqual([
      ['current', 2023, 't3.carriedOver.commercialEnterprise'],
      ['previous', 2022, 't3.carriedForward.commercialEnterprise'],
    ]);
    expect(f?.cells[0]?.rowLabel).toBe('二、上年结转政府信息公开申请数量');
    expect(f?.cells[1]?.rowLabel).toBe('四、结转下年度继续办理');
    expect(f?.cells[0]?.columnLabel).toBe('法人或其他组织 / 商业企业');
    expect(f?.message).toContain('2022年');
    expect(f?.message).not.toMatch(INTERNAL_KEY);
    expect(f?.messageEn).not.toMatch(INTERNAL_KEY);
  });

  it('table 二 stock: 现行有效 = last year’s + 制发 − 废止', () => {
    const { a, b } = pair(4);
    b['t2.art20_1.normativeDocuments.currentlyValid'] = (b['t2.art20_1.normativeDocuments.currentlyValid'] as number) + 1;
    const c = compareReports(createReport({ cells: a, meta: { year: 2022 } }), createReport({ cells: b, meta: { year: 2023 } }));
    const f = c.relations.filter((r) => r.status === 'fail');
    expect(f.map((r) => r.rule)).toEqual(['X.VALID']);
    expect(f[0]?.delta).toBe(1);
    expect(f[0]?.cells[0]).toMatchObject({ side: 'current', tableName: '表二', columnLabel: '现行有效件数' });
    expect(f[0]?.message).not.toMatch(INTERNAL_KEY);
  });

  it('a blank operand makes the relation uncertain, never a failure', () => {
    const { a, b } = pair();
    const bb: Record<string, number | null> = { ...b, 't3.carriedOver.otherOrg': null };
    const c = compareReports(createReport({ cells: a, meta: { year: 2022 } }), createReport({ cells: bb, meta: { year: 2023 } }));
    expect(c.relations.find((r) => r.cells[0]?.address === 't3.carriedOver.otherOrg')?.status).toBe('uncertain');
    expect(c.relations.some((r) => r.status === 'fail')).toBe(false);
  });

  it('years further apart: no relations; unknown years: the argument order is trusted', () => {
    const { a, b } = pair();
    const far = compareReports(createReport({ cells: a, meta: { year: 2021 } }), createReport({ cells: b, meta: { year: 2023 } }));
    expect(far.consecutive).toBe(false);
    expect(far.relations).toEqual([]);
    const unknown = compareReports(createReport({ cells: a }), createReport({ cells: b }));
    expect(unknown.consecutive).toBe(true);
    expect(unknown.relations.every((r) => r.status === 'pass')).toBe(true);
    expect(unknown.relations[0]?.message).toContain('本年');
    expect(unknown.relations[0]?.cells.map((x) => x.year)).toEqual([null, null]);
  });

  it('throws a TypeError on something that is not a report', () => {
    expect(() => compareReports({} as Report, createReport({ cells: {} }))).toThrow(TypeError);
    expect(() => compareReports(createReport({ cells: {} }), null as unknown as Report)).toThrow(/current/);
  });
});

describe('compareReports: template versions', () => {
  it('2020 → 2021 changes both tables as the templates require; a 2019 table in a 2022 report does not', () => {
    const old = createReport({
      versions: { table2: '2019', table3: '2019' },
      cells: consistentCells(5, { table2: '2019', table3: '2019' }),
      meta: { year: 2020 },
    });
    const now = createReport({ cells: consistentCells(6), meta: { year: 2021 } });
    expect(compareReports(old, now).versionChanges).toEqual([
      { table: 't2', previous: '2019', current: '2021', expected: true },
      { table: 't3', previous: '2019', current: '2021', expected: true },
    ]);
    const back = createReport({
      versions: { table2: '2021', table3: '2019' },
      cells: consistentCells(7, { table2: '2021', table3: '2019' }),
      meta: { year: 2022 },
    });
    expect(compareReports({ ...now, meta: { ...now.meta, year: 2021 } }, back).versionChanges).toEqual([
      { table: 't3', previous: '2021', current: '2019', expected: false },
    ]);
    // Across the versions, table 三 rows both have (上年结转 …) are still compared and related.
    const c = compareReports(old, now);
    expect(c.cells.some((x) => x.address === 't3.carriedOver.total')).toBe(true);
    expect(c.cells.some((x) => x.address.startsWith('t3.results.otherHandling.other'))).toBe(false);
    expect(c.relations.filter((r) => r.rule === 'X.CARRY')).toHaveLength(7);
  });
});

describe('compareReports: text reuse', () => {
  it('normalises sentences: numbers, spaces and punctuation do not count', () => {
    expect(normaliseSentence('本年度共收到申请 12 件，办结 11 件。')).toBe(normaliseSentence('本年度共收到申请3件,办结2件'));
    expect(normaliseSentence('2023年 Ａ')).toBe('0年a');
  });

  it('locates repeated passages in both reports, by section and offset', () => {
    const before = withText([
      '我局持续完善公开目录，群众查找更方便。今年新建了专栏。\n我局认真开展政策解读，回应关切。',
      '存在的问题是培训不足。',
    ]);
    const after = withText([
      '我局认真开展政策解读，回应关切。我局持续完善公开目录，群众查找更方便。今年还新增了数据开放平台建设。',
      '存在的问题是培训不足。明年将加强全员培训工作。',
    ]);
    const r = compareReports(before, after).textReuse;
    expect(r.sections.map((s) => [s.sentences, s.repeated])).toEqual([
      [3, 2],
      [2, 1],
    ]);
    expect(r.sentences).toBe(5);
    expect(r.repeated).toBe(3);
    expect(r.share).toBeCloseTo(0.6);
    // The first two sentences are in reverse order last year: two passages of one sentence each.
    expect(r.passages).toHaveLength(3);
    for (const p of r.passages) {
      const cur = after.sections[p.current.sectionIndex]?.text.slice(p.current.start, p.current.end) ?? '';
      const prev = before.sections[p.previous.sectionIndex]?.text.slice(p.previous.start, p.previous.end) ?? '';
      expect(cur).toBe(p.text);
      expect(normaliseSentence(cur)).toBe(normaliseSentence(prev));
      expect(p.identical).toBe(true);
    }
    expect(r.passages[2]).toMatchObject({
      current: { sectionIndex: 1, start: 0, heading: '五、存在的主要问题及改进情况' },
      previous: { sectionIndex: 1, start: 0 },
    });
  });

  it('a text copied with its numbers changed is one passage, repeated but not identical', () => {
    const before = withText(['本年度共收到申请12件，全部按期答复。主动公开文件100件，较上年有所增加。'], 2022);
    const after = withText(['本年度共收到申请 9 件，全部按期答复。主动公开文件1,130件，较上年有所增加。']);
    const r = compareReports(before, after).textReuse;
    expect(r.share).toBe(1);
    expect(r.passages).toHaveLength(1);
    expect(r.passages[0]).toMatchObject({ sentences: 2, identical: false });
  });

  it('a line break inside a sentence (PDF text) does not cut it', () => {
    const before = withText(['我局持续完善政府信息公开\n目录，群众查找更方便。'], 2022);
    const after = withText(['我局持续完善政府信息公开目录，群众查找更方便。'], 2023);
    const r = compareReports(before, after).textReuse;
    expect(r).toMatchObject({ sentences: 1, repeated: 1 });
    expect(r.passages[0]).toMatchObject({ identical: false, previous: { start: 0, end: 24 } });
  });

  it(`sentences shorter than ${MIN_SENTENCE_CHARS} characters after normalisation are not counted`, () => {
    const r = compareReports(withText(['无。详见附表。'], 2022), withText(['无。详见附表。'])).textReuse;
    expect(r).toMatchObject({ sentences: 0, repeated: 0, share: 0, passages: [] });
  });

  it('generated prose of two years shares little; the same prose shares all (after a parse round trip)', () => {
    const { a, b } = pair();
    const y1 = parseReport(renderReport(collectionReport(AGENCY, 2022, a, prose(1)), { to: 'markdown' }), { format: 'markdown' })
      .report as Report;
    const y2 = parseReport(renderReport(collectionReport(AGENCY, 2023, b, prose(2)), { to: 'html' }), { format: 'html' }).report as Report;
    const copy = parseReport(renderReport(collectionReport(AGENCY, 2023, b, prose(1)), { to: 'text' }), { format: 'text' })
      .report as Report;
    expect(compareReports(y1, y2).textReuse.share).toBeLessThan(0.3);
    const copied = compareReports(y1, copy);
    expect(copied.textReuse.share).toBe(1);
    expect(copied.textReuse.sentences).toBeGreaterThanOrEqual(10);
    expect(copied.relations.every((r) => r.status === 'pass')).toBe(true);
  });

  it('property: a report compared with itself repeats every counted sentence, in passages that cover them', () => {
    const piece = fc.constantFrom(
      '我局持续完善公开目录',
      '认真开展政策解读工作',
      '稳步推进平台建设任务',
      '回应社会关切问题',
      '无',
      '详见下表',
      '共办理申请12件',
    );
    const end = fc.constantFrom('。', '；', '！', '\n', '，');
    const text = fc
      .array(
        fc.tuple(piece, end).map(([p, e]) => p + e),
        { maxLength: 12 },
      )
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const r = withText(texts);
        const t = compareReports(r, r).textReuse;
        expect(t.repeated).toBe(t.sentences);
        expect(t.passages.reduce((n, p) => n + p.sentences, 0)).toBe(t.sentences);
        for (const p of t.passages) expect(normaliseSentence(p.text).length).toBeGreaterThanOrEqual(MIN_SENTENCE_CHARS);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderComparison', () => {
  const { a, b } = pair();
  b['t3.carriedOver.naturalPerson'] = (b['t3.carriedOver.naturalPerson'] as number) + 2;
  b['t3.newReceived.naturalPerson'] = (b['t3.newReceived.naturalPerson'] as number) - 2;
  const c = compareReports(collectionReport(AGENCY, 2022, a, prose(1)), collectionReport(AGENCY, 2023, b, prose(1)));

  it('Markdown in zh names the failing relation, the reuse and the changed cells', () => {
    const md = renderComparison(c, { to: 'markdown' });
    expect(md).toMatch(/^# 年度对比：示例县示例局 2022 → 2023/);
    expect(md).toContain('上年结转等于上一年度的结转下年度');
    expect(md).toContain('文字重复：100%');
    expect(md).toContain('| 表 | 行 | 列 | 上年 | 本年 | 变化 | 幅度 |');
    expect(md).not.toMatch(INTERNAL_KEY);
  });

  it('text in English; HTML page and fragment, escaped', () => {
    const en = renderComparison(c, { to: 'text', lang: 'en' });
    expect(en).toContain('Year-over-year comparison: 示例县示例局 2022 → 2023');
    expect(en).toContain('Carried over = last year’s carried forward');
    const page = renderComparison(c, { to: 'html' });
    expect(page).toMatch(/^<!DOCTYPE html>/);
    const frag = renderComparison(
      { ...c, current: { ...c.current, agency: '<b>&' } },
      { to: 'html', fragment: true, maxCells: 3, maxPassages: 1 },
    );
    expect(frag).not.toContain('<!DOCTYPE');
    expect(frag).toContain('&lt;b&gt;&amp;');
    expect(frag.match(/<tr>/g)?.length).toBeLessThanOrEqual(1 + 3 + 1 + 6);
  });

  it('throws on API misuse', () => {
    expect(() => renderComparison(null as never, { to: 'markdown' })).toThrow(TypeError);
    expect(() => renderComparison(c, { to: 'pdf' as never })).toThrow(TypeError);
  });
});
