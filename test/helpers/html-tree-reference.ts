/**
 * The HTML adapter of 0.1.0 (parse5 building a located DOM, then a walk of it), kept as the reference the
 * tokenizer-driven adapter of src/adapters/html.ts is compared against (test/html-tokens.test.ts).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { OffsetMap } from '../../src/normalize/offset-map.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** Metadata found in the page head. */
export interface PageMeta {
  /** `<title>` or `ArticleTitle`. */
  title?: string;
  /** `PubDate` / `publishdate`. */
  publishDate?: string;
  /** `ContentSource` / `source`. */
  source?: string;
  /** The first `<h1>`. */
  heading?: string;
}

/** A rendering of HTML as text. */
export interface RenderedHtml {
  /** The text. */
  text: string;
  /** Maps a range of `text` to the range of the markup it came from. */
  toInput(start: number, end: number): [number, number];
  /** Page metadata. */
  meta: PageMeta;
  /** Number of data tables found. */
  tables: number;
  /** Number of images (a report whose tables are pictures has images and no tables). */
  images: number;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'footer',
  'select',
  'option',
  'button',
  'iframe',
  'svg',
  'object',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'aside',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'form',
  'fieldset',
  'center',
  'address',
  'figure',
  'figcaption',
  'hr',
  'body',
  'html',
  'caption',
]);
const CHROME_RE = /(?:^|[-_\s])(?:nav|navbar|menu|footer|toolbar|breadcrumb|crumb|share|sidebar|topbar|wza|accessib)(?:$|[-_\s\d])/i;

/** Appends text pieces and records where each came from. */
class Writer {
  private readonly parts: string[] = [];
  private readonly dStart: number[] = [];
  private readonly dLen: number[] = [];
  private readonly oStart: number[] = [];
  private readonly oLen: number[] = [];
  private length = 0;
  private lastSource = 0;

  /** Appends text that came from `[from, to)` of the markup. */
  source(text: string, from: number, to: number): void {
    if (text === '') return;
    this.push(text, from, to - from);
    this.lastSource = to;
  }

  /** Appends generated text (separators) with no source of its own. */
  generated(text: string): void {
    if (text === '') return;
    this.push(text, this.lastSource, 0);
  }

  /** The last character written. */
  lastChar(): string {
    const p = this.parts[this.parts.length - 1];
    return p ? p.charAt(p.length - 1) : '\n';
  }

  /** Ends the current line unless it is already ended. */
  newline(): void {
    if (this.lastChar() !== '\n') this.generated('\n');
  }

  private push(text: string, os: number, ol: number): void {
    this.parts.push(text);
    this.dStart.push(this.length);
    this.dLen.push(text.length);
    this.oStart.push(os);
    this.oLen.push(ol);
    this.length += text.length;
  }

  finish(originalLength: number): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap(this.dStart, this.dLen, this.oStart, this.oLen, this.length, originalLength) };
  }
}

function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

function attr(e: Element, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

function isChrome(e: Element): boolean {
  if (e.tagName === 'article' || e.tagName === 'main') return false;
  const cls = `${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`;
  return cls.trim() !== '' && CHROME_RE.test(cls);
}

/** Renders HTML as text the line grammar reads. */
export function renderHtmlTree(html: string): RenderedHtml {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const w = new Writer();
  const meta: PageMeta = {};
  const counts = { tables: 0, images: 0 };
  collectMeta(doc as unknown as Node, meta);
  walk(doc as unknown as Node, w, counts, false);
  const { text, map } = w.finish(html.length);
  return {
    text,
    toInput: (s, e) => {
      const a = map.toOriginalStart(s);
      return [a, Math.max(a, e === s ? a : map.toOriginalEnd(e))];
    },
    meta,
    tables: counts.tables,
    images: counts.images,
  };
}

/** Children of a node (none for text and comments). */
function kids(n: Node): Node[] {
  return 'childNodes' in n ? (n.childNodes as Node[]) : [];
}

/** Every node under `root` in document order, without recursion (pages nest thousands deep). */
function* descendants(root: Node): Generator<Node> {
  const stack: Node[] = [...kids(root)].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    yield n;
    const c = kids(n);
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i] as Node);
  }
}

