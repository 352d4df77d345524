/**
 * Header cells written as one text run. LibreOffice writes the header cells of one table line as
 * one item, the cells' words joined by single spaces (`结果维持 结果纠正 … 总计`), so the run's
 * extent says where its first word starts and where its last ends, nothing of the others. Where the
 * run's width shows where each word stands, the words are runs of their own.
 *
 * The evidence: a run of Han words only (two characters or more each) joined by single spaces.
 * A Han character is one em (the font size) wide, so the width the characters leave is the spaces',
 * one share each, and that share must be a space's width ({@link MIN_SPACE}–{@link MAX_SPACE} of
 * the font size); otherwise the run stays whole. Whether a word is a cell of its own or the second
 * word of one cell (`本年 制发件数`, a header cell with a space in it) the geometry does not say:
 * the caller takes the words as cells only over a row without a label (a table of one row, whose
 * header words are its columns' alone), where a word that is no cell would leave the row a blank
 * marker too many (a cell more than the table has, flagged), never a number in another cell.
 */
import type { Run } from './geometry.js';

/** Han words of two characters or more, two or more of them, joined by single spaces. */
const SPACED_HAN_WORDS_RE = /^[\u4e00-\u9fff]{2,}(?: [\u4e00-\u9fff]{2,})+$/u;
/** The narrowest space, as a share of the font size, for which a run is split into its words. */
const MIN_SPACE = 0.2;
/** The widest space, as a share of the font size, for which a run is split into its words. */
const MAX_SPACE = 0.6;

/**
 * A run of Han words joined by single spaces as one run per word (see the module), or the run itself.
 */
export function cellWords(run: Run): Run[] {
  if (!SPACED_HAN_WORDS_RE.test(run.text)) return [run];
  const words = run.text.split(' ');
  const han = words.reduce((n, w) => n + w.length, 0);
  const space = (run.right - run.left - han * run.size) / (words.length - 1);
  if (space < MIN_SPACE * run.size || space > MAX_SPACE * run.size) return [run];
  const out: Run[] = [];
  let left = run.left;
  for (const text of words) {
    const right = left + text.length * run.size;
    out.push({ text, left, right, size: run.size });
    left = right + space;
  }
  return out;
}
