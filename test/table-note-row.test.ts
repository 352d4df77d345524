/**
 * A note written as a table's own last row (issue 12, variety1): many reports end tables 三 and 四
 * with one cell across every column, `注：…`, holding dates and counts (`统计时间为2023年1月1日至…`,
 * `含上年结转2件`). Read as a row, its figures became cells: table 四's fifteen cells `ambiguous`
 * among the note's numbers (probe seeds from 600, every HTML-read layout). A line whose one
 * non-empty cell opens with a note's marker is a note, left out of the table's cells, whatever table
 * words it names. Our own report (test/helpers/fixtures.ts); nothing is copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';

const T3_NOTE = '注：1件申请涉及2项以上办理结果的，按主要结果统计；统计时间为2023年1月1日至2023年12月31日。';
const T4_NOTE = '注：本表统计2023年1月1日至12月31日办结的3类案件，含上年结转2件。';

/** Every cell of a parse as `status value`, by address. */
function statuses(text: string, format: 'html' | 'text'): Map<string, string> {
  const { report } = parseReport(text, { format });
  if (!report) throw new Error('no report');
  return new Map(listCells(report).map((c) => [c.address, `${c.status} ${String(c.value)}`]));
}

describe('a note as a table row', () => {
  const truth = consistentReport(31, '2021', { scale: 60 });
  const want = new Map(listCells(truth).map((c) => [c.address, `${c.status} ${String(c.value)}`]));

  it('HTML: the note rows of tables 三 and 四 give no cell (was table 四 ambiguous)', () => {
    const html = renderReport(truth, { to: 'html' });
    const tables = html.split('</table>');
    expect(tables.length).toBe(4);
    const note = (t: string, cols: number, text: string): string => `${t}<tr><td colspan="${cols}">${text}</td></tr>\n`;
    tables[1] = note(tables[1] as string, 10, T3_NOTE);
    tables[2] = note(tables[2] as string, 15, T4_NOTE);
    const got = statuses(tables.join('</table>'), 'html');
    expect([...want].filter(([a, v]) => got.get(a) !== v)).toEqual([]);
  });

  it('pipe text: a line of one cell opening with a note marker gives no cell', () => {
    const lines = renderReport(truth, { to: 'text' }).split('\n');
    const t4Values = lines.findIndex((l) => /^\|(?: *\d+ *\|){15}$/.test(l.trim()));
    expect(t4Values).toBeGreaterThan(0);
    lines.splice(t4Values + 1, 0, `| ${T4_NOTE} |`);
    const got = statuses(lines.join('\n'), 'text');
    expect([...want].filter(([a, v]) => got.get(a) !== v)).toEqual([]);
  });

  it('a pipe row with a label beside a note-like cell stays a row', () => {
    const lines = renderReport(truth, { to: 'text' }).split('\n');
    const t4Values = lines.findIndex((l) => /^\|(?: *\d+ *\|){15}$/.test(l.trim()));
    // (two filled cells: not a note row; its number is read as the table's and the cells it could be are shown)
    lines.splice(t4Values + 1, 0, `| 注：含上年结转 | 2 |`);
    const { diagnostics } = parseReport(lines.join('\n'), { format: 'text' });
    expect(diagnostics.map((d) => d.code)).toContain('cell-ambiguous');
  });
});
