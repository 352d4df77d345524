/**
 * Our HTML tokenizer (src/adapters/html-tokenizer.ts) gives the tree builder the same tokens as
 * parse5's tokenizer (the reference: the standard's state machine): the same character runs
 * (value, whitespace or not, range in the markup), NUL runs, comments, doctypes, start tags
 * (name, attributes, self-closing) and end tags, with both driven alike (raw-text elements switch
 * the text mode, SVG and MathML allow CDATA sections). Checked on the gauntlet's pages, the bench's
 * portal page and random markup built from the constructs where tokenizers differ.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';
import { describe, expect, it } from 'vitest';
import { HtmlTokenizer, TextMode, type HtmlTokenSink } from '../src/adapters/html-tokenizer.js';
import type { HtmlAttribute } from '../src/adapters/html-tree.js';

const RAW = new Map<string, [number, TextMode]>([
  ['title', [TokenizerMode.RCDATA, TextMode.RCDATA]],
  ['textarea', [TokenizerMode.RCDATA, TextMode.RCDATA]],
  ['style', [TokenizerMode.RAWTEXT, TextMode.RAWTEXT]],
  ['xmp', [TokenizerMode.RAWTEXT, TextMode.RAWTEXT]],
  ['iframe', [TokenizerMode.RAWTEXT, TextMode.RAWTEXT]],
  ['noscript', [TokenizerMode.RAWTEXT, TextMode.RAWTEXT]],
  ['script', [TokenizerMode.SCRIPT_DATA, TextMode.SCRIPT_DATA]],
  ['plaintext', [TokenizerMode.PLAINTEXT, TextMode.PLAINTEXT]],
]);
const FOREIGN = new Set(['svg', 'math']);
/** Script text is never read (scripts are left out of the tree): its ranges are not compared, its characters are. */
const at = (script: boolean, start?: number, end?: number): string => (script ? '' : ` ${start}-${end}`);
const attrsOf = (attrs: readonly HtmlAttribute[]): string => attrs.map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');

