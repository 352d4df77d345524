/**
 * Rendering a report back into the standard template: the six sections and the three tables,
 * as Markdown, HTML (with the template's row and column spans) or plain text (pipe rows).
 * Agencies can produce their tables from data; the tests use it to make fixtures in every layout.
 *
 * Cells: a value prints its number; a blank prints empty (HTML, text) or `—` (Markdown, where
 * converters leave empty cells and an empty cell is not trusted as blank); a missing or
 * ambiguous cell prints empty in HTML and text and `?` in Markdown, so those two statuses do not
 * survive a round trip.
 */
import type { Cell } from '../model/cell.js';
import type { Report, Section } from '../model/report.js';
import { getPath } from '../model/paths.js';
import { SECTIONS } from '../template/sections.js';
import { TABLE3_COLUMNS, type Table3RowDefinition } from '../template/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../template/table4.js';
import { templateDefinition } from '../template/registry.js';
import type { TemplateVersion } from '../template/version.js';

/** Output formats of {@link renderReport}. */
export type RenderFormat = 'markdown' | 'html' | 'text';

/** Options of {@link renderReport}. */
export interface RenderOptions {
  /** Output format. */
  to: RenderFormat;
  /** Render only the tables, no title and no section text (default false). */
  tablesOnly?: boolean;
  /**
   * HTML only: extra attributes of a value cell's `<td>` by cell address (e.g. a `class` for its
   * status or a `title` with a finding), so a page can mark cells. Values are escaped.
   */
  cellAttributes?: (address: string) => Readonly<Record<string, string>> | undefined;
}

type Grid = { text: string; colspan?: number; rowspan?: number; header?: boolean }[][];

/**
 * Renders a report as Markdown, HTML or text in the layout of the national template.
 * @throws TypeError for a missing report or an unknown format.
 */
export function renderReport(report: Report, options: RenderOptions): string {
  if (typeof report !== 'object' || report === null || typeof report.tables !== 'object') {
    throw new TypeError('renderReport(report, options): expected a Report');
  }
  const to = options?.to;
  if (to !== 'markdown' && to !== 'html' && to !== 'text') throw new TypeError('renderReport: options.to must be markdown, html or text');
  const blocks: string[] = [];
  const title =
    report.meta.title ??
    (report.meta.agency && report.meta.year ? `${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告` : null);
  if (title && !options.tablesOnly) blocks.push(heading(to, 1, title));
  const tables = {
    t2: report.tables.t2 ? renderGrid(to, table2Grid(report.tables.t2.version), report, options.cellAttributes) : null,
    t3: report.tables.t3 ? renderGrid(to, table3Grid(report.tables.t3.version), report, options.cellAttributes) : null,
    t4: report.tables.t4 ? renderGrid(to, table4Grid(), report, options.cellAttributes) : null,
  };
  const sections: Section[] = options.tablesOnly || report.sections.length === 0 ? [] : report.sections;
  if (sections.length === 0) {
    for (const def of SECTIONS) {
      if (options.tablesOnly && !def.contains) continue;
      blocks.push(heading(to, 2, def.heading));
      const t = def.contains ? tables[def.contains] : null;
      if (t) blocks.push(t);
    }
  } else {
    const placed = new Set<string>();
    for (const s of sections) {
      blocks.push(heading(to, s.level === 1 ? 2 : 3, s.heading));
      if (s.text) blocks.push(paragraphs(to, s.text));
      const def = SECTIONS.find((d) => d.key === s.key);
      const t = def?.contains ? tables[def.contains] : null;
      if (def?.contains && t && !placed.has(def.contains)) {
        blocks.push(t);
        placed.add(def.contains);
      }
    }
    for (const k of ['t2', 't3', 't4'] as const) if (tables[k] && !placed.has(k)) blocks.push(tables[k] as string);
  }
  const body = blocks.join('\n\n') + '\n';
  return to === 'html'
    ? `<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>${esc(title ?? '')}</title></head>\n<body>\n${body}</body>\n</html>\n`
    : body;
}

function heading(to: RenderFormat, level: number, text: string): string {
  if (to === 'markdown') return `${'#'.repeat(level)} ${text}`;
  if (to === 'html') return `<h${level}>${esc(text)}</h${level}>`;
  return text;
}

