/**
 * A light HTML tree for the text adapter: the standard's tokenizer (`html-tokenizer.ts`, the tokens
 * of parse5's, so character references, comments, attributes and raw-text elements read as browsers read them)
 * and a small tree builder with the parts of the standard's tree construction that change what a
 * page's text is: the head and an implied body, implied ends of paragraphs, list items and
 * headings, end tags that close only what is open in their scope (a stray `</div>` inside a cell
 * does not end the table), tables with implied `<tbody>`/`<tr>`, cells closed by the next cell or
 * row, a `<table>` directly inside a table closing it, unclosed tables, and text or elements
 * written between a table's rows fostered in front of the table. Only text nodes carry source
 * offsets (the elements need none), which is most of why this is cheaper than parse5's located
 * DOM. Formatting elements are not re-opened across blocks (the adoption agency of the standard):
 * that changes markup, not the text and its order.
 */
import { HtmlTokenizer, TextMode, type HtmlTokenSink } from './html-tokenizer.js';

/** An attribute as the tokenizer gives it (lower-case name). */
export interface HtmlAttribute {
  /** Name. */
  name: string;
  /** Value, references decoded. */
  value: string;
}

/** An element of the light tree. */
export interface HtmlElement {
  /** Discriminant. */
  kind: 'element';
  /** Lower-case tag name (`#document` for the root). */
  tag: string;
  /** Attributes. */
  attrs: readonly HtmlAttribute[];
  /** Children in document order. */
  children: HtmlNode[];
  /** Whether a table was opened inside it (set on tables). */
  hasTable?: boolean;
  /** Left out of the tree (see {@link TreeHooks.drop}); so are its descendants. */
  dropped?: boolean;
  /** The adapter's reading of the element's `class` and `id` as page chrome, remembered once read (attributes never change). */
  chrome?: boolean;
  /** The element it was inserted in (for an open element: a table's, to foster content out of it). */
  parent?: HtmlElement;
}

/** What the renderer asks of the builder, so that page chrome never becomes tree. */
export interface TreeHooks {
  /** Whether an element and its subtree can be left out of the tree; `cellOpen`: a `<td>`/`<th>` is open. */
  drop(e: HtmlElement, cellOpen: boolean): boolean;
  /** Every element as it opens (left out or not), in source order. */
  opened(e: HtmlElement): void;
  /** The whole text of a `<title>` or `<h1>` (left out or not) when it closes. */
  collected(tag: 'title' | 'h1', text: string): void;
  /** The only attributes (lower-case names) the hooks and the tree's reader look at; the elements get no others. */
  readonly attributes: readonly string[];
}

/** A text node with the range of the markup it came from. */
export interface HtmlText {
  /** Discriminant. */
  kind: 'text';
  /** Decoded text. */
  value: string;
  /** Start offset in the markup. */
  start: number;
  /** End offset in the markup. */
  end: number;
}

/** A comment (kept so that text on both sides stays two nodes, as in the DOM). */
export interface HtmlComment {
  /** Discriminant. */
  kind: 'comment';
}

/** Where a comment or a left-out element was. */
const LEFT_OUT: HtmlComment = { kind: 'comment' };

/** A node of the light tree. */
export type HtmlNode = HtmlElement | HtmlText | HtmlComment;

/** Whether a node is an element. */
export function isElement(n: HtmlNode): n is HtmlElement {
  return n.kind === 'element';
}

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'image',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'frame',
]);
const HEAD_CONTENT = new Set([
  'base',
  'basefont',
  'bgsound',
  'link',
  'meta',
  'noframes',
  'script',
  'style',
  'template',
  'title',
  'noscript',
]);
/** Start tags that close an open `<p>` (and `<p>` itself). */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'search',
  'section',
  'summary',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'listing',
  'form',
  'hr',
  'xmp',
  'plaintext',
  'li',
  'dd',
  'dt',
  'table',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The standard's "special" elements: an end tag of another element does not close past them. */
