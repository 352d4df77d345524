/**
 * Reading cells as operands of a rule: a number, a blank, or unknown (missing / ambiguous /
 * table absent), and summing them under the template's blank policy.
 */
import type { Cell } from '../model/cell.js';
import type { SourceLocation } from '../model/location.js';
import type { Report } from '../model/report.js';
import type { TemplateVersion } from '../template/version.js';
import { table2Addresses, table3Addresses, table4Addresses } from '../template/addresses.js';
import { roundSum, sumOperands, type OperandLookup, type SideSum } from '../template/arithmetic.js';

/** A cell as an operand. */
export type Operand =
  { kind: 'value'; value: number } | { kind: 'blank' } | { kind: 'unknown'; reason: 'missing' | 'ambiguous' | 'absent' };

/** An address with its path under its table's root (`t3.results.total.total` → `results`, `total`, `total`) and its slot. */
interface CellPath {
  readonly address: string;
  readonly parts: readonly string[];
  /** Its index in {@link SLOTS}: a reader keeps its cells in an array by slot. */
  readonly slot: number;
}

/** The addresses of a table version and their paths. */
interface TablePaths {
  readonly addresses: readonly string[];
  readonly paths: readonly CellPath[];
}

/** A slot for every address of every table version seen so far (the template's few hundred cells). */
const SLOTS = new Map<string, number>();

/** The cell paths of each table by version, split once (the same for every report of that version). */
const TABLE_PATHS = {
  t2: new Map<TemplateVersion, TablePaths>(),
  t3: new Map<TemplateVersion, TablePaths>(),
  t4: new Map<null, TablePaths>(),
};

function tablePaths<V>(cache: Map<V, TablePaths>, version: V, addressesOf: () => readonly string[]): TablePaths {
  let t = cache.get(version);
  if (!t) {
    const addresses = addressesOf();
    const paths = addresses.map((address) => {
      let slot = SLOTS.get(address);
      if (slot === undefined) SLOTS.set(address, (slot = SLOTS.size));
      return { address, parts: address.slice(3).split('.'), slot };
    });
    t = { addresses, paths };
    cache.set(version, t);
  }
  return t;
}

/** The cell at a path under a table's root (as `cellAt`), or undefined. */
function cellOf(root: unknown, parts: readonly string[]): Cell | undefined {
  let o = root;
  for (const k of parts) {
    if (typeof o !== 'object' || o === null) return undefined;
    o = (o as Record<string, unknown>)[k];
  }
  return o && typeof o === 'object' && 'status' in o ? (o as Cell) : undefined;
}

/** Reads cells of one report by address (indexed once: rules read each cell several times). */
export class CellReader {
  /** The report's cells by slot ({@link SLOTS}); only the addresses of its tables' versions are filled. */
  private readonly cells: (Cell | undefined)[] = [];
  /** Section headings by `sections.<key>` and `sections.<index>` (built when a location is first asked for one). */
  private sectionPlaces: Map<string, SourceLocation> | null = null;
  private readonly sections: Report['sections'];
  /** The addresses of each table of the report in its version (null: the report has no such table). */
  private readonly tableAddresses: Record<'t2' | 't3' | 't4', readonly string[] | null> = { t2: null, t3: null, t4: null };
  /** The cells of each table in address order. */
  private readonly cellsByTable: Record<'t2' | 't3' | 't4', (Cell | undefined)[]> = { t2: [], t3: [], t4: [] };

  constructor(report: Report) {
    this.sections = report.sections;
    const { t2, t3, t4 } = report.tables;
    const add = (table: 't2' | 't3' | 't4', { addresses, paths }: TablePaths, root: unknown): void => {
      this.tableAddresses[table] = addresses;
      const cells = this.cellsByTable[table];
      for (const { parts, slot } of paths) {
        const c = cellOf(root, parts);
        cells.push(c);
        if (c) this.cells[slot] = c;
      }
    };
    if (t2)
      add(
        't2',
        tablePaths(TABLE_PATHS.t2, t2.version, () => table2Addresses(t2.version)),
        t2,
      );
    if (t3)
      add(
        't3',
        tablePaths(TABLE_PATHS.t3, t3.version, () => table3Addresses(t3.version)),
        t3,
      );
    if (t4) add('t4', tablePaths(TABLE_PATHS.t4, null, table4Addresses), t4);
  }

  /** The cell addresses of a table in the report's version of it, in template order; null when the report has no such table. */
  addresses(table: 't2' | 't3' | 't4'): readonly string[] | null {
    return this.tableAddresses[table];
  }

  /** The cells of a table in the order of {@link addresses} (undefined: no cell there); empty when the report has no such table. */
  tableCells(table: 't2' | 't3' | 't4'): readonly (Cell | undefined)[] {
    return this.cellsByTable[table];
  }

  /** The cell at an address, or undefined when its table is absent or the address unknown. */
  cell(address: string): Cell | undefined {
    const slot = SLOTS.get(address);
    return slot === undefined ? undefined : this.cells[slot];
  }

  /** The value of the cell at an address, or `null` when it holds none (as {@link operand}, without an object per call). */
  value(address: string): number | null {
    const c = this.cell(address);
    return c !== undefined && c.status === 'value' ? c.value : null;
  }

  /** The cell as an operand. */
  operand(address: string): Operand {
    const c = this.cell(address);
    if (!c) return { kind: 'unknown', reason: 'absent' };
    if (c.status === 'value') return { kind: 'value', value: c.value };
    if (c.status === 'blank') return { kind: 'blank' };
    return { kind: 'unknown', reason: c.status };
  }

  /** The cells as operands of the arithmetic evaluator (as {@link operand}, without an object per call). */
  readonly lookup: OperandLookup = (address) => {
    const c = this.cell(address);
    return c === undefined ? null : c.status === 'value' ? c.value : c.status === 'blank' ? 'blank' : null;
  };

  /** Source locations of the cells (and section headings, `sections.<key>` or `sections.<index>`) that have one. */
  locations(addresses: readonly string[]): SourceLocation[] {
    const out: SourceLocation[] = [];
    for (const a of addresses) {
      const loc = this.cell(a)?.location ?? this.sectionPlace(a);
      if (loc) out.push(loc);
    }
    return out;
  }

  /** The heading location of `sections.<key>` (first heading of a template section) or `sections.<index>`. */
  private sectionPlace(address: string): SourceLocation | undefined {
    if (!address.startsWith('sections.')) return undefined;
    if (this.sectionPlaces === null) {
      const places = new Map<string, SourceLocation>();
      this.sections.forEach((s, i) => {
        places.set(`sections.${i}`, s.location);
        if (s.key && !places.has(`sections.${s.key}`)) places.set(`sections.${s.key}`, s.location);
      });
      this.sectionPlaces = places;
    }
    return this.sectionPlaces.get(address);
  }
}

/** A sum of operands, or the reason it cannot be computed (the evaluator's {@link SideSum}). */
export type Sum = SideSum;

/**
 * Sums cells with the one arithmetic evaluator (`template/arithmetic.ts`). `blankAsZero` addresses
 * that are blank count as 0 (and are listed); other blanks are "not reported" and make the sum
 * unknown, as do missing and ambiguous cells.
 */
export function sumCells(reader: CellReader, addresses: readonly string[], blankAsZero: (address: string) => boolean): Sum {
  return sumOperands(addresses, reader.lookup, blankAsZero);
}

/** Rounds away floating-point noise from sums of decimals. */
export const round = roundSum;
