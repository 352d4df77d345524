/**
 * Decoding an image once in a child process before the engine decodes it in its own: the image
 * decoder (@napi-rs/canvas 0.1.x) crashes the process on some damaged files (a segmentation
 * fault, which no try/catch sees), and a damaged scan is ordinary bad input. The header check
 * (`image-check.ts`) refuses most such files at no cost; this probe catches the rest, for about a
 * tenth of a second per image (a page's OCR takes seconds).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

/** The probe gives up after this long (a decoder caught in a loop is no readable image). */
const PROBE_TIMEOUT_MS = 60_000;

/** Reads the image from standard input and decodes it; exit 0 when it decodes to a non-empty image. */
const PROBE = `const { loadImage } = require(process.argv[1]);
const parts = [];
process.stdin.on('data', (c) => parts.push(c));
process.stdin.on('end', () => {
  loadImage(Buffer.concat(parts)).then((i) => process.exit(i.width > 0 && i.height > 0 ? 0 : 3), () => process.exit(3));
});`;

function here(): string {
  const meta = import.meta as { url?: string };
  return meta.url ?? (typeof __filename === 'string' ? __filename : `${process.cwd()}/`);
}

/** Whether the image decodes in a child process without crashing it. */
export function decodesSafely(bytes: Uint8Array): Promise<boolean> {
  let decoder: string;
  try {
    decoder = createRequire(here()).resolve('@napi-rs/canvas');
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['-e', PROBE, decoder], { timeout: PROBE_TIMEOUT_MS }, (error) => resolve(error === null));
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(bytes);
  });
}
