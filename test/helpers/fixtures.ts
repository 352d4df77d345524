/** Small reports written for the tests (our own text and numbers). */
import type { Report, TemplateVersion } from 'zfxxgk-report';
import { createReport, table2Addresses, table3Addresses, TEMPLATE_VERSIONS } from 'zfxxgk-report';

const T4_ROW = '0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';

/** A small 2021-template report in row-per-line pipe layout, written for these tests. */
/**
 * Table-三 rows of {@link pipeReport} with numbers of their own (the others keep its defaults): the
 * report stays consistent (row sums, results total, column balance).
 */
export const T3_ROWS_WITH_NUMBERS: Readonly<Record<string, string>> = {
  '一、本年新收政府信息公开申请数量': '14 | 5 | 6 | 4 | 1 | 3 | 33',
  '二、上年结转政府信息公开申请数量': '1 | 0 | 0 | 0 | 0 | 0 | 1',
  '三、本年度办理结果 | (一)予以公开': '10 | 4 | 3 | 2 | 1 | 0 | 20',
  '(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': '0 | 1 | 0 | 2 | 0 | 0 | 3',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请': '2 | 0 | 0 | 0 | 0 | 1 | 3',
  '3.其他': '0 | 0 | 1 | 0 | 0 | 2 | 3',
  '(七)总计': '14 | 5 | 4 | 4 | 1 | 3 | 31',
  '四、结转下年度继续办理': '1 | 0 | 2 | 0 | 0 | 0 | 3',
};

export function pipeReport(t3Rows: Record<string, string> = {}): string {
  const row = (label: string, values: string): string => `${label} | ${values} |`;
  const zeros = '0 | 0 | 0 | 0 | 0 | 0 | 0';
  const t3 = [
    ['一、本年新收政府信息公开申请数量', '5 | 1 | 0 | 0 | 0 | 0 | 6'],
    ['二、上年结转政府信息公开申请数量', '1 | 0 | 0 | 0 | 0 | 0 | 1'],
    ['三、本年度办理结果 | (一)予以公开', '3 | 1 | 0 | 0 | 0 | 0 | 4'],
    ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '1 | 0 | 0 | 0 | 0 | 0 | 1'],
    ['(三)不予公开 | 1.属于国家秘密', zeros],
    ['2.其他法律行政法规禁止公开', zeros],
    ['3.危及“三安全一稳定”', zeros],
    ['4.保护第三方合法权益', zeros],
    ['5.属于三类内部事务信息', zeros],
    ['6.属于四类过程性信息', zeros],
    ['7.属于行政执法案卷', zeros],
    ['8.属于行政查询事项', zeros],
    ['(四)无法提供 | 1.本机关不掌握相关政府信息', '1 | 0 | 0 | 0 | 0 | 0 | 1'],
    ['2.没有现成信息需要另行制作', zeros],
    ['3.补正后申请内容仍不明确', zeros],
    ['(五)不予处理 | 1.信访举报投诉类申请', zeros],
    ['2.重复申请', zeros],
    ['3.要求提供公开出版物', zeros],
    ['4.无正当理由大量反复申请', zeros],
    ['5.要求行政机关确认或重新出具已获取信息', zeros],
    ['(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', zeros],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', zeros],
    ['3.其他', zeros],
    ['(七)总计', '5 | 1 | 0 | 0 | 0 | 0 | 6'],
    ['四、结转下年度继续办理', '1 | 0 | 0 | 0 | 0 | 0 | 1'],
  ].map(([l, v]) => row(l as string, t3Rows[l as string] ?? (v as string)));
  return [
    '测试县测试局2022年政府信息公开工作年度报告',
    '一、总体情况',
    '本年度我局依法做好政府信息公开工作。',
    '二、主动公开政府信息情况',
    '第二十条第(一)项 | | | |',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    '规章 | 0 | 0 | 0 |',
    '行政规范性文件 | 2 | 1 | 15 |',
    '第二十条第(五)项 | | | |',
    '信息内容 | 本年处理决定数量 | | |',
    '行政许可 | 310 | | |',
    '第二十条第(六)项 | | | |',
    '信息内容 | 本年处理决定数量 | | |',
    '行政处罚 | 27 | | |',
    '行政强制 | 0 | | |',
    '第二十条第(八)项 | | | |',
    '信息内容 | 本年收费金额(单位:万元) | | |',
    '行政事业性收费 | 12.5 | | |',
    '三、收到和处理政府信息公开申请情况',
    '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |',
    '自然人 | 法人或其他组织 | 总计 |',
    '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
    ...t3,
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 | 行政诉讼 |',
    '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |',
    '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
    T4_ROW,
    '五、存在的主要问题及改进情况',
    '信息发布的及时性有待提高。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('\n');
}

