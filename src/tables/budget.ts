/**
 * One bounded work budget per table, shared by every search its reader runs (orders of value runs,
 * cuts of glued digits, combinations of cut rows). A unit is about one step of the digit search
 * (tens of nanoseconds); a step that costs more is charged more (a partial order of value runs: 10).
 * When the budget is spent the search stops, and what it could not decide stays `ambiguous`, never
 * guessed. The budget grows with the table's size (about what reading a token costs), so the worst
 * input costs a bounded multiple of an ordinary one per byte (test/budget.test.ts).
 */

/** Units every table may spend whatever its size. */
export const BASE_WORK = 10_000;

/** Further units per token of the table region. */
export const WORK_PER_TOKEN = 50;

/**
 * Further units per digit of a glued run a table reads whole (table 四's row of fifteen as one run of
 * digits: its cuts with vanished blanks are searched beside the whole ones, a search that grows with
 * the digits, not the few tokens of the region).
 */
export const WORK_PER_RUN_DIGIT = 250;

/** The work budget of one table (see the module comment). */
export class WorkBudget {
  private used = 0;

  /** @param limit - units this table may spend. */
  constructor(readonly limit: number) {}

  /** A budget for a table region of `tokens` tokens. */
  static forTable(tokens: number): WorkBudget {
    return new WorkBudget(BASE_WORK + WORK_PER_TOKEN * tokens);
  }

  /** A budget for a table region of `tokens` tokens whose glued runs hold `digits` digits in all. */
  static forRuns(tokens: number, digits: number): WorkBudget {
    return new WorkBudget(BASE_WORK + WORK_PER_TOKEN * tokens + WORK_PER_RUN_DIGIT * digits);
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
