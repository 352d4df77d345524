/** The core must run in a browser: no Node built-ins outside the Node-only entries (node, cli, docx, pdf, ocr/node). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('isomorphic core', () => {
  const NODE_ONLY = /^(node|cli|docx|pdf|ocr[/\\]node)[/\\]/;
  const core = files(SRC).filter((f) => !NODE_ONLY.test(relative(SRC, f)));

  it('has core files to check', () => {
    expect(core.length).toBeGreaterThan(10);
  });

  it('imports no node: module and uses no Node globals', () => {
    const offenders = core.filter((f) => {
      const s = readFileSync(f, 'utf8');
      return /from ['"]node:|require\(|\bprocess\.|\bBuffer\b|__dirname/.test(s);
    });
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('imports parsimmon in one module only, and opencc-js in one module only', () => {
    const importers = (pkg: string): string[] =>
      core.filter((f) => new RegExp(`from ['"]${pkg}`).test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f).replace(/\\/g, '/'));
    expect(importers('parsimmon')).toEqual(['grammar/parsimmon.ts']);
    expect(importers('opencc-js')).toEqual(['normalize/opencc.ts']);
  });
});
