/**
 * A generated collection of annual reports (our own agencies, prose and numbers): several
 * agencies over several years whose numbers agree across years (carry-over, the stock of valid
 * documents) and with a summary report, with a few problems planted on purpose.
 */
import { createReport, renderReport, type Report, type Section } from 'zfxxgk-report';
import { consistentCells, prng } from './fixtures.js';

const APPLICANTS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg'];

/** The agencies of the generated collection. */
export const AGENCIES = {
  city: '示例市人民政府',
  education: '示例市教育局',
  civil: '示例市民政局',
  transport: '示例市交通运输局',
  water: '示例市水务局',
  culture: '示例市文化和旅游局',
} as const;

/** Years of the generated collection. */
export const YEARS = [2021, 2022, 2023] as const;

/** What was planted, for the assertions. */
export const PLANTED = {
  carryMismatch: { agency: AGENCIES.transport, year: 2022 },
  missingYear: { agency: AGENCIES.water, year: 2022 },
  copiedText: { agency: AGENCIES.culture, year: 2023 },
  rollup: { agency: AGENCIES.city, year: 2023 },
  unreadable: 'broken.docx',
  notAReport: 'notes.txt',
  /** The 2023 transport report prints this name; the mapping's alias column maps it. */
  alias: '示例市交通局',
  /** The 2021 civil-affairs report prints this name; the mapping's file column maps the file. */
  misnamedFile: 'minzheng-2021.md',
} as const;

/** Cells of one agency over the years: each year's 上年结转 is the last year's 结转下年度, and the stock of valid documents carries on. */
export function seriesCells(seed: number, years: readonly number[]): Map<number, Record<string, number>> {
  const out = new Map<number, Record<string, number>>();
  let prev: Record<string, number> | null = null;
  for (const [i, year] of years.entries()) {
    const cells = consistentCells(seed * 100 + i, { table2: '2021', table3: '2021' }, 20);
    if (prev) {
      for (const c of APPLICANTS) {
        const over = prev[`t3.carriedForward.${c}`] as number;
        const handled = cells[`t3.results.total.${c}`] as number;
        let forward = cells[`t3.carriedForward.${c}`] as number;
        let received = handled + forward - over;
        if (received < 0) {
          forward -= received;
          received = 0;
        }
        cells[`t3.carriedOver.${c}`] = over;
        cells[`t3.carriedForward.${c}`] = forward;
        cells[`t3.newReceived.${c}`] = received;
      }
      for (const r of ['carriedOver', 'carriedForward', 'newReceived'])
        cells[`t3.${r}.total`] = APPLICANTS.reduce((s, c) => s + (cells[`t3.${r}.${c}`] as number), 0);
      for (const r of ['regulations', 'normativeDocuments']) {
        const base = `t2.art20_1.${r}`;
        const before = prev[`${base}.currentlyValid`] as number;
        const issued = cells[`${base}.issued`] as number;
        const repealed = Math.min(cells[`${base}.repealed`] as number, before + issued);
        cells[`${base}.repealed`] = repealed;
        cells[`${base}.currentlyValid`] = before + issued - repealed;
      }
    }
    out.set(year, cells);
    prev = cells;
  }
  return out;
}

/** The cell-by-cell sum of several reports' cells (a summary report that adds up). */
export function sumCells(parts: readonly Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p)) out[k] = Math.round(((out[k] ?? 0) + v) * 100) / 100;
  return out;
}

const SUBJECTS = [
  '我单位',
  '本机关',
  '办公室',
  '各业务科室',
  '信息公开工作小组',
  '分管负责同志',
  '政务公开专班',
  '门户网站管理团队',
  '法规科',
  '综合科',
];
const VERBS = ['持续完善', '认真梳理', '稳步推进', '全面落实', '进一步规范', '统筹做好', '着力加强', '主动优化', '深入开展', '扎实推动'];
const OBJECTS = [
  '政府信息公开目录',
  '依申请公开办理流程',
  '政策解读工作',
  '公开平台栏目建设',
  '信息发布审核机制',
  '重点领域信息公开',
  '政务新媒体管理',
  '监督保障机制',
  '公开工作培训',
  '基层政务公开标准化',
];
const EFFECTS = [
  '公开质量明显提升',
  '群众获取信息更加便捷',
  '工作规范化水平不断提高',
  '答复的及时性得到保障',
  '各项任务按期完成',
  '社会关注的问题得到回应',
  '公开内容更加全面准确',
  '工作机制更加健全',
  '公众参与渠道更加畅通',
  '信息查找更加方便',
];

/** Section texts drawn from a seed: our own sentences, no numbers (so the narrative checks have nothing to compare). */
export function prose(seed: number): Record<string, string> {
  const rnd = prng(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(rnd() * list.length)] as string;
  const sentence = (): string => `${pick(SUBJECTS)}${pick(VERBS)}${pick(OBJECTS)}，${pick(EFFECTS)}。`;
  const paragraph = (n: number): string => Array.from({ length: n }, sentence).join('');
  return {
    overview: `${paragraph(3)}\n${paragraph(2)}`,
    proactiveDisclosure: paragraph(2),
    applications: paragraph(2),
    reviewLitigation: paragraph(1),
    problemsAndImprovements: `存在的问题是${pick(OBJECTS)}仍需加强。${paragraph(2)}`,
    otherMatters: paragraph(1),
  };
}

