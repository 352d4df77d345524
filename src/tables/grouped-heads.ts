/**
 * First pieces of grouped counts broken inside a group, and the joins that complete them. A count
 * grouped by thousands is printed with every group after the first three digits long (`264,636`); a
 * narrow cell that wraps it breaks inside a group (`264,63` over `6`), so a piece ending in a group
 * of one or two digits is no count printed whole: it is the first piece of one, and its last digits
 * stand under it, in the lines of its cell.
 */

/**
 * The first piece of a grouped count broken inside a group: groups of three after the first, then a
 * group of one or two digits (`264,63`, `1,775,8`). A group of three at the end is a whole count.
 */
export const GROUPED_HEAD_RE = /^\d{1,3}(?:,\d{3})*,\d{1,2}$/;

/** A count grouped by thousands as printed whole: every group after the first three digits long. */
const GROUPED_COUNT_RE = /^[1-9]\d{0,2}(?:,\d{3})+$/;

/** Whether a piece is the first piece of a grouped count broken inside a group ({@link GROUPED_HEAD_RE}). */
export function isGroupedHead(raw: string): boolean {
  return GROUPED_HEAD_RE.test(raw);
}

/**
 * Whether the pieces of a stack, top first, are a grouped count broken inside a group and made whole
 * by the pieces under it: the first a grouped head, the pieces joined a grouped count (its last
 * group's missing digits, no more, no fewer, printed under it).
 */
export function completesGroupedHead(pieces: readonly { readonly raw: string }[]): boolean {
  const first = pieces[0];
  if (first === undefined || pieces.length < 2 || !isGroupedHead(first.raw)) return false;
  return GROUPED_COUNT_RE.test(pieces.map((p) => p.raw).join(''));
}
