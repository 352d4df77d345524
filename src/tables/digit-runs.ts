/**
 * Digit runs: crawler text where a row's cells run together with no separator
 * (`本年新收政府信息公开申请数量641002067` = 64 1 0 0 2 0 67). A run is cut into numbers in every
 * way that has no leading zeros; the table readers keep the cuts the table's arithmetic allows.
 */
import type { RowEvidence, RowItem } from './placement.js';
import type { ValueToken } from './tokens.js';
import type { WorkBudget } from './budget.js';

/** How far a group's numbers may add up from its total and still hold (the values are counts). */
const GROUP_SUM_TOLERANCE = 1e-9;

/** Upper bound on enumerated cuts of one row (keeps the search linear in practice). */
const MAX_CUTS = 50_000;

/** The longest number a cell holds (counts and amounts in these reports stay far below 10^10). */
const MAX_PIECE = 10;

/**
 * A check on a partial cut: `parts` are the numbers cut so far (from the row's first cell),
 * `digitsLeft` digits remain for `piecesLeft` more numbers. False prunes every cut that starts so.
 */
export type CutPrune = (parts: readonly number[], digitsLeft: number, piecesLeft: number) => boolean;

/**
 * Every way to cut `digits` into `k` numbers without leading zeros and of at most ten digits;
 * `null` when there are too many, the work budget runs out, or the run is too long to be k cells.
 * `prune` cuts off partial cuts the row's arithmetic already rules out. Linear in the nodes visited.
 */
export function splitDigits(digits: string, k: number, budget?: WorkBudget, prune?: RowPrune): number[][] | null {
  if (k < 1 || digits.length < k || digits.length > k * MAX_PIECE) return digits.length < k ? [] : null;
  if (prune === LAST_IS_SUM) return splitSummed(digits, k, budget);
  if (isGroupSums(prune)) {
    if (k % prune.groupSize !== 0) return null;
    return splitGroupSums(digits, new Array<number>(k / prune.groupSize).fill(prune.groupSize - 1), budget);
  }
  // Every cut is a node of the search, paid one unit: when the cuts alone outnumber what is left of
  // the budget (a long run cut freely, a row that lost its total), the search would run the budget
  // out before it ends (and before it could list too many cuts), and nothing it found would count.
  // Counted first, such a search is not run: the budget is spent at once, and the result is the same.
  if (!prune && budget) {
    const left = budget.limit - budget.spent;
    if (left < MAX_CUTS && countCuts(digits, k, left) > left) {
      budget.spend(Math.max(1, left + 1));
      return null;
    }
  }
  const out: number[][] = [];
  const parts: number[] = [];
  let overflow = false;
  const rec = (pos: number, left: number): void => {
    if (overflow) return;
    if (budget && !budget.spend()) {
      overflow = true;
      return;
    }
    const remaining = digits.length - pos;
    if (prune && !prune(parts, remaining, left)) return;
    if (left === 1) {
      // The last number takes the rest.
      if (remaining > MAX_PIECE || (remaining > 1 && digits.charCodeAt(pos) === 48)) return;
      parts.push(numberOf(digits, pos, digits.length));
      if (!prune || prune(parts, 0, 0)) out.push(parts.slice());
      parts.pop();
      if (out.length > MAX_CUTS) overflow = true;
      return;
    }
    // Leave at least one digit, and at most ten, for each later number.
    const minLen = Math.max(1, remaining - (left - 1) * MAX_PIECE);
    const maxLen = Math.min(MAX_PIECE, remaining - (left - 1));
    // (the number of the first len digits, one digit more each turn)
    let v = numberOf(digits, pos, pos + minLen - 1);
    for (let len = minLen; len <= maxLen; len++) {
      if (len > 1 && digits.charCodeAt(pos) === 48) break;
      v = v * 10 + (digits.charCodeAt(pos + len - 1) - 48);
      parts.push(v);
      rec(pos + len, left - 1);
      parts.pop();
    }
  };
  rec(0, k);
  return overflow ? null : out;
}

/** The number digits[from, to) write (at most {@link MAX_PIECE} digits: exact; `Number` of the slice, without the slice). */
function numberOf(digits: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + (digits.charCodeAt(i) - 48);
  return v;
}

/**
 * The number of ways to cut `digits` into `k` numbers without leading zeros and of at most ten
 * digits, counted without listing them (positions × numbers × ten steps); counting stops once it
 * passes `cap` (the result is then some number above it).
 */
export function countCuts(digits: string, k: number, cap = Infinity): number {
  const n = digits.length;
  // ways[pos]: cuts of digits[pos..] into the numbers still to come (one more each round).
  let ways = new Float64Array(n + 1);
  for (let pos = 0; pos < n; pos++) ways[pos] = n - pos <= MAX_PIECE && (n - pos === 1 || digits.charCodeAt(pos) !== 48) ? 1 : 0;
  for (let left = 2; left <= k; left++) {
    const next = new Float64Array(n + 1);
    for (let pos = 0; pos < n; pos++) {
      let w = 0;
      for (let len = 1; len <= MAX_PIECE && pos + len < n; len++) {
        if (len > 1 && digits.charCodeAt(pos) === 48) break;
        w += ways[pos + len] as number;
      }
      next[pos] = Math.min(w, cap + 1);
    }
    ways = next;
  }
  return ways[0] as number;
}

/** A prune marker: the row's last number is the sum of the others (table 三's total column). */
export const LAST_IS_SUM = 'last-is-sum';

/**
 * A prune marker: the row is groups of `size` cells, the last of each the sum of the others (table
 * 四's three groups of four results and a total).
 */
export interface GroupSums {
  /** Cells of a group, its total last. */
  readonly groupSize: number;
}

/** What a row's arithmetic lets the digit search prune. */
export type RowPrune = CutPrune | typeof LAST_IS_SUM | GroupSums;

/**
 * The cuts of `digits` into groups, group g of `shape[g]` numbers followed by their sum (table 四's
 * three groups of four results and a total). A total is never guessed, only read: for each place
 * and length of a group's total in the digits, the digits before it are cut into the group's
 * numbers only when they can add up to it. Casting out nines rules out most places at once (the
 * numbers of any cut of a string of digits add up to its digits' sum modulo 9, so a total that
 * differs from the digits before it modulo 9 has no cut); the numbers are then cut with their
 * partial sums pruned (never past the total, and the digits left must still be able to reach it).
 * The cuts of the groups after a place are searched once (several cuts of the first groups may end
 * there). One unit of `budget` per place of a total and per node; `null` when it runs out. The
 * numbers of every cut are returned in order, totals included, in the order of their lengths (the
 * first number's first). Where `noTotal[g]`, group g's total is blank (it vanished from glued text):
 * a blank counts as 0 in the group sums, so the group is `shape[g]` zeros and no total is read.
 */
