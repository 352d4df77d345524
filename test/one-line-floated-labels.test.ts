/**
 * One-line text of a converter's Markdown whose table 三 lost row labels out of their rows: two
 * labels floated above one label-less pipe row, the second label's own row printed further down
 * without its label. Flattened to one line (a crawler keeping the pipes), the second label used to
 * take the first label's row, silently (every equation that would catch it needs the first label's
 * cells, then missing). A label with text between it and the last pipe before it is not in a pipe
 * row of its own (`outline/run-on.ts`): it waits for its row as in the same text with line breaks.
 * Glued (no spaces, so no cut at the list number), the two labels share one pipe cell: the row after
 * them is not evidently the second one's either (`table3.ts`, `resolveOrphanRows`).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, validateReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;

/** Our Markdown of a report, with the labels of 5.属于三类内部事务信息 and 1.本机关不掌握… floated above the first row's numbers. */
function floatedMarkdown(report: Report): string | null {
  const md = renderReport(report, { to: 'markdown' }).split('\n');
  const internal = md.findIndex((l) => l.startsWith('| 5.属于三类内部事务信息 |'));
  const notHeld = md.findIndex((l) => l.startsWith('| （四）无法提供 | 1.本机关不掌握相关政府信息 |'));
  if (internal < 0 || notHeld < 0) return null;
  const internalCells = md[internal]!.split('|')
    .slice(2, -1)
    .map((c) => c.trim());
  const notHeldCells = md[notHeld]!.split('|')
    .slice(3, -1)
    .map((c) => c.trim());
  if (internalCells.join() === notHeldCells.join()) return null;
  md[internal] = ['5.属于三类内部事务信息', '1.本机关不掌握相关政府信息', `| ${internalCells.join(' | ')} |`, `|${'---|'.repeat(7)}`].join(
    '\n',
  );
  md[notHeld] = `| ${notHeldCells.join(' | ')} |`;
  return md.join('\n');
}

/** Stated table-三 cells that differ from the report's and that no failing rule or warning names. */
function silentCells(original: Report, text: string): string[] {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const failing = validateReport(report!).checks.filter((c) => c.status === 'fail');
  const want = new Map(listCells(original).map((c) => [c.address, c]));
  const named = (a: string): boolean =>
    failing.some((f) => f.addresses.includes(a)) ||
    diagnostics.some(
      (d) =>
        d.severity !== 'info' && (d.path === a || (d.path !== undefined && a.startsWith(`${d.path}.`)) || (d.addresses ?? []).includes(a)),
    );
  return listCells(report!)
    .filter((c) => c.address.startsWith('t3.') && (c.status === 'value' || c.status === 'blank'))
    .filter((c) => c.value !== want.get(c.address)!.value && !named(c.address))
    .map((c) => `${c.address}=${c.value}`);
}

const SEEDS = Array.from({ length: 16 }, (_, i) => i + 1);

describe('one-line converter Markdown with floated labels', () => {
  it('states no cell of the floated rows wrongly, with line breaks, on one line or glued', () => {
    let tried = 0;
    for (const seed of SEEDS) {
      const report = createReport({
        versions: VERSIONS,
        cells: consistentCells(seed, VERSIONS, 3),
        meta: { agency: '示例县示例局', year: 2023 },
      });
      const md = floatedMarkdown(report);
      if (md === null) continue;
      tried++;
      expect(silentCells(report, md), `seed ${seed}, lines`).toEqual([]);
      expect(silentCells(report, md.replace(/\s+/g, ' ')), `seed ${seed}, one line`).toEqual([]);
      expect(silentCells(report, md.replace(/\s+/g, '')), `seed ${seed}, glued`).toEqual([]);
    }
    expect(tried).toBeGreaterThanOrEqual(12);
  });

  it('leaves both floated labels waiting, flagged: the row after them is not owned by its place', () => {
    const reports = SEEDS.map((seed) =>
      createReport({ versions: VERSIONS, cells: consistentCells(seed, VERSIONS, 3), meta: { agency: '示例县示例局', year: 2023 } }),
    );
    const report = reports.find((r) => floatedMarkdown(r) !== null)!;
    const { report: back, diagnostics } = parseReport(floatedMarkdown(report)!.replace(/\s+/g, ' '), { format: 'text' });
    const status = new Map(listCells(back!).map((c) => [c.address, c.status]));
    for (const row of ['denied.internalAffairs', 'unableToProvide.notHeld']) {
      expect(status.get(`t3.results.${row}.naturalPerson`)).toBe('missing');
      expect(status.get(`t3.results.${row}.total`)).toBe('missing');
      expect(diagnostics.some((d) => d.code === 'cells-missing' && d.path === `t3.results.${row}`)).toBe(true);
    }
  });
});
