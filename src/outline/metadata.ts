/**
 * Report metadata: title, agency, report year, publication date, 索引号, 文号, 发布机构 and the
 * statistics period. Title, agency, year and date are chosen by evidence rank (see
 * {@link MetaEvidence}): page or crawler headers (`标题: …`, `发布日期: …`), the HTML head, the
 * report's title line, 本报告 sentences and the statistics period, the signature block at the end,
 * other sentences, and the contact sentence last. Each field remembers where it was found; fields
 * taken from weak evidence are reported (`metadata-inferred`).
 */
import type { Reporter } from '../diagnostics/reporter.js';
import type { Line } from '../grammar/lines.js';
import type { MetaEvidence, MetaSources, ReportMeta } from '../model/report.js';

const TITLE_WORDS = /(?:政府信息公开|政务公开|信息公开)[^\s]{0,12}?(?:年度报告|工作报告|年报)/;
const AGENCY_SUFFIX =
  '(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管理委员会|管委会|局|厅|委|办|中心|院|署|会|镇|乡|街道办事处|街道|区|县|市|州|盟|旗|公司|所|站|队)';
const AGENCY_END = new RegExp(`${AGENCY_SUFFIX}$`);

/** Words that show a line is a cover letter or a citation, not the report's title (`…关于报送…`, `《关于印发…格式的通知》`). */
const NOT_TITLE = /关于|印发|报送|通知|的函|《|》/;
/** Words that show a match is a document title or a verb, not an agency name. */
const NOT_AGENCY = /关于|印发|通知|方案|意见|规定|办法|条例|工作要点|实施|贯彻|报送/;
/** Verbs a sentence puts before a title (`编制公布2021年…`): never the start of an agency name. */
const VERB_START = /^(?:编制|公布|发布|印发|报送|现将|做好|关于)/;

/** An office named after its agency in a contact sentence: '示例县林业局党政办公室' → '示例县林业局'. */
const OFFICE_OF_AGENCY = /^(.{2,30}?(?:局|委员会|委|厅|人民政府|办事处|中心))(?:党政|综合|政务|信息|行政)?(?:办公室|办|科|股|处)$/;

/** Evidence too weak to trust without saying so. */
const WEAK: ReadonlySet<MetaEvidence> = new Set<MetaEvidence>(['body', 'contact']);
/** Head lines searched for a title. */
const TITLE_SEARCH_LINES = 40;
/** Longest title line (characters, spaces removed). */
const MAX_TITLE_LENGTH = 60;
/** Longest second line of a title split over two lines (`…政府信息公开工作` / `年度报告`). */
const MAX_TITLE_TAIL = 12;
/** Shortest agency name (characters) taken from a title, a signature or a publisher field. */
const MIN_AGENCY = 2;
/** Longest line that can be an agency name on its own (a title's first line, a signature line). */
const MAX_AGENCY_LINE = 30;
/** Longest line ending in a year that can be the first half of a title split after the year. */
const MAX_TITLE_HEAD = 40;
/** Non-blank lines at the end of the text searched for a signature block. */
const SIGNATURE_LINES = 8;
/** Characters of the text searched for sentences naming the agency, year and period. */
const BODY_SEARCH_CHARS = 20000;
/** Characters searched for the first year of a text with no title. */
const FIRST_YEAR_CHARS = 3000;

/** A value and where it was found (offsets in the normalised text; none for the HTML head). */
interface Found<T> {
  value: T;
  evidence: MetaEvidence;
  start?: number;
  end?: number;
}

/** Where each field was found, in normalised-text offsets (turned into locations by {@link reportMetadataSources}). */
export type MetadataEvidence = Partial<{ title: Found<string>; agency: Found<string>; year: Found<number>; publishDate: Found<string> }>;

/** Metadata the page carries outside the text (HTML head, first `<h1>`). */
export interface PageMetadata {
  /** `<title>` or `ArticleTitle`. */
  title?: string;
  /** `PubDate`. */
  publishDate?: string;
  /** First `<h1>`. */
  heading?: string;
}

/**
 * Extracts metadata from the lines of a normalised report. `bodyStart` is the first section heading
 * line; `page` is what the HTML head says, with `normalize` to read it like the text.
 */
