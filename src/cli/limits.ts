/**
 * The reading options every command takes: one `--max-…` flag per limit, generated from the
 * library's `LIMIT_OPTIONS` (a new limit is a new flag with no change here), and `--split`. Their
 * values are checked once, with a usage error in the chosen language, and travel as plain option
 * values to the worker that reads each input.
 */
import { DEFAULT_LIMITS, LIMIT_OPTIONS, type LimitName, type Limits } from '../limits/limits.js';
import type { Bilingual, Lang } from './i18n.js';

/** Option spec of a `--max-…` flag (the shape of `OptionSpec`, kept local so that commands/ can import this file). */
interface LimitFlagSpec {
  type: 'string';
}

/** Every limit flag by option name (`max-pdf-pages`), as `node:util` `parseArgs` takes them. */
export const LIMIT_FLAGS: Readonly<Record<string, LimitFlagSpec>> = Object.fromEntries(
  LIMIT_OPTIONS.map((o) => [o.flag.slice(2), { type: 'string' }]),
);

/** Word that lifts a limit (`--max-pdf-pages none`). */
const UNLIMITED = 'none';

/** Multipliers of the size suffixes (binary: 64M = 64 × 1024 × 1024). */
const SUFFIX: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

const VALUE_RE = /^(\d+)([kmg]?)$/i;

/** A limit flag's value: a positive whole number, optionally with K, M or G (×1024), or `none`; `null` when malformed. */
export function parseLimitValue(text: string): number | null {
  const s = text.trim();
  if (s.toLowerCase() === UNLIMITED) return Infinity;
  const m = VALUE_RE.exec(s);
  if (!m) return null;
  const n = Number(m[1]) * (SUFFIX[(m[2] as string).toLowerCase()] as number);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** The message of a malformed limit value, in both languages. */
function badLimit(flag: string, value: string): Bilingual {
  return {
    zh: `${flag} 须为正整数（可加 K、M、G，如 64M）或 ${UNLIMITED}，不能是 "${value}"`,
    en: `${flag} must be a positive whole number (K, M or G allowed, as in 64M) or ${UNLIMITED}, not "${value}"`,
  };
}

/** The first malformed limit flag among parsed option values, as a usage message; `null` when all are well formed. */
export function limitUsageError(values: Readonly<Record<string, unknown>>): Bilingual | null {
  for (const o of LIMIT_OPTIONS) {
    const v = values[o.flag.slice(2)];
    if (typeof v === 'string' && parseLimitValue(v) === null) return badLimit(o.flag, v);
  }
  return null;
}

/** The limits given on the command line (flags left out keep their defaults). Malformed values are skipped (checked before). */
export function limitsOf(values: Readonly<Record<string, unknown>>): Partial<Limits> {
  const out: Partial<Limits> = {};
  for (const o of LIMIT_OPTIONS) {
    const v = values[o.flag.slice(2)];
    const n = typeof v === 'string' ? parseLimitValue(v) : null;
    if (n !== null) out[o.name] = n;
  }
  return out;
}

/** The limit in force for one name. */
export function limitOf(values: Readonly<Record<string, unknown>>, name: LimitName): number {
  return limitsOf(values)[name] ?? DEFAULT_LIMITS[name];
}

/** Whether `--split` was given. */
export function splitOf(values: Readonly<Record<string, unknown>>): boolean {
  return values.split === true;
}

const FLAG_WIDTH = 36;

/** The help section of the reading options: `--split` (per-input commands) and every limit with its default. */
export function readingHelp(lang: Lang, withSplit = true): string {
  const line = (flag: string, text: string): string => `  ${flag.padEnd(FLAG_WIDTH - 3)} ${text}`;
  const split = [
    line(
      '--split',
      lang === 'en'
        ? 'show, parse, validate, render: read each report of an input holding several (default: the first, with a multiple-reports warning)'
        : 'show、parse、validate、render：输入含多份报告时逐份读取（默认只读第一份，并给出 multiple-reports 警告）',
    ),
  ];
  const rows = [
    ...(withSplit ? split : []),
    ...LIMIT_OPTIONS.map((o) =>
      line(`${o.flag} N`, lang === 'en' ? `${o.description} (default ${o.default})` : `${o.descriptionZh}（默认 ${o.default}）`),
    ),
  ];
  return lang === 'en'
    ? `\nReading options:\n${rows.join('\n')}\n  N is a positive whole number, K/M/G multiply by 1024 (64M), ${UNLIMITED} lifts the limit; see docs/limits.md.\n`
    : `\n读取选项:\n${rows.join('\n')}\n  N 为正整数，可加 K/M/G（×1024，如 64M），写 ${UNLIMITED} 取消限制；详见 docs/limits.md。\n`;
}