export function splitGroupSums(
  digits: string,
  shape: readonly number[],
  budget?: WorkBudget,
  noTotal?: readonly boolean[],
): number[][] | null {
  return groupSumCuts(digits, shape, budget, noTotal, numbersAt(digits), prefixDigitSums(digits), 0);
}

/**
 * {@link splitGroupSums} of `digits`, a stretch that begins `base` digits into a longer string whose
 * numbers (`values`, see {@link numbersAt}) and digit sums (`digitSums`) are read once for all its
 * stretches: only numbers inside the stretch are read (a number at `base + pos` of at most the
 * digits left in the stretch), and a difference of two prefix sums is the same in either string.
 */
function groupSumCuts(
  digits: string,
  shape: readonly number[],
  budget: WorkBudget | undefined,
  noTotal: readonly boolean[] | undefined,
  allValues: readonly (readonly number[])[],
  digitSums: Uint16Array,
  base: number,
): number[][] | null {
  const n = digits.length;
  // Cells of the groups from g on, totals included.
  const cellsFrom = new Array<number>(shape.length + 1).fill(0);
  for (let g = shape.length - 1; g >= 0; g--) cellsFrom[g] = (cellsFrom[g + 1] as number) + (shape[g] as number) + (noTotal?.[g] ? 0 : 1);
  // (the cuts after each group's end, searched once; one group has nothing after it to remember)
  const memo = shape.length > 1 ? new Map<number, number[][]>() : null;
  let overflow = false;
  const parts: number[] = [];
  // The cuts of digits[from, to) into `count` numbers of at most `maxLen` digits adding up to `total`.
  const cutsSumming = (from: number, to: number, count: number, total: number, maxLen: number, found: number[][]): void => {
    const rec = (pos: number, left: number, sum: number): void => {
      if (overflow) return;
      if (budget && !budget.spend()) {
        overflow = true;
        return;
      }
      const remaining = to - pos;
      if (left === 1) {
        if (remaining > maxLen || (remaining > 1 && digits.charCodeAt(pos) === 48)) return;
        if (sum + ((allValues[base + pos] as readonly number[])[remaining - 1] as number) !== total) return;
        parts.push((allValues[base + pos] as readonly number[])[remaining - 1] as number);
        found.push(parts.slice());
        parts.pop();
        return;
      }
      const row = allValues[base + pos] as readonly number[];
      const minLen = Math.max(1, remaining - (left - 1) * maxLen);
      const maxHere = Math.min(maxLen, remaining - (left - 1));
      for (let len = minLen; len <= maxHere; len++) {
        if (len > 1 && digits.charCodeAt(pos) === 48) break;
        const v = row[len - 1] as number;
        // Numbers only grow with more digits: once the sum passes the total, longer cuts do too.
        if (sum + v > total) break;
        if (!canAdd(remaining - len, left - 1, maxLen, total - sum - v)) continue;
        parts.push(v);
        rec(pos + len, left - 1, sum + v);
        parts.pop();
      }
    };
    if (count === 0) {
      if (total === 0) found.push([]);
      return;
    }
    rec(from, count, 0);
  };
  const suffixes = (g: number, pos: number): number[][] | null => {
    if (g === shape.length) return pos === n ? [[]] : [];
    const key = g * (n + 1) + pos;
    const known = memo?.get(key);
    if (known) return known;
    const count = shape[g] as number;
    const later = cellsFrom[g + 1] as number;
    // The group's own cuts (numbers and total) and where each ends.
    const own: { cut: number[]; end: number }[] = [];
    // A group whose total is blank: a blank counts as 0 in the group sums, so its numbers are zeros.
    if (noTotal?.[g]) {
      let zeros = 0;
      while (zeros < count && pos + zeros < n && digits.charCodeAt(pos + zeros) === 48) zeros++;
      if (zeros === count && n - pos - count >= later) own.push({ cut: new Array<number>(count).fill(0), end: pos + count });
    }
    for (let lt = 1; lt <= MAX_PIECE && !noTotal?.[g]; lt++) {
      // No number of a group has more digits than its total (each is at most the sum).
      const fewest = pos + count + lt;
      const most = Math.min(pos + count * lt + lt, n - later);
      for (let end = Math.max(fewest, n - later * MAX_PIECE); end <= most; end++) {
        const at = end - lt;
        if (lt > 1 && digits.charCodeAt(at) === 48) continue;
        if (budget && !budget.spend()) return null;
        const total = (allValues[base + at] as readonly number[])[lt - 1] as number;
        if ((total - (digitSums[base + at] as number) + (digitSums[base + pos] as number)) % 9 !== 0) continue;
        const found: number[][] = [];
        cutsSumming(pos, at, count, total, lt, found);
        if (overflow) return null;
        for (const cut of found) {
          cut.push(total);
          own.push({ cut, end });
        }
      }
    }
    // In the order of the numbers' lengths, first number first (as a depth-first cut lists them).
    own.sort((a, b) => compareLengths(a.cut, b.cut));
    const out: number[][] = [];
    for (const { cut, end } of own) {
      const rest = suffixes(g + 1, end);
      if (rest === null) return null;
      for (const tail of rest) {
        out.push(tail.length === 0 ? cut : cut.concat(tail));
        if (out.length > MAX_CUTS) {
          overflow = true;
          return null;
        }
      }
    }
    memo?.set(key, out);
    return out;
  };
  const out = suffixes(0, 0);
  return overflow ? null : out;
}

/**
 * Whether `count` numbers of at most `maxLen` digits (no leading zeros), cut from `digits` digits,
 * may add up to `need`: the longest has at most `digits − count + 1` digits, so each is below ten
 * to that power; one has at least `digits / count` digits, so with two or more it is at least ten
 * to that power less one. A quick necessary check, never a false no.
 */
function canAdd(digits: number, count: number, maxLen: number, need: number): boolean {
  if (digits < count || digits > count * maxLen) return false;
  if (need >= count * (POW10[Math.min(maxLen, digits - count + 1)] as number)) return false;
  const longest = Math.ceil(digits / count);
  return longest < 2 || need >= (POW10[longest - 1] as number);
}

