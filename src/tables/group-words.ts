/**
 * Words of table 三's group labels (`三、本年度办理结果`, `（三）不予公开`, …) as text prints them: a
 * group label spans the rows of its group in a narrow cell left of their labels, so its pieces
 * (`三、本年度` / `办理结果`, `不予公` / `开`) stand on the lines of those rows wherever the wrapping
 * puts them (the wrapped-label repair reads them as group text; in `pdftotext -layout` a line
 * starting with one is no row's label line).
 */
import { REGISTERED_VERSIONS } from '../template/registry.js';
import { table3Definition } from '../template/table3.js';
import { cleanLabel, cleanText } from './label-match.js';

/** The group labels of every version: their list marker (`三、`, `(三)`; empty where none) and their text cleaned. */
const GROUPS: readonly { marker: string; text: string }[] = [
  ...new Map(
    REGISTERED_VERSIONS.flatMap((v) => table3Definition(v).rows)
      .filter((r) => r.type === 'group')
      .map((r) => {
        const label = r.label.normalize('NFKC');
        const { numbering, clean } = cleanLabel(label);
        const marker = numbering ? label.slice(0, numbering.titleStart).replace(/\s+/g, '') : '';
        return [marker + clean, { marker, text: clean }] as const;
      }),
  ).values(),
];

/**
 * Whether a word is group label text for the wrapped-label repair: a part of a group label's text, or a
 * group's list marker followed by the start of that group's text (`三、`, `三、本年`, `(三)`).
 */
export function isGroupText(word: string): boolean {
  if (word === '') return false;
  return GROUPS.some(
    (g) => g.text.includes(word) || (g.marker !== '' && word.startsWith(g.marker) && g.text.startsWith(word.slice(g.marker.length))),
  );
}

/**
 * Whether a label's text (NFKC, spaces taken out) is a piece of a group label: {@link isGroupText}, or
 * a part of a group's text once cleaned of punctuation.
 */
export function isGroupPiece(text: string): boolean {
  const word = text.normalize('NFKC').replace(/\s+/g, '');
  const clean = cleanText(word);
  return isGroupText(word) || (clean !== '' && GROUPS.some((g) => g.text.includes(clean)));
}
