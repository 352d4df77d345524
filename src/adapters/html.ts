/**
 * HTML input: the HTML standard's tokenizer (`html-tokenizer.ts`: character references, raw-text
 * elements, comments, attributes as browsers read them) feeds a light tree builder
 * (`html-tree.ts`, the standard's recovery for what government pages get wrong: implied rows and
 * cells, unclosed tables and paragraphs, stray end tags, text fostered out of tables) that keeps
 * no source locations but the text's own. The page is rendered as text the line grammar reads,
 * with a map back into the markup:
 *
 * - block elements become lines; page chrome (scripts, styles, navigation, footers, toolbars) is
 *   skipped;
 * - a data table becomes pipe rows, one line per `<tr>`, every `<td>` once in source order, empty
 *   cells kept as empty cells (blank, never 0, never dropped); `<br>` and `<p>` inside a cell are
 *   joined with a space; a layout table (one holding other tables) is treated as a container;
 * - metadata the page carries (`<title>`, `<meta name="ArticleTitle">`, `PubDate`, `ContentSource`,
 *   the first `<h1>`) is collected for the report's metadata.
 */
import { OffsetMap } from '../normalize/offset-map.js';
import { buildHtmlTree, isElement, type HtmlElement, type HtmlNode, type HtmlText } from './html-tree.js';

/** Metadata found in the page head. */
export interface PageMeta {
  /** `<title>` or `ArticleTitle`. */
  title?: string;
  /** `PubDate` / `publishdate`. */
  publishDate?: string;
  /** `ContentSource` / `source`. */
  source?: string;
  /** The first `<h1>` of the page (often the report title as the page prints it). */
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
const LINE_BREAKS = /[\t\r\n]+/g;
const PIPES = /\|/g;

/** The attributes this renderer reads: chrome is told by `class` and `id`, metadata by `<meta name content>`. */
const READ_ATTRIBUTES = ['class', 'id', 'name', 'content'];

/** Appends text pieces and records where each came from. */
class Writer {
  private readonly parts: string[] = [];
  private readonly dStart: number[] = [];
  private readonly dLen: number[] = [];
  private readonly oStart: number[] = [];
  private readonly oLen: number[] = [];
  private length = 0;
  private lastSource = 0;
  private last = '\n';

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
    return this.last;
  }

  /** Ends the current line unless it is already ended. */
  newline(): void {
    if (this.last !== '\n') this.generated('\n');
  }

  private push(text: string, os: number, ol: number): void {
    this.parts.push(text);
    this.dStart.push(this.length);
    this.dLen.push(text.length);
    this.oStart.push(os);
    this.oLen.push(ol);
    this.length += text.length;
    this.last = text.charAt(text.length - 1);
  }

  finish(originalLength: number): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap(this.dStart, this.dLen, this.oStart, this.oLen, this.length, originalLength) };
  }
}

function attr(e: HtmlElement, name: string): string | undefined {
  for (const a of e.attrs) if (a.name === name) return a.value;
  return undefined;
}

/** Whether the element is page chrome by its class and id (read once per element: the tree builder and the walk both ask). */
function isChrome(e: HtmlElement): boolean {
  return (e.chrome ??= chromeByAttributes(e));
}

function chromeByAttributes(e: HtmlElement): boolean {
  if (e.tag === 'article' || e.tag === 'main') return false;
  if (e.attrs.length === 0) return false;
  const cls = `${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`;
  return cls.trim() !== '' && CHROME_RE.test(cls);
}

