/**
 * Digit runs: crawler text where a row's cells run together with no separator
 * (`本年新收政府信息公开申请数量641002067` = 64 1 0 0 2 0 67). A run is cut into numbers in every
 * way that has no leading zeros; the table readers keep the cuts the table's arithmetic allows.
 */
import type { RowItem } from './placement.js';
import type { ValueToken } from './tokens.js';

/** Upper bound on enumerated cuts of one row (keeps the search linear in practice). */
const MAX_CUTS = 50_000;

/** The longest number a cell holds (counts and amounts in these reports stay far below 10^10). */
const MAX_PIECE = 10;

/**
 * Every way to cut `digits` into `k` numbers without leading zeros and of at most ten digits;
 * `null` when there are too many (or the run is too long to be k cells). Linear in the output.
 */
export function splitDigits(digits: string, k: number): number[][] | null {
  if (k < 1 || digits.length < k || digits.length > k * MAX_PIECE) return digits.length < k ? [] : null;
  const out: number[][] = [];
  const parts: number[] = [];
  let overflow = false;
  const rec = (pos: number, left: number): void => {
    if (overflow) return;
    const remaining = digits.length - pos;
    if (left === 1) {
      // The last number takes the rest.
      if (remaining > MAX_PIECE || (remaining > 1 && digits.charCodeAt(pos) === 48)) return;
      parts.push(Number(digits.slice(pos)));
      out.push(parts.slice());
      parts.pop();
      if (out.length > MAX_CUTS) overflow = true;
      return;
    }
    // Leave at least one digit, and at most ten, for each later number.
    const minLen = Math.max(1, remaining - (left - 1) * MAX_PIECE);
    const maxLen = Math.min(MAX_PIECE, remaining - (left - 1));
    for (let len = minLen; len <= maxLen; len++) {
      if (len > 1 && digits.charCodeAt(pos) === 48) break;
      parts.push(Number(digits.slice(pos, pos + len)));
      rec(pos + len, left - 1);
      parts.pop();
    }
  };
  rec(0, k);
  return overflow ? null : out;
}

/** Whether a row should be read as run-together cells: fewer items than columns and a glued integer among them. */
export function hasDigitRun(items: readonly RowItem[], ncols: number): boolean {
  return items.length < ncols && items.some(isRun);
}

/** A glued integer of two or more digits, possibly signed (the sign belongs to its first number). */
function isRun(i: RowItem): boolean {
  return i.token.kind === 'value' && i.token.glued === true && RUN_RE.test(i.token.raw);
}

const RUN_RE = /^[+-]?\d{2,}$/;

/**
 * The readings of a row with digit runs: every way to cut its glued integers so that the row has
 * `ncols` items, filtered by `accept` (the row's own arithmetic, when it has one).
 * Synthetic tokens keep the run's location. `null` when the search is too large.
 */
export function readingsOfRow(
  items: readonly RowItem[],
  ncols: number,
  accept: (values: (number | null)[]) => boolean,
  mayVanish: (column: number) => boolean = () => false,
  preferWhole = true,
): RowItem[][] | null {
  const deficit = ncols - items.length;
  // Crawler text cannot show a blank cell: it simply vanishes. When the whole row is one run, also
  // read it as one number fewer with a blank at each column where a blank may have been.
  if (items.length === 1 && deficit > 0 && isRun(items[0] as RowItem)) {
    const it = items[0] as RowItem;
    const full = cutReadings(items, ncols, accept);
    if (full === null) return null;
    // With arithmetic to check (`preferWhole`), a row whose digits make as many numbers as it has
    // cells is read as such; only a row that cannot be read whole is read with a vanished blank
    // (which cell vanished is then usually open, and the cells stay ambiguous unless the column
    // relations decide). Without arithmetic (table 二) both kinds of reading are kept.
    if (preferWhole && full.length > 0) return full;
    const raw = (it.token as ValueToken).raw;
    const sign = raw.startsWith('-') ? -1 : 1;
    const fewer = splitDigits(raw.replace(/^[+-]/, ''), ncols - 1);
    if (fewer === null) return null;
    const out: RowItem[][] = preferWhole ? [] : full.slice();
    for (const cut of fewer) {
      for (let p = 0; p < ncols; p++) {
        if (!mayVanish(p)) continue;
        const row: RowItem[] = cut.map((n, k) => pieceItem(it, k === 0 ? sign * n : n));
        row.splice(p, 0, blankItem(it));
        if (accept(row.map((x) => (x.token.kind === 'value' ? x.token.content.value : null)))) out.push(row);
      }
    }
    return out;
  }
  return cutReadings(items, ncols, accept);
}

/** Every cut of the row's runs into exactly `ncols` items that `accept` allows. */
function cutReadings(items: readonly RowItem[], ncols: number, accept: (values: (number | null)[]) => boolean): RowItem[][] | null {
  const deficit = ncols - items.length;
  const runs = items.map((it, i) => ({ it, i })).filter(({ it }) => isRun(it));
  if (runs.length === 0 || deficit <= 0) return [];
  const out: RowItem[][] = [];
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
    const options: RowItem[][][] = [];
    for (let r = 0; r < runs.length; r++) {
      const { it } = runs[r] as { it: RowItem };
      const raw = (it.token as ValueToken).raw;
      const sign = raw.startsWith('-') ? -1 : 1;
      const cuts = splitDigits(raw.replace(/^[+-]/, ''), 1 + (extra[r] as number));
      if (cuts === null) return false;
      options.push(cuts.map((cut) => cut.map((n, k) => pieceItem(it, k === 0 ? sign * n : n))));
    }
    const combine = (r: number, acc: Map<number, RowItem[]>): void => {
      if (out.length > MAX_CUTS) return;
      if (r === runs.length) {
        const row: RowItem[] = [];
        items.forEach((it, i) => {
          for (const part of acc.get(i) ?? [it]) row.push(part);
        });
        const values = row.map((x) => (x.token.kind === 'value' ? x.token.content.value : null));
        if (accept(values)) out.push(row);
        return;
      }
      for (const opt of options[r] as RowItem[][]) {
        acc.set((runs[r] as { i: number }).i, opt);
        combine(r + 1, acc);
      }
      acc.delete((runs[r] as { i: number }).i);
    };
    combine(0, new Map());
    return out.length <= MAX_CUTS;
  };
  return distribute(0, deficit, []) ? out : null;
}

function blankItem(it: RowItem): RowItem {
  const t = it.token;
  return { ...it, token: { kind: 'blank', raw: '', start: t.start, end: t.start, line: t.line, gapBefore: 0, lineStart: false } };
}

function pieceItem(it: RowItem, n: number): RowItem {
  const t = it.token as ValueToken;
  const token: ValueToken = { ...t, raw: String(n), content: { kind: 'number', value: n, signed: false, digits: String(n) }, glued: false };
  return { ...it, token };
}
