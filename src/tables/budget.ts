/**
 * One bounded work budget per table, shared by every search its reader runs (orders of value runs,
 * cuts of glued digits, combinations of cut rows). Each step of a search (a node of its tree, a
 * reading checked) costs one unit; when the budget is spent the search stops, and what it could not
 * decide stays `ambiguous`, never guessed. The budget grows with the table's size, so the worst
 * input costs a bounded multiple of an ordinary one per byte.
 */

/** Units every table may spend whatever its size. */
export const BASE_WORK = 5_000;

/** Further units per token of the table region. */
export const WORK_PER_TOKEN = 20;

/** The work budget of one table (see the module comment). */
export class WorkBudget {
  private used = 0;

  /** @param limit - units this table may spend. */
  constructor(readonly limit: number) {}

  /** A budget for a table region of `tokens` tokens. */
  static forTable(tokens: number): WorkBudget {
    return new WorkBudget(BASE_WORK + WORK_PER_TOKEN * tokens);
  }

  /** Spends `n` units; false once the budget is exhausted (the caller stops searching). */
  spend(n = 1): boolean {
    this.used += n;
    return this.used <= this.limit;
  }

  /** Whether a search already ran out. */
  get exhausted(): boolean {
    return this.used > this.limit;
  }

  /** Units spent so far. */
  get spent(): number {
    return this.used;
  }
}
