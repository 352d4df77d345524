/**
 * Our own reports converted to traditional characters the ways converters do (opencc `cn → tw`,
 * `cn → hk`, `cn → twp`, which also rewrites vocabulary: 信息 → 資訊, 規範性文件 → 規範性檔案,
 * 項目 → 專案, 數據 → 資料, 網絡 → 網路) read back cell for cell as the simplified report does.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { listCells, normalize, parseReport, renderReport, type Report } from 'zfxxgk-report';

import { consistentReport } from './helpers/fixtures.js';
import { oneLine, withProse } from './helpers/layouts.js';

const CONVERTERS = {
  tw: OpenCC.Converter({ from: 'cn', to: 'tw' }),
  hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
  twp: OpenCC.Converter({ from: 'cn', to: 'twp' }),
};

/** Every cell as `address value` (blank as `null`), with its status when it is not a value or blank. */
function cellsOf(report: Report | null): string[] {
  return report === null
    ? []
    : listCells(report).map((c) => `${c.address} ${c.status === 'value' || c.status === 'blank' ? String(c.value) : c.status}`);
}

describe('traditional characters through the converters', () => {
  for (const v of ['2021', '2019'] as const) {
    const report = consistentReport(7, v, { blanks: [3, 40, 77] });
    const expected = cellsOf(report);
    const text = withProse(renderReport(report, { to: 'text' }));
    const html = renderReport(report, { to: 'html' });
    for (const [name, convert] of Object.entries(CONVERTERS)) {
      it(`reads a ${v} report converted cn → ${name} (text, HTML, one line) as in simplified`, () => {
        expect(cellsOf(parseReport(convert(text)).report)).toEqual(expected);
        expect(cellsOf(parseReport(convert(html), { format: 'html' }).report)).toEqual(expected);
        const line = oneLine(renderReport(report, { to: 'text' }), false);
        expect(cellsOf(parseReport(convert(line)).report)).toEqual(cellsOf(parseReport(line).report));
      });
    }
  }

  it('the twp conversion rewrites the words read back (the test would pass vacuously otherwise)', () => {
    const t = CONVERTERS.twp('政府信息公开\n行政规范性文件\n采购项目数量\n本列数据\n网络申请数');
    expect(t).toBe('政府資訊公開\n行政規範性檔案\n採購專案數量\n本列資料\n網路申請數');
    expect(normalize(t).text).toBe('政府信息公开\n行政规范性文件\n采购项目数量\n本列数据\n网络申请数');
  });
});

describe('Taiwan vocabulary read back in normalisation', () => {
  it('reads a word wrapped over a line end back, its whitespace and offsets kept', () => {
    const input = '政府資\n訊公開\n行政規範\n性檔\n案 5\n政府資訊公開申請';
    const t = normalize(input);
    expect(t.text).toBe('政府信\n息公开\n行政规范\n性文\n件 5\n政府信息公开申请');
    expect(t.toOriginal(t.text.indexOf('件'), t.text.indexOf('件') + 1)).toEqual([input.indexOf('案'), input.indexOf('案') + 1]);
  });

  it('leaves a text that says 信息 at least as often as 资讯 alone (资料 and 档案 are mainland words too)', () => {
    const text = '政府信息公开工作年度报告\n市档案馆提供资讯服务\n查阅资料 3 次\n专案 1 件\n网路 2 条';
    expect(normalize(text).text).toBe(text);
    const trad = '政府信息公開工作年度報告\n市檔案館提供資訊服務\n查閱資料 3 次';
    expect(normalize(trad).text).toBe('政府信息公开工作年度报告\n市档案馆提供资讯服务\n查阅资料 3 次');
  });

  it('reads 档案 back after 性 or where no Han character follows (规范性文件 wrapped or glued, never 档案馆)', () => {
    expect(normalize('政府資訊公開\n資訊\n市檔案館\n規範性檔案').text).toBe('政府信息公开\n信息\n市档案馆\n规范性文件');
    // (glued text: the blank markers or the next label right after it)
    expect(normalize('政府資訊公開規範性檔案無無無規範性 檔案第二十條市檔案館').text).toBe(
      '政府信息公开规范性文件无无无规范性文件第二十条市档案馆',
    );
    // (a label wrapped in a `-layout` print: its row's numbers or blank markers between its pieces)
    const layout = '政府資訊公開\n  行政規範性      ０     ８\n    檔案\n行政規範    0     9\n  性檔案\n規範性\n    無        無\n檔案\n';
    expect(normalize(layout).text).toBe(
      '政府信息公开\n  行政规范性      0     8\n    文件\n行政规范    0     9\n  性文件\n规范性\n    无        无\n文件\n',
    );
  });
});
