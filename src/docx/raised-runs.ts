/**
 * Raised and lowered runs of a Word document as superscript and subscript (issue 12). Word marks a
 * footnote mark on a figure with `w:vertAlign`, which mammoth writes as `<sup>`/`<sub>`; LibreOffice
 * writes the same mark (an HTML `<sup>` it converted) as a run moved off the baseline,
 * `<w:position w:val="5"/>` (half-points up) with a smaller `w:sz`, which mammoth ignores: the mark's
 * digit then ran on into the number (`3` and a raised `1` read 31). A run whose properties move it
 * up (a positive position) is written as superscript, down as subscript, where it states no vertical
 * alignment of its own; the HTML adapter then reads a short mark after a digit as the cell's note.
 */

/** A run's (or a paragraph mark's) properties, which never nest. */
const RUN_PROPERTIES_RE = /<w:rPr>([\s\S]*?)<\/w:rPr>/g;

/** A run's position off the baseline, in half-points (positive: raised). */
const POSITION_RE = /<w:position\s+w:val="(-?\d+)"\s*\/>/;

/** The document part whose runs are read. */
const DOCUMENT_PART = 'word/document.xml';

/** `xml` with every raised run superscript and every lowered one subscript (see the module comment). */
export function raisedRunsAsScript(xml: string): string {
  if (!xml.includes('<w:position')) return xml;
  return xml.replace(RUN_PROPERTIES_RE, (whole: string, inner: string) => {
    const m = POSITION_RE.exec(inner);
    const shift = m ? Number(m[1]) : 0;
    if (shift === 0 || inner.includes('<w:vertAlign')) return whole;
    return `<w:rPr>${inner}<w:vertAlign w:val="${shift > 0 ? 'superscript' : 'subscript'}"/></w:rPr>`;
  });
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
