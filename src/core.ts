/**
 * The core bundle of Node's ES module build, one file (`dist/esm-node/core.js`; not a public entry):
 * the public API of `src/index.ts` and the few internals the Node-only entries (`/node`, `/docx`,
 * `/pdf`, `/ocr`) share with it. Under Node, `import 'zfxxgk-report'` (the `node` condition of
 * `package.json` `exports`) loads `dist/esm-node/index.js`, which re-exports this file, and the
 * Node-only entries import it (tsup.config.ts): two modules instead of the dozen chunks of the split
 * build (each module costs Node's loader about half a millisecond in a fresh process:
 * docs/performance.md, cold start), and every entry shares one core, one `InputReadError` class
 * among it. Bundlers and CommonJS get the split build (`dist/index.js`, `dist/index.cjs`), whose
 * chunks let a bundler leave out what an import does not use.
 *
 * @internal
 * @packageDocumentation
 */
export * from './index.js';
export { createDiagnostic } from './diagnostics/diagnostic.js';
export { fileTooLarge } from './limits/check.js';
export { parseRenderedReports } from './parse/parse-report.js';
export { htmlAdapter } from './adapters/html-adapter.js';
export { CORE_ADAPTERS, createAdapterRegistry } from './adapters/registry.js';
export { FOLDED_ZERO_CONFIDENCE } from './ocr/parse-ocr.js';