function paragraphs(to: RenderFormat, text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (to === 'html') return lines.map((l) => `<p>${esc(l)}</p>`).join('\n');
  return lines.join(to === 'markdown' ? '\n\n' : '\n');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text of a cell for a format. */
function cellText(cell: Cell | undefined, to: RenderFormat): string {
  if (!cell) return to === 'markdown' ? '?' : '';
  if (cell.status === 'value') return String(cell.value);
  if (cell.status === 'blank') return to === 'markdown' ? '—' : '';
  return to === 'markdown' ? '?' : '';
}

function cellAt(report: Report, address: string, to: RenderFormat): string {
  const table = report.tables[address.slice(0, 2) as 't2' | 't3' | 't4'];
  return cellText(table ? (getPath(table, address.slice(3)) as Cell | undefined) : undefined, to);
}

/* ---------------------------------------------------------------- grids */

/** Columns of the table-二 grid: 信息内容 and the widest sub-table's three value columns. */
const TABLE2_GRID_WIDTH = 4;
/** Label columns of the table-三 grid: one per level of row label (一、 / （一） / 1.). */
const TABLE3_LABEL_COLUMNS = 3;

/** Cells whose text starts with NUL are cell addresses, resolved against the report when printed. */
function table2Grid(version: TemplateVersion): Grid {
  const grid: Grid = [];
  const width = TABLE2_GRID_WIDTH;
  for (const s of templateDefinition(version, 'renderReport').table2.subTables) {
    grid.push([{ text: s.caption, colspan: width, header: true }]);
    const span = s.columns.length === 1 ? width - 1 : undefined;
    grid.push([
      { text: '信息内容', header: true },
      ...s.columns.map((c) => ({ text: c.label, header: true, ...(span ? { colspan: span } : {}) })),
    ]);
    for (const r of s.rows) {
      grid.push([
        { text: r.label },
        ...s.columns.map((c) => ({ text: `\u0000t2.${s.key}.${r.key}.${c.key}`, ...(span ? { colspan: span } : {}) })),
      ]);
    }
  }
  return grid;
}

function table3Grid(version: TemplateVersion): Grid {
  const def = templateDefinition(version, 'renderReport').table3;
  const grid: Grid = [
    [
      { text: def.note, colspan: TABLE3_LABEL_COLUMNS, rowspan: 3, header: true },
      { text: '申请人情况', colspan: 7, header: true },
    ],
    [
      { text: '自然人', rowspan: 2, header: true },
      { text: '法人或其他组织', colspan: 5, header: true },
      { text: '总计', rowspan: 2, header: true },
    ],
    TABLE3_COLUMNS.filter((c) => c.group).map((c) => ({ text: c.label, header: true })),
  ];
  const groups = def.rows.filter((r) => r.type === 'group');
  const dataRows = def.rows.filter((r) => r.type === 'data');
  const under = (g: Table3RowDefinition): number => dataRows.filter((d) => d.key.startsWith(`${g.key}.`)).length;
  const opened = new Set<string>();
  for (const r of dataRows) {
    const row: Grid[number] = [];
    // Group labels open on the first row under them, spanning their rows.
    for (const g of groups) {
      if (r.key.startsWith(`${g.key}.`) && !opened.has(g.key)) {
        opened.add(g.key);
        row.push({ text: g.label, rowspan: under(g) });
      }
    }
    // Three label columns: a level-1 row label spans all three, a level-3 label only the last.
    const span = TABLE3_LABEL_COLUMNS + 1 - r.key.split('.').length;
    row.push(span > 1 ? { text: r.label, colspan: span } : { text: r.label });
    for (const c of TABLE3_COLUMNS) row.push({ text: `\u0000t3.${r.key}.${c.key}` });
    grid.push(row);
  }
  return grid;
}

function table4Grid(): Grid {
  return [
    [
      { text: '行政复议', colspan: 5, header: true },
      { text: '行政诉讼', colspan: 10, header: true },
    ],
    [
      ...TABLE4_COLUMNS.map((c) => ({ text: c.label, rowspan: 2, header: true })),
      { text: '未经复议直接起诉', colspan: 5, header: true },
      { text: '复议后起诉', colspan: 5, header: true },
    ],
    [...TABLE4_COLUMNS, ...TABLE4_COLUMNS].map((c) => ({ text: c.label, header: true })),
    TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => ({ text: `\u0000t4.${g.key}.${c.key}` }))),
  ];
}

/* ---------------------------------------------------------------- output */

function resolve(text: string, to: RenderFormat, report: Report): string {
  return text.startsWith('\u0000') ? cellAt(report, text.slice(1), to) : text;
}

function renderGrid(to: RenderFormat, grid: Grid, report: Report, cellAttributes?: RenderOptions['cellAttributes']): string {
  if (to === 'html') {
    const rows = grid.map((r) => {
      const cells = r.map((c) => {
        const extra = cellAttributes && c.text.startsWith('\u0000') ? cellAttributes(c.text.slice(1)) : undefined;
        const own = extra
          ? Object.entries(extra)
              .map(([k, v]) => ` ${k.replace(/[^a-zA-Z0-9_-]/g, '')}="${esc(v)}"`)
              .join('')
          : '';
        const attrs = `${c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${own}`;
        return `<td${attrs}>${esc(resolve(c.text, to, report))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    });
    return `<table border="1">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  }
  const lines = grid.map((r) => r.map((c) => resolve(c.text, to, report)).join(' | '));
  if (to === 'markdown') {
    const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
    const [head, ...rest] = lines.map((l) => `| ${l} |`);
    return [head, `|${'---|'.repeat(width)}`, ...rest].join('\n');
  }
  // A leading pipe keeps an empty first cell (a blank) from vanishing.
  return lines.map((l) => `| ${l} |`).join('\n');
}
