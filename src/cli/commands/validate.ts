/** `zfxxgk validate`: the checks of every rule, as readable text or JSON; one record per input in JSON. */
import { validateReport } from '../../validate/validate-report.js';
import { t } from '../i18n.js';
import {
  codesLine,
  countCells,
  errorNote,
  identity,
  issueLine,
  notReportMessage,
  pick,
  readAs,
  fileLabel,
  partField,
  multipleReportsLine,
} from './shared.js';
import type { CommandSpec } from './types.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  synopsis: {
    zh: 'zfxxgk validate [FILES…|DIR|-]  校验勾稽关系、结构和正文数字',
    en: "zfxxgk validate [FILES…|DIR|-]  check the tables' arithmetic, structure and the numbers in the text",
  },
  help: {
    zh: `用法: zfxxgk validate [FILES…|DIR|-] [选项]

不给文件或写 - 时读取标准输入。PDF 来源的问题给出页码和位置，其他来源给出行号。
选项:
  --format text|json|ndjson  输出格式（默认可读文本）
  --fail-on error|warning    哪一级问题视为未通过（默认 error）
  --verbose                  也列出提示级问题
  --input-format F, --jobs N, --quiet, --lang zh|en

示例:
  zfxxgk validate report.txt
  zfxxgk validate reports/ --fail-on warning --format ndjson > issues.ndjson
`,
    en: `Usage: zfxxgk validate [FILES…|DIR|-] [options]

With no file, or -, standard input is read. Findings in PDF sources give the page and position,
others the line.
Options:
  --format text|json|ndjson  output (default readable text)
  --fail-on error|warning    which severity fails (default error)
  --verbose                  list info-level issues too
  --input-format F, --jobs N, --quiet, --lang zh|en

Examples:
  zfxxgk validate report.txt
  zfxxgk validate reports/ --fail-on warning --format ndjson > issues.ndjson
`,
  },
  options: { 'fail-on': { type: 'string', values: ['error', 'warning'] }, verbose: { type: 'boolean' } },
  formats: ['text', 'json', 'ndjson'],
  run(outcome, task) {
    const { file, lang, format } = task;
    const name = fileLabel(task);
    const json = (payload: unknown): string => `${format === 'json' ? JSON.stringify(payload, null, 2) : JSON.stringify(payload)}\n`;
    if (!outcome.ok) {
      return {
        chunk: format === 'text' ? '' : json({ file, ok: false, error: outcome.error }),
        note: errorNote(file, outcome.error),
        status: 'error',
      };
    }
    const result = outcome.result;
    const report = result.report;
    if (!report) {
      const chunk =
        format === 'text'
          ? ''
          : json({
              file,
              ...partField(task.part),
              kind: result.kind,
              encoding: result.encoding,
              ok: false,
              notReport: true,
              diagnostics: result.diagnostics.map((d) => ({ ...d, message: pick(d, lang) })),
            });
      return { chunk, note: `${name}: ${notReportMessage(result.diagnostics, lang)}\n`, status: 'not-report' };
    }
    const v = validateReport(report, { diagnostics: result.diagnostics });
    const failOn = task.values['fail-on'] === 'warning' ? 'warning' : 'error';
    const failing = v.issues.filter((i) => i.status === 'fail' && (failOn === 'warning' ? i.severity !== 'info' : i.severity === 'error'));
    const status = failing.length > 0 ? 'failed' : 'ok';
    const cells = countCells(report);
    if (format !== 'text') {
      const payload = {
        file,
        ...partField(task.part),
        kind: result.kind,
        encoding: result.encoding,
        ok: status === 'ok',
        verdict: v.status,
        coverage: v.coverage,
        issues: v.issues.map((i) => ({ ...i, message: pick(i, lang) })),
        checks: v.checks.length,
      };
      return { chunk: json(payload), note: '', status, cells };
    }
    const shown = v.issues.filter((i) => task.values.verbose === true || i.severity !== 'info');
    const head = `${name}  ${identity(report, lang)}  (${readAs(result)})`;
    const counts = `  ${v.checks.length} ${t('checks', lang)}, ${v.checks.filter((c) => c.status === 'fail').length} ${t('failed', lang)}, ${v.checks.filter((c) => c.status === 'uncertain').length} ${t('uncertain', lang)}`;
    const lines = shown.map((i) => issueLine(i, lang));
    const hiddenFailures = v.issues.some((i) => i.status === 'fail');
    const body = lines.length > 0 ? lines.join('\n') : `  ✓ ${t(hiddenFailures ? 'onlyInfo' : 'allPass', lang)}`;
    const parseNotes = [...codesLine(result.diagnostics, t('parseWarnings', lang)), ...multipleReportsLine(result.diagnostics, lang)]
      .map((l) => `${l}\n`)
      .join('');
    return { chunk: `${head}\n${counts}\n${parseNotes}${body}\n\n`, note: '', status, cells };
  },
};