/** Powers of ten up to the longest number. */
const POW10 = Array.from({ length: MAX_PIECE + 2 }, (_, i) => 10 ** i);

/** Sums of the digits of every prefix (`sums[i]`: of the first i digits), for casting out nines. */
function prefixDigitSums(digits: string): Uint16Array {
  const sums = new Uint16Array(digits.length + 1);
  for (let i = 0; i < digits.length; i++) sums[i + 1] = (sums[i] as number) + digits.charCodeAt(i) - 48;
  return sums;
}

/** Orders two cuts by the lengths of their numbers, the first number's first. */
function compareLengths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const d = digitCount(a[i] as number) - digitCount(b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * Every cut of `digits` into `most.length` numbers without leading zeros, number j at most
 * `most[j]` (a part at most its whole: the row's cells bounded by a total row's, see
 * {@link readingsOfRow}). The cuts are counted first, position by position and number by number
 * (a number only grows with its digits, so each place's lengths stop at the first too large), and
 * listed along the places a cut goes on from only: no partial cut is walked that no whole cut
 * completes. One unit of `budget` per place counted and per number listed; where the cuts
 * outnumber what is left of it (or {@link MAX_CUTS}), none is listed, the budget is spent at once
 * and the result is `null`, as an unbounded search that ran out.
 */
export function splitBounded(digits: string, most: readonly number[], budget?: WorkBudget): number[][] | null {
  const n = digits.length;
  const k = most.length;
  const stride = n + 1;
  if (budget && !budget.spend(Math.max(1, k * n))) return null;
  const values = numbersAt(digits);
  // ways[j · stride + pos]: the cuts of digits[pos, n) into numbers j … k − 1 within their bounds.
  const ways = new Float64Array((k + 1) * stride);
  ways[k * stride + n] = 1;
  for (let j = k - 1; j >= 0; j--)
    for (let pos = 0; pos < n; pos++) {
      const row = values[pos] as readonly number[];
      let w = 0;
      for (let len = 1; len <= row.length; len++) {
        if (len > 1 && digits.charCodeAt(pos) === 48) break;
        if ((row[len - 1] as number) > (most[j] as number)) break;
        w += ways[(j + 1) * stride + pos + len] as number;
      }
      ways[j * stride + pos] = w;
    }
  const count = ways[0] as number;
  if (count > MAX_CUTS || (budget && count * k > budget.limit - budget.spent)) {
    budget?.spend(Math.max(1, budget.limit - budget.spent + 1));
    return null;
  }
  const out: number[][] = [];
  const parts: number[] = [];
  const rec = (j: number, pos: number): void => {
    if (j === k) {
      out.push(parts.slice());
      return;
    }
    const row = values[pos] as readonly number[];
    for (let len = 1; len <= row.length; len++) {
      if (len > 1 && digits.charCodeAt(pos) === 48) break;
      const v = row[len - 1] as number;
      if (v > (most[j] as number)) break;
      if ((ways[(j + 1) * stride + pos + len] as number) === 0) continue;
      budget?.spend();
      parts.push(v);
      rec(j + 1, pos + len);
      parts.pop();
    }
  };
  if (count > 0) rec(0, 0);
  return out;
}

/** The number of decimal digits of a non-negative integer (`String(n).length`, without the string). */
function digitCount(n: number): number {
  let d = 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) d++;
  return d;
}

function isGroupSums(p: RowPrune | undefined): p is GroupSums {
  return typeof p === 'object' && p !== null;
}

/**
 * The cuts of `digits` into `k` numbers whose last is the sum of the others: the last number is
 * taken first (each possible length), then the rest is cut into `k − 1` numbers adding up to it,
 * pruned as soon as a partial sum exceeds it or the digits left cannot make it.
 */
function splitSummed(digits: string, k: number, budget?: WorkBudget): number[][] | null {
  const out: number[][] = [];
  const parts: number[] = [];
  let overflow = false;
  const values = numbersAt(digits);
  // The bounds of every length of the total share one pair of tables (each prefix is at most the digits).
  const bounds: SumBounds = {
    least: new Float64Array(k * (digits.length + 1)),
    most: new Float64Array(k * (digits.length + 1)),
    stride: digits.length + 1,
  };
  const { least, most, stride } = bounds;
  // Casting out nines: however digits are cut, the numbers add up to their digits' sum modulo 9, so
  // a total that differs from the digits before it modulo 9 has no cut (nothing to search).
  const digitSums = prefixDigitSums(digits);
  for (let lt = 1; lt <= Math.min(MAX_PIECE, digits.length - (k - 1)); lt++) {
    const at = digits.length - lt;
    if (lt > 1 && digits.charCodeAt(at) === 48) continue;
    const total = Number(digits.slice(at));
    // No part has more digits than the total: the digits before it must fit in k − 1 such parts.
    if (at > (k - 1) * lt) continue;
    if (k > 1 && total % 9 !== (digitSums[at] as number) % 9) continue;
    const prefix = digits.slice(0, at);
    if (!sumBounds(prefix, k - 1, lt, values, bounds, budget)) return null;
    const reachable = (pos: number, left: number, need: number): boolean =>
      need >= (least[left * stride + pos] as number) && need <= (most[left * stride + pos] as number);
    if (!reachable(0, k - 1, total)) continue;
    const rec = (pos: number, left: number, sum: number): void => {
      if (overflow) return;
      if (budget && !budget.spend()) {
        overflow = true;
        return;
      }
      const remaining = prefix.length - pos;
      const row = values[pos] as readonly number[];
      if (left === 1) {
        if (remaining > lt || (remaining > 1 && prefix.charCodeAt(pos) === 48)) return;
        const last = row[remaining - 1] as number;
        if (sum + last !== total) return;
        parts.push(last);
        out.push([...parts, total]);
        parts.pop();
        if (out.length > MAX_CUTS) overflow = true;
        return;
      }
      // No part has more digits than the total (a part is at most the sum).
      const minLen = Math.max(1, remaining - (left - 1) * lt);
      const maxLen = Math.min(lt, remaining - (left - 1));
      for (let len = minLen; len <= maxLen; len++) {
        if (len > 1 && prefix.charCodeAt(pos) === 48) break;
        const v = row[len - 1] as number;
        // Numbers only grow with more digits: once the sum passes the total, longer cuts do too.
        if (sum + v > total) break;
        // What the digits left can still add, exactly (from the digits themselves), must reach the total.
        if (!reachable(pos + len, left - 1, total - sum - v)) continue;
        parts.push(v);
        rec(pos + len, left - 1, sum + v);
        parts.pop();
      }
    };
    if (k === 1) continue;
    rec(0, k - 1, 0);
    if (overflow) return null;
  }
  return out;
}

/** The least and the most `left` numbers can add from each position: `least[left · stride + pos]`. */
interface SumBounds {
  least: Float64Array;
  most: Float64Array;
  /** Positions per `left` (the longest digit string plus one). */
  stride: number;
}

/** The number of each (position, length) of a digit string, read once (`values[pos][len − 1]`). */
function numbersAt(digits: string): number[][] {
  const values: number[][] = [];
  for (let pos = 0; pos < digits.length; pos++) {
    const row: number[] = [];
    let v = 0;
    for (let len = 1; len <= MAX_PIECE && pos + len <= digits.length; len++) {
      v = v * 10 + (digits.charCodeAt(pos + len - 1) - 48);
      row.push(v);
    }
    values.push(row);
  }
  return values;
}

/**
 * For a string of digits cut into numbers of at most `maxLen` digits (no leading zeros): the least
 * and the most `left` numbers can add from each position to the end, written into `into` for
 * `left` up to `parts` (Infinity and −Infinity where no cut exists). `values` are the numbers of a
 * string `digits` begins (see {@link numbersAt}). Linear in positions × numbers × `maxLen`; paid
 * from `budget`; false when it runs out.
 */
function sumBounds(
  digits: string,
  parts: number,
  maxLen: number,
  values: readonly (readonly number[])[],
  into: SumBounds,
  budget?: WorkBudget,
): boolean {
  const n = digits.length;
  const { least, most, stride } = into;
  for (let pos = 0; pos < n; pos++) {
    least[pos] = Infinity;
    most[pos] = -Infinity;
  }
  least[n] = 0;
  most[n] = 0;
  for (let left = 1; left <= parts; left++) {
    const row0 = left * stride;
    const rest0 = row0 - stride;
    for (let pos = 0; pos < n; pos++) {
      if (budget && !budget.spend()) return false;
      const row = values[pos] as readonly number[];
      let l = Infinity;
      let h = -Infinity;
      for (let len = 1; len <= maxLen && pos + len <= n; len++) {
        if (len > 1 && digits.charCodeAt(pos) === 48) break;
        const restLo = least[rest0 + pos + len] as number;
        if (restLo === Infinity) continue;
        const v = row[len - 1] as number;
        if (v + restLo < l) l = v + restLo;
        const high = v + (most[rest0 + pos + len] as number);
        if (high > h) h = high;
      }
      least[row0 + pos] = l;
      most[row0 + pos] = h;
    }
    least[row0 + n] = Infinity;
    most[row0 + n] = -Infinity;
  }
  return true;
}

/** Whether a row should be read as run-together cells: fewer items than columns and a glued integer among them. */
export function hasDigitRun(items: readonly RowItem[], ncols: number): boolean {
  return items.length < ncols && items.some(isRun);
}

/** A glued integer of two or more digits, possibly signed (the sign belongs to its first number). */
function isRun(i: RowItem): boolean {
  return i.token.kind === 'value' && i.token.glued === true && RUN_RE.test(i.token.raw);
}

const RUN_RE = /^[+-]?\d[\d,]*\d$/;

/**
 * A glued run as digits, and the cuts its thousands separators allow: a separator is followed by
 * three digits of its number, and its number has one to three digits before its first separator
 * (`…1161,162` ends in `1,162`, `61,162` or `161,162`; `3,3032,472` is `3,303` then `2,472`).
 */
export interface RunDigits {
  /** The sign written before the run: it belongs to the first number. */
  sign: 1 | -1;
  /** The digits, without sign and separators. */
  digits: string;
  /** Whether a cut (numbers in order, no leading zeros) keeps every separator inside its number. */
  fits: (cut: readonly number[]) => boolean;
}

/** Digits of a thousands group after a separator. */
const GROUP_DIGITS = 3;

/** The digits of a glued run and the check of its separators (see {@link RunDigits}). */
export function runDigits(raw: string): RunDigits {
  const sign = raw.startsWith('-') ? -1 : 1;
  const body = raw.replace(/^[+-]/, '');
  if (!body.includes(',')) return { sign, digits: body, fits: () => true };
  // Chains of separators: [position of the first separator, end of the last group] in digits.
  const chains: [number, number][] = [];
  let count = 0;
  for (const ch of body) {
    if (ch !== ',') {
      count++;
      continue;
    }
    const last = chains[chains.length - 1];
    if (last && last[1] === count) last[1] = count + GROUP_DIGITS;
    else chains.push([count, count + GROUP_DIGITS]);
  }
  const digits = body.replace(/,/g, '');
  const fits = (cut: readonly number[]): boolean => {
    // Where each number starts and ends in the digits.
    let at = 0;
    let chain = 0;
    for (const n of cut) {
      const start = at;
      at += String(Math.abs(n)).length;
      while (chain < chains.length) {
        const [first, end] = chains[chain] as [number, number];
        if (first >= at) break;
        // This number holds the chain's first separator: it must hold the whole chain, end with
        // its last group, and have at most three digits before the first separator.
        if (at !== end || first - start > GROUP_DIGITS || first <= start) return false;
        chain++;
      }
    }
    return chain === chains.length;
  };
  return { sign, digits, fits };
}

/** Every choice of `k` of the `ncols` columns that `allowed` admits, each in increasing order, in lexicographic order. */
function blankPlaces(ncols: number, k: number, allowed: (column: number) => boolean): number[][] {
  const out: number[][] = [];
  const chosen: number[] = [];
  const pick = (from: number): void => {
    if (chosen.length === k) {
      out.push(chosen.slice());
      return;
    }
    for (let c = from; c < ncols; c++) {
      if (!allowed(c)) continue;
      chosen.push(c);
      pick(c + 1);
      chosen.pop();
    }
  };
  pick(0);
  return out;
}

/**
 * The readings of a row with digit runs: every way to cut its glued integers so that the row has
 * `ncols` items, filtered by `accept` (the row's own arithmetic, when it has one).
 * Synthetic tokens keep the run's location. `null` when the search is too large. `narrowing`
 * says what the caller already knows of the row (see {@link RowNarrowing}).
 */
export function readingsOfRow(
  items: readonly RowItem[],
  ncols: number,
  accept: (values: (number | null)[]) => boolean,
  mayVanish: (column: number) => boolean = () => false,
  preferWhole = true,
  budget?: WorkBudget,
  prune?: RowPrune,
  narrowing: RowNarrowing = {},
): RowItem[][] | null {
  const deficit = ncols - items.length;
  const piece = pieceItems();
  const { most } = narrowing;
  // Crawler text cannot show a blank cell: it simply vanishes. When the whole row is one run, also
  // read it as one number fewer with a blank at each column where a blank may have been.
  if (items.length === 1 && deficit > 0 && isRun(items[0] as RowItem)) {
    const it = items[0] as RowItem;
    const full = narrowing.noWholeCut ? [] : cutReadings(items, ncols, accept, budget, prune, piece);
    if (full === null) return null;
    // With arithmetic to check (`preferWhole`), a row whose digits make as many numbers as it has
    // cells is read as such; only a row that cannot be read whole is read with a vanished blank
    // (which cell vanished is then usually open, and the cells stay ambiguous unless the column
    // relations decide). Without arithmetic (table 二) both kinds of reading are kept.
    if (preferWhole && full.length > 0) return full;
    const { sign, digits, fits } = runDigits((it.token as ValueToken).raw);
    // Groups with their sums (table 四): a run that cuts whole may still have lost blank cells
    // (a cut of fifteen numbers can take a digit from the next group where a blank vanished); where
    // the caller cannot rule out that blanks vanish (no blank written as a mark in the document, or
    // table 三 shows them vanish), the readings with vanished blanks are kept beside the whole ones.
    if (isGroupSums(prune)) {
      if (sign !== 1 || ncols % prune.groupSize !== 0) return full;
      const lost = groupVanishedReadings(it, digits, fits, ncols, prune.groupSize, accept, mayVanish, piece, budget);
      return lost === null ? null : [...full, ...lost];
    }
    const out: RowItem[][] = preferWhole ? [] : full.slice();
    // With the last cell the sum of the others (table 三), a row that lost an applicant cell still
    // ends with its total: those cuts are searched as sums; only a lost total leaves them free.
    const summed = prune === LAST_IS_SUM && sign === 1;
    const free = (p: number): boolean => !summed || p === ncols - 1;
    // Where the caller knows each cell's most (`most`: a part at most its whole), a reading with a
    // vanished blank keeps every cell within it; the cuts with a vanished total, bounded by nothing
    // else, are cut within it (the total is the last cell: the cut's numbers are columns 0 … ncols − 2).
    const bounded = summed && most !== undefined && most.length === ncols;
    const cutsFor = new Map<boolean, number[][] | null>();
    const cutOf = (isFree: boolean): number[][] | null =>
      isFree && bounded
        ? splitBounded(digits, most.slice(0, ncols - 1), budget)
        : splitDigits(digits, ncols - 1, budget, isFree ? undefined : LAST_IS_SUM);
    // One blank item for every reading of the row (items are never changed).
    let blank: RowItem | undefined;
    for (let p = 0; p < ncols; p++) {
      if (!mayVanish(p)) continue;
      const isFree = free(p);
      if (!cutsFor.has(isFree)) cutsFor.set(isFree, cutOf(isFree));
      const cuts = cutsFor.get(isFree);
      if (cuts === null || cuts === undefined) return null;
      for (const cut of cuts) {
        if (!fits(cut)) continue;
        // The cut's numbers (the sign on the first) with a blank at p.
        const values = new Array<number | null>(ncols);
        for (let c = 0, k = 0; c < ncols; c++) values[c] = c === p ? null : k === 0 ? sign * (cut[k++] as number) : (cut[k++] as number);
        if (bounded && !withinMost(values, most)) continue;
        if (!accept(values)) continue;
        const row = new Array<RowItem>(ncols);
        for (let c = 0; c < ncols; c++) row[c] = c === p ? (blank ??= blankItem(it)) : piece(it, values[c] as number);
        out.push(row);
      }
    }
    // Without arithmetic (table 二) more than one blank may have vanished from the run (`规范性文件60`:
    // 60 alone, blank blank 60, is as good a reading as 6 0 with one blank): those readings are kept
    // too, so the cells they disagree on stay ambiguous.
    if (!preferWhole && prune === undefined && sign === 1) {
      for (let k = 2; k < ncols && k <= deficit; k++) {
        if (digits.length < ncols - k || digits.length > (ncols - k) * MAX_PIECE) continue;
        const cuts = splitDigits(digits, ncols - k, budget);
        if (cuts === null) return null;
        for (const blanks of blankPlaces(ncols, k, mayVanish)) {
          for (const cut of cuts) {
            const row = fits(cut) ? rowWithBlanks(it, cut, blanks, ncols, accept, piece, () => (blank ??= blankItem(it))) : null;
            if (row) out.push(row);
          }
        }
      }
    }
    return out;
  }
  const cuts = cutReadings(items, ncols, accept, budget, prune, piece);
  // Without arithmetic (table 二), a row of several items may as well have lost a blank cell next
  // to a number that is whole (`行政许可37-1`: 37 −1 and a blank, or 3 7 −1): both kinds are kept.
  if (preferWhole || cuts === null) return cuts;
  const lost = vanishedCutReadings(items, ncols, accept, mayVanish, piece, budget);
  return lost === null ? null : [...cuts, ...lost];
}

/** What a caller of {@link readingsOfRow} already knows of a row that is one run of digits. */
export interface RowNarrowing {
  /**
   * The most each cell can hold in any reading the caller's equations keep (one bound a column,
   * Infinity for none; used with {@link LAST_IS_SUM}): the readings with a vanished blank are
   * searched within it (the whole ones as without it).
   */
  readonly most?: readonly number[];
  /** The row was cut whole already and no cut held: only its readings with a vanished blank are searched. */
  readonly noWholeCut?: boolean;
}

/** Whether every cell of a reading is within its most (a blank always is). */
function withinMost(values: readonly (number | null)[], most: readonly number[]): boolean {
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v !== null && v !== undefined && v > (most[c] as number)) return false;
  }
  return true;
}

