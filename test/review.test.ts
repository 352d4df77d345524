/**
 * `reviewCollection` and `zfxxgk review` on a generated collection (six agencies × three years,
 * our own prose and numbers) with planted problems: every planted problem is in the overview and
 * nothing else is flagged. The HTML overview is opened in Chromium (playwright-core driving the
 * Debian package; no browser download) and its matrix and problem list are checked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReport, parseReport, type Report } from 'zfxxgk-report';
import { reviewCollection, type ReviewDocument, type ReviewProblem } from '../src/compare/review.js';
import { parseAgencyMapping, parseCsv } from '../src/cli/review/mapping.js';
import { AGENCIES, collectionReport, generateCollection, PLANTED, prose, seriesCells, YEARS } from './helpers/collection.js';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const INTERNAL_KEY = /\bt[234]\.|naturalPerson|carriedOver|carriedForward|currentlyValid|\breview\.upheld/;
/** Launching Chromium on a loaded two-core machine can take well over vitest's 10 s hook default. */
const BROWSER_HOOK_TIMEOUT = 120_000;
const ci = process.env.CI === 'true';
const built =
  existsSync(CLI) ||
  (ci
    ? (() => {
        throw new Error('dist/cli.js missing: run npm run build');
      })()
    : false);
const browser =
  existsSync(CHROMIUM) ||
  (ci
    ? (() => {
        throw new Error(`${CHROMIUM} missing: run scripts/install-tools.sh`);
      })()
    : false);

/** The planted problems as (agency, year, kind, rule): exactly these, nothing else. */
const EXPECTED = [
  [PLANTED.carryMismatch.agency, 2022, 'cross-year', 'X.CARRY'],
  [PLANTED.carryMismatch.agency, 2022, 'cross-year', 'X.CARRY'],
  [PLANTED.missingYear.agency, 2022, 'missing-year', ''],
  [PLANTED.copiedText.agency, 2023, 'copied-text', ''],
  [PLANTED.rollup.agency, 2023, 'rollup', 'X.ROLLUP'],
  [PLANTED.rollup.agency, 2023, 'rollup', 'X.ROLLUP'],
]
  .map((x) => x.join('|'))
  .sort();

const key = (p: Pick<ReviewProblem, 'agency' | 'year' | 'kind' | 'rule'>): string => [p.agency, p.year, p.kind, p.rule ?? ''].join('|');

const collection = generateCollection();

