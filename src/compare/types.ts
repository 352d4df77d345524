/**
 * The result of comparing two annual reports of one agency (see `compareReports`): what changed
 * in every cell, whether the cross-year relations hold, which template versions changed, and how
 * much of the text repeats last year's.
 */
import type { Severity } from '../diagnostics/catalogue.js';
import type { CellStatus } from '../model/cell.js';
import type { SourceLocation } from '../model/location.js';
import type { TemplateVersions } from '../model/report.js';
import type { SectionKey } from '../template/sections.js';
import type { TemplateVersion } from '../template/version.js';
import type { CheckStatus } from '../validate/types.js';
import type { RuleId } from '../validate/rules.js';
import type { CellPlace } from './cell-place.js';

/** Which of the two compared reports. */
export type ComparedSide = 'previous' | 'current';

/** Identity of a compared report. */
export interface ComparedReport {
  /** Agency as the report names it, or `null`. */
  agency: string | null;
  /** Report year, or `null` when the report does not say. */
  year: number | null;
  /** Template version of each table. */
  templateVersions: TemplateVersions;
}

/** One cell of one year: its status and number. */
export interface CellSnapshot {
  /** Status of the cell (`missing` also when the table or the cell does not exist in that year's template). */
  status: CellStatus;
  /** The number, or `null` unless `status` is `value`. */
  value: number | null;
}

/** How one cell changed from the previous report to the current one. */
export interface CellChange extends CellPlace {
  /** The cell last year. */
  previous: CellSnapshot;
  /** The cell this year. */
  current: CellSnapshot;
  /** `current − previous` when both are values (a blank is not a zero: `null` then). */
  delta: number | null;
  /** `delta / previous` when both are values and the previous is not 0, else `null`. */
  relative: number | null;
  /** True when the value or the status differs. */
  changed: boolean;
}

/** A cell taking part in a cross-year relation, with the year it belongs to. */
export interface RelationCell extends CellPlace {
  /** The report the cell is in. */
  side: ComparedSide;
  /** That report's year, when known. */
  year: number | null;
}

/** One cross-year relation checked (X.CARRY per column, X.VALID per document kind, X.ITEMS per item row). */
export interface CrossYearCheck {
  /** The rule (see `rules`). */
  rule: RuleId;
  /** `pass`, `fail`, or `uncertain` when a cell it needs is blank, missing or ambiguous. */
  status: CheckStatus;
  /** Severity of the rule when it fails (an uncertain check is `info`). */
  severity: Severity;
  /** The cells involved, in both reports. */
  cells: RelationCell[];
  /** What the relation expects (e.g. last year's 结转下年度). */
  expected?: number;
  /** What this year's report says. */
  actual?: number;
  /** `actual − expected`. */
  delta?: number;
  /** Plain-language message in zh-CN, naming the cells as the template prints them. */
  message: string;
  /** The same in English. */
  messageEn: string;
}

/** A table whose template version differs between the two years. */
export interface VersionChange {
  /** Table 二 or 三 (table 四 has one version). */
  table: 't2' | 't3';
  /** Version last year (`null`: table not found). */
  previous: TemplateVersion | null;
  /** Version this year. */
  current: TemplateVersion | null;
  /** True when each year uses the version in force for it (2019–2020: 2019; from 2021: 2021); `null` when a year is unknown. */
  expected: boolean | null;
}

/** Where a repeated passage is in one of the reports. */
export interface PassagePlace {
  /** Index of the section in `report.sections`. */
  sectionIndex: number;
  /** The template section, or `null` for a heading outside the template. */
  sectionKey: SectionKey | null;
  /** The section heading as printed. */
  heading: string;
  /** Offset of the passage's first character in that section's `text`. */
  start: number;
  /** Offset after its last character in that section's `text`. */
  end: number;
  /** Where the section heading is in the report's input (the text itself is normalised, so offsets inside it are given against `text`). */
  sectionLocation: SourceLocation;
}

/** A run of consecutive sentences of this year's report that repeat consecutive sentences of last year's. */
export interface RepeatedPassage {
  /** Where it is this year. */
  current: PassagePlace;
  /** Where it was last year. */
  previous: PassagePlace;
  /** This year's text of the passage. */
  text: string;
  /** Number of sentences in it. */
  sentences: number;
  /** True when the text is identical, not only after normalisation (numbers, spaces and punctuation). */
  identical: boolean;
}

/** Text reuse of one section of this year's report. */
export interface SectionReuse {
  /** Index in `report.sections`. */
  sectionIndex: number;
  /** The template section, or `null`. */
  sectionKey: SectionKey | null;
  /** Heading as printed. */
  heading: string;
  /** Sentences long enough to count. */
  sentences: number;
  /** Of those, sentences that repeat one of last year's (after normalisation). */
  repeated: number;
  /** `repeated / sentences` (0 when the section has no sentence that counts). */
  share: number;
}

/** How much of this year's text repeats last year's. */
export interface TextReuse {
  /** Sentences of the whole report that count (long enough after normalisation). */
  sentences: number;
  /** Of those, sentences that repeat one of last year's. */
  repeated: number;
  /** `repeated / sentences` (0 when nothing counts). */
  share: number;
  /** Per section of this year's report, in order. */
  sections: SectionReuse[];
  /** The repeated passages, in this year's order. */
  passages: RepeatedPassage[];
}

/** Result of {@link compareReports}. */
export interface ReportComparison {
  /** Last year's report. */
  previous: ComparedReport;
  /** This year's report. */
  current: ComparedReport;
  /**
   * True when the cross-year relations were assessed: the years are consecutive, or one of
   * them is unknown (the caller's order is then trusted). False for years further apart.
   */
  consecutive: boolean;
  /** Tables whose template version changed. */
  versionChanges: VersionChange[];
  /** Every cell both templates have, except those zero or blank in both years, in table order. */
  cells: CellChange[];
  /** The cross-year relations: X.CARRY, X.VALID (2021 table 二 both years), X.ITEMS (2019 table 二 both years). */
  relations: CrossYearCheck[];
  /** Text reuse. */
  textReuse: TextReuse;
}
