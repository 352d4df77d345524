import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createReport,
  listCells,
  parseReport,
  rules,
  validateReport,
  validateRollup,
  validateSeries,
  type Report,
  type RuleId,
  type Section,
  type ValidationResult,
} from 'zfxxgk-report';
import { consistentCells, pipeReport } from './helpers/fixtures.js';
import { APPLICANTS } from './helpers/block-stream.js';

const statusOf = (r: ValidationResult, rule: RuleId): string[] => [
  ...new Set(r.checks.filter((c) => c.rule === rule).map((c) => c.status)),
];
const fails = (r: ValidationResult, rule: RuleId): boolean => r.checks.some((c) => c.rule === rule && c.status === 'fail');

function section(key: Section['key'], text: string, heading = ''): Section {
  const loc = { start: 0, end: 0, line: 1, column: 1 };
  return { key, number: null, marker: '', level: 1, heading, title: heading, text, location: loc, span: loc };
}

const SIX: Section[] = [
  section('overview', '本年度共收到政府信息公开申请5件。'),
  section('proactiveDisclosure', ''),
  section('applications', ''),
  section('reviewLitigation', ''),
  section('problemsAndImprovements', '一是信息发布还不够及时，二是解读形式单一，明年将改进。'),
  section('otherMatters', '全年办理人大代表建议5件。'),
];

function base(version: '2019' | '2021' = '2021', seed = 7): Record<string, number | null> {
  return consistentCells(seed, { table2: version, table3: version });
}

function build(
  cells: Record<string, number | null>,
  version: '2019' | '2021' = '2021',
  extra: Partial<Parameters<typeof createReport>[0]> = {},
): Report {
  return createReport({
    versions: { table2: version, table3: version },
    cells,
    sections: SIX,
    meta: { year: version === '2019' ? 2020 : 2023 },
    ...extra,
  });
}

describe('validateReport: every rule passes on a consistent report', () => {
  for (const v of ['2019', '2021'] as const) {
    it(`version ${v}`, () => {
      const r = validateReport(build(base(v), v));
      expect(r.checks.filter((c) => c.status === 'fail')).toEqual([]);
      expect(r.ok).toBe(true);
      const tableRules = rules.filter((x) => x.kind === 'table' && x.versions.includes(v) && x.id !== 'T2.UNIT').map((x) => x.id);
      for (const id of tableRules) expect(statusOf(r, id), id).toEqual(['pass']);
    });
  }
});

