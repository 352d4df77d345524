/**
 * Report metadata: title, agency, report year, publication date, 索引号, 文号, 发布机构 and the
 * statistics period, from the title lines, page chrome and the preamble.
 */
import type { Line } from '../grammar/lines.js';
import type { ReportMeta } from '../model/report.js';

const TITLE_WORDS = /(?:政府信息公开|政务公开|信息公开)[^\s]{0,12}?(?:年度报告|工作报告|年报)/;
const AGENCY_SUFFIX =
  '(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管理委员会|管委会|局|厅|委|办|中心|院|署|会|镇|乡|街道办事处|街道|区|县|市|州|盟|旗|公司|所|站|队)';

/** Extracts metadata from the lines of a normalised report. `bodyStart` is the first section heading line. */
export function extractMetadata(lines: readonly Line[], text: string, bodyStart: number): ReportMeta {
  const head = lines.slice(0, Math.max(bodyStart, 0) + 1).filter((l) => l.kind !== 'blank');
  const title = findTitle(head) ?? titleInText(text);
  const compactText = text.slice(0, 20000);
  const year = yearOf(title) ?? periodYear(compactText) ?? firstYear(head) ?? firstYearInText(compactText.slice(0, 3000));
  const agency = agencyFromTitle(title) ?? agencyFromBody(compactText);
  return {
    title,
    agency,
    year,
    publishDate: publishDate(text),
    indexNumber: match1(compactText, /索[ \t]{0,4}引[ \t]{0,4}号[ \t]{0,4}[:：]?[ \t]{0,8}([0-9A-Za-z][0-9A-Za-z/\-_.]{4,40})/),
    documentNumber: documentNumber(compactText),
    publisher: publisher(compactText),
    period: period(compactText),
  };
}

function match1(text: string, re: RegExp): string | null {
  const m = re.exec(text);
  return m ? (m[1] ?? null) : null;
}

/** Chrome words before a title on the same line. */
const TITLE_PREFIX = /^(?:标\s*题|题\s*目|title)\s*[:：]?\s*/i;

