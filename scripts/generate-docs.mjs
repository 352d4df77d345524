// Writes the generated docs pages from the built package (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import { DIAGNOSTIC_CODES } from '../dist/index.js';
import { renderDiagnosticsDoc } from './docs-lib.mjs';

writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), renderDiagnosticsDoc(DIAGNOSTIC_CODES));
console.log('docs/diagnostics.md written');