/**
 * The row of a run's `cut` (unsigned numbers, in order) with blank cells at the columns `blanks`, or
 * null when `accept` turns its values away. `blank` gives the one blank item the readings share.
 */
function rowWithBlanks(
  it: RowItem,
  cut: readonly number[],
  blanks: readonly number[],
  ncols: number,
  accept: (values: (number | null)[]) => boolean,
  piece: PieceItems,
  blank: () => RowItem,
): RowItem[] | null {
  const values = new Array<number | null>(ncols);
  for (let c = 0, k = 0; c < ncols; c++) values[c] = blanks.includes(c) ? null : (cut[k++] as number);
  if (!accept(values)) return null;
  const row = new Array<RowItem>(ncols);
  for (let c = 0; c < ncols; c++) row[c] = values[c] === null ? blank() : piece(it, values[c] as number);
  return row;
}

/**
 * Readings of a row of groups with their sums, one run of digits (table 四 glued), that lost blank
 * cells, any number of them: where nothing shows how blanks print, any cell may have vanished (a
 * sparse table 四 writes five blanks as nothing: `００２０２０１００１０２４７４９` is
 * `_ 0 0 20 20 | _ _ 10 0 10 | 2 _ _ 47 49` as well as `0 0 2 0 2 | 0 1 0 0 1 | …`), so a search
 * bounded by a count of vanished blanks would state cells its readings agree on while readings it
 * never tried read them otherwise. The digits are cut group by group: each group's readings of a
 * stretch of the digits (its numbers at any of its columns, the others blank, its sum kept: a
 * blank total only over zeros, as {@link splitGroupSums} reads one), found once per stretch; the
 * rows are the combinations of stretches that cover the digits, those with a blank at a column
 * `mayVanish` refuses and those with no blank left out, filtered by `fits` and `accept`. `null`
 * when the search is too large (more than {@link MAX_CUTS} rows, or the budget ran out).
 */
