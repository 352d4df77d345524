/**
 * The list numbers the template gives table 三's numbered rows (`1.属于国家秘密`, `3.其他`), for the
 * tokenizer's reading of glued text: where a digit run ends right before `N.` and a row label
 * (`…12３．属于…`), the last digit is read as the next label's list number only where the template
 * numbers that label so. Otherwise the end of the run is not proven (the document numbers its rows
 * its own way, or with two digits: the run's last digits may be the list number's).
 */
import { REGISTERED_VERSIONS } from '../template/registry.js';
import { table3Definition } from '../template/table3.js';

/** Characters of a label's text compared with the text after a list number (short labels: all). */
const LABEL_PREFIX = 3;

/** A template label with its list number (`1.属于国家秘密` → 1, `属于国`). */
interface NumberedLabel {
  readonly number: number;
  readonly prefix: string;
}

let numbered: NumberedLabel[] | null = null;

function numberedLabels(): readonly NumberedLabel[] {
  if (numbered) return numbered;
  const out: NumberedLabel[] = [];
  for (const v of REGISTERED_VERSIONS)
    for (const row of table3Definition(v).rows) {
      const m = /^(\d{1,2})[.、]/.exec(row.label.normalize('NFKC'));
      if (!m) continue;
      const prefix = row.label.normalize('NFKC').slice(m[0].length, m[0].length + LABEL_PREFIX);
      if (!out.some((l) => l.number === Number(m[1]) && l.prefix === prefix)) out.push({ number: Number(m[1]), prefix });
    }
  numbered = out;
  return out;
}

/**
 * How `digit`, read as the list number of the label that `text` starts, stands to the template:
 * `fits` where a numbered label of the template starts `text` with that number, `differs` where
 * such labels start it with other numbers only, `unknown` where none does.
 */
export function listNumberFit(digit: number, text: string): 'fits' | 'differs' | 'unknown' {
  let seen = false;
  for (const l of numberedLabels()) {
    if (!text.startsWith(l.prefix)) continue;
    if (l.number === digit) return 'fits';
    seen = true;
  }
  return seen ? 'differs' : 'unknown';
}
