/**
 * Numbers wrapped over lines of their cell in `pdftotext -layout` text (`src/tables/stacked-numbers.ts`):
 * the pieces stand one above the other in the same character columns, and a piece is never stated as
 * the number. Our own lines, placed column by column (no text of a real report).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { detectLayout, tokenize } from '../src/tables/tokens.js';
import { lexLines } from '../src/grammar/lines.js';
import { place, tokensOf } from './helpers/stacked-lines.js';

/** The stated cells of table 四 (value, or the status when no value is stated). */
function table4(text: string): Record<string, number | string | null> {
  const { report } = parseReport(text);
  const out: Record<string, number | string | null> = {};
  for (const c of report ? listCells(report) : [])
    if (c.address.startsWith('t4.')) out[c.address.slice(3)] = c.status === 'value' ? c.value : c.status;
  return out;
}

const T4_HEAD = [
  '四、政府信息公开行政复议、行政诉讼情况',
  '',
  place([8, '行政复议'], [50, '行政诉讼']),
  place([30, '未经复议直接起诉'], [62, '复议后起诉']),
  place([2, '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计']),
  '',
];
const T4_TAIL = ['', '', '五、存在的主要问题及改进情况', '本年度无。'];

describe('numbers stacked over the lines of their cell (pdftotext -layout)', () => {
  it("a row's numbers centred between the pieces of two wrapped numbers: one row, the pieces joined", () => {
    const lines = [
      place([7, '部分公开（区分处理的，只计这一情'], [24, '960'], [63, '961']),
      place([34, '6'], [40, '20'], [45, '58'], [51, '53'], [58, '0']),
      place([10, '形，不计其他情形）'], [24, '03'], [63, '40']),
    ];
    expect(tokensOf(lines)).toEqual([
      '0 label 部分公开（区分处理的，只计这一情',
      '0 label 形，不计其他情形）',
      '0 value 96003',
      '0 value 6',
      '0 value 20',
      '0 value 58',
      '0 value 53',
      '0 value 0',
      '0 value 96140',
    ]);
  });

  it('a number over three lines (its middle piece on the label line) and numbers over two around it', () => {
    const lines = [
      place([40, '17']),
      place([27, '193'], [33, '1320'], [43, '111']),
      place([3, '本年新收政府信息公开申请数量'], [40, '44']),
      place([27, '912'], [34, '63'], [43, '399']),
      place([41, '6']),
    ];
    expect(tokensOf(lines)).toEqual([
      '2 label 本年新收政府信息公开申请数量',
      '2 value 193912',
      '2 value 132063',
      '2 value 17446',
      '2 value 111399',
    ]);
  });

  it('rows on neighbouring lines, numbers one under the other, stay rows', () => {
    const grid = [place([2, '规章'], [20, '5'], [26, '3'], [32, '2']), place([2, '规范性文件'], [20, '4'], [26, '1'], [32, '6'])];
    expect(tokensOf(grid).filter((t) => t.includes('value'))).toEqual([
      '0 value 5',
      '0 value 3',
      '0 value 2',
      '1 value 4',
      '1 value 1',
      '1 value 6',
    ]);
    // A row that lost a cell between two rows: three labelled lines are three rows.
    const lost = [
      place([2, '规章'], [20, '5'], [26, '3']),
      place([2, '规范性文件'], [26, '8']),
      place([2, '其他对外管理服务事项'], [20, '4'], [26, '1']),
    ];
    expect(tokensOf(lost).filter((t) => t.includes('value'))).toEqual(['0 value 5', '0 value 3', '1 value 8', '2 value 4', '2 value 1']);
    // Plain text starts its lines at the margin: a number over another there is no stack.
    expect(tokensOf(['12', '5', '7']).filter((t) => t.includes('value'))).toEqual(['0 value 12', '1 value 5', '2 value 7']);
    // A number does not start with 0: a zero over a number is two cells.
    const zero = [place([4, '0'], [30, '7']), place([10, '3'], [16, '2'], [22, '1']), place([4, '5'], [30, '4'])];
    expect(
      tokensOf(zero)
        .filter((t) => t.includes('value'))
        .map((t) => t.split(' ')[2]),
    ).toEqual(['0', '7', '3', '2', '1', '5', '4']);
  });

  it('table 四: numbers wrapped over the lines above and below the row are joined, never read in pieces', () => {
    // 行政复议 5 0 0 0 5; 直接起诉 0 0 0 0 0; 复议后起诉 14 3 0 0 17 (14 and 17 wrapped: 1 over 4, 1 over 7).
    const cols = (j: number): number => 2 + 5 * j;
    const row = [5, 0, 0, 0, 5, 0, 0, 0, 0, 0].map((v, j): [number, string] => [cols(j), String(v)]);
    const text = [
      ...T4_HEAD,
      place([cols(10), '1'], [cols(14), '1']),
      place(...row, [cols(11), '3'], [cols(12), '0'], [cols(13), '0']),
      place([cols(10), '4'], [cols(14), '7']),
      ...T4_TAIL,
    ].join('\n');
    expect(table4(text)).toEqual({
      'review.upheld': 5,
      'review.corrected': 0,
      'review.otherResult': 0,
      'review.pending': 0,
      'review.total': 5,
      'litigationDirect.upheld': 0,
      'litigationDirect.corrected': 0,
      'litigationDirect.otherResult': 0,
      'litigationDirect.pending': 0,
      'litigationDirect.total': 0,
      'litigationAfterReview.upheld': 14,
      'litigationAfterReview.corrected': 3,
      'litigationAfterReview.otherResult': 0,
      'litigationAfterReview.pending': 0,
      'litigationAfterReview.total': 17,
    });
  });

  it('table 四: a row printed down the page in steps, its totals wrapped, a long line of numbers alone', () => {
    // 2 150 140 40 332 | 101 200 15 40 356 | 31 3 30 40 104 (332, 356 and 104 wrapped).
    const text = [
      ...T4_HEAD,
      place([5, '2'], [7, '150'], [11, '140'], [15, '40'], [18, '33']),
      place([19, '2'], [21, '101'], [25, '200'], [29, '15'], [32, '40'], [35, '35'], [38, '31']),
      place([36, '6'], [84, '3'], [89, '30'], [92, '40'], [95, '10']),
      place([96, '4']),
      ...T4_TAIL,
    ].join('\n');
    expect(Object.values(table4(text))).toEqual([2, 150, 140, 40, 332, 101, 200, 15, 40, 356, 31, 3, 30, 40, 104]);
  });

  it('zeros of neighbouring cells run together (００) are cut into zero cells where the row is short of them', () => {
    const cols = (j: number): number => 2 + 5 * j;
    const row = [3, 1, 0, 2, 6, 0, 0, 0, 0, 0, 4, 0].map((v, j): [number, string] => [cols(j), String(v)]);
    const text = [...T4_HEAD, place(...row, [cols(12), '００'], [cols(14) - 1, '4']), ...T4_TAIL].join('\n');
    expect(Object.values(table4(text))).toEqual([3, 1, 0, 2, 6, 0, 0, 0, 0, 0, 4, 0, 0, 0, 4]);
  });
});

