/**
 * The PDF text layer without pdfjs: pages (the page tree with inherited resources and boxes),
 * their content streams and Form XObjects, read into the positioned items the layout takes — the
 * same items pdfjs's `getTextContent` gives, for the documents this reader supports with
 * certainty. Anything else (encryption, other filters, fonts whose text cannot be mapped to
 * Unicode with certainty, a broken cross-reference table...) makes it answer `unsupported` with a
 * reason, and the caller reads the document with pdfjs. Pure and isomorphic; linear in the file.
 */
import type { PositionedText } from '../layout/layout.js';
import { runContent, type PageContext } from './content.js';
import { PdfDocument } from './document.js';
import type { RawInflate } from './filters.js';
import type { TextFont } from './fonts.js';
import { isDict, isName, isRef, isStream, Unsupported, type PdfDict, type PdfStream, type PdfValue } from './objects.js';

export { Unsupported } from './objects.js';
export type { RawInflate } from './filters.js';

/** Deepest page tree followed (real trees are two or three levels deep). */
export const MAX_PAGE_TREE_DEPTH = 64;

/** What {@link extractPdfText} read. */
export type PdfTextResult =
  | {
      kind: 'items';
      /** The non-blank items of the pages read, in content order. */
      items: PositionedText[];
      /** Number of pages of the document. */
      pages: number;
      /** Pages read (fewer than `pages` when a limit stopped the reading). */
      read: number;
      /** The limit that stopped the reading, if one did. */
      stopped: 'maxPdfPages' | 'maxPdfTextItems' | null;
    }
  | {
      kind: 'unsupported';
      /** Why the fast path cannot read this document with certainty (`encrypted`, `filter:LZWDecode`, `font:no-unicode`...). */
      reason: string;
    };

/** Limits the reader honours (the `Limits` of the parse). */
export interface PdfTextLimits {
  /** Most pages read. */
  maxPdfPages: number;
  /** Most non-blank items over all pages; reading stops before the page that would pass it. */
  maxPdfTextItems: number;
}

interface PageNode {
  dict: PdfDict;
  resources: PdfDict | null;
  mediaBox: PdfValue | undefined;
  cropBox: PdfValue | undefined;
}

/**
 * Reads the text items of a PDF, or tells why it cannot with certainty. Never throws on bad input
 * (everything it does not read is `unsupported`).
 */
export function extractPdfText(bytes: Uint8Array, limits: PdfTextLimits, rawInflate?: RawInflate): PdfTextResult {
  try {
    return extract(bytes, limits, rawInflate);
  } catch (e) {
    if (e instanceof Unsupported) return { kind: 'unsupported', reason: e.reason };
    // A bug or an input this reader chokes on: pdfjs reads it instead.
    return { kind: 'unsupported', reason: 'error' };
  }
}

function extract(bytes: Uint8Array, limits: PdfTextLimits, rawInflate: RawInflate | undefined): PdfTextResult {
  // The header at the very start (pdfjs also finds one further in: such a file goes to it).
  const HEADER = '%PDF-';
  for (let i = 0; i < HEADER.length; i++) if (bytes[i] !== HEADER.charCodeAt(i)) throw new Unsupported('header');
  const doc = new PdfDocument(bytes, rawInflate);
  const root = doc.lookup(doc.trailer, 'Root');
  if (!isDict(root)) throw new Unsupported('catalog');
  const tree = doc.lookup(root, 'Pages');
  if (!isDict(tree)) throw new Unsupported('pages');
  const pages = collectPages(doc, tree);
  const count = doc.lookup(tree, 'Count');
  // pdfjs trusts `/Count` in places; a tree that disagrees with it is read by pdfjs.
  if (count !== pages.length) throw new Unsupported('page-count');
  const items: PositionedText[] = [];
  const fonts = new Map<PdfValue, TextFont>();
  const readable = Math.min(pages.length, limits.maxPdfPages);
  let stopped: 'maxPdfPages' | 'maxPdfTextItems' | null = null;
  let read = 0;
  for (let i = 0; i < readable; i++) {
    const page = pages[i] as PageNode;
    const before = items.length;
    const ctx: PageContext = {
      doc,
      fonts,
      viewBox: viewBox(doc, page),
      page: i + 1,
      items,
      budget: limits.maxPdfTextItems,
      overflow: false,
    };
    for (const data of contentStreams(doc, page.dict)) {
      runContent(ctx, data, page.resources, null, new Set<PdfStream>(), 0);
      if (ctx.overflow) break;
    }
    if (ctx.overflow) {
      // The page that passes the limit is left out whole, as with pdfjs.
      items.length = before;
      stopped = 'maxPdfTextItems';
      break;
    }
    read++;
  }
  if (stopped === null && pages.length > readable) stopped = 'maxPdfPages';
  return { kind: 'items', items, pages: pages.length, read, stopped };
}

