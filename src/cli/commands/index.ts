/**
 * The sub-commands of `zfxxgk`. Two kinds, each one file in this folder:
 * - per-input commands ({@link CommandSpec}: show, parse, validate, render): the shared runner
 *   reads every input (files, folders, globs, stdin), and the command turns each into output;
 * - whole-run commands ({@link CommandModule}): they parse their own arguments and resolve to the
 *   exit code (commands that look at several reports together).
 * A new command is one file exporting either, added to the list below.
 */
import type { Lang } from '../i18n.js';
import { COMPARE_HELP, runCompare } from './compare.js';
import { REVIEW_HELP, runReview } from './review.js';
import { parseCommand } from './parse.js';
import { renderCommand } from './render.js';
import { showCommand } from './show.js';
import type { CommandSpec } from './types.js';
import { validateCommand } from './validate.js';

/** Per-input commands, in the order the main help lists them. */
export const FILE_COMMANDS: readonly CommandSpec[] = [showCommand, parseCommand, validateCommand, renderCommand];

/** A per-input command by name. */
export function findCommand(name: string): CommandSpec | undefined {
  return FILE_COMMANDS.find((c) => c.name === name);
}

/** A command in its own file that runs the whole invocation itself. */
export interface CommandModule {
  /** Runs it with the arguments after the command name; resolves to the exit code. */
  run: (argv: string[]) => Promise<number>;
  /** Its `--help` text. */
  help: Record<Lang, string>;
  /** Its line in the main help. */
  summary: Record<Lang, string>;
}

/** Whole-run commands, by name. */
export const COMMANDS: Readonly<Record<string, CommandModule>> = {
  compare: {
    run: runCompare,
    help: COMPARE_HELP,
    summary: { zh: '对比同一机关相邻两年的报告', en: 'compare two consecutive reports of one agency' },
  },
  review: {
    run: runReview,
    help: REVIEW_HELP,
    summary: { zh: '审查一批报告，生成 HTML 概览', en: 'review a collection and write an HTML overview' },
  },
};

/** The command of that name in this folder, if any. */
export function ownCommand(name: string | undefined): CommandModule | undefined {
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}
