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

describe.runIf(built)("Node's ES module build: one core bundle", () => {
  const ENTRIES = ['index', 'node', 'docx', 'pdf', 'ocr'];
  const relativeImports = async (file: string) => {
    const { readFileSync } = await import('node:fs');
    return [...readFileSync(join(ROOT, 'dist', file), 'utf8').matchAll(/(?:from|import|require\()\s*['"](\.\/[^'"]+)['"]/g)].map(
      (m) => m[1],
    );
  };

  it('under Node the package resolves to it, and its main entry is one re-export of a core that imports no other file of ours', async () => {
    const { execFileSync } = await import('node:child_process');
    const resolved = execFileSync(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('zfxxgk-report'))"], {
      cwd: ROOT,
    })
      .toString()
      .trim();
    expect(resolved.endsWith('/dist/esm-node/index.js')).toBe(true);
    expect(await relativeImports('esm-node/index.js')).toEqual(['./core.js']);
    expect(await relativeImports('esm-node/core.js')).toEqual([]);
  });

  it('every entry loads in both builds with the same exports, and the entries of each build share one InputReadError', async () => {
    const { createRequire } = await import('node:module');
    const { pathToFileURL } = await import('node:url');
    const req = createRequire(join(ROOT, 'package.json'));
    const load = async (file: string) => (await import(pathToFileURL(join(ROOT, 'dist', file)).href)) as Record<string, unknown>;
    for (const e of ENTRIES) {
      const fast = await load(`esm-node/${e}.js`);
      const split = await load(`${e}.js`);
      const cjs = req(join(ROOT, 'dist', `${e}.cjs`)) as Record<string, unknown>;
      expect(Object.keys(fast).sort(), e).toEqual(Object.keys(split).sort());
      expect(Object.keys(cjs).sort(), e).toEqual(Object.keys(split).sort());
    }
    for (const e of ['docx', 'pdf', 'ocr']) {
      expect((await load(`esm-node/${e}.js`)).InputReadError, e).toBe((await load('esm-node/index.js')).InputReadError);
      expect((await load(`${e}.js`)).InputReadError, e).toBe((await load('index.js')).InputReadError);
      expect((req(join(ROOT, 'dist', `${e}.cjs`)) as Record<string, unknown>).InputReadError, e).toBe(
        (req(join(ROOT, 'dist', 'index.cjs')) as Record<string, unknown>).InputReadError,
      );
    }
  });
});
