/**
 * The standard's HTML tokenizer (https://html.spec.whatwg.org/multipage/parsing.html#tokenization)
 * for the light tree builder (`html-tree.ts`): the same tokens as parse5's tokenizer gives it
 * (`test/html-tokenizer.test.ts` compares the two on pages and on random markup), read by jumping
 * between the characters that matter (`<`, `&`, quotes, `>`) instead of one state call per
 * character, with no location object per token: text tokens carry their range in the markup as
 * two numbers. Character references are decoded by the `entities` package's decoder (parse5's
 * own). Only what the tree builder uses is produced: comments and doctypes carry no data, end
 * tags no attributes.
 */
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import type { HtmlAttribute } from './html-tree.js';

/** How the tokenizer reads text (the standard's data, RCDATA, RAWTEXT, script data and PLAINTEXT states). */
export const TextMode = {
  /** Ordinary content: tags, character references. */
  DATA: 0,
  /** `<title>`, `<textarea>`: character references, no tags but the element's own end tag. */
  RCDATA: 1,
  /** `<style>`, `<xmp>`, `<iframe>`…: text up to the element's own end tag. */
  RAWTEXT: 2,
  /** `<script>`: RAWTEXT with the standard's `<!--` escapes. */
  SCRIPT_DATA: 3,
  /** `<plaintext>`: text to the end. */
  PLAINTEXT: 4,
} as const;
/** One of {@link TextMode}. */
export type TextMode = (typeof TextMode)[keyof typeof TextMode];

/** What the tokenizer emits. */
export interface HtmlTokenSink {
  /** A run of characters, all whitespace or none (`whitespace`); `start`/`end`: its range in the markup. */
  characters(value: string, start: number, end: number, whitespace: boolean): void;
  /** NUL characters in content (dropped by browsers). */
  nullCharacters(): void;
  /** A comment (also the standard's bogus comments). */
  comment(): void;
  /** A doctype. */
  doctype(): void;
  /** A start tag (lower-case name; attributes in order, duplicates dropped). */
  startTag(tag: string, attrs: readonly HtmlAttribute[], selfClosing: boolean): void;
  /** An end tag (lower-case name). */
  endTag(tag: string): void;
}

// Kinds of character runs: a run ends where the kind changes or another token comes.
const NONE = 0;
const CHARS = 1;
const SPACES = 2;
const NULLS = 3;

// How text is read: character references decoded or not; NUL a token of its own or U+FFFD.
const READ_DATA = 0;
const READ_RCDATA = 1;
const READ_RAW = 2;
const READ_CDATA = 3;

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const NUL = 0;
const CR = 0x0d;
const REPLACEMENT = '\ufffd';

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === CR;
}
function isAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
/** Lower-case ASCII letters of a name (other characters as they are); `upper`: whether it holds any. */
function lower(s: string, upper: boolean): string {
  return upper ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}
/** Whether `html[from, to)` is `name` (lower-case) with its ASCII letters in either case. */
function isNamed(html: string, from: number, to: number, name: string): boolean {
  if (to - from !== name.length) return false;
  for (let k = 0; k < name.length; k++) {
    let c = html.charCodeAt(from + k);
    if (isUpper(c)) c += 0x20;
    if (c !== name.charCodeAt(k)) return false;
  }
  return true;
}
/** The attributes of a tag that has none (or none the sink reads): one shared empty list. */
const NO_ATTRIBUTES: readonly HtmlAttribute[] = Object.freeze([]);

function hasAttribute(attrs: readonly HtmlAttribute[], name: string): boolean {
  for (const a of attrs) if (a.name === name) return true;
  return false;
}
/** The preprocessing of the input stream: CR LF and CR become LF; NUL becomes U+FFFD (names, values). */
function preprocess(s: string): string {
  if (s.indexOf('\r') !== -1) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('\0') !== -1) s = s.replace(/\0/g, REPLACEMENT);
  return s;
}