describe('text laid out from PDF positions', () => {
  it('is tokenised without joining stacks when asked (parsePdf joined wrapped numbers from coordinates already)', () => {
    const lines = [
      place([7, '部分公开（区分处理的，只计这一情'], [24, '960'], [63, '961']),
      place([34, '6'], [40, '20'], [45, '58'], [51, '53'], [58, '0']),
      place([10, '形，不计其他情形）'], [24, '03'], [63, '40']),
    ];
    const lexed = lexLines(lines.join('\n'));
    const values = (stackedNumbers: boolean): string[] =>
      tokenize(lexed, detectLayout(lexed), null, { stackedNumbers })
        .filter((t) => t.kind === 'value')
        .map((t) => (t.kind === 'value' ? t.raw : ''));
    expect(values(true)).toEqual(['96003', '6', '20', '58', '53', '0', '96140']);
    expect(values(false)).toEqual(['960', '961', '6', '20', '58', '53', '0', '03', '40']);
  });
});

describe('a piece of a wrapped number left unjoined', () => {
  it('table 四 with blank cells lost: a lone number under a number is no cell of its own for the lost-cells search', () => {
    // 行政复议 0 — 43 0 43; 直接起诉 — 0 36 0 36; 复议后起诉 0 51 — — 51, the last total wrapped
    // (5 over 1) and every blank lost. Read as cells, 0 51 5 1 keep the third group's sum with its
    // total lost: the pieces must not be stated.
    // (the lines as pdftotext -layout wrote them for a Chromium print of a report of ours)
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '本年度行政复议、行政诉讼情况统计如下：',
      '     行政复议                                行政诉讼',
      '',
      '                           未经复议直接起诉                 复议后起诉',
      '结果维 结果纠 其他结 尚未审 总',
      ' 持 正 果 结 计 结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总',
      '                  持 正 果 结 计 持 正 果 结 计',
      '',
      ' ０     ４３   ０ ４３           ０   ３６     ０ ３６ ０    ５１             ５',
      '                                                               １',
      ...T4_TAIL,
    ].join('\n');
    const third = Object.entries(table4(text)).filter(([k]) => k.startsWith('litigationAfterReview.'));
    // (every deal of the pieces joins 5 over 1 into the total's 51, its truth: that cell is stated;
    // no piece is a cell of its own)
    expect(third.filter(([, v]) => typeof v === 'number')).toEqual([['litigationAfterReview.total', 51]]);
  });
});

