/**
 * Limits on what one parse may read, so that hostile or broken input (a zip bomb, an endless
 * stream, a page of a million text items) ends in a clear diagnostic instead of exhausting
 * memory. Every limit has a default, can be changed per call (`limits` option of `parseReport`,
 * `parseDocx`, `parsePdf`), and is described in {@link LIMIT_OPTIONS} so that a command line can
 * offer one flag per limit. Pure data; isomorphic.
 */

/** The limits of one parse. All are positive numbers; `Infinity` lifts a limit. */
export interface Limits {
  /** Longest text read, in UTF-16 code units: the string given to `parseReport`, or the text a DOCX or PDF renders to. */
  maxInputLength: number;
  /** Largest file read, in bytes: the bytes given to `parseDocx` / `parsePdf` (a CLI applies it to any file before decoding). */
  maxFileBytes: number;
  /** Largest total decompressed size of a .docx file's XML parts, in bytes, checked while inflating (images are never decompressed). */
  maxDocxUncompressedBytes: number;
  /** Most entries in a .docx file's zip directory. */
  maxDocxEntries: number;
  /** Most PDF pages read; pages after it are left out with a `pdf-truncated` warning. */
  maxPdfPages: number;
  /** Most PDF text items read over all pages; reading stops before the page that would pass it (`pdf-truncated`). */
  maxPdfTextItems: number;
  /** Most diagnostics in one result; the rest are counted in one `diagnostics-truncated` diagnostic. */
  maxDiagnostics: number;
}

/** Name of a limit (a key of {@link Limits}). */
export type LimitName = keyof Limits;

/** The default limits. Generous for real reports (the largest real inputs are a few MB), bounded for hostile ones. */
export const DEFAULT_LIMITS: Readonly<Limits> = /* @__PURE__ */ Object.freeze({
  maxInputLength: 8 * 1024 * 1024,
  maxFileBytes: 64 * 1024 * 1024,
  maxDocxUncompressedBytes: 8 * 1024 * 1024,
  maxDocxEntries: 2000,
  maxPdfPages: 500,
  maxPdfTextItems: 500_000,
  maxDiagnostics: 1000,
});

/** Description of one limit, for command lines and documentation. */
export interface LimitOption {
  /** The option name (a key of {@link Limits}). */
  readonly name: LimitName;
  /** The suggested command-line flag (`--max-input-length`). */
  readonly flag: string;
  /** Unit of the value. */
  readonly unit: 'characters' | 'bytes' | 'entries' | 'pages' | 'items' | 'diagnostics';
  /** The default value. */
  readonly default: number;
  /** What the limit bounds (English). */
  readonly description: string;
  /** What the limit bounds (zh-CN). */
  readonly descriptionZh: string;
}

/** Every limit with its flag, unit, default and description, in a stable order. */
export const LIMIT_OPTIONS: readonly LimitOption[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ option(
    'maxInputLength',
    'characters',
    'longest text read (a string, or the text a .docx/.pdf renders to)',
    '读取文本的最大长度（字符串，或 .docx/.pdf 转换后的文本）',
  ),
  /* @__PURE__ */ option(
    'maxFileBytes',
    'bytes',
    'largest .docx/.pdf file read (a command line applies it to every file)',
    '读取文件的最大字节数（.docx/.pdf；命令行对所有文件适用）',
  ),
  /* @__PURE__ */ option(
    'maxDocxUncompressedBytes',
    'bytes',
    "largest decompressed size of a .docx file's XML parts, checked while inflating",
    '.docx 中 XML 部分解压后的最大总字节数（解压时检查）',
  ),
  /* @__PURE__ */ option('maxDocxEntries', 'entries', 'most entries in a .docx zip directory', '.docx 压缩包的最大条目数'),
  /* @__PURE__ */ option(
    'maxPdfPages',
    'pages',
    'most PDF pages read (the rest are left out with a warning)',
    '读取的 PDF 最大页数（其余页面不读并警告）',
  ),
  /* @__PURE__ */ option('maxPdfTextItems', 'items', 'most PDF text items read over all pages', '读取的 PDF 文字块总数上限'),
  /* @__PURE__ */ option(
    'maxDiagnostics',
    'diagnostics',
    'most diagnostics in one result (then one summary diagnostic)',
    '单个结果中的最多诊断条数（其余汇总为一条）',
  ),
]);

function option(name: LimitName, unit: LimitOption['unit'], description: string, descriptionZh: string): LimitOption {
  const flag = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return Object.freeze({ name, flag, unit, default: DEFAULT_LIMITS[name], description, descriptionZh });
}

/**
 * The limits of a call: the defaults with the given ones applied.
 *
 * @throws TypeError when `limits` is not an object, names an unknown limit, or gives a value
 * that is not a positive number (`Infinity` is allowed).
 */
export function resolveLimits(limits: Partial<Limits> | undefined, caller = 'limits'): Limits {
  if (limits === undefined) return { ...DEFAULT_LIMITS };
  if (typeof limits !== 'object' || limits === null) throw new TypeError(`${caller}: limits must be an object`);
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(limits)) {
    if (!(key in DEFAULT_LIMITS)) throw new TypeError(`${caller}: unknown limit ${key} (known: ${Object.keys(DEFAULT_LIMITS).join(', ')})`);
    if (value === undefined) continue;
    if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
      throw new TypeError(`${caller}: limit ${key} must be a positive number or Infinity, got ${String(value)}`);
    }
    out[key as LimitName] = value;
  }
  return out;
}