export function extractMetadata(
  lines: readonly Line[],
  text: string,
  bodyStart: number,
  page?: { meta: PageMetadata; normalize: (s: string) => string },
): { meta: ReportMeta; evidence: MetadataEvidence } {
  const head = lines.slice(0, Math.max(bodyStart, 0) + 1).filter((l) => l.kind !== 'blank');
  const compactText = text.slice(0, BODY_SEARCH_CHARS);
  const signature = signatureBlock(lines);
  // Candidates strongest first, each looked for only when the stronger ones found nothing.
  const title = best<string>([() => headerTitle(head), () => pageTitle(page), () => lineTitle(head), () => titleInText(text)]);
  const per = period(compactText);
  const year = best<number>([
    () => (title && yearOf(title.value) !== null ? { ...title, value: yearOf(title.value) as number } : null),
    () => periodYear(compactText),
    () => firstYear(head),
    () => firstYearInText(compactText.slice(0, FIRST_YEAR_CHARS)),
  ]);
  const fromTitle = title ? agencyFromTitle(title.value) : null;
  const agency = best<string>([
    () => (fromTitle !== null && title ? { ...title, value: fromTitle } : null),
    ...agencyFromBody(compactText, signature),
  ]);
  const publishDate = best<string>([
    () => headerDate(text),
    () => pageDate(page),
    () => ownLineDate(head, 'title-line'),
    () => signature.date,
    () => ownLineDate(lines, 'body'),
  ]);
  const meta: ReportMeta = {
    title: title?.value ?? null,
    agency: agency?.value ?? null,
    year: year?.value ?? null,
    publishDate: publishDate?.value ?? null,
    indexNumber: match1(compactText, /索[ \t]{0,4}引[ \t]{0,4}号[ \t]{0,4}[:：]?[ \t]{0,8}([0-9A-Za-z][0-9A-Za-z/\-_.]{4,40})/),
    documentNumber: documentNumber(compactText),
    publisher: publisher(compactText),
    period: per,
  };
  const evidence: MetadataEvidence = {};
  if (title) evidence.title = title;
  if (agency) evidence.agency = agency;
  if (year) evidence.year = year;
  if (publishDate) evidence.publishDate = publishDate;
  return { meta, evidence };
}

/** What {@link reportMetadataSources} needs from the parse: locations and a way to report (the stages' `Reporter`). */
export type MetadataReporter = Reporter;

const FIELD_NAMES = { title: '标题', agency: '机关名称', year: '年度', publishDate: '发布日期' } as const;
const EVIDENCE_NAMES: Record<MetaEvidence, string> = {
  'page-header': '页面信息栏',
  'html-head': '网页标题',
  'title-line': '报告标题行',
  'report-sentence': '说明本报告的句子',
  period: '统计期限',
  signature: '落款',
  body: '正文中的提及',
  contact: '联系方式',
};

/** Sets `meta.sources` (with locations) and reports the fields taken from weak evidence. */
export function reportMetadataSources(meta: ReportMeta, evidence: MetadataEvidence, r: MetadataReporter): void {
  const sources: MetaSources = {};
  for (const field of ['title', 'agency', 'year', 'publishDate'] as const) {
    const f = evidence[field];
    if (!f) continue;
    const location = f.start !== undefined && f.end !== undefined ? r.location(f.start, f.end) : undefined;
    sources[field] = location ? { evidence: f.evidence, location } : { evidence: f.evidence };
    if (WEAK.has(f.evidence)) {
      r.report('metadata-inferred', {
        target: FIELD_NAMES[field],
        actual: String(f.value),
        detail: EVIDENCE_NAMES[f.evidence],
        path: `meta.${field}`,
        ...(location ? { location } : {}),
      });
    }
  }
  meta.sources = sources;
}

/** The first candidate found (candidates are listed strongest first; the weaker ones are not looked for once one is found). */
function best<T>(candidates: readonly (() => Found<T> | null | undefined)[]): Found<T> | null {
  for (const c of candidates) {
    const found = c();
    if (found) return found;
  }
  return null;
}

function match1(text: string, re: RegExp): string | null {
  const m = re.exec(text);
  return m ? (m[1] ?? null) : null;
}

/** Chrome words before a title on the same line. */
const TITLE_PREFIX = /^(?:标\s*题|题\s*目|title)\s*[:：]?\s*/i;

/** A usable title: names the report, no sentence, no cover letter or citation. */
function titleLike(c: string): boolean {
  return c.length <= MAX_TITLE_LENGTH && !c.includes('。') && !/[,，;；]/.test(c) && TITLE_WORDS.test(c) && !NOT_TITLE.test(c);
}

/** A crawler header line `标题: …` in the head. */
function headerTitle(head: readonly Line[]): Found<string> | null {
  for (const l of head.slice(0, TITLE_SEARCH_LINES)) {
    if (!TITLE_PREFIX.test(l.text) || !/^(?:标|题|title)/i.test(l.text)) continue;
    const c = cutSiteSuffix(
      l.text
        .replace(TITLE_PREFIX, '')
        .replace(/\s+/g, '')
        .replace(/^《|》$/g, ''),
    );
    if (titleLike(c)) return { value: c, evidence: 'page-header', start: l.start, end: l.end };
  }
  return null;
}