/** The pages in order, with their inherited attributes; cycles and over-deep trees are unsupported. */
function collectPages(doc: PdfDocument, tree: PdfDict): PageNode[] {
  const out: PageNode[] = [];
  const seen = new Set<PdfDict>();
  // An explicit stack (no recursion): [node, inherited resources, media box, crop box, depth].
  const stack: [PdfDict, PdfDict | null, PdfValue | undefined, PdfValue | undefined, number][] = [[tree, null, undefined, undefined, 0]];
  while (stack.length > 0) {
    const [node, res0, media0, crop0, depth] = stack.pop() as (typeof stack)[number];
    if (seen.has(node) || depth > MAX_PAGE_TREE_DEPTH) throw new Unsupported('page-tree');
    seen.add(node);
    const own = doc.lookup(node, 'Resources');
    const resources = isDict(own) ? own : res0;
    const media = node.has('MediaBox') ? doc.lookup(node, 'MediaBox') : media0;
    const crop = node.has('CropBox') ? doc.lookup(node, 'CropBox') : crop0;
    const type = doc.lookup(node, 'Type');
    const kids = doc.lookup(node, 'Kids');
    if (isName(type, 'Page') || (!isName(type, 'Pages') && !Array.isArray(kids))) {
      out.push({ dict: node, resources, mediaBox: media, cropBox: crop });
      continue;
    }
    if (!Array.isArray(kids)) throw new Unsupported('page-tree');
    for (let k = kids.length - 1; k >= 0; k--) {
      const kid = doc.resolve(kids[k]);
      if (!isDict(kid)) throw new Unsupported('page-tree');
      stack.push([kid, resources, media, crop, depth + 1]);
    }
  }
  return out;
}

function rect(doc: PdfDocument, v: PdfValue | undefined): number[] | null {
  if (!Array.isArray(v) || v.length !== 4) return null;
  const n = v.map((x) => doc.resolve(x));
  if (!n.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
  const [a, b, c, d] = n as number[];
  return [
    Math.min(a as number, c as number),
    Math.min(b as number, d as number),
    Math.max(a as number, c as number),
    Math.max(b as number, d as number),
  ];
}

/** pdfjs's page view: the crop box within the media box (US Letter when neither is valid). */
function viewBox(doc: PdfDocument, page: PageNode): number[] {
  const media = rect(doc, page.mediaBox) ?? [0, 0, 612, 792];
  const crop = rect(doc, page.cropBox);
  if (!crop) return media;
  const box = [
    Math.max(media[0] as number, crop[0] as number),
    Math.max(media[1] as number, crop[1] as number),
    Math.min(media[2] as number, crop[2] as number),
    Math.min(media[3] as number, crop[3] as number),
  ];
  return (box[0] as number) < (box[2] as number) && (box[1] as number) < (box[3] as number) ? box : media;
}

/** The decoded content streams of a page (one, or an array joined as the spec says). */
function contentStreams(doc: PdfDocument, page: PdfDict): Uint8Array[] {
  const c = page.get('Contents');
  const v = doc.resolve(c);
  if (v === undefined || v === null) return [];
  if (isStream(v)) return [doc.streamData(v)];
  if (!Array.isArray(v)) throw new Unsupported('contents');
  // The streams of an array are one content stream: an operator may straddle two (joined with a space).
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const r of v) {
    const s = isRef(r) ? doc.resolve(r) : r;
    if (!isStream(s)) throw new Unsupported('contents');
    const d = doc.streamData(s);
    parts.push(d);
    total += d.length + 1;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const d of parts) {
    out.set(d, o);
    out[o + d.length] = 0x20;
    o += d.length + 1;
  }
  return [out];
}
