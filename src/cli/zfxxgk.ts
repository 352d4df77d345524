/**
 * The `zfxxgk` command: show, parse, validate and render reports, one file, standard input, or a
 * folder of thousands. Each sub-command is one file in `commands/`.
 *
 * Output streams input by input in input order (memory stays flat); an input that fails gets its
 * record and a line on stderr and the batch goes on; a closed stdout (`| head`) ends the run
 * quietly with status 0; a progress bar shows on a terminal and stays quiet when piped.
 *
 * Exit codes: 0 all good; 1 some input is not a report or fails validation; 2 usage error or an
 * input cannot be read.
 */
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { defaultJobs, Progress, runAll, Totals } from './batch.js';
import { ownCommand } from './commands/index.js';
import type { Task, TaskResult } from './commands/types.js';
import { expandArgs } from './files.js';
import { FILE_ERRORS, say, t, USAGE, type Lang } from './i18n.js';
import { commandHelp, langOf, mainHelp, parseInvocation, UsageError } from './options.js';
import { runTask } from './process.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fileTooLarge } from '../limits/check.js';
import { resolveLimits } from '../limits/limits.js';
import { limitError } from './input.js';
import { limitOf, limitsOf } from './limits.js';
import { readStreamBounded, type BoundedRead } from './read-bounded.js';

const VERSION = '0.1.0';

/**
 * V8 flag the command sets for its own process (all its threads): without TurboFan's inlining, V8's
 * optimizing compiler spends about a third less on our parser's many mid-sized functions and the
 * parse itself runs no slower (issue 16, perf6/perf7; docs/performance.md). Measured on 240 to 960
 * text files, one process: CPU time −25 to −30 %, wall time lower too, output byte-identical. Left as
 * is where the user names the flag (`node --turbo-inlining`, or in NODE_OPTIONS).
 */
const COMPILER_FLAG = '--no-turbo-inlining';

/** Sets {@link COMPILER_FLAG} unless the user chose inlining for this process. */
function setCompilerFlag(): void {
  const chosen = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('turbo-inlining'));
  if (!chosen) setFlagsFromString(COMPILER_FLAG);
}

/** Exit codes, as the help documents them. */
const EXIT = { ok: 0, notReportOrFailed: 1, usageOrUnreadable: 2 } as const;

