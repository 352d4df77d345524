/**
 * Running many inputs: in input order, in the main thread or over worker threads, with a
 * progress bar on a terminal and a totals line at the end.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CellCounts, Task, TaskResult, TaskStatus } from './commands/types.js';
import { runTask } from './process.js';
import { t, type Lang } from './i18n.js';

/** Below this many files, worker threads cost more to start than they save. */
export const MIN_FILES_FOR_WORKERS = 64;
/** Fewest CPUs for the default to use workers (on 2 CPUs, 2 workers took 4.0 s for 300 files, one job 2.2 s). */
export const MIN_CPUS_FOR_WORKERS = 4;
/** Most workers the default starts. */
export const MAX_DEFAULT_JOBS = 4;
/** Tasks a worker holds at once, so it never waits for the next one. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * The default `--jobs`: one job (the main thread) for small batches and on machines with fewer
 * than {@link MIN_CPUS_FOR_WORKERS} CPUs, where workers were measured slower than one job;
 * otherwise one worker per CPU but one, at most {@link MAX_DEFAULT_JOBS}.
 */
export function defaultJobs(files: number, cpus = availableParallelism()): number {
  if (files < MIN_FILES_FOR_WORKERS || cpus < MIN_CPUS_FOR_WORKERS) return 1;
  return Math.min(cpus - 1, MAX_DEFAULT_JOBS);
}

/** Characters of the progress bar between its brackets (fits an 80-column terminal with the count and a name). */
const PROGRESS_BAR_WIDTH = 24;
/** Longest file name shown after the bar; a longer one keeps its end (the file name rather than the folders). */
const PROGRESS_NAME_WIDTH = 40;

/** A progress bar on stderr, shown only on a terminal. */
export class Progress {
  private readonly on: boolean;
  private done = 0;
  /** @param total - inputs; @param quiet - never show. */
  constructor(
    private readonly total: number,
    quiet: boolean,
  ) {
    this.on = !quiet && total > 1 && process.stderr.isTTY === true;
  }
  /** One more input done. */
  tick(file: string): void {
    this.done++;
    if (!this.on) return;
    const width = PROGRESS_BAR_WIDTH;
    const filled = Math.round((this.done / this.total) * width);
    const name = file.length > PROGRESS_NAME_WIDTH ? `…${file.slice(-(PROGRESS_NAME_WIDTH - 1))}` : file;
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${this.done}/${this.total} ${name}\x1b[K`);
  }
  /** Clears the bar (before other stderr output). */
  clear(): void {
    if (this.on) process.stderr.write('\r\x1b[K');
  }
}

/** What a batch came to. */
export class Totals {
  private readonly started = Date.now();
  /** Inputs by outcome. */
  readonly byStatus: Record<TaskStatus, number> = { ok: 0, failed: 0, 'not-report': 0, error: 0 };
  /** Cells of all reports by status. */
  readonly cells: CellCounts = { value: 0, blank: 0, missing: 0, ambiguous: 0 };
  /** Inputs seen. */
  files = 0;

  /** Counts one result. */
  add(r: TaskResult): void {
    this.files++;
    this.byStatus[r.status]++;
    if (r.cells) for (const k of Object.keys(this.cells) as (keyof CellCounts)[]) this.cells[k] += r.cells[k];
  }

  /** `合计: 12 个文件, 10 份报告 (1 份校验未通过), 1 份非报告, 1 个无法读取; 单元格 …; 3.2 秒`. */
  line(lang: Lang): string {
    const b = this.byStatus;
    const reports = b.ok + b.failed;
    const secs = ((Date.now() - this.started) / 1000).toFixed(1);
    const c = this.cells;
    const cells = `${t('cells', lang)}: ${c.value} ${t('statusValue', lang)} · ${c.blank} ${t('statusBlank', lang)} · ${c.missing} ${t('statusMissing', lang)} · ${c.ambiguous} ${t('statusAmbiguous', lang)}`;
    const failed = b.failed > 0 ? ` (${b.failed} ${t('totalFailedValidation', lang)})` : '';
    return `${t('totals', lang)}: ${this.files} ${t('totalFiles', lang)}, ${reports} ${t('totalReports', lang)}${failed}, ${b['not-report']} ${t('totalNotReports', lang)}, ${b.error} ${t('totalUnreadable', lang)}; ${cells}; ${secs} ${t('seconds', lang)}\n`;
  }
}

/** Runs tasks with `jobs` workers (1: in this thread), calling `emit` in input order and awaiting it (back-pressure). */
export async function runAll(tasks: Task[], jobs: number, workerUrl: URL, emit: (r: TaskResult) => Promise<void>): Promise<void> {
  const pending = new Map<number, TaskResult>();
  let next = 0;
  let chain = Promise.resolve();
  const deliver = (r: TaskResult): void => {
    pending.set(r.index, r);
    chain = chain.then(async () => {
      while (pending.has(next)) {
        const ready = pending.get(next) as TaskResult;
        pending.delete(next);
        next++;
        await emit(ready);
      }
    });
  };
  if (jobs <= 1 || tasks.length <= 1) {
    for (const task of tasks) {
      deliver(await runTask(task));
      await chain;
    }
    return;
  }
  let queued = 0;
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(workerUrl, { workerData: { worker: true } }));
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const feed = (): void => {
            while (inFlight < IN_FLIGHT_PER_WORKER && queued < tasks.length) {
              w.postMessage(tasks[queued++]);
              inFlight++;
            }
            if (inFlight === 0) void w.terminate().then(() => resolve());
          };
          w.on('message', (r: TaskResult) => {
            inFlight--;
            deliver(r);
            feed();
          });
          w.on('error', reject);
          feed();
        }),
    ),
  );
  await chain;
}
