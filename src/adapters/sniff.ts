/**
 * What a file holds, decided by its bytes before its name: a PDF, a ZIP (a .docx), an image (a
 * scan that needs OCR), binary data, or text. Text is never guessed from an extension, so a PDF
 * named `.txt` is read as a PDF and an executable is never decoded as GB18030.
 */

/** Content kinds {@link sniffContent} tells apart. */
export type ContentKind = 'pdf' | 'zip' | 'image' | 'binary' | 'text';

/** The kind of a file's content and, for images and known binary formats, which format. */
export interface SniffResult {
  /** The kind. */
  kind: ContentKind;
  /** The format, for images (`png`, `jpeg` …) and recognised binary formats (`elf`, `doc` …). */
  format?: string;
}

/** Bytes examined for the text / binary decision (the start of the file). */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes (other than NUL, whitespace and ESC) above which a sample is binary. */
const CONTROL_SHARE = 0.01;
/** Share of NUL bytes above which a sample that is not UTF-16 is binary (stray NULs in text are fine). */
const NUL_SHARE = 0.3;
/** Share of NULs at odd (or even) positions marking BOM-less UTF-16 text. */
const UTF16_NUL_SHARE = 0.3;
/** How far into a file `%PDF-` may start (some generators put junk before it). */
const PDF_WINDOW = 1024;

const SIGNATURES: readonly { bytes: readonly (number | null)[]; kind: ContentKind; format: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip', format: 'zip' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'image', format: 'png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'image', format: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'image', format: 'gif' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: 'image', format: 'tiff' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: 'image', format: 'tiff' },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], kind: 'image', format: 'webp' },
  { bytes: [0x00, 0x00, 0x00, null, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69], kind: 'image', format: 'heic' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'binary', format: 'elf' },
  { bytes: [0x4d, 0x5a], kind: 'binary', format: 'exe' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'binary', format: 'doc' },
  { bytes: [0x1f, 0x8b], kind: 'binary', format: 'gzip' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], kind: 'binary', format: 'rar' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'binary', format: '7z' },
];

function matches(bytes: Uint8Array, sig: readonly (number | null)[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => b === null || bytes[i] === b);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, PDF_WINDOW);
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/** True for C0 control bytes that plain text does not hold (NUL, TAB, LF, VT, FF, CR and ESC excluded). */
function isStrayControl(b: number): boolean {
  return (b < 0x20 && b !== 0x00 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

/** Decides what a file holds from its bytes. */
export function sniffContent(bytes: Uint8Array): SniffResult {
  if (hasPdfHeader(bytes)) return { kind: 'pdf', format: 'pdf' };
  for (const s of SIGNATURES) if (matches(bytes, s.bytes)) return { kind: s.kind, format: s.format };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { kind: 'text' };
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  if (n === 0) return { kind: 'text' };
  let controls = 0;
  let nul = 0;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) {
      nul++;
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (isStrayControl(b)) controls++;
  }
  const half = n / 2;
  const utf16 = (nulOdd > half * UTF16_NUL_SHARE && nulEven < nulOdd / 4) || (nulEven > half * UTF16_NUL_SHARE && nulOdd < nulEven / 4);
  if (utf16) return { kind: 'text', format: nulOdd > nulEven ? 'utf-16le' : 'utf-16be' };
  if (controls > n * CONTROL_SHARE || nul > n * NUL_SHARE) return { kind: 'binary' };
  return { kind: 'text' };
}