function groupVanishedReadings(
  it: RowItem,
  digits: string,
  fits: (cut: readonly number[]) => boolean,
  ncols: number,
  groupSize: number,
  accept: (values: (number | null)[]) => boolean,
  mayVanish: (column: number) => boolean,
  piece: PieceItems,
  budget?: WorkBudget,
): RowItem[][] | null {
  const groups = ncols / groupSize;
  const n = digits.length;
  const parts = groupSize - 1;
  // (each group's readings of digits[from, to), by from·(n+1)+to; null: the search ran out)
  const memo = new Map<number, (number | null)[][] | null>();
  // (the numbers and digit sums of the whole run, read once for all its stretches; the columns of each count of numbers)
  const values = numbersAt(digits);
  const digitSums = prefixDigitSums(digits);
  const places = Array.from({ length: parts + 1 }, (_, k) => blankPlaces(parts, k, () => true));
  const readingsOf = (from: number, to: number): (number | null)[][] | null => {
    const key = from * (n + 1) + to;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const out: (number | null)[][] = [];
    if (from === to) out.push(new Array<number | null>(groupSize).fill(null));
    else {
      const stretch = digits.slice(from, to);
      for (let k = 0; k <= parts; k++)
        for (const noTotal of [false, true]) {
          if (noTotal && k === 0) continue;
          const cuts = groupSumCuts(stretch, [k], budget, [noTotal], values, digitSums, from);
          if (cuts === null) {
            memo.set(key, null);
            return null;
          }
          for (const cut of cuts)
            for (const at of places[k] as number[][]) {
              const cells = new Array<number | null>(groupSize).fill(null);
              at.forEach((c, i) => (cells[c] = cut[i] as number));
              if (!noTotal) cells[parts] = cut[k] as number;
              out.push(cells);
            }
        }
    }
    memo.set(key, out);
    return out;
  };
  // (whether groups g… can read digits[from, n): dead ends are not walked once per reading before them)
  const ends = new Map<number, number[] | null>();
  const endsOf = (g: number, from: number): number[] | null => {
    const key = g * (n + 1) + from;
    const known = ends.get(key);
    if (known !== undefined) return known;
    const found: number[] = [];
    for (let to = g === groups - 1 ? n : from; to <= n; to++) {
      const readings = readingsOf(from, to);
      if (readings === null) {
        ends.set(key, null);
        return null;
      }
      if (readings.length === 0) continue;
      const rest = g === groups - 1 ? [] : endsOf(g + 1, to);
      if (rest === null) {
        ends.set(key, null);
        return null;
      }
      if (g === groups - 1 || rest.length > 0) found.push(to);
    }
    ends.set(key, found);
    return found;
  };
  const out: RowItem[][] = [];
  let blank: RowItem | undefined;
  const chosen: (number | null)[][] = [];
  let overflow = false;
  // Group g's stretch starts at `from`: every end with readings (the last group ends at the end).
  const rec = (g: number, from: number): boolean => {
    if (g === groups) {
      // (the groups' cells in order: what chosen.flat() gives, without its generic path)
      const cells = new Array<number | null>(ncols);
      for (let j = 0, c = 0; j < chosen.length; j++) {
        const r = chosen[j] as (number | null)[];
        for (let i = 0; i < r.length; i++) cells[c++] = r[i] as number | null;
      }
      let lost = 0;
      for (let c = 0; c < ncols; c++) if (cells[c] === null && (lost++, !mayVanish(c))) return true;
      if (lost === 0) return true;
      const cut: number[] = [];
      for (let c = 0; c < ncols; c++) if (cells[c] !== null) cut.push(cells[c] as number);
      if (!fits(cut) || !accept(cells)) return true;
      const row = new Array<RowItem>(ncols);
      for (let c = 0; c < ncols; c++) row[c] = cells[c] === null ? (blank ??= blankItem(it)) : piece(it, cells[c] as number);
      out.push(row);
      return out.length <= MAX_CUTS;
    }
    const stretches = endsOf(g, from);
    if (stretches === null) return false;
    for (const to of stretches) {
      const readings = readingsOf(from, to) as (number | null)[][];
      for (const r of readings) {
        chosen.push(r);
        const more = rec(g + 1, to);
        chosen.pop();
        if (!more) return false;
      }
    }
    return true;
  };
  overflow = !rec(0, 0);
  return overflow ? null : out;
}