describe('validateReport: each table rule fails when broken', () => {
  const cases: [RuleId, (c: Record<string, number | null>) => void, '2019' | '2021'][] = [
    [
      'T3.BALANCE',
      (c) => {
        c['t3.carriedOver.naturalPerson'] = (c['t3.carriedOver.naturalPerson'] as number) + 1;
        c['t3.carriedOver.total'] = (c['t3.carriedOver.total'] as number) + 1;
      },
      '2021',
    ],
    [
      'T3.ROWSUM',
      (c) => {
        c['t3.results.granted.total'] = (c['t3.results.granted.total'] as number) + 2;
      },
      '2021',
    ],
    [
      'T3.RESULTS',
      (c) => {
        c['t3.results.total.commercialEnterprise'] = (c['t3.results.total.commercialEnterprise'] as number) + 1;
      },
      '2019',
    ],
    [
      'T3.NONNEG',
      (c) => {
        c['t3.results.denied.stateSecret.otherOrg'] = -1;
      },
      '2021',
    ],
    [
      'T4.REVIEW',
      (c) => {
        c['t4.review.total'] = (c['t4.review.total'] as number) + 1;
      },
      '2021',
    ],
    [
      'T4.DIRECT',
      (c) => {
        c['t4.litigationDirect.upheld'] = (c['t4.litigationDirect.upheld'] as number) + 1;
      },
      '2021',
    ],
    [
      'T4.AFTER',
      (c) => {
        c['t4.litigationAfterReview.pending'] = (c['t4.litigationAfterReview.pending'] as number) + 3;
      },
      '2019',
    ],
    [
      'T4.NONNEG',
      (c) => {
        c['t4.review.corrected'] = 1.5;
      },
      '2021',
    ],
    [
      'T2.NONNEG',
      (c) => {
        c['t2.art20_6.administrativePenalty.decisionCount'] = -4;
      },
      '2021',
    ],
    [
      'T2.INTEGER',
      (c) => {
        c['t2.art20_5.administrativeLicensing.decisionCount'] = 10.5;
      },
      '2021',
    ],
    [
      'T2.PUBLISHED_LE_TOTAL',
      (c) => {
        c['t2.art20_1.regulations.newlyPublished'] = 99;
        c['t2.art20_1.regulations.totalPublished'] = 3;
      },
      '2019',
    ],
    [
      'T2.ITEMS_NONNEG',
      (c) => {
        c['t2.art20_8.administrativeFees.previousYearCount'] = 2;
        c['t2.art20_8.administrativeFees.yearChange'] = -5;
      },
      '2019',
    ],
    [
      'T2.ISSUED_LE',
      (c) => {
        c['t2.art20_1.normativeDocuments.issued'] = 50;
        c['t2.art20_1.normativeDocuments.currentlyValid'] = 10;
        c['t2.art20_1.normativeDocuments.repealed'] = 2;
      },
      '2021',
    ],
  ];
  for (const [rule, breakIt, v] of cases) {
    it(`${rule} (${v})`, () => {
      const cells = base(v);
      breakIt(cells);
      const r = validateReport(build(cells, v));
      expect(fails(r, rule)).toBe(true);
      const issue = r.issues.find((i) => i.rule === rule && i.status === 'fail');
      expect(issue?.message.length).toBeGreaterThan(5);
      expect(issue?.messageEn.length).toBeGreaterThan(5);
    });
  }

  it('reports expected, actual and delta for arithmetic failures', () => {
    const cells = base('2021');
    cells['t4.review.total'] = (cells['t4.review.total'] as number) + 4;
    const check = validateReport(build(cells)).checks.find((c) => c.rule === 'T4.REVIEW');
    expect(check).toMatchObject({ status: 'fail', delta: 4 });
    expect((check?.actual as number) - (check?.expected as number)).toBe(4);
  });

  it('T2.UNIT flags a 2021 fee written in 元', () => {
    const parsed = parseReport(pipeReport().replace('行政事业性收费 | 12.5 |', '行政事业性收费 | 125000元 |'));
    expect(fails(validateReport(parsed.report!), 'T2.UNIT')).toBe(true);
    expect(fails(validateReport(parseReport(pipeReport()).report!), 'T2.UNIT')).toBe(false);
  });
});

describe('blank and unknown operands', () => {
  it('counts a blank applicant cell as 0 (noted) and a blank total as not reported (uncertain)', () => {
    const cells = base('2021');
    const r0 = cells['t3.results.granted.researchInstitution'];
    expect(r0).toBe(0 + (r0 as number));
    cells['t3.results.granted.researchInstitution'] = null;
    cells['t3.results.granted.total'] = (cells['t3.results.granted.total'] as number) - (r0 as number);
    cells['t3.results.total.researchInstitution'] = (cells['t3.results.total.researchInstitution'] as number) - (r0 as number);
    cells['t3.results.total.total'] = (cells['t3.results.total.total'] as number) - (r0 as number);
    cells['t3.newReceived.researchInstitution'] = (cells['t3.newReceived.researchInstitution'] as number) - (r0 as number);
    cells['t3.newReceived.total'] = (cells['t3.newReceived.total'] as number) - (r0 as number);
    const r = validateReport(build(cells));
    const rowsum = r.checks.find((c) => c.rule === 'T3.ROWSUM' && c.addresses.includes('t3.results.granted.researchInstitution'));
    expect(rowsum?.status).toBe('pass');
    expect(rowsum?.detail).toContain('blank');
    cells['t3.results.granted.total'] = null;
    const u = validateReport(build(cells)).checks.find((c) => c.rule === 'T3.ROWSUM' && c.addresses[0] === 't3.results.granted.total');
    expect(u?.status).toBe('uncertain');
  });

  it('is uncertain, never failing, when a cell is missing or ambiguous', () => {
    const cells = base('2021');
    delete cells['t4.review.upheld'];
    cells['t4.review.total'] = 999;
    const r = validateReport(build(cells));
    expect(statusOf(r, 'T4.REVIEW')).toEqual(['uncertain']);
    expect(r.issues.find((i) => i.rule === 'T4.REVIEW')?.severity).toBe('info');
  });

  it('is not assessable when a table is absent', () => {
    const r = validateReport(build(base('2021'), '2021', { omitTables: ['t4'] }));
    expect(statusOf(r, 'T4.REVIEW')).toEqual(['not-assessable']);
    expect(fails(r, 'S.TABLES')).toBe(true);
  });
});

