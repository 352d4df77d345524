/**
 * Table 三 in `pdftotext -layout` text of a table printed with Word's column widths (issue 12,
 * chromium-layout on the Word-width probe seeds, docs/gauntlet.md): the group and row label columns
 * are a few characters wide, so a row label runs over as many as twenty lines of one or two
 * characters, its numbers on the line of its first piece (`5.要` / `求行` / `政机` …), the group
 * label's pieces beside them; a group's list marker stands before the row's on the row's line
 * (`三、 （一）`). Our own report (test/helpers/fixtures.ts consistentCells), its table 三 printed so
 * here; nothing is copied from the corpus. Before, a label over more than six pieces was joined with
 * none, its pieces after the numbers took the next row's numbers, and cells were wrong with no rule
 * failing (the rows keep their sums and the columns theirs: the first case read 138 of 175 cells
 * right, 2 wrong unflagged; the second, 126 right, 14 wrong unflagged).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, validateReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { table3 } from './helpers/table3-reading.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;

/** Seed 7's consistent report (every total written). */
function seven(): Report {
  return createReport({ versions: VERSIONS, cells: consistentCells(7, VERSIONS, 20), meta: { agency: '示例县示例局', year: 2023 } });
}

/** Width of a number's cell. */
const CELL_W = 8;

const MARKER_RE = /^(?:[一二三四五六七八九十]、|（[一二三四五六七八九十]）|\d+\.)/;

/** A row label's pieces in a narrow cell: a digit marker with the label's first character, a bracketed one alone, then `size` characters a line. */
function rowPieces(label: string, size: number): string[] {
  const m = MARKER_RE.exec(label)?.[0] ?? '';
  const head = m === '' ? label.slice(0, size) : /^\d/.test(m) ? label.slice(0, m.length + 1) : m;
  const out = [head];
  for (let i = head.length; i < label.length; i += size) out.push(label.slice(i, i + size));
  return out;
}

/** A group label's pieces: its marker, then two characters a line. */
function groupPieces(label: string): string[] {
  const m = MARKER_RE.exec(label)?.[0] ?? '';
  const out = m === '' ? [] : [m];
  for (let i = m.length; i < label.length; i += 2) out.push(label.slice(i, i + 2));
  return out;
}

/**
 * The report's layout text with table 三's result rows printed in narrow label columns: each row's
 * label in pieces (see {@link rowPieces}: four characters a line after a bracketed marker's own
 * line, two after a digit marker's), its numbers on its first line, a group label's pieces beside
 * its rows from its first row's line on, one space between the columns' pieces as the tool prints
 * them. Without `markers`, every list marker is left out (a report that numbers none of its rows).
 */
function narrowTable3(report: Report, markers: boolean): string {
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const from = lines.findIndex((l) => l.startsWith('三、本年度'));
  const to = lines.findIndex((l) => l.includes('（七）总计'));
  const unmark = (label: string): string => (markers ? label : label.replace(MARKER_RE, ''));
  const out: string[] = [];
  let group: string[] = [];
  for (let k = from; k < to; k++) {
    const l = lines[k] as string;
    const cells = l.trim().split(/ {2,}/);
    const numbers = cells.filter((c) => /^\d+$/.test(c));
    const labels = cells.filter((c) => !/^\d+$/.test(c));
    if (numbers.length === 0) continue; // (a group label's second line)
    if (labels.length === 2)
      group = groupPieces(unmark(labels[0] === '三、本年度' ? '三、本年度办理结果' : `${labels[0]}${(lines[k + 1] as string).trim()}`));
    const row = labels[labels.length - 1] as string;
    const pieces = rowPieces(unmark(row), /^（/.test(row) && markers ? 4 : 2);
    pieces.forEach((p, j) => {
      const left = `${group.shift() ?? '   '} ${p}`;
      out.push(
        j === 0
          ? `${left} ${numbers
              .map((n) => n.padEnd(CELL_W))
              .join('')
              .trimEnd()}`
          : left,
      );
    });
  }
  return [...lines.slice(0, from), ...out, ...lines.slice(to)].join('\n');
}

/** Table 三's cells as read: right, flagged (missing or ambiguous) or wrong, with the failing rules' addresses. */
function reading(truth: Report, text: string) {
  const { report, diagnostics } = parseReport(text);
  const got = new Map(listCells(report!).map((c) => [c.address, c]));
  const failing = new Set(validateReport(report!).checks.flatMap((c) => (c.status === 'fail' ? c.addresses : [])));
  const named = (a: string) => failing.has(a) || diagnostics.some((d) => d.severity !== 'info' && (d.addresses ?? []).includes(a));
  const right: string[] = [];
  const flagged: string[] = [];
  const silent: string[] = [];
  for (const c of listCells(truth).filter((c) => c.address.startsWith('t3.'))) {
    const g = got.get(c.address);
    if (!g || g.status === 'missing' || g.status === 'ambiguous') flagged.push(c.address);
    else if (g.status === c.status && g.value === c.value) right.push(c.address);
    else if (!named(c.address)) silent.push(c.address);
  }
  return { right, flagged, silent, codes: diagnostics.filter((d) => d.path?.startsWith('t3')).map((d) => `${d.code} ${d.path}`) };
}

