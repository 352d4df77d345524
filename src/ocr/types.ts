/**
 * What an OCR engine hands the core: pages of positioned text boxes. Engine-neutral, so
 * `parseOcr` reads the output of any OCR engine (ours in `zfxxgk-report/ocr`, PaddleOCR,
 * Tesseract, a cloud service) once it is put in this shape.
 */

/** One recognised text box, in image pixels (origin at the top left, y pointing down). */
export interface OcrBox {
  /** The text recognised in the box. */
  text: string;
  /** Left edge. */
  x0: number;
  /** Top edge. */
  y0: number;
  /** Right edge. */
  x1: number;
  /** Bottom edge. */
  y1: number;
  /**
   * Recognition confidence in [0, 1]: the engine's certainty of the box's least certain
   * character is best (a box's mean hides one doubtful digit). Absent: treated as certain.
   */
  confidence?: number;
}

/** One page of OCR output. */
export interface OcrPage {
  /** Page width in pixels. */
  width: number;
  /** Page height in pixels. */
  height: number;
  /** The boxes of the page, in any order. */
  boxes: OcrBox[];
}
