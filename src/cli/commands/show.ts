/**
 * `zfxxgk show`: what a newcomer wants to see of one report, on one screen: the three tables as
 * compact grids with the template's labels, the cells by status, the validation verdict with its
 * findings, and where the full JSON is (`--json`).
 */
import type { Report } from '../../model/report.js';
import { toRows, type TidyRow } from '../../render/to-rows.js';
import { SECTIONS } from '../../template/sections.js';
import { validateReport } from '../../validate/validate-report.js';
import { t } from '../i18n.js';
import {
  cellsLine,
  countCells,
  errorNote,
  identity,
  issueLine,
  notReportMessage,
  pick,
  readAs,
  sectionsLine,
  fileLabel,
  reportRecord,
} from './shared.js';
import type { CommandSpec } from './types.js';

/** Widest row label in a grid, in terminal columns (a CJK character takes two). */
const ROW_LABEL_WIDTH = 20;
/** Widest column label, in terminal columns (rows of few columns keep longer headers, such as a unit). */
const COLUMN_LABEL_WIDTH = 10;
/** Widest column label in a row of at most {@link FEW_COLUMNS} columns. */
const WIDE_COLUMN_LABEL_WIDTH = 16;
const FEW_COLUMNS = 3;
/** Findings listed before "and n more". */
const MAX_FINDINGS = 6;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6)
  );
}

/** Terminal width of a string. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return w;
}

function clip(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - displayWidth(s)));
}
function padStart(s: string, w: number): string {
  return ' '.repeat(Math.max(0, w - displayWidth(s))) + s;
}

function lastSegment(label: string): string {
  const parts = label.split(' / ');
  return parts[parts.length - 1] ?? label;
}

/** A column header shortened for a grid: `本年制发件数` → `制发`, `本年收费金额（单位：万元）` → `收费金额(万元)`. */
function shortColumn(label: string): string {
  return lastSegment(label)
    .replace(/^本年(?:度)?/, '')
    .replace(/（单位：([^（）]+)）$/, '($1)')
    .replace(/(?:件数|数量)$/, '');
}

/** The row a cell belongs to in a grid: its row label, or (table 四) its column path without the last level. */
function rowName(r: TidyRow): string {
  if (r.rowLabel) {
    const parts = r.rowLabel.split(' / ');
    const last = parts[parts.length - 1] ?? '';
    const group = parts.length > 1 ? parts[parts.length - 2] : undefined;
    const marker = group ? /^[（(][一二三四五六七八九十]+[）)]/.exec(group)?.[0] : undefined;
    return marker && /^\d/.test(last) ? `${marker}${last}` : last;
  }
  const parts = r.columnLabel.split(' / ');
  return parts.length > 1 ? (parts[parts.length - 2] ?? '') : '';
}

function cellText(r: TidyRow): string {
  if (r.status === 'value') return String(r.value);
  return r.status === 'missing' ? '?' : r.status === 'ambiguous' ? '~' : '';
}

/** Compact grids of a table: consecutive rows sharing their columns form one block under one header. */
export function tableGrid(rows: readonly TidyRow[]): string[] {
  const byRow: { name: string; columns: string[]; cells: string[] }[] = [];
  for (const r of rows) {
    const name = rowName(r);
    let row = byRow[byRow.length - 1];
    if (!row || row.name !== name) byRow.push((row = { name, columns: [], cells: [] }));
    row.columns.push(shortColumn(r.columnLabel));
    row.cells.push(cellText(r));
  }
  for (const row of byRow) {
    const max = row.columns.length <= FEW_COLUMNS ? WIDE_COLUMN_LABEL_WIDTH : COLUMN_LABEL_WIDTH;
    row.columns = row.columns.map((c) => clip(c, max));
  }
  const labelWidth = Math.min(
    ROW_LABEL_WIDTH,
    byRow.reduce((w, r) => Math.max(w, displayWidth(r.name)), 0),
  );
  const out: string[] = [];
  let header = '';
  for (const row of byRow) {
    const widths = row.columns.map((c, i) => Math.max(displayWidth(c), displayWidth(row.cells[i] ?? '')));
    const h = `  ${padEnd('', labelWidth)} ${row.columns.map((c, i) => padStart(c, widths[i] ?? 0)).join(' ')}`;
    if (h !== header) out.push((header = h));
    out.push(`  ${padEnd(clip(row.name, labelWidth), labelWidth)} ${row.cells.map((c, i) => padStart(c, widths[i] ?? 0)).join(' ')}`);
  }
  return out;
}

