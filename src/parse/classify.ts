/**
 * Is this a report of the current templates at all? Pre-2019 reports (old 条例, no national
 * tables) are recognised and refused; texts that are no report are refused too.
 */
import { cleanText, hasCleanContent } from '../tables/label-match.js';
import { PRE_2019_MARKERS, TABLE_PRESENCE_SIGNATURES } from '../template/signatures.js';

/** Verdict on a text. */
export type Verdict = { kind: 'report' } | { kind: 'pre-2019'; markers: string[] } | { kind: 'not-a-report'; reason: NotReportReason };

/** Why a text is no report: empty, or none of a report's marks (title, sections, tables). Worded by the catalogue. */
export type NotReportReason = 'empty' | 'no-report-marks';

// (table 三's first: cleaned, table 二's captions lose their brackets and so are never found in the text
// as written, and the first look is in the text as written)
const SIGNATURES = [...TABLE_PRESENCE_SIGNATURES.t3, ...TABLE_PRESENCE_SIGNATURES.t4, ...TABLE_PRESENCE_SIGNATURES.t2].map(cleanText);
const OLD_MARKERS = PRE_2019_MARKERS.map((m) => ({ marker: m, clean: cleanText(m) }));

/** Distinct template sections that make a text a report without a table signature. */
const MIN_SECTIONS_WITHOUT_TITLE = 2;
/** Distinct template sections that, with a report title, make a text a report. */
const MIN_SECTIONS_WITH_TITLE = 1;
/** Old-template markers (without a table signature) that make a text a pre-2019 report. */
const MIN_OLD_MARKERS = 2;
/** The last report year of the template before 2019. */
const LAST_OLD_TEMPLATE_YEAR = 2018;

/**
 * Classifies a normalised text.
 * @param text - normalised text.
 * @param year - report year found in the metadata.
 * @param sectionKeys - number of distinct template sections found.
 * @param hasTitle - whether a report title was found.
 */
export function classifyText(text: string, year: number | null, sectionKeys: number, hasTitle: boolean): Verdict {
  if (!hasCleanContent(text)) return { kind: 'not-a-report', reason: 'empty' };
  // One signature is enough (each test is a scan of the whole text, so stop at the first). Most
  // texts hold one as it stands; the cleaned copy (labels with spaces or quotes) is made only if not.
  let cleaned: string | null = null;
  const clean = (): string => (cleaned ??= cleanText(text));
  const hasSignature = SIGNATURES.some((s) => text.includes(s)) || SIGNATURES.some((s) => clean().includes(s));
  if (!hasSignature) {
    const markers = OLD_MARKERS.filter((m) => clean().includes(m.clean)).map((m) => m.marker);
    if (year !== null && year <= LAST_OLD_TEMPLATE_YEAR) return { kind: 'pre-2019', markers: [`${year}年度`, ...markers] };
    if (markers.length >= MIN_OLD_MARKERS) return { kind: 'pre-2019', markers };
  }
  if (hasSignature || sectionKeys >= MIN_SECTIONS_WITHOUT_TITLE || (hasTitle && sectionKeys >= MIN_SECTIONS_WITH_TITLE))
    return { kind: 'report' };
  if (hasTitle && /政府信息公开|政务公开/.test(clean())) return { kind: 'report' };
  // A report beginning with no title line still names itself in its first sentence.
  if (sectionKeys >= MIN_SECTIONS_WITH_TITLE && /政府信息公开/.test(clean()) && /年度报告|年报/.test(clean())) return { kind: 'report' };
  return { kind: 'not-a-report', reason: 'no-report-marks' };
}