describe('structure and report-level rules', () => {
  it('S.SECTIONS fails for a missing section, passes otherwise', () => {
    expect(fails(validateReport(build(base())), 'S.SECTIONS')).toBe(false);
    expect(fails(validateReport(build(base(), '2021', { sections: SIX.slice(0, 5) })), 'S.SECTIONS')).toBe(true);
  });

  it('S.TABLE_EMPTY fails for a table with no values', () => {
    const cells = base();
    for (const k of Object.keys(cells)) if (k.startsWith('t4.')) delete cells[k];
    expect(fails(validateReport(build(cells)), 'S.TABLE_EMPTY')).toBe(true);
    expect(fails(validateReport(build(base())), 'S.TABLE_EMPTY')).toBe(false);
  });

  it('S.VERSION_YEAR: a 2023 report on the 2019 table 三 is a warning, not an error', () => {
    const cells = consistentCells(3, { table2: '2021', table3: '2019' });
    const r = validateReport(createReport({ versions: { table2: '2021', table3: '2019' }, cells, sections: SIX, meta: { year: 2023 } }));
    expect(fails(r, 'S.VERSION_YEAR')).toBe(true);
    expect(fails(r, 'S.MIXED_VERSIONS')).toBe(true);
    expect(r.issues.find((i) => i.rule === 'S.VERSION_YEAR')?.severity).toBe('warning');
    expect(r.ok).toBe(true);
    expect(fails(validateReport(build(base('2019'), '2019')), 'S.VERSION_YEAR')).toBe(false);
  });

  it('R.YEAR compares the title year with the statistics period', () => {
    const meta = { title: '某局2023年政府信息公开工作年度报告', year: 2023, period: { start: '2022-01-01', end: '2022-12-31' } };
    expect(fails(validateReport(build(base(), '2021', { meta })), 'R.YEAR')).toBe(true);
    expect(
      fails(validateReport(build(base(), '2021', { meta: { ...meta, period: { start: '2023-01-01', end: '2023-12-31' } } })), 'R.YEAR'),
    ).toBe(false);
  });

  it('R.SECTION5_EMPTY fails when section 五 has no text', () => {
    const sections = SIX.map((s) => (s.key === 'problemsAndImprovements' ? { ...s, text: '' } : s));
    expect(fails(validateReport(build(base(), '2021', { sections })), 'R.SECTION5_EMPTY')).toBe(true);
    expect(fails(validateReport(build(base())), 'R.SECTION5_EMPTY')).toBe(false);
  });

  it('R.FEES notes table-二 fees while section 六 says none', () => {
    const cells = base();
    const sections = SIX.map((s) => (s.key === 'otherMatters' ? { ...s, text: '本年度未收取信息处理费。' } : s));
    cells['t2.art20_8.administrativeFees.feeAmount'] = 12;
    expect(fails(validateReport(build(cells, '2021', { sections })), 'R.FEES')).toBe(true);
    cells['t2.art20_8.administrativeFees.feeAmount'] = 0;
    expect(fails(validateReport(build(cells, '2021', { sections })), 'R.FEES')).toBe(false);
  });

  it('R.ALL_CLOSED fails when the text says all were closed but applications are carried forward', () => {
    const cells = base();
    const sections = SIX.map((s) => (s.key === 'overview' ? { ...s, text: '全年申请均已办结。' } : s));
    cells['t3.carriedForward.total'] = 2;
    expect(fails(validateReport(build(cells, '2021', { sections })), 'R.ALL_CLOSED')).toBe(true);
    cells['t3.carriedForward.total'] = 0;
    expect(fails(validateReport(build(cells, '2021', { sections })), 'R.ALL_CLOSED')).toBe(false);
  });
});

