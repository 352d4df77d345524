/** `zfxxgk render`: one report printed in the national template. */
import { renderReport, type RenderFormat } from '../../render/render-report.js';
import { countCells, errorNote, notReportMessage, fileLabel } from './shared.js';
import type { CommandSpec } from './types.js';

export const renderCommand: CommandSpec = {
  name: 'render',
  synopsis: {
    zh: 'zfxxgk render [FILE|-]           按国家模板输出报告（章节与统计表）',
    en: 'zfxxgk render [FILE|-]           print a report in the national template (sections and tables)',
  },
  help: {
    zh: `用法: zfxxgk render [FILE|-] [--to markdown|html|text]

按国家模板输出一份报告（章节与三张统计表）。只接受一个文件（不接受文件夹）；不给文件或写 - 时读取标准输入。
选项:
  --to markdown|html|text   输出格式（默认 markdown）
  --input-format F, --lang zh|en

示例:
  zfxxgk render report.txt --to markdown > report.md
`,
    en: `Usage: zfxxgk render [FILE|-] [--to markdown|html|text]

Prints one report in the national template (sections and the three tables). Takes one file (not a
folder); with no file, or -, standard input is read.
Options:
  --to markdown|html|text   output (default markdown)
  --input-format F, --lang zh|en

Example:
  zfxxgk render report.txt --to markdown > report.md
`,
  },
  options: { to: { type: 'string', values: ['markdown', 'html', 'text'] } },
  formats: ['text'],
  singleFile: true,
  run(outcome, task) {
    if (!outcome.ok) return { chunk: '', note: errorNote(task.file, outcome.error), status: 'error' };
    const report = outcome.result.report;
    if (!report)
      return { chunk: '', note: `${fileLabel(task)}: ${notReportMessage(outcome.result.diagnostics, task.lang)}\n`, status: 'not-report' };
    const to = (typeof task.values.to === 'string' ? task.values.to : 'markdown') as RenderFormat;
    return { chunk: renderReport(report, { to }), note: '', status: 'ok', cells: countCells(report) };
  },
};