/**
 * Readings of a row of several items (at least one a digit run) that lost `b` blank cells, for
 * every `b` from 1 to {@link MAX_VANISHED} that leaves room: the runs cut into `ncols − b` items
 * (or kept whole when the row has that many), a blank put back at every set of `b` columns that
 * `mayVanish` allows, filtered by `accept`. `null` when the search is too large.
 */
function vanishedCutReadings(
  items: readonly RowItem[],
  ncols: number,
  accept: (values: (number | null)[]) => boolean,
  mayVanish: (column: number) => boolean,
  piece: PieceItems,
  budget?: WorkBudget,
): RowItem[][] | null {
  const out: RowItem[][] = [];
  const valueOf = (it: RowItem): number | null => (it.token.kind === 'value' ? it.token.content.value : null);
  for (let b = 1; b <= Math.min(MAX_VANISHED, ncols - items.length); b++) {
    const width = ncols - b;
    const bases = width === items.length ? [items.slice()] : cutReadings(items, width, () => true, budget, undefined, piece);
    if (bases === null) return null;
    for (const base of bases) {
      const blanks: number[] = [];
      const rec = (from: number): boolean => {
        if (blanks.length === b) {
          if (budget && !budget.spend()) return false;
          const row: RowItem[] = [];
          let k = 0;
          for (let c = 0; c < ncols; c++)
            row.push(blanks.includes(c) ? blankItem(base[Math.min(k, base.length - 1)] as RowItem) : (base[k++] as RowItem));
          if (accept(row.map(valueOf))) out.push(row);
          return out.length <= MAX_CUTS;
        }
        for (let c = from; c < ncols; c++) {
          if (!mayVanish(c)) continue;
          blanks.push(c);
          const ok = rec(c + 1);
          blanks.pop();
          if (!ok) return false;
        }
        return true;
      };
      if (!rec(0)) return null;
    }
  }
  return out;
}