describe('narrative claims (X.NARRATIVE)', () => {
  const cells = base();
  const total = cells['t3.results.total.total'] as number;
  const received = cells['t3.newReceived.total'] as number;
  const over = cells['t3.carriedOver.total'] as number;

  it('matches 收到, 受理 (= 新收 + 上年结转) and 办结 with the table', () => {
    const sections = SIX.map((s) =>
      s.key === 'overview' ? { ...s, text: `全年收到政府信息公开申请${received}件，共受理申请${received + over}件，办结${total}件。` } : s,
    );
    const r = validateReport(build(cells, '2021', { sections }));
    const checks = r.checks.filter((c) => c.rule === 'X.NARRATIVE');
    expect(checks.map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
  });

  it('reports a claim that matches no table quantity as info, not as a failure', () => {
    const sections = SIX.map((s) => (s.key === 'overview' ? { ...s, text: `办结${total + 7}件。` } : s));
    const r = validateReport(build(cells, '2021', { sections }));
    const issue = r.issues.find((i) => i.rule === 'X.NARRATIVE');
    expect(issue).toMatchObject({ status: 'uncertain', severity: 'info' });
    expect(r.checks.some((c) => c.rule === 'X.NARRATIVE' && c.status === 'fail')).toBe(false);
  });

  it('checks percentages as shares of （七）总计', () => {
    const c = { ...cells, 't3.results.total.total': 200, 't3.results.granted.total': 50 };
    const sections = SIX.map((s) => (s.key === 'overview' ? { ...s, text: '予以公开50件(25.00%)。' } : s));
    const checks = validateReport(build(c, '2021', { sections }), { skipKinds: ['table'] }).checks.filter((x) => x.rule === 'X.NARRATIVE');
    expect(checks.map((x) => x.status)).toEqual(['pass', 'pass']);
  });
});

describe('validateSeries and validateRollup', () => {
  it('X.CARRY: carried over equals last year’s carried forward', () => {
    const a = base('2021', 1);
    const b = base('2021', 2);
    for (const col of APPLICANTS) {
      b[`t3.carriedOver.${col}`] = a[`t3.carriedForward.${col}`] as number;
    }
    const y1 = build(a, '2021', { meta: { year: 2022 } });
    const y2 = build(b, '2021', { meta: { year: 2023 } });
    expect(
      validateSeries([y2, y1])
        .checks.filter((c) => c.rule === 'X.CARRY')
        .every((c) => c.status === 'pass'),
    ).toBe(true);
    b['t3.carriedOver.total'] = (b['t3.carriedOver.total'] as number) + 1;
    const r = validateSeries([y1, build(b, '2021', { meta: { year: 2023 } })]);
    expect(r.checks.some((c) => c.rule === 'X.CARRY' && c.status === 'fail')).toBe(true);
    expect(r.issues[0]?.addresses[0]).toMatch(/^2023:t3\./);
  });

  it('X.VALID and X.ITEMS: stock identities', () => {
    const a = base('2021', 4);
    const b = base('2021', 5);
    b['t2.art20_1.regulations.currentlyValid'] =
      (a['t2.art20_1.regulations.currentlyValid'] as number) +
      (b['t2.art20_1.regulations.issued'] as number) -
      (b['t2.art20_1.regulations.repealed'] as number);
    const r = validateSeries([build(a, '2021', { meta: { year: 2022 } }), build(b, '2021', { meta: { year: 2023 } })]);
    expect(r.checks.find((c) => c.rule === 'X.VALID' && c.addresses[0]?.includes('regulations'))?.status).toBe('pass');
    const c19 = base('2019', 8);
    const d19 = base('2019', 9);
    d19['t2.art20_5.administrativeLicensing.previousYearCount'] =
      (c19['t2.art20_5.administrativeLicensing.previousYearCount'] as number) +
      (c19['t2.art20_5.administrativeLicensing.yearChange'] as number) +
      1;
    const s = validateSeries([build(c19, '2019', { meta: { year: 2019 } }), build(d19, '2019', { meta: { year: 2020 } })]);
    expect(s.checks.find((c) => c.rule === 'X.ITEMS' && c.addresses[0]?.includes('administrativeLicensing'))?.status).toBe('fail');
  });

  it('X.ROLLUP: a parent equals the sum of its children; a missing child cell is uncertain', () => {
    const a = base('2021', 11);
    const b = base('2021', 12);
    const sum: Record<string, number> = {};
    for (const k of Object.keys(a)) sum[k] = Math.round(((a[k] as number) + (b[k] as number)) * 100) / 100;
    const parent = build(sum);
    const r = validateRollup(parent, [build(a), build(b)]);
    expect(r.checks.filter((c) => c.status !== 'pass')).toEqual([]);
    const bad = { ...sum, 't3.newReceived.total': (sum['t3.newReceived.total'] as number) + 1 };
    expect(validateRollup(build(bad), [build(a), build(b)]).checks.some((c) => c.status === 'fail')).toBe(true);
    const lacking = { ...b };
    delete lacking['t4.review.total'];
    expect(validateRollup(parent, [build(a), build(lacking)]).checks.find((c) => c.addresses[0] === 't4.review.total')?.status).toBe(
      'uncertain',
    );
  });
});

describe('property: changing any one table-三 or table-四 cell of a consistent report breaks a rule', () => {
  it('holds for random reports and random cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom('2019', '2021'),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (seed, v, pick, bump) => {
          const cells = consistentCells(seed, { table2: v as '2019', table3: v as '2019' });
          const keys = Object.keys(cells).filter((k) => k.startsWith('t3.') || k.startsWith('t4.'));
          const key = keys[pick % keys.length] as string;
          cells[key] = (cells[key] as number) + bump;
          const r = validateReport(build(cells, v as '2019'), { skipKinds: ['narrative', 'report', 'structure'] });
          return r.checks.some((c) => c.status === 'fail');
        },
      ),
      { numRuns: Number(process.env.PROP_RUNS ?? 300) },
    );
  });
});

describe('API', () => {
  it('validates a parsed report end to end and points at the cells', () => {
    const { report } = parseReport(pipeReport({ '(七)总计': '5 | 1 | 0 | 0 | 0 | 0 | 7' }));
    const r = validateReport(report!);
    const issue = r.issues.find((i) => i.rule === 'T3.ROWSUM' && i.status === 'fail');
    expect(issue?.locations.length).toBeGreaterThan(0);
    expect(issue?.locations[0]?.line).toBeGreaterThan(1);
    expect(r.ok).toBe(false);
    expect(listCells(report!).length).toBe(200);
  });

  it('throws a TypeError for something that is not a report', () => {
    expect(() => validateReport(null as never)).toThrow(TypeError);
    expect(() => validateSeries('x' as never)).toThrow(TypeError);
  });

  it('has a catalogue entry for every rule id it produces, with zh and en titles', () => {
    const ids = new Set(rules.map((r) => r.id));
    const r = validateReport(build(base()));
    for (const c of r.checks) expect(ids.has(c.rule)).toBe(true);
    for (const d of rules) {
      expect(d.title.zh.length).toBeGreaterThan(2);
      expect(d.title.en.length).toBeGreaterThan(2);
    }
  });
});
