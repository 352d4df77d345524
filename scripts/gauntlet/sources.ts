/**
 * The gauntlet's source documents: reports of our own (random consistent values from a seed, both
 * template versions, zeros, blanks left blank, large numbers, decimal fees, negative 2019 增/减)
 * written as whole report pages (title, the six sections with prose, the three tables) in the HTML
 * styles real sites produce. Bundled by esbuild (scripts/gauntlet/load-ts.mjs) so the generator
 * reuses the test fixtures and the package's own renderer.
 */
import { listCells, renderReport, type Report, type TemplateVersion } from 'zfxxgk-report';
import { consistentReport } from '../../test/helpers/fixtures.js';
import { styleGauntletHtml, type GauntletHtmlStyle } from '../../test/helpers/html-styles.js';

/** One generated report: how it was made. */
export interface SourceSpec {
  /** Directory name under test/gauntlet/. */
  id: string;
  /** Seed of the cell values. */
  seed: number;
  /** Template version of both tables. */
  version: TemplateVersion;
  /** Upper bound of the counts (large values need a large scale). */
  scale: number;
  /** Cells left blank (indices into the cell list, modulo its length). */
  blanks: number[];
  /** HTML style of the page. */
  style: GauntletHtmlStyle;
}

/**
 * The committed set: every style in both versions; scales from tiny (mostly zeros) to large
 * (five-digit counts; fees always have cents); some with blank cells.
 */
export const SOURCES: readonly SourceSpec[] = [
  { id: 'r01-2021-plain', seed: 101, version: '2021', scale: 20, blanks: [], style: 'plain' },
  { id: 'r02-2019-plain', seed: 102, version: '2019', scale: 20, blanks: [3, 40], style: 'plain' },
  { id: 'r03-2021-word', seed: 103, version: '2021', scale: 600, blanks: [], style: 'word' },
  { id: 'r04-2019-word', seed: 104, version: '2019', scale: 60, blanks: [7], style: 'word' },
  { id: 'r05-2021-cms', seed: 105, version: '2021', scale: 40, blanks: [2, 11], style: 'cms' },
  { id: 'r06-2019-cms', seed: 106, version: '2019', scale: 3000, blanks: [], style: 'cms' },
  { id: 'r07-2021-vertical', seed: 107, version: '2021', scale: 12, blanks: [], style: 'vertical' },
  { id: 'r08-2019-vertical', seed: 108, version: '2019', scale: 30, blanks: [5, 77], style: 'vertical' },
  { id: 'r09-2021-portal', seed: 109, version: '2021', scale: 90, blanks: [], style: 'portal' },
  { id: 'r10-2019-portal', seed: 110, version: '2019', scale: 15, blanks: [1], style: 'portal' },
  { id: 'r11-2021-portal-word', seed: 111, version: '2021', scale: 8, blanks: [9, 60, 121], style: 'portal-word' },
  { id: 'r12-2019-portal-word', seed: 112, version: '2019', scale: 5000, blanks: [], style: 'portal-word' },
  // Mostly zeros (rows of a quiet year add up whichever row takes them), blanks in tables 四 and 二.
  { id: 'r13-2021-cms-zeros', seed: 113, version: '2021', scale: 2, blanks: [176, 182, 191, 197], style: 'cms' },
  { id: 'r14-2019-word-zeros', seed: 114, version: '2019', scale: 1, blanks: [], style: 'word' },
];

/** A generated source: the page and the truth (every cell: a number, or null for blank). */
export interface GeneratedSource {
  /** The spec it was made from. */
  spec: SourceSpec;
  /** The HTML page. */
  html: string;
  /** Every cell of the report's template versions. */
  truth: Record<string, number | null>;
}

const AGENCIES = [
  '示例县人民政府办公室',
  '样本市自然资源和规划局',
  '测试区市场监督管理局',
  '模拟县教育局',
  '演示市卫生健康委员会',
  '范例镇人民政府',
];

function num(r: Report, address: string): number {
  const c = listCells(r).find((x) => x.address === address);
  return c?.status === 'value' && c.value !== null ? c.value : 0;
}

