/**
 * X.NARRATIVE: numbers the report states in its text (收到申请34件, 办结1191件, 予以公开及部分公开
 * 208件（17.46%）, 行政诉讼46件 …) compared with the table quantity they name. Real phrasing is
 * loose: 受理 often means 新收 + 上年结转, 办结 means （七）总计, and percentages are shares of
 * （七）总计. A total cell left blank (only some 总计 cells filled) is replaced by the sum of the
 * cells it totals, blanks counted as 0 as in the arithmetic.
 */
import type { Report } from '../../model/report.js';
import { extractNarrativeClaims, type ClaimKind } from '../../narrative/claims.js';
import { table3RowSum, TABLE4_RELATIONS } from '../../template/relations.js';
import { table3DataRowKeys } from '../../template/table3.js';
import { sumCells, type CellReader } from '../operands.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** Table quantities a claim kind may mean, with their addresses. */
function quantities(report: Report, kind: ClaimKind): { label: string; addresses: string[] }[] {
  const t3 = report.tables.t3;
  const rowsUnder = (prefix: string): string[] =>
    t3
      ? table3DataRowKeys(t3.version)
          .filter((r) => r === prefix || r.startsWith(`${prefix}.`))
          .map((r) => `t3.${r}.total`)
      : [];
  switch (kind) {
    case 'received':
    case 'accepted':
      return [
        { label: '本年新收', addresses: ['t3.newReceived.total'] },
        { label: '本年新收+上年结转', addresses: ['t3.newReceived.total', 't3.carriedOver.total'] },
      ];
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
      return [
        { label: '行政复议与行政诉讼总计', addresses: ['t4.review.total', 't4.litigationDirect.total', 't4.litigationAfterReview.total'] },
      ];
  }
}

/** The cells a total adds up: the applicant cells of its row (table 三) or the four results of its group (table 四). */
function partsOf(total: string): readonly string[] | null {
  // (the right side of the total's row equation in template/relations.ts)
  if (total.startsWith('t3.')) return table3RowSum(total.slice('t3.'.length, -'.total'.length)).right;
  return TABLE4_RELATIONS.find((r) => r.left[0] === total)?.right ?? null;
}

/** The addresses to add up: a blank total is replaced by its parts. Lists the totals so replaced. */
function resolveBlankTotals(reader: CellReader, addresses: readonly string[]): { addresses: string[]; replaced: string[] } {
  const out: string[] = [];
  const replaced: string[] = [];
  for (const a of addresses) {
    const parts = a.endsWith('.total') && reader.operand(a).kind === 'blank' ? partsOf(a) : null;
    if (parts) {
      for (const part of parts) out.push(part);
      replaced.push(a);
    } else out.push(a);
  }
  return { addresses: out, replaced };
}

const blankAsZero = (): boolean => true;

/** The rule. */
export const rule: ReportRule<'X.NARRATIVE'> = {
  id: 'X.NARRATIVE',
  title: { zh: '正文数字与统计表一致', en: 'Numbers in the text agree with the tables' },
  severity: 'info',
  kind: 'narrative',
  versions: ALL_VERSIONS,
  check(ctx) {
    const { reader, report } = ctx;
    for (const claim of extractNarrativeClaims(report)) {
      const options = quantities(report, claim.kind);
      let known = false;
      let matched: string | null = null;
      const values: string[] = [];
      for (const q of options) {
        if (q.addresses.length === 0) continue;
        const resolved = resolveBlankTotals(reader, q.addresses);
        const sum = sumCells(reader, resolved.addresses, blankAsZero);
        if (!sum.ok) continue;
        let v = sum.value;
        const replaced = [...resolved.replaced];
        if (claim.percent) {
          const base = resolveBlankTotals(reader, ['t3.results.total.total']);
          const total = sumCells(reader, base.addresses, blankAsZero);
          if (!total.ok || total.value === 0) continue;
          for (const r of base.replaced) replaced.push(r);
          const decimals = (String(claim.value).split('.')[1] ?? '').length;
          v = Number(((v / total.value) * 100).toFixed(decimals));
        }
        known = true;
        const label = replaced.length > 0 ? `${q.label}（总计栏空白，按所列各栏相加）` : q.label;
        values.push(`${label} ${v}${claim.percent ? '%' : ''}`);
        if (Math.abs(v - claim.value) < 1e-9) {
          matched = label;
          break;
        }
      }
      const addresses = options.flatMap((o) => o.addresses);
      const said = `正文“${claim.text}”`;
      if (matched !== null) {
        ctx.add('pass', addresses, {
          expected: claim.value,
          actual: claim.value,
          zh: `${said}与表中${matched}一致`,
          en: `"${claim.text}" agrees with ${matched}`,
        });
      } else if (!known) {
        ctx.add('not-assessable', addresses, { zh: said, en: `"${claim.text}"` });
      } else {
        ctx.add('uncertain', addresses, {
          expected: claim.value,
          actual: values.join('; '),
          zh: `${said}与表中数字（${values.join('；')}）不对应`,
          en: `"${claim.text}" matches no table quantity (${values.join('; ')})`,
        });
      }
    }
  },
};

/** What the rule checks (docs). */
export const description =
  'Counts and percentages stated in the text (收到/新收/受理/办结/结转, 予以公开 … 其他处理, 行政复议/行政诉讼, 信息处理费) are compared with the table quantity they name. 受理 may mean 新收 or 新收 + 上年结转; 办结 means （七）总计; percentages are shares of （七）总计. A total cell left blank is replaced by the sum of the cells it totals (the applicant columns of its row in table 三, the four results of its group in table 四; blank cells count as 0, as in the arithmetic). A claim that matches no table quantity is reported as information, not as a failure.';
