/**
 * `repairs/numbered-piece.ts` (issue 12, probe seed 307 p07, Chromium print, `pdftotext -layout`):
 * table 三's row labels in Word's narrow label cells, wrapped two characters a line, each row's
 * numbers on the line of its label's numbering (`（7）`), the rest of the label on the lines below.
 * A row found by a later piece of its label (`执法`) took the numbers after it, the next row's,
 * printed after that row's numbering (`（8）`): read so, a cell both readings left alike was stated
 * silently. Our own report (createReport, consistentCells), the table written as such text.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;
/** Characters a line of a wrapped label; width of the group column, the numbering and each number. */
const PIECE = 2;
const GROUP_W = 4;
const MARK_W = 6;
const CELL_W = 6;
const MARKER_RE = /^([（(][0-9一二三四五六七八九十]+[)）]|[0-9一二三四五六七八九十]+[.、])(.*)$/;

const pieces = (s: string): string[] => Array.from({ length: Math.ceil(s.length / PIECE) }, (_, i) => s.slice(i * PIECE, (i + 1) * PIECE));

/** Table 三's body rows as such text: numbering and numbers on a line, the label's rest below it. */
function narrowRows(pipeRows: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of pipeRows) {
    const cells = l.slice(2, -2).split(' | ');
    const at = cells.findIndex((c) => /^\d+$/.test(c));
    const labels = cells.slice(0, at);
    const values = cells.slice(at);
    const [, mark, rest] = MARKER_RE.exec(labels[labels.length - 1] as string) as unknown as [string, string, string];
    // (a sub-item's `7.` printed `（7）`, as the report's Word table numbers it)
    const marker = mark.replace(/^(\d+)\.$/, '（$1）');
    const group = labels.length > 1 ? pieces(labels[0] as string) : [];
    const text = pieces(rest);
    for (let k = 0; k <= Math.max(text.length, group.length - 1); k++) {
      const left = ' '.repeat(GROUP_W - (group[k] ?? '').length * 2) + (group[k] ?? '');
      if (k === 0) out.push(`${left}${marker.padEnd(MARK_W)}${values.map((v) => v.padStart(CELL_W)).join('')}`);
      else out.push(`${left}  ${text[k - 1] ?? ''}`.trimEnd());
    }
  }
  return out;
}

/** The report's text with table 三's body (from its first row to its last) written narrow. */
function narrowText(): { text: string; cells: Record<string, number> } {
  const cells = consistentCells(7, VERSIONS);
  const report = createReport({ versions: VERSIONS, cells, meta: { agency: '示例县示例局', year: 2022 } });
  const pipe = renderReport(report, { to: 'text' }).split('\n');
  const from = pipe.findIndex((l) => l.startsWith('| 一、本年新收'));
  const to = pipe.findIndex((l) => l.startsWith('| 四、结转'));
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const a = lines.findIndex((l) => l.includes('一、本年新收'));
  const b = lines.findIndex((l) => l.includes('四、结转'));
  return { text: [...lines.slice(0, a), ...narrowRows(pipe.slice(from, to + 1)), ...lines.slice(b + 1)].join('\n'), cells };
}

describe('a row found by a later piece of its wrapped label, the numbers after it on the next row’s numbered line', () => {
  it('states no cell of table 三 wrong', () => {
    const { text, cells } = narrowText();
    expect(text).toContain('\n    （7）        3');
    const { report } = parseReport(text);
    const wrong = listCells(report!).filter((c) => c.address.startsWith('t3.') && c.status === 'value' && c.value !== cells[c.address]);
    expect(wrong.map((c) => `${c.address} ${c.value}`)).toEqual([]);
  });
});
