import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The playground's browser tests (`npm run test:playground`): the built site in system Chromium.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: {
    alias: { 'zfxxgk-report': fileURLToPath(new URL('../../src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/playground/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
