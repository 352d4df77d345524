/**
 * Turning command-line arguments into a list of files: files as given, directories walked
 * recursively (report extensions only), and glob patterns (`*`, `**`, `?`) expanded without a shell.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FILE_REGISTRY } from '../node/adapters.js';

/** Extensions read when walking a directory: those of every registered adapter (node/adapters.ts). */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(FILE_REGISTRY.adapters.flatMap((a) => a.extensions));

function extOf(p: string): string {
  const i = p.lastIndexOf('.');
  return i === -1 ? '' : p.slice(i).toLowerCase();
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && REPORT_EXTENSIONS.has(extOf(e.name))) out.push(p);
  }
}

/**
 * A glob as a regular expression over `/`-separated relative paths. Repeated `**` segments and
 * runs of `*` mean no more than one of them, so they are collapsed first: left as they are, each
 * would add a nested `.*` to the expression and make a failing match polynomially slow.
 */
export function globToRegExp(pattern: string): RegExp {
  const glob = pattern.replace(/(?:\*\*\/)+/g, '**/').replace(/\*{3,}/g, '**');
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '(?:.*/)?';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** An argument that gave no file: a path that does not exist or a glob matching nothing, or a folder without report files. */
export interface ArgProblem {
  /** The argument as given. */
  arg: string;
  /** `file-not-found` (nothing there, or nothing matches) or `no-files` (a folder without report files). */
  code: 'file-not-found' | 'no-files';
}

/**
 * Expands arguments into files, in argument order, without duplicates. Arguments that give no
 * file are returned in `problems`, in order, with the position they had among the files (and
 * their names alone in `missing`).
 */
export function expandArgs(args: readonly string[]): { files: string[]; problems: (ArgProblem & { before: number })[]; missing: string[] } {
  const files: string[] = [];
  const problems: (ArgProblem & { before: number })[] = [];
  const seen = new Set<string>();
  const add = (found: readonly string[]): number => {
    let n = 0;
    for (const f of found) {
      if (seen.has(f)) continue;
      seen.add(f);
      files.push(f);
      n++;
    }
    return n;
  };
  for (const a of args) {
    if (/[*?]/.test(a)) {
      const parts = a.split(/[/\\]/);
      const firstGlob = parts.findIndex((p) => /[*?]/.test(p));
      const base = parts.slice(0, firstGlob).join('/') || '.';
      const pattern = globToRegExp(parts.slice(firstGlob).join('/'));
      const found: string[] = [];
      try {
        walkAll(base, found);
      } catch {
        problems.push({ arg: a, code: 'file-not-found', before: files.length });
        continue;
      }
      const matched = found.filter((f) => pattern.test(relative(base, f).split(sep).join('/')));
      if (matched.length === 0) problems.push({ arg: a, code: 'file-not-found', before: files.length });
      add(matched);
      continue;
    }
    let st;
    try {
      st = statSync(a);
    } catch {
      problems.push({ arg: a, code: 'file-not-found', before: files.length });
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(a, found);
      if (found.length === 0) problems.push({ arg: a, code: 'no-files', before: files.length });
      add(found);
    } else add([a]);
  }
  return { files, problems, missing: problems.map((p) => p.arg) };
}

function walkAll(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') walkAll(p, out);
    } else if (e.isFile()) out.push(p);
  }
  out.sort();
}