/** The prose of the six sections, stating a few numbers of the tables (consistent with them) and some others. */
function prose(r: Report, year: number, seed: number): Record<string, string[]> {
  const t = (a: string): number => num(r, a);
  const received = t('t3.newReceived.total');
  const carried = t('t3.carriedOver.total');
  const forward = t('t3.carriedForward.total');
  const review = t('t4.review.total');
  const litigation = t('t4.litigationDirect.total') + t('t4.litigationAfterReview.total');
  return {
    overview: [
      `${year}年，我单位坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开各项工作。`,
      `（一）主动公开。全年通过门户网站发布各类信息${(seed % 700) + 120}条，其中政策文件${(seed % 30) + 3}件，政策解读${(seed % 12) + 2}篇；政务新媒体发布信息${(seed % 400) + 50}条。`,
      `（二）依申请公开。严格按照法定时限和程序办理申请，本年度收到政府信息公开申请${received}件，上年结转${carried}件，结转下年度办理${forward}件。`,
      '（三）政府信息管理。规范信息发布审核流程，落实“先审查、后公开”和“一事一审”制度。',
      `（四）平台建设。门户网站全年访问量${((seed * 37) % 90000) + 10000}人次，网站运行平稳。`,
    ],
    proactiveDisclosure: ['本年度主动公开政府信息情况如下表所示。'],
    applications: ['本年度收到和处理政府信息公开申请情况如下表所示。'],
    reviewLitigation: [
      review + litigation === 0
        ? '本年度未发生政府信息公开行政复议、行政诉讼案件。'
        : `本年度发生政府信息公开行政复议${review}件，行政诉讼${litigation}件，具体情况如下表所示。`,
    ],
    problemsAndImprovements: [
      '一是信息公开的及时性和规范性仍需提高；二是政策解读形式较为单一。',
      `下一步，我单位将加强业务培训，全年计划组织培训${(seed % 4) + 2}次，进一步提升工作质量。`,
    ],
    otherMatters: [
      '本年度未收取信息处理费。',
      `本年度人大代表建议和政协委员提案办理结果公开${(seed % 9) + 1}件。联系电话：0000-${String(1000000 + ((seed * 7919) % 8999999))}。`,
    ],
  };
}

const HEADINGS: [key: string, heading: string, table: number | null][] = [
  ['overview', '一、总体情况', null],
  ['proactiveDisclosure', '二、主动公开政府信息情况', 0],
  ['applications', '三、收到和处理政府信息公开申请情况', 1],
  ['reviewLitigation', '四、政府信息公开行政复议、行政诉讼情况', 2],
  ['problemsAndImprovements', '五、存在的主要问题及改进情况', null],
  ['otherMatters', '六、其他需要报告的事项', null],
];

/** The plain article page (our renderer's table markup, headings, paragraphs) before styling. */
export function articleHtml(r: Report, spec: SourceSpec): string {
  const year = spec.version === '2019' ? 2020 : 2023;
  const agency = AGENCIES[spec.seed % AGENCIES.length] as string;
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const tables = renderReport(r, { to: 'html', tablesOnly: true }).match(/<table[\s\S]*?<\/table>/g) ?? [];
  const p = prose(r, year, spec.seed);
  const body: string[] = [
    `<h1>${title}</h1>`,
    `<p>发布时间：${year + 1}-01-${String((spec.seed % 28) + 1).padStart(2, '0')}</p>`,
    `<p>本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制。报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。</p>`,
  ];
  for (const [key, heading, table] of HEADINGS) {
    body.push(`<h2>${heading}</h2>`);
    for (const line of p[key] ?? []) body.push(`<p>${line}</p>`);
    if (table !== null && tables[table]) body.push(tables[table] as string);
  }
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

/** Generates one source. */
export function generateSource(spec: SourceSpec): GeneratedSource {
  const r = consistentReport(spec.seed, spec.version, { blanks: spec.blanks, scale: spec.scale });
  const truth: Record<string, number | null> = {};
  for (const c of listCells(r)) truth[c.address] = c.status === 'value' ? c.value : null;
  return { spec, html: styleGauntletHtml(articleHtml(r, spec), spec.style, spec.seed), truth };
}

/** Generates every committed source. */
export function generateSources(): GeneratedSource[] {
  return SOURCES.map(generateSource);
}
