/**
 * The one module that imports parsimmon. The grammar files build on the primitives below;
 * nothing outside `src/grammar/` sees a parsimmon type, and none reaches the public `.d.ts`.
 *
 * Measured choices (STACK.md): tokens are sticky regexes run inside a custom primitive
 * (1.5× faster than `P.regexp`), positions are plain offsets (never `.mark()`/`P.index`, which
 * compute line/column by rescanning), and alternatives over many literals are one regex.
 */
import P from 'parsimmon';

/** A parser producing `T` (parsimmon's, kept internal). */
export type Grammar<T> = P.Parser<T>;

/** A matched token: its text and offsets in the parsed string. */
export interface Token {
  /** Matched text. */
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/** A parser running `re` sticky (compiled once) at the current position and building its value from the match. */
function sticky<T>(re: RegExp, expected: string, build: (m: RegExpExecArray, at: number) => T): Grammar<T> {
  const compiled = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y');
  return P((input, i) => {
    compiled.lastIndex = i;
    const m = compiled.exec(input);
    if (m === null) return P.makeFailure(i, expected);
    return P.makeSuccess(i + m[0].length, build(m, i));
  });
}

/** A token matching a regex at the current position (the regex is compiled sticky once). */
export function token(re: RegExp, expected = re.source): Grammar<Token> {
  return sticky(re, expected, (m, i) => ({ text: m[0], start: i, end: i + m[0].length }));
}

/** A regex match returning its capture groups (sticky, compiled once). */
export function groups(re: RegExp, expected = re.source): Grammar<RegExpExecArray> {
  return sticky(re, expected, (m) => m);
}

/** The current offset, consuming nothing. */
export const offset: Grammar<number> = P((_input, i) => P.makeSuccess(i, i));

/** Succeeds only at the end of input. */
export const eof: Grammar<undefined> = P.eof;

/** Succeeds with a value, consuming nothing. */
export const succeed = P.succeed;

/** Tries each parser in turn. */
export const alt = P.alt;

/** A parser's step function (parsimmon keeps it as `_`; the typings leave it out). */
type Step<T> = (input: string, i: number) => P.Reply<T>;

/**
 * Alternatives told apart by the character at the current position: `choose` returns the one
 * parser that can match there (or `null`). The same result as {@link alt} over alternatives whose
 * first characters are disjoint, without trying and failing the others (each failure allocates a
 * reply and merges its expectations).
 */
export function byFirstChar<T>(choose: (c: number) => Grammar<T> | null, expected: string): Grammar<T> {
  return P((input, i) => {
    const p = choose(input.charCodeAt(i));
    return p === null ? P.makeFailure(i, expected) : (p as unknown as { _: Step<T> })._(input, i);
  });
}

/** Runs parsers in sequence and combines their results. */
export const seqMap = P.seqMap;

/** Runs parsers in sequence, collecting results. */
export const seq = P.seq;

/** Result of {@link run}: a value, or the offset where parsing failed. */
export type RunResult<T> = { ok: true; value: T } | { ok: false; offset: number; expected: string[] };

/** Each grammar followed by the end of input, built once (parsimmon's `parse` builds it on every call). */
const wholeInput = new WeakMap<Grammar<unknown>, Step<unknown>>();

/**
 * Parses a whole string; failures become offsets (never exceptions, never parsimmon types). The
 * same result as parsimmon's `parse`, without its per-call costs: `parse` builds `grammar.skip(eof)`
 * anew on every call and, on a failure, computes the line and column of the offset (a scan of the
 * input); headings and cells are parsed line by line, so those costs were most of the grammar's.
 */
export function run<T>(grammar: Grammar<T>, input: string): RunResult<T> {
  let step = wholeInput.get(grammar) as Step<T> | undefined;
  if (step === undefined) {
    step = (grammar.skip(P.eof) as unknown as { _: Step<T> })._;
    wholeInput.set(grammar, step as Step<unknown>);
  }
  const r = step(input, 0) as P.Reply<T> & { furthest: number; expected: string[] };
  return r.status ? { ok: true, value: r.value } : { ok: false, offset: r.furthest, expected: r.expected };
}

/**
 * Parses a prefix of a string: the grammar's value when it matches at offset 0, whatever follows
 * (the same as {@link run} over the grammar followed by a token of the rest, without building
 * that token or checking the end).
 */
export function runPrefix<T>(grammar: Grammar<T>, input: string): T | null {
  const r = (grammar as unknown as { _: Step<T> })._(input, 0);
  return r.status ? r.value : null;
}