/** parse5's tokens as lines (inside a raw-text element the mode switches, as in the tree builder). */
function reference(html: string): string[] {
  const out: string[] = [];
  let foreign = false;
  let script = false;
  const handler: TokenHandler = {
    onCharacter: (t: Token.CharacterToken) =>
      out.push(`chars ${JSON.stringify(t.chars)}${at(script, t.location?.startOffset, t.location?.endOffset)}`),
    onWhitespaceCharacter: (t: Token.CharacterToken) =>
      out.push(`spaces ${JSON.stringify(t.chars)}${at(script, t.location?.startOffset, t.location?.endOffset)}`),
    onNullCharacter: () => out.push('null'),
    onComment: () => out.push('comment'),
    onDoctype: () => out.push('doctype'),
    onStartTag: (t: Token.TagToken) => {
      out.push(`<${t.tagName} ${attrsOf(t.attrs)}${t.selfClosing ? ' /' : ''}>`);
      const raw = RAW.get(t.tagName);
      if (raw && !foreign) tokenizer.state = raw[0] as typeof tokenizer.state;
      script = t.tagName === 'script' && !foreign;
      if (FOREIGN.has(t.tagName)) tokenizer.inForeignNode = foreign = true;
    },
    onEndTag: (t: Token.TagToken) => {
      out.push(`</${t.tagName}>`);
      script = false;
      if (FOREIGN.has(t.tagName)) tokenizer.inForeignNode = foreign = false;
    },
    onEof: () => undefined,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  return out;
}

/** Ours, driven alike; `attributes`: the tokenizer reads only these; `keep`: the attributes printed. */
function ours(html: string, attributes: readonly string[] | null = null, keep?: readonly string[]): string[] {
  const out: string[] = [];
  let foreign = false;
  let script = false;
  const sink: HtmlTokenSink = {
    characters: (v, s, e, ws) => out.push(`${ws ? 'spaces' : 'chars'} ${JSON.stringify(v)}${at(script, s, e)}`),
    nullCharacters: () => out.push('null'),
    comment: () => out.push('comment'),
    doctype: () => out.push('doctype'),
    startTag: (tag, attrs, selfClosing) => {
      out.push(`<${tag} ${attrsOf(keep ? attrs.filter((a) => keep.includes(a.name)) : attrs)}${selfClosing ? ' /' : ''}>`);
      const raw = RAW.get(tag);
      if (raw && !foreign) tokenizer.mode = raw[1];
      script = tag === 'script' && !foreign;
      if (FOREIGN.has(tag)) tokenizer.inForeignNode = foreign = true;
    },
    endTag: (tag) => {
      out.push(`</${tag}>`);
      script = false;
      if (FOREIGN.has(tag)) tokenizer.inForeignNode = foreign = false;
    },
  };
  const tokenizer = new HtmlTokenizer(sink, attributes);
  tokenizer.write(html);
  return out;
}

/** Fragments where tokenizers go wrong, joined at random. */
const PIECES = [
  '<p>',
  '</p>',
  '<P CLASS=x>',
  '<td colspan="2">',
  '<a href=x?a=1&b=2&amp;c>',
  "<img alt='a&quot;b' src=x/>",
  '<br/>',
  '<div id=a id=b>',
  '<x =y>',
  '<x a="1"b=2>',
  '<x a= >',
  '<x a=\0b>',
  '<x\0y>',
  '</x a=b>',
  '</>',
  '</ x>',
  '<!-- c -->',
  '<!-->',
  '<!--->',
  '<!---->',
  '<!-- a --!>',
  '<!-- a --!->',
  '<!-- <!-- -->',
  '<!doctype html>',
  '<!DOCTYPE x "a>b">',
  '<![CDATA[x]]>',
  '<![CDATA[a]]]>',
  '<!x>',
  '<?xml ?>',
  '<svg>',
  '</svg>',
  '<math>',
  '<title>',
  '</title>',
  '</TITLE >',
  '<textarea>',
  '</textarea>',
  '<style>',
  '</style>',
  '<script>',
  '</script>',
  '</SCRIPT/>',
  '<!--',
  '-->',
  '--',
  '-',
  '<script >',
  '</scripts>',
  '<plaintext>',
  '&amp;',
  '&amp',
  '&nbsp;',
  '&notit;',
  '&#10;',
  '&#13;',
  '&#x20;',
  '&#0;',
  '&#x1F600;',
  '&#128;',
  '&;',
  '&xx;',
  '& ',
  '&',
  '<',
  '>',
  '"',
  "'",
  '=',
  '/',
  'a',
  '数据',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\f',
  '\0',
  '\u00a0',
  '\ud83d\ude00',
];

describe('our HTML tokenizer gives the tokens of parse5', () => {
  it('on the gauntlet pages', () => {
    const dir = join(import.meta.dirname, 'gauntlet');
    const pages = readdirSync(dir)
      .map((d) => join(dir, d, 'source.html'))
      .filter((f) => existsSync(f));
    expect(pages.length).toBeGreaterThan(0);
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      expect(ours(html), f).toEqual(reference(html));
    }
  });

  it('on random markup built from tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        expect(ours(html)).toEqual(reference(html));
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 3000) },
    );
  });

  it('on random strings of markup characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'<>/!-?&#;="\' \n\r\0abtsciprCDAT[]x1'.split('')), { maxLength: 60 }), (chars) => {
        const html = chars.join('');
        expect(ours(html)).toEqual(reference(html));
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 3000) },
    );
  });
});

describe('reading only some attributes', () => {
  /** The attributes the text adapter reads (src/adapters/html.ts). */
  const SOME = ['class', 'id', 'name', 'content'];
  const MORE = [
    ...PIECES,
    '<div Class="nav" ID=x>',
    '<meta NAME=PubDate content="a&amp;b">',
    '<p class=a class=b id=c>',
    '<x classy=1 clas=2 iD>',
    "<td content='&lt;' name=&>",
    '</td class=x>',
  ];

  it('gives the same tokens, the other attributes left out (first of duplicates kept, names lower-case, values decoded)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MORE), { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        expect(ours(html, SOME)).toEqual(ours(html, null, SOME));
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 3000) },
    );
  });

  it('on the gauntlet pages', () => {
    const dir = join(import.meta.dirname, 'gauntlet');
    for (const d of readdirSync(dir)) {
      const f = join(dir, d, 'source.html');
      if (!existsSync(f)) continue;
      const html = readFileSync(f, 'utf8');
      expect(ours(html, SOME), f).toEqual(ours(html, null, SOME));
    }
  });
});
