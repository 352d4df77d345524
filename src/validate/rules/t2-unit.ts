/** T2.UNIT: the unit written in amount cells of table 二. */
import { table2Addresses } from '../../template/addresses.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

const FEE = 't2.art20_8.administrativeFees.feeAmount';
const PROCUREMENT = 't2.art20_9.centralizedProcurement.procurementTotalAmount';

/** The rule. */
export const rule: ReportRule<'T2.UNIT'> = {
  id: 'T2.UNIT',
  title: { zh: '金额单位', en: 'Amount units' },
  severity: 'info',
  kind: 'table',
  versions: ALL_VERSIONS,
  table: 't2',
  check(ctx) {
    // Versions whose table 二 has no fee cell (2019) state the unit of the procurement amount.
    if (ctx.version !== null && !table2Addresses(ctx.version).includes(FEE)) {
      const amount = ctx.reader.cell(PROCUREMENT);
      if (amount?.unit) ctx.add('pass', [PROCUREMENT], { actual: amount.unit, en: `unit ${amount.unit}` });
      return;
    }
    const fee = ctx.reader.cell(FEE);
    if (fee?.status === 'value' && fee.unit && fee.unit !== '万元') {
      ctx.add('fail', [FEE], {
        expected: '万元',
        actual: fee.unit,
        zh: `本年收费金额以“${fee.unit}”填写，模板单位为万元`,
        en: `the fee amount is written in ${fee.unit}; the template asks for 万元`,
      });
    } else ctx.add('pass', [FEE]);
  },
};

/** What the rule checks (docs). */
export const description =
  'Notes the unit written in amount cells: the 2021 本年收费金额 is in 万元, so a value written in 元 is reported; units of the 2019 采购总金额 (no unit in the template) are noted.';
