// Writes the generated docs pages from the built package (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import { DIAGNOSTIC_CODES, rules } from '../dist/index.js';
import { renderDiagnosticsDoc, renderRulesDoc } from './docs-lib.mjs';

writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), renderDiagnosticsDoc(DIAGNOSTIC_CODES));
writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc(rules));
console.log('docs/diagnostics.md and docs/rules.md written');
