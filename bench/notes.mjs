// Prose of docs/performance.md that the numbers do not write: where the time goes, the gaps, reliability.

/** Where the time goes, and the remaining gaps. */
export const GAPS = `- **Simplified text (24–28 MB/s against 30 MB/s, varying with the load of this shared machine; side by side with the code at the start of this work, within ±2 %).** Profiled with \`node --cpu-prof\` and fixed where it paid: the
  regexes that began with a lookbehind (pinyin, spaces between Chinese characters, quotes) now begin with their literal, so
  the engine scans for it instead of testing a lookbehind at every position; long texts are cleaned by a loop instead of a
  regex replace; label matches are cached; classification tests the text as it stands before cleaning a copy and stops at
  the first table signature; a pre-check (a necessary condition of the heading-marker grammar, property-tested against it)
  keeps value lines and sentences out of that grammar; the line grammar is \`many\` over one token per line instead of
  \`sepBy\` over line and newline tokens (together 0.54 → 0.33–0.36 ms per report). What is left is spread out: table 三
  (~17 %), the line grammar with cell splitting (~16 %), tokenising the table regions (~11 %), normalisation passes (~9 %),
  the outline (~9 %), table 二 (~8 %), garbage collection (~7 %). The fixed cost per report (200 cells with locations, ~60
  diagnostics, the outline) dominates small inputs. Next steps: build cell locations lazily and tokenise each table region
  once for all its readers.
- **HTML (about 12 MB/s against 15 MB/s).** parse5 builds the whole DOM with source locations (~45 % of the time); our walk
  of the DOM is ~8 % and parsing the text it yields ~34 %. Reaching 15 MB/s needs parse5's SAX parser (no tree) or a
  cheaper DOM walk; not done.
- **Import and first parse (52–70 ms against 50 ms, varying with the load of this shared machine; the code as it was at the start of this work measures the same side by side).** Timed inside a fresh process from before the import (Node's own start
  is not included). Imported alone on this machine: parse5 ~21 ms, parsimmon ~10 ms, the opencc core and dictionary modules
  ~10–14 ms (the dictionaries are only built into tries for traditional input), our own chunk ~3 ms; the first parse ~2–4 ms.
  A CPU profile of \`import('parse5')\` is module loading (reading, resolving and compiling its many ES modules), and
  parsimmon's cost is Node scanning a UMD file for CommonJS exports. Measured: compiling parse5 (with entities) and
  parsimmon into our chunks (tsup \`noExternal\`) brings import and first parse from ~48 to ~28 ms, but the package grows
  from 630 kB to 1.2 MB packed (2.6 → 5.8 MB unpacked: three inlined copies, ESM, CJS and the CLI, with source maps) and
  the two libraries would be vendored (no deduplication, their fixes only through our releases); not done. Other ways, not
  done: parse5 only for HTML (an HTML adapter passed in, or an asynchronous HTML path), the CLI importing the library chunks
  instead of its own copy.
- **Bundle budgets.** Measured without the dependencies (the last two rows of the table), \`parseReport\` is about 27.5 kB of
  our own code and about 32.5 kB with parsimmon: a text-only entry without parse5 and opencc would still miss the 20 kB budget,
  and our own code is more than twice the 12 kB budget. The size is mostly the diagnostic messages in two languages (the
  largest module), template data (labels, aliases, keywords of both versions) and the table readers. The English
  descriptions of the diagnostic codes and of the rules are kept apart from what checking reads, so only
  \`DIAGNOSTIC_CODES\` and \`rules\` pull them in (−1 kB for parsing, −1.1 kB for validation). Reading converter damage
  (floating labels and cells, displaced values, table 四 out of order with the prose claims) added about 3 kB. Ways to the budgets, not done: the English messages in
  their own entry, template data shared in a compact form, a text-only entry.
- Scaling is linear: the per-character cost stays within a factor of 1.5 from 10 K to 10 M characters (the larger inputs
  repeat the report, so they also produce more sections and diagnostics).`;

/** The reliability section (tests in CI). */
export const RELIABILITY = `## Reliability (tests in CI: \`test/reliability.test.ts\`)

- Hostile inputs finish without throwing and in time: empty input, 1 MB on one line, binary bytes, control characters,
  HTML nested 10,000 levels, unbalanced markup, a table of 100,000 rows, a run of 5,000 digits, 50 MB of text.
- Linear time: the per-byte cost of 64 reports is within 3× of that of 4 reports; the same for HTML.
- Every regular expression in \`src/\` is checked with recheck for catastrophic backtracking: the literals, read with
  the TypeScript parser, and the patterns built with \`new RegExp\` from template data when the modules load (caught by
  a proxy on \`RegExp\`). Patterns whose every repetition is bounded (\`{0,8}\`, no \`*\` or \`+\`) read a constant
  number of characters per start position and pass by that rule. The check found two real problems, both fixed: the
  pinyin pattern backtracked quadratically on a long run of combining marks, and the narrative patterns re-read an
  unbounded digit run once per split of their two optional gaps.
- A fast-check property renders random consistent reports of both versions in nine layouts (pipes, Markdown, HTML,
  space-aligned, cell per line, blank-line separated, converter Markdown, plain pdftotext, crawler), mangles them (lines
  deleted, duplicated, swapped, truncated, random characters inserted) and asserts that \`parseReport\` never throws and
  that every stated table-三/四 value is either the original or caught by validation (a failing or uncertain check on
  its cell). Known limit: table 二 has no arithmetic, so a duplicated line plus a lost one inside a table-二 row reads as
  a real row; the property leaves table 二 out for that reason. Likewise two lines swapped inside one row of the
  cell-per-line layout exchange two values of that row and leave a consistent report that says so; the property accepts
  such a row when its values are the original ones in another order. And table 四 is one row of fifteen: a value line
  garbled into text plus a duplicated one keep the count and shift the values after them by one cell; a shifted group may
  still add up, but the groups the shift crosses fail, so the property accepts a table-四 cell when a table-四 check fails.
  Runs of 20,000 (\`PROP_RUNS=20000\`) pass.
`;