function collectMeta(root: Node, meta: PageMeta): void {
  for (const n of descendants(root)) {
    if (!isElement(n)) continue;
    if (n.tagName === 'meta') {
      const name = (attr(n, 'name') ?? '').toLowerCase();
      const content = attr(n, 'content')?.trim();
      if (content) {
        if (name === 'articletitle' && !meta.title) meta.title = content;
        if ((name === 'pubdate' || name === 'publishdate') && !meta.publishDate) meta.publishDate = content;
        if ((name === 'contentsource' || name === 'source') && !meta.source) meta.source = content;
      }
    }
    if (n.tagName === 'title' && !meta.title) {
      const t = textOf(n).trim();
      if (t) meta.title = t;
    }
    if (n.tagName === 'h1' && !meta.heading) {
      const t = textOf(n).replace(/\s+/g, ' ').trim();
      if (t) meta.heading = t;
    }
  }
}

function textOf(root: Node): string {
  let out = '';
  for (const n of descendants(root)) if (n.nodeName === '#text') out += (n as TextNode).value;
  return out;
}

function writeText(t: TextNode, w: Writer, inCell: boolean): void {
  let v = t.value.replace(/[\t\r\n]+/g, ' ');
  // A pipe inside a cell would split it: write the broken bar instead.
  if (inCell) v = v.replace(/\|/g, '¦');
  const loc = t.sourceCodeLocation;
  if (!loc) {
    w.generated(v);
    return;
  }
  // Text with entities is longer in the source than decoded: map the whole node to its source.
  w.source(v, loc.startOffset, loc.endOffset);
}

type Counts = { tables: number; images: number };

/**
 * Renders the tree under `root` (iteratively: pages nest thousands of elements deep). A frame is
 * either a node to visit or the closing work of a block element.
 */
function walk(root: Node, w: Writer, counts: Counts, inCell: boolean): void {
  type Frame = { node: Node; close: false } | { close: true; block: boolean; tag: string };
  const stack: Frame[] = [{ node: root, close: false }];
  const pushChildren = (n: Node): void => {
    const c = kids(n);
    for (let i = c.length - 1; i >= 0; i--) stack.push({ node: c[i] as Node, close: false });
  };
  while (stack.length > 0) {
    const f = stack.pop() as Frame;
    if (f.close) {
      if (f.block && !inCell) w.newline();
      else if (f.tag === 'tr' || f.tag === 'td' || f.tag === 'th') w.newline();
      continue;
    }
    const n = f.node;
    if (n.nodeName === '#text') {
      writeText(n as TextNode, w, inCell);
      continue;
    }
    if (!isElement(n)) {
      pushChildren(n);
      continue;
    }
    const tag = n.tagName;
    if (SKIP.has(tag) || (!inCell && isChrome(n))) continue;
    if (tag === 'img') {
      counts.images++;
      continue;
    }
    if (tag === 'br') {
      if (inCell) w.generated(' ');
      else w.newline();
      continue;
    }
    if (tag === 'table' && !inCell && !hasNestedTable(n)) {
      counts.tables++;
      writeTable(n, w, counts);
      continue;
    }
    if (tag === 'table' || tag === 'tr' || tag === 'td' || tag === 'th' || tag === 'tbody' || tag === 'thead' || tag === 'tfoot') {
      // A layout table (holding other tables) and its parts: their content is block content.
      stack.push({ close: true, block: false, tag });
      pushChildren(n);
      continue;
    }
    const block = BLOCK.has(tag);
    if (block && !inCell) w.newline();
    if (block && inCell && w.lastChar() !== ' ' && w.lastChar() !== '|') w.generated(' ');
    stack.push({ close: true, block, tag });
    pushChildren(n);
  }
}

function hasNestedTable(table: Element): boolean {
  for (const n of descendants(table)) if (isElement(n) && n.tagName === 'table') return true;
  return false;
}

/** Rows of a table in order (through thead/tbody/tfoot). */
function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  const visit = (e: Element): void => {
    for (const c of e.childNodes as Node[]) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') out.push(c);
      else if (c.tagName === 'tbody' || c.tagName === 'thead' || c.tagName === 'tfoot') visit(c);
    }
  };
  visit(table);
  return out;
}

function writeTable(table: Element, w: Writer, counts: Counts): void {
  w.newline();
  for (const tr of rowsOf(table)) {
    const cells = (tr.childNodes as Node[]).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
    if (cells.length === 0) continue;
    w.generated('| ');
    cells.forEach((td, i) => {
      if (i > 0) w.generated(' | ');
      for (const c of kids(td)) walk(c, w, counts, true);
    });
    w.generated(' |\n');
  }
  w.newline();
}
