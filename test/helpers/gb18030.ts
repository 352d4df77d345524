/**
 * A GB18030 encoder for tests (Node has a decoder but no encoder): builds the reverse table of
 * the two-byte range with TextDecoder. Covers ASCII and every character of the two-byte range,
 * which holds all characters of our fixtures.
 */
let table: Map<string, number[]> | null = null;

function build(): Map<string, number[]> {
  const dec = new TextDecoder('gb18030');
  const m = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !m.has(ch)) m.set(ch, [a, b]);
    }
  }
  return m;
}

/** Encodes text as GB18030 bytes; throws on a character outside the covered range. */
export function encodeGb18030(text: string): Uint8Array {
  table ??= build();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`cannot encode ${ch} (U+${c.toString(16)})`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