/** Tokenizes markup, calling the sink; the sink may switch {@link HtmlTokenizer.mode} in `startTag`. */
export class HtmlTokenizer {
  /** How text after the current token is read (set by the tree builder after raw-text start tags). */
  mode: TextMode = TextMode.DATA;
  /** Inside SVG or MathML: `<![CDATA[` opens a CDATA section (set by the tree builder). */
  inForeignNode = false;
  private html = '';
  private lastStartTag = '';
  private runKind = NONE;
  private runValue = '';
  private runStart = 0;
  private runEnd = 0;
  /** Where the next run starts when markup that gives no token (`</>`, a CDATA section's brackets) comes first; -1: none. */
  private runHint = -1;
  private readonly decoder: HtmlEntityDecoder;
  private decoded = '';
  /** Whether the markup holds a CR or a NUL (most pages hold neither: names and values are then used as they are). */
  private preprocessed = false;
  /** See {@link nextAmpersand}. */
  private ampersand = -1;

  /**
   * @param sink Receives the tokens.
   * @param attributes The only attributes (lower-case names) the sink reads, or null for all: the
   *   others are read past (their values neither decoded nor kept), which spares a page's links and
   *   styles an object and a string each.
   */
  constructor(
    private readonly sink: HtmlTokenSink,
    private readonly attributes: readonly string[] | null = null,
  ) {
    this.decoder = new HtmlEntityDecoder((cp) => {
      this.decoded += String.fromCodePoint(cp);
    });
  }

  /** Reads the whole markup. */
  write(html: string): void {
    this.html = html;
    this.ampersand = -1;
    this.preprocessed = html.indexOf('\r') !== -1 || html.indexOf('\0') !== -1;
    const n = html.length;
    let i = 0;
    while (i < n) {
      switch (this.mode) {
        case TextMode.DATA:
          i = this.data(i);
          break;
        case TextMode.RCDATA:
          i = this.rawText(i, READ_RCDATA);
          break;
        case TextMode.RAWTEXT:
          i = this.rawText(i, READ_RAW);
          break;
        case TextMode.SCRIPT_DATA:
          i = this.scriptData(i);
          break;
        default:
          this.text(i, n, READ_RAW);
          i = n;
      }
    }
    this.flush();
  }

  private clean(s: string): string {
    return this.preprocessed ? preprocess(s) : s;
  }

  // ---- character runs ----

  private flush(): void {
    this.runHint = -1;
    const kind = this.runKind;
    if (kind === NONE) return;
    this.runKind = NONE;
    if (kind === NULLS) this.sink.nullCharacters();
    else this.sink.characters(this.runValue, this.runStart, this.runEnd, kind === SPACES);
    this.runValue = '';
  }

  private run(kind: number, value: string, start: number, end: number): void {
    if (kind !== this.runKind) {
      const hint = this.runHint;
      this.flush();
      this.runKind = kind;
      this.runStart = hint !== -1 ? hint : start;
    }
    this.runValue += value;
    this.runEnd = end;
  }

  /** Emits the text of `[from, to)` read as `how`, in runs of whitespace, other characters and NUL. */
  private text(from: number, to: number, how: number): void {
    const html = this.html;
    let i = from;
    let start = from;
    let kind = NONE;
    const refs = how === READ_DATA || how === READ_RCDATA;
    while (i < to) {
      const c = html.charCodeAt(i);
      if (refs && c === AMP) {
        const end = this.reference(i, false);
        if (end === -1) {
          // Not a reference: the ampersand is a character.
          if (kind !== CHARS) {
            if (kind !== NONE) this.piece(kind, start, i, how);
            kind = CHARS;
            start = i;
          }
          i++;
          continue;
        }
        if (kind !== NONE) this.piece(kind, start, i, how);
        kind = NONE;
        // The decoded characters, split by kind. Located as parse5 locates them: a run that a reference starts
        // begins at its `&`, or at its last character when the reference ends a run of another kind.
        const d = this.decoded;
        for (let k = 0; k < d.length; k++) {
          const dc = d.charCodeAt(k);
          const dk = isSpace(dc) ? SPACES : dc === NUL ? NULLS : CHARS;
          if (dk !== this.runKind && this.runKind !== NONE) {
            this.runEnd = end - 1;
            this.flush();
            this.run(dk, d[k] as string, end - 1, end);
          } else this.run(dk, d[k] as string, i, end);
        }
        i = end;
        start = i;
        continue;
      }
      const k = isSpace(c) ? SPACES : c === NUL && (how === READ_DATA || how === READ_CDATA) ? NULLS : CHARS;
      if (k !== kind) {
        if (kind !== NONE) this.piece(kind, start, i, how);
        kind = k;
        start = i;
      }
      i++;
    }
    if (kind !== NONE) this.piece(kind, start, to, how);
  }

