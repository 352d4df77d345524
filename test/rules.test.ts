/**
 * The rule registry, the verdict with coverage, and the rules of issue 13, each with a passing and
 * a failing case (by id). Table rules are tested in validate.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createReport,
  parseReport,
  renderReport,
  rules,
  validateReport,
  validateRollup,
  type Report,
  type ReportValidationResult,
  type RuleId,
  type Section,
  type ValidationResult,
} from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';

const fails = (r: ValidationResult, rule: RuleId): boolean => r.checks.some((c) => c.rule === rule && c.status === 'fail');
const passes = (r: ValidationResult, rule: RuleId): boolean =>
  r.checks.some((c) => c.rule === rule && c.status === 'pass') && !fails(r, rule);

function section(key: Section['key'], number: string | null, title: string, text = '', marker = number ? `${number}、` : '、'): Section {
  const loc = { start: 0, end: 0, line: 1, column: 1 };
  return { key, number, marker, level: 1, heading: `${marker}${title}`, title, text, location: loc, span: loc };
}

const SIX: Section[] = [
  section('overview', '一', '总体情况', '本年度共收到政府信息公开申请5件。'),
  section('proactiveDisclosure', '二', '主动公开政府信息情况'),
  section('applications', '三', '收到和处理政府信息公开申请情况'),
  section('reviewLitigation', '四', '政府信息公开行政复议、行政诉讼情况'),
  section('problemsAndImprovements', '五', '存在的主要问题及改进情况', '一是信息发布还不够及时，二是解读形式单一，明年将改进。'),
  section('otherMatters', '六', '其他需要报告的事项', '全年办理人大代表建议5件。'),
];

function build(sections: Section[] = SIX, extra: Partial<Parameters<typeof createReport>[0]> = {}): Report {
  return createReport({ cells: consistentCells(5), sections, meta: { year: 2023 }, ...extra });
}

describe('rule registry', () => {
  it('lists every rule once, with a description, title and versions', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.description.length, r.id).toBeGreaterThan(20);
      expect(r.title.zh.length * r.title.en.length, r.id).toBeGreaterThan(0);
      expect(r.versions.length, r.id).toBeGreaterThan(0);
    }
  });

  it('every check of a report belongs to a registered rule, in registry order', () => {
    const order = new Map(rules.map((r, i) => [r.id, i]));
    const positions = validateReport(build()).checks.map((c) => order.get(c.rule));
    expect(positions.every((p) => p !== undefined)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => (a as number) - (b as number)));
  });

  it('runs a version-specific rule only on a table of that version', () => {
    const r2019 = validateReport(
      createReport({
        versions: { table2: '2019', table3: '2019' },
        cells: consistentCells(5, { table2: '2019', table3: '2019' }),
        sections: SIX,
        meta: { year: 2020 },
      }),
    );
    expect(r2019.checks.some((c) => c.rule === 'T2.ISSUED_LE' || c.rule === 'R.FEES')).toBe(false);
    expect(r2019.checks.some((c) => c.rule === 'T2.PUBLISHED_LE_TOTAL')).toBe(true);
    const r2021 = validateReport(build());
    expect(r2021.checks.some((c) => c.rule === 'T2.PUBLISHED_LE_TOTAL')).toBe(false);
    expect(r2021.checks.some((c) => c.rule === 'T2.ISSUED_LE')).toBe(true);
  });

  it('a rule of an absent table is not assessable', () => {
    const r = validateReport(build(SIX, { omitTables: ['t2'] }));
    expect([...new Set(r.checks.filter((c) => c.rule.startsWith('T2.')).map((c) => c.status))]).toEqual(['not-assessable']);
  });
});

describe('every rule is tested', () => {
  it('each registered rule id is named in a test (a passing and a failing case by id)', () => {
    const tests = ['rules.test.ts', 'validate.test.ts'].map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
    expect(rules.map((r) => r.id).filter((id) => !tests.includes(`'${id}'`))).toEqual([]);
  });
});

describe('X.ROLLUP through the registry', () => {
  it('passes when the parent is the sum of its children, fails otherwise', () => {
    const a = consistentCells(21);
    const b = consistentCells(22);
    const sum = Object.fromEntries(Object.keys(a).map((k) => [k, (a[k] as number) + (b[k] as number)]));
    const ok = validateRollup(build(SIX, { cells: sum }), [build(SIX, { cells: a }), build(SIX, { cells: b })]);
    expect(ok.checks.every((c) => c.rule === 'X.ROLLUP' && c.status === 'pass')).toBe(true);
    const bad = validateRollup(build(SIX, { cells: { ...sum, 't4.review.total': (sum['t4.review.total'] as number) + 1 } }), [
      build(SIX, { cells: a }),
      build(SIX, { cells: b }),
    ]);
    expect(bad.checks.filter((c) => c.rule === 'X.ROLLUP' && c.status === 'fail').map((c) => c.addresses[0])).toEqual(['t4.review.total']);
  });
});

describe('verdict and coverage', () => {
  it('a consistent report is ok and fully read', () => {
    const r = validateReport(build());
    expect(r).toMatchObject({ ok: true, status: 'ok' });
    for (const t of ['t2', 't3', 't4'] as const) expect(r.coverage[t]).toMatchObject({ status: 'read', missing: 0, ambiguous: 0 });
    expect(r.coverage.t4.cells).toBe(15);
    expect(r.coverage.t4.read + r.coverage.t4.blank).toBe(15);
  });

  it('a report without its tables is incomplete (S.TABLES), not ok', () => {
    const r = validateReport(build(SIX, { omitTables: ['t2', 't3', 't4'] }));
    expect(r).toMatchObject({ ok: false, status: 'incomplete' });
    expect(r.checks.filter((c) => c.rule === 'S.TABLES' && c.status === 'fail').map((c) => c.addresses[0])).toEqual(['t2', 't3', 't4']);
    expect(r.coverage.t3).toMatchObject({ status: 'absent', cells: 0 });
    expect(fails(r, 'S.TABLE_EMPTY')).toBe(false);
  });

  it('a table found with every cell lost is unread (S.TABLE_EMPTY), not ok', () => {
    const cells = consistentCells(5);
    for (const k of Object.keys(cells)) if (k.startsWith('t3.')) delete cells[k];
    const r = validateReport(build(SIX, { cells }));
    expect(r).toMatchObject({ ok: false, status: 'incomplete' });
    expect(r.coverage.t3.status).toBe('unread');
    expect(fails(r, 'S.TABLE_EMPTY')).toBe(true);
    expect(fails(r, 'S.TABLES')).toBe(false);
  });

  it('tables the parse shows are images count as unread, not omitted', () => {
    const r = validateReport(build(SIX, { omitTables: ['t2', 't3', 't4'] }), { diagnostics: [{ code: 'html-no-tables' }] });
    expect(r.status).toBe('incomplete');
    expect(r.coverage.t2).toMatchObject({ status: 'unread', evidence: 'html-no-tables' });
    expect(fails(r, 'S.TABLE_EMPTY')).toBe(true);
    expect(fails(r, 'S.TABLES')).toBe(false);
  });

  it('an arithmetic error on a complete report fails; partial reads stay ok', () => {
    const cells = consistentCells(5);
    cells['t4.review.total'] = (cells['t4.review.total'] as number) + 1;
    expect(validateReport(build(SIX, { cells }))).toMatchObject({ ok: false, status: 'failed' });
    const partial = consistentCells(5);
    delete partial['t3.results.granted.naturalPerson'];
    const r = validateReport(build(SIX, { cells: partial }));
    expect(r.status).toBe('ok');
    expect(r.coverage.t3).toMatchObject({ status: 'partial', missing: 1 });
  });
});

describe('verdict properties', () => {
  it('coverage adds up, and the verdict is incomplete exactly when a table is absent or unread', () => {
    fc.assert(
      fc.property(fc.subarray(['t2', 't3', 't4'] as const), fc.subarray(['t2', 't3', 't4'] as const), fc.nat(40), (omit, lose, seed) => {
        const cells: Record<string, number | null> = consistentCells(seed);
        for (const k of Object.keys(cells)) if (lose.some((t) => k.startsWith(`${t}.`))) delete cells[k];
        const r = validateReport(build(SIX, { cells, omitTables: omit }));
        for (const c of Object.values(r.coverage)) expect(c.read + c.blank + c.missing + c.ambiguous).toBe(c.cells);
        const gone = (['t2', 't3', 't4'] as const).some((t) => omit.includes(t) || lose.includes(t));
        expect(r.status === 'incomplete').toBe(gone);
        expect(r.ok).toBe(!gone);
      }),
      { numRuns: 60 },
    );
  });
});

describe('S.TABLE_BLANK: a table printed with no number', () => {
  it('fails for a table of blanks, passes for a read table, and is a warning', () => {
    const cells: Record<string, number | null> = consistentCells(5);
    for (const k of Object.keys(cells)) if (k.startsWith('t4.')) cells[k] = null;
    const r = validateReport(build(SIX, { cells }));
    expect(r.coverage.t4.status).toBe('blank');
    expect(fails(r, 'S.TABLE_BLANK')).toBe(true);
    expect(r.issues.find((i) => i.rule === 'S.TABLE_BLANK')?.severity).toBe('warning');
    expect(fails(r, 'S.TABLE_EMPTY')).toBe(false);
    expect(passes(validateReport(build()), 'S.TABLE_BLANK')).toBe(true);
  });
});

describe('outline rules', () => {
  const renumber = (s: Section, n: string | null, marker?: string): Section =>
    section(s.key, n, s.title, s.text, marker ?? (n ? `${n}、` : '、'));

  it('S.OUTLINE_NUMBERING: one numbering system passes; 一、 mixed with 第三部分 fails', () => {
    expect(passes(validateReport(build()), 'S.OUTLINE_NUMBERING')).toBe(true);
    const mixed = SIX.map((s, i) => (i === 2 ? renumber(s, '三', '第三部分') : s));
    const r = validateReport(build(mixed));
    expect(fails(r, 'S.OUTLINE_NUMBERING')).toBe(true);
    expect(r.checks.find((c) => c.rule === 'S.OUTLINE_NUMBERING')?.addresses).toEqual(['sections.2']);
  });

  it('S.OUTLINE_ORDER: template order passes; 四 before 三 fails', () => {
    expect(passes(validateReport(build()), 'S.OUTLINE_ORDER')).toBe(true);
    const swapped = [SIX[0], SIX[1], SIX[3], SIX[2], SIX[4], SIX[5]] as Section[];
    const r = validateReport(build(swapped));
    expect(fails(r, 'S.OUTLINE_ORDER')).toBe(true);
    expect(r.checks.find((c) => c.rule === 'S.OUTLINE_ORDER')?.addresses).toEqual(['sections.applications']);
  });

  it('S.OUTLINE_ORDINALS: 一…六 passes; a skipped and a repeated numeral fail', () => {
    expect(passes(validateReport(build()), 'S.OUTLINE_ORDINALS')).toBe(true);
    const skipped = SIX.map((s, i) => (i >= 3 ? renumber(s, ['五', '六', '七'][i - 3] as string) : s));
    const r = validateReport(build(skipped));
    expect(
      r.checks.filter((c) => c.rule === 'S.OUTLINE_ORDINALS' && c.status === 'fail').map((c) => [c.addresses[0], c.expected, c.actual]),
    ).toEqual([['sections.3', 4, 5]]);
    const repeated = SIX.map((s, i) => (i === 2 ? renumber(s, '二') : s));
    const r2 = validateReport(build(repeated));
    expect(r2.checks.filter((c) => c.rule === 'S.OUTLINE_ORDINALS' && c.status === 'fail').map((c) => c.addresses[0])).toEqual([
      'sections.2',
      'sections.3',
    ]);
  });

  it('S.OUTLINE_SUBSECTION: sub-items numbered 一、二、 inside 总体情况 fail; the plain outline passes', () => {
    expect(passes(validateReport(build()), 'S.OUTLINE_SUBSECTION')).toBe(true);
    const nested = [
      SIX[0] as Section,
      section(null, '二', '工作机制保障', '建立健全工作机制。'),
      section(null, '三', '平台建设', '优化政府网站。'),
      ...SIX.slice(1).map((s, i) => renumber(s, ['一', '二', '三', '四', '五'][i] as string)),
    ];
    const r = validateReport(build(nested));
    const sub = r.checks.find((c) => c.rule === 'S.OUTLINE_SUBSECTION');
    expect(sub).toMatchObject({ status: 'fail', addresses: ['sections.1', 'sections.2'] });
    // The numbering that starts again after them is that finding, not a second one.
    expect(r.checks.filter((c) => c.rule === 'S.OUTLINE_ORDINALS' && c.status === 'fail')).toEqual([]);
  });
});

describe('R.BODY_YEAR: years the body gives for the report period', () => {
  it('passes when they agree with the report year, fails on "本报告统计期限为2022年" in a 2023 report', () => {
    const good = SIX.map((s, i) => (i === 0 ? { ...s, text: '本报告统计期限为2023年1月1日至2023年12月31日。较2022年增加5件。' } : s));
    expect(passes(validateReport(build(good)), 'R.BODY_YEAR')).toBe(true);
    const bad = SIX.map((s, i) => (i === 0 ? { ...s, text: '本报告统计期限为2022年1月1日至2022年12月31日。' } : s));
    const r = validateReport(build(bad));
    expect(
      r.checks.filter((c) => c.rule === 'R.BODY_YEAR' && c.status === 'fail').map((c) => [c.addresses[0], c.expected, c.actual]),
    ).toEqual([
      ['sections.overview', 2023, 2022],
      ['sections.overview', 2023, 2022],
    ]);
  });

  it('checks the end of the statistics period', () => {
    const meta = { year: 2023, period: { start: '2023-01-01', end: '2024-12-31' } };
    expect(fails(validateReport(build(SIX, { meta })), 'R.BODY_YEAR')).toBe(true);
    expect(
      passes(validateReport(build(SIX, { meta: { year: 2023, period: { start: '2023-01-01', end: '2023-12-31' } } })), 'R.BODY_YEAR'),
    ).toBe(true);
  });
});

describe('X.NARRATIVE adds up the cells of a blank total', () => {
  it('compares a claim with the applicant cells when the total is blank', () => {
    const cells: Record<string, number | null> = consistentCells(5);
    const received = cells['t3.newReceived.total'] as number;
    cells['t3.newReceived.total'] = null;
    const text = `全年收到政府信息公开申请${received}件。`;
    const r = validateReport(
      build(
        SIX.map((s, i) => (i === 0 ? { ...s, text } : s)),
        { cells },
      ),
      { rules: ['X.NARRATIVE'] },
    );
    const check = r.checks.find((c) => c.rule === 'X.NARRATIVE');
    expect(check?.status).toBe('pass');
    expect(check?.detail).toContain('总计栏空白');
    const wrong = validateReport(
      build(
        SIX.map((s, i) => (i === 0 ? { ...s, text: `全年收到政府信息公开申请${received + 7}件。` } : s)),
        { cells },
      ),
      { rules: ['X.NARRATIVE'] },
    );
    expect(wrong.checks.find((c) => c.rule === 'X.NARRATIVE')?.status).toBe('uncertain');
  });
});

describe('generated documents: removed, unreadable and empty tables', () => {
  const good = consistentReport(11, '2021');
  const md = renderReport({ ...good, meta: { ...good.meta, title: '示例县示例局2023年政府信息公开工作年度报告' } }, { to: 'markdown' });
  const verdict = (text: string, format: 'markdown' | 'html' = 'markdown'): ReportValidationResult => {
    const p = parseReport(text, { format });
    expect(p.report).not.toBeNull();
    return validateReport(p.report as Report, { diagnostics: p.diagnostics });
  };

  it('the document as rendered is ok and read', () => {
    const v = verdict(md);
    expect(v.status).toBe('ok');
    expect(Object.values(v.coverage).map((c) => c.status)).toEqual(['read', 'read', 'read']);
  });

  it('with its tables removed it is incomplete: the report omits them', () => {
    const v = verdict(
      md
        .split('\n')
        .filter((l) => !l.startsWith('|'))
        .join('\n'),
    );
    expect(v.status).toBe('incomplete');
    expect(Object.values(v.coverage).map((c) => c.status)).toEqual(['absent', 'absent', 'absent']);
    expect(fails(v, 'S.TABLES')).toBe(true);
  });

  it('with its tables as images it is incomplete: we could not read them', () => {
    const html = renderReport(good, { to: 'html' }).replace(/<table[\s\S]*?<\/table>/g, '<p><img src="table.png"></p>');
    const v = verdict(html, 'html');
    expect(v.status).toBe('incomplete');
    expect(fails(v, 'S.TABLE_EMPTY')).toBe(true);
    expect(fails(v, 'S.TABLES')).toBe(false);
  });

  it('with every cell printed as "/" the tables are blank: a warning about the report', () => {
    const v = verdict(md.replace(/\| -?\d+(?:\.\d+)? (?=\|)/g, '| / '));
    expect(Object.values(v.coverage).map((c) => c.status)).toEqual(['blank', 'blank', 'blank']);
    expect(fails(v, 'S.TABLE_BLANK')).toBe(true);
    expect(v.status).toBe('ok');
  });
});
