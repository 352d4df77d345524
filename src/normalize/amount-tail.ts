/**
 * The last piece of a wrapped amount, as the PDF layout (layout/wrapped-numbers.ts) and the table
 * readers (tables/stacked-numbers.ts, tables/open-fractions.ts) both recognise it. A module of its
 * own, beside digits.ts, so that the normalisation entry does not carry it.
 */

/**
 * The last piece of a decimal amount written with its unit (`14792.5` over `4元`, `1234.` over `56元`),
 * in ASCII digits: digits, or a fraction from its point, then the amount's unit (yuan or ten thousand
 * yuan). A unit ends a cell's text, so such a piece is only ever the last of a wrapped number, and
 * only of an amount (a number with a point; a count's cell carries no unit in the reports read here).
 */
export const AMOUNT_TAIL_RE = /^(?:\d+|\.\d+)(?:万元|元)$/;
