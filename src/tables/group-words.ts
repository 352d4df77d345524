/**
 * Words of table 三's group labels (`三、本年度办理结果`, `（三）不予公开`, …) as `pdftotext -layout`
 * prints them: a group label spans the rows of its group in a narrow cell left of their labels, so
 * its pieces (`三、本年度` / `办理结果`, `不予公` / `开`) stand on the lines of those rows wherever the
 * wrapping puts them, and a line starting with one is no row's label line.
 */
import { REGISTERED_VERSIONS } from '../template/registry.js';
import { table3Definition } from '../template/table3.js';
import { cleanLabel, cleanText } from './label-match.js';

/** The group labels of every version: their list marker (`三、`, `(三)`) and their text cleaned. */
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
 * Whether a label's text is a piece of a group label of table 三: a part of a group's text, or its
 * list marker followed by the start of that text (`三、`, `三、本年度`). Empty text is none.
 */
export function isGroupPiece(text: string): boolean {
  const word = text.normalize('NFKC').replace(/\s+/g, '');
  if (word === '') return false;
  const clean = cleanText(word);
  if (clean !== '' && GROUPS.some((g) => g.text.includes(clean))) return true;
  return GROUPS.some((g) => g.marker !== '' && word.startsWith(g.marker) && g.text.startsWith(cleanText(word.slice(g.marker.length))));
}
