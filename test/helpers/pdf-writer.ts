/**
 * A minimal PDF writer for tests: text lines placed at given positions, in the standard CJK font
 * STSong-Light with the predefined UniGB-UCS2-H encoding (no embedded font: PDF readers and
 * pdfjs map it back to Unicode through its predefined CMap). Enough to turn our own rendered
 * reports into real PDFs with a text layer.
 */
export interface PdfText {
  /** x in points from the left. */
  x: number;
  /** Baseline y in points from the bottom. */
  y: number;
  /** Font size in points. */
  size: number;
  /** The text (BMP characters). */
  text: string;
}

function hex(text: string): string {
  let h = '';
  for (const ch of text) h += (ch.codePointAt(0) as number).toString(16).padStart(4, '0');
  return h;
}

/** Builds a PDF with one page per array of texts (A4). `texts` may be empty for a page without text (a scan). */
export function makePdf(pages: PdfText[][]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('');
  const descendant = add('');
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
  );
  objects[font - 1] =
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${descendant} 0 R] >>`;
  objects[descendant - 1] =
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`;
  const kids: number[] = [];
  for (const texts of pages) {
    const ops = texts.map((t) => `BT /F1 ${t.size} Tf ${t.x.toFixed(2)} ${t.y.toFixed(2)} Td <${hex(t.text)}> Tj ET`).join('\n');
    const stream = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return pdfOfObjects(objects, catalog);
}

/** A PDF of the given objects (numbered from 1; `root` is the catalog's number), with its cross-reference table. */
export function pdfOfObjects(objects: readonly string[], root = 1): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * Lays out our `text` rendering (pipe rows with a leading pipe) on A4 pages: paragraphs at the
 * left margin, table labels in a label column and each value in its own column.
 */
export function reportTextToPdf(text: string): Uint8Array {
  return makePdf(reportTextToPages(text));
}

/** The texts {@link reportTextToPdf} places on each page. */
export function reportTextToPages(text: string): PdfText[][] {
  const pages: PdfText[][] = [[]];
  let y = 800;
  const line = (): PdfText[] => {
    if (y < 50) {
      pages.push([]);
      y = 800;
    }
    const page = pages[pages.length - 1] as PdfText[];
    y -= 14;
    return page;
  };
  for (const l of text.split('\n')) {
    if (l.trim() === '') continue;
    if (!l.startsWith('| ')) {
      line().push({ x: 50, y, size: 9, text: l.slice(0, 60) });
      continue;
    }
    const cells = l.slice(2, -2).split(' | ');
    let k = cells.length;
    while (k > 0 && /^(-?\d+(\.\d+)?|)$/.test(cells[k - 1] as string)) k--;
    const labels = cells.slice(0, k).filter((c) => c !== '');
    const values = cells.slice(k);
    const page = line();
    if (values.length === 0) labels.forEach((c, i) => page.push({ x: 40 + i * 80, y, size: 6, text: c }));
    else {
      page.push({ x: 40, y, size: 6, text: labels.join('  ') });
      // Value columns fit the page (table 四 has fifteen).
      const step = Math.min(30, 250 / values.length);
      values.forEach((v, i) => {
        if (v !== '') page.push({ x: 330 + i * step, y, size: Math.min(8, step / 2.2), text: v });
      });
    }
  }
  return pages;
}
