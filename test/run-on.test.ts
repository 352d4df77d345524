/**
 * One-line text (a whole article stored as one line by a crawler): headings, table signatures,
 * row labels and values are found in the character stream; prose before, between and after the
 * tables gives no number to a cell.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, table3Addresses, parseReport, renderReport, type Report } from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { oneLine, renderInLayout } from './helpers/layouts.js';

const runs = Number(process.env.PROP_RUNS ?? 40);

/** Cells stated wrong, and cells not stated, against the report the text was rendered from. */
function compare(original: Report, text: string): { wrong: string[]; unstated: string[]; codes: string[]; back: Report } {
  const { report, diagnostics } = parseReport(text);
  const want = new Map(listCells(original).map((c) => [c.address, c]));
  const wrong: string[] = [];
  const unstated: string[] = [];
  for (const c of listCells(report!)) {
    const w = want.get(c.address)!;
    if (c.status !== 'value' && c.status !== 'blank') unstated.push(c.address);
    else if (c.status !== w.status || c.value !== w.value) wrong.push(`${c.address}: ${c.status} ${c.value}, want ${w.status} ${w.value}`);
  }
  return { wrong, unstated, codes: diagnostics.map((d) => d.code), back: report! };
}

describe('one-line text', () => {
  it('reads back completely when blank cells are written as a marker (— or /)', () => {
    for (let seed = 1; seed <= runs; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2021' : '2019', { blanks: [seed * 7, seed * 13 + 5, seed * 3 + 1], scale: 15 });
      const { wrong, unstated, codes } = compare(r, oneLine(renderReport(r, { to: 'text' }), false, seed % 3 ? '—' : '/'));
      expect(wrong, `seed ${seed}`).toEqual([]);
      expect(unstated, `seed ${seed}`).toEqual([]);
      expect(
        codes.filter((c) => c === 'table-missing' || c === 'section-missing' || c === 'values-unplaced'),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });

  it('finds the title and the six sections; a section keeps its prose and none of the table', () => {
    const r = consistentReport(7, '2021', { scale: 15 });
    const { back } = compare(r, renderInLayout(r, 'one-line'));
    expect(back.meta.title).toBe('示例县示例局2023年政府信息公开工作年度报告');
    expect(back.sections.map((s) => s.key)).toEqual([
      'overview',
      'proactiveDisclosure',
      'applications',
      'reviewLitigation',
      'problemsAndImprovements',
      'otherMatters',
    ]);
    const applications = back.sections.find((s) => s.key === 'applications')!;
    expect(applications.text).toContain('共涉及 6 类申请人');
    expect(applications.text).not.toContain('本年新收');
    expect(back.sections.find((s) => s.key === 'problemsAndImprovements')!.text).toContain('每年不少于 4 次');
  });

  it('glued one-line text (no separator at all) reads its sections and states no wrong cell', () => {
    for (let seed = 1; seed <= runs; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2021' : '2019', { scale: 15 });
      const { wrong, unstated, back } = compare(r, renderInLayout(r, 'one-line-glued'));
      expect(wrong, `seed ${seed}`).toEqual([]);
      expect(back.sections).toHaveLength(6);
      // Table 二 has no arithmetic to split its glued cells, tables 三 and 四 mostly do.
      expect(unstated.filter((a) => !a.startsWith('t2.')).length, `seed ${seed}`).toBeLessThan(60);
      // Regression: table 四's digits glued to its header stay one run the reader splits (cut
      // from the header, the run read as one huge number and every cell was lost). Nothing in this
      // text shows how blanks print, so a reading of the run with vanished blanks that keeps the
      // group sums leaves the cells it reads differently ambiguous; none is lost.
      const t4 = listCells(back).filter((c) => c.table === 't4');
      expect(
        t4.filter((c) => c.status !== 'value' && c.status !== 'blank' && c.status !== 'ambiguous').map((c) => c.address),
        `seed ${seed}`,
      ).toEqual([]);
      // (a table of zeros with one 5 0 5 group: blanks that vanished may stand at any zero, so
      // seed 9 reads every cell ambiguous)
    }
  });

  it('prose with numbers right after a table, on the same line and without a heading, gives none of them to a cell', () => {
    for (let seed = 1; seed <= runs; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2021' : '2019', { blanks: [seed * 5], scale: 15 });
      const line = oneLine(renderReport(r, { to: 'text' }), false, '—')
        .replace(' 三、收到和处理', ' 注:以上数据截至2023年12月31日,共 5 件。 三、收到和处理')
        .replace(' 四、政府信息公开行政复议', ' 以上 3 项数据由办公室统计,另有 7 件在办理中。 四、政府信息公开行政复议')
        .replace(' 五、存在的主要问题', ' 全年 9 件, 1 件在审。 五、存在的主要问题');
      const { wrong, unstated } = compare(r, line);
      expect(wrong, `seed ${seed}`).toEqual([]);
      expect(unstated, `seed ${seed}`).toEqual([]);
    }
  });

  it('a table-二 amount written with its unit and a note right after it on the line: the row is read, the note is no cell', () => {
    // (normalisation joins `元 注` to `元注`: the row's numbers end at the unit)
    for (const seed of [2, 3]) {
      const r = consistentReport(seed, '2021', { scale: 15 });
      const fee = listCells(r).find((c) => c.address === 't2.art20_8.administrativeFees.feeAmount')!;
      const line = oneLine(renderReport(r, { to: 'text' }), false).replace(
        ` ${String(fee.value)} 三、收到和处理`,
        ` ${String(fee.value)}元 注：本表统计时间为2023年1月1日至2023年12月31日，金额单位为元。 三、收到和处理`,
      );
      expect(line).toContain('元 注：本表');
      const { wrong, unstated } = compare(r, line);
      expect(wrong, `seed ${seed}`).toEqual([]);
      expect(unstated, `seed ${seed}`).toEqual([]);
    }
  });

  it('a section per line, each table followed by prose on its line, reads back completely', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2021' : '2019', { scale: 15 });
      const text = renderReport(r, { to: 'text' })
        .split(/\n(?=[一二三四五六]、)/)
        .map((part) => `${oneLine(part, false)} 本部分共涉及 8 个事项,详见上表。`)
        .join('\n');
      const { wrong, unstated, back } = compare(r, text);
      expect(wrong, `seed ${seed}`).toEqual([]);
      expect(unstated, `seed ${seed}`).toEqual([]);
      expect(back.sections).toHaveLength(6);
    }
  });

  it('text after a row without a full stop is flagged, never a cell', () => {
    const r = consistentReport(3, '2021', { scale: 15 });
    const line = renderInLayout(r, 'one-line').replace(' 四、政府信息公开行政复议', ' 备注 12 项 四、政府信息公开行政复议');
    const { wrong } = compare(r, line);
    expect(wrong).toEqual([]);
  });

  it('ordinary numbering and dates inside the prose of a one-line report are not values', () => {
    const r = consistentReport(4, '2019', { scale: 15 });
    const { codes, unstated } = compare(r, renderInLayout(r, 'one-line'));
    expect(codes).not.toContain('values-unplaced');
    expect(codes).not.toContain('surplus-values');
    expect(unstated).toEqual([]);
  });
});

