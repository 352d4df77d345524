// Writes dist/THIRD-PARTY-LICENSES.txt after the build: the licence texts of the packages tsup compiles
// into our chunks (BUNDLED_DEPENDENCIES in tsup.config.ts), as their licences ask of copies.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** Each bundled package's folder (entities as parse5 resolves it: its own copy when the root one is another major). */
const nested = (parent, name) =>
  [join(root, 'node_modules', parent, 'node_modules', name), join(root, 'node_modules', name)].find((d) => existsSync(d));
const BUNDLED = [
  join(root, 'node_modules', 'parsimmon'),
  join(root, 'node_modules', 'parse5'),
  nested('parse5', 'entities'),
  join(root, 'node_modules', 'opencc-js'),
  join(root, 'node_modules', 'fflate'),
];

const parts = BUNDLED.map((dir) => {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const files = readdirSync(dir).filter((f) => /^(licen[sc]e|third_party_licenses)/i.test(f) && statSync(join(dir, f)).isFile());
  const text = files.length > 0 ? files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n') : `License: ${pkg.license}`;
  return `${pkg.name} ${pkg.version} (${pkg.license})\n${'-'.repeat(40)}\n${text}\n`;
});
writeFileSync(
  join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'),
  `zfxxgk-report compiles the following packages into its build (dist/).\n\n${parts.join('\n')}`,
);
