/**
 * The arithmetic and domain rules of tables 二, 三 and 四.
 */
import type { Report } from '../model/report.js';
import { table2Definition } from '../template/table2.js';
import { TABLE3_COLUMNS } from '../template/table3.js';
import { TABLE4_GROUPS } from '../template/table4.js';
import { blankCountsAsZero, table3Relations, TABLE4_RELATIONS } from '../template/relations.js';
import { addressLabel } from '../template/labels.js';
import { table2Addresses, table3Addresses, table4Addresses } from '../template/addresses.js';
import type { Collector } from './collector.js';
import { sumCells, type CellReader, type Sum } from './operands.js';
import type { RuleId } from './rules.js';

const COLUMN_ZH: Record<string, string> = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c.key, c.label]));

/** `total = Σ parts`, with blanks in the parts counted as 0 where `blankAsZero` says so and a blank total "not reported". */
function equation(
  c: Collector,
  reader: CellReader,
  rule: RuleId,
  left: readonly string[],
  right: readonly string[],
  blankAsZero: (address: string) => boolean,
  zh: string,
  en: string,
): void {
  const addresses = [...left, ...right];
  const l: Sum = sumCells(reader, left, blankAsZero);
  const r: Sum = sumCells(reader, right, blankAsZero);
  if (!l.ok || !r.ok) {
    const unknown = [...(l.ok ? [] : l.unknown), ...(r.ok ? [] : r.unknown)];
    const notReported = [...(l.ok ? [] : l.notReported), ...(r.ok ? [] : r.notReported)];
    const why = notReported.length > 0 && unknown.length === 0 ? { zh: '总计未填报', en: 'total not reported' } : { zh: '有单元格缺失或存疑', en: 'cells missing or ambiguous' };
    c.add(rule, 'uncertain', addresses, { zh: `${zh}（${why.zh}）`, en: `${en} (${why.en})` });
    return;
  }
  const blanks = [...l.blanksAsZero, ...r.blanksAsZero];
  const note = blanks.length > 0 ? { zh: `（${blanks.length}个空白单元格按0计）`, en: ` (${blanks.length} blank cells counted as 0)` } : { zh: '', en: '' };
  // Expected: the parts (right side); actual: the total printed (left side).
  c.add(rule, l.value === r.value ? 'pass' : 'fail', addresses, {
    expected: r.value,
    actual: l.value,
    zh: zh + note.zh,
    en: en + note.en,
  });
}

/** Rules of table 三. */
export function checkTable3(c: Collector, reader: CellReader, report: Report): void {
  const t3 = report.tables.t3;
  if (!t3) {
    for (const rule of ['T3.BALANCE', 'T3.ROWSUM', 'T3.RESULTS', 'T3.NONNEG'] as const) c.add(rule, 'not-assessable', ['t3']);
    return;
  }
  for (const rel of table3Relations(t3.version)) {
    const k = rel.column ?? 'total';
    const [zh, en] =
      rel.rule === 'T3.BALANCE'
        ? [`“${COLUMN_ZH[k]}”列：本年新收+上年结转 与 办理结果总计+结转下年度`, `column “${COLUMN_ZH[k]}”: new + carried over vs handled + carried forward`]
        : rel.rule === 'T3.ROWSUM'
          ? [`行 ${addressLabel(rel.row ?? '', 't3')}`, `row ${addressLabel(rel.row ?? '', 't3')}`]
          : [`“${COLUMN_ZH[k]}”列：（七）总计与各项办理结果之和`, `column “${COLUMN_ZH[k]}”: （七）总计 vs the sum of the results`];
    equation(c, reader, rel.rule, rel.left, rel.right, blankCountsAsZero, zh, en);
  }
  nonNegative(c, reader, 'T3.NONNEG', table3Addresses(t3.version), () => true);
}

/** Rules of table 四. */
export function checkTable4(c: Collector, reader: CellReader, report: Report): void {
  if (!report.tables.t4) {
    for (const rule of ['T4.REVIEW', 'T4.DIRECT', 'T4.AFTER', 'T4.NONNEG'] as const) c.add(rule, 'not-assessable', ['t4']);
    return;
  }
  const labels = new Map(TABLE4_GROUPS.map((g) => [g.key as string, g.label]));
  for (const rel of TABLE4_RELATIONS) {
    equation(c, reader, rel.rule, rel.left, rel.right, blankCountsAsZero, labels.get(rel.row ?? '') ?? '', labels.get(rel.row ?? '') ?? '');
  }
  nonNegative(c, reader, 'T4.NONNEG', table4Addresses(), () => true);
}

