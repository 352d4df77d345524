import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from '../src/layout/layout.js';

/** One item, y up the page (PDF user space). */
const item = (text: string, x: number, y: number, width: number, size = 12): PositionedText => ({ text, page: 1, x, y, width, size });

/** The laid-out lines that are not blank, trimmed, each column gap written as two spaces. */
const lines = (items: PositionedText[]): string[] =>
  layoutText(items, { blankCells: false })
    .text.split('\n')
    .map((l) => l.replace(/\f/g, '').trim().replace(/ {2,}/g, '  '))
    .filter((l) => l !== '');

describe('footnote marks printed raised after a figure (issue 12)', () => {
  it('LibreOffice: the mark on the row line, the figure set lower, joined as its note on the row', () => {
    // (probe 620 p02: the raise made the cell's line taller and set 49 lower than its label)
    const got = lines([
      item('行政处罚', 58.3, 300, 48),
      item('４９', 122.8, 298.5, 24),
      item('①', 146.8, 303.8, 9.5, 9.5),
      item('－１', 174.7, 300, 24),
    ]);
    expect(got).toEqual(['行政处罚  ４９(①)  －１']);
  });

  it('Chromium: a smaller raised digit right after the figure is its note, never more digits', () => {
    const got = lines([item('规章', 50, 500, 24), item('288', 100, 500, 20), item('1', 120, 504, 5.5, 9.6), item('36', 160, 500, 12)]);
    expect(got).toEqual(['规章  288(1)  36']);
  });

  it('a digit of the figure’s size, or one not raised, or one apart from it, is left as it is', () => {
    // (same size: another piece of text, not a mark)
    expect(lines([item('288', 100, 500, 20), item('1', 120, 504, 6.5)]).join('|')).not.toContain('(1)');
    // (smaller but on the figure's baseline)
    expect(lines([item('288', 100, 500, 20), item('1', 120, 500, 5.5, 9.6)]).join('|')).not.toContain('(1)');
    // (raised but a cell's width away)
    expect(lines([item('288', 100, 500, 20), item('1', 140, 504, 5.5, 9.6)]).join('|')).not.toContain('(1)');
  });

  it('a page of many short numbers in two sizes on near lines stays linear (every mark looks at a bounded few figures)', () => {
    // (a regression: each small number scanned every larger one within two lines; 100,000 items took 35 CPU s)
    const items: PositionedText[] = [];
    for (let i = 0; i < 100_000; i++)
      items.push({ text: String(i % 97), page: 1, x: (i % 40) * 14, y: 800 - Math.floor(i / 40) * 0.01, width: 10, size: i % 2 ? 9 : 5 });
    const before = process.cpuUsage();
    const laid = layoutText(items);
    const used = process.cpuUsage(before);
    expect(laid.spans.length).toBeGreaterThan(0);
    expect((used.user + used.system) / 1000).toBeLessThan(15_000);
  });
});
