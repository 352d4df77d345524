/**
 * The adapter registry: format detection in one place. A registry is built from a list of
 * adapters in the order they are asked (the first whose `detect` says yes wins), so registering
 * an adapter is one line in a list: {@link CORE_ADAPTERS} for the isomorphic text adapters, the
 * Node registry (`node/adapters.ts`) for the document adapters (it adds them before these).
 * No global state: the package is free of side effects, so each entry builds its registry from
 * the lists it imports.
 */
import type { InputFormat } from '../model/report.js';
import { extensionOf, type AdapterProbe, type DocumentAdapter, type InputAdapter, type TextAdapter } from './adapter.js';
import { htmlAdapter } from './html-adapter.js';
import { markdownAdapter, plainTextAdapter } from './text.js';

/** The isomorphic adapters, in detection order: HTML, Markdown, then plain text (which takes anything). */
export const CORE_ADAPTERS: readonly TextAdapter[] = [htmlAdapter, markdownAdapter, plainTextAdapter];

/** Lookups over a list of adapters. */
export interface AdapterRegistry {
  /** The adapters, in detection order. */
  readonly adapters: readonly InputAdapter[];
  /** The text adapter of a format. @throws TypeError for a format no text adapter reads. */
  textAdapter(format: InputFormat): TextAdapter;
  /** The text adapter whose content detection claims `text` (plain text when none does). */
  detectText(text: string): TextAdapter;
  /** The document adapter whose content detection claims `bytes`, or null. */
  detectDocument(bytes: Uint8Array): DocumentAdapter | null;
  /** The text adapter a file name or MIME type names, or null (content is not looked at). */
  textAdapterByName(probe: AdapterProbe): TextAdapter | null;
}

/** Builds a registry over `adapters` (asked in this order; a text adapter is required as the fallback). */
export function createAdapterRegistry(adapters: readonly InputAdapter[]): AdapterRegistry {
  const texts = adapters.filter((a): a is TextAdapter => a.kind === 'text');
  const documents = adapters.filter((a): a is DocumentAdapter => a.kind === 'document');
  const fallback = texts[texts.length - 1];
  if (!fallback) throw new TypeError('createAdapterRegistry(adapters): at least one text adapter is needed');
  const byFormat = new Map<string, TextAdapter>(texts.map((a) => [a.format, a]));
  return {
    adapters,
    textAdapter(format) {
      const a = byFormat.get(format);
      if (!a) throw new TypeError(`no text adapter for format ${String(format)}; registered: ${[...byFormat.keys()].join(', ')}`);
      return a;
    },
    detectText: (text) => texts.find((a) => a.detect(text)) ?? fallback,
    detectDocument: (bytes) => documents.find((a) => a.detect(bytes)) ?? null,
    textAdapterByName({ name, mime }) {
      const ext = name === undefined ? '' : extensionOf(name);
      const type = mime?.split(';')[0]?.trim().toLowerCase();
      return texts.find((a) => (ext !== '' && a.extensions.includes(ext)) || (type !== undefined && a.mimeTypes.includes(type))) ?? null;
    },
  };
}

// Built on first use: no call at module level, so a bundle that never parses (`normalize` alone)
// leaves the adapters (and the HTML tokenizer) out.
let core: AdapterRegistry | null = null;

/** The registry of the core: the text adapters `parseReport` chooses from. */
export function coreRegistry(): AdapterRegistry {
  core ??= createAdapterRegistry(CORE_ADAPTERS);
  return core;
}

/** Guesses the format of an input string: HTML markup, Markdown, or plain text. */
export function detectFormat(input: string): InputFormat {
  return coreRegistry().detectText(input).format;
}

/** The formats the `format` option of `parseReport` accepts besides `'auto'`. */
export function textFormats(): InputFormat[] {
  return CORE_ADAPTERS.map((a) => a.format);
}
