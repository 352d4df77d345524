/**
 * The Node registry: the document adapters (read from bytes; their entries load their optional
 * peer dependency on first use) before the core's text adapters. Register a new adapter by
 * adding it to {@link NODE_ADAPTERS}; `parseBytes`/`parseFile` and the CLI ask this registry.
 */
import type { DocumentAdapter } from '../adapters/adapter.js';
import { CORE_ADAPTERS, createAdapterRegistry, type AdapterRegistry } from '../adapters/registry.js';
import { docxAdapter } from '../docx/adapter.js';
import { pdfAdapter } from '../pdf/adapter.js';

/** The Node-only document adapters, in detection order. */
export const NODE_ADAPTERS: readonly DocumentAdapter[] = [pdfAdapter, docxAdapter];

/** Document adapters first (content decides), then the core's text adapters. */
export const FILE_REGISTRY: AdapterRegistry = createAdapterRegistry([...NODE_ADAPTERS, ...CORE_ADAPTERS]);
