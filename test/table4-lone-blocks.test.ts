/**
 * Table 四 printed as blocks of one cell each (issue 12, probe seed 295 p01, plain `pdftotext` of our
 * own LibreOffice print with Word's narrow columns). Every header cell wraps to a character a line
 * and the text gives them line across line (`结` / `结` / `其` / `尚` / `总` / `果` / …), and every
 * number stands alone between blank lines: each cell is a block, and the tool writes the blocks in an
 * order of its own. The row `0 ×12, 60, 0, 60` came out `0 ×11, 60, 0, 0, 60`: 60 one cell early,
 * both placements keeping the group sum, and 复议后起诉's 纠正 and 其他 were stated 60 and 0 silently.
 * That shape (`printedAsLoneBlocks`, `repairs/block-stream.ts`) now leaves the order unproven, as in a
 * block stream: the cells another order of the blocks would change, the sums holding, are named
 * (`block-order-unconfirmed`). Our own report, its table 四 written so.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from '../src/index.js';
import { consistentCells } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
const COLUMNS = ['upheld', 'corrected', 'otherResult', 'pending', 'total'] as const;

/** A header cell's characters a line each, line across line over `cells` header cells, as the blocks come out. */
function headerLines(cells: number): string[] {
  const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const out: string[] = [];
  for (let k = 0; k < 4; k++)
    for (let c = 0; c < cells; c++) {
      const ch = (words[c % 5] as string)[k];
      if (ch !== undefined) out.push(ch, '');
    }
  return out;
}

/**
 * Our report with table 四's fifteen cells `t4` (group by group), its table written as lone blocks
 * (`lone`: each number alone between blank lines, the header a character a line) or in the
 * document's order (header words whole), the numbers printed as `printed`.
 */
function withTable4(
  t4: readonly number[],
  printed: readonly number[],
  lone: boolean,
): { truth: ReturnType<typeof createReport>; text: string } {
  const cells: Record<string, number | null> = consistentCells(2951, { table2: '2021', table3: '2021' });
  GROUPS.forEach((g, i) => COLUMNS.forEach((c, j) => (cells[`t4.${g}.${c}`] = t4[5 * i + j] as number)));
  const truth = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2022 } });
  const numbers = (from: number, to: number): string[] => printed.slice(from, to).flatMap((v) => [String(v), '']);
  const table = lone
    ? [
        '行政复议',
        '',
        '行政诉讼',
        '',
        ...headerLines(5),
        ...numbers(0, 5),
        '未经复议直接起诉',
        '',
        '复议后起诉',
        '',
        ...headerLines(10),
        ...numbers(5, 15),
      ]
    : [
        '行政复议',
        '',
        '行政诉讼',
        '',
        '结果维持',
        '',
        '结果纠正',
        '',
        '其他结果',
        '',
        '尚未审结',
        '',
        '总计',
        '',
        ...numbers(0, 5),
        '未经复议直接起诉',
        '',
        '复议后起诉',
        '',
        ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
          .flatMap((w) => [w, ''])
          .concat(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].flatMap((w) => [w, ''])),
        ...numbers(5, 15),
      ];
  const out: string[] = [];
  let inT4 = false;
  for (const l of renderReport(truth, { to: 'text' }).split('\n')) {
    if (l.startsWith('四、政府信息公开行政复议')) {
      inT4 = true;
      out.push(l, '', ...table);
      continue;
    }
    if (inT4 && l.startsWith('五、')) inT4 = false;
    if (!inT4) out.push(l);
  }
  return { truth, text: out.join('\n') };
}

const ZEROS_AND_60 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60, 0, 60];
/** The blocks as the tool wrote them: 60 one cell early. */
const ONE_EARLY = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60, 0, 0, 60];

const named = (diagnostics: ReturnType<typeof parseReport>['diagnostics']): string[] =>
  diagnostics.filter((d) => d.code === 'block-order-unconfirmed' && d.path === 't4').flatMap((d) => d.addresses ?? []);

describe('table 四 printed as lone blocks, the header a character a line', () => {
  it('the order read is unproven: the cells it states are named, none silently wrong (纠正 and 其他 were)', () => {
    const { truth, text } = withTable4(ZEROS_AND_60, ONE_EARLY, true);
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    const row = listCells(report!).filter((c) => c.address.startsWith('t4.litigationAfterReview.'));
    expect(row.map((c) => c.value)).toEqual([0, 60, 0, 0, 60]);
    expect(named(diagnostics)).toEqual(expect.arrayContaining(row.map((c) => c.address)));
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
  });

  it('a row of one value throughout (any order reads the same) is not named', () => {
    const zeros = Array<number>(15).fill(0);
    const { diagnostics } = parseReport(withTable4(zeros, zeros, true).text, { format: 'text' });
    expect(named(diagnostics)).toEqual([]);
  });

  it('the same cells in the document’s order (header words whole: no print’s blocks) are read as printed, not named', () => {
    const { truth, text } = withTable4(ZEROS_AND_60, ZEROS_AND_60, false);
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    expect(named(diagnostics)).toEqual([]);
    expect(
      listCells(report!)
        .filter((c) => c.address.startsWith('t4.'))
        .map((c) => c.value),
    ).toEqual(ZEROS_AND_60);
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
  });
});
