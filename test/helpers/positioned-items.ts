import type { PositionedText } from 'zfxxgk-report';

/** One text item of 12 pt: the width of its characters (CJK and full-width digits one size, ASCII half). */
export function item(text: string, x: number, y: number, page = 1, size = 12): PositionedText {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? size : size / 2;
  return { text, page, x, y, width: w, size };
}

/** The non-empty lines of laid-out text, trimmed (page breaks left out). */
export const textLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== '\f');
