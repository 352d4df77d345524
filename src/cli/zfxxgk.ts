/**
 * The `zfxxgk` command: parse, validate and render reports, one file or a folder of thousands.
 *
 * Output streams file by file in input order (memory stays flat); a file that fails is reported
 * on stderr and the batch goes on; `--jobs N` spreads files over worker threads; a progress bar
 * shows on a terminal and stays quiet when piped.
 *
 * Exit codes: 0 all good; 1 some file is not a report or fails validation; 2 usage or I/O error.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { ownCommand } from './commands/index.js';
import { expandArgs } from './files.js';
import type { Lang } from './i18n.js';
import { CSV_HEADER, runTask, type Task, type TaskResult } from './process.js';

const VERSION = '0.1.0';

const HELP: Record<string, Record<Lang, string>> = {
  main: {
    zh: `zfxxgk — 政府信息公开工作年度报告解析与校验

用法:
  zfxxgk parse FILES…|DIR      解析报告（JSON / NDJSON / CSV）
  zfxxgk validate FILES…|DIR   校验勾稽关系、结构和正文数字
  zfxxgk render FILE           按标准模板输出统计表
  zfxxgk compare A B           对比同一机关相邻两年的报告
  zfxxgk review DIR --out OUT  审查一批报告，生成 HTML 概览
  zfxxgk COMMAND --help        各命令的帮助

通用选项:
  --lang zh|en   提示语言（默认中文）
  -v, --version  版本

支持 .txt .md .html .htm .docx .pdf；文本编码自动识别（UTF-8、UTF-16、GB18030/GBK）。
退出码: 0 正常 · 1 有文件不是年度报告或校验未通过 · 2 用法或读写错误
`,
    en: `zfxxgk — parse and validate government information disclosure annual reports

Usage:
  zfxxgk parse FILES…|DIR      parse reports (JSON / NDJSON / CSV)
  zfxxgk validate FILES…|DIR   check the tables' arithmetic, structure and the numbers in the text
  zfxxgk render FILE           print the standard tables of a report
  zfxxgk compare A B           compare two consecutive reports of one agency
  zfxxgk review DIR --out OUT  review a collection and write an HTML overview
  zfxxgk COMMAND --help        help for a command

Common options:
  --lang zh|en   message language (default Chinese)
  -v, --version  version

Reads .txt .md .html .htm .docx .pdf; detects text encodings (UTF-8, UTF-16, GB18030/GBK).
Exit codes: 0 ok · 1 a file is not a report or fails validation · 2 usage or I/O error
`,
  },
  parse: {
    zh: `用法: zfxxgk parse FILES…|DIR [选项]

参数可以是文件、目录（递归读取）或通配符（"reports/**/*.html"）。
选项:
  --format json|ndjson|csv   输出格式（默认：单个文件为 JSON，多个文件为 NDJSON）
  --bom                      CSV 前加 UTF-8 BOM（方便 Excel 打开）
  --input-format F           输入格式 auto|text|markdown|html（默认按扩展名或内容）
  --jobs N                   并行线程数（默认 1）
  --quiet                    不显示进度和摘要
  --lang zh|en

示例:
  zfxxgk parse report.html > report.json
  zfxxgk parse reports/ --jobs 2 > all.ndjson
  zfxxgk parse "reports/**/*.txt" --format csv --bom > cells.csv
`,
    en: `Usage: zfxxgk parse FILES…|DIR [options]

Arguments are files, directories (read recursively) or glob patterns ("reports/**/*.html").
Options:
  --format json|ndjson|csv   output (default: JSON for one file, NDJSON for several)
  --bom                      start CSV with a UTF-8 BOM (for Excel)
  --input-format F           input format auto|text|markdown|html (default: by extension or content)
  --jobs N                   worker threads (default 1)
  --quiet                    no progress bar and no summaries
  --lang zh|en

