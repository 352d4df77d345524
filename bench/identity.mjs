// Whether a speed change left every reading the same: the full JSON of parseReport's result (report and
// diagnostics) from this checkout's dist/ against another build's dist/, both imported into one process, on
// every text of the committed gauntlet (test/gauntlet/*/*.txt) and of the probe seeds given
// (scratch/gauntlet-probe/seed-N/p*/*.txt). Inputs are read in one order with both builds, so a memo kept
// across parses answers the same later documents in each. Exit code 1 and the paths where they differ.
//   node bench/identity.mjs --against-dist=DIR [--seeds="400-411 415"] [--probe=DIR]
// (DIR: a copy of another build's dist/ inside a package with "type": "module", e.g. a checkout at the base
// commit, built.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const against = arg('against-dist');
if (!against) {
  console.error('usage: node bench/identity.mjs --against-dist=DIR [--seeds="400-411"] [--probe=DIR]');
  process.exit(2);
}
const probe = resolve(arg('probe') ?? join(root, 'scratch', 'gauntlet-probe'));
/** Seed numbers of "400-411 415". */
const seeds = (arg('seeds') ?? '')
  .split(/[\s,]+/)
  .filter(Boolean)
  .flatMap((part) => {
    const [from, to] = part.split('-').map(Number);
    return Array.from({ length: (to ?? from) - from + 1 }, (_, k) => from + k);
  });

/** The .txt files of the report folders under `dir` (each with its truth.json), in a fixed order. */
function textsUnder(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const d of readdirSync(dir).sort()) {
    const folder = join(dir, d);
    if (!existsSync(join(folder, 'truth.json'))) continue;
    for (const f of readdirSync(folder).sort()) if (f.endsWith('.txt')) out.push(join(folder, f));
  }
  return out;
}

const files = [...textsUnder(join(root, 'test', 'gauntlet')), ...seeds.flatMap((s) => textsUnder(join(probe, `seed-${s}`)))];
const A = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const B = await import(pathToFileURL(join(resolve(against), 'index.js')).href);
let differ = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  if (JSON.stringify(A.parseReport(text)) === JSON.stringify(B.parseReport(text))) continue;
  differ++;
  console.log(`differs: ${f}`);
}
console.log(`${files.length - differ} of ${files.length} texts identical (gauntlet and ${seeds.length} probe seeds)`);
process.exit(differ > 0 ? 1 : 0);
