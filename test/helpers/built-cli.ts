/**
 * The built command line (`dist/cli.js`) the CLI tests run. Without a build the tests skip
 * locally, but under `CI=true` a missing build is an error: CI builds before it tests.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Path of the built CLI. */
export const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

/** Whether the CLI is built (throws under `CI=true` when it is not). */
export const built: boolean =
  existsSync(CLI) ||
  (process.env.CI === 'true'
    ? (() => {
        throw new Error('dist/cli.js missing: run npm run build');
      })()
    : false);
