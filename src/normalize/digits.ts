/**
 * What the PDF layout (layout/geometry.ts, layout/wrapped-numbers.ts) and the table readers
 * (tables/stacked-numbers.ts, tables/open-fractions.ts, repairs/wrapped-pieces.ts) share about how
 * a number is written: full-width number characters read as ASCII, and the last piece of a wrapped
 * amount. A module of its own, so that importing it pulls in nothing else.
 */

/** Full-width digits and number punctuation (plus, comma, minus, point: U+FF0B-FF0E, and U+FF10-FF19; written as the characters, the smaller bundle). */
const FULLWIDTH_NUMBER = /[＋-．０-９]/g;

/** The text with full-width digits, signs, comma and point as ASCII (a report may print its numbers full-width: `－４` is -4). */
export function asciiDigits(text: string): string {
  return text.replace(FULLWIDTH_NUMBER, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The last piece of a decimal amount written with its unit (`14792.5` over `4元`, `1234.` over `56元`),
 * in ASCII digits: digits, or a fraction from its point, then the amount's unit (yuan or ten thousand
 * yuan). A unit ends a cell's text, so such a piece is only ever the last of a wrapped number, and
 * only of an amount (a number with a point; a count's cell carries no unit in the reports read here).
 */
export const AMOUNT_TAIL_RE = /^(?:\d+|\.\d+)(?:万元|元)$/;
