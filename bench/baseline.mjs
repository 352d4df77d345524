// The 0.1.0 build (commit 3dd39b3, the state before the speed work) for the A/B of `npm run bench`: the
// commit's sources are extracted with `git archive` into bench/.baseline/<commit>/ (gitignored) and built
// there with this checkout's node_modules. Nothing of it is committed.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** The commit the A/B compares against: release 0.1.0 as it stood before the speed work. */
export const BASELINE_COMMIT = '3dd39b3';

/** Path of the baseline's `dist/index.js`, built on first use. */
export function baselineEntry(root, commit = BASELINE_COMMIT) {
  const dir = join(root, 'bench', '.baseline', commit);
  const entry = join(dir, 'dist', 'index.js');
  if (existsSync(entry)) return entry;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${commit} | tar -x -C ${JSON.stringify(dir)}`, { cwd: root, stdio: 'inherit' });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync(
    join(root, 'node_modules', '.bin', 'tsup'),
    ['--entry.index', 'src/index.ts', '--format', 'esm', '--target', 'es2022', '--no-dts', '--no-sourcemap', '--treeshake'],
    {
      cwd: dir,
      stdio: 'ignore',
    },
  );
  return entry;
}