describe('a table printed with no blank line between its rows, numbers wrapped in narrow cells (LibreOffice, pdftotext -layout)', () => {
  // Each row centred on its middle line: a number over two lines on the lines just above and below
  // it, over three above, on and below it; the label on the middle line or around it.
  const dense = [
    place([45, '12']),
    place([21, '174'], [30, '19'], [33, '261'], [42, '25']),
    place([0, '一、本年新收政府信息公开申请数量'], [25, '2309'], [37, '1693'], [45, '82']),
    place([21, '8'], [30, '45'], [33, '7'], [42, '17']),
    place([45, '9']),
    place([33, '29'], [51, '11']),
    place([0, '二、上年结转政府信息公开申请数量'], [21, '267'], [25, '228'], [36, '211'], [40, '63'], [46, '47']),
    place([33, '1'], [51, '07']),
    place([8, '2.其他法律行政法'], [45, '29'], [48, '66']),
    place([20, '13'], [25, '234'], [31, '58'], [34, '55'], [39, '14']),
    place([8, '规禁止公开'], [45, '5'], [48, '9']),
  ];

  it('is cut into the bands of its rows and each wrapped number joined on its row', () => {
    expect(tokensOf(dense)).toEqual([
      '2 label 一、本年新收政府信息公开申请数量',
      ...['1748', '2309', '1945', '2617', '1693', '2517', '12829'].map((v) => `2 value ${v}`),
      '6 label 二、上年结转政府信息公开申请数量',
      ...['267', '228', '291', '211', '63', '47', '1107'].map((v) => `6 value ${v}`),
      '8 label 2.其他法律行政法',
      ...['13', '234', '58', '55', '14', '295', '669'].map((v) => `9 value ${v}`),
      '10 label 规禁止公开',
    ]);
  });

  it('rows of one-line cells one under the other are not read as wrapped numbers', () => {
    // 171 over 0 and 19 over 0 … would be 1710 and 190: but the label of the upper row is not
    // centred between them (the lower row's label is wrapped around it).
    const rows = [
      place([7, '(七)总计'], [26, '171'], [32, '19'], [37, '113'], [43, '72'], [48, '145'], [54, '114'], [58, '634']),
      place([0, '四、结转下']),
      place([26, '0'], [32, '0'], [37, '0'], [43, '0'], [48, '0'], [54, '0'], [59, '0']),
      place([0, '年度继续办理']),
    ];
    const values = tokensOf([...dense, ...rows]).filter((t) => t.includes('value') && Number(t.split(' ')[0]) > 10);
    expect(values).toEqual([
      ...['171', '19', '113', '72', '145', '114', '634'].map((v) => `11 value ${v}`),
      ...Array(7).fill('13 value 0'),
    ]);
    // One number per row, each row labelled: three rows, not one number over three lines.
    const single = [place([0, '行政处罚'], [10, '234']), place([0, '行政强制'], [10, '371']), place([0, '合计'], [10, '605'])];
    expect(tokensOf([...dense, ...single]).filter((t) => Number(t.split(' ')[0]) > 10)).toEqual([
      '11 label 行政处罚',
      '11 value 234',
      '12 label 行政强制',
      '12 value 371',
      '13 label 合计',
      '13 value 605',
    ]);
  });

  it("a group label's cell in the margin is no row label: a row wrapped around its numbers is centred on its own label", () => {
    // 三、本年度办理结果 in a narrow cell left of its rows' labels: its pieces fall on the lines of
    // the rows (`果` beside the upper piece of a wrapped total), and the row's label stands about
    // its middle line without them (134 wrapped as 13 over 4, the last piece centred one column in).
    const rows = [
      place([0, '三、本年'], [7, '(一)予以公开'], [26, '5'], [32, '7'], [37, '0'], [43, '0'], [48, '0'], [54, '0'], [59, '12']),
      place([0, '度办理结'], [7, '(二)部分公开(区分处理']),
      place([0, '果'], [59, '13']),
      place([7, '的,只计这一情形,不计其'], [26, '64'], [32, '38'], [37, '0'], [43, '0'], [48, '0'], [54, '32']),
      place([58, '4']),
      place([7, '他情形)']),
      place([7, '(三)'], [11, '1.属于国家秘密'], [26, '0'], [32, '0'], [37, '0'], [43, '0'], [48, '0'], [54, '0'], [59, '0']),
    ];
    const values = tokensOf([...dense, ...rows]).filter((t) => t.includes('value') && Number(t.split(' ')[0]) > 10);
    expect(values.filter((t) => t.startsWith('14 '))).toEqual(['64', '38', '0', '0', '0', '32', '134'].map((v) => `14 value ${v}`));
    expect(values.some((t) => t.endsWith(' 13') || t.endsWith(' 4'))).toBe(false);
  });

  it('a row that two cuts read differently is left as printed; the rows every cut agrees on are joined', () => {
    // The last row printed with its wrapped numbers' first pieces on the label line (top-aligned,
    // not centred): no band holds it, and its pieces stay apart (the reader flags them).
    const top = [
      place([0, '四、结转下年度继续办理'], [20, '179'], [24, '118'], [31, '24'], [39, '114'], [48, '95']),
      place([31, '2'], [39, '0'], [48, '3']),
    ];
    const out = tokensOf([...dense, ...top]);
    expect(out.slice(0, 8)).toEqual(tokensOf(dense).slice(0, 8));
    expect(out.filter((t) => Number(t.split(' ')[0]) > 10).map((t) => t.split(' ')[2])).toEqual([
      '四、结转下年度继续办理',
      '179',
      '118',
      '24',
      '114',
      '95',
      '2',
      '0',
      '3',
    ]);
  });
});

