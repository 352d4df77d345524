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

/** The cell at a table address (`t3.results.granted.total`) under a table's root; undefined when there is none. */
export function cellAt(table: unknown, address: string): Cell | undefined {
  if (!table) return undefined;
  const c = getPath(table, address.slice(3));
  return c && typeof c === 'object' && 'status' in c ? (c as Cell) : undefined;
}