const SPECIAL = new Set([
  'address',
  'applet',
  'area',
  'article',
  'aside',
  'base',
  'basefont',
  'bgsound',
  'blockquote',
  'body',
  'br',
  'button',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'embed',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'iframe',
  'img',
  'input',
  'keygen',
  'li',
  'link',
  'listing',
  'main',
  'marquee',
  'menu',
  'meta',
  'nav',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'ol',
  'p',
  'param',
  'plaintext',
  'pre',
  'script',
  'search',
  'section',
  'select',
  'source',
  'style',
  'summary',
  'table',
  'tbody',
  'td',
  'template',
  'textarea',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul',
  'wbr',
  'xmp',
]);
/** Elements that bound the standard's "in scope" searches. */
const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', '#document']);
/** The "in table" insertion contexts: other content here is fostered in front of the table. */
const TABLE_CONTEXT = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const TABLE_SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
/** A row or a table section (where a cell's implied ends stop), built once rather than per cell. */
const ROW_OR_SECTION = new Set(['tr', 'tbody', 'thead', 'tfoot']);
/** No tag (pops to the table itself). */
const NO_TAGS = new Set<string>();
/** Table parts whose start tag is ignored outside a table. */
const TABLE_PARTS = new Set(['caption', 'col', 'colgroup', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);
/** Elements whose content the tokenizer reads as text (scripting on, as in a browser: `<noscript>` too). */
const RAW_TEXT = new Map<string, TextMode>([
  ['title', TextMode.RCDATA],
  ['textarea', TextMode.RCDATA],
  ['style', TextMode.RAWTEXT],
  ['xmp', TextMode.RAWTEXT],
  ['iframe', TextMode.RAWTEXT],
  ['noembed', TextMode.RAWTEXT],
  ['noframes', TextMode.RAWTEXT],
  ['noscript', TextMode.RAWTEXT],
  ['script', TextMode.SCRIPT_DATA],
  ['plaintext', TextMode.PLAINTEXT],
]);
/** Start tags that stay in a table context instead of being fostered in front of the table. */
const STAYS_IN_TABLE = new Set(['script', 'style', 'template', 'input', 'form']);
const FOREIGN = new Set(['svg', 'math']);
const WHITESPACE_ONLY = /^[ \t\n\f\r]*$/;
/**
 * Every tag name the builder and the text renderer test, each mapped to itself: a name read from the
 * page becomes this one string, so that the dozen set lookups of each tag compare it by identity
 * instead of by its characters.
 */
const KNOWN_TAGS = new Map<string, string>(
  [
    ...VOID,
    ...HEAD_CONTENT,
    ...CLOSES_P,
    ...SPECIAL,
    ...SCOPE,
    ...TABLE_PARTS,
    ...RAW_TEXT.keys(),
    ...FOREIGN,
    ...['a', 'b', 'i', 'u', 'em', 'strong', 'span', 'font', 'small', 'sup', 'sub', 'label', 'nobr', 'option', 'image', 'frameset'],
  ].map((t) => [t, t]),
);

/** The one string of a known tag name (the name itself when unknown). */
function knownTag(name: string): string {
  return KNOWN_TAGS.get(name) ?? name;
}

type Mode = 'initial' | 'in-head' | 'after-head' | 'in-body';

/** No attributes. */
const NO_ATTRIBUTES: readonly HtmlAttribute[] = Object.freeze([]);
/** The children of an element left out of the tree (nothing is ever inserted in one): shared, frozen. */
const NO_CHILDREN = Object.freeze([]) as unknown as HtmlNode[];

/** An element; `kept`: whether it goes in the tree (a left-out element shares one empty child list). */
function element(tag: string, attrs: readonly HtmlAttribute[], parent?: HtmlElement, kept = true): HtmlElement {
  return { kind: 'element', tag, attrs, children: kept ? [] : NO_CHILDREN, parent };
}

/** Builds the light tree of a page. Never throws on markup; linear in its length. */
export function buildHtmlTree(html: string, hooks: TreeHooks): HtmlElement {
  const builder = new TreeBuilder(hooks);
  const tokenizer = new HtmlTokenizer(builder, hooks.attributes);
  builder.tokenizer = tokenizer;
  tokenizer.write(html);
  builder.eof();
  return builder.root;
}

/** Pending characters met in a table context, decided (kept or fostered) when the next tag comes. */
interface PendingText {
  value: string;
  start: number;
  end: number;
  whitespaceOnly: boolean;
}

class TreeBuilder implements HtmlTokenSink {
  readonly root = element('#document', NO_ATTRIBUTES);
  tokenizer: HtmlTokenizer | null = null;
  private readonly stack: HtmlElement[] = [this.root];
  private head: HtmlElement | null = null;
  private mode: Mode = 'initial';
  private foreignDepth = 0;
  /** The outermost open SVG or MathML element. */
  private foreignRoot: HtmlElement | null = null;
  private skipNewline = false;
  private tableText: PendingText | null = null;
  /** Open `<td>`/`<th>` elements. */
  private cellsOpen = 0;
  /** Open `<title>`/`<h1>` elements and the text inserted since each opened. */
  private readonly collectors: { e: HtmlElement; parts: string[] }[] = [];

  constructor(private readonly hooks: TreeHooks) {}

  private get current(): HtmlElement {
    return this.stack[this.stack.length - 1] as HtmlElement;
  }

  // ---- insertion ----

  /** Appends a child to `parent`, or in front of `before` when fostering out of a table. */
  private insert(node: HtmlNode, parent: HtmlElement, before?: HtmlElement): void {
    if (parent.dropped) return;
    const c = parent.children;
    const at = before ? c.indexOf(before) : -1;
    if (at === -1) c.push(node);
    else c.splice(at, 0, node);
  }

  /** Where content goes now: the current node, or in front of the table when the current node is a table context. */
  private place(): { parent: HtmlElement; before?: HtmlElement } {
    const cur = this.current;
    if (!TABLE_CONTEXT.has(cur.tag)) return { parent: cur };
    for (let i = this.stack.length - 1; i > 0; i--) {
      const e = this.stack[i] as HtmlElement;
      if (e.tag === 'table') return { parent: e.parent ?? this.root, before: e };
    }
    return { parent: cur };
  }

  private insertText(value: string, start: number, end: number, parent: HtmlElement, before?: HtmlElement): void {
    if (value === '') return;
    for (const c of this.collectors) c.parts.push(value);
    if (parent.dropped) return;
    const c = parent.children;
    const at = before ? c.indexOf(before) : c.length;
    const prev = at > 0 ? c[(at === -1 ? c.length : at) - 1] : undefined;
    if (prev && prev.kind === 'text') {
      prev.value += value;
      prev.end = end;
      return;
    }
    this.insert({ kind: 'text', value, start, end }, parent, before);
  }

  private open(tag: string, attrs: readonly HtmlAttribute[], parent: HtmlElement, before?: HtmlElement): HtmlElement {
    const e = element(tag, attrs, parent, !parent.dropped);
    if (tag === 'table') {
      for (const open of this.stack) if (open.tag === 'table') open.hasTable = true;
    }
    if (parent.dropped) e.dropped = true;
    else if (this.hooks.drop(e, this.cellsOpen > 0)) {
      // A placeholder keeps the text on both sides two nodes, as in the DOM.
      e.dropped = true;
      e.children = NO_CHILDREN;
      this.insert(LEFT_OUT, parent, before);
    } else this.insert(e, parent, before);
    this.hooks.opened(e);
    if (tag === 'td' || tag === 'th') this.cellsOpen++;
    if (tag === 'title' || tag === 'h1') this.collectors.push({ e, parts: [] });
    this.stack.push(e);
    if (FOREIGN.has(tag)) {
      if (this.foreignDepth++ === 0) this.foreignRoot = e;
      if (this.tokenizer) this.tokenizer.inForeignNode = true;
    }
    return e;
  }

  private pop(): void {
    const e = this.stack.pop() as HtmlElement;
    if (e.tag === 'td' || e.tag === 'th') this.cellsOpen--;
    if (e.tag === 'title' || e.tag === 'h1') {
      const i = this.collectors.findIndex((c) => c.e === e);
      if (i !== -1) this.hooks.collected(e.tag, (this.collectors.splice(i, 1)[0] as { parts: string[] }).parts.join(''));
    }
    if (FOREIGN.has(e.tag) && this.foreignDepth > 0 && --this.foreignDepth === 0) {
      this.foreignRoot = null;
      if (this.tokenizer) this.tokenizer.inForeignNode = false;
    }
  }

  /** Pops up to and including `e`. */
  private popThrough(e: HtmlElement): void {
    while (this.stack.length > 1) {
      const top = this.current;
      this.pop();
      if (top === e) return;
    }
  }

  /** The open element named `tag` in the standard's scope (bounded by tables, cells and `extra`), or null. */
  private inScope(tag: string | Set<string>, extra?: string): HtmlElement | null {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const e = this.stack[i] as HtmlElement;
      if (typeof tag === 'string' ? e.tag === tag : tag.has(e.tag)) return e;
      if (SCOPE.has(e.tag) || e.tag === extra) return null;
    }
    return null;
  }

  /** The nearest open table in table scope (the nearest table at all: cells bound nothing here). */
  private openTable(): HtmlElement | null {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const e = this.stack[i] as HtmlElement;
      if (e.tag === 'table') return e;
      if (e.tag === 'html' || e.tag === 'template') return null;
    }
    return null;
  }

  /** Pops until the current node is one of `tags` (not popping past `limit`). */
  private popUntil(tags: Set<string>, limit: HtmlElement): void {
    while (this.stack.length > 1 && this.current !== limit && !tags.has(this.current.tag)) this.pop();
  }

  private ensureHead(): HtmlElement {
    if (!this.head) this.head = this.open('head', [], this.root);
    else if (!this.stack.includes(this.head)) {
      this.stack.push(this.head);
      this.head.parent = this.root;
    }
    return this.head;
  }

  private leaveHead(): void {
    if (this.head && this.stack.includes(this.head)) this.popThrough(this.head);
  }

  /** Enters the body (implied when content comes before `<body>`). */
  private ensureBody(attrs: readonly HtmlAttribute[] = NO_ATTRIBUTES): void {
    if (this.mode === 'in-body') return;
    this.leaveHead();
    this.open('body', attrs, this.root);
    this.mode = 'in-body';
  }

  // ---- text ----

  /** Characters are held while in a table context: whitespace stays in the table, other text is fostered. */
  private flushTableText(): void {
    const t = this.tableText;
    if (!t) return;
    this.tableText = null;
    if (t.whitespaceOnly) this.insertText(t.value, t.start, t.end, this.current);
    else {
      const { parent, before } = this.place();
      this.insertText(t.value, t.start, t.end, parent, before);
    }
  }

  characters(chars: string, from: number, end: number, whitespaceToken: boolean): void {
    let value = chars;
    let start = from;
    if (this.skipNewline) {
      this.skipNewline = false;
      if (value.charCodeAt(0) === 10) {
        value = value.slice(1);
        start++;
        if (value === '') return;
      }
    }
    const whitespace = whitespaceToken || WHITESPACE_ONLY.test(value);
    if (this.mode !== 'in-body' && !RAW_TEXT.has(this.current.tag)) {
      // Whitespace between the head and the body stays there (in the DOM: in <html>); elsewhere before the body it is dropped.
      if (whitespace) {
        if (this.mode === 'after-head') this.insertText(value, start, end, this.root);
        return;
      }
      this.ensureBody();
    }
    if (TABLE_CONTEXT.has(this.current.tag)) {
      const t = this.tableText;
      if (t) {
        t.value += value;
        t.end = end;
        t.whitespaceOnly &&= whitespace;
      } else this.tableText = { value, start, end, whitespaceOnly: whitespace };
      return;
    }
    this.insertText(value, start, end, this.current);
  }

  // ---- tokenizer callbacks ----

  nullCharacters(): void {
    // Dropped in body text, as browsers do.
  }

  comment(): void {
    this.flushTableText();
    this.skipNewline = false;
    this.insert(LEFT_OUT, this.current);
  }

  doctype(): void {
    this.skipNewline = false;
  }

  eof(): void {
    this.flushTableText();
    // Elements left open end with the page (a <title> or <h1> gives its text).
    while (this.stack.length > 1) this.pop();
  }

  startTag(name: string, attrs: readonly HtmlAttribute[], selfClosing: boolean): void {
    this.flushTableText();
    this.skipNewline = false;
    let tag = knownTag(name);
    if (tag === 'image') tag = 'img';

    if (this.foreignDepth > 0) {
      // Inside SVG or MathML: no HTML rules; a self-closing element has no content.
      const e = this.open(tag, attrs, this.current);
      if (selfClosing) this.popThrough(e);
      return;
    }

    if (tag === 'html' || tag === 'frameset') return;
    if (this.mode !== 'in-body') {
      if (tag === 'head') {
        if (this.mode === 'initial') {
          this.ensureHead();
          this.mode = 'in-head';
        }
        return;
      }
      if (HEAD_CONTENT.has(tag)) {
        if (this.mode === 'initial') this.mode = 'in-head';
        const head = this.ensureHead();
        const e = this.open(tag, attrs, head);
        this.afterOpen(e, selfClosing);
        if (this.mode === 'after-head' && this.stack.includes(head) && this.current === head) this.pop();
        return;
      }
      if (tag === 'body') {
        this.ensureBody(attrs);
        return;
      }
      this.ensureBody();
    } else if (tag === 'body' || tag === 'head') return;

    if (TABLE_PARTS.has(tag)) {
      this.tablePart(tag, attrs);
      return;
    }
    if (tag === 'table') {
      // A table in a table but not in a cell (also inside content fostered out of it) ends the open one.
      for (let i = this.stack.length - 1; i > 0; i--) {
        const e = this.stack[i] as HtmlElement;
        if (e.tag === 'td' || e.tag === 'th' || e.tag === 'caption' || e.tag === 'template') break;
        if (e.tag === 'table') {
          this.popThrough(e);
          break;
        }
      }
      const { parent, before } = this.place();
      this.open('table', attrs, parent, before);
      return;
    }
    if (TABLE_CONTEXT.has(this.current.tag) && !STAYS_IN_TABLE.has(tag)) {
      // Content between a table's rows is fostered in front of the table.
      const { parent, before } = this.place();
      this.afterOpen(this.open(tag, attrs, parent, before), selfClosing);
      return;
    }
    if (CLOSES_P.has(tag)) this.impliedEnds(tag);
    if (tag === 'button' || tag === 'a' || tag === 'nobr') {
      // A second button (link) closes the open one.
      const open = this.inScope(tag);
      if (open) this.popThrough(open);
    }
    this.afterOpen(this.open(tag, attrs, this.current), selfClosing);
  }

  /** Ends a paragraph, list item or heading that the start tag `tag` implies ended. */
  private impliedEnds(tag: string): void {
    if (tag === 'li' || tag === 'dd' || tag === 'dt') {
      const same = tag === 'li' ? ['li'] : ['dd', 'dt'];
      for (let i = this.stack.length - 1; i > 0; i--) {
        const e = this.stack[i] as HtmlElement;
        if (same.includes(e.tag)) {
          this.popThrough(e);
          break;
        }
        if (SPECIAL.has(e.tag) && e.tag !== 'address' && e.tag !== 'div' && e.tag !== 'p') break;
      }
    }
    if (tag !== 'table') {
      const p = this.inScope('p', 'button');
      if (p) this.popThrough(p);
    }
    if (HEADINGS.has(tag) && HEADINGS.has(this.current.tag)) this.pop();
    if (tag === 'pre' || tag === 'listing') this.skipNewline = true;
  }

  /** Void elements close at once; raw-text elements switch the tokenizer; foreign content starts. */
  private afterOpen(e: HtmlElement, selfClosing: boolean): void {
    const tag = e.tag;
    if (VOID.has(tag)) {
      this.popThrough(e);
      return;
    }
    if (FOREIGN.has(tag)) {
      if (selfClosing) this.popThrough(e);
      return;
    }
    const state = RAW_TEXT.get(tag);
    if (state !== undefined && this.tokenizer) this.tokenizer.mode = state;
    if (tag === 'textarea') this.skipNewline = true;
  }

  /** `<tr>`, `<td>`, `<tbody>`… : ignored outside a table; inside, the rows, sections and cells they imply. */
  private tablePart(tag: string, attrs: readonly HtmlAttribute[]): void {
    const table = this.openTable();
    if (!table) return;
    if (tag === 'td' || tag === 'th') {
      this.popUntil(ROW_OR_SECTION, table);
      if (this.current === table) this.open('tbody', [], table);
      if (TABLE_SECTIONS.has(this.current.tag)) this.open('tr', [], this.current);
      this.open(tag, attrs, this.current);
      return;
    }
    if (tag === 'tr') {
      this.popUntil(TABLE_SECTIONS, table);
      if (this.current === table) this.open('tbody', [], table);
      this.open('tr', attrs, this.current);
      return;
    }
    this.popUntil(NO_TAGS, table);
    if (tag === 'col') return; // void, no text
    if (tag === 'colgroup') return; // holds only <col>
    this.open(tag, attrs, table);
  }

  endTag(name: string): void {
    const tag = knownTag(name);
    this.flushTableText();
    this.skipNewline = false;

    if (this.foreignDepth > 0) {
      for (let i = this.stack.length - 1; i > 0; i--) {
        const e = this.stack[i] as HtmlElement;
        if (e.tag === tag) {
          this.popThrough(e);
          return;
        }
        if (e === this.foreignRoot) break;
      }
      return;
    }
    const cur = this.current;
    if (cur.tag === tag && RAW_TEXT.has(cur.tag)) {
      this.pop();
      return;
    }
    if (this.mode !== 'in-body') {
      if (tag === 'head' && this.head && this.stack.includes(this.head)) {
        this.popThrough(this.head);
        this.mode = 'after-head';
        return;
      }
      if (tag !== 'br' && tag !== 'body' && tag !== 'html') return;
      this.ensureBody();
    }
    if (tag === 'body' || tag === 'html') return;
    if (tag === 'br') {
      const { parent, before } = this.place();
      this.insert(element('br', NO_ATTRIBUTES), parent, before);
      return;
    }
    if (tag === 'p') {
      const p = this.inScope('p', 'button');
      if (p) this.popThrough(p);
      else this.insert(element('p', NO_ATTRIBUTES), this.place().parent, this.place().before);
      return;
    }
    if (tag === 'table') {
      const t = this.openTable();
      if (t) this.popThrough(t);
      return;
    }
    if (TABLE_PARTS.has(tag)) {
      // Table scope: an end of row or section closes the open cell too.
      for (let i = this.stack.length - 1; i > 0; i--) {
        const e = this.stack[i] as HtmlElement;
        if (e.tag === tag) {
          this.popThrough(e);
          return;
        }
        if (e.tag === 'table' || e.tag === 'template') return;
      }
      return;
    }
    if (HEADINGS.has(tag)) {
      const h = this.inScope(HEADINGS);
      if (h) this.popThrough(h);
      return;
    }
    if (SPECIAL.has(tag)) {
      const e = this.inScope(tag, tag === 'li' ? 'ul' : undefined);
      if (e) this.popThrough(e);
      return;
    }
    // Any other end tag closes the nearest open element of its name, unless a special element is in the way.
    for (let i = this.stack.length - 1; i > 0; i--) {
      const e = this.stack[i] as HtmlElement;
      if (e.tag === tag) {
        this.popThrough(e);
        return;
      }
      if (SPECIAL.has(e.tag)) return;
    }
  }
}
