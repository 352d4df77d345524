/**
 * Structure and report-level rules: tables and sections present, template versions, years,
 * section 五, fees, "全部办结".
 */
import type { Report } from '../model/report.js';
import { SECTIONS } from '../template/sections.js';
import { expectedVersionForYear } from '../template/version.js';
import type { Collector } from './collector.js';
import type { CellReader } from './operands.js';
import { table2Addresses, table3Addresses, table4Addresses } from '../template/addresses.js';
import { TABLE_NAMES } from '../template/table-names.js';


/** Tables and sections present, versions consistent with each other and with the year. */
export function checkStructure(c: Collector, reader: CellReader, report: Report): void {
  for (const t of ['t2', 't3', 't4'] as const) {
    const table = report.tables[t];
    c.add('S.TABLES', table ? 'pass' : 'fail', [t], { zh: `${TABLE_NAMES[t]}${table ? '' : '缺失'}`, en: `table ${t}${table ? '' : ' is missing'}` });
    if (!table) {
      c.add('S.TABLE_EMPTY', 'not-assessable', [t]);
      continue;
    }
    const addresses =
      t === 't2' ? table2Addresses(report.tables.t2!.version) : t === 't3' ? table3Addresses(report.tables.t3!.version) : table4Addresses();
    const filled = addresses.some((a) => {
      const s = reader.cell(a)?.status;
      return s === 'value' || s === 'blank';
    });
    c.add('S.TABLE_EMPTY', filled ? 'pass' : 'fail', [t], { zh: `${TABLE_NAMES[t]}没有任何数值`, en: `table ${t} holds no values` });
  }
  for (const s of SECTIONS) {
    const found = report.sections.some((x) => x.key === s.key);
    c.add('S.SECTIONS', found ? 'pass' : 'fail', [`sections.${s.key}`], { zh: `缺少“${s.heading}”`, en: `section “${s.heading}” is missing` });
  }
  const { table2, table3 } = report.templateVersions;
  if (table2 && table3) {
    c.add('S.MIXED_VERSIONS', table2 === table3 ? 'pass' : 'fail', ['t2', 't3'], {
      expected: table2,
      actual: table3,
      zh: `表二为${table2}年版，表三为${table3}年版`,
      en: `table 二 follows ${table2}, table 三 ${table3}`,
    });
  }
  const year = report.meta.year;
  const expected = year !== null ? expectedVersionForYear(year) : null;
  for (const [key, v] of [
    ['t2', table2],
    ['t3', table3],
  ] as const) {
    if (!v) continue;
    if (!expected) c.add('S.VERSION_YEAR', 'not-assessable', [key]);
    else {
      c.add('S.VERSION_YEAR', v === expected ? 'pass' : 'fail', [key], {
        expected,
        actual: v,
        zh: `${year}年度报告的${TABLE_NAMES[key]}`,
        en: `table ${key} of a ${year} report`,
      });
    }
  }
}

const ALL_CLOSED = /全部办结|均已办结|全部办理完毕|全部按期办结|均已按要求办理完成|所有申请均已(?:按要求)?办理完成|全部予以答复/;
const NO_FEE = /未收取[^。]{0,20}?(?:信息处理)?费|未发生[^。]{0,20}?收费|收取[^。]{0,12}?(?:信息处理)?费[用]?[ \t]{0,2}0[ \t]{0,2}元|无收费/;

/** Report-level rules: years, section 五, fees, "全部办结". */
export function checkReportLevel(c: Collector, reader: CellReader, report: Report): void {
  const { year, period, title } = report.meta;
  if (title && year !== null && period) {
    const py = Number(period.start.slice(0, 4));
    c.add('R.YEAR', py === year ? 'pass' : 'fail', ['meta.year', 'meta.period'], {
      expected: year,
      actual: py,
      zh: '标题年度与统计期限',
      en: 'title year vs statistics period',
    });
  } else c.add('R.YEAR', 'not-assessable', ['meta.year', 'meta.period']);

  const s5 = report.sections.find((s) => s.key === 'problemsAndImprovements');
  if (!s5) c.add('R.SECTION5_EMPTY', 'not-assessable', ['sections.problemsAndImprovements']);
  else {
    const empty = s5.text.replace(/\s+/g, '').length < 10;
    c.add('R.SECTION5_EMPTY', empty ? 'fail' : 'pass', ['sections.problemsAndImprovements'], { zh: '第五部分没有内容', en: 'section 五 has no text' });
  }

  const s6 = report.sections.find((s) => s.key === 'otherMatters');
  const fee = reader.cell('t2.art20_8.administrativeFees.feeAmount');
  if (report.tables.t2?.version === '2021' && s6 && fee) {
    const saysNone = NO_FEE.test(s6.text.replace(/\s+/g, ''));
    const collected = fee.status === 'value' && fee.value > 0;
    c.add('R.FEES', saysNone && collected ? 'fail' : 'pass', ['t2.art20_8.administrativeFees.feeAmount', 'sections.otherMatters'], {
      zh: '表二本年收费金额大于0，第六部分称未收费（二者可能指不同费用：行政事业性收费与信息处理费）',
      en: 'table 二 reports fees collected while section 六 says none (they may be different fees: administrative fees vs information-processing fees)',
    });
  } else c.add('R.FEES', 'not-assessable', ['t2.art20_8.administrativeFees.feeAmount', 'sections.otherMatters']);

  const carried = reader.operand('t3.carriedForward.total');
  const text = report.sections.map((s) => s.text).join('\n').replace(/\s+/g, '');
  const claim = ALL_CLOSED.exec(text);
  if (!claim) c.add('R.ALL_CLOSED', 'not-assessable', ['t3.carriedForward.total']);
  else if (carried.kind !== 'value') c.add('R.ALL_CLOSED', 'uncertain', ['t3.carriedForward.total'], { zh: `正文称“${claim[0]}”`, en: `the text says "${claim[0]}"` });
  else {
    c.add('R.ALL_CLOSED', carried.value > 0 ? 'fail' : 'pass', ['t3.carriedForward.total'], {
      expected: 0,
      actual: carried.value,
      zh: `正文称“${claim[0]}”，表三结转下年度继续办理`,
      en: `the text says "${claim[0]}" but table 三 carries applications forward`,
    });
  }
}
