/**
 * The fast PDF text reader (`src/pdf-text/`) on PDFs written here object by object: the file
 * structures it supports (xref streams with predictors, object streams, incremental updates, page
 * tree inheritance, content arrays, Form XObjects), the text operators (compared with pdfjs on the
 * same file), what it leaves to pdfjs (with the reason), and hostile structures (cycles, nesting,
 * bombs) answered in bounded time without a stack overflow.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits/limits.js';
import { extractPdfText } from '../src/pdf-text/extract.js';
import { readTextItems } from '../src/pdf/pdfjs-reader.js';
import { pdfOfObjects } from './helpers/pdf-writer.js';

/** A stream object's text (Latin-1 body; `deflate` compresses it). */
function stream(body: string, dict = '', deflate = false): string {
  const data = deflate ? deflateSync(Buffer.from(body, 'latin1')).toString('latin1') : body;
  return `<< /Length ${data.length}${deflate ? ' /Filter /FlateDecode' : ''} ${dict} >>\nstream\n${data}\nendstream`;
}

function hex(s: string): string {
  return [...s].map((c) => (c.codePointAt(0) as number).toString(16).padStart(4, '0')).join('');
}

/**
 * A Type 3 font whose codes 0x41.. draw nothing and map (ToUnicode) to `chars`; each glyph 600
 * units wide in a 1/1000 font matrix. Needs no font program: pdfjs and we read it alike.
 * Returns its objects, to be placed from number `first`.
 */
function type3Font(first: number, chars: string): string[] {
  const codes = [...chars].map((_, i) => 0x41 + i);
  const bf = [...chars].map((c, i) => `<${codes[i]!.toString(16)}> <${hex(c)}>`).join('\n');
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def 1 begincodespacerange <00> <FF> endcodespacerange ${chars.length} beginbfchar\n${bf}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  const names = codes.map((c) => `/g${c}`).join(' ');
  const procs = codes.map((c) => `/g${c} ${first + 2} 0 R`).join(' ');
  return [
    `<< /Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] /FontBBox [0 -200 1000 800] /FirstChar 65 /LastChar ${64 + chars.length} /Widths [${codes.map(() => 600).join(' ')}] /Encoding << /Type /Encoding /Differences [65 ${names}] >> /CharProcs << ${procs} >> /ToUnicode ${first + 1} 0 R >>`,
    stream(cmap),
    stream('600 0 0 -200 600 800 d1'),
  ];
}

/** Codes of `text` in the font of {@link type3Font} over `chars`, as a PDF literal string. */
function codesOf(chars: string, text: string): string {
  return `(${[...text].map((c) => String.fromCharCode(0x41 + [...chars].indexOf(c))).join('')})`;
}

const CHARS = '一二三四五六七八九十年度报告表0123456789.';

/** A one-page PDF: catalog 1, pages 2, page 3, font 4–6, content 7, then `extra` objects from 8. */
function onePage(content: string, extra: string[] = [], pageExtra = '', resourcesExtra = ''): Uint8Array {
  return pdfOfObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>',
    `<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> ${resourcesExtra} >> /Contents 7 0 R ${pageExtra} >>`,
    ...type3Font(4, CHARS),
    stream(content, '', true),
    ...extra,
  ]);
}

const T = (s: string): string => codesOf(CHARS, s);

async function sameAsPdfjs(pdf: Uint8Array, minItems = 1): Promise<void> {
  const fast = extractPdfText(pdf, DEFAULT_LIMITS);
  expect(fast.kind === 'unsupported' ? fast.reason : fast.kind).toBe('items');
  const ref = await readTextItems(pdf, undefined, DEFAULT_LIMITS);
  if (fast.kind !== 'items') return;
  expect(fast.items.length).toBeGreaterThanOrEqual(minItems);
  const round = (items: typeof ref.items): unknown[] =>
    items.map((i) => [i.text, i.page, +i.x.toFixed(2), +i.y.toFixed(2), +i.width.toFixed(2), +i.size.toFixed(2)]);
  expect(round(fast.items)).toEqual(round(ref.items));
}

