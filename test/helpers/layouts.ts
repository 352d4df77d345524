/**
 * Our own reports rendered into the layouts real extraction produces, to check that each reads
 * back. Everything here is generated from `renderReport` output; nothing is copied from the corpus.
 */
import { renderReport, type Report } from 'zfxxgk-report';

export type Layout =
  | 'pipes'
  | 'markdown'
  | 'html'
  | 'cell-per-line'
  | 'blank-lines'
  | 'aligned'
  | 'tabs'
  | 'innertext'
  | 'innertext-paragraphs'
  | 'crawler'
  | 'converter'
  | 'plain'
  | 'one-line'
  | 'one-line-glued';

/** Layouts that keep blank cells visible (so every cell must come back exactly). */
export const LOSSLESS: readonly Layout[] = ['pipes', 'markdown', 'html', 'tabs', 'innertext', 'innertext-paragraphs'];
/** Layouts that lose blank cells or separators (cells may come back flagged, never wrong). */
export const LOSSY: readonly Layout[] = [
  'cell-per-line',
  'blank-lines',
  'aligned',
  'crawler',
  'converter',
  'plain',
  'one-line',
  'one-line-glued',
];
/** Layouts whose blank cells vanish without a trace (their fixtures have none where a property needs every cell). */
export const BLANKS_VANISH: readonly Layout[] = ['crawler', 'one-line-glued'];

/**
 * Prose of our own put around and between the tables, with the kinds of numbers real reports
 * write there (dates, counts, list numbers), so that a stream reader must tell it from table cells.
 */
const PROSE: readonly [after: RegExp, text: string][] = [
  [/年度报告$/, '本报告根据《中华人民共和国政府信息公开条例》第五十条编制，统计期限为2023年1月1日至12月31日。'],
  [/^一、总体情况$/, '（一）主动公开。全年通过门户网站发布信息 25 条，更新栏目 3 个。（二）平台建设。2.完善专栏。'],
  [/^二、主动公开政府信息情况$/, '本年度主动公开的规章和文件情况如下。'],
  [/^三、收到和处理政府信息公开申请情况$/, '本年度申请办理情况如下表所示，共涉及 6 类申请人。'],
  [/^四、政府信息公开行政复议、行政诉讼情况$/, '本年度复议和诉讼情况如下。'],
  [/^五、存在的主要问题及改进情况$/, '1.公开内容不够全面，2 个栏目更新不及时。2.培训不足。下一步，我们将加强培训，每年不少于 4 次。'],
  [/^六、其他需要报告的事项$/, '本机关2023年未收取信息处理费。'],
];

/** The `text` rendering with prose sentences after the title and each section heading. */
export function withProse(text: string): string {
  const out: string[] = [];
  for (const l of text.split('\n')) {
    out.push(l);
    const p = PROSE.find(([after]) => after.test(l));
    if (p) out.push('', p[1], '');
  }
  return out.join('\n');
}

/**
 * Crawler text: the whole article on one line, the `text` rendering with its prose and every cell
 * separated by one space (`one-line`: whitespace collapsed, so empty cells vanish) or by nothing
 * (`one-line-glued`). `blank` writes empty cells as a marker instead (a blank that survives).
 */
export function oneLine(text: string, glued: boolean, blank: string | null = null): string {
  const sep = glued ? '' : ' ';
  const parts = withProse(text)
    .split('\n')
    .map((l) =>
      isRow(l)
        ? cellsOf(l)
            .map((c) => (c === '' && blank !== null ? blank : c))
            .filter((c) => c !== '')
            .join(sep)
        : l.trim(),
    )
    .filter((l) => l !== '');
  return glued ? parts.join('') : parts.join(' ').replace(/\s+/g, ' ');
}

/**
 * Browser `innerText` (or clipboard text) of the HTML rendering: cells separated by TABs, a blank
 * cell an empty field or a field of one NBSP (alternately), some numbers padded with NBSP as
 * `&nbsp;`-padded cells are, paragraphs of prose between blank lines.
 */
export function innerText(text: string): string {
  let blanks = 0;
  let numbers = 0;
  return withProse(text)
    .split('\n')
    .map((l) => {
      if (!isRow(l)) return l;
      return cellsOf(l)
        .map((c) => {
          if (c === '') return blanks++ % 2 ? '\u00a0' : '';
          if (/^\d+$/.test(c) && numbers++ % 5 === 0) return `\u00a0${c}\u00a0`;
          return c;
        })
        .join('\t');
    })
    .join('\n');
}

