/**
 * Narrative claims: numbers the report states in its text (收到申请34件, 办结1191件, 予以公开及部分
 * 公开208件（17.46%）, 行政诉讼46件 …), extracted as typed claims and compared with the table quantity
 * they name. Real phrasing is loose: 受理 often means 新收 + 上年结转, 办结 means （七）总计, and
 * percentages are shares of （七）总计.
 */
import type { Report } from '../model/report.js';
import type { SectionKey } from '../template/sections.js';
import { table3DataRowKeys } from '../template/table3.js';
import type { Collector } from './collector.js';
import { sumCells, type CellReader } from './operands.js';

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
const NONE_RE = /未(?:发生|出现|收到)(?:因?政府信息公开[^。，,]{0,10}?)?(?:被申请)?行政复议(?:和|、|或|及|与)?(?:提起)?行政诉讼(?:的)?(?:情况|案件|情形)?/g;

/** Extracts the numeric claims of a report's sections. */
export function extractNarrativeClaims(report: Report): NarrativeClaim[] {
  const claims: NarrativeClaim[] = [];
  for (const s of report.sections) {
    let text = s.text.replace(/\s+/g, '');
    for (const { kind, re } of PATTERNS) {
      re.lastIndex = 0;
      let m = re.exec(text);
      const spans: [number, number][] = [];
      while (m !== null) {
        const value = Number(m[1]);
        claims.push({ kind, value, percent: false, text: m[0], section: s.key });
        const pct = PERCENT_AFTER.exec(text.slice(m.index + m[0].length));
        if (pct) claims.push({ kind, value: Number(pct[1]), percent: true, text: m[0] + pct[0], section: s.key });
        spans.push([m.index, m.index + m[0].length]);
        m = re.exec(text);
      }
      for (const [a, b] of spans) text = text.slice(0, a) + '■'.repeat(b - a) + text.slice(b);
    }
    NONE_RE.lastIndex = 0;
    for (let m = NONE_RE.exec(text); m !== null; m = NONE_RE.exec(text)) {
      const after = text.slice(m.index, m.index + m[0].length + 6);
      if (/纠错|败诉|纠正/.test(after)) continue;
      claims.push({ kind: 'noReviewOrLitigation', value: 0, percent: false, text: m[0], section: s.key });
    }
  }
  return claims;
}

/** Table quantities a claim kind may mean, with their addresses. */
function quantities(report: Report, kind: ClaimKind): { label: string; addresses: string[] }[] {
  const t3 = report.tables.t3;
  const rowsUnder = (prefix: string): string[] =>
    t3 ? table3DataRowKeys(t3.version).filter((r) => r === prefix || r.startsWith(`${prefix}.`)).map((r) => `t3.${r}.total`) : [];
  switch (kind) {
    case 'received':
      return [{ label: '本年新收', addresses: ['t3.newReceived.total'] }, { label: '本年新收+上年结转', addresses: ['t3.newReceived.total', 't3.carriedOver.total'] }];
    case 'accepted':
      return [{ label: '本年新收', addresses: ['t3.newReceived.total'] }, { label: '本年新收+上年结转', addresses: ['t3.newReceived.total', 't3.carriedOver.total'] }];
    case 'closed':
      return [{ label: '（七）总计', addresses: ['t3.results.total.total'] }];
    case 'carriedOver':
      return [{ label: '上年结转', addresses: ['t3.carriedOver.total'] }];
    case 'carriedForward':
      return [{ label: '结转下年度继续办理', addresses: ['t3.carriedForward.total'] }];
    case 'grantedOrPartially':
      return [{ label: '予以公开+部分公开', addresses: ['t3.results.granted.total', 't3.results.partiallyGranted.total'] }];
    case 'granted':
      return [{ label: '予以公开', addresses: ['t3.results.granted.total'] }];
    case 'partiallyGranted':
      return [{ label: '部分公开', addresses: ['t3.results.partiallyGranted.total'] }];
    case 'denied':
      return [{ label: '不予公开', addresses: rowsUnder('results.denied') }];
    case 'unableToProvide':
      return [{ label: '无法提供', addresses: rowsUnder('results.unableToProvide') }];
    case 'notProcessed':
      return [{ label: '不予处理', addresses: rowsUnder('results.notProcessed') }];
    case 'otherHandling':
      return [{ label: '其他处理', addresses: rowsUnder('results.otherHandling') }];
    case 'review':
      return [{ label: '行政复议总计', addresses: ['t4.review.total'] }];
    case 'litigation':
      return [{ label: '行政诉讼总计', addresses: ['t4.litigationDirect.total', 't4.litigationAfterReview.total'] }];
    case 'noReviewOrLitigation':
      return [{ label: '行政复议与行政诉讼总计', addresses: ['t4.review.total', 't4.litigationDirect.total', 't4.litigationAfterReview.total'] }];
  }
}

/** Compares every claim with the table (X.NARRATIVE). */
export function checkNarrative(c: Collector, reader: CellReader, report: Report): void {
  const claims = extractNarrativeClaims(report);
  const blankAsZero = (): boolean => true;
  for (const claim of claims) {
    const options = quantities(report, claim.kind);
    let known = false;
    let matched: string | null = null;
    const values: string[] = [];
    for (const q of options) {
      if (q.addresses.length === 0) continue;
      const sum = sumCells(reader, q.addresses, blankAsZero);
      if (!sum.ok) continue;
      let v = sum.value;
      if (claim.percent) {
        const total = sumCells(reader, ['t3.results.total.total'], blankAsZero);
        if (!total.ok || total.value === 0) continue;
        const decimals = (String(claim.value).split('.')[1] ?? '').length;
        v = Number(((v / total.value) * 100).toFixed(decimals));
      }
      known = true;
      values.push(`${q.label} ${v}${claim.percent ? '%' : ''}`);
      if (Math.abs(v - claim.value) < 1e-9) {
        matched = q.label;
        break;
      }
    }
    const addresses = options.flatMap((o) => o.addresses);
    const said = `正文“${claim.text}”`;
    if (matched !== null) {
      c.add('X.NARRATIVE', 'pass', addresses, { expected: claim.value, actual: claim.value, zh: `${said}与表中${matched}一致`, en: `"${claim.text}" agrees with ${matched}` });
    } else if (!known) {
      c.add('X.NARRATIVE', 'not-assessable', addresses, { zh: said, en: `"${claim.text}"` });
    } else {
      c.add('X.NARRATIVE', 'uncertain', addresses, {
        expected: claim.value,
        actual: values.join('; '),
        zh: `${said}与表中数字（${values.join('；')}）不对应`,
        en: `"${claim.text}" matches no table quantity (${values.join('; ')})`,
      });
    }
  }
}
