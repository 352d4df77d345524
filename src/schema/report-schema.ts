/**
 * The JSON Schema (draft 2020-12) of a serialised {@link Report}, generated from the template
 * definitions so that tools in other languages can validate the same data. `isReport` and
 * `assertReport` interpret this very schema, so the guards and the schema cannot disagree.
 */
import { table2Addresses, table3Addresses, table4Addresses } from '../template/addresses.js';
import { REGISTERED_VERSIONS } from '../template/registry.js';
import { SECTIONS } from '../template/sections.js';
import type { TemplateVersion } from '../template/version.js';

/** A JSON Schema node (the subset this library uses). */
export interface JsonSchema {
  /** Schema dialect (root only). */
  $schema?: string;
  /** Schema id (root only). */
  $id?: string;
  /** Title. */
  title?: string;
  /** Description. */
  description?: string;
  /** JSON type(s). */
  type?: string | string[];
  /** Allowed values. */
  enum?: readonly (string | number | null)[];
  /** The one allowed value. */
  const?: string | number | null;
  /** Object properties. */
  properties?: Record<string, JsonSchema>;
  /** Required properties. */
  required?: string[];
  /** Whether other properties are allowed. */
  additionalProperties?: boolean;
  /** Array items. */
  items?: JsonSchema;
  /** Exactly one of. */
  oneOf?: JsonSchema[];
  /** Reference into `$defs`. */
  $ref?: string;
  /** Definitions (root only). */
  $defs?: Record<string, JsonSchema>;
  /** Minimum (numbers). */
  minimum?: number;
}

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
const nullable = (s: JsonSchema): JsonSchema => ({ oneOf: [{ type: 'null' }, s] });

const PROVENANCE: Record<string, JsonSchema> = {
  raw: { type: 'string' },
  location: ref('location'),
  unit: { type: 'string' },
  note: { type: 'string' },
  rowLabel: { type: 'string' },
  columnLabel: { type: 'string' },
};

function cellVariant(status: string, value: JsonSchema, extra: Record<string, JsonSchema> = {}, required: string[] = []): JsonSchema {
  return {
    type: 'object',
    properties: { status: { const: status }, value, ...PROVENANCE, ...extra },
    required: ['status', 'value', ...required],
    additionalProperties: false,
  };
}

/** Nested object schema for a set of addresses under one table. */
function tableSchema(addresses: string[], version: TemplateVersion | null): JsonSchema {
  const root: JsonSchema = { type: 'object', properties: {}, required: [], additionalProperties: false };
  if (version) {
    root.properties!['version'] = { const: version };
    root.required!.push('version');
  }
  root.properties!['location'] = ref('location');
  for (const a of addresses) {
    const parts = a.split('.').slice(1);
    let node = root;
    parts.forEach((p, i) => {
      if (i === parts.length - 1) {
        node.properties![p] = ref('cell');
        node.required!.push(p);
        return;
      }
      if (!node.properties![p]) {
        node.properties![p] = { type: 'object', properties: {}, required: [], additionalProperties: false };
        node.required!.push(p);
      }
      node = node.properties![p] as JsonSchema;
    });
  }
  return root;
}

const strOrNull: JsonSchema = { type: ['string', 'null'] };

