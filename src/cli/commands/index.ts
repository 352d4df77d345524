/**
 * Commands that live in their own files, by name: `zfxxgk.ts` hands them the arguments after the
 * command name and exits with the code they resolve to.
 */
import type { Lang } from '../i18n.js';
import { COMPARE_HELP, runCompare } from './compare.js';
import { REVIEW_HELP, runReview } from './review.js';

/** A command in its own file. */
export interface CommandModule {
  /** Runs it with the arguments after the command name; resolves to the exit code. */
  run: (argv: string[]) => Promise<number>;
  /** Its `--help` text. */
  help: Record<Lang, string>;
  /** Its line in the main help. */
  summary: Record<Lang, string>;
}

/** The commands of this folder. */
export const COMMANDS: Readonly<Record<string, CommandModule>> = {
  compare: { run: runCompare, help: COMPARE_HELP, summary: { zh: '对比同一机关相邻两年的报告', en: 'compare two consecutive reports of one agency' } },
  review: { run: runReview, help: REVIEW_HELP, summary: { zh: '审查一批报告，生成 HTML 概览', en: 'review a collection and write an HTML overview' } },
};

/** The command of that name in this folder, if any. */
export function ownCommand(name: string | undefined): CommandModule | undefined {
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}
