/**
 * Table 二's procurement row (政府集中采购) in `pdftotext -layout` style text of our own reports, for the
 * tests of amounts cut beside the row's wrapped label: the tokens of a few lines, a report with the
 * row's line replaced, and the row's two cells as read.
 */
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { lexLines } from '../../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../../src/tables/tokens.js';
import { consistentCells } from './fixtures.js';
import { renderLayoutText } from './layout-text.js';

const ROW = 't2.art20_9.centralizedProcurement';
/** The procurement row's amount cell. */
export const AMOUNT = `${ROW}.procurementTotalAmount`;
/** The procurement row's count cell. */
export const COUNT = `${ROW}.procurementItemCount`;
const VERSIONS = { table2: '2019', table3: '2019' } as const;

/** The tokens of some lines as `line kind text`, breaks left out, a number not proven marked. */
export function tokensOf(lines: readonly string[]): string[] {
  const lexed = lexLines(lines.join('\n'));
  return tokenize(lexed, detectLayout(lexed))
    .filter((t): t is Exclude<TableToken, { kind: 'break' }> => t.kind !== 'break')
    .map((t) => `${t.line} ${t.kind} ${t.kind === 'label' ? t.text : t.raw}${t.kind === 'value' && t.endUnproven ? ' (candidate)' : ''}`);
}

/** A 2019 report of our own (count and amount as given), `pdftotext -layout` style, the procurement row's line replaced by `row`. */
export function withRow(row: readonly string[], count: number | null, amount: number): string {
  const report = createReport({
    versions: VERSIONS,
    cells: { ...consistentCells(7, VERSIONS), [COUNT]: count, [AMOUNT]: amount },
    meta: { agency: '示例县示例局', year: 2020 },
  });
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const at = lines.findIndex((l) => l.includes('政府集中采购'));
  lines.splice(at, 1, ...row);
  return lines.join('\n');
}

/** The procurement row's cells: the value, or the status with the candidates. */
export function procurement(text: string): { count: unknown; amount: unknown } {
  const { report } = parseReport(text);
  const cells = new Map((report ? listCells(report) : []).map((c) => [c.address, c]));
  const read = (address: string): unknown => {
    const c = cells.get(address);
    return c === undefined ? null : c.status === 'value' ? c.value : [c.status, ...(c.candidates ?? [])];
  };
  return { count: read(COUNT), amount: read(AMOUNT) };
}
