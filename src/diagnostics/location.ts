/**
 * A place in the original input.
 *
 * `start`/`end` are offsets in UTF-16 code units into the string given to `parseReport`
 * (end exclusive), so `input.slice(start, end)` is the source text. `line` and `column`
 * are 1-based and describe `start`; columns count UTF-16 code units.
 */
export interface SourceLocation {
  /** Offset of the first code unit. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`. */
  column: number;
  /** PDF input only: 1-based page of the text item. */
  page?: number;
  /** PDF input only: x of the text item on its page, in PDF points from the left. */
  x?: number;
  /** PDF input only: y of the text item's baseline, in PDF points from the bottom. */
  y?: number;
}

/**
 * Turns offsets into 1-based line/column pairs with a binary search over line starts.
 * Built once per input; the line-start index is computed on first use.
 */
export class LineCounter {
  private starts: number[] | null = null;

  /** @param text - the text offsets refer to. */
  constructor(private readonly text: string) {}

  /** Line and column (both 1-based) of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  /** A full {@link SourceLocation} for an offset range. */
  location(start: number, end: number): SourceLocation {
    const { line, column } = this.position(start);
    return { start, end, line, column };
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}