describe('text operators, as pdfjs reads them', () => {
  it('Tj, TJ with kerning gaps (joined, a space, a new item), Td, TD, T*, TL, Tm', async () => {
    const content = [
      `BT /F1 12 Tf 50 800 Td ${T('一二三')} Tj ET`,
      `BT /F1 12 Tf 50 780 Td [${T('四')} -100 ${T('五')} -300 ${T('六')} -2000 ${T('七')}] TJ ET`,
      `BT /F1 10 Tf 14 TL 50 760 Td ${T('八')} Tj T* ${T('九')} Tj 0 -14 TD ${T('十')} Tj T* ${T('年')} Tj ET`,
      `BT /F1 1 Tf 9 0 0 9 300 700 Tm ${T('度报告')} Tj ET`,
    ].join('\n');
    await sameAsPdfjs(onePage(content));
  });

  it('Tc, Tw, Tz, Ts, \' and "', async () => {
    const content = [
      `BT /F1 12 Tf 2 Tc 50 800 Td ${T('一二三')} Tj ET`,
      `BT /F1 12 Tf 50 780 Td 150 Tz ${T('四五六')} Tj 100 Tz ET`,
      `BT /F1 12 Tf 50 760 Td ${T('七')} Tj 3 Ts ${T('八')} Tj 0 Ts ET`,
      `BT /F1 12 Tf 16 TL 50 740 Td ${T('九')} ' 1 0.5 ${T('十')} " ET`,
      `BT /F1 12 Tf 50 700 Td ${T('2023')} Tj 30 0 Td ${T('45.6')} Tj ET`,
    ].join('\n');
    await sameAsPdfjs(onePage(content));
  });

  it('q/Q/cm, a rotated and a mirrored matrix, text outside the page (left out)', async () => {
    const content = [
      `q 0.5 0 0 0.5 100 100 cm BT /F1 20 Tf 0 0 Td ${T('一二')} Tj ET Q`,
      `BT /F1 12 Tf 200 600 Td ${T('三四')} Tj ET`,
      `q 0 1 -1 0 400 400 cm BT /F1 12 Tf 0 0 Td ${T('五六')} Tj ET Q`,
      `BT /F1 12 Tf 1 0 0 -1 50 500 Tm ${T('七八')} Tj ET`,
      `BT /F1 12 Tf 900 900 Td ${T('九十')} Tj ET`,
    ].join('\n');
    await sameAsPdfjs(onePage(content));
  });

  it('a Form XObject with its matrix and resources, twice', async () => {
    const form = stream(
      `BT /F1 10 Tf 5 5 Td ${T('表一二')} Tj ET`,
      '/Type /XObject /Subtype /Form /BBox [0 0 200 50] /Matrix [2 0 0 2 10 20] /Resources << /Font << /F1 4 0 R >> >>',
    );
    const content = `q 1 0 0 1 50 600 cm /X1 Do Q q 1 0 0 1 50 300 cm /X1 Do Q BT /F1 12 Tf 50 800 Td ${T('年度')} Tj ET`;
    await sameAsPdfjs(onePage(content, [form], '', '/XObject << /X1 8 0 R >>'));
  });

  it('a content array; marked content', async () => {
    const pdf = pdfOfObjects([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> >>',
      '<< /Type /Page /Parent 2 0 R /Contents [7 0 R 8 0 R] >>',
      ...type3Font(4, CHARS),
      stream(`BT /F1 12 Tf 50 800 Td /Span << /MCID 0 >> BDC ${T('一二')} Tj EMC`),
      stream(`${T('三')} Tj ET`, '', true),
    ]);
    await sameAsPdfjs(pdf);
  });
});