/**
 * The lines from table 三's note to its second row printed in narrow cells: the note and the first
 * two rows' labels cut every `size` characters (`（本列数据的勾稽关` / `系为：第一项加第二` …), each row's
 * numbers on its first line.
 */
function narrowHead(text: string, size: number): string {
  const lines = text.split('\n');
  const note = lines.findIndex((l) => l.includes('（本列数据的勾稽关系'));
  const cut = (t: string): string[] => Array.from({ length: Math.ceil(t.length / size) }, (_, i) => t.slice(i * size, (i + 1) * size));
  const noteText = /（本列数据[^）]*）/.exec(lines[note] as string)?.[0] as string;
  const out: string[] = cut(noteText).map((p, i) => (i === 0 ? `${p}${' '.repeat(20)}申请人情况` : p));
  out.push(...lines.slice(note + 1, note + 3));
  for (const k of [note + 3, note + 4]) {
    const cells = (lines[k] as string).trim().split(/ {2,}/);
    const [first, ...rest] = cut(cells[0] as string);
    out.push(`${first} ${cells.slice(1).join(' ')}`, ...rest);
  }
  return [...lines.slice(0, note), ...out, ...lines.slice(note + 5)].join('\n');
}

/** Table 四's header printed in narrow cells: the groups' names wrapped (`行政诉讼（未经复议` / `直接起诉）`), each column's name a character a line. */
function narrowTable4(text: string): string {
  const lines = text.split('\n');
  const h = lines.findIndex((l) => l.trim().startsWith('行政复议'));
  const numbers = (lines[h + 3] as string).trim().split(/ +/);
  const names = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const head = [0, 1, 2, 3].map((i) => ` ${Array.from({ length: 3 }, () => names.map((n) => n[i] ?? ' ').join(' ')).join(' ')}`);
  return [
    ...lines.slice(0, h),
    '    行政复议      行政诉讼（未经复议 行政诉讼（复议后起',
    '                 直接起诉）       诉）',
    ...head.map((l) => l.trimEnd()),
    ` ${numbers.join(' ')}`,
    ...lines.slice(h + 4),
  ].join('\n');
}

