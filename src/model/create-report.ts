/**
 * Building a report from data: agencies that produce their tables from a database, tests, and
 * the renderer's round trips all start from a plain map of cell values.
 */
import type { Cell } from './cell.js';
import type { Report, ReportMeta, Section } from './report.js';
import type { ReportTables, Table2, Table3, Table4 } from './tables.js';
import { setPath } from './paths.js';
import { table2Addresses, table3Addresses, table4Addresses } from '../template/addresses.js';
import { LATEST_TEMPLATE_VERSION, templateDefinition } from '../template/registry.js';
import type { TemplateVersion } from '../template/version.js';

/** What {@link createReport} needs. */
export interface CreateReportInit {
  /** Template versions of tables 二 and 三 (default 2021 for both). */
  versions?: {
    /** Version of table 二. */
    table2?: TemplateVersion;
    /** Version of table 三. */
    table3?: TemplateVersion;
  };
  /**
   * Cell values by address (`t3.newReceived.total`). A number makes a `value` cell, `null` a
   * `blank` cell; addresses left out are `missing`. Unknown addresses throw.
   */
  cells: Readonly<Record<string, number | null>>;
  /** Metadata; fields left out are `null`. */
  meta?: Partial<ReportMeta>;
  /** Sections, if any. */
  sections?: Section[];
  /** Leave a table out entirely (it is then `null`, as when not found in a source). */
  omitTables?: readonly ('t2' | 't3' | 't4')[];
}

/**
 * Creates a {@link Report} from cell values. Every cell of the chosen versions is present;
 * the result is the same shape `parseReport` returns.
 *
 * @throws TypeError for an address that is not a cell of the chosen versions, or a value that is
 * neither a finite number nor null.
 */
export function createReport(init: CreateReportInit): Report {
  if (typeof init !== 'object' || init === null || typeof init.cells !== 'object' || init.cells === null) {
    throw new TypeError('createReport(init): init.cells must be an object of cell values');
  }
  const v2 = templateDefinition(init.versions?.table2 ?? LATEST_TEMPLATE_VERSION, 'createReport').version;
  const v3 = templateDefinition(init.versions?.table3 ?? LATEST_TEMPLATE_VERSION, 'createReport').version;
  const omit = new Set(init.omitTables ?? []);
  const known = new Set([...table2Addresses(v2), ...table3Addresses(v3), ...table4Addresses()]);
  for (const [address, value] of Object.entries(init.cells)) {
    if (!known.has(address)) throw new TypeError(`createReport: ${address} is not a cell of table 二 ${v2} / table 三 ${v3}`);
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new TypeError(`createReport: the value of ${address} must be a finite number or null`);
    }
  }
  const build = (addresses: string[], root: Record<string, unknown>): Record<string, unknown> => {
    for (const a of addresses) {
      const v = init.cells[a];
      const cell: Cell =
        v === undefined
          ? { status: 'missing', value: null }
          : v === null
            ? { status: 'blank', value: null }
            : { status: 'value', value: v };
      setPath(root, a.slice(3), cell);
    }
    return root;
  };
  const tables: ReportTables = {
    t2: omit.has('t2') ? null : (build(table2Addresses(v2), { version: v2 }) as unknown as Table2),
    t3: omit.has('t3') ? null : (build(table3Addresses(v3), { version: v3 }) as unknown as Table3),
    t4: omit.has('t4') ? null : (build(table4Addresses(), {}) as unknown as Table4),
  };
  const meta: ReportMeta = {
    title: null,
    agency: null,
    year: null,
    publishDate: null,
    indexNumber: null,
    documentNumber: null,
    publisher: null,
    period: null,
    ...init.meta,
  };
  return {
    templateVersions: { table2: tables.t2 ? v2 : null, table3: tables.t3 ? v3 : null },
    meta,
    sections: init.sections ?? [],
    tables,
    source: { format: 'text', length: 0, convertedToSimplified: false },
  };
}
