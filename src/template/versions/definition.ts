import type { Table2Definition } from '../table2.js';
import type { Table3Definition } from '../table3.js';
import type { TemplateVersion } from '../version.js';

/**
 * Everything that differs between two national template versions, in one object: one module per
 * version (`template/versions/2019.ts`, `2021.ts`), collected by `template/registry.ts`. Table 四
 * is the same in both versions (`template/table4.ts`).
 */
export interface TemplateDefinition {
  /** The version key used in reports (`report.templateVersions`, `table.version`). */
  readonly version: TemplateVersion;
  /** The document that issued the template. */
  readonly document: string;
  /** First report year printed in this template; it applies until the next version's first year. */
  readonly firstYear: number;
  /** Table 二 (主动公开) of this version. */
  readonly table2: Table2Definition;
  /** Table 三 (收到和处理申请) of this version. */
  readonly table3: Table3Definition;
  /** Cleaned strings that only this version's table 二 prints: evidence for the version. */
  readonly table2Signatures: readonly string[];
}
