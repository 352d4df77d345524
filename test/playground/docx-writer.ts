/**
 * A minimal .docx writer for the browser tests: turns our own HTML rendering of a report
 * (`renderReport(r, { to: 'html' })`: headings, paragraphs, tables with colspan/rowspan) into a
 * Word file, merged cells as `w:gridSpan` and `w:vMerge`, the way Word stores them. mammoth
 * reads it back to HTML with the spans.
 */
import JSZip from 'jszip';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const paragraph = (text: string): string => `<w:p>${text ? `<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r>` : ''}</w:p>`;

interface SourceCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/** One HTML table (our renderer's markup) as a Word table. */
function table(html: string): string {
  const rows: SourceCell[][] = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...(tr[1] as string).matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map((td) => ({
      text: unescape(td[2] as string),
      colspan: Number(/colspan="(\d+)"/.exec(td[1] as string)?.[1] ?? 1),
      rowspan: Number(/rowspan="(\d+)"/.exec(td[1] as string)?.[1] ?? 1),
    })),
  );
  // Place cells on the grid; a rowspan leaves continuation cells in the rows below.
  const continued = new Map<string, number>(); // "row,col" → colspan of the merged cell above
  const out: string[] = [];
  let width = 0;
  rows.forEach((cells, r) => {
    const tcs: string[] = [];
    let col = 0;
    const flushContinued = (): void => {
      let span = continued.get(`${r},${col}`);
      while (span !== undefined) {
        tcs.push(`<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vMerge/></w:tcPr><w:p/></w:tc>`);
        col += span;
        span = continued.get(`${r},${col}`);
      }
    };
    for (const c of cells) {
      flushContinued();
      for (let k = 1; k < c.rowspan; k++) continued.set(`${r + k},${col}`, c.colspan);
      const props = `${c.colspan > 1 ? `<w:gridSpan w:val="${c.colspan}"/>` : ''}${c.rowspan > 1 ? '<w:vMerge w:val="restart"/>' : ''}`;
      tcs.push(`<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${paragraph(c.text)}</w:tc>`);
      col += c.colspan;
    }
    flushContinued();
    width = Math.max(width, col);
    out.push(`<w:tr>${tcs.join('')}</w:tr>`);
  });
  const grid = `<w:tblGrid>${'<w:gridCol w:w="600"/>'.repeat(width)}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblBorders><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>${grid}${out.join('')}</w:tbl>`;
}

/** A .docx holding the headings, paragraphs and tables of an HTML rendering of a report. */
export async function htmlReportToDocx(html: string): Promise<Uint8Array> {
  const body = html.replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '');
  const parts: string[] = [];
  for (const m of body.matchAll(/<h\d>([\s\S]*?)<\/h\d>|<p>([\s\S]*?)<\/p>|<table[^>]*>([\s\S]*?)<\/table>/g)) {
    if (m[3] !== undefined) parts.push(table(m[3]), paragraph(''));
    else parts.push(paragraph(unescape((m[1] ?? m[2]) as string)));
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${parts.join('')}</w:body></w:document>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', document);
  return zip.generateAsync({ type: 'uint8array' });
}