const HEADINGS: [Section['key'], string][] = [
  ['overview', '一、总体情况'],
  ['proactiveDisclosure', '二、主动公开政府信息情况'],
  ['applications', '三、收到和处理政府信息公开申请情况'],
  ['reviewLitigation', '四、政府信息公开行政复议、行政诉讼情况'],
  ['problemsAndImprovements', '五、存在的主要问题及改进情况'],
  ['otherMatters', '六、其他需要报告的事项'],
];

/** A report of the collection: its cells, its prose, and the agency as the title prints it. */
export function collectionReport(agency: string, year: number, cells: Record<string, number>, texts: Record<string, string>): Report {
  const at = { start: 0, end: 0, line: 1, column: 1 };
  const sections: Section[] = HEADINGS.map(([key, heading]) => ({
    key,
    number: heading.slice(0, 1),
    marker: `${heading.slice(0, 1)}、`,
    level: 1,
    heading,
    title: heading.slice(2),
    text: texts[key as string] ?? '',
    location: at,
    span: at,
  }));
  return createReport({ cells, sections, meta: { agency, year, title: `${agency}${year}年政府信息公开工作年度报告` } });
}

/** A file of the collection. */
export interface CollectionFile {
  /** Relative path. */
  name: string;
  /** Content. */
  content: string | Uint8Array;
}

/** The whole generated collection: files (several formats), the mapping CSV, and the reports as built. */
export function generateCollection(): { files: CollectionFile[]; mappingCsv: string } {
  const seeds: Record<string, number> = {
    [AGENCIES.education]: 11,
    [AGENCIES.civil]: 12,
    [AGENCIES.transport]: 13,
    [AGENCIES.water]: 14,
    [AGENCIES.culture]: 15,
  };
  const series = new Map(Object.entries(seeds).map(([agency, seed]) => [agency, seriesCells(seed, YEARS)]));
  // The planted carry-over mismatch: 2022 上年结转 (自然人) two more than 2021 结转下年度; the
  // year's own balance still holds (two more granted), so only the cross-year relation breaks.
  const t = series.get(AGENCIES.transport)?.get(2022) as Record<string, number>;
  for (const k of [
    't3.carriedOver.naturalPerson',
    't3.carriedOver.total',
    't3.results.granted.naturalPerson',
    't3.results.granted.total',
    't3.results.total.naturalPerson',
    't3.results.total.total',
  ])
    t[k] = (t[k] as number) + 2;
  // The planted missing year.
  series.get(AGENCIES.water)?.delete(2022);
  const files: CollectionFile[] = [];
  const formats = ['md', 'html', 'txt'] as const;
  const write = (name: string, report: Report, format: (typeof formats)[number]): void => {
    files.push({ name, content: renderReport(report, { to: format === 'md' ? 'markdown' : format === 'html' ? 'html' : 'text' }) });
  };
  for (const [ai, [agency, years]] of [...series].entries()) {
    for (const [year, cells] of years) {
      const planted = agency === PLANTED.copiedText.agency && year === PLANTED.copiedText.year;
      // The planted copy: this year's numbers under last year's text.
      const texts = prose((seeds[agency] as number) * 10 + year - (planted ? 1 : 0));
      let printed: string = agency;
      let name = `${ai}-${year}`;
      if (agency === AGENCIES.transport && year === 2023) printed = PLANTED.alias;
      if (agency === AGENCIES.civil && year === 2021) {
        printed = '示例民政';
        name = PLANTED.misnamedFile.replace(/\.md$/, '');
      }
      const format =
        agency === AGENCIES.civil && year === 2021 ? 'md' : (formats[(ai + year) % formats.length] as (typeof formats)[number]);
      write(`${year}/${name}.${format}`, collectionReport(printed, year, cells, texts), format);
    }
  }
  // The summary report: the sum of its two children, except 2023, where one review was added.
  for (const year of YEARS) {
    const cells = sumCells([series.get(AGENCIES.education)?.get(year), series.get(AGENCIES.civil)?.get(year)] as Record<string, number>[]);
    if (year === PLANTED.rollup.year) {
      cells['t4.review.upheld'] = (cells['t4.review.upheld'] as number) + 1;
      cells['t4.review.total'] = (cells['t4.review.total'] as number) + 1;
    }
    write(`${year}/city-${year}.html`, collectionReport(AGENCIES.city, year, cells, prose(900 + year)), 'html');
  }
  files.push({ name: PLANTED.unreadable, content: new TextEncoder().encode('PK\u0003\u0004 this is no zip archive') });
  files.push({ name: PLANTED.notAReport, content: '会议纪要：今天讨论了办公用品的采购安排。' });
  const mappingCsv = [
    'agency,file,alias,parent',
    `${AGENCIES.education},,,${AGENCIES.city}`,
    `${AGENCIES.civil},${PLANTED.misnamedFile},,${AGENCIES.city}`,
    `${AGENCIES.transport},,${PLANTED.alias},`,
  ].join('\n');
  return { files, mappingCsv };
}