describe('one-line text of a whole portal page', () => {
  it('navigation with pipes and a breadcrumb before the title: title, sections and every cell are read', () => {
    const r = consistentReport(9, '2021', { scale: 15 });
    const chrome =
      '欢迎访问示例县人民政府网站!无障碍 | 关怀版 | 简体 | 繁體 搜索 首页政务动态 当前位置:首页 > 政务公开 > 政府信息公开年度报告 索引号: 11340000000109/2024-02 发布日期: 2024-01-26 字号:[大 中 小] ';
    const { wrong, unstated, back } = compare(
      r,
      chrome + renderInLayout(r, 'one-line') + ' 分享到:微信 【打印本页】 主办单位:示例县人民政府办公室',
    );
    expect(back.meta.title).toBe('示例县示例局2023年政府信息公开工作年度报告');
    expect(back.sections).toHaveLength(6);
    expect(wrong).toEqual([]);
    expect(unstated).toEqual([]);
  });
});

describe('one-line text whose blank cells vanished (issue 12)', () => {
  /**
   * A consistent report with zero cells of table 三 left blank (so every equation still holds with a
   * blank read as 0), each between two non-zero cells of its row: the place of the blank is then
   * open in the row (six numbers for seven columns) and only the column relations can close it.
   */
  function blankedZeros(seed: number, v: '2019' | '2021', count: number): { report: Report; blanked: string[] } {
    const cells: Record<string, number | null> = consistentCells(seed, { table2: v, table3: v }, 15);
    const rowOf = (a: string): string => a.slice(0, a.lastIndexOf('.'));
    const t3 = table3Addresses(v);
    const blanked: string[] = [];
    for (let i = 1; i + 1 < t3.length && blanked.length < count; i++) {
      const [prev, a, next] = [t3[i - 1]!, t3[i]!, t3[i + 1]!];
      if (rowOf(prev) !== rowOf(a) || rowOf(next) !== rowOf(a)) continue;
      if (cells[a] !== 0 || !cells[prev] || !cells[next] || blanked.some((b) => rowOf(b) === rowOf(a))) continue;
      blanked.push(a);
    }
    for (const a of blanked) cells[a] = null;
    const report = createReport({
      versions: { table2: v, table3: v },
      cells,
      meta: { agency: '示例县示例局', year: v === '2019' ? 2020 : 2023 },
    });
    return { report, blanked };
  }

  it('a blank the column relations allow in one place only is read as blank there (blank-placed); never a wrong cell', () => {
    let placed = 0;
    let tried = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const { report, blanked } = blankedZeros(seed, seed % 2 ? '2021' : '2019', 2);
      if (blanked.length === 0) continue;
      tried++;
      const { wrong, unstated, codes, back } = compare(report, oneLine(renderReport(report, { to: 'text' }), false));
      expect(wrong, `seed ${seed}`).toEqual([]);
      const cells = new Map(listCells(back).map((c) => [c.address, c]));
      if (blanked.every((a) => cells.get(a)?.status === 'blank')) {
        placed++;
        expect(codes, `seed ${seed}`).toContain('blank-placed');
        expect(
          unstated.filter((a) => a.startsWith('t3.')),
          `seed ${seed}`,
        ).toEqual([]);
      }
    }
    expect(tried).toBeGreaterThan(runs / 2);
    expect(placed).toBeGreaterThan(tried * 0.8);
  });

  // Property hunt of 2026-12-05 (second): the marker loop above with PROP_RUNS=1500 failed at seed 1333
  // only, `3.危及“三安全一稳定” 14 7 15 0 0 0 36` read `ambiguous` in its first two cells ([14, 7] and
  // [7, 14]): the mixed-grid check (`tables/mixed-grid-rows.ts`, for `pdftotext -layout`) read the
  // character columns of the pieces the one line is cut into, where a number's column is only the length
  // of the text before it on its row, and found the row on two grids by chance. A table on one source
  // line has no grid: the check is not made there.
  it('seed 1333 of the marker loop reads back completely (two securityStability cells were ambiguous)', () => {
    const r = consistentReport(1333, '2021', { blanks: [1333 * 7, 1333 * 13 + 5, 1333 * 3 + 1], scale: 15 });
    const { wrong, unstated } = compare(r, oneLine(renderReport(r, { to: 'text' }), false, '—'));
    expect(wrong).toEqual([]);
    expect(unstated).toEqual([]);
    const { report } = parseReport(oneLine(renderReport(r, { to: 'text' }), false, '—'));
    const row = listCells(report!).filter((c) => c.address.startsWith('t3.results.denied.securityStability.'));
    expect(row.map((c) => [c.status, c.value])).toEqual([14, 7, 15, 0, 0, 0, 36].map((v) => ['value', v]));
  });

  it('a blank whose place the arithmetic cannot tell (between zeros) stays ambiguous', () => {
    const r = consistentReport(5, '2021', { scale: 15 });
    const cells = listCells(r);
    const row = 't3.results.denied.stateSecret';
    // A row of zeros whose first cell is blank: six zeros for seven columns, in any order the same.
    const zeros = cells.filter((c) => c.address.startsWith(`${row}.`));
    const text = oneLine(renderReport(r, { to: 'text' }), false).replace(
      new RegExp(`(1\\.属于国家秘密) ${zeros.map((c) => c.value).join(' ')}`),
      '$1 0 0 0 0 0 0',
    );
    const { report } = parseReport(text);
    const stated = listCells(report!).filter((c) => c.address.startsWith(`${row}.`));
    expect(stated.some((c) => c.status === 'ambiguous')).toBe(true);
    expect(stated.every((c) => c.status === 'ambiguous' || c.status === 'missing' || c.value === 0)).toBe(true);
  });
});
