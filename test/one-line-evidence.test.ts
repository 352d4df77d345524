/**
 * One-line and glued crawler text (issue 12, one-line round 2): evidence the text holds that the
 * readers now use, each with our own generated reports.
 * - a blank that replaced a counted value (the document breaks its own row sum) is placed where the
 *   equations leave an unknown count one consistent value (`tables/unknown-blanks.ts`);
 * - glued rows: thousands separators fix where numbers end, blank markers (`/`, `无无无`) inside a
 *   glued word are cells, and a table-二 row cut from glued digits keeps what its numbers mean
 *   (no negative count, 上一年项目数量 + 本年增/减 ≥ 0), with a vanished blank as another reading;
 * - labels without numbering: a group label run into the row label after it is cut.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, validateReport, type Report } from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

/** Cells stated wrong and cells not stated, against the report the text was rendered from. */
function compare(original: Report, text: string): { wrong: string[]; unstated: string[]; back: Report; codes: string[] } {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const want = new Map(listCells(original).map((c) => [c.address, c]));
  const wrong: string[] = [];
  const unstated: string[] = [];
  for (const c of listCells(report!)) {
    const w = want.get(c.address)!;
    if (c.status !== 'value' && c.status !== 'blank') unstated.push(c.address);
    else if (c.status !== w.status || c.value !== w.value) wrong.push(`${c.address}: ${c.status} ${c.value}, want ${w.status} ${w.value}`);
  }
  return { wrong, unstated, back: report!, codes: diagnostics.map((d) => d.code) };
}

const APPLICANTS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg'];

/** A consistent report in which one non-zero applicant cell of a result row is left blank (its row sum and column total still count it). */
function withCountedBlank(seed: number, row: string): { report: Report; blanked: string } | null {
  const cells: Record<string, number | null> = consistentCells(seed, { table2: '2021', table3: '2021' }, 3);
  const col = APPLICANTS.find((k) => (cells[`t3.${row}.${k}`] ?? 0) > 0);
  if (!col) return null;
  const blanked = `t3.${row}.${col}`;
  cells[blanked] = null;
  return {
    report: createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } }),
    blanked,
  };
}

describe('one-line text: a blank that replaced a counted value', () => {
  it('is placed where the equations leave the unknown count one value; the row sum stays failing, nothing is wrong', () => {
    let decided = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const made = withCountedBlank(seed, 'results.denied.thirdPartyRights');
      if (!made) continue;
      const { wrong, unstated, back } = compare(made.report, oneLine(renderReport(made.report, { to: 'text' }), false));
      expect(wrong, `seed ${seed}`).toEqual([]);
      const row = unstated.filter((a) => a.startsWith('t3.results.denied.thirdPartyRights.'));
      if (row.length === 0) {
        decided++;
        // The blank stays blank (nothing is computed into it), and validation shows the broken row sum.
        const cell = listCells(back).find((c) => c.address === made.blanked)!;
        expect(cell.status).toBe('blank');
        const failing = validateReport(back).checks.filter((c) => c.status === 'fail');
        expect(failing.some((c) => c.addresses.includes(made.blanked))).toBe(true);
      }
    }
    // Regression: these rows were all left ambiguous (no placement adds up with the blank read as 0).
    expect(decided).toBeGreaterThan(5);
  });
});

/** Numbers of four digits or more written with thousands separators (years before 年 left alone). */
function withSeparators(text: string): string {
  return text.replace(/(?<![\d.,])(\d{4,})(?![\d.年])/g, (n) => Number(n).toLocaleString('en-US'));
}

