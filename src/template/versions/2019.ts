import { TABLE2_VERSION_SIGNATURES } from '../signatures.js';
import { TABLE2_2019 } from '../table2.js';
import { TABLE3_2019 } from '../table3.js';
import type { TemplateDefinition } from './definition.js';

/** The 2019 trial template (国办公开办函〔2019〕60号), used for the 2019 and 2020 reports. */
export const TEMPLATE_2019: TemplateDefinition = {
  version: '2019',
  document: '国办公开办函〔2019〕60号',
  firstYear: 2019,
  table2: TABLE2_2019,
  table3: TABLE3_2019,
  table2Signatures: TABLE2_VERSION_SIGNATURES['2019'],
};
