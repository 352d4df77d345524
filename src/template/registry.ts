/**
 * The template registry: every national template version, one module each under
 * `template/versions/`, registered in one map. Code that depends on the version asks the registry
 * (its definition, the version of a year, the version whose cells a set of addresses belongs to)
 * rather than comparing version strings.
 *
 * Adding a version: a module `template/versions/<year>.ts`, its key in `TemplateVersion`
 * (`template/version.ts`), one line in `TEMPLATES` below (a `Record` over `TemplateVersion`: the
 * compiler refuses a version without its definition), and its tables in `table2.ts`/`table3.ts`
 * (`TABLE2_BY_VERSION`, `TABLE3_BY_VERSION`, also `Record`s).
 */
import { TEMPLATE_2019 } from './versions/2019.js';
import { TEMPLATE_2021 } from './versions/2021.js';
import type { TemplateDefinition } from './versions/definition.js';
import type { TemplateVersion } from './version.js';

export type { TemplateDefinition } from './versions/definition.js';

/** Every supported template version, by key, oldest first. */
export const TEMPLATES: Readonly<Record<TemplateVersion, TemplateDefinition>> = {
  '2019': TEMPLATE_2019,
  '2021': TEMPLATE_2021,
};

/** The supported versions, oldest first (the keys of {@link TEMPLATES}). */
export const REGISTERED_VERSIONS: readonly TemplateVersion[] = Object.freeze(
  (Object.keys(TEMPLATES) as TemplateVersion[]).sort((a, b) => TEMPLATES[a].firstYear - TEMPLATES[b].firstYear),
);

/** The newest version: the default when nothing says otherwise. */
export const LATEST_TEMPLATE_VERSION: TemplateVersion = REGISTERED_VERSIONS[REGISTERED_VERSIONS.length - 1] as TemplateVersion;

/** Whether a value is a supported template version. */
export function isTemplateVersion(value: unknown): value is TemplateVersion {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TEMPLATES, value);
}

/** The message of the error an unsupported version raises (shared so every caller says the same). */
export function unsupportedVersionMessage(where: string, version: unknown): string {
  return `${where}: template version ${JSON.stringify(version)} is not supported (supported: ${REGISTERED_VERSIONS.join(', ')})`;
}

/**
 * The definition of a template version.
 *
 * @param where - the calling API, named in the error.
 * @throws TypeError for a version that is not registered.
 */
export function templateDefinition(version: TemplateVersion, where = 'templateDefinition'): TemplateDefinition {
  if (!isTemplateVersion(version)) throw new TypeError(unsupportedVersionMessage(where, version));
  return TEMPLATES[version];
}

/**
 * The template version a report of the given year is expected to use: the newest version whose
 * first year is not after it; `null` before the first version, when no national table layout existed.
 */
export function versionForYear(year: number): TemplateVersion | null {
  let found: TemplateVersion | null = null;
  for (const v of REGISTERED_VERSIONS) if (TEMPLATES[v].firstYear <= year) found = v;
  return found;
}

/** A table-三 data row that only one version has: evidence for that version when a report prints it. */
export interface VersionRowEvidence {
  /** The version. */
  readonly version: TemplateVersion;
  /** Row key (`results.otherHandling.unpaidFee`). */
  readonly key: string;
  /**
   * True when another version prints the same row as a group label (2021's （六）其他处理 heads three
   * rows; in 2019 it is a data row): the row is evidence only when it carries values.
   */
  readonly needsValues: boolean;
}

let t3Evidence: readonly VersionRowEvidence[] | null = null;

/**
 * The table-三 data rows that tell the versions apart, newest version first: a data row of one
 * version that is a data row of no other (derived from the registered table definitions).
 */
export function table3VersionEvidence(): readonly VersionRowEvidence[] {
  if (t3Evidence) return t3Evidence;
  const out: VersionRowEvidence[] = [];
  for (const v of [...REGISTERED_VERSIONS].reverse()) {
    const others = REGISTERED_VERSIONS.filter((o) => o !== v).map((o) => TEMPLATES[o].table3.rows);
    for (const r of TEMPLATES[v].table3.rows) {
      if (r.type !== 'data') continue;
      if (others.some((rows) => rows.some((x) => x.key === r.key && x.type === 'data'))) continue;
      out.push({ version: v, key: r.key, needsValues: others.some((rows) => rows.some((x) => x.key === r.key)) });
    }
  }
  t3Evidence = out;
  return out;
}

/**
 * The versions whose table 二 has the sub-table of a 第二十条 item (`'九'` → 2019 only); empty when
 * every version has it (then the item says nothing about the version).
 */
export function versionsWithTable2Item(item: string): TemplateVersion[] {
  const having = REGISTERED_VERSIONS.filter((v) => TEMPLATES[v].table2.subTables.some((s) => s.item === item));
  return having.length === REGISTERED_VERSIONS.length ? [] : having;
}
