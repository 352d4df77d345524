/**
 * Reading a file or standard input up to a byte limit (`--max-file-bytes`), so that an endless or
 * huge input (`/dev/zero`, `cat big | zfxxgk parse`) stops at the limit instead of filling memory.
 * A regular file larger than the limit is refused from its size, without reading it.
 */
import { open } from 'node:fs/promises';

/** Bytes read per call. */
const CHUNK_BYTES = 1024 * 1024;

/** The bytes of an input, or `tooLarge` with how many bytes were seen before stopping (at least the limit plus one). */
export type BoundedRead = { bytes: Uint8Array } | { tooLarge: number };

/** Joins chunks into one array (no spreading: one copy). */
function join(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Reads a path (a file, a device, a named pipe) up to `maxBytes`. Rejects with Node's error when it cannot be opened or read. */
export async function readFileBounded(path: string, maxBytes: number): Promise<BoundedRead> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isFile() && stat.size > maxBytes) return { tooLarge: stat.size };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { tooLarge: total };
    }
    return { bytes: join(chunks, total) };
  } finally {
    await handle.close();
  }
}

/** Reads a stream (standard input) up to `maxBytes`; past it, stops reading and destroys the stream. */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<BoundedRead> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes);
    total += bytes.byteLength;
    // Leaving the loop early destroys the stream: nothing more is read.
    if (total > maxBytes) return { tooLarge: total };
  }
  return { bytes: join(chunks, total) };
}