/** Renders HTML as text the line grammar reads. */
export function renderHtml(html: string): RenderedHtml {
  const meta: PageMeta = {};
  const doc = buildHtmlTree(html, {
    attributes: READ_ATTRIBUTES,
    // Skipped content (scripts, head, navigation; chrome outside table cells) is never built.
    drop: (e, cellOpen) => SKIP.has(e.tag) || (!cellOpen && isChrome(e)),
    opened: (e) => {
      if (e.tag === 'meta') metaTag(e, meta);
    },
    collected: (tag, text) => {
      if (tag === 'title' && !meta.title) {
        const t = text.trim();
        if (t) meta.title = t;
      }
      if (tag === 'h1' && !meta.heading) {
        const t = text.replace(/\s+/g, ' ').trim();
        if (t) meta.heading = t;
      }
    },
  });
  const w = new Writer();
  const counts = { tables: 0, images: 0 };
  walk([doc], w, counts, false);
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

/** Metadata of a `<meta name=… content=…>`. */
function metaTag(e: HtmlElement, meta: PageMeta): void {
  const name = (attr(e, 'name') ?? '').toLowerCase();
  const content = attr(e, 'content')?.trim();
  if (!content) return;
  if (name === 'articletitle' && !meta.title) meta.title = content;
  if ((name === 'pubdate' || name === 'publishdate') && !meta.publishDate) meta.publishDate = content;
  if ((name === 'contentsource' || name === 'source') && !meta.source) meta.source = content;
}

function writeText(t: HtmlText, w: Writer, inCell: boolean): void {
  let v = t.value.replace(LINE_BREAKS, ' ');
  // A pipe inside a cell would split it: write the broken bar instead.
  if (inCell) v = v.replace(PIPES, '¦');
  // Text with entities is longer in the source than decoded: map the whole node to its source.
  w.source(v, t.start, t.end);
}

type Counts = { tables: number; images: number };
/** The closing work of an element (a line end after a block). */
type Close = { kind: 'close'; block: boolean; tag: string };
/** A node to visit, or the closing work of an element. */
type Frame = HtmlNode | Close;

/** One closing frame per tag and kind, shared (frames are never changed). */
const CLOSES = [new Map<string, Close>(), new Map<string, Close>()];

function close(tag: string, block: boolean): Close {
  const m = CLOSES[block ? 1 : 0] as Map<string, Close>;
  let f = m.get(tag);
  if (!f) m.set(tag, (f = { kind: 'close', block, tag }));
  return f;
}

/**
 * Renders the tree under `root` (iteratively: pages nest thousands of elements deep). A frame is
 * either a node to visit or the closing work of a block element.
 */
function walk(roots: readonly HtmlNode[], w: Writer, counts: Counts, inCell: boolean): void {
  const stack: Frame[] = [];
  const pushChildren = (n: HtmlElement): void => {
    const c = n.children;
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i] as HtmlNode);
  };
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i] as HtmlNode);
  while (stack.length > 0) {
    const f = stack.pop() as Frame;
    if (f.kind === 'close') {
      if (f === NOTE_MARK_CLOSE) {
        w.generated(')');
        continue;
      }
      if (f.block && !inCell) w.newline();
      else if (f.tag === 'tr' || f.tag === 'td' || f.tag === 'th') w.newline();
      continue;
    }
    if (f.kind === 'text') {
      writeText(f, w, inCell);
      continue;
    }
    if (f.kind === 'comment') continue;
    const n = f;
    const tag = n.tag;
    if (tag === '#document') {
      pushChildren(n);
      continue;
    }
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
    if (tag === 'table' && !inCell && !n.hasTable) {
      counts.tables++;
      writeTable(n, w, counts);
      continue;
    }
    if (tag === 'table' || tag === 'tr' || tag === 'td' || tag === 'th' || tag === 'tbody' || tag === 'thead' || tag === 'tfoot') {
      // A layout table (holding other tables) and its parts: their content is block content.
      stack.push(close(tag, false));
      pushChildren(n);
      continue;
    }
    if (inCell && (tag === 'sup' || tag === 'sub') && DIGIT_END_RE.test(w.lastChar())) {
      // A note mark on a number (`10<sup>1</sup>`): written as the cell's parenthesised note,
      // `10(1)`, never as more digits of the number. Other raised or lowered text after a number
      // is set apart by a space (`10 123`: not a number, the cell is flagged).
      if (isNoteMark(n)) {
        w.generated('(');
        stack.push(NOTE_MARK_CLOSE);
        pushChildren(n);
        continue;
      }
      w.generated(' ');
    }
    const block = BLOCK.has(tag);
    if (block && !inCell) w.newline();
    if (block && inCell && w.lastChar() !== ' ' && w.lastChar() !== '|') w.generated(' ');
    stack.push(close(tag, block));
    pushChildren(n);
  }
}

/** The closing work of a note mark's `<sup>`/`<sub>`: the note's closing bracket. */
const NOTE_MARK_CLOSE: Close = { kind: 'close', block: false, tag: 'note-mark' };

/**
 * A note mark's text: one or two digits, a letter, one to three stars, daggers, hashes or
 * reference marks, a circled or bracketed number, `注1`, or one of those in brackets.
 */
const NOTE_MARK_RE = /^[[(（【]?(?:注\s*)?(?:\d{1,2}|[a-zA-Z]|[*※#†‡]{1,3}|[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793])[\])）】]?$/;
/** A digit ending the text written so far (ASCII or full width). */
const DIGIT_END_RE = /[0-9\uff10-\uff19]/;

/**
 * A `<sup>` or `<sub>` (right after a digit) whose whole text is a short note mark (see
 * {@link NOTE_MARK_RE}): a footnote mark on the number, not more of its digits.
 */
function isNoteMark(e: HtmlElement): boolean {
  const text = plainText(e).replace(/\s+/g, '');
  return text !== '' && NOTE_MARK_RE.test(text);
}

/** The text under an element (short elements only: stops past a note mark's length). */
function plainText(e: HtmlElement): string {
  let out = '';
  const stack: HtmlNode[] = [e];
  while (stack.length > 0 && out.length <= NOTE_MARK_MAX_SCAN) {
    const n = stack.pop() as HtmlNode;
    if (n.kind === 'text') out += n.value;
    else if (isElement(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as HtmlNode);
  }
  return out;
}

/** Characters of an element's text read before it is known not to be a note mark. */
const NOTE_MARK_MAX_SCAN = 16;

/** Rows of a table in order (through thead/tbody/tfoot). */
function rowsOf(table: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (e: HtmlElement): void => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.tag === 'tr') out.push(c);
      else if (c.tag === 'tbody' || c.tag === 'thead' || c.tag === 'tfoot') visit(c);
    }
  };
  visit(table);
  return out;
}

function writeTable(table: HtmlElement, w: Writer, counts: Counts): void {
  w.newline();
  for (const tr of rowsOf(table)) {
    let first = true;
    for (const td of tr.children) {
      if (!isElement(td) || (td.tag !== 'td' && td.tag !== 'th')) continue;
      w.generated(first ? '| ' : ' | ');
      first = false;
      walk(td.children, w, counts, true);
    }
    if (!first) w.generated(' |\n');
  }
  w.newline();
}
