/**
 * Guards for report JSON read from disk: `isReport` and `assertReport` check a value against
 * {@link reportJsonSchema}, interpreting the schema itself (the subset it uses).
 */
import type { Report } from '../model/report.js';
import { reportJsonSchema, type JsonSchema } from './report-schema.js';

/** The first place where a value does not match the report schema, or `null` when it matches. */
export function reportSchemaError(value: unknown): string | null {
  const root = reportJsonSchema();
  return check(value, root, root, '$');
}

/** True when `value` is a serialised {@link Report} (per the JSON Schema). */
export function isReport(value: unknown): value is Report {
  return reportSchemaError(value) === null;
}

/**
 * Throws a `TypeError` naming the first mismatch when `value` is not a serialised report.
 * @throws TypeError
 */
export function assertReport(value: unknown): asserts value is Report {
  const err = reportSchemaError(value);
  if (err !== null) throw new TypeError(`not a zfxxgk-report Report: ${err}`);
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function check(v: unknown, s: JsonSchema, root: JsonSchema, path: string): string | null {
  if (s.$ref) {
    const name = s.$ref.replace('#/$defs/', '');
    return check(v, root.$defs?.[name] as JsonSchema, root, path);
  }
  if (s.oneOf) {
    const errors = s.oneOf.map((x) => check(v, x, root, path));
    const ok = errors.filter((e) => e === null).length;
    if (ok === 1) return null;
    if (ok > 1) return `${path}: matches more than one alternative`;
    return (
      errors.reduce((best, e) => ((e?.length ?? 0) > (best?.length ?? 0) ? e : best), errors[0] ?? null) ??
      `${path}: no alternative matches`
    );
  }
  if (s.const !== undefined && v !== s.const) return `${path}: expected ${JSON.stringify(s.const)}`;
  if (s.enum && !s.enum.includes(v as string)) return `${path}: expected one of ${JSON.stringify(s.enum)}`;
  if (s.type) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    const t = typeOf(v);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return `${path}: expected ${types.join(' or ')}, got ${t}`;
  }
  if (s.minimum !== undefined && typeof v === 'number' && v < s.minimum) return `${path}: below ${s.minimum}`;
  if (typeOf(v) === 'object' && (s.properties || s.required)) {
    const o = v as Record<string, unknown>;
    for (const r of s.required ?? []) if (!(r in o)) return `${path}.${r}: missing`;
    for (const [k, val] of Object.entries(o)) {
      const ps = s.properties?.[k];
      if (!ps) {
        if (s.additionalProperties === false) return `${path}.${k}: unexpected property`;
        continue;
      }
      const e = check(val, ps, root, `${path}.${k}`);
      if (e) return e;
    }
  }
  if (Array.isArray(v) && s.items) {
    for (let i = 0; i < v.length; i++) {
      const e = check(v[i], s.items, root, `${path}[${i}]`);
      if (e) return e;
    }
  }
  return null;
}
