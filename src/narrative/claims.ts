/**
 * Numbers a report states in its text (收到申请34件, 办结1191件, 予以公开及部分公开208件（17.46%）,
 * 行政诉讼46件 …), read as typed claims. Validation compares them with the tables (X.NARRATIVE);
 * the table-四 reader uses them to tell groups apart when nothing else in the source can.
 * Pure regular expressions over normalised text, with bounded repetitions.
 */
import type { Report } from '../model/report.js';
import type { SectionKey } from '../template/sections.js';

/** What a claim is about. */
export type ClaimKind =
  | 'received'
  | 'accepted'
  | 'closed'
  | 'carriedOver'
  | 'carriedForward'
  | 'grantedOrPartially'
  | 'granted'
  | 'partiallyGranted'
  | 'denied'
  | 'unableToProvide'
  | 'notProcessed'
  | 'otherHandling'
  | 'review'
  | 'litigation'
  | 'noReviewOrLitigation';

/** A number stated in the text. */
export interface NarrativeClaim {
  /** What it counts. */
  kind: ClaimKind;
  /** The number (a count, or a percentage when `percent`). */
  value: number;
  /** The number is a percentage (of （七）总计). */
  percent: boolean;
  /** The words it was read from (normalised, spaces removed). */
  text: string;
  /** The section it is in. */
  section: SectionKey | null;
}

// Digits bounded (no count in a report has 13 digits): with two optional gaps before it, an
// unbounded run would be re-read once per way of splitting the gaps (recheck flags it).
const N = '(\\d{1,12}(?:\\.\\d{1,6})?)';
const GAP = '[^\\d。；;，,]{0,8}?';

/** Patterns in priority order; a matched span is masked so later patterns do not read it again. */
const PATTERNS: { kind: ClaimKind; re: RegExp }[] = [
  { kind: 'grantedOrPartially', re: new RegExp(`(?:予以公开|同意公开)(?:及|和|与|或)部分公开${GAP}${N}件`, 'g') },
  { kind: 'carriedOver', re: new RegExp(`上年结转${GAP}(?:政府信息公开)?(?:申请)?${GAP}${N}件`, 'g') },
  { kind: 'carriedForward', re: new RegExp(`(?:结转|转入|转到|转)(?:至)?(?:下一?年度?|下年度|\\d{4}年)${GAP}(?:办理)?${GAP}${N}件`, 'g') },
  { kind: 'received', re: new RegExp(`(?:收到|新收|接收)${GAP}(?:政府信息)?(?:公开)?(?:依?申请)${GAP}(?:公开件)?${GAP}${N}件`, 'g') },
  { kind: 'accepted', re: new RegExp(`受理${GAP}(?:政府信息公开|依申请公开)?申请${GAP}${N}件`, 'g') },
  { kind: 'closed', re: new RegExp(`办结${GAP}${N}件`, 'g') },
  { kind: 'granted', re: new RegExp(`(?:予以公开|同意公开)(?:答复)?${GAP}${N}件`, 'g') },
  { kind: 'partiallyGranted', re: new RegExp(`部分公开(?:答复)?${GAP}${N}件`, 'g') },
  { kind: 'denied', re: new RegExp(`不予公开(?:答复)?${GAP}${N}件`, 'g') },
  { kind: 'unableToProvide', re: new RegExp(`无法提供(?:的)?${GAP}${N}件`, 'g') },
  { kind: 'notProcessed', re: new RegExp(`不予处理${GAP}${N}件`, 'g') },
  { kind: 'otherHandling', re: new RegExp(`其他处理${GAP}${N}件`, 'g') },
  { kind: 'review', re: new RegExp(`行政复议(?:案件)?${GAP}${N}件`, 'g') },
  { kind: 'litigation', re: new RegExp(`行政诉讼(?:案件)?${GAP}${N}件`, 'g') },
];
const PERCENT_AFTER = new RegExp(`^\\(?${N}%`);
const NONE_RE =
  /未(?:发生|出现|收到)(?:因?政府信息公开[^。，,]{0,10}?)?(?:被申请)?行政复议(?:和|、|或|及|与)?(?:提起)?行政诉讼(?:的)?(?:情况|案件|情形)?/g;

/** Extracts the numeric claims of a report's sections. */
export function extractNarrativeClaims(report: Report): NarrativeClaim[] {
  return report.sections.flatMap((s) => claimsInText(s.text, s.key));
}

/** The numeric claims of one text (a section's, or any prose), tagged with `section`. */
export function claimsInText(prose: string, section: SectionKey | null): NarrativeClaim[] {
  const claims: NarrativeClaim[] = [];
  let text = prose.replace(/\s+/g, '');
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    let m = re.exec(text);
    const spans: [number, number][] = [];
    while (m !== null) {
      const value = Number(m[1]);
      claims.push({ kind, value, percent: false, text: m[0], section });
      const pct = PERCENT_AFTER.exec(text.slice(m.index + m[0].length));
      if (pct) claims.push({ kind, value: Number(pct[1]), percent: true, text: m[0] + pct[0], section });
      spans.push([m.index, m.index + m[0].length]);
      m = re.exec(text);
    }
    for (const [a, b] of spans) text = text.slice(0, a) + '■'.repeat(b - a) + text.slice(b);
  }
  NONE_RE.lastIndex = 0;
  for (let m = NONE_RE.exec(text); m !== null; m = NONE_RE.exec(text)) {
    const after = text.slice(m.index, m.index + m[0].length + 6);
    if (/纠错|败诉|纠正/.test(after)) continue;
    claims.push({ kind: 'noReviewOrLitigation', value: 0, percent: false, text: m[0], section });
  }
  return claims;
}
