/**
 * The template registry: every national template version, one data module each under
 * `template/versions/`, registered in one map (`template/versions/index.ts`). Code that depends on
 * the version asks the registry (its definition, the version of a year, the version whose cells a
 * set of addresses belongs to) rather than comparing version strings.
 *
 * Adding a version: a module `template/versions/<year>.ts` and one line in `TEMPLATE_DATA`
 * (`template/versions/index.ts`); `TemplateVersion`, the model's table types, the schema, the
 * addresses and labels follow from the data.
 */
import type { TemplateDefinitionOf } from './versions/definition.js';
import { TEMPLATE_DATA } from './versions/index.js';
import type { TemplateVersion } from './version.js';

/** Everything that differs between the template versions, for one registered version. */
export type TemplateDefinition = TemplateDefinitionOf<TemplateVersion>;

/**
 * Every supported template version, by key. Typed so that each entry's `version` (and its tables'
 * `version`) is its own key: an entry registered under the wrong key does not compile.
 */
export const TEMPLATES: { readonly [V in TemplateVersion]: TemplateDefinitionOf<V> } = TEMPLATE_DATA;

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
  return TEMPLATES[version] as TemplateDefinition;
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
    const others = REGISTERED_VERSIONS.filter((o) => o !== v).map((o) => templateDefinition(o).table3.rows);
    for (const r of templateDefinition(v).table3.rows) {
      if (r.type !== 'data') continue;
      if (others.some((rows) => rows.some((x) => x.key === r.key && x.type === 'data'))) continue;
      out.push({ version: v, key: r.key, needsValues: others.some((rows) => rows.some((x) => x.key === r.key)) });
    }
  }
  t3Evidence = out;
  return out;
}

/** {@link versionsWithTable2Item} per item, worked out once. */
const ITEM_VERSIONS = new Map<string, readonly TemplateVersion[]>();

/**
 * The versions whose table 二 has the sub-table of a 第二十条 item (`'九'` → 2019 only); empty when
 * every version has it (then the item says nothing about the version).
 */
export function versionsWithTable2Item(item: string): readonly TemplateVersion[] {
  let out = ITEM_VERSIONS.get(item);
  if (out) return out;
  const having = REGISTERED_VERSIONS.filter((v) => templateDefinition(v).table2.subTables.some((s) => s.item === item));
  out = having.length === REGISTERED_VERSIONS.length ? [] : having;
  // (an item no version has is not kept: the cache holds only the template's own items)
  if (having.length > 0) ITEM_VERSIONS.set(item, out);
  return out;
}
