/**
 * The three tables in the template's layout. The layout (row and column spans as printed) is
 * the library's own `renderReport(..., { to: 'html' })`: it is rendered once from a copy of the
 * report whose every cell holds a marker number, so each rendered data cell is known by its
 * address, and then filled with the real cell, coloured by status.
 */
import { listCells, renderReport, type CellRecord, type Diagnostic, type Report } from 'zfxxgk-report';
import { t, type Lang } from './i18n.js';

/** Marker values: far above any count a report prints, and exact in a double. */
const MARKER_BASE = 7_000_000_000;
const MARKER = /^7\d{9}$/;

type TableKey = 't2' | 't3' | 't4';

/** Writes `value` at a dotted path under `root`, creating objects on the way. */
function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let o = root;
  for (const k of parts.slice(0, -1)) {
    const next = o[k];
    if (typeof next === 'object' && next !== null) o = next as Record<string, unknown>;
    else o = o[k] = {};
  }
  o[parts[parts.length - 1] as string] = value;
}

/** The rendered HTML tables of a report, keyed by table, with marker numbers in the data cells. */
function layoutOf(report: Report, cells: CellRecord[]): Map<TableKey, HTMLTableElement> {
  const copy = structuredClone(report);
  cells.forEach((c, i) => {
    const table = copy.tables[c.table] as unknown as Record<string, unknown> | null;
    if (table) setAt(table, c.address.slice(3), { status: 'value', value: MARKER_BASE + i });
  });
  const html = renderReport(copy, { to: 'html', tablesOnly: true });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out = new Map<TableKey, HTMLTableElement>();
  for (const table of doc.querySelectorAll('table')) {
    const first = [...table.querySelectorAll('td')].find((td) => MARKER.test(td.textContent ?? ''));
    if (!first) continue;
    const cell = cells[Number(first.textContent) - MARKER_BASE];
    if (cell) out.set(cell.table, table);
  }
  return out;
}

/** Codes of the warnings and errors that concern each cell (repairs and doubts). */
export function codesByAddress(diagnostics: readonly Diagnostic[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const addresses = new Set([...(d.addresses ?? []), ...(d.path ? [d.path] : [])]);
    for (const a of addresses) {
      const list = m.get(a) ?? [];
      if (!list.includes(d.code)) list.push(d.code);
      m.set(a, list);
    }
  }
  return m;
}

/** What a cell shows. */
export function cellText(c: CellRecord): string {
  if (c.status === 'value') return String(c.value);
  if (c.status === 'ambiguous') return `${(c.candidates ?? []).join(' / ')}?`;
  if (c.status === 'missing') return '?';
  return '';
}

/** A label for screen readers and tooltips: template labels, status, value. */
export function cellDescription(c: CellRecord, labels: { rowLabel: string; columnLabel: string } | undefined, lang: Lang): string {
  const where = [labels?.rowLabel, labels?.columnLabel].filter(Boolean).join(' · ');
  const what =
    c.status === 'value' ? String(c.value) : c.status === 'ambiguous' ? `${t('candidates', lang)} ${(c.candidates ?? []).join(', ')}` : '';
  return `${where}: ${t(c.status, lang)}${what ? ` ${what}` : ''}`;
}

/** Builds the tables, ready to insert; every data cell carries `data-address` and its status class. */
export function buildTables(
  report: Report,
  diagnostics: readonly Diagnostic[],
  labels: Map<string, { rowLabel: string; columnLabel: string }>,
  lang: Lang,
): HTMLElement {
  const cells = listCells(report);
  const layouts = layoutOf(report, cells);
  const codes = codesByAddress(diagnostics);
  const root = document.createElement('div');
  for (const key of ['t2', 't3', 't4'] as const) {
    const section = document.createElement('section');
    section.className = 'table-block';
    section.id = `table-${key}`;
    const h = document.createElement('h3');
    const version = key === 't2' ? report.tables.t2?.version : key === 't3' ? report.tables.t3?.version : null;
    h.textContent = `${t(key, lang)}${version ? ` (${version} ${t('version', lang)})` : ''}`;
    section.append(h);
    const layout = layouts.get(key);
    if (!layout) {
      const p = document.createElement('p');
      p.className = 'table-missing';
      p.textContent = t('tableNotFound', lang);
      section.append(p);
      root.append(section);
      continue;
    }
    const table = document.importNode(layout, true);
    table.removeAttribute('border');
    table.className = `report-table report-${key}`;
    table.setAttribute('aria-label', t(key, lang));
    for (const td of table.querySelectorAll('td')) {
      const text = td.textContent ?? '';
      if (!MARKER.test(text)) {
        td.className = 'label';
        continue;
      }
      const c = cells[Number(text) - MARKER_BASE] as CellRecord;
      td.className = `cell s-${c.status}`;
      td.dataset.address = c.address;
      td.tabIndex = -1;
      td.textContent = cellText(c);
      const cellCodes = codes.get(c.address) ?? [];
      if (cellCodes.length > 0) {
        td.classList.add('repaired');
        const badge = document.createElement('span');
        badge.className = 'code';
        badge.textContent = cellCodes.join(' ');
        td.append(badge);
      }
      const description = cellDescription(c, labels.get(c.address), lang) + (cellCodes.length ? ` (${cellCodes.join(', ')})` : '');
      td.title = description;
      td.setAttribute('aria-label', description);
    }
    const first = table.querySelector<HTMLElement>('td.cell');
    if (first) first.tabIndex = 0;
    const wrap = document.createElement('div');
    wrap.className = 'table-scroll';
    wrap.append(table);
    section.append(wrap);
    root.append(section);
  }
  return root;
}