describe('reviewCollection', () => {
  const documents: ReviewDocument[] = collection.files.map((f) => {
    if (typeof f.content !== 'string') return { file: f.name, report: null, diagnostics: [], error: 'not a zip archive' };
    const r = parseReport(f.content, { format: f.name.endsWith('.html') ? 'html' : f.name.endsWith('.md') ? 'markdown' : 'text' });
    return { file: f.name, report: r.report, diagnostics: r.diagnostics };
  });
  const review = reviewCollection(documents, parseAgencyMapping(collection.mappingCsv));

  it('finds every planted problem and nothing else', () => {
    expect(review.problems.map(key).sort()).toEqual(EXPECTED);
  });

  it('groups by canonical agency (mapped by alias and by file name) and year; the matrix has one gap', () => {
    expect(review.agencies).toHaveLength(6);
    expect(review.years).toEqual([...YEARS]);
    expect(review.reports).toHaveLength(17);
    expect(review.reports.find((r) => r.printedAgency === PLANTED.alias)?.agency).toBe(AGENCIES.transport);
    expect(review.reports.find((r) => r.file.endsWith(PLANTED.misnamedFile))?.agency).toBe(AGENCIES.civil);
    expect(review.matrix.filter((m) => m.status === 'missing')).toEqual([
      { agency: AGENCIES.water, year: 2022, reportId: null, status: 'missing', complete: null, problems: 0 },
    ]);
    expect(
      review.matrix
        .filter((m) => m.status === 'warn')
        .map((m) => `${m.agency} ${m.year} ${m.problems}`)
        .sort(),
    ).toEqual([`${AGENCIES.transport} 2022 2`, `${AGENCIES.city} 2023 2`, `${AGENCIES.culture} 2023 1`].sort());
    expect(review.matrix.filter((m) => m.status === 'pass')).toHaveLength(18 - 1 - 3);
    expect(review.reports.every((r) => r.complete && r.validation.ok)).toBe(true);
  });

  it('sets the unreadable file and the non-report apart, out of the statistics', () => {
    expect(review.setAside.map((s) => [s.file, s.reason])).toEqual([
      [PLANTED.unreadable, 'unreadable'],
      [PLANTED.notAReport, 'not-a-report'],
    ]);
    expect(review.totals).toMatchObject({ documents: 19, reports: 17, agencies: 6, problems: 6, setAside: 2, complete: 17, passed: 17 });
  });

  it('names problems by table, row and column as the template prints them, never by internal keys', () => {
    const carry = review.problems.find((p) => p.rule === 'X.CARRY' && p.column === '自然人');
    expect(carry).toMatchObject({
      table: '表三',
      row: '二、上年结转政府信息公开申请数量',
      expected: 0,
      actual: 2,
      cells: ['t3.carriedOver.naturalPerson'],
    });
    const rollup = review.problems.filter((p) => p.rule === 'X.ROLLUP').map((p) => [p.table, p.column]);
    expect(rollup).toEqual([
      ['表四', '行政复议 / 结果维持'],
      ['表四', '行政复议 / 总计'],
    ]);
    for (const p of review.problems) {
      expect(p.message).not.toMatch(INTERNAL_KEY);
      expect(p.messageEn).not.toMatch(INTERNAL_KEY);
    }
  });

  it('a roll-up whose child is missing that year is noted, not checked', () => {
    const docs = documents.filter((d) => !(d.file.startsWith('2022/') && d.report?.meta.agency === AGENCIES.education));
    const r = reviewCollection(docs, parseAgencyMapping(collection.mappingCsv));
    expect(r.rollupNotes.map((n) => [n.agency, n.year])).toEqual([[AGENCIES.city, 2022]]);
    expect(r.problems.filter((p) => p.kind === 'missing-year').map((p) => [p.agency, p.year])).toContainEqual([AGENCIES.education, 2022]);
  });

  it('a year after an agency’s last report is missing only when most agencies have it', () => {
    const drop = (agency: string, year: number) =>
      documents.filter(
        (d) =>
          !(
            d.report?.meta.year === year &&
            (d.report.meta.agency === agency || (agency === AGENCIES.transport && d.report.meta.agency === PLANTED.alias))
          ),
      );
    // Five of six agencies have 2023: the sixth's is missing.
    const r = reviewCollection(drop(AGENCIES.transport, 2023), parseAgencyMapping(collection.mappingCsv));
    expect(
      r.problems
        .filter((p) => p.kind === 'missing-year')
        .map((p) => `${p.agency} ${p.year}`)
        .sort(),
    ).toEqual([`${AGENCIES.transport} 2023`, `${AGENCIES.water} 2022`].sort());
    // A 2024 report of one agency alone: nobody else is missing 2024.
    const lone = documents.find((d) => d.file === '2023/city-2023.html') as ReviewDocument;
    const later = {
      ...lone,
      file: 'x/city-2024.html',
      report: { ...(lone.report as Report), meta: { ...(lone.report as Report).meta, year: 2024 } },
    };
    const r2 = reviewCollection([...documents, later], parseAgencyMapping(collection.mappingCsv));
    expect(r2.years).toEqual([2021, 2022, 2023, 2024]);
    expect(r2.problems.filter((p) => p.kind === 'missing-year').map((p) => `${p.agency} ${p.year}`)).toEqual([`${AGENCIES.water} 2022`]);
    expect(
      r2.matrix
        .filter((m) => m.year === 2024)
        .map((m) => m.status)
        .sort(),
    ).toEqual(['none', 'none', 'none', 'none', 'none', 'warn']); // the copy of 2023 is copied text
  });

  it('a second report of the same agency and year is a duplicate, left out of the comparisons', () => {
    const dup = documents.find((d) => d.file === '2023/city-2023.html') as ReviewDocument;
    const r = reviewCollection([...documents, { ...dup, file: 'copy/city-2023.html' }], parseAgencyMapping(collection.mappingCsv));
    expect(r.problems.filter((p) => p.kind === 'duplicate').map((p) => p.file)).toEqual(['copy/city-2023.html']);
    expect(r.comparisons.filter((c) => c.agency === AGENCIES.city)).toHaveLength(2);
  });
});

