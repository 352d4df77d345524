/** `zfxxgk parse`: reports as JSON (one input), NDJSON (several) or tidy CSV; one record per input, failures included. */
import { CSV_HEADER, CSV_HEADER_SPLIT, csvField, toCsv } from '../../render/to-csv.js';
import { splitOf } from '../limits.js';
import { t } from '../i18n.js';
import {
  cellsLine,
  codesLine,
  countCells,
  diagnosticsLine,
  errorNote,
  fileLabel,
  identity,
  multipleReportsLine,
  notReportCode,
  notReportMessage,
  reportRecord,
  readAs,
  sectionsLine,
  templateLine,
} from './shared.js';
import type { CommandSpec, ReportPart } from './types.js';

/** A CSV row for an input (or one report of it, `--split`) without cells: the file and its code in `status`. */
function statusRow(file: string, split: boolean, part: ReportPart | undefined, code: string): string {
  const lead = split ? [file, part?.index ?? '', part?.line ?? ''] : [file];
  return `${[...lead, '', '', '', '', '', '', '', code].map(csvField).join(',')}\n`;
}

export const parseCommand: CommandSpec = {
  name: 'parse',
  synopsis: {
    zh: 'zfxxgk parse [FILES…|DIR|-]     解析报告（JSON / NDJSON / CSV）',
    en: 'zfxxgk parse [FILES…|DIR|-]     parse reports (JSON / NDJSON / CSV)',
  },
  help: {
    zh: `用法: zfxxgk parse [FILES…|DIR|-] [选项]

参数可以是文件、目录（递归读取）或通配符（"reports/**/*.html"）；不给文件或写 - 时读取标准输入。
每个输入一条记录：无法读取的文件也有一条（含 error.code），CSV 中每个文件至少一行。
选项:
  --format json|ndjson|csv   输出格式（默认：单个文件为 JSON，多个文件为 NDJSON）
  --bom                      CSV 前加 UTF-8 BOM（方便 Excel 打开）
  --split                    输入含多份报告时逐份输出：JSON 为数组，NDJSON 每份一行，记录含 part
                             （序号 index、份数 count、起始行 line）；CSV 在 file 后增加 report、report_line 两列
  --input-format F           输入格式 auto|text|markdown|html（默认按内容和扩展名）
  --jobs N                   并行线程数（默认按文件数和 CPU 自动选择）
  --quiet                    标准错误输出上什么都不写（看退出码）
  --lang zh|en               提示语言

示例:
  zfxxgk parse report.html > report.json
  cat report.txt | zfxxgk parse > report.json
  zfxxgk parse reports/ > all.ndjson
  zfxxgk parse "reports/**/*.txt" --format csv --bom > cells.csv
`,
    en: `Usage: zfxxgk parse [FILES…|DIR|-] [options]

Arguments are files, directories (read recursively) or glob patterns ("reports/**/*.html"); with no
file, or -, standard input is read. One record per input: a file that cannot be read gets one too
(with error.code), and at least one CSV row.
Options:
  --format json|ndjson|csv   output (default: JSON for one file, NDJSON for several)
  --bom                      start CSV with a UTF-8 BOM (for Excel)
  --split                    a record per report of an input holding several: JSON is an array, NDJSON a
                             line each, records carry part (index, count, start line); CSV gains the
                             columns report, report_line after file
  --input-format F           input format auto|text|markdown|html (default: by content and extension)
  --jobs N                   worker threads (default: chosen from the number of files and CPUs)
  --quiet                    write nothing to standard error (see the exit code)
  --lang zh|en               message language

Examples:
  zfxxgk parse report.html > report.json
  cat report.txt | zfxxgk parse > report.json
  zfxxgk parse reports/ > all.ndjson
  zfxxgk parse "reports/**/*.txt" --format csv --bom > cells.csv
`,
  },
  options: { bom: { type: 'boolean' } },
  formats: ['json', 'ndjson', 'csv'],
  defaultFormat: (inputs) => (inputs > 1 ? 'ndjson' : 'json'),
  preamble: (format, values) =>
    format === 'csv' ? (values.bom === true ? '\ufeff' : '') + (splitOf(values) ? CSV_HEADER_SPLIT : CSV_HEADER) : '',
  run(outcome, task) {
    const { file, lang, format } = task;
    const split = splitOf(task.values);
    const name = fileLabel(task);
    const json = (payload: unknown): string => `${format === 'json' ? JSON.stringify(payload, null, 2) : JSON.stringify(payload)}\n`;
    if (!outcome.ok) {
      const chunk = format === 'csv' ? statusRow(file, split, undefined, outcome.error.code) : json({ file, error: outcome.error });
      return { chunk, note: errorNote(file, outcome.error), status: 'error' };
    }
    const result = outcome.result;
    const report = result.report;
    if (!report) {
      const note = `${name} (${readAs(result)}): ${notReportMessage(result.diagnostics, lang)}\n`;
      const chunk =
        format === 'csv' ? statusRow(file, split, task.part, notReportCode(result.diagnostics)) : json(reportRecord(task, result));
      return { chunk, note, status: 'not-report' };
    }
    const cells = countCells(report);
    const note = [
      `${name} (${readAs(result)})`,
      `  ${identity(report, lang)}  ${report.meta.title ?? ''}`.trimEnd(),
      `  ${templateLine(report, lang)}`,
      `  ${t('cells', lang)}: ${cellsLine(cells, lang)}`,
      `  ${sectionsLine(report, lang)}`,
      `  ${diagnosticsLine(result.diagnostics, lang)}`,
      ...codesLine(result.diagnostics, t('warningCodes', lang)),
      ...multipleReportsLine(result.diagnostics, lang),
      '',
    ].join('\n');
    if (format === 'csv') {
      const chunk = toCsv(report, { file, header: false, ...(task.part ? { part: task.part } : {}) });
      return { chunk, note, status: 'ok', cells };
    }
    return { chunk: json(reportRecord(task, result)), note, status: 'ok', cells };
  },
};
