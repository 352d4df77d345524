/**
 * A two-dash blank mark wrapped in its narrow cell (issue 12, probe seed 269 p02, LibreOffice's PDF
 * of a report whose blanks are written `——`): the cell's two lines are centred on the row, `—` half
 * a line above the row's line and `—` half a line below, and the row's line holds nothing in that
 * column. Laid out line by line, the row read one cell short and its numbers took the blank's
 * column: 其他 stated 17, 0 and 9 where the report leaves it blank, and 9 of 法律服务机构 read as a
 * blank, silently. The two dashes are now one mark on the row's line (`layout/wrapped-marks.ts`).
 */
import { describe, expect, it } from 'vitest';
import { listCells } from 'zfxxgk-report';
import type { Item } from '../src/layout/geometry.js';
import type { PositionedText } from '../src/layout/layout.js';
import { joinWrappedMarks } from '../src/layout/wrapped-marks.js';
import { parsePositionedText } from '../src/parse/parse-positioned.js';
import { readFixture } from './helpers/probe-fixtures.js';

const item = (text: string, x: number, down: number, w = 6, size = 12): Item => ({ text, page: 1, x, down, y: -down, w, size });
/** The labels' line pitch (10.5 pt type, lines 15.1 apart), as `linePitches` reads it. */
const PITCHES = new Map([[10.5, [15.1]]]);
/** A row's line at 100: its label and two numbers; the cell at x 500 empty on it. */
const row = [item('（4）无正当理由', 60, 100, 80, 10.5), item('24', 300, 100, 12), item('160', 560, 100, 18)];
const texts = (items: readonly Item[]): string[] =>
  [...items].sort((a, b) => a.down - b.down || a.x - b.x).map((i) => `${i.text}@${i.x},${i.down}`);

describe('joinWrappedMarks', () => {
  it('joins two dashes half a line above and below an empty cell of the row into one mark on its line', () => {
    const out = joinWrappedMarks([...row, item('—', 500, 93), item('—', 500, 107)], PITCHES);
    expect(texts(out)).toEqual(['（4）无正当理由@60,100', '24@300,100', '——@500,100', '160@560,100']);
  });

  it('leaves dashes further apart than a line of the labels (two rows)', () => {
    const out = joinWrappedMarks([...row, item('—', 500, 91), item('—', 500, 109)], PITCHES);
    expect(out).toHaveLength(5);
  });

  it('leaves dashes whose middle line holds a cell in their column', () => {
    const out = joinWrappedMarks([...row, item('7', 500, 100), item('—', 500, 93), item('—', 500, 107)], PITCHES);
    expect(texts(out)).toContain('—@500,93');
  });

  it('leaves dashes with nothing on the line between them', () => {
    const out = joinWrappedMarks([item('—', 500, 93), item('—', 500, 107)], PITCHES);
    expect(out).toHaveLength(2);
  });

  it('leaves a stack of three dashes, and dashes at different x', () => {
    expect(joinWrappedMarks([...row, item('—', 500, 79), item('—', 500, 93), item('—', 500, 107)], PITCHES)).toHaveLength(6);
    expect(joinWrappedMarks([...row, item('—', 500, 93), item('—', 503, 107)], PITCHES)).toHaveLength(5);
  });
});

describe('probe 269 p02 (lo-pdf items): rows with a wrapped blank mark', () => {
  const rows = JSON.parse(readFixture('probe-269-p02-lo-pdf.items.json')) as [string, number, number, number, number, number][];
  const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
  const cells = listCells(parsePositionedText(items).report!);
  const row = (prefix: string): (string | number | null)[][] =>
    cells.filter((c) => c.address.startsWith(prefix)).map((c) => [c.status, c.value]);
  const v = (n: number): [string, number] => ['value', n];
  const blank: [string, null] = ['blank', null];

  it.each([
    ['t3.results.unableToProvide.needsCreation.', [v(38), v(13), blank, v(21), v(17), blank, v(89)]],
    ['t3.results.notProcessed.massRepeated.', [v(24), v(46), v(48), v(42), v(0), blank, v(160)]],
    ['t3.results.notProcessed.confirmOrReissue.', [blank, v(0), v(0), blank, v(9), blank, v(9)]],
  ])('%s reads the blank in its column', (prefix, want) => {
    expect(row(prefix)).toEqual(want);
  });
});