const isRow = (l: string): boolean => l.startsWith('| ');
const cellsOf = (l: string): string[] => l.slice(2, -2).split(' | ');

/** Rewrites the `text` rendering (pipe rows with a leading pipe) into a layout. */
export function toLayout(text: string, layout: 'cell-per-line' | 'blank-lines' | 'aligned' | 'tabs' | 'crawler'): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let crawl = '';
  for (const l of lines) {
    if (!isRow(l)) {
      if (crawl) out.push(crawl);
      crawl = '';
      out.push(l);
      continue;
    }
    const cells = cellsOf(l);
    switch (layout) {
      case 'cell-per-line': {
        // One cell per line with ' |'; empty cells are not written; the row ends with padding pipes.
        const filled = cells.filter((c) => c !== '');
        const pad = Math.max(1, cells.length - filled.length + 1);
        filled.forEach((c, i) => out.push(i === filled.length - 1 ? `${c} |${' ' + '|'.repeat(pad)}` : `${c} |`));
        break;
      }
      case 'blank-lines':
        // One cell per line, a blank line after each; an empty cell is just one more blank line.
        for (const c of cells) {
          if (c !== '') out.push(c);
          out.push('');
        }
        break;
      case 'aligned':
        out.push(cells.filter((c) => c !== '').join('    '));
        break;
      case 'tabs':
        out.push(cells.join('\t'));
        break;
      case 'crawler':
        crawl += cells.join('');
        break;
    }
  }
  if (crawl) out.push(crawl);
  return out.join('\n');
}

/**
 * Our Markdown rendering damaged the way PDF-to-Markdown converters damage table 三: the labels of
 * some result rows float out of their row onto a line of their own above it (the row becomes a
 * table of bare numbers), and one number of another row may float out of its cell onto a lone
 * line (under the first floating label, or above （七）总计). What floats is decided by the numbers,
 * so it varies with the report.
 */
export function converterMarkdown(md: string): string {
  return floatTable2Cells(floatTable3(md));
}

/**
 * Table 二 (一) damaged like a converter damages cells printed on two lines: some cells of the 规章
 * and 规范性文件 rows, written as a number over an annotation that names their column
 * (`(其中修订N件)` for 制发/新制作, `(含自然失效N件)` for 废止), float above the table in reading
 * order (under the caption, printed as text), and their rows keep the other cells.
 */
function floatTable2Cells(md: string): string {
  const lines = md.split('\n');
  const caption = lines.findIndex((l) => l.startsWith('| 第二十条第（一）项'));
  if (caption < 0) return md;
  const is2021 = lines.some((l) => l.includes('本年制发件数'));
  const floated: string[] = [];
  let i = 0;
  for (let k = caption + 1; k < lines.length && !lines[k]!.startsWith('| 第二十条'); k++) {
    const l = lines[k]!;
    if (!/^\| (规章|行政规范性文件|规范性文件) \|/.test(l)) continue;
    const cells = cellsOf(l);
    const sum = cells.slice(1).reduce((a, c) => a + (Number(c) || 0), 0) + i++;
    if (sum % 3 === 0 || cells.length !== 4) continue;
    const col = is2021 && sum % 2 === 0 ? 2 : 1;
    const v = cells[col]!;
    if (!/^\d+$/.test(v)) continue;
    const half = Math.floor(Number(v) / 2);
    floated.push(v, col === 1 ? `（其中修订 ${half} 件）` : `（含自然失效 ${half} 件）`);
    lines[k] = `| ${cells.filter((_, j) => j !== col).join(' | ')} |`;
  }
  // The caption is printed as text above the table, the floating cells right under it.
  if (floated.length > 0) lines.splice(caption, 1, '第二十条第（一）项', ...floated, '');
  return lines.join('\n');
}

