/**
 * HTML input: renders markup as text the line grammar reads (one line per block, table rows as
 * pipe rows with every cell, empty cells included), with a map back into the markup.
 */
import { MapBuilder } from '../normalize/offset-map.js';

/** A rendering of HTML as text. */
export interface RenderedHtml {
  /** The text. */
  text: string;
  /** Maps a range of `text` to the range of the markup it came from. */
  toInput(start: number, end: number): [number, number];
}

const TAG_RE = /<!--[\s\S]*?-->|<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][a-zA-Z0-9:]*)\b[^>]*>|&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g;
const BLOCK = new Set(['p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'ul', 'ol', 'title']);
const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', mdash: '—', hellip: '…' };

/** Renders HTML as text: blocks become lines, `<td>`s become ` | `-separated cells. */
export function renderHtml(html: string): RenderedHtml {
  const b = new MapBuilder(html);
  TAG_RE.lastIndex = 0;
  let m = TAG_RE.exec(html);
  let inCellRow = false;
  while (m !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const entity = m[3];
    const name = (m[2] ?? '').toLowerCase();
    const closing = m[0].startsWith('</');
    let out = '';
    if (entity !== undefined) out = decodeEntity(entity);
    else if (name === 'td' || name === 'th') {
      if (closing) out = ' |';
      else if (!inCellRow) {
        out = '| ';
        inCellRow = true;
      } else out = ' ';
    } else if (BLOCK.has(name)) {
      if (name === 'tr') inCellRow = false;
      out = inCellRow && (name === 'br' || name === 'p' || name === 'div') ? ' ' : '\n';
    }
    b.replace(start, end, out);
    m = TAG_RE.exec(html);
  }
  const { text, map } = b.finish();
  return {
    text,
    toInput: (s, e) => (map ? [map.toOriginalStart(s), e === s ? map.toOriginalStart(s) : map.toOriginalEnd(e)] : [s, e]),
  };
}

function decodeEntity(e: string): string {
  if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
  if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
  return ENTITIES[e.toLowerCase()] ?? `&${e};`;
}
