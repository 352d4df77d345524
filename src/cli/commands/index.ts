/**
 * The sub-commands of `zfxxgk`, in the order the main help lists them. A new command is one file
 * in this folder exporting a {@link CommandSpec}, added here.
 */
import { parseCommand } from './parse.js';
import { renderCommand } from './render.js';
import { showCommand } from './show.js';
import type { CommandSpec } from './types.js';
import { validateCommand } from './validate.js';

/** Every command. */
export const COMMANDS: readonly CommandSpec[] = [showCommand, parseCommand, validateCommand, renderCommand];

/** A command by name. */
export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
