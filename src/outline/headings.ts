/**
 * Finding the section headings of a report: list-marked lines whose title is a heading (short,
 * no sentence inside), classified into the six template sections by keyword families.
 */
import { parseHeadingNumber, type HeadingNumber } from '../grammar/heading.js';
import type { Line } from '../grammar/lines.js';
import { cleanText } from '../tables/label-match.js';
import { SECTIONS, type SectionKey } from '../template/sections.js';

/** A heading line that opens a section. */
export interface HeadingLine {
  /** Index of the line. */
  line: number;
  /** Its list marker. */
  numbering: HeadingNumber;
  /** Outline level: 1 (`一、`) or 2 (`(四)` used for a template section, as in seed 003). */
  level: 1 | 2;
  /** The title without marker, as printed (normalised). */
  title: string;
  /** The template section it is, or `null` for a heading outside the template. */
  key: SectionKey | null;
}

/** Titles of table rows that look like level-1 headings (`一、本年新收…`) and are not. */
const TABLE_ROW_WORDS = ['本年新收', '上年结转', '本年度办理结果', '办理结果', '结转下年度', '第二十条'];

/**
 * Families that make a level-2 heading a template section (seed 003 puts the tables under
 * `一、` as `(四)(五)(六)`). Stricter than level 1, so that the usual sub-items of 一、总体情况
 * (`(一)主动公开情况`, `(二)依申请公开情况`) are not taken for sections.
 */
const STRONG_FAMILIES: Partial<Record<SectionKey, readonly (readonly string[])[]>> = {
  proactiveDisclosure: [['主动公开政府信息']],
  applications: [['收到和处理']],
  reviewLitigation: [['行政复议', '行政诉讼']],
  problemsAndImprovements: [['存在的主要问题', '改进']],
  otherMatters: [['其他需要报告']],
};

/** Overview words that only count under the numeral 一 (they are generic elsewhere). */
const WEAK_OVERVIEW = new Set(['工作开展情况', '基本情况', '工作情况']);

const ORDER: SectionKey[] = [
  'reviewLitigation',
  'applications',
  'proactiveDisclosure',
  'problemsAndImprovements',
  'otherMatters',
  'overview',
];

/** The keyword families of each section at level 1, looked up once. */
let level1Families: Map<SectionKey, readonly (readonly string[])[] | undefined> | null = null;

/** Classifies a cleaned title into a section key. */
export function sectionKeyOf(cleanTitle: string, level: 1 | 2, numeral: string | null): SectionKey | null {
  level1Families ??= new Map(ORDER.map((key) => [key, SECTIONS.find((s) => s.key === key)?.keywordFamilies]));
  for (const key of ORDER) {
    const families = level === 1 ? level1Families.get(key) : STRONG_FAMILIES[key];
    if (!families) continue;
    for (const fam of families) {
      if (!fam.every((k) => cleanTitle.includes(k))) continue;
      if (key === 'overview' && fam.length === 1 && WEAK_OVERVIEW.has(fam[0] as string) && numeral !== '一') continue;
      return key;
    }
  }
  return null;
}

/** A line longer than this is prose, not a section heading. */
const MAX_HEADING_LINE = 60;
/** Length bounds of a heading's title (cleaned, after its number). */
const MIN_HEADING_TITLE = 2;
const MAX_HEADING_TITLE = 40;

/** Finds the section headings among the lines. */
export function findSectionHeadings(lines: readonly Line[]): HeadingLine[] {
  const out: HeadingLine[] = [];
  for (const l of lines) {
    if (l.kind !== 'text') continue;
    if (l.text.length > MAX_HEADING_LINE) continue;
    const h = parseHeadingNumber(l.text);
    if (!h) continue;
    const title = l.text.slice(h.titleStart).trim();
    const clean = cleanText(title);
    if (clean.length < MIN_HEADING_TITLE || clean.length > MAX_HEADING_TITLE) continue;
    if (/[。;；]./.test(title) || /\d{2,}/.test(title.replace(/\d{4}年/g, ''))) continue;
    if (TABLE_ROW_WORDS.some((w) => clean.includes(w))) continue;
    let level: 1 | 2;
    if (h.style === 'cn' || h.style === 'part') level = 1;
    else if (h.style === 'lost') level = h.marker.startsWith('、') ? 1 : 2;
    else if (h.style === 'cnParen') level = 2;
    else continue;
    const key = sectionKeyOf(clean, level, h.numeral);
    if (level === 2 && key === null) continue;
    if (h.style === 'lost' && key === null) continue;
    out.push({ line: l.index, numbering: h, level, title, key });
  }
  // A sub-item that reads like a section ('(一)主动公开政府信息情况' under 一、总体情况) is only a
  // section when the report has no level-1 heading for it (seed 003 nests the tables under 一).
  const level1Keys = new Set(out.filter((h) => h.level === 1 && h.key !== null).map((h) => h.key));
  return out.filter((h) => h.level === 1 || !level1Keys.has(h.key));
}