  /** Markup `[from, to)` that gives no token: parse5 counts it in the run around it (its locations, kept). */
  private swallow(from: number, to: number): void {
    if (this.runKind !== NONE) this.runEnd = to;
    else if (this.runHint === -1) this.runHint = from;
  }

  private piece(kind: number, start: number, end: number, how: number): void {
    let v = this.html.slice(start, end);
    if (kind === SPACES) {
      if (v.indexOf('\r') !== -1) v = v.replace(/\r\n?/g, '\n');
    } else if (kind === CHARS && how !== READ_DATA && how !== READ_CDATA) v = this.clean(v);
    this.run(kind, v, start, end);
  }

  /**
   * Decodes the character reference at `amp` (an `&`) into `this.decoded`; returns where it ends, or -1 when there
   * is none. `attribute`: the rules of attribute values (no legacy reference before `=` or a letter or digit).
   */
  private reference(amp: number, attribute: boolean): number {
    const d = this.decoder;
    this.decoded = '';
    d.startEntity(attribute ? DecodingMode.Attribute : DecodingMode.Legacy);
    // The text is read to its end: what ends a text or a value (`<`, a quote, whitespace, `>`) ends a reference.
    let length = d.write(this.html, amp + 1);
    if (length < 0) length = d.end();
    if (length <= 0) return -1;
    return amp + length;
  }

  // ---- states ----

  /** Data: text up to a tag, comment or doctype; returns where reading goes on. */
  private data(i: number): number {
    const html = this.html;
    const n = html.length;
    let from = i;
    for (;;) {
      const lt = html.indexOf('<', from);
      if (lt === -1) {
        this.text(i, n, READ_DATA);
        return n;
      }
      const c = html.charCodeAt(lt + 1);
      if (isAlpha(c)) {
        this.text(i, lt, READ_DATA);
        return this.tag(lt + 1, false);
      }
      if (c === SLASH) {
        const c2 = html.charCodeAt(lt + 2);
        if (isAlpha(c2)) {
          this.text(i, lt, READ_DATA);
          return this.tag(lt + 2, true);
        }
        if (c2 === GT) {
          // `</>`: nothing at all.
          this.text(i, lt, READ_DATA);
          this.swallow(lt, lt + 3);
          return lt + 3;
        }
        if (lt + 2 >= n) {
          from = n; // `</` at the end: text
          continue;
        }
        this.text(i, lt, READ_DATA);
        return this.bogusComment(lt + 2);
      }
      if (c === 0x21 /* ! */) {
        this.text(i, lt, READ_DATA);
        return this.declaration(lt + 2);
      }
      if (c === 0x3f /* ? */) {
        this.text(i, lt, READ_DATA);
        return this.bogusComment(lt + 1);
      }
      from = lt + 1; // a `<` that opens nothing is text
    }
  }

  /** `<!`: comment, doctype, CDATA section or bogus comment. */
  private declaration(p: number): number {
    const html = this.html;
    if (html.startsWith('--', p)) return this.comment(p + 2);
    if (html.length - p >= 7 && html.slice(p, p + 7).toLowerCase() === 'doctype') {
      this.flush();
      this.sink.doctype();
      const gt = html.indexOf('>', p + 7);
      return gt === -1 ? html.length : gt + 1;
    }
    if (html.startsWith('[CDATA[', p)) {
      if (!this.inForeignNode) return this.bogusComment(p);
      // Characters of their own, joined to the text around them.
      const from = p + 7;
      const end = html.indexOf(']]>', from);
      const to = end === -1 ? html.length : end;
      this.swallow(p - 2, from);
      this.text(from, to, READ_CDATA);
      this.swallow(to, end === -1 ? to : end + 3);
      return end === -1 ? to : end + 3;
    }
    return this.bogusComment(p);
  }

  private comment(p: number): number {
    const html = this.html;
    const n = html.length;
    let end: number;
    if (html.charCodeAt(p) === GT) end = p + 1;
    else if (html.charCodeAt(p) === 0x2d && html.charCodeAt(p + 1) === GT) end = p + 2;
    else {
      // The first `-->` or `--!>` (one search: two would each read to the end of the page for every comment).
      end = n;
      for (let k = html.indexOf('--', p); k !== -1; k = html.indexOf('--', k + 1)) {
        const c = html.charCodeAt(k + 2);
        if (c === GT) {
          end = k + 3;
          break;
        }
        if (c === 0x21 && html.charCodeAt(k + 3) === GT) {
          end = k + 4;
          break;
        }
      }
    }
    this.flush();
    this.sink.comment();
    return end;
  }

