/**
 * The speed work on validation (issue 16) keeps every result: narrative claims read with each
 * pattern run only on text holding its words, and cells read by slot, give what the plain
 * readings give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsInText, parseReport, validateReport, type NarrativeClaim } from 'zfxxgk-report';
import { CellReader } from '../src/validate/operands.js';
import { cellAt } from '../src/model/paths.js';
import { table2Addresses, table3Addresses, table4Addresses } from '../src/template/addresses.js';
import { consistentReport } from './helpers/fixtures.js';
import { renderReport } from 'zfxxgk-report';

/** Words of the claim patterns, numbers, whitespace and punctuation: texts where claims start, end, overlap and break. */
const PIECES = [
  '予以公开',
  '同意公开',
  '及',
  '部分公开',
  '上年结转',
  '结转',
  '转入',
  '下年度',
  '2023年',
  '办理',
  '收到',
  '新收',
  '依申请',
  '申请',
  '受理',
  '办结',
  '答复',
  '不予公开',
  '无法提供',
  '不予处理',
  '其他处理',
  '行政复议',
  '行政诉讼',
  '案件',
  '未发生',
  '和',
  '纠错',
  '件',
  '%',
  '(',
  '12',
  '3.5',
  '0',
  '7',
  ' ',
  '\n',
  '\t',
  '。',
  '，',
  '共',
  '政府信息公开',
];

describe('narrative claims', () => {
  it('read the same as every pattern run over the whole text (whitespace inside the words, repeated and overlapping claims)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(claimsInText(text, null)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('words broken by whitespace are read (the words are looked for after whitespace is removed)', () => {
    expect(claimsInText('全年办 结申请 1 2 件，未发生行政复\n议和行政诉讼。', 'overview').map((c) => [c.kind, c.value])).toEqual([
      ['closed', 12],
      ['noReviewOrLitigation', 0],
    ]);
  });
});

describe('cells read by slot', () => {
  it('every address of every table reads the cell cellAt reads, and addresses of the other version read nothing', () => {
    for (const v of ['2019', '2021'] as const) {
      const report = consistentReport(3, v);
      const reader = new CellReader(report);
      const other = v === '2019' ? '2021' : '2019';
      for (const [t, addresses] of [
        ['t2', table2Addresses(v)],
        ['t3', table3Addresses(v)],
        ['t4', table4Addresses()],
      ] as const) {
        expect(reader.addresses(t)).toEqual(addresses);
        for (const a of addresses) expect(reader.cell(a)).toBe(cellAt(report.tables[t], a));
      }
      const own = new Set(table3Addresses(v));
      for (const a of table3Addresses(other).filter((x) => !own.has(x))) expect(reader.cell(a)).toBeUndefined();
    }
  });

  it('validation of a report read back from its text is the same when the reader is made again', () => {
    const report = parseReport(renderReport(consistentReport(5, '2021'), { to: 'text' })).report;
    expect(report).not.toBeNull();
    if (report) expect(JSON.stringify(validateReport(report))).toBe(JSON.stringify(validateReport(report)));
  });
});

// The reading before the speed work, as the oracle.
const N = '(\\d{1,12}(?:\\.\\d{1,6})?)';
const GAP = '[^\\d。；;，,]{0,8}?';
const REFERENCE: [NarrativeClaim['kind'], RegExp][] = [
  ['grantedOrPartially', new RegExp(`(?:予以公开|同意公开)(?:及|和|与|或)部分公开${GAP}${N}件`, 'g')],
  ['carriedOver', new RegExp(`上年结转${GAP}(?:政府信息公开)?(?:申请)?${GAP}${N}件`, 'g')],
  ['carriedForward', new RegExp(`(?:结转|转入|转到|转)(?:至)?(?:下一?年度?|下年度|\\d{4}年)${GAP}(?:办理)?${GAP}${N}件`, 'g')],
  ['received', new RegExp(`(?:收到|新收|接收)${GAP}(?:政府信息)?(?:公开)?(?:依?申请)${GAP}(?:公开件)?${GAP}${N}件`, 'g')],
  ['accepted', new RegExp(`受理${GAP}(?:政府信息公开|依申请公开)?申请${GAP}${N}件`, 'g')],
  ['closed', new RegExp(`办结${GAP}${N}件`, 'g')],
  ['granted', new RegExp(`(?:予以公开|同意公开)(?:答复)?${GAP}${N}件`, 'g')],
  ['partiallyGranted', new RegExp(`部分公开(?:答复)?${GAP}${N}件`, 'g')],
  ['denied', new RegExp(`不予公开(?:答复)?${GAP}${N}件`, 'g')],
  ['unableToProvide', new RegExp(`无法提供(?:的)?${GAP}${N}件`, 'g')],
  ['notProcessed', new RegExp(`不予处理${GAP}${N}件`, 'g')],
  ['otherHandling', new RegExp(`其他处理${GAP}${N}件`, 'g')],
  ['review', new RegExp(`行政复议(?:案件)?${GAP}${N}件`, 'g')],
  ['litigation', new RegExp(`行政诉讼(?:案件)?${GAP}${N}件`, 'g')],
];
const NONE =
  /未(?:发生|出现|收到)(?:因?政府信息公开[^。，,]{0,10}?)?(?:被申请)?行政复议(?:和|、|或|及|与)?(?:提起)?行政诉讼(?:的)?(?:情况|案件|情形)?/g;

function reference(prose: string): NarrativeClaim[] {
  const claims: NarrativeClaim[] = [];
  let text = prose.replace(/\s+/g, '');
  for (const [kind, re] of REFERENCE) {
    re.lastIndex = 0;
    const spans: [number, number][] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      claims.push({ kind, value: Number(m[1]), percent: false, text: m[0], section: null });
      const pct = new RegExp(`^\\(?${N}%`).exec(text.slice(m.index + m[0].length));
      if (pct) claims.push({ kind, value: Number(pct[1]), percent: true, text: m[0] + pct[0], section: null });
      spans.push([m.index, m.index + m[0].length]);
    }
    for (const [a, b] of spans) text = text.slice(0, a) + '■'.repeat(b - a) + text.slice(b);
  }
  NONE.lastIndex = 0;
  for (let m = NONE.exec(text); m !== null; m = NONE.exec(text)) {
    if (/纠错|败诉|纠正/.test(text.slice(m.index, m.index + m[0].length + 6))) continue;
    claims.push({ kind: 'noReviewOrLitigation', value: 0, percent: false, text: m[0], section: null });
  }
  return claims;
}