describe('reviewCollection: problems of single reports', () => {
  const cells = seriesCells(21, [2022]).get(2022) as Record<string, number>;
  const texts = prose(5);

  it('a broken row sum is named by table, row and column; a report with cells not read is incomplete', () => {
    const broken = { ...cells, 't3.results.granted.total': (cells['t3.results.granted.total'] as number) + 1 } as Record<
      string,
      number | null
    >;
    delete broken['t4.review.pending'];
    const r = reviewCollection([
      { file: 'a.md', report: collectionReport('测试局', 2022, broken as Record<string, number>, texts), diagnostics: [] },
    ]);
    const rowsum = r.problems.find((p) => p.rule === 'T3.ROWSUM');
    expect(rowsum).toMatchObject({ kind: 'check', severity: 'error', table: '表三', row: '三、本年度办理结果 / （一）予以公开' });
    expect(rowsum?.message).not.toMatch(INTERNAL_KEY);
    expect(r.problems.find((p) => p.kind === 'incomplete')).toMatchObject({
      severity: 'warning',
      messageEn: '1 cells could not be read (1 missing, 0 ambiguous)',
    });
    expect(r.matrix[0]).toMatchObject({ status: 'fail', complete: false });
  });

  it('a structure problem names the section as the template prints it', () => {
    const report = collectionReport('测试局', 2022, cells, texts);
    const r = reviewCollection([
      { file: 'a.md', report: { ...report, sections: report.sections.filter((x) => x.key !== 'otherMatters') }, diagnostics: [] },
    ]);
    expect(r.problems.find((p) => p.rule === 'S.SECTIONS')).toMatchObject({ row: '六、其他需要报告的事项', table: '' });
  });

  it('a table in the template of another year is one failed check of that report, not also a comparison problem', () => {
    const s = seriesCells(23, [2021, 2022]);
    // The 2022 numbers in the 2019 table 三: its one （六）其他处理 row holds the three of 2021.
    const old: Record<string, number> = {};
    for (const [k, v] of Object.entries(s.get(2022) as Record<string, number>)) {
      const m = /^t3\.results\.otherHandling\.[a-zA-Z]+\.(\w+)$/.exec(k);
      if (m) old[`t3.results.otherHandling.${m[1]}`] = (old[`t3.results.otherHandling.${m[1]}`] ?? 0) + v;
      else old[k] = v;
    }
    const y2022 = createReport({
      versions: { table2: '2021', table3: '2019' },
      cells: old,
      meta: { agency: '测试局', year: 2022 },
      sections: collectionReport('测试局', 2022, cells, prose(8)).sections,
    });
    const r = reviewCollection([
      { file: 'a.md', report: collectionReport('测试局', 2021, s.get(2021) as Record<string, number>, prose(7)), diagnostics: [] },
      { file: 'b.md', report: y2022, diagnostics: [] },
    ]);
    expect(r.comparisons[0]?.comparison.versionChanges).toEqual([{ table: 't3', previous: '2021', current: '2019', expected: false }]);
    expect(r.comparisons[0]?.comparison.relations.filter((x) => x.rule === 'X.CARRY').map((x) => x.status)).toEqual(Array(7).fill('pass'));
    expect(r.problems.map((p) => `${p.year} ${p.kind} ${p.rule ?? ''}`).sort()).toEqual([
      '2022 check S.MIXED_VERSIONS',
      '2022 check S.VERSION_YEAR',
    ]);
  });

  it('too little text is not called copied; a report with no agency or year is set aside', () => {
    const short = { overview: '我局持续完善公开目录，群众查找更方便。' };
    const s = seriesCells(22, [2022, 2023]);
    const r = reviewCollection([
      { file: 'a.md', report: collectionReport('测试局', 2022, s.get(2022) as Record<string, number>, short), diagnostics: [] },
      { file: 'b.md', report: collectionReport('测试局', 2023, s.get(2023) as Record<string, number>, short), diagnostics: [] },
      {
        file: 'c.md',
        report: {
          ...collectionReport('测试局', 2023, cells, texts),
          meta: { ...collectionReport('x', 2023, cells, texts).meta, agency: null },
        },
        diagnostics: [],
      },
    ]);
    expect(r.comparisons[0]?.comparison.textReuse.share).toBe(1);
    expect(r.problems.filter((p) => p.kind === 'copied-text')).toEqual([]);
    expect(r.setAside.map((x) => x.reason)).toEqual(['no-agency']);
  });
});

