/** What a bundler pulls in for each import (built package; `npm test` builds first). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const built =
  existsSync(join(ROOT, 'dist', 'index.js')) ||
  (process.env.CI === 'true'
    ? (() => {
        throw new Error('dist missing: run npm run build');
      })()
    : false);

async function inputsOf(code: string): Promise<string[]> {
  const r = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    platform: 'neutral',
    mainFields: ['module', 'main'],
  });
  // Inputs that contribute bytes to the output (a module tree-shaken to nothing is not pulled in).
  const out = Object.values(r.metafile.outputs)[0];
  return Object.entries(out?.inputs ?? {})
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
}

describe.runIf(built)('bundles', () => {
  it('importing only validateReport pulls in neither opencc, parse5 nor parsimmon', async () => {
    for (const from of ['./dist/index.js', './dist/validate.js']) {
      const inputs = await inputsOf(`import { validateReport } from '${from}'; console.log(validateReport);`);
      expect(
        inputs.filter((i) => /opencc-js|parse5|parsimmon/.test(i)),
        from,
      ).toEqual([]);
    }
  });

  it('the package declares itself free of side effects', async () => {
    const pkg = (await import('../package.json', { with: { type: 'json' } })).default as { sideEffects: boolean };
    expect(pkg.sideEffects).toBe(false);
  });
});

describe.runIf(built)('CommonJS build', () => {
  it('loads with require() and reads HTML through the ES-module-only parse5 (engines names the Node versions that allow it)', async () => {
    const { createRequire } = await import('node:module');
    const req = createRequire(join(ROOT, 'package.json'));
    const cjs = req(join(ROOT, 'dist', 'index.cjs')) as typeof import('zfxxgk-report');
    const r = cjs.parseReport('<p>x</p><table><tr><td>规章</td><td>1</td></tr></table>', { format: 'html' });
    expect(Array.isArray(r.diagnostics)).toBe(true);
    const pkg = req(join(ROOT, 'package.json')) as { engines: { node: string } };
    const parse5 = req(join(ROOT, 'node_modules', 'parse5', 'package.json')) as { type?: string };
    if (parse5.type === 'module') expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
  });
});

describe.runIf(built)('one core bundle', () => {
  const ENTRIES = ['index', 'node', 'docx', 'pdf', 'ocr', 'validate'];

  it('the main entry is one re-export of the core, which imports no other file of ours (two modules to load)', async () => {
    const { readFileSync } = await import('node:fs');
    const relativeImports = (file: string) =>
      [...readFileSync(join(ROOT, 'dist', file), 'utf8').matchAll(/(?:from|import|require\()\s*['"](\.\/[^'"]+)['"]/g)].map((m) => m[1]);
    expect(relativeImports('index.js')).toEqual(['./core.js']);
    expect(relativeImports('core.js')).toEqual([]);
    expect(relativeImports('index.cjs')).toEqual(['./core.cjs']);
    expect(relativeImports('core.cjs')).toEqual([]);
  });

  it('every entry loads as an ES module and with require(), and they share one InputReadError', async () => {
    const { createRequire } = await import('node:module');
    const { pathToFileURL } = await import('node:url');
    const req = createRequire(join(ROOT, 'package.json'));
    const esm: Record<string, Record<string, unknown>> = {};
    const cjs: Record<string, Record<string, unknown>> = {};
    for (const e of ENTRIES) {
      esm[e] = (await import(pathToFileURL(join(ROOT, 'dist', `${e}.js`)).href)) as Record<string, unknown>;
      cjs[e] = req(join(ROOT, 'dist', `${e}.cjs`)) as Record<string, unknown>;
      expect(Object.keys(cjs[e] ?? {}).sort(), e).toEqual(Object.keys(esm[e] ?? {}).sort());
    }
    for (const e of ['docx', 'pdf', 'ocr']) {
      expect(esm[e]?.InputReadError, e).toBe(esm.index?.InputReadError);
      expect(cjs[e]?.InputReadError, e).toBe(cjs.index?.InputReadError);
    }
  });
});
