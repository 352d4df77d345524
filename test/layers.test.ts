/**
 * Imports flow one way: each folder of `src/` belongs to a layer, and a module may import only
 * from its own layer or the layers below it. The layers are drawn in docs/architecture.md; ESLint
 * (`eslint.config.js`, `import-boundaries`) mirrors this table for editors.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_UPWARD, LAYERS } from '../scripts/layers.mjs';

const SRC = join(__dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** `src/tables/rows.ts` → `tables`; a file at the root of `src/` (index.ts) is its own folder name. */
function folderOf(file: string): string {
  const rel = relative(SRC, file).replace(/\\/g, '/');
  return rel.includes('/') ? (rel.split('/')[0] as string) : rel;
}

const layerOf = new Map<string, number>();
LAYERS.forEach((layer, i) => {
  for (const folder of layer.folders) layerOf.set(folder, i);
});

/** Relative imports and re-exports of a module (static and dynamic), with the specifier as written. */
function relativeImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)['"](\.{1,2}\/[^'"]+)['"]/gm)) out.push(m[1] as string);
  return out;
}

describe('layers', () => {
  const all = files(SRC);

  it('every folder of src/ is in a declared layer', () => {
    const undeclared = [...new Set(all.map(folderOf))].filter((f) => !layerOf.has(f));
    expect(undeclared, 'add the folder to LAYERS in scripts/layers.mjs (and docs/architecture.md)').toEqual([]);
  });

  it('no module imports from a layer above its own (except the listed debt)', () => {
    const offences: string[] = [];
    for (const file of all) {
      const from = folderOf(file);
      const fromLayer = layerOf.get(from);
      if (fromLayer === undefined) continue;
      for (const spec of relativeImports(readFileSync(file, 'utf8'))) {
        const to = folderOf(resolve(dirname(file), spec));
        const toLayer = layerOf.get(to);
        if (to === from || toLayer === undefined || toLayer <= fromLayer) continue;
        const rel = relative(SRC, file).replace(/\\/g, '/');
        if (ALLOWED_UPWARD.some((a) => a.file === rel && a.import === spec)) continue;
        offences.push(`src/${rel} (${LAYERS[fromLayer]?.name}) imports '${spec}' (${LAYERS[toLayer]?.name})`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('the allow-list holds no stale entries (each existing file still imports upward)', () => {
    const stale = ALLOWED_UPWARD.filter((a) => {
      const path = join(SRC, a.file);
      // Entries for files of branches in flight (see scripts/layers.mjs) are kept until they land.
      if (!existsSync(path)) return false;
      return !relativeImports(readFileSync(path, 'utf8')).includes(a.import);
    });
    expect(stale).toEqual([]);
  });

  it('finds an upward import (the check can fail)', () => {
    const imports = relativeImports(
      "import { x } from '../parse/context.js';\nexport * from './a.js';\nconst m = await import('../b.js');",
    );
    expect(imports).toEqual(['../parse/context.js', './a.js', '../b.js']);
    expect(layerOf.get('parse')).toBeGreaterThan(layerOf.get('tables') as number);
  });
});
