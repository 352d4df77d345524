/**
 * The Han characters of a label's text, the part of a label compared with the template's labels:
 * punctuation, brackets, list markers, digits and spaces vary as printed; the words do not.
 *
 * A range of code points rather than `\p{Script=Han}`: a regular expression literal with a Unicode
 * property class is built from the engine's Unicode tables when its module is compiled (~3 M
 * instructions at every import, perf15), and the template's labels are all in the unified block and
 * its extension A (text reaching the readers is NFKC-normalised, so compatibility ideographs are
 * already mapped there).
 */
const NOT_HAN_RE = /[^\u3400-\u9fff]/g;

/** The Han characters of `text`, in order (no punctuation, brackets, digits or spaces). */
export function hanOf(text: string): string {
  return text.replace(NOT_HAN_RE, '');
}
