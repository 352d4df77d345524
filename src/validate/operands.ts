/**
 * Reading cells as operands of a rule: a number, a blank, or unknown (missing / ambiguous /
 * table absent), and summing them under the template's blank policy.
 */
import type { Cell } from '../model/cell.js';
import type { SourceLocation } from '../model/location.js';
import type { Report } from '../model/report.js';
import { cellAt } from '../tables/paths.js';
import { table2Addresses, table3Addresses, table4Addresses } from '../template/addresses.js';
import { roundSum, sumOperands, type OperandLookup, type SideSum } from '../template/arithmetic.js';

/** A cell as an operand. */
export type Operand =
  { kind: 'value'; value: number } | { kind: 'blank' } | { kind: 'unknown'; reason: 'missing' | 'ambiguous' | 'absent' };

/** Reads cells of one report by address (indexed once: rules read each cell several times). */
export class CellReader {
  private readonly index = new Map<string, Cell>();
  private readonly sectionPlaces = new Map<string, SourceLocation>();

  constructor(report: Report) {
    // Sections by key (first heading of a template section) and by position (`sections.3`).
    report.sections.forEach((s, i) => {
      this.sectionPlaces.set(`sections.${i}`, s.location);
      if (s.key && !this.sectionPlaces.has(`sections.${s.key}`)) this.sectionPlaces.set(`sections.${s.key}`, s.location);
    });
    const { t2, t3, t4 } = report.tables;
    const add = (addresses: readonly string[], root: unknown): void => {
      for (const a of addresses) {
        const c = cellAt(root, a);
        if (c) this.index.set(a, c);
      }
    };
    if (t2) add(table2Addresses(t2.version), t2);
    if (t3) add(table3Addresses(t3.version), t3);
    if (t4) add(table4Addresses(), t4);
  }

  /** The cell at an address, or undefined when its table is absent or the address unknown. */
  cell(address: string): Cell | undefined {
    return this.index.get(address);
  }

  /** The cell as an operand. */
  operand(address: string): Operand {
    const c = this.cell(address);
    if (!c) return { kind: 'unknown', reason: 'absent' };
    if (c.status === 'value') return { kind: 'value', value: c.value };
    if (c.status === 'blank') return { kind: 'blank' };
    return { kind: 'unknown', reason: c.status };
  }

  /** The cells as operands of the arithmetic evaluator. */
  readonly lookup: OperandLookup = (address) => {
    const o = this.operand(address);
    return o.kind === 'value' ? o.value : o.kind === 'blank' ? 'blank' : null;
  };

  /** Source locations of the cells (and section headings, `sections.<key>` or `sections.<index>`) that have one. */
  locations(addresses: readonly string[]): SourceLocation[] {
    const out: SourceLocation[] = [];
    for (const a of addresses) {
      const loc = this.cell(a)?.location ?? this.sectionPlaces.get(a);
      if (loc) out.push(loc);
    }
    return out;
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
