/**
 * One file, one job: read it (any supported format and encoding), parse it, validate it if
 * asked, and format the output chunk. Runs in the main thread or in a worker (`--jobs`), so it
 * takes and returns plain data.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ParseResult } from '../model/report.js';
import { decodeText } from '../node/decode.js';
import { formatForFile } from '../node/index.js';
import { parseReport } from '../parse/parse-report.js';
import { renderReport, type RenderFormat } from '../render/render-report.js';
import { toRows } from '../render/to-rows.js';
import { validateReport } from '../validate/validate-report.js';
import type { ValidationIssue } from '../validate/types.js';
import { listCells } from '../parse/list-cells.js';
import { t, type Lang } from './i18n.js';

/** What to do with a file. */
export interface Task {
  /** Position in the batch (output keeps this order). */
  index: number;
  /** Path. */
  file: string;
  /** Command. */
  command: 'parse' | 'validate' | 'render';
  /** Output format. */
  format: 'json' | 'ndjson' | 'csv' | 'text';
  /** Input format override. */
  inputFormat: 'auto' | 'text' | 'markdown' | 'html';
  /** Render target (render command). */
  to: RenderFormat;
  /** Message language. */
  lang: Lang;
  /** Lowest severity that makes `validate` fail. */
  failOn: 'error' | 'warning';
  /** Include info-level issues in text output. */
  verbose: boolean;
}

/** Outcome of a task. */
export interface TaskResult {
  /** Position in the batch. */
  index: number;
  /** Output to write to stdout. */
  chunk: string;
  /** Message to write to stderr. */
  note: string;
  /** `ok`; `failed` (rules failed); `not-report`; `io` (unreadable). */
  status: 'ok' | 'failed' | 'not-report' | 'io';
}

const PK = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Reads and parses any supported file. */
export async function readAndParse(file: string, inputFormat: Task['inputFormat'], lang: Lang): Promise<{ result: ParseResult; encoding: string; kind: string }> {
  const bytes = await readFile(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.docx' || startsWith(bytes, PK)) {
    const { parseDocx } = await import('../docx/index.js');
    const r = await parseDocx(bytes);
    return { result: { report: r.report, diagnostics: r.diagnostics }, encoding: 'docx', kind: 'docx' };
  }
  if (ext === '.pdf' || startsWith(bytes, PDF)) {
    const { parsePdf } = await import('../pdf/index.js');
    const r = await parsePdf(bytes).catch((e: Error) => {
      throw new Error(/pdfjs-dist/.test(e.message) ? t('pdfMissing', lang) : e.message);
    });
    return { result: { report: r.report, diagnostics: r.diagnostics }, encoding: 'pdf', kind: 'pdf' };
  }
  const { text, encoding } = decodeText(bytes);
  const format = inputFormat === 'auto' ? formatForFile(file) : inputFormat;
  return { result: parseReport(text, { format }), encoding, kind: format };
}

