// Loads a TypeScript module of ours (the generator reuses test/helpers/*.ts) by bundling it with
// esbuild (a devDependency) into a temporary ES module; `zfxxgk-report` resolves to the built
// package in dist/ (run `npm run build` first).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');

/** Imports a .ts file (path relative to the repository root). */
export async function importTs(path) {
  const dist = join(ROOT, 'dist', 'index.js');
  const result = await build({
    entryPoints: [join(ROOT, path)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
    plugins: [
      {
        name: 'package-from-dist',
        setup(b) {
          b.onResolve({ filter: /^zfxxgk-report$/ }, () => ({ path: pathToFileURL(dist).href, external: true }));
        },
      },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), 'gauntlet-ts-'));
  const file = join(dir, 'module.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