function floatTable3(md: string): string {
  const lines = md.split('\n');
  const sum = (cells: readonly string[]): number => cells.reduce((a, c) => a + (Number(c) || 0), 0);
  const from = lines.findIndex((l) => l.startsWith('## ') && l.includes('收到和处理政府信息公开申请情况'));
  if (from < 0) return md;
  let to = lines.findIndex((l, i) => i > from && l.startsWith('## '));
  if (to < 0) to = lines.length;
  // Data rows of table 三: a label (or a group label and a label) and seven cells.
  const rows = lines.map((l, i) => (i > from && i < to && isRow(l) && cellsOf(l).length >= 8 ? i : -1)).filter((i) => i >= 0);
  const all = rows.reduce((a, i) => a + sum(cellsOf(lines[i] as string).slice(-7)), 0);
  // Some result rows lose their label (one cell of label only, so no group label floats with it).
  const floating = new Set<number>();
  let index = 0;
  for (const i of rows) {
    const cells = cellsOf(lines[i] as string);
    if (cells.length === 8 && /^(（[二三四五六]）|[2-8]\.)/.test(cells[0] as string) && (index++ * 7 + sum(cells.slice(1))) % 3 === 0)
      floating.add(i);
  }
  // In about half the reports one number of a row that kept its label floats out of its cell.
  const keep = rows.filter((i) => !floating.has(i));
  let lone: { line: number; column: number; text: string } | null = null;
  if (all % 2 === 0 && keep.length > 0) {
    const line = keep[all % keep.length] as number;
    const cells = cellsOf(lines[line] as string);
    const column = cells.length - 7 + ((all * 7 + line) % 7);
    if (/^\d+$/.test(cells[column] as string)) lone = { line, column, text: cells[column] as string };
  }
  const out: string[] = [];
  let loneWritten = false;
  lines.forEach((l, i) => {
    const cells = isRow(l) ? cellsOf(l) : [];
    // The lone number lands under the first floating label (which then seems to own it), or above （七）.
    if (lone && !loneWritten && (cells[0] ?? '').startsWith('（七）')) {
      out.push('', lone.text, '');
      loneWritten = true;
    }
    if (floating.has(i)) {
      out.push(
        '',
        cells[0] as string,
        ...(lone && !loneWritten ? [lone.text] : []),
        '',
        `| ${cells.slice(1).join(' | ')} |`,
        `|${'---|'.repeat(7)}`,
      );
      if (lone) loneWritten = true;
      return;
    }
    if (lone && i === lone.line) {
      const c = lone.column;
      out.push(`| ${cells.map((x, j) => (j === c ? '' : x)).join(' | ')} |`);
      return;
    }
    out.push(l);
  });
  return out.join('\n');
}

/**
 * Plain \`pdftotext\` (no -layout): one cell per line with a blank line after each, and in table 三
 * some rows printed as their numbers only, right after the row above, with their label coming
 * later, after the next row's numbers (a tall label cell is read after the short ones beside it).
 * Which rows do this is decided by the numbers. Only rows without blank cells detach (as in the
 * real documents: a row of seven numbers).
 */
function plainPdftotext(text: string): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('三、收到和处理政府信息公开申请情况'));
  const to = lines.findIndex((l, i) => i > from && l.startsWith('四、'));
  const out: string[] = [];
  const cells = (cs: readonly string[]): void => {
    for (const c of cs) {
      if (c !== '') out.push(c);
      out.push('');
    }
  };
  let deferred: string[] = [];
  let previousKept = false;
  let index = 0;
  lines.forEach((l, i) => {
    if (!isRow(l) || i <= from || (to >= 0 && i >= to)) {
      if (deferred.length > 0 && !isRow(l)) {
        cells(deferred);
        deferred = [];
      }
      if (isRow(l)) cells(cellsOf(l));
      else out.push(l);
      return;
    }
    const cs = cellsOf(l);
    const values = cs.slice(-7);
    const sum = values.reduce((a, c) => a + (Number(c) || 0), 0);
    const detach =
      cs.length === 8 &&
      previousKept &&
      values.every((c) => /^\d+$/.test(c)) &&
      /^(（[二三四五六]）|[2-8]\.)/.test(cs[0] as string) &&
      (sum + index++) % 4 === 0;
    if (detach) {
      cells(values);
      deferred.push(cs[0] as string);
      return;
    }
    cells(cs);
    if (deferred.length > 0) {
      cells(deferred);
      deferred = [];
    }
    previousKept = true;
  });
  if (deferred.length > 0) cells(deferred);
  return out.join('\n');
}

