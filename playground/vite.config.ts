/**
 * The playground: a static single-page app (no server code). `npm run playground` serves it
 * for development, `npm run build:playground` writes plain files to `playground/dist/` that any
 * static host can serve (relative URLs: it works from any folder).
 *
 * The library is imported from its sources (`src/index.ts`, `src/pdf/index.ts`), so a fresh
 * clone needs no `npm run build` first. The PDF entry reads pdfjs-dist's location through
 * `node:module`; in the browser a shim answers with the folder where the build puts pdfjs's
 * character maps (`pdfjs/cmaps/`, fetched only for PDFs that need one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const cmaps = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
const CMAP_PREFIX = 'pdfjs/cmaps/';

/** Serves (dev) and copies (build) pdfjs-dist's CMaps under `pdfjs/cmaps/`. */
function pdfjsCmaps(): Plugin {
  return {
    name: 'zfxxgk-pdfjs-cmaps',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const at = url.indexOf(`/${CMAP_PREFIX}`);
        if (at === -1) return next();
        const name = url.slice(at + CMAP_PREFIX.length + 1);
        if (!/^[\w.-]+$/.test(name)) return next();
        try {
          const body = readFileSync(join(cmaps, name));
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(cmaps)) {
        this.emitFile({ type: 'asset', fileName: `${CMAP_PREFIX}${name}`, source: readFileSync(join(cmaps, name)) });
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  resolve: {
    alias: [
      { find: /^zfxxgk-report$/, replacement: join(repo, 'src/index.ts') },
      { find: /^zfxxgk-report\/pdf$/, replacement: join(repo, 'src/pdf/index.ts') },
      { find: /^node:module$/, replacement: join(here, 'src/shims/node-module.ts') },
    ],
  },
  server: { fs: { allow: [repo] } },
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
  },
  plugins: [pdfjsCmaps()],
});
