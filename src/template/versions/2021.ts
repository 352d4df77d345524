import { TABLE2_VERSION_SIGNATURES } from '../signatures.js';
import { TABLE2_2021 } from '../table2.js';
import { TABLE3_2021 } from '../table3.js';
import type { TemplateDefinition } from './definition.js';

/** The revised template (国办公开办函〔2021〕30号), used from the 2021 reports on. */
export const TEMPLATE_2021: TemplateDefinition = {
  version: '2021',
  document: '国办公开办函〔2021〕30号',
  firstYear: 2021,
  table2: TABLE2_2021,
  table3: TABLE3_2021,
  table2Signatures: TABLE2_VERSION_SIGNATURES['2021'],
};
