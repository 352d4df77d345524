/**
 * Every word the CLI prints itself, in zh-CN (default) and English (`--lang en`). Messages from the
 * library (diagnostics, rule issues) come with both languages already; the CLI picks one.
 */
export type Lang = 'zh' | 'en';

/** A message in both languages. */
export type Bilingual = Readonly<Record<Lang, string>>;

/** Fixed words and phrases. */
export const WORDS = {
  unknownAgency: { zh: '（机关未知）', en: '(agency unknown)' },
  unknownYear: { zh: '（年度未知）', en: '(year unknown)' },
  yearSuffix: { zh: '年度', en: '' },
  template: { zh: '模板', en: 'template' },
  cells: { zh: '单元格', en: 'cells' },
  sections: { zh: '章节', en: 'sections' },
  diagnostics: { zh: '诊断', en: 'diagnostics' },
  warningCodes: { zh: '警告与错误', en: 'warnings and errors' },
  parseWarnings: {
    zh: '解析警告（已修复或存疑的单元格，详见 parse 输出）',
    en: 'parse warnings (cells repaired or flagged; see parse output)',
  },
  notReport: { zh: '不是现行格式的年度报告', en: 'not a report of the current templates' },
  cannotRead: { zh: '无法读取', en: 'cannot read' },
  allPass: { zh: '全部规则通过', en: 'all rules pass' },
  onlyInfo: {
    zh: '无错误或警告；未通过的仅为提示项（--verbose 显示）',
    en: 'no errors or warnings; only informational checks failed (--verbose shows them)',
  },
  checks: { zh: '项检查', en: 'checks' },
  failed: { zh: '未通过', en: 'failed' },
  uncertain: { zh: '无法判断', en: 'uncertain' },
  line: { zh: '行', en: 'line' },
  page: { zh: '页', en: 'page' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  statusValue: { zh: '有值', en: 'value' },
  statusBlank: { zh: '空白', en: 'blank' },
  statusMissing: { zh: '缺失', en: 'missing' },
  statusAmbiguous: { zh: '存疑', en: 'ambiguous' },
  verdict: { zh: '校验', en: 'validation' },
  verdictPass: { zh: '通过', en: 'passed' },
  verdictFail: { zh: '未通过', en: 'failed' },
  verdictIncomplete: { zh: '不完整（有统计表缺失或未能读取）', en: 'incomplete (a table is absent or could not be read)' },
  legend: {
    zh: '? 缺失  ~ 存疑（有多个可能取值）  空白格保持空白',
    en: '? missing  ~ ambiguous (several possible values)  blank cells stay blank',
  },
  jsonHint: {
    zh: '完整数据（含每个单元格的原文位置）: 加 --json，或 zfxxgk parse 文件 > report.json',
    en: 'full data (every cell with its source location): add --json, or zfxxgk parse FILE > report.json',
  },
  stdin: { zh: '（标准输入）', en: '(stdin)' },
  totals: { zh: '合计', en: 'total' },
  totalFiles: { zh: '个文件', en: 'files' },
  totalReports: { zh: '份报告', en: 'reports' },
  totalNotReports: { zh: '份非报告', en: 'not reports' },
  totalFailedValidation: { zh: '份校验未通过', en: 'failed validation' },
  totalUnreadable: { zh: '个无法读取', en: 'unreadable' },
  seconds: { zh: '秒', en: 's' },
  internalError: { zh: '内部错误（请报告此问题）', en: 'internal error (please report it)' },
} as const satisfies Record<string, Bilingual>;

/** A word in a language. */
export function t(key: keyof typeof WORDS, lang: Lang): string {
  return WORDS[key][lang];
}

/** Most worker threads `--jobs` may ask for (a bound on threads and memory, far above the cores of any machine it runs on). */
export const MAX_JOBS = 64;

/** Usage errors: one line each, in the chosen language. */
export const USAGE = {
  unknownCommand: (c: string): Bilingual => ({ zh: `未知命令：${c}`, en: `unknown command: ${c}` }),
  unknownOption: (o: string): Bilingual => ({ zh: `未知选项：${o}`, en: `unknown option: ${o}` }),
  optionNeedsValue: (o: string): Bilingual => ({ zh: `选项 ${o} 需要一个值`, en: `option ${o} needs a value` }),
  badValue: (o: string, allowed: readonly string[]): Bilingual => ({
    zh: `${o} 只能是 ${allowed.join('、')}`,
    en: `${o} must be one of ${allowed.join(', ')}`,
  }),
  badJobs: { zh: `--jobs 须为 1 到 ${MAX_JOBS} 的整数`, en: `--jobs must be a whole number from 1 to ${MAX_JOBS}` },
  badLang: { zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' },
  oneFile: (c: string): Bilingual => ({ zh: `${c} 只接受一个文件`, en: `${c} takes exactly one file` }),
  noDirectory: (c: string, d: string): Bilingual => ({ zh: `${c} 只接受文件，${d} 是文件夹`, en: `${c} takes a file; ${d} is a folder` }),
  stdinIsTerminal: (c: string): Bilingual => ({
    zh: `${c}：没有给出文件（要从标准输入读取，请用管道传入内容或写 -）`,
    en: `${c}: no file given (to read standard input, pipe the text in or write -)`,
  }),
} as const;

/** Why a file could not be read: the `error.code` of batch records, with a one-line message. */
export type FileErrorCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'is-directory'
  | 'no-files'
  | 'needs-mammoth'
  | 'needs-pdfjs'
  | 'docx-unreadable'
  | 'pdf-unreadable'
  | 'read-failed';

/** The message of each file error code. */
export const FILE_ERRORS: Record<FileErrorCode, Bilingual> = {
  'file-not-found': { zh: '文件不存在或没有匹配的文件', en: 'no such file, or nothing matches' },
  'file-unreadable': { zh: '无法读取文件（权限或读写错误）', en: 'the file cannot be read (permissions or I/O error)' },
  'is-directory': { zh: '这是文件夹', en: 'this is a folder' },
  'no-files': {
    zh: '没有可读取的报告文件（.txt .md .html .htm .docx .pdf）',
    en: 'no report files in it (.txt .md .html .htm .docx .pdf)',
  },
  'needs-mammoth': {
    zh: '读取 .docx 需要可选依赖 mammoth（npm install mammoth）',
    en: '.docx input needs the optional package mammoth (npm install mammoth)',
  },
  'needs-pdfjs': {
    zh: '读取 PDF 需要可选依赖 pdfjs-dist（npm install pdfjs-dist）',
    en: 'PDF input needs the optional package pdfjs-dist (npm install pdfjs-dist)',
  },
  'docx-unreadable': { zh: 'Word 文件已损坏或不是 .docx', en: 'the Word file is damaged or not a .docx' },
  'pdf-unreadable': { zh: 'PDF 文件已损坏、加密或无法打开', en: 'the PDF is damaged, encrypted or cannot be opened' },
  'read-failed': { zh: '无法读取', en: 'cannot read' },
};

/** Picks a message's language. */
export function say(m: Bilingual, lang: Lang): string {
  return m[lang];
}