Examples:
  zfxxgk parse report.html > report.json
  zfxxgk parse reports/ --jobs 2 > all.ndjson
  zfxxgk parse "reports/**/*.txt" --format csv --bom > cells.csv
`,
  },
  validate: {
    zh: `用法: zfxxgk validate FILES…|DIR [选项]

选项:
  --format text|json|ndjson  输出格式（默认可读文本）
  --fail-on error|warning    哪一级问题视为未通过（默认 error）
  --verbose                  也列出提示级（info）问题
  --input-format F, --jobs N, --quiet, --lang zh|en

示例:
  zfxxgk validate report.txt
  zfxxgk validate reports/ --fail-on warning --format json > issues.ndjson
`,
    en: `Usage: zfxxgk validate FILES…|DIR [options]

Options:
  --format text|json|ndjson  output (default readable text)
  --fail-on error|warning    which severity fails (default error)
  --verbose                  list info-level issues too
  --input-format F, --jobs N, --quiet, --lang zh|en

Examples:
  zfxxgk validate report.txt
  zfxxgk validate reports/ --fail-on warning --format json > issues.ndjson
`,
  },
  render: {
    zh: `用法: zfxxgk render FILE --to markdown|html|text

按国家模板输出报告（章节与三张统计表）。
示例:
  zfxxgk render report.txt --to markdown > report.md
`,
    en: `Usage: zfxxgk render FILE --to markdown|html|text

Prints the report in the national template (sections and the three tables).
Example:
  zfxxgk render report.txt --to markdown > report.md
`,
  },
};

interface Options {
  command: Task['command'];
  files: string[];
  format: Task['format'];
  inputFormat: Task['inputFormat'];
  to: Task['to'];
  lang: Lang;
  failOn: Task['failOn'];
  verbose: boolean;
  jobs: number;
  quiet: boolean;
  bom: boolean;
}

class UsageError extends Error {}

function parseOptions(argv: string[]): Options | { help: string } | { version: true } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'input-format': { type: 'string' },
      to: { type: 'string' },
      lang: { type: 'string' },
      'fail-on': { type: 'string' },
      verbose: { type: 'boolean' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      bom: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const lang: Lang = values.lang === 'en' ? 'en' : 'zh';
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh') throw new UsageError('--lang must be zh or en');
  if (values.version) return { version: true };
  const [command, ...files] = positionals;
  if (values.help || !command) return { help: HELP[command && HELP[command] ? command : 'main']?.[lang] ?? '' };
  if (command !== 'parse' && command !== 'validate' && command !== 'render') throw new UsageError(`unknown command: ${command}`);
  if (files.length === 0) throw new UsageError(`${command}: no file given`);
  const defaults = { parse: files.length > 1 ? 'ndjson' : 'json', validate: 'text', render: 'text' } as const;
  const format = (values.format ?? defaults[command]) as Task['format'];
  const allowed = { parse: ['json', 'ndjson', 'csv'], validate: ['text', 'json', 'ndjson'], render: ['text'] }[command];
  if (!allowed.includes(format)) throw new UsageError(`${command}: --format must be one of ${allowed.join(', ')}`);
  const inputFormat = (values['input-format'] ?? 'auto') as Task['inputFormat'];
  if (!['auto', 'text', 'markdown', 'html'].includes(inputFormat)) throw new UsageError('--input-format must be auto, text, markdown or html');
  const to = (values.to ?? 'markdown') as Task['to'];
  if (command === 'render') {
    if (!['markdown', 'html', 'text'].includes(to)) throw new UsageError('render: --to must be markdown, html or text');
    if (files.length !== 1) throw new UsageError('render: give exactly one file');
  }
  const failOn = (values['fail-on'] ?? 'error') as Task['failOn'];
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError('--fail-on must be error or warning');
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError('--jobs must be a whole number from 1 to 64');
  return { command, files, format, inputFormat, to, lang, failOn, verbose: values.verbose ?? false, jobs, quiet: values.quiet ?? false, bom: values.bom ?? false };
}

/** A progress bar on stderr, shown only on a terminal. */
class Progress {
  private readonly on: boolean;
  private done = 0;
  constructor(private readonly total: number, quiet: boolean) {
    this.on = !quiet && total > 1 && process.stderr.isTTY === true;
  }
  tick(file: string): void {
    this.done++;
    if (!this.on) return;
    const width = 24;
    const filled = Math.round((this.done / this.total) * width);
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${this.done}/${this.total} ${name}\x1b[K`);
  }
  clear(): void {
    if (this.on) process.stderr.write('\r\x1b[K');
  }
}

