/**
 * Content streams → text items, the way pdfjs's `getTextContent` builds them (pdfjs 5, its text
 * state and the rules that join glyphs into items, split them at large gaps and insert spaces), so
 * that the layout (`src/layout/`) gets the same items from either reader. Only the text operators,
 * the graphics state (`q`/`Q`/`cm`) and Form XObjects (`Do`) are interpreted; glyph programs are
 * never read. Linear in the content; Form XObjects nest to a bounded depth, never in a cycle.
 */
import type { PositionedText } from '../layout/layout.js';
import { isOperator, type PdfDocument } from './document.js';
import { loadFont, type TextFont } from './fonts.js';
import { isDict, isName, isRef, isStream, Parser, Unsupported, type PdfDict, type PdfStream, type PdfValue } from './objects.js';

/** Deepest nesting of Form XObjects followed (pdfjs has no limit but cycles; real reports nest one or two). */
export const MAX_FORM_DEPTH = 12;

// pdfjs's factors of the font size for gaps between glyphs (`getTextContent`).
/** A gap below this (× font size) is tracking, not a space. */
const TRACKING_SPACE_FACTOR = 0.102;
/** A gap below this (× font size) is not a space at all. */
const NOT_A_SPACE_FACTOR = 0.03;
/** Moving back more than this (× font size) starts a new item. */
const NEGATIVE_SPACE_FACTOR = -0.2;
/** Gaps between these two (× font size) are one space inside the item. */
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
/** Larger gaps end the item. */
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
/** A vertical shift above this share of the height ends the item. */
const VERTICAL_SHIFT_RATIO = 0.25;

type Matrix = number[];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m1 as [number, number, number, number, number, number];
  const [a2, b2, c2, d2, e2, f2] = m2 as [number, number, number, number, number, number];
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** pdfjs's TextState: everything `q` saves (pdfjs saves the text matrices too). */
class TextState {
  ctm: Matrix = IDENTITY.slice();
  fontName: string | null = null;
  fontSize = 0;
  font: TextFont | null = null;
  fontMatrix: Matrix = [0.001, 0, 0, 0.001, 0, 0];
  textMatrix: Matrix = IDENTITY.slice();
  textLineMatrix: Matrix = IDENTITY.slice();
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = (m[0] as number) * x + (m[2] as number) * y + (m[4] as number);
    m[5] = (m[1] as number) * x + (m[3] as number) * y + (m[5] as number);
  }
  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = (m[0] as number) * x + (m[2] as number) * y + (m[4] as number);
    m[5] = (m[1] as number) * x + (m[3] as number) * y + (m[5] as number);
  }
  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }
  clone(): TextState {
    const c = Object.assign(new TextState(), this);
    c.textMatrix = this.textMatrix.slice();
    c.textLineMatrix = this.textLineMatrix.slice();
    c.fontMatrix = this.fontMatrix.slice();
    return c;
  }
}

/** pdfjs's normalisation of compatibility characters in item text (`normalizeUnicode`; U+FB05 is left to pdfjs). */
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)/gu;
/** Right-to-left characters: pdfjs reorders items holding them (bidi), which is not reproduced here. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
/** pdfjs's glyph categories (`getCharUnicodeCategory`). */
const SPECIAL = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

interface Category {
  isWhitespace: boolean;
  isZeroWidthDiacritic: boolean;
  isInvisibleFormatMark: boolean;
}
const categories = new Map<string, Category>();
function categoryOf(ch: string): Category {
  let c = categories.get(ch);
  if (!c) {
    const g = SPECIAL.exec(ch);
    c = { isWhitespace: !!g?.[1], isZeroWidthDiacritic: !!g?.[2], isInvisibleFormatMark: !!g?.[3] };
    categories.set(ch, c);
  }
  return c;
}

/** What a page's interpretation shares: the document, loaded fonts, the output and its budget. */
export interface PageContext {
  doc: PdfDocument;
  fonts: Map<PdfValue, TextFont>;
  /** The page's visible box [x0, y0, x1, y1] (glyphs outside are left out, as pdfjs does). */
  viewBox: number[];
  /** 1-based page number, for the items. */
  page: number;
  /** The items read so far (this page's are appended). */
  items: PositionedText[];
  /** Most items in `items`; past it `overflow` is set and reading stops. */
  budget: number;
  overflow: boolean;
}

