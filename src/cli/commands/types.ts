/**
 * What a sub-command is: its help, its own options, its output formats, and how it turns one
 * parsed input into output. One file per command under `src/cli/commands/`; `index.ts` lists them.
 */
import type { Bilingual, Lang } from '../i18n.js';
import type { FileError, ReadOutcome } from '../input.js';

/** An option of a command (as `node:util` `parseArgs` takes it), with its allowed values when closed. */
export interface OptionSpec {
  /** `string` takes a value, `boolean` is a flag. */
  type: 'string' | 'boolean';
  /** One-letter alias. */
  short?: string;
  /** Allowed values of a string option (checked, with a usage error in the chosen language). */
  values?: readonly string[];
}

/** Option values as parsed. */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** One report of an input holding several (`--split`): its number from 1, how many there are, and the input line where it starts. */
export interface ReportPart {
  /** Number of the report in the input, from 1. */
  index: number;
  /** Reports in the input. */
  count: number;
  /** Line of the input where it starts (1-based). */
  line: number;
}

/** One input of a run, as plain data (it crosses worker threads). */
export interface Task {
  /** Position in the batch (output keeps this order). */
  index: number;
  /** Path, or the display name of standard input. */
  file: string;
  /** Standard input's bytes (read by the main thread). */
  bytes?: Uint8Array;
  /** A failure known before reading (a path that matched nothing, an empty folder). */
  error?: FileError;
  /** Command name. */
  command: string;
  /** Output format. */
  format: string;
  /** Message language. */
  lang: Lang;
  /** All option values (common and the command's own). */
  values: OptionValues;
  /** With `--split`: which report of the input this run of the command is about. */
  part?: ReportPart;
}

/** Outcome of one input, for the batch's exit code and totals. */
export type TaskStatus = 'ok' | 'failed' | 'not-report' | 'error';

/** Counts of cells by status. */
export interface CellCounts {
  /** Cells with a number. */
  value: number;
  /** Cells blank in the source. */
  blank: number;
  /** Cells lost in extraction. */
  missing: number;
  /** Cells with several readings. */
  ambiguous: number;
}

/** What a command made of one input. */
export interface TaskOutput {
  /** Output for stdout (may be empty). */
  chunk: string;
  /** One or more lines for stderr (summaries, failures); dropped under `--quiet`. */
  note: string;
  /** Outcome. */
  status: TaskStatus;
  /** Cell counts of the report, when there is one. */
  cells?: CellCounts;
}

/** {@link TaskOutput} with the task's position. */
export interface TaskResult extends TaskOutput {
  /** Position in the batch. */
  index: number;
}

/** A sub-command. */
export interface CommandSpec {
  /** Name typed on the command line. */
  name: string;
  /** Usage line of the main help (`zfxxgk NAME …  what it does`). */
  synopsis: Bilingual;
  /** Full help of the command. */
  help: Bilingual;
  /** Options of this command besides the common ones. */
  options: Readonly<Record<string, OptionSpec>>;
  /** Output formats (`--format`), the first being the default unless {@link defaultFormat} says otherwise. */
  formats: readonly string[];
  /** Default format for a number of inputs. */
  defaultFormat?: (inputs: number) => string;
  /** True when the command reads exactly one file (no folders, no globs matching several). */
  singleFile?: boolean;
  /** Written to stdout before the first input's output (a CSV header). */
  preamble?: (format: string, values: OptionValues) => string;
  /** Turns one read input into output. Never throws. */
  run: (outcome: ReadOutcome, task: Task) => TaskOutput;
}
