/**
 * The error the DOCX and PDF entries throw when a file cannot be read at all (not a Word file,
 * a damaged PDF, a missing optional package). It carries a stable code, messages in zh-CN and
 * English, and the underlying error of mammoth, jszip, xmldom or pdfjs as `cause`. A file that
 * is read but exceeds a limit is no error: it gives a diagnostic (`input-too-large`,
 * `docx-too-large`, `pdf-truncated`).
 */

/** Why a file could not be read. Stable: codes are never renamed or reused. */
export type ReadErrorCode =
  /** An optional peer dependency (mammoth, pdfjs-dist) is not installed or failed to load. */
  | 'dependency-missing'
  /** Not a readable .docx file (not a zip, no Word document inside, damaged XML). */
  | 'docx-unreadable'
  /** The .docx holds a DTD or entity declarations (XXE, entity expansion), which Word never writes; refused. */
  | 'docx-unsafe'
  /** Not a readable PDF file. */
  | 'pdf-unreadable'
  /** The PDF is encrypted and the password is missing or wrong. */
  | 'pdf-password'
  /** Not a readable image (PNG, JPEG, WebP, GIF, BMP) for OCR. */
  | 'image-unreadable';

const MESSAGES: Record<ReadErrorCode, { zh: (d: string) => string; en: (d: string) => string }> = {
  'dependency-missing': {
    zh: (d) => `缺少可选依赖 ${d}，请先安装（npm install ${d}）。`,
    en: (d) => `The optional package "${d}" is missing or failed to load (npm install ${d}).`,
  },
  'docx-unreadable': {
    zh: () => '无法读取 Word 文件：不是有效的 .docx 文件或文件已损坏。',
    en: () => 'Cannot read the Word file: it is not a valid .docx file or it is damaged.',
  },
  'docx-unsafe': {
    zh: () => 'Word 文件含有 DTD 或实体声明（Word 不会生成此类内容，可能是恶意文件），已拒绝读取。',
    en: () => 'The Word file holds a DTD or entity declarations (Word never writes them; the file may be hostile); it was refused.',
  },
  'pdf-unreadable': {
    zh: () => '无法读取 PDF 文件：不是有效的 PDF 或文件已损坏。',
    en: () => 'Cannot read the PDF file: it is not a valid PDF or it is damaged.',
  },
  'pdf-password': {
    zh: () => 'PDF 文件已加密，缺少密码或密码错误。',
    en: () => 'The PDF is encrypted and the password is missing or wrong.',
  },
  'image-unreadable': {
    zh: () => '无法读取图片：不是有效的 PNG、JPEG 等图片或文件已损坏。',
    en: () => 'Cannot read the image: it is not a valid PNG, JPEG or other image, or it is damaged.',
  },
};

/** A file the DOCX or PDF entry could not read. `message` is English, `messageZh` zh-CN; `cause` is the original error. */
export class InputReadError extends Error {
  /** Stable code. */
  readonly code: ReadErrorCode;
  /** The message in zh-CN. */
  readonly messageZh: string;

  /**
   * @param code - why the file could not be read.
   * @param options - `cause`: the underlying error; `detail`: the package name for `dependency-missing`.
   */
  constructor(code: ReadErrorCode, options: { cause?: unknown; detail?: string } = {}) {
    const detail = options.detail ?? '';
    super(MESSAGES[code].en(detail), options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'InputReadError';
    this.code = code;
    this.messageZh = MESSAGES[code].zh(detail);
  }
}
