/**
 * A value a converter moved out of its cell (Markdown table 三 whose 结转下年度 总计 is empty
 * and whose number floats on a line of its own): put back only when the source holds exactly one
 * such number and at least two equations require it there. Fixtures: our own rendering.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';

const report = consistentReport(7, '2021', { scale: 15 });
const carried = listCells(report).filter((c) => c.address.startsWith('t3.carriedForward.'));
const total = carried.find((c) => c.address === 't3.carriedForward.total')!.value as number;

/** The Markdown rendering with the 结转下年度 row edited and `lone` lines written above （七）总计. */
function damaged(row: (cells: string[]) => string[], lone: string[]): string {
  const lines = renderReport(report, { to: 'markdown' }).split('\n');
  return lines
    .flatMap((l) => {
      if (l.startsWith('| 四、结转下年度')) return [`| ${row(l.slice(2, -2).split(' | ')).join(' | ')} |`];
      if (l.startsWith('| （七）总计') && lone.length > 0) return ['', ...lone, '', l];
      return [l];
    })
    .join('\n');
}
const cell = (text: string, address: string) => listCells(parseReport(text).report!).find((c) => c.address === address)!;
const codes = (text: string) => parseReport(text).diagnostics.map((d) => d.code);

describe('a value moved out of its cell', () => {
  it('is put back when it is the only such number and the row sum and the balance both require it', () => {
    expect(total).toBeGreaterThan(0);
    const text = damaged((c) => [...c.slice(0, -1), ''], [String(total)]);
    const { report: back, diagnostics } = parseReport(text);
    const c = listCells(back!).find((x) => x.address === 't3.carriedForward.total')!;
    expect(c).toMatchObject({ status: 'value', value: total, raw: String(total) });
    const d = diagnostics.find((x) => x.code === 'value-displaced')!;
    expect(d).toMatchObject({ severity: 'warning', path: 't3.carriedForward.total', actual: String(total) });
    // The location is where the number was printed: its own line, above （七）总计.
    const line = text.split('\n').indexOf(String(total)) + 1;
    expect(d.location?.line).toBe(line);
    expect(diagnostics.map((x) => x.code)).not.toContain('values-unplaced');
    expect(diagnostics.map((x) => x.code)).not.toContain('cells-missing');
  });

  it('stays missing when two such numbers are printed (which one moved is unknown)', () => {
    const text = damaged((c) => [...c.slice(0, -1), ''], [String(total), '', String(total)]);
    expect(cell(text, 't3.carriedForward.total').status).toBe('missing');
    expect(codes(text)).toContain('values-unplaced');
  });

  it('stays missing when the stray number is not the one the equations require', () => {
    const text = damaged((c) => [...c.slice(0, -1), ''], [String(total + 1)]);
    expect(cell(text, 't3.carriedForward.total').status).toBe('missing');
    expect(codes(text)).not.toContain('value-displaced');
  });

  it('stays missing when only one equation determines the cell (another cell of the row is missing too)', () => {
    const first = carried[0]!.value as number;
    const text = damaged((c) => [c[0]!, '', ...c.slice(2, -1), ''], [String(total), String(first)]);
    expect(cell(text, 't3.carriedForward.total').status).toBe('missing');
    expect(cell(text, 't3.carriedForward.naturalPerson').status).toBe('missing');
    expect(codes(text)).not.toContain('value-displaced');
  });
});
