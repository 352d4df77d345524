// The layers of src/, bottom first. A module may import from its own layer or a layer below it,
// never from a layer above. Checked by test/layers.test.ts and mirrored by the ESLint
// import-boundary rule in eslint.config.js; drawn in docs/architecture.md.

/** @type {ReadonlyArray<{ name: string, folders: readonly string[] }>} */
export const LAYERS = [
  // Pure data and ambient types: the template versions and their registry.
  { name: 'template', folders: ['template', 'types'] },
  // How findings are expressed: the diagnostic catalogue, source locations, the Reporter
  // interface stages report through; read errors and resource limits.
  { name: 'diagnostics', folders: ['diagnostics', 'errors', 'limits'] },
  // The typed report: cells, tables, cell paths, creating and listing a report.
  { name: 'model', folders: ['model'] },
  // The JSON Schema of the report and type guards on it.
  { name: 'schema', folders: ['schema'] },
  // Text utilities below the readers: normalisation with offset maps, the pure PDF line layout.
  { name: 'text', folders: ['normalize', 'layout'] },
  // The parsimmon grammars over normalised text (lines, cells, headings).
  { name: 'grammar', folders: ['grammar'] },
  // Input formats rendered to text with a map back (text, Markdown, HTML), and the PDF text
  // layer read into positioned items without pdfjs (pdf-text).
  { name: 'adapters', folders: ['adapters', 'pdf-text'] },
  // The readers: outline and table location, table readers, repairs, numbers stated in prose.
  // They work together on one parse and may import each other.
  { name: 'readers', folders: ['outline', 'tables', 'repairs', 'narrative'] },
  // The orchestrator: runs adapters, normalisation and readers over one input.
  { name: 'parse', folders: ['parse'] },
  // Rules over a parsed report, coverage and the verdict.
  { name: 'validate', folders: ['validate'] },
  // Output: rendering a report, comparing reports.
  { name: 'output', folders: ['render', 'compare'] },
  // Entries: the public index (and core.ts, the same with the internals the Node-only entries share), the Node-only entries and the CLI.
  { name: 'entries', folders: ['index.ts', 'core.ts', 'ocr', 'node', 'docx', 'pdf', 'cli'] },
];

/**
 * Upward imports tolerated for now, each with its reason. Every entry is debt: remove it when
 * the file stops importing upward (the layer test fails on an entry whose file still exists
 * but no longer has the import; entries whose file does not exist are skipped, so delete them
 * when a file goes).
 *
 * @type {ReadonlyArray<{ file: string, import: string, why: string }>}
 */
export const ALLOWED_UPWARD = [
  // Empty: every stage imports only from its own layer or below. The table readers and repairs
  // report through the `Reporter` (`RecordingReporter` for a reading tried and dropped) of
  // diagnostics/reporter.ts, which parse/context.ts's ParseContext implements.
];
