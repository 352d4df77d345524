/**
 * The arguments of a whole-run command (compare, review): its own options plus the ones they all
 * take (`--lang`, `--input-format`, `--help`, a `--max-…` flag per limit), checked once with a
 * usage error in the chosen language. Whole-run commands read their inputs with `readAndParse`.
 */
import { parseArgs } from 'node:util';
import type { Limits } from '../../limits/limits.js';
import type { Lang } from '../i18n.js';
import { LIMIT_FLAGS, limitsOf, limitUsageError, readingHelp } from '../limits.js';

const INPUT_FORMATS = ['auto', 'text', 'markdown', 'html'] as const;

/** A text input format as the readers take it. */
export type InputFormatOption = (typeof INPUT_FORMATS)[number];

/** An option of `node:util` `parseArgs`. */
type ArgOption = { type: 'string' | 'boolean'; short?: string };

/** The parsed arguments, and how to end with a usage error. */
export interface OwnArgs {
  /** Option values. */
  values: Record<string, string | boolean | undefined>;
  /** Arguments that are not options. */
  positionals: string[];
  /** Message language. */
  lang: Lang;
  /** Text input format. */
  inputFormat: InputFormatOption;
  /** Limits given as flags. */
  limits: Partial<Limits>;
  /** Prints `zfxxgk NAME: message` and the help on stderr; returns the usage exit code. */
  usage: (message: string) => number;
}

/** The full help of a whole-run command: its text, then the limit flags. */
export function ownHelp(help: Readonly<Record<Lang, string>>, lang: Lang): string {
  return help[lang] + readingHelp(lang, false);
}

/**
 * Parses a whole-run command's arguments. Resolves to the exit code when the run ends here (help
 * printed: 0; usage error: 2), otherwise to the arguments.
 */
export function parseOwnArgs(
  argv: string[],
  name: string,
  help: Readonly<Record<Lang, string>>,
  options: Readonly<Record<string, ArgOption>>,
): OwnArgs | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...options,
        'input-format': { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...LIMIT_FLAGS,
      },
    });
  } catch (e) {
    process.stderr.write(`zfxxgk ${name}: ${(e as Error).message}\n\n${ownHelp(help, 'zh')}`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const lang: Lang = values.lang === 'en' ? 'en' : 'zh';
  if (values.help) {
    process.stdout.write(ownHelp(help, lang));
    return 0;
  }
  const usage = (message: string): number => {
    process.stderr.write(`zfxxgk ${name}: ${message}\n\n${ownHelp(help, lang)}`);
    return 2;
  };
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') return usage('--lang must be zh or en');
  const inputFormat = (values['input-format'] ?? 'auto') as InputFormatOption;
  if (!INPUT_FORMATS.includes(inputFormat)) return usage('--input-format must be auto, text, markdown or html');
  const badLimit = limitUsageError(values);
  if (badLimit) return usage(badLimit[lang]);
  return { values, positionals: parsed.positionals, lang, inputFormat, limits: limitsOf(values), usage };
}