/** Builds the schema. */
function build(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/zfxxgk-report/zfxxgk-report/report.schema.json',
    title: 'zfxxgk-report Report',
    description: `A parsed 政府信息公开工作年度报告 (${REGISTERED_VERSIONS.join(' or ')} template), as serialised by JSON.stringify.`,
    type: 'object',
    properties: {
      templateVersions: {
        type: 'object',
        properties: { table2: { enum: [...REGISTERED_VERSIONS, null] }, table3: { enum: [...REGISTERED_VERSIONS, null] } },
        required: ['table2', 'table3'],
        additionalProperties: false,
      },
      meta: {
        type: 'object',
        properties: {
          title: strOrNull,
          agency: strOrNull,
          year: { type: ['integer', 'null'] },
          publishDate: strOrNull,
          indexNumber: strOrNull,
          documentNumber: strOrNull,
          publisher: strOrNull,
          period: nullable({
            type: 'object',
            properties: { start: { type: 'string' }, end: { type: 'string' } },
            required: ['start', 'end'],
            additionalProperties: false,
          }),
          sources: {
            type: 'object',
            properties: Object.fromEntries(
              ['title', 'agency', 'year', 'publishDate'].map((k) => [
                k,
                {
                  type: 'object',
                  properties: {
                    evidence: {
                      enum: ['page-header', 'html-head', 'title-line', 'report-sentence', 'period', 'signature', 'body', 'contact'],
                    },
                    location: ref('location'),
                  },
                  required: ['evidence'],
                  additionalProperties: false,
                },
              ]),
            ),
            additionalProperties: false,
          },
        },
        required: ['title', 'agency', 'year', 'publishDate', 'indexNumber', 'documentNumber', 'publisher', 'period'],
        additionalProperties: false,
      },
      sections: { type: 'array', items: ref('section') },
      tables: {
        type: 'object',
        properties: {
          t2: { oneOf: [{ type: 'null' }, ...REGISTERED_VERSIONS.map((v) => ref(`table2_${v}`))] },
          t3: { oneOf: [{ type: 'null' }, ...REGISTERED_VERSIONS.map((v) => ref(`table3_${v}`))] },
          t4: { oneOf: [{ type: 'null' }, ref('table4')] },
        },
        required: ['t2', 't3', 't4'],
        additionalProperties: false,
      },
      source: {
        type: 'object',
        properties: {
          format: { enum: ['text', 'markdown', 'html', 'docx', 'pdf'] },
          length: { type: 'integer', minimum: 0 },
          convertedToSimplified: { type: 'boolean' },
        },
        required: ['format', 'length', 'convertedToSimplified'],
        additionalProperties: false,
      },
    },
    required: ['templateVersions', 'meta', 'sections', 'tables', 'source'],
    additionalProperties: false,
    $defs: {
      location: {
        type: 'object',
        properties: {
          start: { type: 'integer', minimum: 0 },
          end: { type: 'integer', minimum: 0 },
          line: { type: 'integer', minimum: 1 },
          column: { type: 'integer', minimum: 1 },
          page: { type: 'integer', minimum: 1 },
          x: { type: 'number' },
          y: { type: 'number' },
        },
        required: ['start', 'end', 'line', 'column'],
        additionalProperties: false,
      },
      cell: {
        oneOf: [
          cellVariant('value', { type: 'number' }),
          cellVariant('blank', { type: 'null' }),
          cellVariant('missing', { type: 'null' }),
          cellVariant('ambiguous', { type: 'null' }, { candidates: { type: 'array', items: { type: 'number' } } }, ['candidates']),
        ],
      },
      section: {
        type: 'object',
        properties: {
          key: { enum: [...SECTIONS.map((s) => s.key), null] },
          number: strOrNull,
          marker: { type: 'string' },
          level: { enum: [1, 2] },
          heading: { type: 'string' },
          title: { type: 'string' },
          text: { type: 'string' },
          location: ref('location'),
          span: ref('location'),
        },
        required: ['key', 'number', 'marker', 'level', 'heading', 'title', 'text', 'location', 'span'],
        additionalProperties: false,
      },
      // One definition per registered version and table: table2_2019, table2_2021, table3_2019, …
      ...Object.fromEntries(REGISTERED_VERSIONS.map((v) => [`table2_${v}`, tableSchema(table2Addresses(v), v)])),
      ...Object.fromEntries(REGISTERED_VERSIONS.map((v) => [`table3_${v}`, tableSchema(table3Addresses(v), v)])),
      table4: tableSchema(table4Addresses(), null),
    },
  };
}

let cached: JsonSchema | null = null;

/** The JSON Schema of a serialised report (also shipped as `zfxxgk-report/report.schema.json`). */
export function reportJsonSchema(): JsonSchema {
  cached ??= build();
  return cached;
}
