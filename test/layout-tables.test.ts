import { describe, expect, it } from 'vitest';
import { layoutText, listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';
import { parsePdf } from '../src/pdf/index.js';
import { makePdf, type PdfText } from './helpers/pdf-writer.js';

/** One text item of 12 pt: the width of its characters (CJK one size, digits and Latin half). */
function item(text: string, x: number, y: number, page = 1, size = 12): PositionedText {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? size : size / 2;
  return { text, page, x, y, width: w, size };
}

const lines = (text: string): string[] => text.split('\n').map((l) => l.trimEnd());

describe('layout: header words in tight cells', () => {
  it('two Chinese items a few points apart are two cells (a column gap), not one phrase', () => {
    const out = layoutText([item('信息内容', 40, 700), item('本年新制作数量', 162, 700), item('本年新公开数量', 250.5, 700)]);
    expect(lines(out.text)[0]).toMatch(/本年新制作数量 {2,}本年新公开数量$/);
  });

  it('Chinese touching Chinese, and a digit a few points from Chinese, stay as they were', () => {
    const out = layoutText([item('本年新', 40, 700), item('制作', 76, 700), item('2020', 104, 700), item('年', 130, 700)]);
    expect(lines(out.text)[0]).toBe('本年新制作 2020 年');
  });

  it('one item holding several header cells separated by single spaces is split into cells', () => {
    const out = layoutText([item('本年制发件数 本年废止件数 现行有效件数', 148, 700), item('信 息 内 容', 40, 680)]);
    expect(lines(out.text)[0]).toMatch(/本年制发件数 {2}本年废止件数 {2}现行有效件数$/);
    // Single characters spaced out to fill a cell stay as they are.
    expect(lines(out.text)[1]).toBe('信 息 内 容');
  });
});

describe('layout: numbers of cells without padding', () => {
  it('items of digits a border apart are two numbers; digits set glyph against glyph stay one number', () => {
    // A browser shrinks columns without header text to their numbers: each cell's number a separate
    // item, 0.8 pt (a border) from the next; one number printed glyph by glyph has no gap at all.
    const out = layoutText([
      item('271', 100, 700),
      item('0', 118.8, 700),
      item('36', 125.6, 700),
      item('1', 138.4, 700),
      item('67', 144.4, 700),
    ]);
    expect(lines(out.text)[0]).toBe('271 0 36 167');
  });

  it('a dash printed for a blank cell a border from a number is a cell of its own', () => {
    const out = layoutText([
      item('84', 100, 700),
      item('—', 112.8, 700),
      item('29', 119.6, 700),
      item('20', 132.4, 700),
      item('—', 145.2, 700),
      item('49', 152, 700),
    ]);
    expect(lines(out.text)[0]).toBe('84 — 29 20 — 49');
  });
});

describe('layout: page furniture', () => {
  const page = (p: number, body: string): PositionedText[] => [
    item('12/1/26, 11:26 PM', 20, 820, p),
    item('示例报告标题', 300, 820, p),
    item(body, 40, 600, p),
    item(`file:///tmp/report.html`, 20, 20, p),
    item(`${p}/3`, 540, 20, p),
  ];

  it('a header and footer repeated at the same height on every page are left out', () => {
    const out = layoutText([...page(1, '第一页正文'), ...page(2, '第二页正文'), ...page(3, '第三页正文')]);
    expect(out.text).not.toContain('file:///');
    expect(out.text).not.toContain('PM');
    expect(out.text.split('\f\n').map((p) => p.trim())).toEqual(['第一页正文', '第二页正文', '第三页正文', '']);
  });

  it('are kept with keepFurniture, and on a single page', () => {
    expect(layoutText([...page(1, '正文'), ...page(2, '正文二')], { keepFurniture: true }).text).toContain('file:///');
    expect(layoutText(page(1, '正文')).text).toContain('file:///');
  });

  it('a row of numbers at the top of two pages is never furniture', () => {
    const rows = [1, 2].flatMap((p) => [item('0', 200, 800, p), item('0', 240, 800, p), item('1', 280, 800, p), item('正文', 40, 600, p)]);
    expect(layoutText(rows).text.match(/0 {2,}0 {2,}1/g)).toHaveLength(2);
  });
});

const HEADS = ['结果', '结果', '其他', '尚未', '总'];
const TAILS = ['维持', '纠正', '结果', '审结', '计'];

describe('layout: blank cells from positions', () => {
  const cols = [200, 240, 280, 320, 360, 400, 440];
  const row = (label: string, y: number, values: (string | null)[]): PositionedText[] => [
    item(label, 40, y),
    ...values.flatMap((v, k) => (v === null ? [] : [item(v, cols[k] as number, y)])),
  ];

  it('a row that leaves a column empty gets a blank marker there; full rows are unchanged', () => {
    const out = layoutText([
      ...row('甲', 700, ['1', '2', '3', '4', '5', '6', '21']),
      ...row('乙', 680, [null, '2', '3', '4', '5', '6', '20']),
      ...row('丙', 660, ['1', '2', '3', null, '5', '6', '17']),
    ]);
    const [a, b, c] = lines(out.text);
    expect(a?.split(/ +/)).toEqual(['甲', '1', '2', '3', '4', '5', '6', '21']);
    expect(b?.split(/ +/)).toEqual(['乙', '—', '2', '3', '4', '5', '6', '20']);
    expect(c?.split(/ +/)).toEqual(['丙', '1', '2', '3', '—', '5', '6', '17']);
    // The marker has no span of its own: locations stay on real items.
    for (const s of out.spans) expect(out.text.slice(s.start, s.end)).not.toBe('—');
  });

  it('no marker where a value stands between two columns (unclear) or two values share a column', () => {
    const between = layoutText([
      ...row('甲', 700, ['1', '2', '3']),
      ...row('丙', 690, ['1', '2', '3']),
      item('乙', 40, 680),
      item('7', 220, 680),
      item('8', 280, 680),
    ]);
    expect(between.text).not.toContain('—');
    const shared = layoutText([...row('甲', 700, ['1', '2', '3']), item('乙', 40, 680), item('7', 200, 680), item('8', 208, 680)]);
    expect(shared.text).not.toContain('—');
  });

  it('numbers left-aligned in a narrow column a few points from the next one still place a marker, a cell of its own', () => {
    // A browser prints a narrow column (其他) whose three-digit numbers end 4.6 pt before the next column's numbers start.
    const x = [200, 240, 280, 302.6];
    const at = (label: string, y: number, v: (string | null)[]): PositionedText[] => [
      item(label, 40, y),
      ...v.flatMap((s, k) => (s === null ? [] : [item(s, x[k] as number, y)])),
    ];
    const out = layoutText([
      ...at('甲', 700, ['1', '2', '154', '1,403']),
      ...at('乙', 680, ['3', '4', null, '7']),
      ...at('丙', 660, ['5', null, '100', '105']),
    ]);
    const [a, b, c] = lines(out.text);
    expect(a?.split(/ +/)).toEqual(['甲', '1', '2', '154', '1,403']);
    expect(b).toMatch(/^乙 +3 +4 +— {2,}7$/);
    expect(c?.split(/ +/)).toEqual(['丙', '5', '—', '100', '105']);
  });

  it('full-width numbers are numbers: a full-width row leaving a column empty gets a marker there', () => {
    const out = layoutText([
      ...row('甲', 700, ['１', '２', '３', '４', '５', '６', '２１']),
      ...row('乙', 680, ['１', null, '３', '４', '５', '６', '１９']),
      ...row('丙', 660, ['１', '２', '３', '４', '５', null, '１５']),
    ]);
    const [, b, c] = lines(out.text);
    expect(b?.split(/ +/)).toEqual(['乙', '１', '—', '３', '４', '５', '６', '１９']);
    expect(c?.split(/ +/)).toEqual(['丙', '１', '２', '３', '４', '５', '—', '１５']);
  });

  // A number wrapped in its cell whose pieces were not joined (no line pitch to confirm them): its
  // pieces stand half a line above and below the row's line, and the row's line seems to leave that
  // column empty. No marker anywhere in such a block.
  const wrapped = (groupLabels: boolean): PositionedText[] => [
    ...row('甲', 700, ['１', '２', '３', '４', '５', '６', '２１']),
    ...row('乙', 680, ['１', '２', '３', '４', '５', '６', '２１']),
    ...(groupLabels ? [item('总', 20, 666)] : []),
    item('１３', cols[0] as number, 666),
    item('１２', cols[6] as number, 666),
    ...row('丙', 660, [null, '２', '３', '４', '５', '６', null]),
    ...(groupLabels ? [item('计', 20, 654)] : []),
    item('５', cols[0] as number, 654),
    item('６', cols[6] as number, 654),
  ];

  it('no marker where pieces of a wrapped number stand on lines of their own next to the row', () => {
    expect(layoutText(wrapped(false)).text).not.toContain('—');
  });

  it('no marker where pieces of a wrapped number share their lines with a group label (lines closer than a line of text)', () => {
    expect(layoutText(wrapped(true)).text).not.toContain('—');
  });

  it('a lone row under header words filling tight cells: its blanks marked; a group header over header-less columns keeps its numbers', () => {
    // Ten header words 48 pt wide in cells 50.3 pt apart (numbers left-aligned, 2.3 pt from the next
    // word), then a group header over five columns shrunk to their numbers.
    const x = Array.from({ length: 10 }, (_, k) => 35 + k * 50.3);
    const out = layoutText([
      item('复议后起诉', 540, 722),
      ...x.map((v, k) => item(k % 2 === 0 ? '结果维持' : '结果纠正', v, 702)),
      ...['34', '40', '74', '0', '0', '0', '44', '44'].map((v, k) => item(v, x[k + 2] as number, 682)),
      item('58', 540, 682),
      item('0', 553, 682),
      item('5', 560, 682),
      item('63', 567, 682),
    ]);
    expect(lines(out.text)[2]?.trim().split(/ +/)).toEqual(['—', '—', '34', '40', '74', '0', '0', '0', '44', '44', '58', '0', '5', '63']);
  });

  it("a lone row whose label wraps around it: the label's pieces and the header text over them (the table's note) are no value column", () => {
    const x = [200, 240, 280];
    const out = layoutText([
      item('（本列数据的勾稽关系为：', 40, 760),
      item('加第四项之和）', 100, 740),
      ...x.map((v) => item('自然人', v, 740)),
      item('一、本年新收', 40, 729),
      item('12', x[1] as number, 720),
      item('12', x[2] as number, 720),
      item('申请数量', 40, 711),
    ]);
    // The label's pieces are no value column either: no marker left of the numbers.
    const row = lines(out.text).find((l) => l.includes('12'));
    expect(row?.trim().split(/ +/)).toEqual(['12', '12']);
  });

  it('blankCells: false writes no marker', () => {
    const out = layoutText([...row('甲', 700, ['1', '2', '3']), ...row('乙', 680, [null, '2', '3'])], { blankCells: false });
    expect(out.text).not.toContain('—');
  });

  it('a lone value row takes its columns from the header words above it; group headers over several columns are left out', () => {
    const x = [40, 80, 120, 160, 200];
    const out = layoutText([
      item('行政复议', 90, 740),
      ...x.map((v) => item('结果', v, 720)),
      item('3', x[0] as number, 700),
      item('4', x[2] as number, 700),
      item('0', x[3] as number, 700),
      item('7', x[4] as number, 700),
    ]);
    expect(lines(out.text)[2]?.trim().split(/ +/)).toEqual(['3', '—', '4', '0', '7']);
  });

  it('a lone row under one header item holding two cells: a number inside it, aligned with neither edge nor its centre, gets no marker', () => {
    // (LibreOffice writes the header cells of one line as one text item: the number may be in either cell.)
    const out = layoutText([
      item('上一年项 目数量 本年增', 185.8, 740),
      item('/减', 320, 740),
      item('行政事业性收费', 58, 720),
      item('３', 276.7, 720),
    ]);
    expect(out.text).not.toContain('—');
  });

  it('a lone row under wide header items: a number centred in its column is placed, the empty column marked', () => {
    const out = layoutText([
      item('信息内容', 58, 740),
      item('上一年项目数量', 180, 740),
      item('本年增减', 290, 740),
      item('行政许可', 58, 720),
      item('12', 308, 720),
    ]);
    expect(lines(out.text)[1]?.trim().split(/ +/)).toEqual(['行政许可', '—', '12']);
  });

  it('a lone row at the top of a page takes its columns from the header at the end of the previous page', () => {
    const x = [40, 80, 120, 160, 200];
    const out = layoutText([
      item('正文', 40, 760, 1),
      ...x.map((v, k) => item(HEADS[k] as string, v, 100, 1)),
      ...x.map((v, k) => item(TAILS[k] as string, v, 86, 1)),
      item('3', x[0] as number, 800, 2),
      item('4', x[2] as number, 800, 2),
      item('0', x[3] as number, 800, 2),
      item('7', x[4] as number, 800, 2),
    ]);
    expect(out.text.split('\f\n')[1]?.trim().split(/ +/)).toEqual(['3', '—', '4', '0', '7']);
  });

  it("a lone row with a label: the header over the label column (indented past the row's label) is no value column", () => {
    const out = layoutText([
      item('信息内容', 100, 740),
      item('本年处理决定数量', 220, 740),
      item('行政许可', 40, 720),
      item('9487', 300, 720),
    ]);
    expect(out.text).not.toContain('—');
  });

  it('full-width signs are numbers: a row of changes (－４, ＋３) leaving a column empty gets its marker', () => {
    const out = layoutText([
      ...row('甲', 700, ['２', '－２', '４']),
      ...row('乙', 680, ['５', '＋３', null]),
      ...row('丙', 660, ['１', '－１', '０']),
    ]);
    expect(lines(out.text)[1]?.split(/ +/)).toEqual(['乙', '５', '＋３', '—']);
  });

  it("rows at the top of a page take the columns of the previous page's last rows (one table crossing the break)", () => {
    const onPage = (page: number, label: string, y: number, values: (string | null)[]): PositionedText[] =>
      row(label, y, values).map((it) => ({ ...it, page }));
    const out = layoutText([
      ...onPage(1, '甲', 120, ['1', '2', '3', '4', '5', '6', '21']),
      ...onPage(1, '乙', 100, ['1', '2', '3', '4', '5', '6', '21']),
      // Each column of these three rows holds a number of one row at most for some columns: alone, no column is confirmed.
      ...onPage(2, '丙', 800, ['4', null, '0', '4', null, '0', '8']),
      ...onPage(2, '丁', 780, ['5', '6', '7', '8', '9', '10', '45']),
      ...onPage(2, '戊', 760, ['3', null, null, null, null, '8', '11']),
    ]);
    const page2 = lines(out.text.split('\f\n')[1] as string);
    expect(page2[0]?.split(/ +/)).toEqual(['丙', '4', '—', '0', '4', '—', '0', '8']);
    expect(page2[2]?.split(/ +/)).toEqual(['戊', '3', '—', '—', '—', '—', '8', '11']);
  });

  it('a lone row does not take columns from another table above its header', () => {
    const out = layoutText([
      item('规范性文件', 40, 760),
      item('121', 148, 760),
      item('10', 225, 760),
      item('121', 302, 760),
      item('信息内容', 40, 740),
      item('本年处理决定数量', 148, 740),
      item('行政许可', 40, 720),
      item('52', 148, 720),
    ]);
    expect(out.text).not.toContain('—');
  });
});

describe('parsePdf: a table printed with a blank cell reads the blank where it is', () => {
  it('table 四 with two blank cells: fifteen cells, the blanks in their columns', async () => {
    // Table 四 of a report, positions as a browser prints it: fifteen header columns, thirteen values.
    const xs = Array.from({ length: 15 }, (_, k) => 60 + k * 34);
    const values: (string | null)[] = ['0', null, '0', '1', '1', '0', '0', null, '0', '0', '0', '0', '1', '0', '1'];
    const t: PdfText[] = [
      { x: 40, y: 800, size: 12, text: '四、政府信息公开行政复议、行政诉讼情况' },
      { x: 60, y: 780, size: 10, text: '行政复议' },
      { x: 240, y: 780, size: 10, text: '行政诉讼' },
      ...xs.map((x, k): PdfText => ({ x, y: 760, size: 10, text: HEADS[k % 5] as string })),
      ...xs.map((x, k): PdfText => ({ x, y: 748, size: 10, text: TAILS[k % 5] as string })),
      ...values.flatMap((v, k) => (v === null ? [] : [{ x: xs[k] as number, y: 730, size: 10, text: v }])),
    ];
    const r = await parsePdf(makePdf([t]));
    const out = r.text.split('\n').find((l) => l.includes('—'));
    expect(out?.trim().split(/ +/)).toEqual(values.map((v) => v ?? '—'));
  }, 30_000);
});

describe('parsePositionedText: blank cells reach the report', () => {
  it('a table-三 row with a blank first cell: blank there, the values in their columns', () => {
    const cols = [200, 240, 280, 320, 360, 400, 440];
    const rowOf = (label: string, y: number, v: (string | null)[]): PositionedText[] => [
      item(label, 40, y, 1, 9),
      ...v.flatMap((s, k) => (s === null ? [] : [item(s, cols[k] as number, y, 1, 9)])),
    ];
    const items = [
      item('三、收到和处理政府信息公开申请情况', 40, 760, 1, 9),
      ...rowOf('一、本年新收政府信息公开申请数量', 740, ['1', '2', '3', '4', '5', '6', '21']),
      ...rowOf('二、上年结转政府信息公开申请数量', 728, [null, '2', '0', '0', '0', '0', '2']),
    ];
    const r = parsePositionedText(items);
    const cells = new Map(listCells(r.report!).map((c) => [c.address, c]));
    expect(cells.get('t3.carriedOver.naturalPerson')?.status).toBe('blank');
    expect(cells.get('t3.carriedOver.commercialEnterprise')?.value).toBe(2);
    expect(cells.get('t3.carriedOver.total')?.value).toBe(2);
  });
});