/** Runs tasks with at most `jobs` in flight, calling `emit` in input order. */
async function runAll(tasks: Task[], jobs: number, emit: (r: TaskResult) => void): Promise<void> {
  const pending = new Map<number, TaskResult>();
  let next = 0;
  const deliver = (r: TaskResult): void => {
    pending.set(r.index, r);
    while (pending.has(next)) {
      emit(pending.get(next) as TaskResult);
      pending.delete(next);
      next++;
    }
  };
  if (jobs <= 1 || tasks.length <= 1) {
    for (const task of tasks) deliver(await runTask(task));
    return;
  }
  const queue = tasks.slice();
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(new URL(import.meta.url), { workerData: { worker: true } }));
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const feed = (): void => {
            const task = queue.shift();
            if (!task) {
              void w.terminate().then(() => resolve());
              return;
            }
            w.postMessage(task);
          };
          w.on('message', (r: TaskResult) => {
            deliver(r);
            feed();
          });
          w.on('error', reject);
          feed();
        }),
    ),
  );
}

async function main(argv: string[]): Promise<number> {
  const own = ownCommand(argv[0]);
  if (own) return own.run(argv.slice(1));
  let opts: ReturnType<typeof parseOptions>;
  try {
    opts = parseOptions(argv);
  } catch (e) {
    process.stderr.write(`zfxxgk: ${(e as Error).message}\n\n${HELP.main?.zh ?? ''}`);
    return 2;
  }
  if ('version' in opts) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if ('help' in opts) {
    process.stdout.write(opts.help);
    return 0;
  }
  const { files, missing } = expandArgs(opts.files);
  for (const m of missing) process.stderr.write(`zfxxgk: ${m}: ${opts.lang === 'en' ? 'no such file or no match' : '文件不存在或没有匹配的文件'}\n`);
  if (files.length === 0) return 2;
  const format = opts.command === 'parse' && opts.format === 'json' && files.length > 1 ? 'ndjson' : opts.format;
  const tasks: Task[] = files.map((file, index) => ({
    index,
    file,
    command: opts.command,
    format,
    inputFormat: opts.inputFormat,
    to: opts.to,
    lang: opts.lang,
    failOn: opts.failOn,
    verbose: opts.verbose,
  }));
  if (opts.command === 'parse' && format === 'csv') process.stdout.write((opts.bom ? '\ufeff' : '') + CSV_HEADER);
  const progress = new Progress(tasks.length, opts.quiet);
  const seen = { io: missing.length > 0, failed: false, notReport: false };
  await runAll(tasks, opts.jobs, (r) => {
    progress.clear();
    if (r.chunk) process.stdout.write(r.chunk);
    if (r.note && !(opts.quiet && r.status === 'ok')) process.stderr.write(r.note);
    if (r.status === 'io') seen.io = true;
    if (r.status === 'failed') seen.failed = true;
    if (r.status === 'not-report') seen.notReport = true;
    progress.tick(files[r.index] as string);
  });
  progress.clear();
  if (seen.io) return 2;
  return seen.failed || seen.notReport ? 1 : 0;
}

if (!isMainThread && (workerData as { worker?: boolean } | null)?.worker) {
  parentPort?.on('message', (task: Task) => {
    void runTask(task).then((r) => parentPort?.postMessage(r));
  });
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`zfxxgk: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