/**
 * Every cut of the row's runs into exactly `ncols` items that `accept` allows. Cuts are checked as
 * numbers and only the accepted ones become items (most cuts fail the arithmetic). `prune` applies
 * when the row is a single run (the common case: the whole row glued), where a partial cut is a
 * prefix of the row.
 */
function cutReadings(
  items: readonly RowItem[],
  ncols: number,
  accept: (values: (number | null)[]) => boolean,
  budget: WorkBudget | undefined,
  prune: RowPrune | undefined,
  piece: PieceItems,
): RowItem[][] | null {
  const deficit = ncols - items.length;
  const runs = items.map((it, i) => ({ it, i })).filter(({ it }) => isRun(it));
  if (runs.length === 0 || deficit <= 0) return [];
  const whole = items.length === 1;
  if (!whole && isGroupSums(prune) && items.every((it) => !isRun(it) || runDigits((it.token as ValueToken).raw).sign === 1))
    return groupCellReadings(items, ncols, prune.groupSize, accept, budget, piece);
  const out: RowItem[][] = [];
  const valueOf = (it: RowItem): number | null => (it.token.kind === 'value' ? it.token.content.value : null);
  // Distribute the extra cells over the runs (usually one run holds the whole row).
  const distribute = (r: number, left: number, extra: number[]): boolean => {
    if (r === runs.length - 1) {
      extra.push(left);
      const ok = expand(extra);
      extra.pop();
      return ok;
    }
    for (let e = 0; e <= left; e++) {
      extra.push(e);
      const ok = distribute(r + 1, left - e, extra);
      extra.pop();
      if (!ok) return false;
    }
    return true;
  };
  const expand = (extra: number[]): boolean => {
    const options: number[][][] = [];
    for (let r = 0; r < runs.length; r++) {
      const { it } = runs[r] as { it: RowItem };
      const { sign, digits, fits } = runDigits((it.token as ValueToken).raw);
      const all = splitDigits(digits, 1 + (extra[r] as number), budget, whole && sign === 1 ? prune : undefined);
      if (all === null) return false;
      const cuts = all.filter(fits);
      options.push(sign === 1 ? cuts : cuts.map((cut) => cut.map((n, k) => (k === 0 ? -n : n))));
    }
    const chosen: number[][] = [];
    let ok = true;
    const combine = (r: number): void => {
      if (!ok || out.length > MAX_CUTS) return;
      if (budget && !budget.spend()) {
        ok = false;
        return;
      }
      if (r === runs.length && whole) {
        // The row is one run (the common case): its cut is the row.
        const values: (number | null)[] = (chosen[0] as number[]).slice();
        if (!accept(values)) return;
        out.push((chosen[0] as number[]).map((n) => piece(items[0] as RowItem, n)));
        return;
      }
      if (r === runs.length) {
        const values: (number | null)[] = [];
        let k = 0;
        items.forEach((it, i) => {
          if (k < runs.length && (runs[k] as { i: number }).i === i) for (const n of chosen[k++] as number[]) values.push(n);
          else values.push(valueOf(it));
        });
        if (!accept(values)) return;
        const row: RowItem[] = [];
        k = 0;
        items.forEach((it, i) => {
          if (k < runs.length && (runs[k] as { i: number }).i === i) for (const n of chosen[k++] as number[]) row.push(piece(it, n));
          else row.push(it);
        });
        out.push(row);
        return;
      }
      for (const opt of options[r] as number[][]) {
        chosen[r] = opt;
        combine(r + 1);
      }
    };
    combine(0);
    return ok && out.length <= MAX_CUTS;
  };
  return distribute(0, deficit, []) ? out : null;
}

/**
 * {@link cutReadings} for a row of several runs and other items whose cells are groups with their
 * sums (table 四: `17－001717047－6413004659`, runs between blank marks): the row is cut cell by cell,
 * across its runs in order, and a group is checked as soon as its last cell is cut (its total the
 * sum of the others, a blank counting 0, as `accept` reads the whole row), so no later run is cut
 * after a group that cannot hold. (Cutting each run on its own first lists every cut of a long run,
 * 33 digits into 13 numbers, before any group is checked.) Every reading is still checked by `accept`.
 */