describe('agency mapping CSV', () => {
  it('reads quoted fields, a BOM and CRLF; columns in any order', () => {
    expect(parseCsv('\ufeffa,"b,""c"""\r\n1,2\n')).toEqual([
      ['a', 'b,"c"'],
      ['1', '2'],
    ]);
    const m = parseAgencyMapping('parent,alias,agency,file\r\n甲市人民政府,"甲市交通局",甲市交通运输局,jt.pdf\n');
    expect(m.aliases.get('甲市交通局')).toBe('甲市交通运输局');
    expect(m.files.get('jt.pdf')).toBe('甲市交通运输局');
    expect(m.parents.get('甲市交通运输局')).toBe('甲市人民政府');
    expect(() => parseAgencyMapping('file,alias\nx,y\n')).toThrow(/agency/);
  });
});

describe.runIf(built)('zfxxgk review and zfxxgk compare (built CLI)', () => {
  let dir: string;
  const out = (): string => join(dir, 'out');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zfxxgk-review-'));
    for (const f of collection.files) {
      mkdirSync(dirname(join(dir, 'reports', f.name)), { recursive: true });
      writeFileSync(join(dir, 'reports', f.name), f.content);
    }
    writeFileSync(join(dir, 'agencies.csv'), collection.mappingCsv);
  });

  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  it('review writes the overview, NDJSON and CSV, with a totals line', () => {
    const r = run(['review', 'reports', '--agencies', 'agencies.csv', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('19 个文件：6 个机关的 17 份报告（17 份读全，17 份通过），6 个问题，2 份另列');
    const problems = readFileSync(join(out(), 'problems.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ReviewProblem);
    expect(problems.map(key).sort()).toEqual(EXPECTED);
    const csv = parseCsv(readFileSync(join(out(), 'problems.csv'), 'utf8'));
    expect(csv[0]?.slice(0, 9)).toEqual(['agency', 'year', 'file', 'kind', 'rule', 'severity', 'table', 'row', 'column']);
    expect(csv).toHaveLength(7);
    const reports = readFileSync(join(out(), 'reports.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { status: string; verdict?: string });
    expect(reports.filter((x) => x.status === 'report').map((x) => x.verdict)).toEqual(Array(17).fill('ok'));
    expect(reports.filter((x) => x.status !== 'report').map((x) => x.status)).toEqual(['unreadable', 'not-a-report']);
    const html = readFileSync(join(out(), 'index.html'), 'utf8');
    // Self-contained: no external resource of any kind.
    expect(html).not.toMatch(/<(?:script|img|link|iframe)[^>]+(?:src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('review --lang en, --help, usage errors', () => {
    const r = run(['review', 'reports', '--agencies', 'agencies.csv', '--out', 'out-en', '--lang', 'en', '--quiet']);
    expect(r.stderr).toContain('19 files: 17 reports of 6 agencies (17 read completely, 17 pass), 6 problems, 2 set aside');
    expect(readFileSync(join(dir, 'out-en', 'index.html'), 'utf8')).toContain('<html lang="en">');
    expect(run(['review', '--help']).stdout).toContain('--agencies FILE');
    expect(run(['review', 'reports']).code).toBe(2);
    expect(run(['review', 'nowhere', '--out', 'x']).code).toBe(2);
    expect(run(['--help']).stdout).toContain('zfxxgk review');
  });

  it('compare prints the comparison readably, in English, and as JSON', () => {
    const a = join('reports', '2021', '2-2021.html');
    const b = join('reports', '2022', '2-2022.txt');
    const zh = run(['compare', a, b]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('上年结转等于上一年度的结转下年度：2022年 表三 二、上年结转政府信息公开申请数量 × 自然人');
    const en = run(['compare', b, a, '--lang', 'en']);
    expect(en.stderr).toContain('taken in year order');
    expect(en.stdout).toContain('Year-over-year comparison: 示例市交通运输局 2021 → 2022');
    const json = JSON.parse(run(['compare', a, b, '--format', 'json']).stdout) as {
      previousFile: string;
      relations: { status: string }[];
      textReuse: { share: number };
    };
    expect(json.previousFile).toBe(a);
    expect(json.relations.filter((x) => x.status === 'fail')).toHaveLength(2);
    expect(json.textReuse.share).toBeLessThan(0.5);
    expect(run(['compare', a]).code).toBe(2);
    expect(run(['compare', a, 'reports/notes.txt']).code).toBe(1);
    expect(run(['compare', '--help', '--lang', 'en']).stdout).toContain('Usage: zfxxgk compare PREVIOUS CURRENT');
  });

  describe.runIf(browser)('the overview in Chromium', () => {
    type Page = import('playwright-core').Page;
    type Browser = import('playwright-core').Browser;
    let chromium: Browser;
    let page: Page;
    const requests: string[] = [];
    beforeAll(async () => {
      if (!existsSync(join(out(), 'index.html'))) run(['review', 'reports', '--agencies', 'agencies.csv', '--out', 'out']);
      const { chromium: launcher } = await import('playwright-core');
      chromium = await launcher.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      page = await chromium.newPage({ viewport: { width: 1400, height: 1000 } });
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${join(out(), 'index.html')}`);
    }, BROWSER_HOOK_TIMEOUT);
    afterAll(async () => {
      await chromium?.close();
    }, BROWSER_HOOK_TIMEOUT);

    it('the matrix: six agencies × three years, the gap, the flagged squares', async () => {
      const cells = await page.$$eval('#matrix td[data-year]', (tds) =>
        tds.map((td) => [
          td.getAttribute('data-agency'),
          Number(td.getAttribute('data-year')),
          td.getAttribute('data-status'),
          td.textContent?.trim(),
        ]),
      );
      expect(cells).toHaveLength(18);
      const by = (status: string) =>
        cells
          .filter((c) => c[2] === status)
          .map((c) => `${c[0]} ${c[1]}`)
          .sort();
      expect(by('missing')).toEqual([`${AGENCIES.water} 2022`]);
      expect(by('warn')).toEqual([`${AGENCIES.transport} 2022`, `${AGENCIES.city} 2023`, `${AGENCIES.culture} 2023`].sort());
      expect(by('pass')).toHaveLength(14);
      expect(cells.find((c) => c[2] === 'missing')?.[3]).toBe('缺');
      expect(
        await page
          .locator('#matrix td[data-status=missing]')
          .evaluate(
            (td) =>
              (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundImage: string } }).getComputedStyle(td).backgroundImage,
          ),
      ).toContain('gradient');
      // A square links to its report's section.
      await page.click(`#matrix td[data-agency="${AGENCIES.culture}"][data-year="2023"] a`);
      expect(await page.evaluate('location.hash')).toMatch(/^#r-\d+$/);
      expect(await page.locator(`section.report[data-agency="${AGENCIES.culture}"][data-year="2023"] li`).first().textContent()).toContain(
        '与 2022 年报告相同',
      );
    });

    it('the problem list: the planted problems in plain language, sortable', async () => {
      const rows = await page.$$eval('#problems tbody tr', (trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-agency'),
          Number(tr.getAttribute('data-year')),
          tr.getAttribute('data-kind'),
          tr.getAttribute('data-rule'),
          tr.textContent ?? '',
        ]),
      );
      expect(rows.map((r) => r.slice(0, 4).join('|')).sort()).toEqual(EXPECTED);
      for (const r of rows) expect(r[4]).not.toMatch(INTERNAL_KEY);
      expect(rows.find((r) => r[3] === 'X.ROLLUP')?.[4]).toContain('行政复议 / 结果维持');
      const yearHeader = page.locator('#problems thead th').nth(2);
      await yearHeader.click();
      const asc = await page.$$eval('#problems tbody tr', (trs) => trs.map((tr) => Number(tr.getAttribute('data-year'))));
      expect(asc).toEqual(asc.slice().sort((a, b) => a - b));
      await yearHeader.click();
      const desc = await page.$$eval('#problems tbody tr', (trs) => trs.map((tr) => Number(tr.getAttribute('data-year'))));
      expect(desc).toEqual(asc.slice().sort((a, b) => b - a));
    });

    it('set-aside files are listed apart; each report shows its tables with cell statuses; nothing is fetched', async () => {
      const setAside = await page.$$eval('#set-aside tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-reason')));
      expect(setAside).toEqual(['unreadable', 'not-a-report']);
      expect(await page.locator('section.report').count()).toBe(17);
      const flagged = page.locator(`section.report[data-agency="${AGENCIES.city}"][data-year="2023"] td.flagged`);
      expect(await flagged.count()).toBe(2);
      expect(await flagged.first().getAttribute('title')).toContain('汇总报告等于下级报告之和');
      expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
      if (process.env.WRITE_SCREENSHOT) {
        await page.goto(`file://${join(out(), 'index.html')}`); // the page as it opens (unsorted, at the top)
        await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path: join(ROOT, 'docs', 'review-overview.png') });
      }
    });
  });
});