function tables(report: Report): string[] {
  const rows = toRows(report);
  const out: string[] = [];
  for (const s of SECTIONS) {
    if (!s.contains) continue;
    const own = rows.filter((r) => r.table === s.contains);
    out.push(s.heading);
    for (const line of own.length > 0 ? tableGrid(own) : ['  -']) out.push(line);
  }
  return out;
}

export const showCommand: CommandSpec = {
  name: 'show',
  synopsis: {
    zh: 'zfxxgk show [FILE|-]             一屏看懂一份报告：统计表、单元格状态、校验结论',
    en: 'zfxxgk show [FILE|-]             one report on one screen: tables, cell statuses, validation verdict',
  },
  help: {
    zh: `用法: zfxxgk show [FILE|-] [--json] [--verbose]

一屏显示一份报告：三张统计表（按模板的行列标签）、各状态单元格数、校验结论和发现的问题。
只接受一个文件；不给文件或写 - 时读取标准输入。
选项:
  --json        输出完整 JSON（报告、诊断和校验结果）
  --verbose     也列出提示级问题
  --input-format F, --lang zh|en

示例:
  zfxxgk show report.pdf
  zfxxgk show report.html --json > report.json
`,
    en: `Usage: zfxxgk show [FILE|-] [--json] [--verbose]

One report on one screen: the three tables (with the template's row and column labels), the cells
by status, the validation verdict and its findings. Takes one file; with no file, or -, standard
input is read.
Options:
  --json        print the full JSON (report, diagnostics and validation)
  --verbose     list info-level findings too
  --input-format F, --lang zh|en

Examples:
  zfxxgk show report.pdf
  zfxxgk show report.html --json > report.json
`,
  },
  options: { json: { type: 'boolean' }, verbose: { type: 'boolean' } },
  formats: ['text'],
  singleFile: true,
  run(outcome, task) {
    const { file, lang } = task;
    const name = fileLabel(task);
    if (!outcome.ok) return { chunk: '', note: errorNote(file, outcome.error), status: 'error' };
    const result = outcome.result;
    const report = result.report;
    if (!report) return { chunk: '', note: `${name}: ${notReportMessage(result.diagnostics, lang)}\n`, status: 'not-report' };
    const v = validateReport(report, { diagnostics: result.diagnostics });
    const cells = countCells(report);
    const status = v.status === 'ok' ? 'ok' : 'failed';
    if (task.values.json === true) {
      const payload = {
        ...reportRecord(task, result),
        validation: {
          ok: v.ok,
          verdict: v.status,
          coverage: v.coverage,
          issues: v.issues.map((i) => ({ ...i, message: pick(i, lang) })),
          checks: v.checks.length,
        },
      };
      return { chunk: `${JSON.stringify(payload, null, 2)}\n`, note: '', status, cells };
    }
    const failed = v.checks.filter((c) => c.status === 'fail').length;
    const uncertain = v.checks.filter((c) => c.status === 'uncertain').length;
    const verdict = `${t('verdict', lang)}: ${t(v.status === 'ok' ? 'verdictPass' : v.status === 'incomplete' ? 'verdictIncomplete' : 'verdictFail', lang)} — ${v.checks.length} ${t('checks', lang)}, ${failed} ${t('failed', lang)}, ${uncertain} ${t('uncertain', lang)}`;
    const shown = v.issues.filter((i) => task.values.verbose === true || i.severity !== 'info');
    const findings = shown.slice(0, MAX_FINDINGS).map((i) => issueLine(i, lang));
    if (shown.length > MAX_FINDINGS)
      findings.push(
        lang === 'en'
          ? `  … and ${shown.length - MAX_FINDINGS} more (zfxxgk validate)`
          : `  …… 另有 ${shown.length - MAX_FINDINGS} 项（zfxxgk validate）`,
      );
    if (shown.length === 0 && failed > 0) findings.push(`  ${t('onlyInfo', lang)}`);
    const lines = [
      `${identity(report, lang)}  ${report.meta.title ?? ''}`.trimEnd(),
      `${name} (${readAs(result)})  ${sectionsLine(report, lang)}`,
      '',
      ...tables(report),
      '',
      `${t('cells', lang)}: ${cellsLine(cells, lang)}`,
      ...(cells.missing + cells.ambiguous > 0 ? [`  ${t('legend', lang)}`] : []),
      verdict,
      ...findings,
      '',
      t('jsonHint', lang),
    ];
    return { chunk: `${lines.join('\n')}\n`, note: '', status, cells };
  },
};
