/**
 * One input, one job: read it (any supported format and encoding), then let its command make
 * the output. Runs in the main thread or in a worker (`--jobs`), so it takes and returns plain data.
 */
import { findCommand } from './commands/index.js';
import type { Task, TaskResult } from './commands/types.js';
import { readAndParse } from './input.js';
import { t } from './i18n.js';

export type { Task, TaskResult } from './commands/types.js';
export { CSV_HEADER, csv } from './commands/parse.js';

/** Runs one task. Never throws: failures become an `error` result. */
export async function runTask(task: Task): Promise<TaskResult> {
  const command = findCommand(task.command);
  if (!command) return { index: task.index, chunk: '', note: `${t('internalError', task.lang)}\n`, status: 'error' };
  const inputFormat = typeof task.values['input-format'] === 'string' ? (task.values['input-format'] as 'auto' | 'text' | 'markdown' | 'html') : 'auto';
  const outcome = task.error
    ? ({ ok: false, error: task.error } as const)
    : await readAndParse(task.bytes ? { file: task.file, bytes: task.bytes } : { file: task.file }, inputFormat, task.lang);
  try {
    return { index: task.index, ...command.run(outcome, task) };
  } catch (e) {
    return { index: task.index, chunk: '', note: `${task.file}: ${t('internalError', task.lang)}: ${(e as Error).message}\n`, status: 'error' };
  }
}
