/**
 * `zfxxgk compare A B`: last year's report of an agency against this year's, printed readably
 * (zh / en), as Markdown or HTML, or as JSON.
 *
 * Exit codes: 0 compared, the cross-year relations hold or cannot be decided; 1 a relation fails,
 * or a file is no report; 2 usage or I/O error.
 */
import { compareReports } from '../../compare/compare-reports.js';
import { renderComparison } from '../../compare/render-comparison.js';
import type { Report } from '../../model/report.js';
import type { Lang } from '../i18n.js';
import { readAndParse } from '../process.js';
import { parseOwnArgs } from './own-args.js';

/** Help of the command. */
export const COMPARE_HELP: Record<Lang, string> = {
  zh: `用法: zfxxgk compare 上年报告 本年报告 [选项]

对比同一机关相邻两年的报告：各单元格的变化（绝对值和幅度，两年均为 0 或空白的不计）、
跨年度关系（本年“上年结转”等于上年“结转下年度”；表二现行有效件数的存量关系）、
模板版本的变化，以及正文与上年重复的比例和重复段落。
两份报告的年度都已知时按年度排先后。

选项:
  --format text|markdown|html|json   输出格式（默认可读文本）
  --input-format F                   输入格式 auto|text|markdown|html
  --lang zh|en

示例:
  zfxxgk compare 2022.html 2023.html
  zfxxgk compare 2022.pdf 2023.pdf --format json > diff.json
`,
  en: `Usage: zfxxgk compare PREVIOUS CURRENT [options]

Compares two consecutive reports of one agency: every cell's change (absolute and relative; cells
zero or blank in both years left out), the cross-year relations (this year's 上年结转 equals last
year's 结转下年度; the stock of currently valid documents in table 二), changes of template
version, and how much of the text repeats last year's, with the repeated passages.
When both years are known the reports are taken in year order.

Options:
  --format text|markdown|html|json   output (default readable text)
  --input-format F                   input format auto|text|markdown|html
  --lang zh|en

Examples:
  zfxxgk compare 2022.html 2023.html
  zfxxgk compare 2022.pdf 2023.pdf --format json > diff.json
`,
};

const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Runs `zfxxgk compare` with the arguments after the command name; resolves to the exit code. */
export async function runCompare(argv: string[]): Promise<number> {
  const args = parseOwnArgs(argv, 'compare', COMPARE_HELP, { format: { type: 'string' } });
  if (typeof args === 'number') return args;
  const { values, positionals, lang, inputFormat, limits, usage } = args;
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) return usage(`--format must be one of ${FORMATS.join(', ')}`);
  if (positionals.length !== 2)
    return usage(lang === 'en' ? 'give exactly two files: last year’s report and this year’s' : '需要两个文件：上年报告和本年报告');
  const reports: { file: string; report: Report }[] = [];
  for (const file of positionals) {
    let parsed;
    try {
      parsed = await readAndParse(file, inputFormat, lang, limits);
    } catch (e) {
      process.stderr.write(`zfxxgk compare: ${file}: ${lang === 'en' ? 'cannot read' : '无法读取'}: ${(e as Error).message}\n`);
      return 2;
    }
    const report = parsed.result.report;
    if (!report) {
      const d = parsed.result.diagnostics.find((x) => x.severity === 'error');
      process.stderr.write(
        `zfxxgk compare: ${file}: ${d ? (lang === 'en' ? d.messageEn : d.message) : lang === 'en' ? 'not a report' : '不是年度报告'}\n`,
      );
      return 1;
    }
    reports.push({ file, report });
  }
  let [a, b] = reports as [{ file: string; report: Report }, { file: string; report: Report }];
  if (a.report.meta.year !== null && b.report.meta.year !== null && a.report.meta.year > b.report.meta.year) {
    [a, b] = [b, a];
    process.stderr.write(
      lang === 'en'
        ? `zfxxgk compare: taken in year order: ${a.file} (${a.report.meta.year}) first\n`
        : `zfxxgk compare: 已按年度排序：先 ${a.file}（${a.report.meta.year}）\n`,
    );
  }
  const comparison = compareReports(a.report, b.report);
  if (format === 'json') process.stdout.write(`${JSON.stringify({ previousFile: a.file, currentFile: b.file, ...comparison }, null, 2)}\n`);
  else process.stdout.write(renderComparison(comparison, { to: format, lang }));
  return comparison.relations.some((r) => r.status === 'fail') ? 1 : 0;
}
