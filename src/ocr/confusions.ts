/**
 * The usual OCR confusions of these reports, corrected in OCR input only (never in ordinary
 * text, where such a rewrite could change a real reading):
 *
 * - a number written with the letter o/O for the digit 0 (`1o`, `O`), only in a token made of
 *   digits and o/O alone;
 * - template labels whose one character is read as a look-alike (`予` → `子`/`矛`), only inside
 *   the template phrases listed here, so ordinary words are untouched.
 */

/** Template phrases and how OCR misreads them (look-alike characters). Whole phrases only. */
const LABEL_MISREADS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[子矛]以公开/g, '予以公开'],
  [/不[子矛]公开/g, '不予公开'],
  [/不[子矛]处理/g, '不予处理'],
  [/不[子矛]受理/g, '不予受理'],
  [/部分公开[,，]?部分不[子矛]公开/g, '部分公开，部分不予公开'],
  [/[己已巳]移交/g, '已移交'],
];

/** A maximal run of digits and the letter o/O (linear: one character class). */
const DIGITS_AND_O = /[0-9oO]+/g;
/** A Latin letter: a run next to one is part of a word (`Office`, `ISO`), not a number. */
const LATIN = /[A-Za-z]/;

/**
 * The box text with the usual OCR confusions undone, and whether anything changed (a changed
 * digit is one the engine did not read as a digit: the caller may treat it as less certain).
 */
export function undoConfusions(text: string): { text: string; changed: boolean } {
  // A run with a digit, or a lone o/O, standing apart from Latin letters is a number.
  let out = text.replace(DIGITS_AND_O, (run: string, at: number) => {
    if (LATIN.test(text.charAt(at - 1)) || LATIN.test(text.charAt(at + run.length))) return run;
    return /[0-9]/.test(run) || run.length === 1 ? run.replace(/[oO]/g, '0') : run;
  });
  for (const [pattern, fixed] of LABEL_MISREADS) out = out.replace(pattern, fixed);
  return { text: out, changed: out !== text };
}
