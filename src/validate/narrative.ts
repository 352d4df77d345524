/**
 * Narrative claims: numbers the report states in its text (收到申请34件, 办结1191件, 予以公开及部分
 * 公开208件（17.46%）, 行政诉讼46件 …), extracted as typed claims and compared with the table quantity
 * they name. Real phrasing is loose: 受理 often means 新收 + 上年结转, 办结 means （七）总计, and
 * percentages are shares of （七）总计.
 */
import type { Report } from '../model/report.js';
import { extractNarrativeClaims, type ClaimKind } from '../narrative/claims.js';
import { table3DataRowKeys } from '../template/table3.js';
import type { Collector } from './collector.js';
import { sumCells, type CellReader } from './operands.js';

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
