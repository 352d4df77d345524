import { REGISTERED_VERSIONS, versionForYear } from './registry.js';
import type { TEMPLATE_DATA } from './versions/index.js';

/**
 * The national template versions of the annual report: the keys of the registered versions
 * (`template/versions/index.ts`).
 *
 * - `'2019'`: 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号,
 *   used for the 2019 and 2020 reports.
 * - `'2021'`: the revised format of 国办公开办函〔2021〕30号, used from the 2021 reports on.
 *
 * Versions are decided per table: a 2021 report may still print the 2019 table 三.
 */
export type TemplateVersion = keyof typeof TEMPLATE_DATA;

/** Every template version, oldest first (the versions of the registry, `template/registry.ts`). */
export const TEMPLATE_VERSIONS: readonly TemplateVersion[] = REGISTERED_VERSIONS;

/**
 * The template version a report of the given year is expected to use
 * (2019 and 2020 → `'2019'`, 2021 on → `'2021'`); `null` before 2019, when no national table layout existed.
 * Decided by the registry from each version's first year.
 */
export function expectedVersionForYear(year: number): TemplateVersion | null {
  return versionForYear(year);
}