/** Writes to stdout, waiting when the pipe is full; a closed pipe ends the process with status 0. */
function write(chunk: string): Promise<void> {
  if (chunk === '') return Promise.resolve();
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(EXIT.ok);
  process.stderr.write(`zfxxgk: ${e.message}\n`);
  process.exit(EXIT.usageOrUnreadable);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function main(argv: string[]): Promise<number> {
  const own = ownCommand(argv[0]);
  if (own) return own.run(argv.slice(1));
  const lang: Lang = langOf(argv);
  let inv;
  try {
    inv = parseInvocation(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`zfxxgk: ${say(e.text, lang)}\n\n${e.command ? commandHelp(e.command, lang) : mainHelp(lang)}`);
    return EXIT.usageOrUnreadable;
  }
  if (inv.kind === 'version') {
    await write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (inv.kind === 'help') {
    const text = inv.command ? commandHelp(inv.command, inv.lang) : mainHelp(inv.lang);
    if (inv.toStderr) {
      process.stderr.write(text);
      return EXIT.usageOrUnreadable;
    }
    await write(text);
    return EXIT.ok;
  }
  const { command, values, format } = inv;
  const quiet = values.quiet === true;
  const base = { command: command.name, format, lang: inv.lang, values };
  let tasks: Task[];
  const useStdin = inv.inputs.length === 0 || (inv.inputs.length === 1 && inv.inputs[0] === '-');
  if (useStdin) {
    if (process.stdin.isTTY) {
      process.stderr.write(`zfxxgk: ${say(USAGE.stdinIsTerminal(command.name), lang)}\n\n${commandHelp(command, lang)}`);
      return EXIT.usageOrUnreadable;
    }
    let read: BoundedRead;
    try {
      // Bounded: an endless stream (/dev/zero through a pipe) stops at --max-file-bytes.
      read = await readStreamBounded(process.stdin, limitOf(values, 'maxFileBytes'));
    } catch (e) {
      const err = { code: 'file-unreadable', message: FILE_ERRORS['file-unreadable'][lang], cause: (e as Error).message };
      tasks = [{ ...base, index: 0, file: t('stdin', lang), error: err }];
      return finish(tasks, 1, quiet, lang, command.preamble?.(format, values) ?? '');
    }
    if ('tooLarge' in read) {
      const limits = resolveLimits(limitsOf(values));
      const error = limitError(fileTooLarge(read.tooLarge, limits) as Diagnostic, lang, limits);
      tasks = [{ ...base, index: 0, file: t('stdin', lang), error }];
      return finish(tasks, 1, quiet, lang, command.preamble?.(format, values) ?? '');
    }
    tasks = [{ ...base, index: 0, file: '-', bytes: read.bytes }];
  } else {
    if (command.singleFile) {
      const only = inv.inputs[0] as string;
      const { files } = expandArgs([only]);
      if (files.length > 1 || isDirectory(only)) {
        process.stderr.write(`zfxxgk: ${say(USAGE.noDirectory(command.name, only), lang)}\n\n${commandHelp(command, lang)}`);
        return EXIT.usageOrUnreadable;
      }
    }
    const { files, problems } = expandArgs(inv.inputs);
    const entries: Pick<Task, 'file' | 'error'>[] = [];
    let p = 0;
    for (let i = 0; i <= files.length; i++) {
      while (p < problems.length && (problems[p] as { before: number }).before === i) {
        const problem = problems[p++] as { arg: string; code: 'file-not-found' | 'no-files' };
        entries.push({ file: problem.arg, error: { code: problem.code, message: FILE_ERRORS[problem.code][lang] } });
      }
      if (i < files.length) entries.push({ file: files[i] as string });
    }
    tasks = entries.map((e, index) => ({ ...base, ...e, index }));
  }
  // Several inputs given as one argument (a folder, a glob) still get the batch format.
  const batchFormat = command.name === 'parse' && values.format === undefined && tasks.length > 1 ? 'ndjson' : format;
  for (const task of tasks) task.format = batchFormat;
  const jobs = typeof inv.jobs === 'number' ? inv.jobs : defaultJobs(tasks.length);
  return finish(tasks, jobs, quiet, lang, command.preamble?.(batchFormat, values) ?? '');
}

async function finish(tasks: Task[], jobs: number, quiet: boolean, lang: Lang, preamble: string): Promise<number> {
  await write(preamble);
  const progress = new Progress(tasks.length, quiet);
  const totals = new Totals();
  await runAll(tasks, jobs, new URL(import.meta.url), async (r: TaskResult) => {
    progress.clear();
    totals.add(r);
    await write(r.chunk);
    if (r.note && !quiet) process.stderr.write(r.note);
    progress.tick(tasks[r.index]?.file ?? '');
  });
  progress.clear();
  if (tasks.length > 1 && !quiet) process.stderr.write(totals.line(lang));
  const s = totals.byStatus;
  if (s.error > 0) return EXIT.usageOrUnreadable;
  return s.failed > 0 || s['not-report'] > 0 ? EXIT.notReportOrFailed : EXIT.ok;
}

if (!isMainThread && (workerData as { worker?: boolean } | null)?.worker) {
  parentPort?.on('message', (task: Task) => {
    void runTask(task).then((r) => parentPort?.postMessage(r));
  });
} else {
  // (in the main thread, before any parse: the workers share the process's flags)
  setCompilerFlag();
  process.stdout.on('error', onStdoutError);
  const argv = process.argv.slice(2);
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const lang = langOf(argv);
      process.stderr.write(`zfxxgk: ${t('internalError', lang)}: ${(e as Error).message}\n`);
      if (process.env.ZFXXGK_DEBUG) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
      process.exitCode = EXIT.usageOrUnreadable;
    },
  );
}