describe('file structures', () => {
  it('inherits resources and boxes down the page tree (two levels)', async () => {
    const pdf = pdfOfObjects([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 2 /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> >>',
      '<< /Type /Pages /Parent 2 0 R /Kids [8 0 R 9 0 R] /Count 2 >>',
      ...type3Font(4, CHARS),
      stream(`BT /F1 12 Tf 50 800 Td ${T('一')} Tj ET`),
      '<< /Type /Page /Parent 3 0 R /Contents 7 0 R >>',
      `<< /Type /Page /Parent 3 0 R /Contents 10 0 R /CropBox [0 0 300 300] >>`,
      stream(`BT /F1 12 Tf 50 200 Td ${T('二')} Tj 400 0 Td ${T('三')} Tj ET`),
    ]);
    const r = extractPdfText(pdf, DEFAULT_LIMITS);
    expect(r.kind === 'items' && r.items.map((i) => [i.text, i.page])).toEqual([
      ['一', 1],
      ['二', 2],
    ]);
    await sameAsPdfjs(pdf);
  });

  it('an xref stream with a PNG predictor, objects in an object stream, and an incremental update', async () => {
    // Objects 1–6 (all but the content stream 7) in object stream 8; xref stream 9.
    const objs = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>',
      '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>',
      ...type3Font(4, CHARS),
    ];
    // The font's two streams cannot live in an object stream: write them as plain objects 5 and 6.
    const inStream = [1, 2, 3, 4];
    let header = '';
    let body = '';
    for (const n of inStream) {
      header += `${n} ${body.length} `;
      body += `${objs[n - 1]}\n`;
    }
    const objstm = stream(`${header}${body}`, `/Type /ObjStm /N ${inStream.length} /First ${header.length}`, true);
    let out = '%PDF-1.5\n';
    const offsets = new Map<number, number>();
    const put = (n: number, text: string): void => {
      offsets.set(n, out.length);
      out += `${n} 0 obj\n${text}\nendobj\n`;
    };
    put(5, objs[4] as string);
    put(6, objs[5] as string);
    put(7, stream(`BT /F1 12 Tf 50 800 Td ${T('一二')} Tj ET`, '', true));
    put(8, objstm);
    // Rows of [type, offset(2), gen/index(1)] with PNG "Up" filtering (Predictor 12, 4 columns).
    const rows: number[][] = [[0, 0, 0, 0]];
    for (let n = 1; n <= 8; n++) {
      if (inStream.includes(n)) rows.push([2, 0, 8, inStream.indexOf(n)]);
      else rows.push([1, (offsets.get(n) as number) >> 8, (offsets.get(n) as number) & 0xff, 0]);
    }
    const xrefAt = out.length;
    rows.push([1, xrefAt >> 8, xrefAt & 0xff, 0]);
    const raw: number[] = [];
    rows.forEach((r, i) => {
      raw.push(2);
      r.forEach((b, k) => raw.push((b - (i > 0 ? (rows[i - 1] as number[])[k]! : 0)) & 0xff));
    });
    const data = deflateSync(Buffer.from(raw)).toString('latin1');
    out += `9 0 obj\n<< /Type /XRef /Size 10 /W [1 2 1] /Root 1 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4 >> /Length ${data.length} >>\nstream\n${data}\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`;
    // An incremental update: a new content stream 7 (classic table pointing back with /Prev).
    const updAt = out.length;
    out += `7 0 obj\n${stream(`BT /F1 12 Tf 50 800 Td ${T('三四五')} Tj ET`)}\nendobj\n`;
    const tableAt = out.length;
    out += `xref\n0 1\n0000000000 65535 f \n7 1\n${String(updAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 10 /Root 1 0 R /Prev ${xrefAt} >>\nstartxref\n${tableAt}\n%%EOF\n`;
    const pdf = new Uint8Array(Buffer.from(out, 'latin1'));
    const r = extractPdfText(pdf, DEFAULT_LIMITS);
    expect(r.kind === 'items' && r.items.map((i) => i.text)).toEqual(['三四五']);
    await sameAsPdfjs(pdf);
  });

  it('honours maxPdfPages and maxPdfTextItems', () => {
    const pages = Array.from({ length: 3 }, (_, i) => i);
    const pdf = pdfOfObjects([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${pages.map((i) => `${7 + i} 0 R`).join(' ')}] /Count 3 /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>`,
      ...type3Font(3, CHARS),
      stream(`BT /F1 12 Tf 50 800 Td ${T('一')} Tj 0 -20 Td ${T('二')} Tj ET`),
      '<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>',
      '<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>',
      '<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>',
    ]);
    const limits = { ...DEFAULT_LIMITS, maxPdfPages: 2 };
    expect(extractPdfText(pdf, limits)).toMatchObject({ kind: 'items', pages: 3, read: 2, stopped: 'maxPdfPages' });
    const items = extractPdfText(pdf, { ...DEFAULT_LIMITS, maxPdfTextItems: 5 });
    expect(items).toMatchObject({ kind: 'items', pages: 3, read: 2, stopped: 'maxPdfTextItems' });
    expect(items.kind === 'items' && items.items).toHaveLength(4);
  });
});

describe('left to pdfjs, with the reason', () => {
  const simple = (content: string): string[] => [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>',
    '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>',
    ...type3Font(4, CHARS),
    content,
  ];
  const reason = (pdf: Uint8Array): string => {
    const r = extractPdfText(pdf, DEFAULT_LIMITS);
    return r.kind === 'unsupported' ? r.reason : 'items';
  };

  it('encryption, an unknown filter, a font without a Unicode mapping, a broken xref, no PDF', () => {
    const objects = simple(stream(`BT /F1 12 Tf 50 800 Td ${T('一')} Tj ET`));
    const plain = Buffer.from(pdfOfObjects(objects)).toString('latin1');
    expect(
      reason(new Uint8Array(Buffer.from(plain.replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard >>'), 'latin1'))),
    ).toBe('encrypted');
    const lzw = [...objects];
    lzw[6] = '<< /Length 4 /Filter /LZWDecode >>\nstream\nabcd\nendstream';
    expect(reason(pdfOfObjects(lzw))).toBe('filter:LZWDecode');
    const noUnicode = [...objects];
    noUnicode[3] = (noUnicode[3] as string).replace(/ \/ToUnicode 5 0 R/, '');
    expect(reason(pdfOfObjects(noUnicode))).toBe('font:no-unicode');
    expect(reason(new Uint8Array(Buffer.from(plain.replace(/startxref\n\d+/, 'startxref\n999999'), 'latin1')))).toBe('xref:offset');
    expect(reason(new Uint8Array([1, 2, 3]))).toBe('header');
  });

  it('cycles: a stream whose length refers to itself, a page tree and a Form XObject that contain themselves', () => {
    const selfLength = simple('<< /Length 7 0 R >>\nstream\nBT ET\nendstream');
    expect(reason(pdfOfObjects(selfLength))).toBe('ref:cycle');
    const tree = simple(stream('BT ET'));
    tree[1] = '<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 /MediaBox [0 0 595 842] >>';
    expect(reason(pdfOfObjects(tree))).toBe('page-tree');
    const form = simple(stream('/X1 Do'));
    form[2] = '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> /XObject << /X1 8 0 R >> >> /Contents 7 0 R >>';
    form.push(stream('/X1 Do', '/Type /XObject /Subtype /Form /BBox [0 0 1 1]'));
    expect(reason(pdfOfObjects(form))).toBe('xobject:cycle');
  });

  it('deep nesting and a zip bomb: refused in bounded time and memory', () => {
    const deep = simple(stream(`${'['.repeat(200_000)}${']'.repeat(200_000)} BT ET`));
    expect(reason(pdfOfObjects(deep))).toBe('nesting');
    // 100 MB of zeros deflate to ~100 kB: stopped at the 64 MiB cap.
    const zeros = deflateSync(Buffer.alloc(100 * 1024 * 1024)).toString('latin1');
    const bomb = simple(`<< /Length ${zeros.length} /Filter /FlateDecode >>\nstream\n${zeros}\nendstream`);
    const t = performance.now();
    expect(reason(pdfOfObjects(bomb))).toBe('stream-too-large');
    expect(performance.now() - t).toBeLessThan(10_000);
  }, 30_000);
});