function findTitle(head: readonly Line[]): string | null {
  let best: { title: string; score: number } | null = null;
  for (let i = 0; i < head.length && i < 40; i++) {
    const l = head[i] as Line;
    const t = l.text.replace(TITLE_PREFIX, '').replace(/^#+\s*/, '');
    const c = t.replace(/\s+/g, '');
    if (c.length > 60 || c.includes('。') || /[,，;；]/.test(c)) continue;
    if (!TITLE_WORDS.test(c)) continue;
    let title = c;
    const prev = i > 0 ? (head[i - 1] as Line).text.replace(TITLE_PREFIX, '').replace(/\s+/g, '') : '';
    const agencyLine = prev.length >= 2 && prev.length <= 30 && new RegExp(`${AGENCY_SUFFIX}$`).test(prev) && !/[:：,，。]/.test(prev);
    // A title split over two lines: '洪泽区人民政府' / '2023年政府信息公开工作年度报告', or with no year at all.
    if ((/^\d{4}/.test(c) || /^(?:政府信息公开|政务公开)/.test(c)) && agencyLine) title = prev + c;
    // A title split after the year: '自治区人民政府办公厅2022' / '政府信息公开工作年度报告'.
    if (!/\d{4}/.test(c) && /\d{4}年?度?$/.test(prev) && prev.length <= 40) title = prev.replace(/^.*?\s/, '') + c;
    // Page titles append the site or unit: '…年度报告-沭阳县发改局'.
    title = cutSiteSuffix(title);
    // Prefer the real title over column names ('2020年信息公开年报') printed before it.
    const score = (/政府信息公开/.test(title) ? 2 : 0) + (/年度报告$/.test(title) ? 2 : 0) + (/^[^\d]{2,}/.test(title) ? 1 : 0);
    if (!best || score > best.score) best = { title, score };
  }
  return best ? best.title : null;
}

/** Page titles append the site or unit after a dash: '…年度报告-沭阳县发改局' → '…年度报告'. */
function cutSiteSuffix(title: string): string {
  const m = /(?:报告|年报)[-_|—–]/.exec(title);
  return m ? title.slice(0, m.index + 2) : title;
}

/** A title stated inside the first sentence: '…编制大理白族自治州2023年政府信息公开工作年度报告。' */
function titleInText(text: string): string | null {
  const m = /(?:编制|现将|发布|公布|印发)(?:了)?(?:本)?([^\s，。,；;、《》()“”]{2,30}?20\d{2}年度?政府信息公开工作年度报告)/.exec(text.slice(0, 3000));
  return m ? (m[1] as string) : null;
}

function yearOf(title: string | null): number | null {
  if (!title) return null;
  const m = /(20\d{2})\s*年?/.exec(title);
  return m ? Number(m[1]) : null;
}

/** Year of the statistics period (`统计期限自2023年1月1日起至2023年12月31日止`). */
function periodYear(text: string): number | null {
  const p = period(text);
  if (p) return Number(p.start.slice(0, 4));
  const m = /(?:统计期限|统计周期|统计时限)[^。\n]{0,12}?(20\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

function firstYear(head: readonly Line[]): number | null {
  for (const l of head) {
    const m = /(20\d{2}|201\d|200\d)\s*年/.exec(l.text);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The first year written in the text (`2019年，我乡…`), for reports with no title. */
function firstYearInText(text: string): number | null {
  const m = /(20[12]\d)\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

function period(text: string): { start: string; end: string } | null {
  const m = /(20\d{2})[ \t]{0,2}年[ \t]{0,2}(\d{1,2})[ \t]{0,2}月[ \t]{0,2}(\d{1,2})[ \t]{0,2}日[ \t]{0,2}(?:起)?[ \t]{0,2}(?:至|到|-|—|~)[ \t]{0,2}(?:(20\d{2})[ \t]{0,2}年)?[ \t]{0,2}(\d{1,2})[ \t]{0,2}月[ \t]{0,2}(\d{1,2})[ \t]{0,2}日/.exec(text);
  if (!m) return null;
  const y1 = m[1] as string;
  const y2 = m[4] ?? y1;
  return { start: iso(y1, m[2] as string, m[3] as string), end: iso(y2, m[5] as string, m[6] as string) };
}

function iso(y: string, mo: string, d: string): string {
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function agencyFromTitle(title: string | null): string | null {
  if (!title) return null;
  const before = /^(.{2,40}?)(?:20\d{2})/.exec(title);
  if (before) {
    const a = (before[1] as string).replace(/[《》()]/g, '');
    if (a.length >= 2) return a;
  }
  const after = /^20\d{2}年?度?(.{2,40}?)(?:政府信息公开|政务公开|信息公开)/.exec(title);
  return after ? (after[1] as string) : null;
}

/** Words that show a match is a document title, not an agency name. */
const NOT_AGENCY = /关于|印发|通知|方案|意见|规定|办法|条例|工作要点|实施|贯彻/;

function agencyFromBody(text: string): string | null {
  const patterns = [
    new RegExp(`本(?:年度)?报告由\\s*([\\u4e00-\\u9fff]{2,30}?${AGENCY_SUFFIX})(?:办公室)?\\s*(?:根据|依据|按照|编制|负责)`),
    new RegExp(`由\\s*([\\u4e00-\\u9fff]{2,30}?${AGENCY_SUFFIX})\\s*(?:编制|负责编制)`),
    new RegExp(`《([\\u4e00-\\u9fff]{2,30}?${AGENCY_SUFFIX})(?:20\\d{2})年`),
    new RegExp(`《([\\u4e00-\\u9fff]{2,30}?${AGENCY_SUFFIX})(?:政府)?信息公开指南》`),
    new RegExp(`请(?:与)?(?:联系)?\\s*([\\u4e00-\\u9fff]{2,30}?${AGENCY_SUFFIX})(?=办公室|联系|咨询|[,，。(（])`),
  ];
  for (const re of patterns) {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      const a = m[1] as string;
      if (!NOT_AGENCY.test(a)) return a;
    }
  }
  return null;
}

function publishDate(text: string): string | null {
  const chrome = /(?:发布日期|发布时间|发文日期|成文日期|日期)[ \t]{0,4}[:：]?[ \t]{0,4}(20\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text);
  if (chrome) return iso(chrome[1] as string, chrome[2] as string, chrome[3] as string);
  // A date on a line of its own (signature or under the title), possibly in brackets.
  const own = /^[ \t(（]{0,6}(20\d{2})[ \t]{0,2}年[ \t]{0,2}(\d{1,2})[ \t]{0,2}月[ \t]{0,2}(\d{1,2})[ \t]{0,2}日[ \t)）]{0,6}$/m.exec(text);
  return own ? iso(own[1] as string, own[2] as string, own[3] as string) : null;
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
  return v.length >= 2 ? v : null;
}