describe('table 三 in -layout text of narrow label columns', () => {
  it('reads rows whose labels run over many lines of two characters, numbers on the first (no list markers)', () => {
    // `要求` 0 2 0 0 0 0 2 / `行政` / `机关` / … / `信息`: the label's nine pieces after its numbers are
    // joined (six were the most tried), so no row takes the next row's numbers.
    const truth = seven();
    const text = narrowTable3(truth, false);
    expect(text).toContain('\n    要求 0       2       0       0       0       0       2\n    行政\n    机关\n');
    const { want, got } = table3(truth, text);
    expect(got).toEqual(want);
  });

  it("reads the row after a group's marker printed on its line (`三、 （一）`) and states no cell wrong", () => {
    // `三、 （一） 1 0 0 0 0 3 4` / `本年 予以公开`: the group's marker before the row's, the row's text
    // on the next line behind the group's piece.
    const truth = seven();
    const text = narrowTable3(truth, true);
    expect(text).toContain('\n三、 （一） 1       0       0       0       0       3       4\n本年 予以公开\n');
    const r = reading(truth, text);
    expect(r.silent).toEqual([]);
    const granted = listCells(truth).filter((c) => c.address.startsWith('t3.results.granted.'));
    expect(granted).toHaveLength(7);
    for (const c of granted) expect(r.right).toContain(c.address);
  });

  it('reads a row whose first piece is its list marker and `无` (`4.无` / `正当` / …), not a blank cell after a marker', () => {
    // `4.无 6 0 10 0 5 0 21`: the `无` glued to the marker is 无正当理由大量反复申请's first character;
    // read as a blank before the numbers, the row lost its label and the rows around it their joins.
    const truth = seven();
    const text = narrowTable3(truth, true);
    expect(text).toContain('\n    4.无 6       0       10      0       5       0       21\n    正当\n');
    const { want, got } = table3(truth, text);
    expect(got).toEqual(want);
  });

  it("finds table 三 when its note and its first rows' labels wrap (`（本列数据的勾稽关` / `系为：…`)", () => {
    const truth = seven();
    const text = narrowHead(narrowTable3(truth, false), 9);
    expect(text).toContain('\n（本列数据的勾稽关                    申请人情况\n系为：第一项加第二\n');
    expect(text).toContain('\n一、本年新收政府信 95 19 18 71 45 18 266\n息公开申请数量\n');
    const { report, diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === 'table-missing').map((d) => d.path)).toEqual([]);
    const { want, got } = table3(truth, text);
    expect(got).toEqual(want);
    expect(report).not.toBeNull();
  });

  it("finds table 三 when its note wraps right before its anchor's last character (`（本列数据的勾稽关` / `系为：…`)", () => {
    // (the first rows' labels in four short pieces: no anchor of theirs shows over two lines, and the
    // note's anchor leaves one character, `系`, to the next line, whose words go on with the note)
    const truth = seven();
    const short = (text: string, label: string, pieces: string[]): string => {
      const at = text.indexOf(`\n${label.slice(0, 9)} `);
      const end = text.indexOf('\n', text.indexOf('\n', at + 1) + 1);
      const numbers = (
        text
          .slice(at + 1, text.indexOf('\n', at + 1))
          .split(' ')
          .slice(1) as string[]
      ).join(' ');
      return `${text.slice(0, at)}\n${pieces[0]} ${numbers}\n${pieces.slice(1).join('\n')}${text.slice(end)}`;
    };
    let text = narrowHead(narrowTable3(truth, false), 9);
    text = short(text, '一、本年新收政府信息公开申请数量', ['一、本年', '新收政', '府信息公', '开申请数量']);
    text = short(text, '二、上年结转政府信息公开申请数量', ['二、上年', '结转政', '府信息公', '开申请数量']);
    expect(text).toContain('\n（本列数据的勾稽关                    申请人情况\n系为：第一项加第二\n');
    expect(text).toContain('\n一、本年 95 19 18 71 45 18 266\n新收政\n府信息公\n开申请数量\n二、上年 ');
    const { diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === 'table-missing').map((d) => d.path)).toEqual([]);
    const { want, got } = table3(truth, text);
    expect(got).toEqual(want);
  });

  it('finds table 三 when its wrapped note stands on a header line whose words are set far apart (over 60 characters)', () => {
    // (a PDF's text laid out from positions keeps the page's gaps: the note's first piece, 自然人,
    // 法人或其他组织 and 总计 on one line of some 90 characters, no table word whole on it; a line
    // is running text by its words, not its gaps)
    const truth = seven();
    // (the first rows' labels over three lines each: no anchor of theirs wraps over two)
    const text = narrowHead(narrowTable3(truth, false), 5).replace(
      '\n（本列数据                    申请人情况\n',
      `\n  （本列数据${' '.repeat(12)}自然人${' '.repeat(24)}法人或其他组织${' '.repeat(28)}总计\n`,
    );
    expect(text).toMatch(/\n {2}（本列数据 {12}自然人 {24}法人或其他组织 {28}总计\n的勾稽关系\n/);
    expect(text).toContain('\n一、本年新 95 19 18 71 45 18 266\n收政府信息\n公开申请数\n量\n');
    const { diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === 'table-missing').map((d) => d.path)).toEqual([]);
    const { want, got } = table3(truth, text);
    expect(got).toEqual(want);
  });

  it("finds table 三 when its note's first piece runs into the header's first word (`（本列数据的勾 自然`)", () => {
    // One space between two Han characters is taken for a justification space and removed: the
    // note's first word reads `（本列数据的勾自然`, the anchor's head followed by a header word; the
    // first rows' labels wrap around the note's last piece, so no line pair holds their anchors.
    const truth = seven();
    const lines = narrowTable3(truth, false).split('\n');
    const note = lines.findIndex((l) => l.includes('（本列数据的勾稽关系'));
    const numbers = (k: number): string => (lines[k] as string).trim().split(/ {2,}/).slice(1).join(' ');
    const head = [
      ' （本列数据的勾 自然      法人或其他组织  总计',
      ' 稽关系为：第一 人 商业 科研 社会 法律 其他',
      ' 项加第二项之      企业 机构 公益 服务',
      '                   组织 机构',
      '和，等于第三项',
      `一、本年新收政 ${numbers(note + 3)}`,
      '加第四项之和）',
      '府信息公开申请',
      '   数量',
      `二、上年结转政 ${numbers(note + 4)}`,
      '府信息公开申请',
      '   数量',
    ];
    const text = [...lines.slice(0, note), ...head, ...lines.slice(note + 5)].join('\n');
    expect(text).toContain('\n一、本年新收政 95 19 18 71 45 18 266\n加第四项之和）\n');
    const { diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === 'table-missing').map((d) => d.path)).toEqual([]);
    const { want, got } = table3(truth, text);
    expect(got).toEqual(want);
  });

  it("finds table 四 when both groups' names wrap in its header (`行政诉讼（未经复议` / `直接起诉）`)", () => {
    const truth = seven();
    const text = narrowTable4(renderLayoutText(truth, { wrap: 'none' }));
    expect(text).toContain(
      '\n    行政复议      行政诉讼（未经复议 行政诉讼（复议后起\n                 直接起诉）       诉）\n 结 结 其 尚 总',
    );
    const { report, diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === 'table-missing').map((d) => d.path)).toEqual([]);
    const want = listCells(truth).filter((c) => c.address.startsWith('t4.'));
    const got = new Map(listCells(report!).map((c) => [c.address, c]));
    expect(want.map((c) => [c.address, got.get(c.address)?.status, got.get(c.address)?.value])).toEqual(
      want.map((c) => [c.address, c.status, c.value]),
    );
  });
});
