/**
 * How a number wrapped in a narrow table cell breaks: its first piece fills the cell's line, so it
 * starts with no `0` and is no narrower than the rest on the next line (`4482` over `4` is 44824;
 * `0` over `12`, or `4` over `482`, is not one number). One rule for the readers that rejoin such
 * pieces: the row placement (tables/placement.ts) and the wrapped-pieces repair
 * (repairs/wrapped-pieces.ts).
 */
import { asciiDigits } from '../normalize/digits.js';

/**
 * The number `first` and `last` make as the two pieces of one wrapped number, or null when a wrapped
 * cell would not break that way. Full-width digits read as ASCII.
 */
export function joinWrappedPieces(first: string, last: string): number | null {
  const a = asciiDigits(first);
  const b = asciiDigits(last);
  return a.startsWith('0') || a.length < b.length ? null : Number(a + b);
}
