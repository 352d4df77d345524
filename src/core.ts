/**
 * The core bundle, built as one file (`dist/core.js`, `dist/core.cjs`; not a public entry): the
 * public API of `src/index.ts` and the few internals the Node-only entries (`/node`, `/docx`,
 * `/pdf`, `/ocr`) share with it. `dist/index.js` and those entries import the core from this one
 * file (tsup.config.ts), so the main entry loads as two modules instead of a dozen chunks (each
 * module costs the loader about half a millisecond in a fresh process: docs/performance.md, cold
 * start) and every entry shares one core, one `InputReadError` class among it.
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
