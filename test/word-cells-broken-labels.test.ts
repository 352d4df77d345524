/**
 * Clipboard text (Chromium copy) of a Word-exported table whose row labels break over lines inside
 * their cells (`一、本年新收政府<br>信息公开申请数量`): each cell a paragraph, a label's pieces on
 * consecutive lines with no empty line between. The pieces after the first are the label's (its
 * words are the row's template label's), not text between the label and its numbers, and the gap
 * before a label's first piece ends the row above: the empty lines still account for every blank
 * cell, and the lines keep the page's order (no block-order doubt).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport } from 'zfxxgk-report';
import { table3Definition } from '../src/template/table3.js';
import { consistentReport } from './helpers/fixtures.js';
import { clipboardWordCells } from './helpers/layouts.js';

/** Labels of table 三's rows and groups, longest first (a label that ends another is replaced after it). */
const LABELS = [...new Set([...table3Definition('2019').rows, ...table3Definition('2021').rows].map((r) => r.label))].sort(
  (a, b) => b.length - a.length,
);

/** The text with every table-三 label of at least `min` characters broken after its `cut(label)`-th character. */
function breakLabels(text: string, cut: (label: string) => number, min = 5): string {
  let out = text;
  for (const label of LABELS) {
    if (label.length < min) continue;
    const k = cut(label);
    out = out.split(`\n${label}\n\n`).join(`\n${label.slice(0, k)}\n${label.slice(k)}\n\n`);
  }
  return out;
}

const cellsOf = (text: string) => {
  const parsed = parseReport(text);
  return { parsed, cells: listCells(parsed.report!).filter((c) => c.address.startsWith('t3.')) };
};

describe('clipboard text of a Word table whose labels break inside their cells', () => {
  it('reads every table-三 cell as the unbroken text does, blanks included', () => {
    const report = consistentReport(3, '2021', { blanks: [9, 20, 33, 70, 71, 120], scale: 15 });
    const whole = clipboardWordCells(renderReport(report, { to: 'text' }));
    const broken = breakLabels(whole, (l) => Math.ceil(l.length / 2));
    expect(broken).toContain('\n一、本年新收政府\n信息公开申请数量\n\n');
    expect(broken).toContain('\n三、本年度\n办理结果\n\n');
    const { parsed, cells } = cellsOf(broken);
    expect(cells.map((c) => [c.address, c.status, c.value])).toEqual(
      listCells(report)
        .filter((c) => c.address.startsWith('t3.'))
        .map((c) => [c.address, c.status, c.value]),
    );
    const codes = parsed.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('block-order-unconfirmed');
    expect(codes).not.toContain('ownership-undecided');
    expect(codes).not.toContain('cells-missing');
  });

  it('reads back every table-三 cell of reports with blanks and labels broken at other places (none wrong, none unread)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const version = seed % 2 ? '2021' : '2019';
      const report = consistentReport(seed, version, {
        blanks: [seed * 3, seed * 11 + 2, seed * 17 + 5, 60 + seed, seed * 7 + 1],
        scale: 15,
      });
      // (three characters at least on either side of the break)
      const text = breakLabels(clipboardWordCells(renderReport(report, { to: 'text' })), (l) => 3 + (seed % (l.length - 5)), 6);
      const back = new Map(cellsOf(text).cells.map((c) => [c.address, c]));
      for (const want of listCells(report).filter((c) => c.address.startsWith('t3.'))) {
        const got = back.get(want.address)!;
        expect([want.address, got.status, got.value], `seed ${seed}`).toEqual([want.address, want.status, want.value]);
      }
    }
  });

  it('states no table-三 cell wrong where a label breaks two characters from either end', () => {
    // (a two-character piece is read as the label's where the label with it is the row's whole
    // label; elsewhere a repair may read it otherwise, and the cells it cannot place are flagged)
    let unread = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const version = seed % 2 ? '2021' : '2019';
      const report = consistentReport(seed, version, { blanks: [seed * 3, seed * 11 + 2, 60 + seed], scale: 15 });
      const text = breakLabels(clipboardWordCells(renderReport(report, { to: 'text' })), (l) => (seed % 2 ? 2 : l.length - 2));
      const { parsed, cells } = cellsOf(text);
      const named = new Set(parsed.diagnostics.flatMap((d) => [...(d.addresses ?? []), ...(d.path ? [d.path] : [])]));
      const truth = new Map(listCells(report).map((c) => [c.address, c]));
      for (const c of cells) {
        const want = truth.get(c.address)!;
        if (c.status !== 'value' && c.status !== 'blank') unread++;
        else if (c.value !== want.value || c.status !== want.status) expect(named.has(c.address), `seed ${seed} ${c.address}`).toBe(true);
      }
    }
    expect(unread).toBe(0);
  });

  it('does not join a line of other words after a label (no cell stated wrong)', () => {
    // (a piece whose words are not the row's label's: text between the label and its numbers)
    const report = consistentReport(5, '2021', { blanks: [9, 20], scale: 15 });
    const whole = clipboardWordCells(renderReport(report, { to: 'text' }));
    const odd = whole.replace('\n1.属于国家秘密\n\n', '\n1.属于国家秘密\n见附件说明\n\n');
    expect(odd).not.toBe(whole);
    const truth = new Map(listCells(report).map((c) => [c.address, c]));
    const { parsed, cells } = cellsOf(odd);
    const named = new Set(parsed.diagnostics.flatMap((d) => [...(d.addresses ?? []), ...(d.path ? [d.path] : [])]));
    for (const c of cells) {
      const want = truth.get(c.address)!;
      if (c.status === 'value' || c.status === 'blank')
        if (c.value !== want.value || c.status !== want.status) expect(named.has(c.address), c.address).toBe(true);
    }
  });
});