  private bogusComment(p: number): number {
    const gt = this.html.indexOf('>', p);
    this.flush();
    this.sink.comment();
    return gt === -1 ? this.html.length : gt + 1;
  }

  /** A tag whose name starts at `p`: its name and attributes; returns where reading goes on. */
  private tag(p: number, end: boolean): number {
    const html = this.html;
    const n = html.length;
    let i = p;
    let upper = false;
    while (i < n) {
      const c = html.charCodeAt(i);
      if (isSpace(c) || c === SLASH || c === GT) break;
      if (isUpper(c)) upper = true;
      i++;
    }
    if (i >= n) return n; // a tag cut by the end of the input is dropped
    const name = this.clean(lower(html.slice(p, i), upper));
    return this.tagRest(i, name, end);
  }

  /** The standard's states from "before attribute name" to the tag's `>`. */
  private tagRest(p: number, name: string, end: boolean): number {
    const html = this.html;
    const n = html.length;
    let attrs: HtmlAttribute[] | null = null;
    let selfClosing = false;
    let i = p;
    for (;;) {
      // Before attribute name.
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      if (i >= n) return n;
      let c = html.charCodeAt(i);
      if (c === SLASH) {
        // Self-closing start tag state.
        i++;
        if (i >= n) return n;
        if (html.charCodeAt(i) === GT) {
          selfClosing = true;
          i++;
          break;
        }
        continue;
      }
      if (c === GT) {
        i++;
        break;
      }
      // Attribute name (a leading `=` is part of it).
      const nameStart = i;
      let upper = isUpper(c);
      i++;
      while (i < n) {
        c = html.charCodeAt(i);
        if (isSpace(c) || c === SLASH || c === GT || c === 0x3d) break;
        if (isUpper(c)) upper = true;
        i++;
      }
      if (i >= n) return n;
      // null: an attribute the sink does not read (or any attribute of an end tag).
      const attrName = end ? null : this.attributeName(nameStart, i, upper);
      // After attribute name.
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      if (i >= n) return n;
      let value = '';
      if (html.charCodeAt(i) === 0x3d) {
        i++;
        while (i < n && isSpace(html.charCodeAt(i))) i++;
        if (i >= n) return n;
        c = html.charCodeAt(i);
        if (c === 0x22 || c === 0x27) {
          const close = html.indexOf(c === 0x22 ? '"' : "'", i + 1);
          if (close === -1) return n;
          if (attrName !== null) value = this.attributeValue(i + 1, close);
          i = close + 1;
        } else if (c !== GT) {
          const from = i;
          while (i < n) {
            c = html.charCodeAt(i);
            if (isSpace(c) || c === GT) break;
            i++;
          }
          if (i >= n) return n;
          if (attrName !== null) value = this.attributeValue(from, i);
        }
      }
      if (attrName !== null && (attrs === null || !hasAttribute(attrs, attrName))) (attrs ??= []).push({ name: attrName, value });
    }
    this.flush();
    if (end) this.sink.endTag(name);
    else {
      this.lastStartTag = name;
      this.sink.startTag(name, attrs ?? NO_ATTRIBUTES, selfClosing);
    }
    return i;
  }

  /** The name of the attribute at `[from, to)` (lower-case), or null when the sink does not read it. */
  private attributeName(from: number, to: number, upper: boolean): string | null {
    const wanted = this.attributes;
    if (wanted === null) return this.clean(lower(this.html.slice(from, to), upper));
    for (const name of wanted) if (isNamed(this.html, from, to, name)) return name;
    return null;
  }

  /** The first `&` at or after `from` (the length when none), remembered: values are read in order, so the search stays linear. */
  private nextAmpersand(from: number): number {
    if (this.ampersand < from) {
      const a = this.html.indexOf('&', from);
      this.ampersand = a === -1 ? this.html.length : a;
    }
    return this.ampersand;
  }

