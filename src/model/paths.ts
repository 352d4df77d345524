import type { Cell } from './cell.js';

const partsCache = new Map<string, readonly string[]>();

/** The segments of a dotted path (cached: the same template paths are used for every report). */
function pathParts(path: string): readonly string[] {
  let parts = partsCache.get(path);
  if (!parts) {
    parts = path.split('.');
    if (partsCache.size < 10_000) partsCache.set(path, parts);
  }
  return parts;
}

/** Sets `obj.a.b.c = value` for the dotted path `a.b.c`, creating intermediate objects. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = pathParts(path);
  let o = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i] as string;
    const next = o[k];
    if (typeof next === 'object' && next !== null) o = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      o[k] = created;
      o = created;
    }
  }
  o[parts[parts.length - 1] as string] = value;
}

/** Reads `obj.a.b.c` for the dotted path `a.b.c`; `undefined` when absent. */
export function getPath(obj: unknown, path: string): unknown {
  let o: unknown = obj;
  for (const k of pathParts(path)) {
    if (typeof o !== 'object' || o === null) return undefined;
    o = (o as Record<string, unknown>)[k];
  }
  return o;
}

/**
 * The segments of an address's path under its table's root (`t3.results.granted.total` →
 * `results`, `granted`, `total`), cached by the whole address: the addresses are the template's
 * own strings, hashed once, where the path cut out of one would be a new string to hash each time.
 */
const addressPartsCache = new Map<string, readonly string[]>();
function addressParts(address: string): readonly string[] {
  let parts = addressPartsCache.get(address);
  if (!parts) {
    parts = pathParts(address.slice(3));
    if (addressPartsCache.size < 10_000) addressPartsCache.set(address, parts);
  }
  return parts;
}

/** The cell at a table address (`t3.results.granted.total`) under a table's root; undefined when there is none. */
export function cellAt(table: unknown, address: string): Cell | undefined {
  if (!table) return undefined;
  let c: unknown = table;
  for (const k of addressParts(address)) {
    if (typeof c !== 'object' || c === null) return undefined;
    c = (c as Record<string, unknown>)[k];
  }
  return c && typeof c === 'object' && 'status' in c ? (c as Cell) : undefined;
}