function groupCellReadings(
  items: readonly RowItem[],
  ncols: number,
  groupSize: number,
  accept: (values: (number | null)[]) => boolean,
  budget: WorkBudget | undefined,
  piece: PieceItems,
): RowItem[][] | null {
  const parsed = items.map((it) => (isRun(it) ? runDigits((it.token as ValueToken).raw) : null));
  // The fewest cells the items from k on make (a run at least one per ten digits, any other item one).
  const least = new Array<number>(items.length + 1).fill(0);
  const most = new Array<number>(items.length + 1).fill(0);
  for (let k = items.length - 1; k >= 0; k--) {
    const r = parsed[k];
    least[k] = (least[k + 1] as number) + (r ? Math.ceil(r.digits.length / MAX_PIECE) : 1);
    most[k] = (most[k + 1] as number) + (r ? r.digits.length : 1);
  }
  const out: RowItem[][] = [];
  const values: (number | null)[] = [];
  const row: RowItem[] = [];
  const cut: number[] = [];
  let ok = true;
  const groupHolds = (): boolean => {
    if (values.length % groupSize !== 0) return true;
    const g = values.length - groupSize;
    let sum = 0;
    for (let j = 0; j < groupSize - 1; j++) sum += values[g + j] ?? 0;
    return Math.abs(sum - (values[values.length - 1] ?? 0)) <= GROUP_SUM_TOLERANCE;
  };
  // (`from`: where the numbers of the run being cut start in `cut`)
  const rec = (k: number, pos: number, from: number): void => {
    if (!ok) return;
    if (budget && !budget.spend()) {
      ok = false;
      return;
    }
    if (k === items.length) {
      if (values.length === ncols && accept(values.slice())) out.push(row.slice());
      if (out.length > MAX_CUTS) ok = false;
      return;
    }
    const it = items[k] as RowItem;
    const r = parsed[k];
    if (!r) {
      if (values.length + (least[k] as number) > ncols || values.length + (most[k] as number) < ncols) return;
      values.push(it.token.kind === 'value' ? it.token.content.value : null);
      row.push(it);
      if (groupHolds()) rec(k + 1, 0, cut.length);
      values.pop();
      row.pop();
      return;
    }
    const digits = r.digits;
    const left = digits.length - pos;
    // (cells still to make: this run's rest at least one per ten digits, at most one per digit)
    if (values.length + Math.ceil(left / MAX_PIECE) + (least[k + 1] as number) > ncols) return;
    if (values.length + left + (most[k + 1] as number) < ncols) return;
    const maxLen = Math.min(MAX_PIECE, left);
    let v = 0;
    for (let len = 1; len <= maxLen; len++) {
      if (len > 1 && digits.charCodeAt(pos) === 48) break;
      v = v * 10 + (digits.charCodeAt(pos + len - 1) - 48);
      values.push(v);
      cut.push(v);
      row.push(piece(it, v));
      const end = pos + len === digits.length;
      // (a run's thousands separators checked once its cut is whole)
      if (groupHolds() && (!end || r.fits(cut.slice(from)))) rec(end ? k + 1 : k, end ? 0 : pos + len, end ? cut.length : from);
      values.pop();
      cut.pop();
      row.pop();
    }
  };
  rec(0, 0, 0);
  return ok ? out : null;
}

/** The most blank cells a row may have lost for their places to be searched by the arithmetic. */
export const MAX_VANISHED = 2;

/**
 * The most blank cells a row of a table written on one line (crawler text) may have lost for their
 * places to be searched (elsewhere {@link MAX_VANISHED}: a row of a page's text that shows fewer
 * numbers may have lost them in other ways): all but one (each place is one reading, at most C(7, 3) = 35 for a row of table 三, and
 * the search over combinations of rows reads classes of readings, not their product).
 */
export const MAX_LOST_UNSEEN = 6;

/**
 * Whether a row may have lost blank cells that left no trace: fewer value items than columns (by
 * at most `maxLost`), one run with no text inside it, no explicit blank, no glued digits,
 * and a layout that shows no gaps (one-line text, where the whitespace of an empty cell collapsed
 * into the separator of its neighbours). Which cells were blank is then open; the table's
 * arithmetic may decide it ({@link vanishedBlankReadings}).
 */
export function hasVanishedBlanks(evidence: RowEvidence, ncols: number, maxLost = MAX_VANISHED): boolean {
  const items = evidence.items;
  const lost = ncols - items.length;
  if (evidence.gapsVisible || lost < 1 || lost > maxLost || items.length === 0) return false;
  const run = (items[0] as RowItem).run;
  return items.every((i) => i.run === run && i.collapsedBefore === 0 && i.token.kind === 'value' && !i.token.glued && !i.token.inRow);
}

/**
 * The readings of a row that lost blank cells: a blank put back at every set of columns (the
 * items keep their order), filtered by `accept` (the row's own arithmetic, where a blank counts as
 * 0) and, when given, by `fits` (the places the row's positions allow, `position-fit.ts`). One unit
 * of `budget` per reading; `null` when it runs out.
 */
export function vanishedBlankReadings(
  items: readonly RowItem[],
  ncols: number,
  accept: (values: (number | null)[]) => boolean,
  budget?: WorkBudget,
  fits?: (reading: readonly RowItem[]) => boolean,
): RowItem[][] | null {
  const lost = ncols - items.length;
  const out: RowItem[][] = [];
  const blanks: number[] = [];
  let ok = true;
  const rec = (from: number): void => {
    if (!ok) return;
    if (blanks.length === lost) {
      if (budget && !budget.spend()) {
        ok = false;
        return;
      }
      const row: RowItem[] = [];
      let k = 0;
      for (let c = 0; c < ncols; c++)
        row.push(blanks.includes(c) ? blankItem(items[Math.min(k, items.length - 1)] as RowItem) : (items[k++] as RowItem));
      if (accept(row.map((i) => (i.token.kind === 'value' ? i.token.content.value : null))) && (!fits || fits(row))) out.push(row);
      return;
    }
    for (let c = from; c < ncols; c++) {
      blanks.push(c);
      rec(c + 1);
      blanks.pop();
    }
  };
  rec(0);
  return ok ? out : null;
}

function blankItem(it: RowItem): RowItem {
  const t = it.token;
  return { ...it, token: { kind: 'blank', raw: '', start: t.start, end: t.start, line: t.line, gapBefore: 0, lineStart: false } };
}

/** Makes the item of a number cut from a run, once per run and number (readings share them; items are never changed). */
type PieceItems = (it: RowItem, n: number) => RowItem;

/** A {@link PieceItems} for the readings of one row: most readings of a row share most of their numbers. */
function pieceItems(): PieceItems {
  const made = new Map<RowItem, Map<number, RowItem>>();
  return (it, n) => {
    let byValue = made.get(it);
    if (!byValue) {
      byValue = new Map();
      made.set(it, byValue);
    }
    let item = byValue.get(n);
    if (!item) {
      item = pieceItem(it, n);
      byValue.set(n, item);
    }
    return item;
  };
}

function pieceItem(it: RowItem, n: number): RowItem {
  const t = it.token as ValueToken;
  const token: ValueToken = { ...t, raw: String(n), content: { kind: 'number', value: n, signed: false, digits: String(n) }, glued: false };
  return { ...it, token };
}