describe('glued one-line text', () => {
  it('thousands separators fix where glued numbers end: rows with large numbers are read, never wrong', () => {
    let read = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2021' : '2019', { scale: 400 });
      const text = oneLine(withSeparators(renderReport(r, { to: 'text' })), true);
      expect(text).toMatch(/\d,\d{3}\d/);
      const { wrong, unstated } = compare(r, text);
      expect(wrong, `seed ${seed}`).toEqual([]);
      read += listCells(r).filter((c) => c.table === 't3').length - unstated.filter((a) => a.startsWith('t3.')).length;
    }
    // Regression: a glued run with separators was label text, its row lost and the next row's numbers taken.
    expect(read).toBeGreaterThan(12 * 100);
  });

  it('blank markers inside glued words are cells (`规章4/0`, `信息///////7.属于…`, `数量无无无…`)', () => {
    for (const marker of ['/', '无']) {
      for (let seed = 1; seed <= 8; seed++) {
        const v = seed % 2 ? '2021' : '2019';
        const r = consistentReport(seed, v, { blanks: [seed * 7, seed * 13 + 5, seed * 3 + 1, 40, 41], scale: 15 });
        const { wrong, unstated } = compare(r, oneLine(renderReport(r, { to: 'text' }), true, marker));
        expect(wrong, `${marker} seed ${seed}`).toEqual([]);
        // Every blank marked where the table counts 0 is read blank (a blank that replaced a counted
        // value breaks its row sum, and table 二 has no arithmetic: their glued cuts may stay open).
        const zero = new Set(
          listCells(consistentReport(seed, v, { scale: 15 }))
            .filter((c) => c.value === 0)
            .map((c) => c.address),
        );
        const blanks = listCells(r).filter((c) => c.status === 'blank' && c.table !== 't2' && zero.has(c.address));
        expect(
          blanks.filter((c) => unstated.includes(c.address)).map((c) => c.address),
          `${marker} seed ${seed}`,
        ).toEqual([]);
      }
    }
  });

  it('a table-二 row cut from glued digits keeps what its numbers mean, and a vanished blank is another reading', () => {
    const cells: Record<string, number | null> = consistentCells(5, { table2: '2019', table3: '2019' }, 15);
    Object.assign(cells, {
      't2.art20_6.administrativePenalty.previousYearCount': 6,
      't2.art20_6.administrativePenalty.yearChange': -1,
      't2.art20_6.administrativePenalty.decisionCount': 9,
      't2.art20_5.administrativeLicensing.previousYearCount': 37,
      't2.art20_5.administrativeLicensing.yearChange': -1,
      't2.art20_5.administrativeLicensing.decisionCount': null,
    });
    const r = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
    const text = oneLine(renderReport(r, { to: 'text' }), true);
    expect(text).toContain('行政处罚6-19');
    expect(text).toContain('行政许可37-1');
    const { wrong, back } = compare(r, text);
    expect(wrong).toEqual([]);
    const cell = (a: string) => listCells(back).find((c) => c.address === a)!;
    // 6 −19 and a blank would leave a negative item count: 6 −1 9 is the only reading.
    expect(cell('t2.art20_6.administrativePenalty.yearChange')).toMatchObject({ status: 'value', value: -1 });
    expect(cell('t2.art20_6.administrativePenalty.decisionCount')).toMatchObject({ status: 'value', value: 9 });
    // 37 −1 and a blank, or 3 7 −1 (a negative decision count): 37 is read, not cut.
    expect(cell('t2.art20_5.administrativeLicensing.previousYearCount')).toMatchObject({ status: 'value', value: 37 });
  });
});

describe('one-line text whose labels carry no numbering', () => {
  it('a group label run into the row label after it is cut (`不予公开属于国家秘密`)', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2021' : '2019', { scale: 15 });
      const text = oneLine(renderReport(r, { to: 'text' }), false).replace(
        /[一二三四五六七八九十]、(?=[本上结])|（[一二三四五六七]）|(?<=[ \u3400-\u9fff])\d\.(?=[\u3400-\u9fff])/g,
        '',
      );
      expect(text).toContain('不予公开 属于国家秘密');
      const { wrong, unstated } = compare(r, text);
      expect(wrong, `seed ${seed}`).toEqual([]);
      expect(
        unstated.filter((a) => a.startsWith('t3.results.granted') || a.startsWith('t3.results.denied.stateSecret')),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });
});
