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