  private attributeValue(from: number, to: number): string {
    const html = this.html;
    let a = this.nextAmpersand(from);
    if (a >= to) return this.clean(html.slice(from, to));
    let out = '';
    let i = from;
    while (a < to) {
      const end = this.reference(a, true);
      if (end === -1) {
        a = this.nextAmpersand(a + 1);
        continue;
      }
      out += this.clean(html.slice(i, a)) + this.decoded;
      i = end;
      a = this.nextAmpersand(end);
    }
    return out + this.clean(html.slice(i, to));
  }

  /** Whether the markup at `p` is the end tag of the last start tag (`</name` then whitespace, `/` or `>`): the end of its name. */
  private appropriateEnd(p: number): number {
    const html = this.html;
    const name = this.lastStartTag;
    const e = p + 2 + name.length;
    if (e >= html.length || name === '') return -1;
    if (html.charCodeAt(p + 1) !== SLASH) return -1;
    for (let k = 0; k < name.length; k++) {
      const c = html.charCodeAt(p + 2 + k);
      if ((c | 0x20) !== name.charCodeAt(k) || !isAlpha(c)) return -1;
    }
    const c = html.charCodeAt(e);
    return isSpace(c) || c === SLASH || c === GT ? e : -1;
  }

  /** RCDATA and RAWTEXT: text up to the element's own end tag. */
  private rawText(i: number, how: number): number {
    const html = this.html;
    let from = i;
    for (;;) {
      const lt = html.indexOf('</', from);
      if (lt === -1) {
        this.text(i, html.length, how);
        return html.length;
      }
      const e = this.appropriateEnd(lt);
      if (e !== -1) {
        this.text(i, lt, how);
        this.mode = TextMode.DATA;
        return this.tagRest(e, this.lastStartTag, true);
      }
      from = lt + 1;
    }
  }

  /** Script data, with the standard's escaped (`<!--`) and double-escaped (`<script>` inside) states. */
  private scriptData(i: number): number {
    const html = this.html;
    const n = html.length;
    let p = i;
    /** 0: script data, 1: escaped, 2: double escaped. */
    let escape = 0;
    let dashes = 0;
    while (p < n) {
      const c = html.charCodeAt(p);
      if (escape === 0) {
        const lt = html.indexOf('<', p);
        if (lt === -1) break;
        p = lt;
        const e = this.appropriateEnd(lt);
        if (e !== -1) return this.endScript(i, lt, e);
        if (html.startsWith('<!--', lt)) {
          escape = 1;
          dashes = 2;
          p = lt + 4;
          continue;
        }
        p = lt + 1;
        continue;
      }
      if (c === 0x2d) {
        dashes++;
        p++;
        continue;
      }
      if (c === GT && dashes >= 2) {
        escape = 0;
        dashes = 0;
        p++;
        continue;
      }
      dashes = 0;
      if (c !== LT) {
        p++;
        continue;
      }
      if (escape === 1) {
        const e = this.appropriateEnd(p);
        if (e !== -1) return this.endScript(i, p, e);
        const s = this.scriptWord(p + 1);
        if (s !== -1) {
          escape = 2;
          p = s;
          continue;
        }
        p++;
        continue;
      }
      // Double escaped: `</script` followed by whitespace, `/` or `>` returns to escaped.
      if (html.charCodeAt(p + 1) === SLASH) {
        const s = this.scriptWord(p + 2);
        if (s !== -1) {
          escape = 1;
          p = s;
          continue;
        }
        p += 2;
        continue;
      }
      p++;
    }
    this.text(i, n, READ_RAW);
    return n;
  }

  /** Whether `script` (any case) followed by whitespace, `/` or `>` is at `p`: the index after the word's terminator. */
  private scriptWord(p: number): number {
    const html = this.html;
    const word = 'script';
    for (let k = 0; k < word.length; k++) {
      const c = html.charCodeAt(p + k);
      if (!isAlpha(c) || (c | 0x20) !== word.charCodeAt(k)) return -1;
    }
    const c = html.charCodeAt(p + word.length);
    return isSpace(c) || c === SLASH || c === GT ? p + word.length + 1 : -1;
  }

  private endScript(from: number, lt: number, nameEnd: number): number {
    this.text(from, lt, READ_RAW);
    this.mode = TextMode.DATA;
    return this.tagRest(nameEnd, this.lastStartTag, true);
  }
}