/**
 * Browser `innerText` of a Word-exported HTML table, whose every cell holds a paragraph
 * (`<td><p class=MsoNormal>5</p></td>`): Chromium writes each cell's paragraph between blank
 * lines and the TAB between cells on a line of its own (`规章\n\n\t\n\n\t\n\n5`), an empty cell
 * as nothing between two TABs or as a paragraph of one NBSP, four blank lines between rows and one
 * between a table and the paragraphs (headings, prose, the next table's caption) around it.
 */
export function innerTextParagraphs(text: string): string {
  let blanks = 0;
  let out = '';
  let previousRow = false;
  for (const l of withProse(text).split('\n')) {
    if (l === '') continue;
    if (!isRow(l)) {
      out += `${out === '' ? '' : '\n\n'}${l}`;
      previousRow = false;
      continue;
    }
    const row = cellsOf(l)
      .map((c) => (c === '' ? (blanks++ % 2 ? '\u00a0' : '') : c))
      .map((c, i) => (i === 0 ? c : `\n\n\t${c === '' ? '' : `\n\n${c}`}`))
      .join('');
    // Four blank lines between rows; one between a table and the paragraphs around it.
    out += `${out === '' ? '' : previousRow ? '\n\n\n\n\n' : '\n\n'}${row}`;
    previousRow = true;
  }
  return out;
}

/**
 * Clipboard text (Chromium copy) of an HTML table whose cells are paragraphs: every cell, row
 * label and header a paragraph between single empty lines, no TABs, and an empty cell (`&nbsp;`)
 * a paragraph of one space (the clipboard turns the NBSP into a space).
 */
export function clipboardParagraphs(text: string): string {
  return withProse(text)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) =>
      isRow(l)
        ? cellsOf(l)
            .map((c) => (c === '' ? ' ' : c))
            .join('\n\n')
        : l,
    )
    .join('\n\n');
}

/**
 * Clipboard text (Chromium copy) of an HTML table whose filled cells are paragraphs and whose empty
 * cells hold an NBSP and no paragraph (`<td>&nbsp;</td>`): a filled cell is a paragraph between
 * single empty lines; the empty cells before a filled one are a line ` \t` each (one line for a run
 * of them, ` \t \t`) right above it, with no empty line between, and those ending a row a line
 * ending in ` ` right above the next row's label.
 */
export function clipboardBareCells(text: string): string {
  return withProse(text)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      if (!isRow(l)) return l;
      let out = '';
      let bare = '';
      const cells = cellsOf(l);
      cells.forEach((c, i) => {
        if (c === '') bare += i === cells.length - 1 ? ' ' : ' \t';
        else {
          out += `${out === '' ? '' : '\n\n'}${bare === '' ? '' : `${bare}\n`}${c}`;
          bare = '';
        }
      });
      return bare === '' ? out : `${out}\n\n${bare}`;
    })
    .join('\n\n')
    .replace(/\n\n( (?:\t |\t)*)\n\n/g, '\n\n$1\n');
}

/**
 * Clipboard text (Chromium copy) of a Word-exported table, every cell a paragraph: a cell with
 * text is its line and one empty line, an empty cell (Word's `<p><span><o:p> </o:p></span></p>`,
 * a paragraph of whitespace) one empty line alone; prose and headings are paragraphs too.
 */
export function clipboardWordCells(text: string): string {
  return withProse(text)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => (isRow(l) ? cellsOf(l).map((c) => (c === '' ? '\n' : `${c}\n\n`)) : [`${l}\n\n`]).join(''))
    .join('');
}

/** A report rendered by our renderer in one of the layouts. */
export function renderInLayout(report: Report, layout: Layout): string {
  if (layout === 'markdown' || layout === 'html') return renderReport(report, { to: layout });
  if (layout === 'converter') return converterMarkdown(renderReport(report, { to: 'markdown' }));
  if (layout === 'plain') return plainPdftotext(renderReport(report, { to: 'text' }));
  const text = renderReport(report, { to: 'text' });
  if (layout === 'one-line' || layout === 'one-line-glued') return oneLine(text, layout === 'one-line-glued');
  if (layout === 'innertext') return innerText(text);
  if (layout === 'innertext-paragraphs') return innerTextParagraphs(text);
  return layout === 'pipes' ? text : toLayout(text, layout);
}