/** Interprets one content stream (a page's or a Form XObject's) with its resources. */
export function runContent(
  ctx: PageContext,
  data: Uint8Array,
  resources: PdfDict | null,
  initial: TextState | null,
  seen: Set<PdfStream>,
  depth: number,
): void {
  if (depth > MAX_FORM_DEPTH) throw new Unsupported('form-depth');
  const { doc } = ctx;
  const stack: TextState[] = [];
  let textState = initial ?? new TextState();
  let currentTextState: TextState | null = null;

  // The item being built (pdfjs's textContentItem).
  const item = {
    initialized: false,
    str: [] as string[],
    totalWidth: 0,
    totalHeight: 0,
    width: 0,
    height: 0,
    vertical: false,
    prevTransform: null as Matrix | null,
    prevTextRise: 0,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: null as Matrix | null,
    fontName: null as string | null,
  };
  const twoLastChars = [' ', ' '];
  let twoLastCharsPos = 0;
  const saveLastChar = (ch: string): boolean => {
    const nextPos = (twoLastCharsPos + 1) % 2;
    const ret = twoLastChars[twoLastCharsPos] !== ' ' && twoLastChars[nextPos] === ' ';
    twoLastChars[twoLastCharsPos] = ch;
    twoLastCharsPos = nextPos;
    return ret;
  };
  const shouldAddWhitespace = (): boolean => twoLastChars[twoLastCharsPos] !== ' ' && twoLastChars[(twoLastCharsPos + 1) % 2] === ' ';
  const resetLastChars = (): void => {
    twoLastChars[0] = twoLastChars[1] = ' ';
    twoLastCharsPos = 0;
  };

  const font = (): TextFont => textState.font as TextFont;
  const currentTransform = (): Matrix => {
    const f = font();
    const tsm = [textState.fontSize * textState.textHScale, 0, 0, textState.fontSize, 0, textState.textRise];
    const fm = textState.fontMatrix;
    if (
      f.type3Box !== null &&
      textState.fontSize <= 1 &&
      !(fm[0] === 0.001 && fm[1] === 0 && fm[2] === 0 && fm[3] === 0.001 && fm[4] === 0 && fm[5] === 0)
    ) {
      const glyphHeight = (f.type3Box[3] as number) - (f.type3Box[1] as number);
      if (glyphHeight > 0) tsm[3] = (tsm[3] as number) * glyphHeight * (fm[3] as number);
    }
    return multiply(textState.ctm, multiply(textState.textMatrix, tsm));
  };

  // As the PDF entry turned pdfjs's items into positioned text: the item's origin, its width, the larger scale of its matrix.
  const push = (str: string, width: number, transform: Matrix): void => {
    if (str.trim() === '') return;
    if (ctx.items.length >= ctx.budget) {
      ctx.overflow = true;
      return;
    }
    const [a, b, c, d, x, y] = transform as [number, number, number, number, number, number];
    ctx.items.push({ text: str, page: ctx.page, x, y, width, size: Math.max(Math.hypot(a, b), Math.hypot(c, d), 1) });
  };

  const flush = (): void => {
    if (!item.initialized) return;
    if (!item.vertical) item.totalWidth += item.width * item.textAdvanceScale;
    else item.totalHeight += item.height * item.textAdvanceScale;
    let text = item.str.join('');
    if (RTL.test(text)) throw new Unsupported('rtl-text');
    // pdfjs maps a run of U+FB05 (ﬅ) through a table that knows only the single character.
    if (text.includes('\ufb05')) throw new Unsupported('ligature-fb05');
    text = text.replace(NORMALIZE, (m: string) => m.normalize('NFKC'));
    push(text, Math.abs(item.totalWidth), item.transform as Matrix);
    item.initialized = false;
    item.str.length = 0;
  };

  const ensureItem = (): typeof item => {
    if (item.initialized) return item;
    item.fontName = textState.fontName;
    const trm = (item.transform = currentTransform());
    if (!font().vertical) {
      item.width = item.totalWidth = 0;
      item.height = item.totalHeight = Math.hypot(trm[2] as number, trm[3] as number);
      item.vertical = false;
    } else {
      item.width = item.totalWidth = Math.hypot(trm[0] as number, trm[1] as number);
      item.height = item.totalHeight = 0;
      item.vertical = true;
    }
    const scaleLineX = Math.hypot(textState.textLineMatrix[0] as number, textState.textLineMatrix[1] as number);
    const scaleCtmX = Math.hypot(textState.ctm[0] as number, textState.ctm[1] as number);
    item.textAdvanceScale = scaleCtmX * scaleLineX;
    const { fontSize } = textState;
    item.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    item.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    item.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    item.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    item.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    item.initialized = true;
    return item;
  };

  const updateAdvanceScale = (): void => {
    if (!item.initialized) return;
    const scaleLineX = Math.hypot(textState.textLineMatrix[0] as number, textState.textLineMatrix[1] as number);
    const scaleCtmX = Math.hypot(textState.ctm[0] as number, textState.ctm[1] as number);
    const scaleFactor = scaleCtmX * scaleLineX;
    if (scaleFactor === item.textAdvanceScale) return;
    if (!item.vertical) {
      item.totalWidth += item.width * item.textAdvanceScale;
      item.width = 0;
    } else {
      item.totalHeight += item.height * item.textAdvanceScale;
      item.height = 0;
    }
    item.textAdvanceScale = scaleFactor;
  };

  const appendEOL = (): void => {
    resetLastChars();
    if (item.initialized) flush();
  };

  // A whitespace item of pdfjs: blank, so the adapter drops it; only its effect on the item matters.
  const addFakeSpaces = (width: number, orientation: number): boolean => {
    if (orientation * item.spaceInFlowMin <= width && width <= orientation * item.spaceInFlowMax) {
      if (item.initialized) {
        resetLastChars();
        item.str.push(' ');
      }
      return false;
    }
    flush();
    resetLastChars();
    return true;
  };

  const applyInverseRotation = (x: number, y: number, m: Matrix): [number, number] => {
    const scale = Math.hypot(m[0] as number, m[1] as number);
    return [((m[0] as number) * x + (m[1] as number) * y) / scale, ((m[2] as number) * x + (m[3] as number) * y) / scale];
  };

  const compareWithLastPosition = (glyphWidth: number): boolean => {
    const ct = currentTransform();
    let posX = ct[4] as number;
    let posY = ct[5] as number;
    const [v0, v1, v2, v3] = ctx.viewBox as [number, number, number, number];
    if (font().vertical) {
      if (posX < v0 || posX > v2 || posY + glyphWidth < v1 || posY > v3) return false;
    } else if (posX + glyphWidth < v0 || posX > v2 || posY < v1 || posY > v3) return false;
    if (!item.prevTransform) return true;
    let lastPosX = item.prevTransform[4] as number;
    let lastPosY = item.prevTransform[5] as number;
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (ct[0] && ct[1] === 0 && ct[2] === 0) rotate = (ct[0] as number) > 0 ? 0 : 180;
    else if (ct[1] && ct[0] === 0 && ct[3] === 0) rotate = (ct[1] as number) > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = applyInverseRotation(posX, posY, ct);
        [lastPosX, lastPosY] = applyInverseRotation(lastPosX, lastPosY, item.prevTransform);
    }
    if (font().vertical) {
      const advanceY = (lastPosY - posY) / item.textAdvanceScale;
      const advanceX = posX - lastPosX;
      const orientation = Math.sign(item.height || item.totalHeight);
      if (advanceY < orientation * item.negativeSpaceMax) {
        if (Math.abs(advanceX) > 0.5 * item.width) {
          appendEOL();
          return true;
        }
        resetLastChars();
        flush();
        return true;
      }
      if (Math.abs(advanceX) > item.width) {
        appendEOL();
        return true;
      }
      if (advanceY <= orientation * item.notASpace) resetLastChars();
      if (advanceY <= orientation * item.trackingSpaceMin) {
        if (shouldAddWhitespace()) {
          resetLastChars();
          flush();
        } else item.height += advanceY;
      } else if (!addFakeSpaces(advanceY, orientation)) {
        if (item.str.length === 0) resetLastChars();
        else item.height += advanceY;
      }
      if (Math.abs(advanceX) > item.width * VERTICAL_SHIFT_RATIO) flush();
      return true;
    }
    const advanceX = (posX - lastPosX) / item.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(item.width || item.totalWidth);
    if (advanceX < orientation * item.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * item.height) {
        appendEOL();
        return true;
      }
      resetLastChars();
      flush();
      return true;
    }
    const textRiseDelta = textState.textRise - item.prevTextRise;
    const advanceYCorrected = textRiseDelta === 0 ? advanceY : advanceY - ((ct[3] as number) / textState.fontSize) * textRiseDelta;
    if (Math.abs(advanceYCorrected) > item.height) {
      appendEOL();
      return true;
    }
    if (advanceX <= orientation * item.notASpace) resetLastChars();
    if (advanceX <= orientation * item.trackingSpaceMin) {
      if (shouldAddWhitespace()) {
        resetLastChars();
        flush();
      } else item.width += advanceX;
    } else if (!addFakeSpaces(advanceX, orientation)) {
      if (item.str.length === 0) resetLastChars();
      else item.width += advanceX;
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT_RATIO) flush();
    return true;
  };

  const showText = (chars: string, extraSpacing: number): void => {
    if (
      currentTextState !== null &&
      currentTextState !== textState &&
      (currentTextState.fontSize !== textState.fontSize ||
        (currentTextState.fontName !== textState.fontName &&
          (currentTextState.font?.name !== textState.font?.name || currentTextState.font?.vertical !== textState.font?.vertical)))
    ) {
      flush();
      currentTextState = textState.clone();
    }
    const f = font();
    const baseCharSpacing = f.vertical ? -textState.charSpacing : textState.charSpacing;
    if (!chars) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) {
        if (!f.vertical) textState.translateTextMatrix(charSpacing * textState.textHScale, 0);
        else textState.translateTextMatrix(0, -charSpacing);
      }
      return;
    }
    const glyphs = f.glyphs(chars);
    const scale = (textState.fontMatrix[0] as number) * textState.fontSize;
    for (let i = 0, ii = glyphs.length; i < ii; i++) {
      const glyph = glyphs[i] as (typeof glyphs)[number];
      const category = categoryOf(glyph.unicode);
      if (category.isInvisibleFormatMark) continue;
      let charSpacing = baseCharSpacing + (i + 1 === ii ? extraSpacing : 0);
      // Vertical fonts: the glyph's vertical advance (negative: downwards).
      let scaledDim = glyph.width * scale;
      if (glyph.code === 0x20) charSpacing += textState.wordSpacing;
      if (category.isWhitespace) {
        if (!f.vertical) {
          charSpacing += scaledDim;
          textState.translateTextMatrix(charSpacing * textState.textHScale, 0);
        } else {
          charSpacing += -scaledDim;
          textState.translateTextMatrix(0, -charSpacing);
        }
        saveLastChar(' ');
        continue;
      }
      if (!category.isZeroWidthDiacritic && !compareWithLastPosition(scaledDim)) {
        if (!f.vertical) textState.translateTextMatrix(scaledDim * textState.textHScale, 0);
        else textState.translateTextMatrix(0, scaledDim);
        continue;
      }
      const chunk = ensureItem();
      if (category.isZeroWidthDiacritic) scaledDim = 0;
      if (!f.vertical) {
        scaledDim *= textState.textHScale;
        textState.translateTextMatrix(scaledDim, 0);
        chunk.width += scaledDim;
      } else {
        textState.translateTextMatrix(0, scaledDim);
        scaledDim = Math.abs(scaledDim);
        chunk.height += scaledDim;
      }
      if (scaledDim) {
        chunk.prevTransform = currentTransform();
        chunk.prevTextRise = textState.textRise;
      }
      if (saveLastChar(glyph.unicode)) chunk.str.push(' ');
      chunk.str.push(glyph.unicode);
      if (charSpacing) {
        if (!f.vertical) textState.translateTextMatrix(charSpacing * textState.textHScale, 0);
        else textState.translateTextMatrix(0, -charSpacing);
      }
    }
  };

  const fontResources = resources ? doc.lookup(resources, 'Font') : undefined;
  const setFont = (name: string): void => {
    const ref = isDict(fontResources) ? fontResources.get(name) : undefined;
    const key = ref !== undefined && isRef(ref) ? `${ref.num}R` : ref;
    if (key === undefined) throw new Unsupported('font:missing');
    let f = ctx.fonts.get(key as PdfValue);
    if (!f) {
      const dict = doc.resolve(ref);
      if (!isDict(dict)) throw new Unsupported('font:missing');
      f = loadFont(doc, dict);
      ctx.fonts.set(key as PdfValue, f);
    }
    textState.font = f;
    textState.fontMatrix = f.matrix.slice();
  };

  const requireFont = (): void => {
    if (!textState.font) throw new Unsupported('text-without-font');
  };

  const p = new Parser(data, 0, data.length, false);
  const args: PdfValue[] = [];
  const num = (k: number): number => {
    const v = args[args.length - k];
    if (typeof v !== 'number') throw new Unsupported('operand');
    return v;
  };
  for (;;) {
    if (ctx.overflow) return;
    p.skip();
    if (p.pos >= p.end) break;
    const v = p.value();
    if (!isOperator(v)) {
      args.push(v);
      continue;
    }
    currentTextState ??= textState.clone();
    const n = args.length;
    switch (v.op) {
      case 'q':
        stack.push(textState);
        textState = textState.clone();
        break;
      case 'Q': {
        const prev = stack.pop();
        if (prev) textState = prev;
        break;
      }
      case 'cm':
        if (n >= 6) textState.ctm = multiply(textState.ctm, [num(6), num(5), num(4), num(3), num(2), num(1)]);
        break;
      case 'BT':
        textState.textMatrix = IDENTITY.slice();
        textState.textLineMatrix = IDENTITY.slice();
        break;
      case 'Tf': {
        const nameArg = args[n - 2];
        const size = args[n - 1];
        if (n < 2 || !isName(nameArg) || typeof size !== 'number') throw new Unsupported('operand:Tf');
        if (textState.font && nameArg.name === textState.fontName && size === textState.fontSize) break;
        textState.fontName = nameArg.name;
        textState.fontSize = size;
        setFont(nameArg.name);
        break;
      }
      case 'Ts':
        if (n >= 1) textState.textRise = num(1);
        break;
      case 'Tz':
        if (n >= 1) textState.textHScale = num(1) / 100;
        break;
      case 'TL':
        if (n >= 1) textState.leading = num(1);
        break;
      case 'Td':
        if (n >= 2) {
          textState.translateTextLineMatrix(num(2), num(1));
          textState.textMatrix = textState.textLineMatrix.slice();
        }
        break;
      case 'TD':
        if (n >= 2) {
          textState.leading = -num(1);
          textState.translateTextLineMatrix(num(2), num(1));
          textState.textMatrix = textState.textLineMatrix.slice();
        }
        break;
      case 'T*':
        textState.carriageReturn();
        break;
      case 'Tm':
        if (n >= 6) {
          const m = [num(6), num(5), num(4), num(3), num(2), num(1)];
          textState.textMatrix = m.slice();
          textState.textLineMatrix = m.slice();
          updateAdvanceScale();
        }
        break;
      case 'Tc':
        if (n >= 1) textState.charSpacing = num(1);
        break;
      case 'Tw':
        if (n >= 1) textState.wordSpacing = num(1);
        break;
      case 'TJ': {
        const arr = args[n - 1];
        if (!Array.isArray(arr)) break;
        requireFont();
        const spaceFactor = ((font().vertical ? 1 : -1) * textState.fontSize) / 1000;
        let buffer = '';
        for (const el of arr) {
          if (typeof el === 'string') buffer += el;
          else if (typeof el === 'number' && el !== 0) {
            const str = buffer;
            buffer = '';
            showText(str, el * spaceFactor);
          }
        }
        if (buffer.length > 0) showText(buffer, 0);
        break;
      }
      case 'Tj': {
        const s = args[n - 1];
        if (typeof s !== 'string') break;
        requireFont();
        showText(s, 0);
        break;
      }
      case "'": {
        const s = args[n - 1];
        if (typeof s !== 'string') break;
        requireFont();
        textState.carriageReturn();
        showText(s, 0);
        break;
      }
      case '"': {
        const s = args[n - 1];
        if (n < 3 || typeof s !== 'string') break;
        requireFont();
        textState.wordSpacing = num(3);
        textState.charSpacing = num(2);
        textState.carriageReturn();
        showText(s, 0);
        break;
      }
      case 'Do': {
        flush();
        const nameArg = args[n - 1];
        if (!isName(nameArg)) throw new Unsupported('operand:Do');
        const xobjects = resources ? doc.lookup(resources, 'XObject') : undefined;
        const xobj = isDict(xobjects) ? doc.lookup(xobjects, nameArg.name) : undefined;
        if (!isStream(xobj)) throw new Unsupported('xobject:missing');
        const subtype = doc.lookup(xobj.dict, 'Subtype');
        if (!isName(subtype)) throw new Unsupported('xobject:subtype');
        if (subtype.name !== 'Form') break;
        if (seen.has(xobj)) throw new Unsupported('xobject:cycle');
        const inner = textState.clone();
        const matrix = doc.lookup(xobj.dict, 'Matrix');
        if (Array.isArray(matrix) && matrix.length === 6) {
          const m = matrix.map((x) => doc.resolve(x));
          if (m.every((x) => typeof x === 'number')) inner.ctm = multiply(inner.ctm, m as number[]);
        }
        const own = doc.lookup(xobj.dict, 'Resources');
        seen.add(xobj);
        runContent(ctx, doc.streamData(xobj), isDict(own) ? own : resources, inner, seen, depth + 1);
        seen.delete(xobj);
        break;
      }
      case 'gs': {
        const nameArg = args[n - 1];
        const states = resources ? doc.lookup(resources, 'ExtGState') : undefined;
        const gs = isDict(states) && isName(nameArg) ? doc.lookup(states, nameArg.name) : undefined;
        if (isDict(gs) && gs.has('Font')) throw new Unsupported('gs-font');
        break;
      }
      case 'BMC':
      case 'BDC':
      case 'EMC':
        flush();
        break;
      case 'BI':
        throw new Unsupported('inline-image');
      default:
        break;
    }
    args.length = 0;
  }
  flush();
}

export { TextState };
