/**
 * Command-line arguments → a run: the command, its inputs and option values. Usage errors are
 * thrown as {@link UsageError} carrying the message in both languages and the command whose help
 * to print.
 */
import { parseArgs } from 'node:util';
import { COMMANDS, FILE_COMMANDS, findCommand } from './commands/index.js';
import type { CommandSpec, OptionSpec, OptionValues } from './commands/types.js';
import { MAX_JOBS, USAGE, WORDS, type Bilingual, type Lang } from './i18n.js';
import { LIMIT_FLAGS, limitUsageError, readingHelp } from './limits.js';

/** A usage error: one line in each language, and the command whose help follows it. */
export class UsageError extends Error {
  /** @param text - the message in both languages; @param command - the command whose help to show (main help when absent). */
  constructor(
    readonly text: Bilingual,
    readonly command?: CommandSpec,
  ) {
    super(text.en);
  }
}

/** Options every command takes. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: { type: 'string' },
  'input-format': { type: 'string', values: ['auto', 'text', 'markdown', 'html'] },
  ocr: { type: 'boolean' },
  lang: { type: 'string', values: ['zh', 'en'] },
  jobs: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  split: { type: 'boolean' },
  ...LIMIT_FLAGS,
};

/** The full help of a per-input command: its own text, then the reading options all commands take. */
export function commandHelp(command: CommandSpec, lang: Lang): string {
  return command.help[lang] + readingHelp(lang);
}

/** What the arguments ask for. */
export type Invocation =
  | { kind: 'help'; lang: Lang; command?: CommandSpec; toStderr: boolean }
  | { kind: 'version' }
  | { kind: 'run'; lang: Lang; command: CommandSpec; inputs: string[]; values: OptionValues; format: string; jobs: number | undefined };

/** The language asked for, read before anything else so that usage errors use it. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
  }
  return 'zh';
}

/** Width of the command column of the main help (the longest synopsis of a command of its own, and a space). */
const COMMAND_COLUMN_WIDTH = 33;

/** The main help: the commands and the common options. */
export function mainHelp(lang: Lang): string {
  const own = Object.entries(COMMANDS).map(([name, c]) => `  ${`zfxxgk ${name} …`.padEnd(COMMAND_COLUMN_WIDTH)}${c.summary[lang]}`);
  const list = [...FILE_COMMANDS.map((c) => `  ${c.synopsis[lang]}`), ...own].join('\n');
  return lang === 'en'
    ? `zfxxgk — parse and validate government information disclosure annual reports

Usage:
${list}
  zfxxgk COMMAND --help             help and examples for a command

Common options:
  --lang zh|en   message language (default Chinese)
  --ocr          read images (.png .jpg) and scanned PDFs by OCR (optional packages, see README)
  -v, --version  version
${readingHelp('en')}
Reads .txt .md .html .htm .docx .pdf (by content, then extension), and .png .jpg with --ocr; detects
text encodings (UTF-8, UTF-16, GB18030/GBK, Big5). With no file, or -, standard input is read.
Exit codes: 0 ok · 1 a file is not a report or fails validation · 2 usage error or a file cannot be read
`
    : `zfxxgk — 政府信息公开工作年度报告解析与校验

用法:
${list}
  zfxxgk COMMAND --help             各命令的帮助和示例

通用选项:
  --lang zh|en   提示语言（默认中文）
  --ocr          用 OCR 识别图片（.png .jpg）和扫描版 PDF（需安装可选依赖，见 README）
  -v, --version  版本
${readingHelp('zh')}
支持 .txt .md .html .htm .docx .pdf（先看内容，再看扩展名），加 --ocr 时也支持 .png .jpg；文本编码自动识别（UTF-8、UTF-16、GB18030/GBK、Big5）。
不给文件或写 - 时读取标准输入。
退出码: 0 正常 · 1 有文件不是年度报告或校验未通过 · 2 用法错误或文件无法读取
`;
}

/** Parses the arguments. @throws UsageError */
export function parseInvocation(argv: readonly string[]): Invocation {
  const lang = langOf(argv);
  const first = argv.find((a) => !a.startsWith('-'));
  if (argv.length === 0) return { kind: 'help', lang, toStderr: true };
  const command = first === undefined ? undefined : findCommand(first);
  if (first !== undefined && !command) {
    if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', lang, toStderr: false };
    throw new UsageError(USAGE.unknownCommand(first));
  }
  const specs: Record<string, OptionSpec> = { ...COMMON_OPTIONS, ...(command?.options ?? {}) };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(specs).map(([k, s]) => [k, s.short ? { type: s.type, short: s.short } : { type: s.type }]),
      ),
    });
  } catch (e) {
    throw new UsageError(argError(e as Error & { code?: string }), command);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.version) return { kind: 'version' };
  if (values.help || !command) return { kind: 'help', lang, command, toStderr: false };
  for (const [name, spec] of Object.entries(specs)) {
    const v = values[name];
    if (spec.values && typeof v === 'string' && !spec.values.includes(v)) {
      throw new UsageError(name === 'lang' ? USAGE.badLang : USAGE.badValue(`--${name}`, spec.values), command);
    }
  }
  const badLimit = limitUsageError(values);
  if (badLimit) throw new UsageError(badLimit, command);
  const inputs = parsed.positionals.slice(1);
  const format =
    typeof values.format === 'string' ? values.format : (command.defaultFormat?.(inputs.length) ?? (command.formats[0] as string));
  if (!command.formats.includes(format)) throw new UsageError(USAGE.badValue('--format', command.formats), command);
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new UsageError(USAGE.badJobs, command);
  }
  if (command.singleFile && inputs.length > 1) throw new UsageError(USAGE.oneFile(command.name), command);
  return { kind: 'run', lang, command, inputs, values, format, jobs };
}

function argError(e: Error & { code?: string }): Bilingual {
  const option = /'(-[^']*)'/.exec(e.message)?.[1] ?? '';
  const name = option.split(/[ ,]/)[0] ?? option;
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return USAGE.unknownOption(name);
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return USAGE.optionNeedsValue(name);
  return { zh: WORDS.internalError.zh, en: e.message };
}
