/**
 * Raised and lowered runs of a Word document as superscript and subscript (issue 12). Word marks a
 * footnote mark on a figure with `w:vertAlign`, which mammoth writes as `<sup>`/`<sub>`; LibreOffice
 * writes the same mark (an HTML `<sup>` it converted) as a run moved off the baseline,
 * `<w:position w:val="5"/>` (half-points up) with a smaller `w:sz`, which mammoth ignores: the mark's
 * digit then ran on into the number (`3` and a raised `1` read 31). A run whose properties move it
 * up (a positive position) is written as superscript, down as subscript, where it states no vertical
 * alignment of its own; the HTML adapter then reads a short mark after a digit as the cell's note.
 */

/** A run's (or a paragraph mark's) properties open and close so; they never nest. */
const OPEN = '<w:rPr>';
const CLOSE = '</w:rPr>';

/** A run's position off the baseline, in half-points (positive: raised). */
const POSITION_RE = /<w:position\s+w:val="(-?\d+)"\s*\/>/;

/** The document part whose runs are read. */
const DOCUMENT_PART = 'word/document.xml';

/** `xml` with every raised run superscript and every lowered one subscript (see the module comment). */
export function raisedRunsAsScript(xml: string): string {
  if (!xml.includes('<w:position')) return xml;
  // (a scan from each opening to its closing: linear, no pattern over the whole part)
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    const open = xml.indexOf(OPEN, at);
    const close = open < 0 ? -1 : xml.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) break;
    const inner = xml.slice(open + OPEN.length, close);
    const m = POSITION_RE.exec(inner);
    const shift = m ? Number(m[1]) : 0;
    parts.push(xml.slice(at, close));
    if (shift !== 0 && !inner.includes('<w:vertAlign')) parts.push(`<w:vertAlign w:val="${shift > 0 ? 'superscript' : 'subscript'}"/>`);
    at = close;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}

/** A zip part reader (mammoth's `file` input). */
export interface PartReader {
  /** Whether an entry exists. */
  exists(name: string): boolean;
  /** An entry's content: decoded text when `encoding` is given, bytes otherwise. */
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

/** `file` whose document part is read with {@link raisedRunsAsScript}. */
export function withRaisedRunsAsScript(file: PartReader): PartReader {
  return {
    exists: (name) => file.exists(name),
    read: async (name, encoding) => {
      const content = await file.read(name, encoding);
      return name === DOCUMENT_PART && typeof content === 'string' ? raisedRunsAsScript(content) : content;
    },
  };
}
