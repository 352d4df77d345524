/**
 * One input, one job: read it (any supported format and encoding), then let its command make
 * the output. Runs in the main thread or in a worker (`--jobs`), so it takes and returns plain data.
 */
import { findCommand } from './commands/index.js';
import type { Task, TaskResult } from './commands/types.js';
import type { ParseResult } from '../model/report.js';
import type { Limits } from '../limits/limits.js';
import { readInput, type ReadOutcome } from './input.js';
import { limitsOf, splitOf } from './limits.js';
import { joinOutputs, splitRuns } from './split.js';
import { t, type Lang } from './i18n.js';

export type { Task, TaskResult } from './commands/types.js';

/** Runs one task. Never throws: failures become an `error` result. */
export async function runTask(task: Task): Promise<TaskResult> {
  const command = findCommand(task.command);
  if (!command) return { index: task.index, chunk: '', note: `${t('internalError', task.lang)}\n`, status: 'error' };
  const inputFormat =
    typeof task.values['input-format'] === 'string' ? (task.values['input-format'] as 'auto' | 'text' | 'markdown' | 'html') : 'auto';
  const split = splitOf(task.values);
  const outcome: ReadOutcome = task.error
    ? { ok: false, error: task.error }
    : await readInput(task.bytes ? { file: task.file, bytes: task.bytes } : { file: task.file }, {
        format: inputFormat,
        lang: task.lang,
        limits: limitsOf(task.values),
        split,
        ocr: task.values.ocr === true,
      });
  try {
    if (!split) return { index: task.index, ...command.run(outcome, task) };
    const outputs = splitRuns(outcome).map(([o, part]) => command.run(o, part ? { ...task, part } : task));
    return { index: task.index, ...joinOutputs(outputs, task.format === 'json' || task.values.json === true) };
  } catch (e) {
    return {
      index: task.index,
      chunk: '',
      note: `${task.file}: ${t('internalError', task.lang)}: ${(e as Error).message}\n`,
      status: 'error',
    };
  }
}

/**
 * Reads and parses one file for commands that read several reports together (compare, review).
 * @throws Error with the file error's `code`, its one-line message in `lang`, and the reader's error as `cause`.
 */
export async function readAndParse(
  file: string,
  inputFormat: 'auto' | 'text' | 'markdown' | 'html',
  lang: Lang,
  limits: Partial<Limits> = {},
): Promise<{ result: ParseResult; encoding: string; kind: string }> {
  const outcome = await readInput({ file }, { format: inputFormat, lang, limits });
  if (!outcome.ok) {
    const e = new Error(outcome.error.message, outcome.error.cause === undefined ? undefined : { cause: outcome.error.cause }) as Error & {
      code: string;
    };
    e.code = outcome.error.code;
    throw e;
  }
  const { report, diagnostics, encoding, kind } = outcome.result;
  return { result: { report, diagnostics }, encoding: encoding ?? kind, kind };
}
