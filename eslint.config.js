// ESLint flat config: TypeScript rules that find bugs (not style: Prettier owns formatting), the
// import boundaries of the layers (the same table as test/layers.test.ts: scripts/layers.mjs), and
// no spreading of arrays into Math.max/min (a stack overflow on a long input).
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { ALLOWED_UPWARD, LAYERS } from './scripts/layers.mjs';

/** The globals of Node scripts (`.mjs` files are not type-checked; `.ts` files leave names to TypeScript). */
const NODE_GLOBALS = Object.fromEntries(
  [
    'console',
    'process',
    'Buffer',
    'URL',
    'URLSearchParams',
    'performance',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
    'structuredClone',
    'TextDecoder',
    'TextEncoder',
    'fetch',
    'AbortController',
    'globalThis',
  ].map((g) => [g, 'readonly']),
);

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(ROOT, 'src');
const layerOf = new Map(LAYERS.flatMap((l, i) => l.folders.map((f) => [f, i])));

/** `src/tables/rows.ts` → `tables`; `src/index.ts` → `index.ts`; null outside src/. */
function folderOf(file) {
  const rel = relative(SRC, file).replace(/\\/g, '/');
  if (rel.startsWith('..')) return null;
  return rel.includes('/') ? rel.split('/')[0] : rel;
}

/** layers/no-upward-import: a module imports only from its own layer or the layers below it. */
const noUpwardImport = {
  meta: { type: 'problem', docs: { description: 'imports flow one way along the layers of scripts/layers.mjs' }, schema: [] },
  create(context) {
    const file = context.filename;
    const from = folderOf(file);
    const fromLayer = from === null ? undefined : layerOf.get(from);
    if (fromLayer === undefined) return {};
    const rel = relative(SRC, file).replace(/\\/g, '/');
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = folderOf(resolve(dirname(file), spec));
      const toLayer = to === null ? undefined : layerOf.get(to);
      if (to === from || toLayer === undefined || toLayer <= fromLayer) return;
      if (ALLOWED_UPWARD.some((a) => a.file === rel && a.import === spec)) return;
      context.report({
        node: node.source,
        message: `${from} (layer ${LAYERS[fromLayer].name}) may not import ${to} (layer ${LAYERS[toLayer].name}, above it)`,
      });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'docs/api/**',
      'playground/dist/**',
      'bench/.baseline/**',
      'scratch/**',
      '**/*.d.ts',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: NODE_GLOBALS },
    plugins: { layers: { rules: { 'no-upward-import': noUpwardImport } } },
    rules: {
      'layers/no-upward-import': 'error',
      // Spreading an array of input size into a call overflows the stack on long inputs
      // (Math.max(...xs)): use a loop or reduce. `push(...xs)` is left alone: it is mostly used on
      // a few items, and a lint rule cannot tell the sizes apart.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
          message: 'Math.max/min(...array) overflows the stack on a long array: use reduce or a loop.',
        },
      ],
      // The compiler checks unused locals and parameters (tsconfig noUnused*); `_`-prefixed are intended.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Fixtures print the full-width space and other odd spaces on purpose (hostile layouts).
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    // TypeScript resolves names itself (and knows the DOM/Node types per tsconfig).
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Scripts that run code in a browser page (playwright evaluate, the playground).
    files: ['scripts/gauntlet/convert.mjs', 'playground/**/*.{js,mjs}'],
    languageOptions: { globals: { ...NODE_GLOBALS, document: 'readonly', window: 'readonly', navigator: 'readonly' } },
  },
  {
    // Normalisation matches control characters and combining marks on purpose.
    files: ['src/normalize/passes.ts'],
    rules: { 'no-control-regex': 'off', 'no-misleading-character-class': 'off' },
  },
);
