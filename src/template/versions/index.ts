/**
 * The registered template versions: one line per version. This is the one place a version is
 * registered; `TemplateVersion` is the set of its keys (`template/version.ts`), and everything that
 * depends on the version asks `template/registry.ts`, which reads this map.
 *
 * Adding a version: a module `./<year>.ts` exporting its `TemplateDefinitionOf<'<year>'>` data
 * (`as const`, so the model's types follow from it), and one line below. Data only: nothing here
 * imports logic, so the registry, the table definitions and the model can all depend on it.
 */
import { TEMPLATE_2019 } from './2019.js';
import { TEMPLATE_2021 } from './2021.js';

/** Every supported template version, by key. */
export const TEMPLATE_DATA = {
  '2019': TEMPLATE_2019,
  '2021': TEMPLATE_2021,
} as const;
