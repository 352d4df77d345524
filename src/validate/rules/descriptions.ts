/**
 * What each rule checks (English, for docs and tools), from each rule's file. Kept apart from the
 * registry so that a bundle that only validates leaves these texts out: only the `rules` catalogue
 * reads them. `Record<RuleId, string>`: a rule without its description does not compile.
 */
import type { RuleId } from './registry.js';
import { description as t3Balance } from './t3-balance.js';
import { description as t3Rowsum } from './t3-rowsum.js';
import { description as t3Results } from './t3-results.js';
import { description as t3Nonneg } from './t3-nonneg.js';
import { description as t4Review } from './t4-review.js';
import { description as t4Direct } from './t4-direct.js';
import { description as t4After } from './t4-after.js';
import { description as t4Nonneg } from './t4-nonneg.js';
import { description as t2Nonneg } from './t2-nonneg.js';
import { description as t2Integer } from './t2-integer.js';
import { description as t2PublishedLeTotal } from './t2-published-le-total.js';
import { description as t2ItemsNonneg } from './t2-items-nonneg.js';
import { description as t2IssuedLe } from './t2-issued-le.js';
import { description as t2Unit } from './t2-unit.js';
import { description as sTables } from './s-tables.js';
import { description as sTableEmpty } from './s-table-empty.js';
import { description as sTableBlank } from './s-table-blank.js';
import { description as sSections } from './s-sections.js';
import { description as sVersionYear } from './s-version-year.js';
import { description as sMixedVersions } from './s-mixed-versions.js';
import { description as sOutlineNumbering } from './s-outline-numbering.js';
import { description as sOutlineOrder } from './s-outline-order.js';
import { description as sOutlineOrdinals } from './s-outline-ordinals.js';
import { description as sOutlineSubsection } from './s-outline-subsection.js';
import { description as rYear } from './r-year.js';
import { description as rSection5Empty } from './r-section5-empty.js';
import { description as rFees } from './r-fees.js';
import { description as rAllClosed } from './r-all-closed.js';
import { description as rBodyYear } from './r-body-year.js';
import { description as xNarrative } from './x-narrative.js';
import { description as xCarry } from './x-carry.js';
import { description as xValid } from './x-valid.js';
import { description as xItems } from './x-items.js';
import { description as xRollup } from './x-rollup.js';

/** Description of every rule by id. */
export const RULE_DESCRIPTIONS: Record<RuleId, string> = {
  'T3.BALANCE': t3Balance,
  'T3.ROWSUM': t3Rowsum,
  'T3.RESULTS': t3Results,
  'T3.NONNEG': t3Nonneg,
  'T4.REVIEW': t4Review,
  'T4.DIRECT': t4Direct,
  'T4.AFTER': t4After,
  'T4.NONNEG': t4Nonneg,
  'T2.NONNEG': t2Nonneg,
  'T2.INTEGER': t2Integer,
  'T2.PUBLISHED_LE_TOTAL': t2PublishedLeTotal,
  'T2.ITEMS_NONNEG': t2ItemsNonneg,
  'T2.ISSUED_LE': t2IssuedLe,
  'T2.UNIT': t2Unit,
  'S.TABLES': sTables,
  'S.TABLE_EMPTY': sTableEmpty,
  'S.TABLE_BLANK': sTableBlank,
  'S.SECTIONS': sSections,
  'S.VERSION_YEAR': sVersionYear,
  'S.MIXED_VERSIONS': sMixedVersions,
  'S.OUTLINE_NUMBERING': sOutlineNumbering,
  'S.OUTLINE_ORDER': sOutlineOrder,
  'S.OUTLINE_ORDINALS': sOutlineOrdinals,
  'S.OUTLINE_SUBSECTION': sOutlineSubsection,
  'R.YEAR': rYear,
  'R.SECTION5_EMPTY': rSection5Empty,
  'R.FEES': rFees,
  'R.ALL_CLOSED': rAllClosed,
  'R.BODY_YEAR': rBodyYear,
  'X.NARRATIVE': xNarrative,
  'X.CARRY': xCarry,
  'X.VALID': xValid,
  'X.ITEMS': xItems,
  'X.ROLLUP': xRollup,
};
