/**
 * The agency mapping of `zfxxgk review --agencies FILE`: a CSV whose header names the columns
 * `agency` (the canonical name, required), `file` (a file name or path), `alias` (the agency as a
 * report prints it) and `parent` (the canonical agency whose summary report sums this one up).
 * One row may fill any of the optional columns; an agency may have several rows.
 */
import type { AgencyMapping } from '../../compare/review.js';

/** Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Reads an agency mapping from CSV text. @throws Error naming the problem when the header lacks `agency`. */
export function parseAgencyMapping(text: string): AgencyMapping {
  const [header, ...rows] = parseCsv(text);
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string): number => names.indexOf(name);
  const agencyCol = col('agency');
  if (agencyCol === -1) throw new Error('the mapping CSV needs a header with an "agency" column (and any of "file", "alias", "parent")');
  const files = new Map<string, string>();
  const aliases = new Map<string, string>();
  const parents = new Map<string, string>();
  const get = (r: string[], name: string): string => {
    const i = col(name);
    return i === -1 ? '' : (r[i] ?? '').trim();
  };
  for (const r of rows) {
    const agency = (r[agencyCol] ?? '').trim();
    if (agency === '') continue;
    const file = get(r, 'file');
    const alias = get(r, 'alias');
    const parent = get(r, 'parent');
    if (file) files.set(file, agency);
    if (alias) aliases.set(alias, agency);
    if (parent) parents.set(agency, parent);
  }
  return { files, aliases, parents };
}