describe('two rows whose labels wrap around their numbers, one line of cells each (LibreOffice, pdftotext -layout)', () => {
  // The first row's last label piece shares its line with the group label's first line: the block
  // has no blank line between the rows, and `50` over `0`, `99` over `15` look like pieces of two
  // wrapped numbers (probe seed 208 p08: they were stated 500 and 9915 in the second row).
  const rows = [
    place([22, '4.保护第']),
    place([51, '50'], [58, '28'], [69, '21'], [79, '99']),
    place([11, '（三）'], [22, '三方合法权益']),
    place([11, '不予公开'], [22, '5.属于三类']),
    place([41, '0'], [46, '15'], [51, '0'], [79, '15']),
    place([22, '内部事务信息']),
  ];

  it('joins no pieces: each line of numbers holds cells of its own, so each is a row line', () => {
    expect(tokensOf(rows).filter((t) => t.includes(' value '))).toEqual([
      '1 value 50',
      '1 value 28',
      '1 value 21',
      '1 value 99',
      '4 value 0',
      '4 value 15',
      '4 value 0',
      '4 value 15',
    ]);
  });
});

describe('two whole rows of table 三 with a wrapped label line between them (LibreOffice, pdftotext -layout)', () => {
  // Every number of the first row stands over one of the second, each no wider, and only the second
  // row's wrapped label stands between them: the shape of one row whose every number wraps, but each
  // line keeps the row sum on its own (312 + 25 + 46 + 108 + 63 + 90 = 644; 141 + 52 + 0 + 7 + 36 + 0
  // = 236). Probe seed 507 p02 (lo-layout): the two rows were joined into `312141`, `2552`, ….
  const cols = [24, 31, 38, 44, 51, 58, 64];
  const at = (values: (number | string)[]): [number, string][] => values.map((v, j) => [cols[j] as number, String(v)]);
  const rows = (upper: (number | string)[], lower: (number | string)[]): string[] => [
    place([0, '本年度办理'], [12, '（一）予以公开'], ...at(upper)),
    place([3, '结果']),
    place([8, '（二）部分公开（区分处理的，只计这一']),
    place(...at(lower)),
    place([10, '情形，不计其他情形）']),
  ];
  const values = (lines: string[]): string[] => tokensOf(lines).filter((t) => t.includes(' value '));

  it('reads two rows, not one row of joined pieces', () => {
    expect(values(rows([312, 25, 46, 108, 63, 90, 644], [141, 52, 0, 7, 36, 0, 236]))).toEqual([
      '0 value 312',
      '0 value 25',
      '0 value 46',
      '0 value 108',
      '0 value 63',
      '0 value 90',
      '0 value 644',
      '3 value 141',
      '3 value 52',
      '3 value 0',
      '3 value 7',
      '3 value 36',
      '3 value 0',
      '3 value 236',
    ]);
  });

  it('still joins the pieces where a line does not keep the row sum on its own', () => {
    // (312141 + 2552 + 460 + 1087 + 6336 + 900 = 322476: one row whose every number wrapped)
    expect(values(rows([312, 25, 46, 108, 63, 90, 322], [141, 52, 0, 7, 36, 0, 476]))).toEqual([
      '0 value 312141',
      '0 value 2552',
      '0 value 460',
      '0 value 1087',
      '0 value 6336',
      '0 value 900',
      '0 value 322476',
    ]);
  });
});