/** Runs one task. Never throws: I/O problems become an `io` result. */
export async function runTask(task: Task): Promise<TaskResult> {
  const { index, file, lang } = task;
  let parsed;
  try {
    parsed = await readAndParse(file, task.inputFormat, lang);
  } catch (e) {
    return { index, chunk: '', note: `${file}: ${t('cannotRead', lang)}: ${(e as Error).message}\n`, status: 'io' };
  }
  const { result, encoding, kind } = parsed;
  const report = result.report;
  const msg = (d: { message: string; messageEn: string }): string => (lang === 'en' ? d.messageEn : d.message);
  if (task.command === 'render') {
    if (!report) return { index, chunk: '', note: `${file}: ${notReport(result, lang)}\n`, status: 'not-report' };
    return { index, chunk: renderReport(report, { to: task.to }), note: '', status: 'ok' };
  }
  if (task.command === 'parse') {
    const status = report ? 'ok' : 'not-report';
    const note = summary(file, encoding, kind, result, lang);
    if (task.format === 'csv') {
      if (!report) return { index, chunk: '', note, status };
      const lines = toRows(report).map((r) =>
        [file, r.agency ?? '', r.year ?? '', r.table, r.address, r.rowLabel, r.columnLabel, r.value ?? '', r.status].map(csv).join(','),
      );
      return { index, chunk: lines.length > 0 ? `${lines.join('\n')}\n` : '', note, status };
    }
    const payload = { file, encoding, report, diagnostics: result.diagnostics.map((d) => ({ ...d, message: msg(d) })) };
    const json = task.format === 'json' ? JSON.stringify(payload, null, 2) : JSON.stringify(payload);
    return { index, chunk: `${json}\n`, note, status };
  }
  // validate
  if (!report) {
    const chunk = task.format === 'text' ? '' : `${JSON.stringify({ file, encoding, ok: false, notReport: true, diagnostics: result.diagnostics })}\n`;
    return { index, chunk, note: `${file}: ${notReport(result, lang)}\n`, status: 'not-report' };
  }
  const v = validateReport(report, { diagnostics: result.diagnostics });
  const failing = v.issues.filter((i) => i.status === 'fail' && (task.failOn === 'warning' ? i.severity !== 'info' : i.severity === 'error'));
  const status = failing.length > 0 ? 'failed' : 'ok';
  if (task.format !== 'text') {
    const payload = { file, encoding, ok: status === 'ok', verdict: v.status, coverage: v.coverage, issues: v.issues.map((i) => ({ ...i, message: msg(i) })), checks: v.checks.length };
    return { index, chunk: `${task.format === 'json' ? JSON.stringify(payload, null, 2) : JSON.stringify(payload)}\n`, note: '', status };
  }
  const shown = v.issues.filter((i) => task.verbose || i.severity !== 'info');
  const head = `${file}  ${report.meta.agency ?? t('unknownAgency', lang)} ${report.meta.year ?? t('unknownYear', lang)}  (${encoding})`;
  const counts = `  ${v.checks.length} ${t('checks', lang)}, ${v.checks.filter((c) => c.status === 'fail').length} ${t('failed', lang)}, ${v.checks.filter((c) => c.status === 'uncertain').length} ${t('uncertain', lang)}`;
  const lines = shown.map((i) => issueLine(i, lang));
  const hiddenFailures = v.issues.some((i) => i.status === 'fail');
  const body = lines.length > 0 ? lines.join('\n') : `  ✓ ${t(hiddenFailures ? 'onlyInfo' : 'allPass', lang)}`;
  const parseNotes = codesLine(result.diagnostics, t('parseWarnings', lang)).map((l) => `${l}\n`).join('');
  return { index, chunk: `${head}\n${counts}\n${parseNotes}${body}\n\n`, note: '', status };
}

function issueLine(i: ValidationIssue, lang: Lang): string {
  const where = i.locations[0] ? ` @${t('line', lang)} ${i.locations[0].line}` : '';
  const tag = i.status === 'uncertain' ? '?' : i.severity;
  return `  [${tag}] ${i.rule} ${lang === 'en' ? i.messageEn : i.message}${where}`;
}

function notReport(r: ParseResult, lang: Lang): string {
  const e = r.diagnostics.find((d) => d.severity === 'error');
  return e ? (lang === 'en' ? e.messageEn : e.message) : t('notReport', lang);
}

function summary(file: string, encoding: string, kind: string, r: ParseResult, lang: Lang): string {
  const count = (sev: string): number => r.diagnostics.filter((d) => d.severity === sev).length;
  const diag = `${t('diagnostics', lang)}: ${count('error')} error, ${count('warning')} warning, ${count('info')} info`;
  if (!r.report) return `${file} (${encoding}): ${notReport(r, lang)}\n  ${diag}\n`;
  const m = r.report.meta;
  const cells = listCells(r.report);
  const by = (s: string): number => cells.filter((c) => c.status === s).length;
  return [
    `${file} (${encoding}, ${kind})`,
    `  ${m.agency ?? t('unknownAgency', lang)} ${m.year ?? t('unknownYear', lang)}  ${m.title ?? ''}`,
    `  ${t('template', lang)}: 表二 ${r.report.templateVersions.table2 ?? '-'} / 表三 ${r.report.templateVersions.table3 ?? '-'}`,
    `  ${t('cells', lang)}: ${by('value')} value, ${by('blank')} blank, ${by('missing')} missing, ${by('ambiguous')} ambiguous`,
    `  ${t('sections', lang)}: ${r.report.sections.map((s) => s.marker + (s.key ?? '?')).join(' ')}`,
    `  ${diag}`,
    ...codesLine(r.diagnostics, t('warningCodes', lang)),
    '',
  ].join('\n');
}

/** `  label: code ×n, …` for the warnings and errors of a parse (none: no line), so repairs that state cells are seen. */
function codesLine(diagnostics: ParseResult['diagnostics'], label: string): string[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity !== 'info') counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts.size === 0 ? [] : [`  ${label}: ${[...counts].map(([c, n]) => `${c} ×${n}`).join(', ')}`];
}

/** A CSV field (RFC 4180). */
export function csv(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV header of `parse --format csv`. */
export const CSV_HEADER = 'file,agency,year,table,address,row_label,column_label,value,status\n';
