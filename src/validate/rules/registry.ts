/**
 * The rule registry: every rule, in the order checks run, listed once. A rule is one file in this
 * folder exporting `rule` (metadata and check) and `description` (docs); adding one means adding
 * its file, one line here and one line in `descriptions.ts`. `RuleId` is derived from this list, so
 * an id cannot exist without its rule; the compiler refuses a rule without its description, and
 * `test/rule-registry.test.ts` a rule file that is not listed here.
 */
import { rule as t3Balance } from './t3-balance.js';
import { rule as t3Rowsum } from './t3-rowsum.js';
import { rule as t3Results } from './t3-results.js';
import { rule as t3Nonneg } from './t3-nonneg.js';
import { rule as t4Review } from './t4-review.js';
import { rule as t4Direct } from './t4-direct.js';
import { rule as t4After } from './t4-after.js';
import { rule as t4Nonneg } from './t4-nonneg.js';
import { rule as t2Nonneg } from './t2-nonneg.js';
import { rule as t2Integer } from './t2-integer.js';
import { rule as t2PublishedLeTotal } from './t2-published-le-total.js';
import { rule as t2ItemsNonneg } from './t2-items-nonneg.js';
import { rule as t2IssuedLe } from './t2-issued-le.js';
import { rule as t2Unit } from './t2-unit.js';
import { rule as sTables } from './s-tables.js';
import { rule as sTableEmpty } from './s-table-empty.js';
import { rule as sTableBlank } from './s-table-blank.js';
import { rule as sSections } from './s-sections.js';
import { rule as sVersionYear } from './s-version-year.js';
import { rule as sMixedVersions } from './s-mixed-versions.js';
import { rule as sOutlineNumbering } from './s-outline-numbering.js';
import { rule as sOutlineOrder } from './s-outline-order.js';
import { rule as sOutlineOrdinals } from './s-outline-ordinals.js';
import { rule as sOutlineSubsection } from './s-outline-subsection.js';
import { rule as rYear } from './r-year.js';
import { rule as rSection5Empty } from './r-section5-empty.js';
import { rule as rFees } from './r-fees.js';
import { rule as rAllClosed } from './r-all-closed.js';
import { rule as rBodyYear } from './r-body-year.js';
import { rule as xNarrative } from './x-narrative.js';
import { rule as xCarry } from './x-carry.js';
import { rule as xValid } from './x-valid.js';
import { rule as xItems } from './x-items.js';
import { rule as xRollup } from './x-rollup.js';

/** Every rule, in the order checks run. */
export const RULE_REGISTRY = [
  t3Balance,
  t3Rowsum,
  t3Results,
  t3Nonneg,
  t4Review,
  t4Direct,
  t4After,
  t4Nonneg,
  t2Nonneg,
  t2Integer,
  t2PublishedLeTotal,
  t2ItemsNonneg,
  t2IssuedLe,
  t2Unit,
  sTables,
  sTableEmpty,
  sTableBlank,
  sSections,
  sVersionYear,
  sMixedVersions,
  sOutlineNumbering,
  sOutlineOrder,
  sOutlineOrdinals,
  sOutlineSubsection,
  rYear,
  rSection5Empty,
  rFees,
  rAllClosed,
  rBodyYear,
  xNarrative,
  xCarry,
  xValid,
  xItems,
  xRollup,
] as const;

/**
 * Stable rule ids, one per registered rule (derived from `RULE_REGISTRY`: an id cannot exist
 * without its rule). Never renamed or reused; `docs/rules.md` lists them.
 */
export type RuleId = (typeof RULE_REGISTRY)[number]['id'];
