// Checks that every character of TRADITIONAL_ONLY_CHARS is traditional-only according to opencc's
// dictionaries: it converts to something else, and is not itself a simplified character.
// Usage: node scripts/check-traditional-chars.mjs
import { readFileSync } from 'node:fs';
import TS from 'opencc-js/dict/TSCharacters';
import ST from 'opencc-js/dict/STCharacters';

const src = readFileSync(new URL('../src/normalize/traditional-chars.ts', import.meta.url), 'utf8');
const cand = /TRADITIONAL_ONLY_CHARS =\s*'([^']+)'/.exec(src)[1];
const ts = new Map(TS.split('|').map((p) => p.split(' ')));
const simpKeys = new Set(ST.split('|').map((p) => p.split(' ')[0]));
const simpVals = new Set([...ts.values()].flatMap((v) => [...v]));
const bad = [...new Set(cand)].filter((c) => {
  const s = ts.get(c);
  return !(s && s[0] !== c && !simpKeys.has(c) && !simpVals.has(c));
});
if (bad.length) {
  console.error('not traditional-only:', bad.join(''));
  process.exit(1);
}
console.log(`ok: ${new Set(cand).size} traditional-only characters`);
