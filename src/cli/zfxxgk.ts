/**
 * The `zfxxgk` command. `zfxxgk parse FILE` prints the parsed report as JSON on stdout and a
 * short summary on stderr.
 *
 * Exit codes: 0 parsed; 1 the file is not a report of the 2019/2021 templates; 2 usage or I/O error.
 */
import { parseArgs } from 'node:util';
import { listCells } from '../parse/list-cells.js';
import { parseFile, type FileParseResult } from '../node/index.js';

const HELP = `zfxxgk — 政府信息公开工作年度报告解析工具 / parser for government information disclosure annual reports

用法 Usage:
  zfxxgk parse FILE [--format auto|text|markdown|html] [--compact]
  zfxxgk --help | --version

命令 Commands:
  parse FILE   解析报告，在标准输出打印 JSON，在标准错误输出打印摘要
               Parse a report; print it as JSON on stdout and a summary on stderr.

选项 Options:
  --format F   输入格式（默认按扩展名或内容判断） Input format (default: from extension or content)
  --compact    输出单行 JSON  Print JSON on one line
  -h, --help   显示帮助  Show this help
  -v, --version

示例 Examples:
  zfxxgk parse examples/sample-report-2023.md > report.json
  zfxxgk parse report.txt --format text

退出码 Exit codes: 0 已解析 parsed · 1 不是现行格式的年度报告 not a report · 2 用法或读写错误 usage or I/O error
`;

const VERSION = '0.1.0';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        compact: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    process.stderr.write(`zfxxgk: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (command !== 'parse' || !file || extra.length > 0) {
    process.stderr.write(`zfxxgk: ${command ? `unknown command or arguments: ${positionals.join(' ')}` : 'missing command'}\n\n${HELP}`);
    return 2;
  }
  const format = values.format ?? 'auto';
  if (!['auto', 'text', 'markdown', 'html'].includes(format)) {
    process.stderr.write(`zfxxgk: --format must be auto, text, markdown or html\n`);
    return 2;
  }
  let result: FileParseResult;
  try {
    result = await parseFile(file, { format: format as 'auto' });
  } catch (e) {
    process.stderr.write(`zfxxgk: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  process.stdout.write(JSON.stringify(result.report === null ? result : { report: result.report, diagnostics: result.diagnostics }, null, values.compact ? 0 : 2) + '\n');
  process.stderr.write(summary(result));
  return result.report === null ? 1 : 0;
}

function summary(r: FileParseResult): string {
  const count = (sev: string): number => r.diagnostics.filter((d) => d.severity === sev).length;
  const diag = `诊断 diagnostics: ${count('error')} error, ${count('warning')} warning, ${count('info')} info`;
  if (!r.report) {
    const first = r.diagnostics.find((d) => d.severity === 'error');
    return `${r.file}: ${first ? first.message : '不是年度报告'}\n${diag}\n`;
  }
  const m = r.report.meta;
  const cells = listCells(r.report);
  const by = (s: string): number => cells.filter((c) => c.status === s).length;
  return [
    `${r.file} (${r.encoding}, ${r.report.source.format})`,
    `  ${m.agency ?? '（机关未知）'} ${m.year ?? '（年度未知）'}  ${m.title ?? ''}`,
    `  模板 template: 表二 ${r.report.templateVersions.table2 ?? '-'} / 表三 ${r.report.templateVersions.table3 ?? '-'}`,
    `  单元格 cells: ${by('value')} value, ${by('blank')} blank, ${by('missing')} missing, ${by('ambiguous')} ambiguous`,
    `  章节 sections: ${r.report.sections.map((s) => s.marker + (s.key ?? '?')).join(' ')}`,
    `  ${diag}`,
    '',
  ].join('\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`zfxxgk: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