/** The HTML head's title (site name cut off), else the first `<h1>`. */
function pageTitle(page: { meta: PageMetadata; normalize: (s: string) => string } | undefined): Found<string> | null {
  if (!page) return null;
  for (const raw of [page.meta.title, page.meta.heading]) {
    if (!raw) continue;
    const part = page
      .normalize(raw)
      .split(/[ \t]{0,3}[-_|—–][ \t]{0,3}/)
      .find((p) => /报告|年报/.test(p));
    const c = part?.replace(/\s+/g, '');
    if (c && titleLike(c)) return { value: c, evidence: 'html-head' };
  }
  return null;
}

/** The report's own title line among the head lines (possibly split over two lines). */
function lineTitle(head: readonly Line[]): Found<string> | null {
  let best: { found: Found<string>; score: number } | null = null;
  for (let i = 0; i < head.length && i < TITLE_SEARCH_LINES; i++) {
    const l = head[i] as Line;
    if (TITLE_PREFIX.test(l.text) && /^(?:标|题|title)/i.test(l.text)) continue;
    const t = l.text.replace(/^#+\s*/, '');
    let c = t.replace(/\s+/g, '');
    let end = l.end;
    const next = head[i + 1];
    // A title split over two lines: '2024年上海市科委政府信息公开工作' / '年度报告'.
    if (!TITLE_WORDS.test(c) && next) {
      const tail = next.text.replace(/^#+\s*/, '').replace(/\s+/g, '');
      if (tail.length <= MAX_TITLE_TAIL && TITLE_WORDS.test(c + tail) && /(?:政府信息公开|政务公开|信息公开)/.test(c)) {
        c += tail;
        end = next.end;
      }
    }
    if (!titleLike(c)) continue;
    let title = c;
    let start = l.start;
    const prevLine = i > 0 ? (head[i - 1] as Line) : null;
    const prev = prevLine ? prevLine.text.replace(/\s+/g, '') : '';
    const agencyLine = prev.length >= MIN_AGENCY && prev.length <= MAX_AGENCY_LINE && AGENCY_END.test(prev) && !/[:：,，。]/.test(prev);
    // A title split before the year: '洪泽区人民政府' / '2023年政府信息公开工作年度报告', or with no year at all.
    if ((/^\d{4}/.test(c) || /^(?:政府信息公开|政务公开)/.test(c)) && agencyLine && prevLine) {
      title = prev + c;
      start = prevLine.start;
    }
    // A title split after the year: '自治区人民政府办公厅2022' / '政府信息公开工作年度报告'.
    if (!/\d{4}/.test(c) && /\d{4}年?度?$/.test(prev) && prev.length <= MAX_TITLE_HEAD && prevLine) {
      title = prevLine.text.replace(/^.*?\s/, '').replace(/\s+/g, '') + c;
      start = prevLine.start;
    }
    // Page titles append the site or unit: '…年度报告-沭阳县发改局'.
    title = cutSiteSuffix(title);
    // Prefer the real title over column names ('2020年信息公开年报') printed before it.
    const score = (/政府信息公开/.test(title) ? 2 : 0) + (/年度报告$/.test(title) ? 2 : 0) + (/^[^\d]{2,}/.test(title) ? 1 : 0);
    if (!best || score > best.score) best = { found: { value: title, evidence: 'title-line', start, end }, score };
  }
  return best ? best.found : null;
}

/** Page titles append the site or unit after a dash: '…年度报告-沭阳县发改局' → '…年度报告'. */
function cutSiteSuffix(title: string): string {
  const m = /(?:报告|年报)[-_|—–]/.exec(title);
  return m ? title.slice(0, m.index + 2) : title;
}

/** A title stated inside the first sentence: '…编制大理白族自治州2023年政府信息公开工作年度报告。' */
function titleInText(text: string): Found<string> | null {
  const re = /(?:编制|现将|发布|公布|印发)(?:了)?(?:本)?([^\s，。,；;、《》()“”]{2,30}?20\d{2}年度?政府信息公开工作年度报告)/;
  const m = re.exec(text.slice(0, FIRST_YEAR_CHARS));
  if (!m) return null;
  const value = (m[1] as string).replace(VERB_START, '');
  const start = m.index + m[0].length - (m[1] as string).length;
  // A sentence naming the report without its agency ('编制公布2021年度…报告') gives no title.
  return NOT_TITLE.test(value) || /^\d/.test(value) ? null : { value, evidence: 'report-sentence', start, end: m.index + m[0].length };
}

function yearOf(title: string | null): number | null {
  if (!title) return null;
  const m = /(20\d{2})\s*年?/.exec(title);
  return m ? Number(m[1]) : null;
}

/** Year of the statistics period (`统计期限自2023年1月1日起至2023年12月31日止`). */
function periodYear(text: string): Found<number> | null {
  const p = periodMatch(text);
  if (p) return { value: Number(p.value.start.slice(0, 4)), evidence: 'period', start: p.start, end: p.end };
  const m = /(?:统计期限|统计周期|统计时限)[^。\n]{0,12}?(20\d{2})\s*年/.exec(text);
  return m ? { value: Number(m[1]), evidence: 'period', start: m.index, end: m.index + m[0].length } : null;
}

function firstYear(head: readonly Line[]): Found<number> | null {
  for (const l of head) {
    const m = /(20\d{2}|201\d|200\d)\s*年/.exec(l.text);
    if (m) return { value: Number(m[1]), evidence: 'body', start: l.start, end: l.end };
  }
  return null;
}

/** The first year written in the text (`2019年，我乡…`), for reports with no title. */
function firstYearInText(text: string): Found<number> | null {
  const m = /(20[12]\d)\s*年/.exec(text);
  return m ? { value: Number(m[1]), evidence: 'body', start: m.index, end: m.index + m[0].length } : null;
}

function periodMatch(text: string): { value: { start: string; end: string }; start: number; end: number } | null {
  const m =
    /(20\d{2})[ \t]{0,2}年[ \t]{0,2}(\d{1,2})[ \t]{0,2}月[ \t]{0,2}(\d{1,2})[ \t]{0,2}日[ \t]{0,2}(?:起)?[ \t]{0,2}(?:至|到|-|—|~)[ \t]{0,2}(?:(20\d{2})[ \t]{0,2}年)?[ \t]{0,2}(\d{1,2})[ \t]{0,2}月[ \t]{0,2}(\d{1,2})[ \t]{0,2}日/.exec(
      text,
    );
  if (!m) return null;
  const y1 = m[1] as string;
  const y2 = m[4] ?? y1;
  return {
    value: { start: iso(y1, m[2] as string, m[3] as string), end: iso(y2, m[5] as string, m[6] as string) },
    start: m.index,
    end: m.index + m[0].length,
  };
}

function period(text: string): { start: string; end: string } | null {
  return periodMatch(text)?.value ?? null;
}

function iso(y: string, mo: string, d: string): string {
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function agencyFromTitle(title: string | null): string | null {
  if (!title) return null;
  const before = /^(.{2,40}?)(?:20\d{2})/.exec(title);
  if (before) {
    const a = (before[1] as string).replace(/[《》()]/g, '');
    if (a.length >= MIN_AGENCY && !VERB_START.test(a) && !NOT_AGENCY.test(a)) return a;
  }
  const after = /^20\d{2}年?度?(.{2,40}?)(?:政府信息公开|政务公开|信息公开)/.exec(title);
  const a = after ? (after[1] as string) : null;
  return a && !VERB_START.test(a) && !NOT_AGENCY.test(a) ? a : null;
}

/**
 * Most white space between 请(与)(联系) and the agency it names: a line break and the indentation of the next line of
 * `pdftotext -layout` at most (bounded so that the pattern reads a bounded number of characters per start: recheck).
 */
const MAX_CONTACT_GAP = 400;
const NAMED_AGENCY = `([\\u4e00-\\u9fff]{2,30}?${AGENCY_SUFFIX})`;
/** Sentences naming the agency that made the report, strongest first (global: every match is tried in turn). */
const AGENCY_SENTENCES: readonly [RegExp, MetaEvidence][] = [
  [new RegExp(`本(?:年度)?报告由\\s*${NAMED_AGENCY}(?:办公室)?\\s*(?:根据|依据|按照|编制|负责)`, 'g'), 'report-sentence'],
  [new RegExp(`由\\s*${NAMED_AGENCY}\\s*(?:编制|负责编制)`, 'g'), 'report-sentence'],
  [new RegExp(`《${NAMED_AGENCY}(?:20\\d{2})年`, 'g'), 'report-sentence'],
];
/** Weaker mentions, after the signature block. */
const AGENCY_MENTIONS: readonly [RegExp, MetaEvidence][] = [
  [new RegExp(`《${NAMED_AGENCY}(?:政府)?信息公开指南》`, 'g'), 'body'],
  [new RegExp(`请(?:与)?(?:联系)?\\s{0,${MAX_CONTACT_GAP}}${NAMED_AGENCY}(?=办公室|联系|咨询|[,，。(（])`, 'g'), 'contact'],
];

/** Agency candidates from the body, strongest first (each searched for only when asked). */
function agencyFromBody(text: string, signature: { agency: Found<string> | null }): (() => Found<string> | null)[] {
  const find = ([re, evidence]: readonly [RegExp, MetaEvidence]): Found<string> | null => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // The contact names an office of the agency ('…林业局党政办公室'): the agency is the part before it.
      const a = evidence === 'contact' ? (m[1] as string).replace(OFFICE_OF_AGENCY, '$1') : (m[1] as string);
      if (!NOT_AGENCY.test(a) && !VERB_START.test(a)) {
        const start = m.index + m[0].indexOf(a);
        return { value: a, evidence, start, end: start + a.length };
      }
    }
    return null;
  };
  return [...AGENCY_SENTENCES.map((t) => () => find(t)), () => signature.agency, ...AGENCY_MENTIONS.map((t) => () => find(t))];
}

const DATE_LINE = /^[ \t(（]{0,6}(20\d{2})[ \t]{0,2}年[ \t]{0,2}(\d{1,2})[ \t]{0,2}月[ \t]{0,2}(\d{1,2})[ \t]{0,2}日[ \t)）]{0,6}$/;

/** The signature block at the end: an agency name on its own line, and the date line under it. */
function signatureBlock(lines: readonly Line[]): { agency: Found<string> | null; date: Found<string> | null } {
  const tail: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < SIGNATURE_LINES; i--) {
    const l = lines[i] as Line;
    if (l.kind !== 'blank') tail.unshift(l);
  }
  let date: Found<string> | null = null;
  let agency: Found<string> | null = null;
  tail.forEach((l, k) => {
    const d = DATE_LINE.exec(l.text);
    if (!d) return;
    date = { value: iso(d[1] as string, d[2] as string, d[3] as string), evidence: 'signature', start: l.start, end: l.end };
    for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
      const a = (tail[j] as Line).text.replace(/\s+/g, '');
      if (
        a.length >= MIN_AGENCY &&
        a.length <= MAX_AGENCY_LINE &&
        AGENCY_END.test(a) &&
        /^[\u4e00-\u9fff()（）]+$/.test(a) &&
        !NOT_AGENCY.test(a)
      ) {
        agency = { value: a, evidence: 'signature', start: (tail[j] as Line).start, end: (tail[j] as Line).end };
        break;
      }
    }
  });
  return { agency, date };
}

