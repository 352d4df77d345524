import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `TEST_DIST=1` runs the same suite against the built package in dist/ (like eemeli/yaml).
const target = process.env.TEST_DIST ? './dist/index.js' : './src/index.ts';

export default defineConfig({
  resolve: {
    alias: { 'zfxxgk-report': fileURLToPath(new URL(target, import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
