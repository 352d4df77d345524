/**
 * Causes of silent wrong cells found by the probe set (`npm run gauntlet:probe`, issue 12): reports
 * of our own in layouts the reader was not tuned on. Each test is a minimal fixture of our own that
 * reproduces one cause; every cell must come back right or flagged, never silently wrong.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type Report, type TemplateVersion } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { scoreCells } from './helpers/ownership-layouts.js';

/** The line of a row label (its numbers set off after it), split into the label and the numbers. */
function splitRow(lines: string[], keyword: string): { at: number; label: string; numbers: string } {
  const at = lines.findIndex((l) => l.includes(keyword));
  const line = lines[at] as string;
  const m = /^(.*?\S)(\s{3,}[-\d][\d\s.-]*)$/.exec(line);
  if (!m) throw new Error(`no numbers on the line of ${keyword}`);
  return { at, label: m[1] as string, numbers: (m[2] as string).replace(/^\s+/, ' '.repeat(30)) };
}

/**
 * Labels stacked above their numbers (Chromium's `pdftotext -layout` and plain text: two or three
 * labels on lines of their own, then as many lines of numbers): the rows' numbers follow the
 * stack in order, so the last label is not the owner of the first line of numbers.
 */
function stacked(text: string, keywords: readonly string[], dropNumbersOf?: string): string {
  const lines = text.split('\n');
  const rows = keywords.map((k) => splitRow(lines, k));
  const first = (rows[0] as { at: number }).at;
  const block = [...rows.map((r) => r.label), ...rows.map((r) => r.numbers)];
  const out = [...lines.slice(0, first), ...block, ...lines.slice(first + rows.length)];
  if (dropNumbersOf) {
    const r = splitRow(out, dropNumbersOf);
    out[r.at] = r.label;
  }
  return out.join('\n');
}

/**
 * Table 二 of the 2019 template in plain `pdftotext` text of a LibreOffice print whose column
 * headers wrapped in their cells (`上一年<br>项目数量`): the pieces come out in another order than
 * the columns (`上一年` / `处理决` / `本年增/减` / `项目数量` / `定数量`), so the order of the pieces that
 * name a column is no evidence of the order of the columns.
 */
function wrappedHeaderTable2(r: Report): string {
  const value = (a: string): string => {
    const c = listCells(r).find((x) => x.address === a);
    return c?.status === 'value' ? String(c.value) : '';
  };
  const sub = (caption: string, header: string[], rows: [string, string][], columns: string[]): string[] => [
    caption,
    '信息内容',
    '',
    ...header,
    '',
    ...rows.flatMap(([label, key]) => [label, '', ...columns.flatMap((c) => [value(`t2.${key}.${c}`), ''])]),
  ];
  const change = ['previousYearCount', 'yearChange', 'decisionCount'];
  const changeHeader = ['上一年', '处理决', '本年增/减', '项目数量', '定数量'];
  return [
    ...sub(
      '第二十条第（一）项',
      ['本年新 本年新', '制作数量 公开数量', '', '对外公', '开总数量'],
      [
        ['规章', 'art20_1.regulations'],
        ['规范性文件', 'art20_1.normativeDocuments'],
      ],
      ['newlyMade', 'newlyPublished', 'totalPublished'],
    ),
    ...sub(
      '第二十条第（五）项',
      changeHeader,
      [
        ['行政许可', 'art20_5.administrativeLicensing'],
        ['其他对外管理服务事项', 'art20_5.otherExternalManagementServices'],
      ],
      change,
    ),
    ...sub(
      '第二十条第（六）项',
      changeHeader,
      [
        ['行政处罚', 'art20_6.administrativePenalty'],
        ['行政强制', 'art20_6.administrativeCompulsion'],
      ],
      change,
    ),
    ...sub(
      '第二十条第（八）项',
      ['上一年', '本年增/减', '项目数量'],
      [['行政事业性收费', 'art20_8.administrativeFees']],
      ['previousYearCount', 'yearChange'],
    ),
    ...sub(
      '第二十条第（九）项',
      ['采购项', '目数量', '', '采购总金额'],
      [['政府集中采购', 'art20_9.centralizedProcurement']],
      ['procurementItemCount', 'procurementTotalAmount'],
    ),
  ].join('\n');
}

describe('probe causes', () => {
  it("table 二 whose wrapped column headers come out of order: the columns are not taken from the pieces' order", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const r = consistentReport(seed, '2019', { scale: 40 });
      const layout = renderLayoutText(r, { wrap: 'none' });
      const from = layout.indexOf('第二十条第（一）项');
      const to = layout.indexOf('三、收到和处理政府信息公开申请情况');
      const text = `${layout.slice(0, from)}${wrappedHeaderTable2(r)}\n\n${layout.slice(to)}`;
      const { report, diagnostics } = parseReport(text);
      const s = scoreCells(r, report, diagnostics);
      expect(s.wrongAddresses, `seed ${seed}`).toEqual([]);
    }
  });

  const cases: [TemplateVersion, string[]][] = [
    ['2021', ['没有现成信息', '补正后申请']],
    ['2019', ['没有现成信息', '补正后申请']],
    ['2021', ['信访举报', '重复申请', '公开出版物']],
  ];
  for (const [v, keywords] of cases) {
    it(`labels stacked above their numbers (${v}, ${keywords.length} rows): right or flagged, the last label does not take the first numbers`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const r = consistentReport(seed, v, { scale: 40 });
        for (const drop of [undefined, '结转下年度']) {
          const text = stacked(renderLayoutText(r, { wrap: 'none' }), keywords, drop);
          const { report, diagnostics } = parseReport(text);
          const s = scoreCells(r, report, diagnostics);
          expect(s.wrongAddresses, `seed ${seed}${drop ? ', carried-forward row unread' : ''}`).toEqual([]);
        }
      }
    });
  }
});
