import type { Cell } from './cell.js';

/**
 * Paths (and addresses) cached at the most, each cache: the templates have some hundreds of cells,
 * so they never reach it; it bounds a cache where a caller asks for paths of its own.
 */
const MAX_CACHED_PATHS = 10_000;

const partsCache = new Map<string, readonly string[]>();

/** The segments of a dotted path (cached: the same template paths are used for every report). */
function pathParts(path: string): readonly string[] {
  let parts = partsCache.get(path);
  if (!parts) {
    parts = path.split('.');
    if (partsCache.size < MAX_CACHED_PATHS) partsCache.set(path, parts);
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
  return walk(obj, pathParts(path));
}

/** The value under `obj` at the path segments `parts`; `undefined` when absent. */
function walk(obj: unknown, parts: readonly string[]): unknown {
  let o: unknown = obj;
  for (const k of parts) {
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
/** An address's path segments under its table's root (`t3.` cut off), from {@link addressPartsCache}. */
function addressParts(address: string): readonly string[] {
  let parts = addressPartsCache.get(address);
  if (!parts) {
    parts = pathParts(address.slice(3));
    if (addressPartsCache.size < MAX_CACHED_PATHS) addressPartsCache.set(address, parts);
  }
  return parts;
}

/** The cell at a table address (`t3.results.granted.total`) under a table's root; undefined when there is none. */
export function cellAt(table: unknown, address: string): Cell | undefined {
  if (!table) return undefined;
  const c = walk(table, addressParts(address));
  return c && typeof c === 'object' && 'status' in c ? (c as Cell) : undefined;
}