/** `发布日期: 2024-01-23` and the like in the page chrome. */
function headerDate(text: string): Found<string> | null {
  const m = /(?:发布日期|发布时间|发文日期|成文日期|日期)[ \t]{0,4}[:：]?[ \t]{0,4}(20\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text);
  return m
    ? { value: iso(m[1] as string, m[2] as string, m[3] as string), evidence: 'page-header', start: m.index, end: m.index + m[0].length }
    : null;
}

function pageDate(page: { meta: PageMetadata } | undefined): Found<string> | null {
  const d = page?.meta.publishDate ? /(20\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(page.meta.publishDate) : null;
  return d ? { value: iso(d[1] as string, d[2] as string, d[3] as string), evidence: 'html-head' } : null;
}

/** The first date on a line of its own (possibly in brackets) among the lines: under the title (head lines) or anywhere. */
function ownLineDate(lines: readonly Line[], evidence: MetaEvidence): Found<string> | null {
  for (const l of lines) {
    const d = l.kind === 'blank' ? null : DATE_LINE.exec(l.text);
    if (d) return { value: iso(d[1] as string, d[2] as string, d[3] as string), evidence, start: l.start, end: l.end };
  }
  return null;
}

function documentNumber(text: string): string | null {
  const m = /文[ \t]{0,6}号[ \t]{0,4}[:：]?[ \t]{0,8}([^\s]{2,40})/.exec(text);
  if (!m) return null;
  const v = m[1] as string;
  return /〔|\[|号/.test(v) ? v : null;
}

function publisher(text: string): string | null {
  const m = /发布机构[ \t]{0,4}[:：]?[ \t]{0,8}([\u4e00-\u9fff]{2,40})/.exec(text);
  if (!m) return null;
  const raw = m[1] as string;
  const cut = raw.indexOf('发布日期');
  const v = cut === -1 ? raw : raw.slice(0, cut);
  return v.length >= MIN_AGENCY ? v : null;
}