const APPLICANTS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg'];

/** A tiny deterministic PRNG (mulberry32) so fixtures are reproducible from a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Cell values of a report that satisfies every table rule (row sums, the per-column balance, the
 * results total, table-四 totals), drawn from a seed. `scale` bounds the counts.
 */
export function consistentCells(
  seed: number,
  versions: { table2: TemplateVersion; table3: TemplateVersion } = { table2: '2021', table3: '2021' },
  scale = 20,
): Record<string, number> {
  const rnd = prng(seed);
  const int = (max: number): number => Math.floor(rnd() * (max + 1));
  const cells: Record<string, number> = {};
  const rows = [...new Set(table3Addresses(versions.table3).map((a) => a.slice(3, a.lastIndexOf('.'))))];
  const resultRows = rows.filter((r) => r.startsWith('results.') && r !== 'results.total');
  const colTotals: Record<string, number> = {};
  for (const c of APPLICANTS) {
    // Sparse like real tables: most cells zero.
    let handled = 0;
    for (const r of resultRows) {
      const v = rnd() < 0.3 ? int(scale) : 0;
      cells[`t3.${r}.${c}`] = v;
      handled += v;
    }
    const forward = rnd() < 0.3 ? int(scale / 4) : 0;
    const over = Math.min(int(scale / 4), handled + forward);
    cells[`t3.results.total.${c}`] = handled;
    cells[`t3.carriedForward.${c}`] = forward;
    cells[`t3.carriedOver.${c}`] = over;
    cells[`t3.newReceived.${c}`] = handled + forward - over;
    colTotals[c] = handled;
  }
  for (const r of rows) cells[`t3.${r}.total`] = APPLICANTS.reduce((s, c) => s + (cells[`t3.${r}.${c}`] as number), 0);
  for (const g of ['review', 'litigationDirect', 'litigationAfterReview']) {
    let sum = 0;
    for (const k of ['upheld', 'corrected', 'otherResult', 'pending']) {
      const v = rnd() < 0.4 ? int(scale / 2) : 0;
      cells[`t4.${g}.${k}`] = v;
      sum += v;
    }
    cells[`t4.${g}.total`] = sum;
  }
  for (const a of table2Addresses(versions.table2)) {
    const col = a.slice(a.lastIndexOf('.') + 1);
    if (col === 'yearChange') cells[a] = int(6) - 3;
    else if (col === 'feeAmount' || col === 'procurementTotalAmount') cells[a] = Math.round(rnd() * 100000) / 100;
    else cells[a] = int(scale * 10);
  }
  if (versions.table2 === '2021') {
    for (const r of ['regulations', 'normativeDocuments']) {
      const base = `t2.art20_1.${r}`;
      cells[`${base}.currentlyValid`] = Math.max(cells[`${base}.currentlyValid`] as number, cells[`${base}.issued`] as number);
    }
  } else {
    for (const r of ['regulations', 'normativeDocuments']) {
      const base = `t2.art20_1.${r}`;
      cells[`${base}.totalPublished`] = Math.max(cells[`${base}.totalPublished`] as number, cells[`${base}.newlyPublished`] as number);
    }
    for (const a of table2Addresses('2019').filter((x) => x.endsWith('.previousYearCount'))) {
      const ch = a.replace('previousYearCount', 'yearChange');
      cells[a] = Math.max(cells[a] as number, -(cells[ch] as number));
    }
  }
  return cells;
}

/** Both versions, for parameterised tests. */
export const VERSIONS = TEMPLATE_VERSIONS;

/**
 * A report of one template version built from {@link consistentCells}, with the cells picked by
 * `blanks` (indices into its cell list, modulo its length) left blank.
 */
export function consistentReport(seed: number, v: TemplateVersion, options: { blanks?: readonly number[]; scale?: number } = {}): Report {
  const cells: Record<string, number | null> = consistentCells(seed, { table2: v, table3: v }, options.scale);
  const keys = Object.keys(cells);
  for (const b of options.blanks ?? []) cells[keys[b % keys.length] as string] = null;
  return createReport({ versions: { table2: v, table3: v }, cells, meta: { agency: '示例县示例局', year: v === '2019' ? 2020 : 2023 } });
}