/** Rules of table 二. */
export function checkTable2(c: Collector, reader: CellReader, report: Report): void {
  const t2 = report.tables.t2;
  if (!t2) {
    for (const rule of ['T2.NONNEG', 'T2.INTEGER'] as const) c.add(rule, 'not-assessable', ['t2']);
    return;
  }
  const def = table2Definition(t2.version);
  const rowLabel = (row: string): string => def.subTables.flatMap((s) => s.rows).find((r) => r.key === row)?.label ?? row;
  const addresses = table2Addresses(t2.version);
  const column = (a: string): string => a.slice(a.lastIndexOf('.') + 1);
  const signed = new Set(def.subTables.flatMap((s) => s.columns.filter((x) => x.signed).map((x) => x.key)));
  const decimal = new Set(def.subTables.flatMap((s) => s.columns.filter((x) => x.decimal).map((x) => x.key)));
  const negative = addresses.filter((a) => !signed.has(column(a)) && value(reader, a) !== null && (value(reader, a) as number) < 0);
  c.add('T2.NONNEG', negative.length === 0 ? 'pass' : 'fail', negative.length === 0 ? addresses : negative, listDetail(negative, reader));
  const fractional = addresses.filter((a) => !decimal.has(column(a)) && value(reader, a) !== null && !Number.isInteger(value(reader, a)));
  c.add('T2.INTEGER', fractional.length === 0 ? 'pass' : 'fail', fractional.length === 0 ? addresses : fractional, listDetail(fractional, reader));

  if (t2.version === '2019') {
    for (const row of ['regulations', 'normativeDocuments']) {
      const pub = `t2.art20_1.${row}.newlyPublished`;
      const total = `t2.art20_1.${row}.totalPublished`;
      comparison(c, reader, 'T2.PUBLISHED_LE_TOTAL', pub, total, (a, b) => a <= b, rowLabel(row));
    }
    for (const s of def.subTables.filter((x) => x.columns.some((col) => col.key === 'yearChange'))) {
      for (const r of s.rows) {
        const prev = `t2.${s.key}.${r.key}.previousYearCount`;
        const change = `t2.${s.key}.${r.key}.yearChange`;
        const p = value(reader, prev);
        const ch = value(reader, change);
        const addresses2 = [prev, change];
        if (p === null || ch === null) c.add('T2.ITEMS_NONNEG', 'uncertain', addresses2, { zh: r.label, en: r.label });
        else c.add('T2.ITEMS_NONNEG', p + ch >= 0 ? 'pass' : 'fail', addresses2, { expected: '≥ 0', actual: p + ch, zh: r.label, en: r.label });
      }
    }
    const amount = reader.cell('t2.art20_9.centralizedProcurement.procurementTotalAmount');
    if (amount?.unit) c.add('T2.UNIT', 'pass', ['t2.art20_9.centralizedProcurement.procurementTotalAmount'], { actual: amount.unit, en: `unit ${amount.unit}` });
  } else {
    for (const row of ['regulations', 'normativeDocuments']) {
      const issued = `t2.art20_1.${row}.issued`;
      const valid = value(reader, `t2.art20_1.${row}.currentlyValid`);
      const repealed = value(reader, `t2.art20_1.${row}.repealed`);
      const i = value(reader, issued);
      const addrs = [issued, `t2.art20_1.${row}.currentlyValid`, `t2.art20_1.${row}.repealed`];
      if (i === null || valid === null || repealed === null) c.add('T2.ISSUED_LE', 'uncertain', addrs, { zh: rowLabel(row), en: rowLabel(row) });
      else c.add('T2.ISSUED_LE', i <= valid + repealed ? 'pass' : 'fail', addrs, { expected: `≤ ${valid + repealed}`, actual: i, zh: rowLabel(row), en: rowLabel(row) });
    }
    const fee = reader.cell('t2.art20_8.administrativeFees.feeAmount');
    if (fee?.status === 'value' && fee.unit && fee.unit !== '万元') {
      c.add('T2.UNIT', 'fail', ['t2.art20_8.administrativeFees.feeAmount'], {
        expected: '万元',
        actual: fee.unit,
        zh: `本年收费金额以“${fee.unit}”填写，模板单位为万元`,
        en: `the fee amount is written in ${fee.unit}; the template asks for 万元`,
      });
    } else c.add('T2.UNIT', 'pass', ['t2.art20_8.administrativeFees.feeAmount']);
  }
}

function value(reader: CellReader, address: string): number | null {
  const o = reader.operand(address);
  return o.kind === 'value' ? o.value : null;
}

function comparison(c: Collector, reader: CellReader, rule: RuleId, a: string, b: string, holds: (x: number, y: number) => boolean, label: string): void {
  const x = value(reader, a);
  const y = value(reader, b);
  if (x === null || y === null) c.add(rule, 'uncertain', [a, b], { zh: label, en: label });
  else c.add(rule, holds(x, y) ? 'pass' : 'fail', [a, b], { expected: `≤ ${y}`, actual: x, zh: label, en: label });
}

function nonNegative(c: Collector, reader: CellReader, rule: RuleId, addresses: string[], applies: (a: string) => boolean): void {
  const bad = addresses.filter((a) => {
    if (!applies(a)) return false;
    const v = value(reader, a);
    return v !== null && (v < 0 || !Number.isInteger(v));
  });
  c.add(rule, bad.length === 0 ? 'pass' : 'fail', bad.length === 0 ? addresses : bad, listDetail(bad, reader));
}

function listDetail(addresses: string[], reader: CellReader): { zh?: string; en?: string } {
  if (addresses.length === 0) return {};
  const list = addresses.map((a) => `${addressLabel(a)} = ${String(value(reader, a))}`).join(', ');
  return { zh: list, en: list };
}
