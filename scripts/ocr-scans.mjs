/**
 * Generated scans for OCR measurements: our own consistent reports (test/helpers/fixtures.ts)
 * rendered to HTML (renderReport), printed to PDF by the system Chromium, rasterised with
 * pdftoppm, and degraded in JS on @napi-rs/canvas (rotation, blur, grey noisy paper, a red seal
 * over part of a table, JPEG q40). Never a corpus document.
 *
 *   node scripts/ocr-scans.mjs OUT_DIR [seeds=1,2] [dpi=150] [blank cells per report=6]
 *
 * Writes OUT_DIR/<name>-clean-p<N>.png, OUT_DIR/<name>-degraded-p<N>.jpg and OUT_DIR/<name>.truth.json
 * (every cell's true value, null for blank).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync, readFileSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [out = join(tmpdir(), 'ocr-scans'), seedsArg = '1,2', dpiArg = '150', blanksArg = '6'] = process.argv.slice(2);
const seeds = seedsArg.split(',').map(Number);
const dpi = Number(dpiArg);
mkdirSync(out, { recursive: true });

/** The fixtures and the renderer, bundled from the TypeScript sources. */
async function helpers() {
  const file = join(mkdtempSync(join(tmpdir(), 'ocr-helpers-')), 'helpers.mjs');
  await build({
    stdin: {
      contents: `export { consistentReport, prng } from './test/helpers/fixtures.ts'; export { renderReport, listCells } from './src/index.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    logLevel: 'error',
  });
  return import(file);
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STYLE = `<style>body{font-family:"Noto Sans CJK SC","Noto Serif CJK SC",sans-serif;font-size:10.5pt;margin:0}
table{border-collapse:collapse;width:100%;margin:8pt 0}td,th{border:1px solid #000;padding:2pt 3pt;text-align:center;font-size:9pt}
@page{size:A4;margin:18mm 15mm}</style>`;

const { consistentReport, prng, renderReport, listCells } = await helpers();
const canvas = await import('@napi-rs/canvas');

for (const seed of seeds) {
  const version = seed % 2 === 0 ? '2019' : '2021';
  const rand = prng(seed * 7919);
  const blanks = Array.from({ length: Number(blanksArg) }, () => Math.floor(rand() * 1000));
  const report = consistentReport(seed, version, { blanks, scale: seed % 3 === 0 ? 400 : 40 });
  const name = `r${seed}-${version}-b${blanksArg}`;
  const truth = {};
  for (const c of listCells(report)) truth[c.address] = c.status === 'value' ? c.value : null;
  writeFileSync(join(out, `${name}.truth.json`), JSON.stringify({ version, cells: truth }, null, 1));
  const html = `<!doctype html><html><head><meta charset="utf-8">${STYLE}</head><body>${renderReport(report, { to: 'html' })}</body></html>`;
  const htmlFile = join(out, `${name}.html`);
  writeFileSync(htmlFile, html);
  const pdf = join(out, `${name}.pdf`);
  execFileSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${htmlFile}`],
    { stdio: 'ignore' },
  );
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(out, `${name}-clean-p`)]);
  const pages = readdirSync(out)
    .filter((f) => f.startsWith(`${name}-clean-p-`) && f.endsWith('.png'))
    .sort();
  let n = 0;
  for (const f of pages) {
    n++;
    const img = await canvas.loadImage(readFileSync(join(out, f)));
    const target = join(out, `${name}-clean-p${n}.png`);
    if (join(out, f) !== target) renameSync(join(out, f), target);
    const degraded = await degrade(img, seed * 100 + n, n === 1);
    writeFileSync(join(out, `${name}-degraded-p${n}.jpg`), degraded);
  }
  console.log(`${name}: ${n} pages`);
}

/** A page as a poor scan: grey paper with noise, turned 0.5–1°, blurred, a red seal, JPEG q40. */
async function degrade(img, seed, seal) {
  const rand = prng(seed);
  const { width: w, height: h } = img;
  const c = canvas.createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#e9e6de';
  ctx.fillRect(0, 0, w, h);
  const angle = (0.5 + rand() * 0.5) * (rand() < 0.5 ? -1 : 1);
  ctx.save();
  ctx.translate(w / 2, h / 2);
  ctx.rotate((angle * Math.PI) / 180);
  ctx.filter = 'blur(0.7px)';
  ctx.globalCompositeOperation = 'multiply';
  ctx.drawImage(img, -w / 2, -h / 2);
  ctx.restore();
  ctx.filter = 'none';
  ctx.globalCompositeOperation = 'source-over';
  // Noise.
  const data = ctx.getImageData(0, 0, w, h);
  for (let i = 0; i < data.data.length; i += 4) {
    const d = (rand() - 0.5) * 40;
    data.data[i] += d;
    data.data[i + 1] += d;
    data.data[i + 2] += d;
  }
  ctx.putImageData(data, 0, 0);
  if (seal) {
    // A red seal over the lower part of the page (where the tables are), multiplied like ink.
    const r = w * 0.12;
    const cx = w * (0.55 + rand() * 0.2);
    const cy = h * (0.55 + rand() * 0.25);
    ctx.globalCompositeOperation = 'multiply';
    ctx.strokeStyle = 'rgba(220,30,30,0.75)';
    ctx.fillStyle = 'rgba(220,30,30,0.75)';
    ctx.lineWidth = r * 0.06;
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.stroke();
    ctx.font = `${r * 0.5}px "Noto Sans CJK SC"`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('★', cx, cy);
    ctx.font = `${r * 0.2}px "Noto Sans CJK SC"`;
    ctx.fillText('示例县示例局', cx, cy + r * 0.55);
    ctx.globalCompositeOperation = 'source-over';
  }
  return c.encode('jpeg', 40);
}
