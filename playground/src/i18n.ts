/** The words of the page in zh-CN (default) and English. Library messages come in both already. */
export type Lang = 'zh' | 'en';

const WORDS = {
  title: { zh: '政府信息公开年度报告解析器', en: 'Government information disclosure report parser' },
  tagline: {
    zh: '粘贴或拖入一份年度报告：表格、问题和数据出处一目了然。全部在浏览器中完成，不上传任何内容。',
    en: 'Paste or drop an annual report: see its tables, its problems and where every number comes from. Everything runs in your browser; nothing is uploaded.',
  },
  switchLang: { zh: 'English', en: '中文' },
  switchLangLabel: { zh: 'Switch to English', en: '切换到中文' },
  inputHeading: { zh: '输入', en: 'Input' },
  inputLabel: { zh: '报告文本、Markdown 或 HTML', en: 'Report text, Markdown or HTML' },
  inputPlaceholder: { zh: '在此粘贴报告全文……', en: 'Paste the whole report here…' },
  parse: { zh: '解析', en: 'Parse' },
  openFile: { zh: '打开文件', en: 'Open a file' },
  example: { zh: '示例报告', en: 'Example report' },
  dropHint: {
    zh: '也可将文件拖到页面上：.txt、.md、.html、.docx、.pdf（UTF-8 或 GB18030 文本）',
    en: 'Or drop a file on the page: .txt, .md, .html, .docx, .pdf (UTF-8 or GB18030 text)',
  },
  dropHere: { zh: '松开以读取文件', en: 'Release to read the file' },
  loading: { zh: '正在读取', en: 'Reading' },
  loadingPdf: { zh: '正在加载 PDF 组件并读取', en: 'Loading the PDF reader and reading' },
  loadingDocx: { zh: '正在加载 Word 组件并读取', en: 'Loading the Word reader and reading' },
  cannotRead: { zh: '无法读取文件', en: 'Cannot read the file' },
  readFrom: { zh: '来源', en: 'Source' },
  pasted: { zh: '粘贴的文本', en: 'pasted text' },
  exampleName: { zh: '示例报告（本项目编写）', en: 'example report (written by this project)' },
  notReport: { zh: '不是现行格式（2019 或 2021 模板）的年度报告', en: 'Not a report of the current templates (2019 or 2021)' },
  summaryHeading: { zh: '概况', en: 'Summary' },
  metaHeading: { zh: '基本信息', en: 'Metadata' },
  outlineHeading: { zh: '提纲', en: 'Outline' },
  titleField: { zh: '标题', en: 'Title' },
  agency: { zh: '机关', en: 'Agency' },
  year: { zh: '年度', en: 'Year' },
  publishDate: { zh: '发布日期', en: 'Published' },
  indexNumber: { zh: '索引号', en: 'Index number' },
  documentNumber: { zh: '文号', en: 'Document number' },
  publisher: { zh: '发布机构', en: 'Publisher' },
  period: { zh: '统计期限', en: 'Period' },
  templates: { zh: '模板版本', en: 'Template versions' },
  format: { zh: '读取格式', en: 'Read as' },
  simplified: { zh: '已转换为简体', en: 'converted to simplified' },
  encoding: { zh: '编码', en: 'Encoding' },
  pages: { zh: '页数', en: 'Pages' },
  cellsCount: { zh: '单元格', en: 'Cells' },
  notTemplateSection: { zh: '（模板外）', en: '(not in the template)' },
  tablesHeading: { zh: '统计表', en: 'Tables' },
  t2: { zh: '表二 主动公开政府信息情况', en: 'Table 2: proactive disclosure' },
  t3: { zh: '表三 收到和处理政府信息公开申请情况', en: 'Table 3: requests received and handled' },
  t4: { zh: '表四 政府信息公开行政复议、行政诉讼情况', en: 'Table 4: administrative reconsideration and litigation' },
  tableNotFound: { zh: '未找到此表（所有单元格记为缺失）', en: 'Table not found (every cell is missing)' },
  version: { zh: '模板', en: 'template' },
  legend: { zh: '图例', en: 'Legend' },
  value: { zh: '数值', en: 'value' },
  blank: { zh: '空白', en: 'blank' },
  missing: { zh: '缺失', en: 'missing' },
  ambiguous: { zh: '存疑', en: 'ambiguous' },
  repaired: { zh: '带诊断代码（经修复或存疑）', en: 'with a diagnostic code (repaired or in doubt)' },
  findingsHeading: { zh: '问题', en: 'Findings' },
  filterLabel: { zh: '按严重程度筛选', en: 'Filter by severity' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  validationHeading: { zh: '校验', en: 'Validation' },
  diagnosticsHeading: { zh: '解析诊断', en: 'Parse diagnostics' },
  verdictOk: { zh: '通过：没有错误级规则未通过', en: 'Passed: no error-level rule failed' },
  verdictFail: { zh: '未通过：有错误级规则未通过', en: 'Failed: an error-level rule failed' },
  verdictIncomplete: {
    zh: '不完整：有统计表缺失或未能读取，无法作出结论',
    en: 'Incomplete: a table is absent or could not be read, so no verdict',
  },
  coverageHeading: { zh: '各表读取情况', en: 'Coverage per table' },
  t2Short: { zh: '表二', en: 'Table 2' },
  t3Short: { zh: '表三', en: 'Table 3' },
  t4Short: { zh: '表四', en: 'Table 4' },
  cov_read: { zh: '已读取', en: 'read' },
  cov_partial: { zh: '部分读取', en: 'partly read' },
  cov_blank: { zh: '整表空白', en: 'printed blank' },
  cov_unread: { zh: '未能读取', en: 'not read' },
  cov_absent: { zh: '报告中没有此表', en: 'not in the report' },
  covRead: { zh: '有值', en: 'read' },
  evidence: { zh: '依据', en: 'evidence' },
  checks: { zh: '项检查', en: 'checks' },
  pass: { zh: '通过', en: 'pass' },
  fail: { zh: '未通过', en: 'fail' },
  uncertain: { zh: '无法判断', en: 'uncertain' },
  notAssessable: { zh: '无法评估', en: 'not assessable' },
  coverage: { zh: '可评估比例', en: 'assessable' },
  expected: { zh: '应为', en: 'expected' },
  reported: { zh: '报告为', en: 'reported' },
  nothingShown: { zh: '没有符合筛选条件的问题', en: 'Nothing matches the filter' },
  sourceHeading: { zh: '原文', en: 'Source' },
  sourceHint: { zh: '点击单元格或问题，即可在原文中高亮其出处。', en: 'Click a cell or a finding to highlight where it comes from.' },
  noLocation: { zh: '原文中没有对应位置', en: 'No place in the source' },
  line: { zh: '行', en: 'line' },
  column: { zh: '列', en: 'column' },
  page: { zh: '页', en: 'page' },
  address: { zh: '地址', en: 'Address' },
  status: { zh: '状态', en: 'Status' },
  raw: { zh: '原文', en: 'As printed' },
  candidates: { zh: '可能的值', en: 'Candidates' },
  codes: { zh: '诊断', en: 'Diagnostics' },
  foundLabels: { zh: '原文中的行/列', en: 'Row/column found' },
  exportHeading: { zh: '导出', en: 'Export' },
  exportJson: { zh: '报告 JSON', en: 'Report JSON' },
  exportCsv: { zh: '整洁 CSV', en: 'Tidy CSV' },
  exportMd: { zh: 'Markdown 表格', en: 'Markdown tables' },
  exportHtml: { zh: 'HTML 表格', en: 'HTML tables' },
  privacy: {
    zh: '本页为静态页面：文件只在你的浏览器中读取。',
    en: 'A static page: files are read in your browser only.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** A word of the page. */
export type WordKey = keyof typeof WORDS;

/** The word in a language. */
export function t(key: WordKey, lang: Lang): string {
  return WORDS[key][lang];
}

/** Fills every `[data-i18n]` element (text), `[data-i18n-placeholder]` and `[data-i18n-label]` (aria-label). */
export function applyWords(root: ParentNode, lang: Lang): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as WordKey, lang);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder as WordKey, lang));
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', t(el.dataset.i18nLabel as WordKey, lang));
}
