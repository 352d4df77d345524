/** The few words the CLI prints itself, in zh-CN (default) and English (`--lang en`). */
export type Lang = 'zh' | 'en';

const WORDS = {
  unknownAgency: { zh: '（机关未知）', en: '(agency unknown)' },
  unknownYear: { zh: '（年度未知）', en: '(year unknown)' },
  template: { zh: '模板', en: 'template' },
  cells: { zh: '单元格', en: 'cells' },
  sections: { zh: '章节', en: 'sections' },
  diagnostics: { zh: '诊断', en: 'diagnostics' },
  warningCodes: { zh: '警告与错误', en: 'warnings and errors' },
  parseWarnings: { zh: '解析警告（已修复或存疑的单元格，详见 parse 输出）', en: 'parse warnings (cells repaired or flagged; see parse output)' },
  notReport: { zh: '不是现行格式的年度报告', en: 'not a report of the current templates' },
  cannotRead: { zh: '无法读取', en: 'cannot read' },
  allPass: { zh: '全部规则通过', en: 'all rules pass' },
  onlyInfo: { zh: '无错误或警告；未通过的仅为提示项（--verbose 显示）', en: 'no errors or warnings; only informational checks failed (--verbose shows them)' },
  checks: { zh: '项检查', en: 'checks' },
  failed: { zh: '未通过', en: 'failed' },
  uncertain: { zh: '无法判断', en: 'uncertain' },
  files: { zh: '个文件', en: 'files' },
  line: { zh: '行', en: 'line' },
  pdfMissing: { zh: 'PDF 需要可选依赖 pdfjs-dist（npm install pdfjs-dist）', en: 'PDF input needs the optional package pdfjs-dist (npm install pdfjs-dist)' },
} as const;

/** A word in a language. */
export function t(key: keyof typeof WORDS, lang: Lang): string {
  return WORDS[key][lang];
}
