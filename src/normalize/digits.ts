/**
 * Full-width number characters read as ASCII: the one conversion the PDF layout (layout/geometry.ts)
 * and the repairs (repairs/wrapped-pieces.ts) share. A module of its own, so that importing it pulls
 * in nothing else.
 */

/** Full-width digits and number punctuation (plus, comma, minus, point: U+FF0B-FF0E, and U+FF10-FF19; written as the characters, the smaller bundle). */
const FULLWIDTH_NUMBER = /[＋-．０-９]/g;

/** The text with full-width digits, signs, comma and point as ASCII (a report may print its numbers full-width: `－４` is -4). */
export function asciiDigits(text: string): string {
  return text.replace(FULLWIDTH_NUMBER, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
