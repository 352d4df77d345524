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

/**
 * Patterns in priority order; a matched span is masked so later patterns do not read it again.
 * `needs`: words every match of the pattern contains (the pattern is not run on a text without
 * them; every pattern's match also ends in 件).
 */
const PATTERNS: { kind: ClaimKind; needs: string; re: RegExp }[] = [
  { kind: 'grantedOrPartially', needs: '部分公开', re: new RegExp(`(?:予以公开|同意公开)(?:及|和|与|或)部分公开${GAP}${N}件`, 'g') },
  { kind: 'carriedOver', needs: '上年结转', re: new RegExp(`上年结转${GAP}(?:政府信息公开)?(?:申请)?${GAP}${N}件`, 'g') },
  {
    kind: 'carriedForward',
    needs: '转',
    re: new RegExp(`(?:结转|转入|转到|转)(?:至)?(?:下一?年度?|下年度|\\d{4}年)${GAP}(?:办理)?${GAP}${N}件`, 'g'),
  },
  {
    kind: 'received',
    needs: '申请',
    re: new RegExp(`(?:收到|新收|接收)${GAP}(?:政府信息)?(?:公开)?(?:依?申请)${GAP}(?:公开件)?${GAP}${N}件`, 'g'),
  },
  { kind: 'accepted', needs: '受理', re: new RegExp(`受理${GAP}(?:政府信息公开|依申请公开)?申请${GAP}${N}件`, 'g') },
  { kind: 'closed', needs: '办结', re: new RegExp(`办结${GAP}${N}件`, 'g') },
  { kind: 'granted', needs: '公开', re: new RegExp(`(?:予以公开|同意公开)(?:答复)?${GAP}${N}件`, 'g') },
  { kind: 'partiallyGranted', needs: '部分公开', re: new RegExp(`部分公开(?:答复)?${GAP}${N}件`, 'g') },
  { kind: 'denied', needs: '不予公开', re: new RegExp(`不予公开(?:答复)?${GAP}${N}件`, 'g') },
  { kind: 'unableToProvide', needs: '无法提供', re: new RegExp(`无法提供(?:的)?${GAP}${N}件`, 'g') },
  { kind: 'notProcessed', needs: '不予处理', re: new RegExp(`不予处理${GAP}${N}件`, 'g') },
  { kind: 'otherHandling', needs: '其他处理', re: new RegExp(`其他处理${GAP}${N}件`, 'g') },
  { kind: 'review', needs: '行政复议', re: new RegExp(`行政复议(?:案件)?${GAP}${N}件`, 'g') },
  { kind: 'litigation', needs: '行政诉讼', re: new RegExp(`行政诉讼(?:案件)?${GAP}${N}件`, 'g') },
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
  // Every claim holds 件 or (no review or litigation) 议: a text with neither has none.
  if (!prose.includes('件') && !prose.includes('议')) return claims;
  let text = prose.replace(/\s+/g, '');
  const counts = text.includes('件');
  for (const { kind, needs, re } of PATTERNS) {
    if (!counts || !text.includes(needs)) continue;
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
    if (spans.length > 0) {
      // The matches in order, masked in one new text (not one copy of the whole text per match).
      let masked = '';
      let at = 0;
      for (const [a, b] of spans) {
        masked += text.slice(at, a) + '■'.repeat(b - a);
        at = b;
      }
      text = masked + text.slice(at);
    }
  }
  NONE_RE.lastIndex = 0;
  for (let m = NONE_RE.exec(text); m !== null; m = NONE_RE.exec(text)) {
    const after = text.slice(m.index, m.index + m[0].length + 6);
    if (/纠错|败诉|纠正/.test(after)) continue;
    claims.push({ kind: 'noReviewOrLitigation', value: 0, percent: false, text: m[0], section });
  }
  return claims;
}
