// Prose of docs/performance.md that the numbers do not write: where the time goes, the gaps, reliability.

/** Where the time goes, and the remaining gaps. */
export const GAPS = `- **Three searches that walked what they could count, and the CLI without inlining (issue 16, perf7 round,
  2026-12-06).** Warm profiles of the plain, \`-layout\` and one-line texts of probe seeds 1, 130, 140 (not only the
  gauntlet's) showed the wrapped-pieces walk (\`repairs/wrapped-pieces.ts\`) at ~15 % of a plain parse (its worst
  text, seed 130 p07 chromium-hf, two thirds): two thirds of the ways it walked ended at a trail piece given a cell
  it makes no join with, and made nothing. It now counts the ways under such a piece (\`trailWaysCounter\`, memoized
  per side, tested against the walk) and adds them to its tries, so the budget of 40,000 runs out at the same way;
  which cells a piece fits are bytes, not a sparse array of booleans. The moved-run search (\`repairs/moved-run.ts\`)
  judged every row between a run's place and where it is printed anew for each of up to 60,000 readings; such a
  row reads the cells the run's length before its own whatever the run, so it is judged once per length (tested
  against the definition on 300 random streams). The equation-unkept check walks its bits over a wide range of
  sums only where that is less work than a set of the few sums (both exact). Output byte-identical: full JSON of
  \`parseReport\` on 814 inputs (the gauntlet's texts and pages, probe seeds 1, 130, 140, 260, 300), the 56 probe
  seeds' totals identical to main's, the committed gauntlet unchanged. Main-thread CPU, A/B in one process against
  main's \`dist/\` (load ~8, five rounds, both import orders): plain texts of seeds 1, 130, 140, 260 (186 texts)
  1.12× / 1.05×, \`-layout\` 1.05× / 1.04×, one-line and glued 0.97×–1.01×; the gauntlet's groups (\`bench/ab.mjs
  --main-thread\`, 9 rounds) 0.98–1.11×: the searches cut run on few of its texts. Per text (medians of 7): seed 130
  p07 chromium-hf plain 87 → 50 ms, seed 1 p03 chromium plain 21 → 18 ms. **The CLI sets \`--no-turbo-inlining\`**
  (\`v8.setFlagsFromString\` in its main thread before any parse; not where the user names \`turbo-inlining\` in
  \`node\`'s options or \`NODE_OPTIONS\`). \`zfxxgk parse --jobs 1\` over a folder, the two alternating (load 7–16):
  240 probe texts 7.2–8.8 → 5.0–6.8 s CPU (wall 5.0–19.8 → 3.4–15.7 s), the same four times over (960 files) 20 → 14 s
  CPU and 29–36 → 17–20 s wall, 24 PDFs 1.6 → 1.4 s CPU, 36 HTML pages and Word files 1.9 → 1.5 s; one file 0.18 s
  either way; the default \`--jobs\` the same; output byte-identical in every run. The library sets no flag (a
  process-wide choice belongs to the application). **Left:** the wrapped-pieces walk still tries every way of
  the lead pieces (up to 7 × 6 × 5 × 4 × 3 of them) before any join is judged; pruning by the row sum would need the
  count of the ways skipped (lead ways × trail ways, both countable) and a bound on the joins' values, a change
  to the search's reading of \`mayHold\` that was not made in this round.
- **Where a batch's CPU time goes besides the parse: V8's optimizing compiler (issue 16, perf6 round, 2026-12-06).**
  The bench times the process's CPU, helper threads included. \`bench/threads.mjs\` splits it by thread (schedstat):
  the gauntlet's 28 Chromium and LibreOffice plain texts parsed round after round in one process (load ~12), the
  helper threads spent 4,500 ms against the main thread's 2,520 in 10 rounds and 8,670 against 6,910 in 40 (rounds
  30–40: ~150 ms a round on the main thread, 40–430 on the others); 0.1.0 on the same texts 790 against 570 in 10
  rounds. Eight text layouts of the gauntlet, 12 rounds: 7,878 / 7,931 against 4,520 / 4,566. A \`perf\` profile
  of 15 rounds of the 42 plain texts: TurboFan compiling 7,113 samples, the main thread 4,676, the collector's
  threads 132. \`--trace-opt\`: ~1,400 optimizing compiles of ~900 functions in 40 rounds, new ones up to the last
  round (functions that become hot late, and \`wrong map\` deopts, as counted in the perf3 round); the costliest by
  \`--turbo-stats\` \`decideOrderedValues\` (2–5 compiles, escape analysis about half of each), table 三's
  \`readReading\`, \`decideWrappedPieces\`, \`segmentRows\`; escape analysis 14 % of all TurboFan time, lowering and
  block building 42 %. With \`--no-turbo-inlining\` the helper threads spent 4,080 / 4,160 ms against 6,570 / 6,250
  (seven layouts, 8 rounds) and the main thread the same (3,360 / 3,530 against 3,470 / 3,510): on these texts
  inlining does not pay for its compiling. So in-process ratios in CPU time against 0.1.0 count a compile cost
  that an idle machine with a free core runs beside the parse (it is not waited for), and that a batch of new
  documents pays well past its first rounds. \`bench/ab.mjs --main-thread\` times the main thread alone. **Cut**
  (output identical: full JSON of \`parseReport\` against main's build on 550 inputs for each step, the gauntlet's
  texts and pages and three probe seeds; the 44 probe seeds' totals and silent cells identical to main's): the
  chain of anchors and the search over the gaps' cuttings of \`decideOrderedValues\` and one side's joins of
  \`decideWrappedPieces\` are functions of their own, not closures (the largest compile zone of
  \`decideWrappedPieces\` 6.7 → 4.5 MB, of \`decideOrderedValues\` 10.4 → 8.7 MB; times of single compiles moved
  2× with the load and are not given); \`ShortenedLabels.mayEndWith\` (~9,000 calls a round of 14 plain texts)
  reads its characters' row masks from typed-array pages instead of a \`Map\`. Instructions (cachegrind,
  \`--single-threaded --predictable\` so the compiler runs on the main thread, ASLR off; start-up, compiling and
  four rounds of the 28 plain texts; runs of one build differ by up to 0.5 %): main 17,425 / 17,332 M, the three
  changes 17,119 / 17,154 M (−1.0 to −1.8 %; without the wrapped pieces' 17,177 / 17,266). CPU time
  (\`threads.mjs\`, 12 rounds of eight layouts, two runs each): main thread 4,520 / 4,566 → 4,541 / 4,302 ms,
  helper threads 7,878 / 7,931 → 7,837 / 7,133: within this machine's noise. \`ab.mjs --only=plain\` against a
  copy of main's \`dist/\` (9 rounds): main thread 1.03× / 1.01× (\`--swap\`), 176–192 ms a pass of the 42
  texts; a run of the same timing the process read 452–496 ms a pass (0.95×): after three warm passes the helper
  threads still spent more than the parse in every round. **Left:** table 三's \`readReading\` (~430 lines, a
  dozen closures) is the next-largest compile; splitting it moves the core of the reader that other work edits, left for a round that owns
  \`tables/table3.ts\`. A flag set by the CLI for its own process (\`v8.setFlagsFromString('--no-turbo-inlining')\`,
  or a smaller \`--max-inlined-bytecode-size-cumulative\`) would cut the helper threads' CPU by about a third at no
  cost to the main thread on these texts: a process-wide decision, made for the CLI in the perf7 round (above).
- **Values of one kind in the block-order search; cold start checked again (issue 16, perf3 round, 2026-12-05; no
  change kept).**
  Deoptimizations, counted (\`--trace-deopt\`, the gauntlet's 42 plain texts, 2 / 12 rounds: 95 / 206 eager): about 11
  a round once warm, spread over ~40 functions, none more often than once in two rounds (\`place\` of the block-order
  search, its \`keyOf\` and \`sideSum\`, the interleaved-rows split's \`walk\`, table 三's \`applicantSum\`,
  \`integerSums\`), nearly all \`wrong map\` on an array whose elements kind differs between calls (small integers,
  doubles, numbers mixed with \`'blank'\` and \`null\`: three kinds of array for one reader). The lazy deopts counted
  in the perf2 round (\`walk\` 34) are the frames of one recursive walk on the stack when its code is thrown away, not
  separate events; the cut-stream \`walk\` deoptimized once in twelve rounds. **Tried, not kept:** the block-order search (\`searchOrders\`) holding the cells it tries, the blocks' values and its
  compiled equations in typed arrays (a kind and a number per cell), walking in one object of one shape instead of
  closures and mixed arrays made per search. Decisions and budget spending identical (a property test against the
  search as it was, 6,000 random tables); full JSON of \`parseReport\` byte-identical on 2,590 inputs and 140
  traditional texts. Instructions a round of the 42 plain texts (cachegrind, two rounds): 3,519–3,524 M (main, three
  runs) → 3,406 M (−3.3 %; an A/A of two copies of main read −0.4 %); one search object per table, reset per row,
  3,418 M. In-process A/B (\`bench/ab.mjs --only=plain\`, load ~12–14): 1.14× / 1.18× with \`--swap\` on the first
  version, 1.00× / 1.00× on the last. Not merged: no gain that shows in CPU time, for a bundle 0.44 kB larger
  (parseReport 137.73 → 138.17 kB, the playground's initial chunk over its budget) and a reference copy of the old
  search kept for the proof (branch \`perf3-kept\`, if a later round wants it). **Cold start** (fresh processes alternating, CPU, medians,
  load 3–4): import 29.6–31.5 ms, import + first parse 65.7–68.1 ms; this build 30.9–31.5 / 67.5–69.0 ms against
  main's 30.6–31.0 / 67.3–68.4 in the same runs (load ~12): unchanged, as expected. The opencc converter is already
  built on the first text with traditional characters (\`normalize/opencc.ts\`: its tables and trie on first call; a
  simplified text runs only the traditional-character count), so nothing was left to make lazy there. What opencc
  still costs a simplified parse is its 84 kB of dictionary strings in \`core.js\` (14 % of the file): a copy of the
  core with them emptied read import 29.6 → 28.6 ms, import + first parse 65.7 → 64.4 ms (~1 ms). Loading them from a
  file of their own under Node (a synchronous \`createRequire\` of a \`.cjs\` beside \`core.js\`) would save that, but
  a user's bundler that takes the \`node\` condition (esbuild \`--platform=node\`) cannot follow such a load, and
  traditional text would then fail at run time: not done. Split by \`vm.SourceTextModule\`: compiling the core ~18 ms,
  evaluating it ~10 ms (table 三's label candidates through the label cleaner and the heading grammar the largest part,
  used by the first parse anyway), the first parse ~37 ms. A lead not tried: V8 pre-parses every function at import
  and parses in full again those a parse calls; functions wrapped in parentheses are compiled at once (V8's PIFE
  heuristic), which would save the pre-parse of the ~170 kB a text parse calls, but needs a build step that keeps
  function hoisting intact (Node 20's V8 has no compile-hints comment).
- **Repairs' preconditions, the block-order search and cold start, measured (issue 16, perf2 round, 2026-12-05; no
  change kept).** Counted per round (a build with counters; the gauntlet's texts): the block-order search
  (\`repairs/block-order.ts\`) runs 573 times over the 42 plain texts, 67,474 steps: 31 searches run their table's
  budget out (29–2,305 steps each, ~40,300 together: six in ten of all steps; mostly rows of seven lone numbers judged
  only by their own row sum, at their last cell, so no order is cut short before its last block, and table 四's fifteen
  cells judged by its group sums); 360 start with the budget spent, 167 find other orders, 13 confirm, 2 find the
  stated order failing; on \`-layout\` 7 searches of 24 steps, none on one-line or clipboard text. No cheap test was
  found that tells an exhausting search in advance with the same result: whether the budget or the cap of 256 passing
  arrangements stops the walk first depends on the arrangements that pass before that point, which depend on the
  values (seven lone numbers: the orders putting half the row's sum in the total column), and the outcome differs
  (\`exhausted\` flags every cell; \`other-orders\` leaves the total cell confirmed). An analytic decision (the
  passing arrangements of a row judged by its own sum alone are known without the walk) would flag one cell fewer per
  such row and leave the budget to the rows after it: a reading decision, not made. Instructions (cachegrind
  \`--predictable\`, the plain texts; totals of start-up, two warm rounds and one measured round, which repeat within
  0.2 % for one build, while their split between warm and measured rounds does not): 17,594 / 17,593 M; the walk
  hoisted out of its per-search closures (a property test against the old walk gave the same decisions and the same
  spending) 17,528 M (−0.4 %: not kept). With parts of the check taken out (reports otherwise identical): without its
  warnings 17,506 M, without the walk 17,500 M, without the undecided rows' candidates 17,343 M, without the search's
  set-up and walk 16,800 M, without the whole check 16,206 / 16,175 M (−8 %). So about 4 % of these counts goes to
  \`searchOrders\` beyond what its statements do: most likely V8 compiling it again and again (six rounds of the plain
  texts with \`--trace-opt --trace-deopt\`: \`place\` compiled 8 times and deoptimized 18, and the cut-stream search's
  \`walk\` 8 and 34; valgrind counts the compiler on the main thread under \`--predictable\`; in production it runs on
  a helper thread and still costs CPU time). Keeping the values these searches see of one kind (numbers and
  \`'blank'\` in one array, placements and tokens of one shape) is the lead to follow, an identity-preserving change
  not tried in this round. Wrapped labels (\`repairs/wrapped-labels.ts\`), per round: runs of numbers after a label /
  searched (not one exact label of one word) / last piece before the numbers an exact label / joined: plain 1,251 /
  760 / 265 / 104, \`-layout\` 1,301 / 846 / 378 / 234, one line 433 / 182 / 126 / 0, clipboard 434 / 171 / 115 / 0,
  innerText 434 / 108 / 52 / 0. A run whose every piece before the numbers (and every last word of their lines) is an
  exact label cannot be joined (each reading stops at an exact piece; read from the code), but that holds for 0–2 runs
  a round; where only the last piece is exact, the trimmed reading (the piece next to the numbers without 1–4 leading
  characters, joined to whole pieces before it) can still make a label, and ruling it out is the decision noted above.
  The settled shortcut for orders other than \`after\`: a table read \`before\` or either way has its numbers on lines
  before its labels' own, so \`settledRows\` (cells on the label's line or one a line after it) can never hold for it;
  extending it needs another test of what "settled" means. Cold start (\`dist/esm-node/core.js\`, 612 KB; sampled at
  25–50 µs in a fresh process): compiling the module ~25 ms, evaluating it ~16 ms (table 三's label candidates run the
  label cleaner and the heading grammar for the first time: 3–4 ms, which the first parse pays anyway; lazy
  construction moves such costs, it does not remove them), the first parse of a simplified report ~36 ms, mostly first
  calls being compiled. The core's makeup by source (via its source map): tables 145 KB, opencc-js 84 KB (dictionaries
  a simplified report never reads), repairs 82 KB, diagnostics 49 KB, validate 42 KB, generated 25 KB, template and
  adapters 24 KB each; loading opencc's dictionaries only for traditional text (a separate chunk, a synchronous load
  under Node) is the one large piece to take out of the cold path. Measuring: a copy of \`dist/\` outside the package
  (\`bench/ab.mjs --against-dist\`, \`bench/instructions.mjs\`) has no \`"type": "module"\` above it, and Node 20.19
  then parses \`core.js\` twice on import to detect its format (~30 ms): give such copies a \`package.json\` with
  \`{"type":"module"}\` before comparing cold starts.
- **Where the text layouts spend, and what was cut (issue 16, perf round, 2026-12-05).** Warm sampled profiles
  (\`inspector\` started after three rounds, 200 µs) of the gauntlet's texts and our pipe text, by stage of a parse:
  table 三's reading and repairs 14 % (pipe text) to 28–40 % (\`-layout\`, plain, one-line, glued), its ownership
  decision (wrapped-label joins, deals) 4–15 %, table 二 10–24 %, table 四 4–13 %, tokenizing 6–20 %, and the front
  end (normalising, lines and one-line pieces, outline, locating the tables) 10–25 %. Calls per parse repeat no
  whole pass (\`tokenize\` 3–3.4, table 三 and each repair once, \`segmentRows\` 4–8); no function holds more than ~3
  % self outside garbage collection. Cut, output byte-identical (full JSON of \`parseReport\` against main's build
  on the gauntlet's 154 texts and pages, probe seeds 1, 130, 140, 203 and the test fixtures, 737 inputs; the
  gauntlet and the 24 standard seeds' figures unchanged): the equation-unkept check built each side's reachable sums
  in a set, ~380,000 insertions a round of the 42 plain texts and ~6 % of a plain parse (now bits over the sums'
  range where every option is an integer, a set otherwise: ~1.5 %), and read every cell of a table with no ambiguous
  cell (~4 % of pipe text, now a walk that finds none); \`cellAt\` hashed a path cut out of each address anew
  (cached by the address); table 三 read as a stream placed an address anew for every reading its four searches
  tried; the block-order search copied every arrangement it reached again; locating tables 三 and 四 compacted every
  line it passed. Instructions executed (cachegrind, \`node --predictable\`, start-up and two warm rounds
  subtracted; a run repeated reads within 0.01 %): pipe text 67.6 → 59.9 M a round (−11 %, ten rounds); the
  gauntlet's 42 plain texts 3,252 → 3,066 M (−6 %, the fourth and fifth rounds; −3 % in the third); its 42
  \`-layout\` texts 2,941 → 2,920 M (−1 %, one round); its 14 one-line texts 517 → 531 M (+3 %, the fourth to sixth
  rounds; +1 % in the third) in these builds, 546 → 527 M (−3 %) in single-file bundles of the same sources: the
  noise between two builds. CPU time, A/B in one process at loads of 4–13 against a copy of main's \`dist/\`
  (\`bench/ab.mjs\`, 15 rounds, each import order once): plain 1.32× / 1.11×, \`-layout\` 1.13× / 1.14×, glued 1.17×
  / 1.14×, clipboard 1.25× / 1.02×, the others 0.69–1.22× (noise). What would need a decision (left alone): the
  wrapped-label joins (\`repairs/wrapped-labels.ts\`) try every row whose label piece has a group label's piece
  before it, by reading each way and trimming the piece next to the numbers by a few characters even where it is an
  exact row label (4–6 % of a parse in every text layout); in pipe text that search runs before the rule that a
  label in the numbers' pipe row owns them; and a table whose rows read whole but whose ownership was decided
  otherwise than \`after\` runs every repair (\`settled\` asks \`ordinary\`). The 3×/4× targets need fewer readings
  (which is a decision), not cheaper steps.
- **Glued text and cold start (issue 16, cold round, 2026-12-05).** Glued text: a warm profile of the
  gauntlet's 14 glued texts put table 四's vanished-blank readings at ~15 % (each stretch of the run re-read its
  numbers into a fresh table once per count of numbers and kind of total: 7–9 times), \`chosen.flat()\` per
  combination ~5 %, the combination search's class vectors (\`flat\` + \`Float64Array.from\`) ~4 %, and garbage
  collection ~11 %. Now the numbers of a run are read once for all its stretches, flat copies and slices are
  loops, and every budget is spent by the same calls in the same order (so no search runs out elsewhere; pruning
  was left alone for the reason below). Output byte-identical (full JSON of \`parseReport\`, main's build against
  this one, on 3,090 inputs and on 2,694 more with the final build). Instructions (cachegrind \`--predictable\`, three warm rounds): glued 3,388 → 2,966 M,
  the same reports as pipe text 1,417 → 1,412 M, so per KB glued/pipe 2.58 → 2.26 in instructions; allocation
  58 → 34 MB a round. In CPU time the ratio reads higher than in instructions: separate processes alternating
  (15 warm rounds, medians per text, load ~16) main 4.6× (glued 115 ms a round) against 3.6× (81–88 ms); the
  bench's \`--only=glued\` read 3.8–4.3× in two runs at loads of 13–24 (0.1.0's own ratio moved 14.6 → 20.5× between
  them): the glued readings allocate and miss caches more than pipe text. The ≤ 3× target is not met in time. **Cold start**,
  measured in instructions (deterministic with \`--hash-seed=1 --random-seed=1\`: two runs 2 apart): Node's start
  575 M, the import 133 M (the fifth round: 110 M), the first parse 147 M (127 M); the core grew 487 → 589 kB with
  the readers added since. Of the import, V8 scanning and pre-parsing the core is 79 M; long strings are cheap
  (109 kB of them removed from the file: −4 M), parsimmon's unused \`Binary\` parsers built at load 1.1 M. Of the
  first parse: the interpreter and inline caches ~37 M, runtime calls ~31 M, parsing the functions it calls
  28.5 M, bytecode 20 M, regular expressions 7.5 M. At a load of ~1, fresh processes (CPU, 15 alternating): import
  34–36 ms, import + first parse 73–74 ms, main and this build alike. The ≤ 50 ms target needs about a third
  less of both, i.e. much less code compiled and run for an ordinary report (or a compile cache, Node 22): not
  found in this round.
- **Three checks cheaper per step, and a machine that cannot time them (issue 16, speed9 round).** Sampled
  profiles (\`--cpu-prof\`, 200 µs) of the gauntlet's plain, \`-layout\` and one-line texts are flat again: no
  function above ~3.5 % self outside garbage collection; calls per parse repeat no whole pass (\`tokenize\` 3.0–3.6,
  \`segmentRows\` 4–6, \`searchOrders\` 13–15 on plain text, every reader and repair once). Cut, output
  byte-identical (full JSON of \`parseReport\` on 3,322 texts, main's build against this one): the cut-stream search
  judged each complete row by its equations' addresses, building outcome lists, and cut a number anew on every
  visit (now columns resolved once per search, pieces made once: 241 → 110 pieces a round of the chromium plain
  texts, its step count unchanged); the mixed-grid row check sliced, mapped and sorted each row's neighbours per
  row and side (now centres read once, medians by insertion: 5.8 → 1.4 % of a \`-layout\`/one-line parse in
  sampled profiles); three callers that read only an equation's status build no outcome (\`relationStatus\`).
  What the machine allowed to measure (load ~18 on 2 cores shared): A/B rounds against main in one process swung
  0.5–2.3× a round; cachegrind's instructions for one build differed by a few per cent between runs (chromium
  plain 1,814 / 1,791 M → 1,610 / 1,680 M a round, −9 %, where the cut-stream repair runs; LibreOffice plain
  1,654 → 1,624 M and one line 840 → 825 / 860 M, within the noise); per-function CPU time (\`process.cpuUsage\` around a call) counts the compiler's and
  collector's background threads; and one function's sampled share moved 1.8 → 4.4 % between two profiles of the
  same code. Garbage collection read 21 % of a plain parse in one profile, but \`--trace-gc-nvp\` shows scavenges
  of ~25 ms whose own work is under 1 ms (the rest waiting for parallel GC threads that get no core), so that share
  is the machine's. Left: the block-order search (\`repairs/block-order.ts\`, ~6 % of a plain parse, 13–15
  searches a text, several to their budget), the ordered-values chain and its assignments (~3–4 %), \`placeRow\`'s
  run orders, table 二's column resolution per row (\`resolveColumns\`, its diagnostics written per row), the
  label caches (\`matchLabel\`, \`cleanLabel\`: fresh strings hashed per lookup), and the row-band cut of one-line
  text (~3 %). The 3×/4× targets need fewer readings, not cheaper steps.
- **Hidden classes and how to measure on this machine (issue 16, speed8 round).** Warm \`--cpu-prof\` profiles of
  the gauntlet's innerText, \`-layout\`, plain and one-line texts are as flat as before (no function above ~2.5 %
  self; a line of source above 0.9 %), and the calls counted per parse repeat no whole pass (\`tokenize\` 3 a parse,
  table 三 read once, 1.1 on plain text; \`segmentRows\` 3–5; \`ctx.location\` 330–400; the table-三 equation check
  of the assignment searches, \`tableHoldsWith\`, 0.1–0.4 calls a parse, so not where the searches spend). What
  was found: table tokens came in ~16 hidden classes out of \`tokenize\` and ~30 into \`segmentRows\` (four kinds,
  fields added as a line is read), so every read of \`kind\`, \`start\`, \`line\` in the readers went through V8's
  megamorphic lookup. Tokens now leave \`tokenize\` in one shape (every field of every kind, \`undefined\` where
  absent): output byte-identical on 1,210 inputs, clipboard text 0.72× the CPU time, the other layouts unchanged
  within the noise (0.95–1.03×). Measuring: an A/A in one process (two copies of one build) read 0.78–0.85×
  for the second-imported copy, so in-process A/B figures of a few per cent mean nothing today; with
  \`--single-threaded\`, one warm round of 14 clipboard parses (after 36 rounds of other layouts) took 22 to 177 ms,
  the slow rounds the same ones in every run of either build (not garbage collection: 116 ms in the whole run;
  not optimizing compiles: 58 ms; not the label caches clearing: unbounded, the same rounds; not found). The clipboard texts alone did not
  settle in 16 rounds (341 → 50–149 ms a round), one text parsed 40 times ran 1–5 ms with rounds of 10–62 ms:
  most likely the engine's tiering (compiling and re-optimizing on the main thread under \`--single-threaded\`;
  a guess, not measured), which would mean a batch of new documents costs well above the warm figures. So
  medians of a few short rounds mislead too. What held: separate processes alternating, each round of
  a layout summed over 12 warm rounds, medians of 3; a change in per cent is believable only beyond the
  spread of its own runs. Left alone: the budget-bound searches (ordered values' gap cuttings, block orders,
  wrapped-cell choices: \`pick\` ~4 % self on one line and \`-layout\`) could prune by partial sums, but where a
  budget runs out is decided by the nodes counted, so a pruned search must spend what the full one would
  (and \`digit-runs\` reads the budget left): not done without a proof of the same spending.
- **Text layouts that never settle, profiled again (issue 16, speed5 round).** Warm \`--cpu-prof\` profiles of the
  gauntlet's \`-layout\` (42 texts) and one-line (14) texts, with calls counted per parse (a build with counters):
  every reader runs once a parse (table 三's reading once, no second reading of an undecided order on these
  texts, \`segmentRows\` 4 times, \`tokenize\` 3), so there is no whole reading to rule out; the time is spread over
  single calls. Inclusive shares, \`-layout\` / one line: table 三 39 / 29 % (its reading 22 / 18: digit runs 6 / 6,
  ordered values 4 / 2; ownership 13 / 10, of it wrapped labels 7 / 6), tokenising 13 / 16 % (stacked numbers
  5 / 7), table 二 11 / 13 %, table 四 5 / 4 %, the front end ~15 / ~20 %, garbage collection 8 / 11 %, regular
  expressions ~9 % self (normalising and lexing patterns, none above 0.7 %). Plain text, profiled the same way:
  table 三 45 % (its block-order search 9.5 %, the dealt reading 5 %), table 四 12 % (lost cells 5 %), garbage
  collection 11 %. The one module that stood out was the
  row-band cut (\`src/tables/stacked-bands.ts\`: 6.5 % self of a one-line parse, its groupings ~4 % of a \`-layout\`
  text's allocations): it grouped every band of up to nine lines from each start line, and in one-line text a
  row's numbers are cut into lines that stand over each other only by chance. Cut, every result byte-identical
  (full JSON of \`parseReport\` and \`parseReports\`, the given build against this one, on the 6,623 inputs of
  \`scratch/fastpath/identity.mjs\`): (1) a band over several lines is grouped only where every cell off its middle
  line may be a piece of a wrapped number (digits, not glued, indented) and every cell of its first line may start
  one (not \`0\`): a group of one stands on the middle line and a group's first piece is on its first line, so
  \`centred\` rejects every other band whatever its grouping; the lines' flags are read once per block (grouping
  steps per parse: \`-layout\` 24.8 → 10.5, one line 92 → 45, plain 51 → 4; \`test/stacked-bands-work.test.ts\`
  counts the columns read: 6,347 → 183 on a block whose lines each hold a \`0\`); the block's labelled lines are
  found without slicing each line twice. (2) The ordered-values repair indexes the table's items in a loop and
  maps which row holds each item only for a gap that has rows. Instructions executed (valgrind cachegrind, warm
  loop, start-up subtracted, three rounds): \`-layout\` 1,849.6 M → 1,715.6 M a round of its 42 texts (−7.2 %), one
  line 505.9 M → 467.8 M a round of its 14 texts (−7.5 %), plain not counted in time (its texts under valgrind at a load of ~12 took longer than the session had);
  layouts it does not target, counted the same way: pipe text 20.5 / 24.2 M a round before and 20.2 / 20.6 M after
  (two runs each of ten rounds: runs of one build differ by up to 18 %), clipboard 378.7 M → 386.2 M (+2 %, one run
  of three rounds: within that noise; the row-band cut runs on neither, the ordered-values repair on 0.3 tables a
  clipboard parse). Timing against 0.1.0 (\`bench/run.mjs
  --only=…\`, the given build then this one, each an A/B against 0.1.0 in one process; load 12–14 while property
  tests ran beside it): \`-layout\` 0.47× → 0.41×, plain 0.36× → 0.33×, one line 0.14× → 0.16× — the noise of this
  machine is larger than the change. An A/B of the two builds in one process (\`ab.mjs\`, 9 rounds, CPU time)
  gave one line 1.06×, plain 1.29×, \`-layout\` 1.52× with this build imported first, but 0.92× on \`-layout\`
  with it imported second, and an A/A of one build against its copy 1.11×: the order of import biases such
  runs by ~10 % and the rest is noise, so the instruction counts are the figure to trust. **The 3× / 4× targets stay far
  off:** what is left has no part above ~5 % inclusive that any cheap evidence rules out: wrapped-label probes
  (string keys of joined pieces looked up in the probe memo, ~1 %), the digit-run and ordered-value readings, the
  tokeniser's per-word patterns, the table-二 column and version reading (~2–3 %), the offset maps behind
  \`location\` (~1.4 %), and garbage collection. Looked at and not changed: table 四's header blocks (its region is
  18 tokens in one-line text; the self time the profile gives it is attribution), the block-order search's
  arrangement keys in plain text (~1 %; the keys decide which arrangements count against \`MAX_ARRANGEMENTS\`),
  lazy cells for narrative lines (\`Line.cells\` is read mostly by the tokeniser; ~1.5 % of a \`-layout\` parse, but
  a getter changes every line's shape on the hot path).

- **Settled tables skip the repairs (issue 16, fastpath round).** A table 三 whose first reading leaves no repair
  any evidence (\`src/tables/settled.ts\`: every data row once, from one label, with exactly its seven cells printed
  plainly, all on the label's own line or one a line right after it; nothing glued, joined or unclaimed; every
  equation holding) is built from that reading: each repair's trigger is absent (the module's TSDoc goes through
  them), and the full JSON of \`parseReport\` and \`parseReports\` is byte-identical to main's on 6,623 inputs (the
  gauntlet's texts in every layout, probe seeds 1–5, 7, 11, 12, 14–31, 100–110, the corpus texts, the bench inputs,
  30 generated reports × 2 versions in 14 layouts, whole, damaged and traditional; \`scratch/fastpath/identity.mjs\`).
  The first version checked the equations through the repairs' own check by address, which cost 8.8 % of a pipe
  parse, about what the skipped repairs had cost; they are now checked on a vector of the cells. Settled among the
  gauntlet's texts: pipe and Markdown 1/1, innerText 12/14, clipboard 10/14, one line 8/14, HTML 12/14,
  \`-layout\` 0/42 and plain 0/43 (wrapped labels, lost blanks and stacked numbers: the repairs are their reading).
  Instructions executed (valgrind cachegrind, warm loop, start-up subtracted): pipe text 26.4 M → 21.4 M a round (−19 %), Markdown 27.5 M → 23.4 M (−15 %), traditional 20.1 M → 19.9 M (−1 %; its table settles, but main's repairs cost it little there, not examined further), clipboard 556.2 M → 346.2 M a round of its 14 texts (−38 %; 10 of its 14 tables 三 settle); innerText 255.9 M → 242.8 M (−5 %); one line not counted in time. Timing A/B in one process
  (11 rounds, order rotated, medians, load 18–20) against main: pipe 1.10×, Markdown 1.18×, traditional 1.11×,
  clipboard 1.17×, one line 1.10×, innerText 0.98×, while \`-layout\` and plain, where no table settles, moved
  1.10× and 1.26× (the noise); against 0.1.0: pipe 0.93×, Markdown 0.76×, traditional 0.73×, clipboard 0.52×,
  innerText 1.05×. So the targets stay far off: the repairs are 15–20 % of a settled parse; the rest is the front
  end (normalising, lines, headings, regions, metadata ~25 %), tokenising (~10 %), tables 二 and 四, segmentation and
  cell building, none above ~5 %. Not done: the same shortcut for table 二 (its repairs are a few per cent of a pipe
  parse) and for \`-layout\` text (no table there meets the conditions).

- **Where a text parse spends its time, measured again (issue 16, speed round).** Warm profiles (\`node --cpu-prof\`)
  of the gauntlet's clipboard, one-line and plain-\`pdftotext\` texts stay flat: no function above ~5 % self, garbage
  collection 9–15 %. Inclusive: table 三 29 / 32 / 48 % (clipboard / one line / plain; its ownership decision 10 / 9 /
  15, digit runs 1 / 8 / 3, ordered values 4 / 4 / 5, block orders – / – / 10), table 二 12 / 12 / 9, table 四 5 / 5 /
  9, tokenising 10 / 14 / 6, the front end (normalising, lines, headings, metadata, regions) ~18 %. Counted per
  parse (a build with counters): rows are segmented 4–5 times, \`tokenize\` 3 times, the ownership repair twice, every
  reader once, so one segmentation shared by the repairs saves at most \`segmentRows\`' own 3–7 %. The work budgets are
  not where clipboard and one-line time goes: their searches spend 150–180 units a text (of limits near 66,000, none
  exhausted); plain \`pdftotext\` spends ~18,000 a text and exhausts 35 of its 179 budgets (the block-order, lost-cell
  and deal searches, whose node counts must stay as they are). What was cut, every result byte-identical on 4,051
  inputs: equation counts and partial-sum checks that built an outcome object (and lists) per side per call, and
  table 三's equation counts that wrote every cell address out again. Instructions executed (cachegrind, import plus
  three rounds): clipboard −3.9 %, one line unchanged. Tried and dropped: pruning the row-band cut by its off-middle
  cells before grouping (it pruned 5 of ~150 groupings a one-line text: its pieces are digits standing indented), and
  loops instead of slices there (no change in instructions). Left: the one-line row-band cut (~5 % of a one-line
  parse) looks for stacked pieces among the pieces cut from one line, which stand over each other only by chance; a
  cut that knows its lines come from one source line could skip it, but that is a reading decision to measure, not
  an identity.

- **Table reading, fewer readings built (issue 16, this round).** Work that cannot change a reading is now not
  started, decided by cheap evidence first, every result byte-identical (full JSON of \`parseReport\` and
  \`parseReports\`, main's build against this one, on 4,051 inputs: the gauntlet's 154 texts in every layout, the probe
  seeds 1–5, 7, 11, 12, 14–24, 100–103, the corpus texts, the bench inputs and 826 generated reports in 14 layouts,
  whole and damaged; \`scratch/fastread/identity.mjs\`). (1) Stacks of wrapped numbers are looked for only where a
  piece that does not start with 0 stands over one no wider (and, for a block's stacks, on two indented lines): every
  stack the joiners accept starts with such a pair. Counted on the gauntlet's 14 reports (Chromium and LibreOffice prints), the stack search of a block
  (\`joinBlock\`) now runs for 0 of 542 blocks of plain text, 0 of 42 of one-line text and 71 of 288 of \`-layout\`
  text; the row-band cut (\`joinBands\`) for 13 of 276 plain blocks and 51 of 235 \`-layout\` blocks, but still for all
  28 of one-line text (its pieces, cut from one line, stand over each other by chance). (2) The deal with vanished
  blanks reads a row that lost cells once per start of its numbers and count of lost cells (it was read again for
  every choice of the other rows), paying the work budget as often as before, so that where the budget runs out
  nothing changes. (3) Table 三's equations are compiled once per template version. Measured: instructions executed
  (valgrind cachegrind, warm loop, start-up subtracted): one line 550.7 M → 554.8 M a round of its 14 texts (+0.7 %: unchanged within the noise; three rounds counted), plain \`pdftotext\` 3.045 G → 2.728 G a round of its 42 texts (−10.4 %; one round counted, so JIT and GC noise of a few per cent remains); timing A/B in
  one process against main and 0.1.0 (11 rounds, order rotated, medians; load 11–14) moved by less than its noise
  (against main: one line 0.89–1.17×, plain 0.96–1.02×, \`-layout\` 0.96–0.97× in two runs, while layouts this round does not touch moved 0.91–1.20×; against 0.1.0: one line 0.14–0.16×, plain 0.29–0.41×, \`-layout\` 0.52–0.53×, clipboard 0.60–0.80×, innerText 0.67–1.08×, pipe 0.96–1.15×, Markdown 1.04–1.28×). So the readings per table are what they were: this round took out searches no reading used; the
  readings themselves (ownership, ordered values, digit runs, block orders, each segmenting the region anew) are the
  cost still, and none of them could be proven unneeded for a region from evidence cheaper than building it within
  this round. The 3× target needs one segmentation per table shared by the repairs (each repair a decision on it,
  not a reading of its own), which changes where budgets run out and so cannot be proven identical by this harness
  alone.

- **Table reading, same readings with less work (issue 16).** Profiles of the warm text parse are flat (no function
  above ~5 % self); the table readers and repairs (\`src/tables\`, \`src/repairs\`) are about half of a Markdown parse and
  two thirds of a plain-\`pdftotext\` one. Work that could not change a reading was taken out: the interleaved-rows repair
  sorted every number of table 三 for every table (now only for a window that needs it, each row judged once), the
  block-order repair wrote out each searched row's undecided cells on every pass (now once, for the search that
  stands), row continuation is looked for only where some row has numbers beyond its first line, a table-二 header is
  split once per sub-table, and placement builds evidence without object spreads. The full JSON of every result is
  byte-identical before and after on 2,525 inputs (\`scratch/speedread/identity.mjs\`). Timing A/B on this shared
  machine ranged 0.3–2.9× per round, so the effect was measured in instructions executed (valgrind cachegrind, warm
  loop, start-up subtracted): Markdown example −7 %, plain \`pdftotext\` −13 %. What is left is spread thin: the searches
  of the repairs (block orders, lost cells, stacked and interleaved rows: bounded by the work budget, and their node
  counts must stay as they are, since where a budget runs out the count decides the reading), tokenising, label
  matching, diagnostics and garbage collection (6–9 %). A 3× gain over 0.1.0 needs fewer passes over the tokens
  (0.1.0 read each table once; the repairs now each walk the segmentation), not faster passes.

- **Table reading, the passes counted (issue 16).** Calls counted per warm parse (a build with a counter in every
  function) and profiled (\`node --cpu-prof\`) on pipe text, one-line and plain-\`pdftotext\` gauntlet texts: each table
  region is tokenised once (three \`tokenize\` calls a parse; table 三's tokens serve its block-stream decision and its
  reader), label matching is cached per text already (\`cleanLabel\`, \`matchLabel\`), the ownership repair runs once
  per table 二 and 三, rows are segmented 3 (pipe) to 5 (plain) times a parse, each for another reading. So no pass over
  a region is repeated whole; the cost is the weight of each call (objects, maps and arrays built per row and per
  reading; garbage collection 8–14 %). Inclusive shares: pipe text: table 三 23 %, table 二 13 %, tokenising 11 %,
  the front end (normalising, lines, regions, metadata) ~25 %; one line: table 三 28 % (digit runs 7, ordered values 4),
  tokenising 17 % (of which stacked numbers 10: cutting blocks into row bands 7), run-on cutting 6 %; plain: table 三
  49 % (ownership 19, of it the deal with vanished blanks 9; block-order search 10; ordered values 5), table 四 11 %.
  Repeated work found and cut, every result byte-identical (full JSON of \`parseReports\` on 2,181 inputs: every text
  of the gauntlet and of probe seeds 1–5, 7, 11, 12, 14–22): the band cutting regrouped the lines \`a..b\` for every
  band (now each band start's grouping is extended line by line, built when a band's labels ask for it); the deal with
  vanished blanks read every row again for each choice of the rows that lost a cell (a row that lost none is now read
  once per start of its numbers); the ordered-values repair indexed every item before knowing whether any row keeps its
  sum. Instructions executed (valgrind cachegrind, warm loop, start-up subtracted; timing A/B at load ~20 varied
  ±10–20 % between two copies of one build): one line −10.5 %, plain \`pdftotext\` not settled (one round of its 42 texts counted, too few for the JIT and GC noise: 3.14 G against 2.26 G; timing A/B against main 0.9–1.3×), pipe text unchanged. A 3× gain over 0.1.0
  needs fewer readings per table (0.1.0 segmented each table once and ran no repair), not these passes made cheaper.

- **HTML (this round of work).** parse5 built a DOM with a source location on every node, and that was 45–65 % of
  an HTML parse. Now parse5's tokenizer (the standard's tokenizer: character references, comments, raw text, attributes)
  feeds a light tree builder of ours (\`src/adapters/html-tree.ts\`) that models the parts of the standard's tree
  construction that change a page's text (head and implied body, implied ends of paragraphs, list items, headings, rows
  and cells, implied \`<tbody>\`/\`<tr>\`, unclosed tables, end tags bounded by their scope, text and elements fostered out
  of a table) and keeps offsets on text only; page chrome (scripts, styles, navigation, footers, toolbars outside table
  cells) is never built into the tree, and the metadata is read as elements open and close. \`test/html-tokens.test.ts\`
  checks the same text, metadata and offset map as the 0.1.0 adapter on our styled pages, the gauntlet's pages, the
  corpus page, 30 broken-markup cases and pages with random tags cut out and put in (known limit: with several tags cut
  and a \`<table>\` put in, about one page in a thousand differs in where content fostered out of an open table goes, as
  not every insertion mode of the standard is modelled). The adapter alone is about 3× faster than before; a whole parse
  1.5–2.0× (the text pipeline after the adapter is unchanged). On a 360 KB portal page parse5's tokenizer was then about
  half of the time (its per-character state machine with a location object per token). **Second step:** our own
  tokenizer of the standard (\`src/adapters/html-tokenizer.ts\`: data, RCDATA, RAWTEXT, script data with its escapes,
  PLAINTEXT, tags and attributes, comments, doctypes, bogus comments, CDATA in SVG/MathML, character references through
  parse5's own decoder from \`entities\`), reading by \`indexOf\` between the characters that matter; text tokens carry
  their range as two numbers. \`test/html-tokenizer.test.ts\` compares its tokens with parse5's tokenizer (every text run
  with its range, tags, attributes, comments) on the gauntlet's pages and on random markup (fast-check, tricky pieces and
  random characters; 20,000 runs each pass). A/B against the parse5 version, CPU time in one process: portal pages
  1.7–2.1×, the gauntlet's pages 1.6×, our HTML 1.2×; against 0.1.0 the 360 KB portal page passes 3× (3.3×), the
  smaller pages do not (1.7–2.3×): on them the text pipeline after the adapter is most of the time, and it is no faster
  than 0.1.0's (see text layouts). On the gauntlet's pages then: tokenizer ~10 %, tree ~10 %, walk and writer ~6 %,
  garbage collection ~24 %, the rest the text pipeline (tables ~25 %). **Third step:** the pages are mostly markup (the
  gauntlet's are 46–99 kB with 2–5 kB of text), so the cost is per tag and attribute: the tokenizer now reads past the
  attributes the adapter never looks at (it keeps \`class\`, \`id\`, \`name\`, \`content\`: no object or string for a
  page's links and inline styles; a property test checks the same tokens with the others left out), lower-cases names
  while scanning them, and the tree builder keeps an open element's parent on the element (a \`Map\` keyed by elements
  was 6 % of the adapter), shares one empty list for elements without attributes and for left-out elements, and reads
  known tag names as one string each. The adapter alone 1.25× faster (every field of \`parseReport\` identical on the
  gauntlet's pages, the corpus and our styles); whole parses, A/B in one process against the state before: portal pages
  1.1–1.2×, the gauntlet's pages 1.1×. Against 0.1.0 (warm, A/B, CPU, load ~19): portal pages ~35 / 120 / 360 KB
  1.9 / 2.7 / 4.2×, the gauntlet's pages 1.9×, our HTML 1.15×. **The 3× target is not met on the smaller pages:** the
  adapter is now ~40 % of a parse of the 35 KB page and of the gauntlet's pages (~70 % of the 360 KB one), so even an
  adapter that cost nothing would leave them near 2.5–3× against 0.1.0; the rest is the text pipeline after the adapter.
  What the adapter still spends: scanning tags and attributes (\`indexOf\` between the characters that matter, about a
  third), the tree builder's per-tag mode and scope checks, and the walk and writer.
- **Text layouts (issue 16).** Profiled with \`node --cpu-prof\` on the gauntlet's outputs (pdftotext -layout and plain,
  innerText, clipboard: real tool output). What was ours to cut, and was cut, each checked to give byte-identical parse
  results (every field of \`parseReport\` and \`parseReports\`) on 192 inputs (the gauntlet's outputs, the corpus texts and the
  bench inputs): lines cut with \`indexOf\` instead of a parsimmon token per line (~10 % of a parse); parsimmon's
  \`parse\` built \`grammar.skip(eof)\` anew on every call and scanned the input for a line and column on every failure,
  which was most of the heading and cell grammars' cost: \`run\` now keeps the whole-input parser per grammar and
  reports the failure offset directly; heading markers are chosen by their first character (the same grammar, no failed
  alternatives; a property test compares it with \`alt\` over the alternatives in order); metadata candidates are looked
  for only until one is found; \`cleanText\` strips through a code-unit table instead of a \`Set\` and a string cache (a
  surgical edit in \`src/tables/label-match.ts\`). Together 1.15–1.5× on the gauntlet's text in A/B runs. What is left is
  the table readers (\`src/tables/\`, \`src/repairs/\`: about 55 % of a text parse, spread over row segmentation, the
  ownership repair, table 三's reading, placement and word tokens, none above 5 %) and garbage collection (~10 %); the
  readers were being rewritten by other work at the same time, so they were left alone. Not done: tokenising a region
  once for all readers (each table is tokenised once already; the repeated work is inside the readers), lazy cell
  locations (locations are ~2 % of a parse), traditional conversion by spans (the converter is ~0.15 ms of a ~1 ms parse
  of a traditional report). The ≥ 3× / ≥ 4× targets against 0.1.0 are not met: the new evidence passes made text
  parses about 1.4× costlier than 0.1.0 before this work, and this round won back about that much.
  **Second round** (the readers' shared infrastructure, keeping every decision as it was; byte-identical results on
  2,670 inputs: the gauntlet's outputs, the corpus texts, probe seed 1, the bench inputs and 2,240 generated reports in
  14 layouts, whole and damaged): the wrapped-label repair (10–19 % of a text parse) skips the readings that cannot
  join and probes a joined text only where the exact-label index says it may be a label (probes per run of numbers
  in pdftotext -layout text 15 → 11, each remembered; the index is a flat trie, an array read per step); table 三's
  tokens are read once and its reader reuses the ownership repair's segmentation; grids, heading markers, table 二's
  column names, the NFKC pass and cell literals cost less. A/B in one process against the first round, CPU time,
  load 15–26: pipe text 1.2–1.9×, Markdown 1.1–1.5×, innerText 1.35–1.7×, clipboard 1.1–1.5×, -layout 1.1–1.2×,
  traditional 1.05–1.3×; against 0.1.0 innerText now passes it (1.2–1.3×), the others stay below 1× (0.55–0.86×).
  What is left is flat: garbage collection 11–14 %, and no function above 4 % (table 三's reading, segmentation, word
  tokens, run-on cutting, line lexing). Measured and not kept: traditional conversion by spans (cut at characters in no
  dictionary, each span converted alone; exact, but 0.20–0.27 ms against 0.18 ms for the whole text: opencc passes
  over a character no key holds almost for free, and the cuts cost more). The structural shortcut for unambiguous pipe
  tables was not needed for the ownership repair (it already stops at a label printed in its numbers' row, after the
  wrapped-label repair, which must still run: a pipe label cell broken over two rows is joined there). **Third round**
  (profiles of processes reading the layouts one after another, as the bench and a CLI over a folder do; every
  change checked byte-identical on 939 inputs, \`parseReport\` and \`parseReports\`: the gauntlet's outputs, the corpus
  texts, probe seed 16, the bench inputs and 620 texts of 24 generated reports in 14 layouts, whole, damaged and
  traditional). In a process that had read \`pdftotext -layout\` text, profiles of plain text put ~10 % of the samples in
  the line lexer's \`toLine\`: the first property read of each line's token missed its inline cache on every line
  (V8's IC log: one miss per line, the same map each time) and the function was never optimised again. The lexer now
  makes no token object per line (a line's text and offsets are passed as they are; only pipe lines are cut into
  parts), and the misses are gone. Timed without the profiler, though, the misses had cost about 1 %: the profiler
  inflated them. A/B in one process against the state before (CPU, alternating rounds, 41 rounds of ~15 ms, load
  ~20–22): innertext 1.06×, clipboard 1.09×, -layout 1.04×, plain 1.02×, one line 0.95×, glued 1.07×, pipe 0.98×,
  Markdown 1.00× (per-round ranges 0.2–4.8×: noise); alternating fresh processes reading the groups in the bench's
  order, medians of 5: 0.99–1.15×. So no gain to claim beyond the noise. The profile stays flat (garbage collection
  ~10 %, no function above ~3 %: table 三's reading, segmentation, the ordered-values and block-order searches,
  word tokens), and the ≥ 3× / ≥ 4× targets are not met: what remains is spread over the evidence passes the
  readers make since 0.1.0, each already cut to its own work. Lesson for the next round: check a profile's hot
  spot with a timing of its own before cutting it; the sampling profiler adds cost to inline-cache misses and
  deoptimised code.
- **Table 三 in one-line text with many blank cells.** Which readings of the rows that lost blanks take part in
  some combination that adds up is found by a search of its own (\`src/tables/support-search.ts\`: classes of
  readings, each equation's reachable sums as bits, a search that enters no subtree whose classes are all found
  already), with a budget of 12× the table's (\`COMBINATION_WORK_FACTOR\`). The hardest probe table (seed 16, p06:
  seventeen rows that lost one to four cells, 323 search nodes) parses in 75–82 ms against 17–19 ms for an
  ordinary one-line report of the same size (warm, same process, loaded machine); listing every combination
  ran the table's budget out there (39 ms, nothing decided).
- **Worst cases.** Our two constructed worst cases turned out mild (table 四 in seven runs 2.2× an ordinary report per
  KB; table 三 rows glued to their labels are read cheaply, at 0.4×). The costliest inputs are glued rows of large
  numbers (\`test/budget.test.ts\` "every row glued, large numbers": \`consistentReport(seed, v, { scale: 5000 })\` in the
  crawler layout). Measured side by side (CPU time per KB against the same report as pipe text, medians of 9
  alternating rounds, seeds 3–6, both versions, three runs; this machine's noise is ±30 % and more): before the changes of issue
  12/16 in \`src/tables/row-search.ts\` and \`digit-runs.ts\` 2.6–9.4× (2021) and 3.9–6.8× (2019); after them 3.2–6.7×
  (2021) and 3.8–6.2× (2019); table 四 in fifteen runs 2.3–3.4× (before 2.4–4.5×). What changed: table 四's glued row
  is cut group by group with each total read from the digits that follow (\`splitGroupSums\`: a total is never
  enumerated), which decides table 四 in these inputs instead of exhausting the budget; the combination search over
  table 三's rows checks after each choice the range every equation can still reach (\`searchCombinations\`), rows
  with the fewest readings first. **Second step (search machinery):** table 三's per-row cut (\`splitSummed\`) casts out
  nines before searching a length of the total (the numbers of any cut add up to the digits' sum modulo 9, so a total
  that differs from the digits before it modulo 9 has no cut): 40–400 budget units a row instead of 200–4,400, so the
  last rows of the biggest inputs are read now instead of left missing; table 四's group cut reads its numbers from a
  table; the items of cut numbers are shared by a row's readings. Glued large numbers measured 4.1–5.3× an ordinary
  report per KB (seed 3, both versions; the build before it 4.7–6.6×, A/B at a load of 20). **The ≤ 3× target is still
  not met:** what remains is table 四's group cut (\`splitGroupSums\`: up to ~9,400 units for a 47-digit row, close to
  the table's budget; each group's first numbers are enumerated before its total can be read) and the rest of the
  pipeline over glued text (ownership, table 二's readings, cells), which costs about what a one-line parse costs.
  The gauntlet's glued text (bench row "glued") is mostly that pipeline: 1.1× faster than the build before. The
  bench now judges it against the same fourteen reports as pipe text (each read from its source page and written by
  our renderer), timed in the same rounds: 2.9–4.5× per KB in quick runs at a load of 15–22 (0.1.0: 11.7–12.5×); the
  6.3× quoted before compared it with the example's pipe text, a cheaper document.
- **Plain pdftotext: searches over block orders and stacked labels.** Profiled against the same reports through
  \`pdftotext -layout\`, the plain text spent its extra time in the block-order search (\`src/repairs/block-order.ts\`,
  about a fifth of a parse) and the stacked-rows search (under a tenth). The block-order search now judges each
  equation as soon as the row's cells in it are filled (an order that breaks it is not extended), reads the row's cells
  from an array with each equation compiled for the row, and searches a pending row again only when more equations can
  judge it (a third of its searches were repeats); the stacked-rows search judges the equations without a cell of the
  window once per window. Plain pdftotext 1.25–1.36× faster than the build before (A/B, load ~20); the cells are the
  same, and a few \`block-order-unconfirmed\` warnings name fewer cells (the search now finishes within the budget).
- **One line.** A one-line parse costs about 1.1× an innerText parse of the same report (profiles side by side: the
  extra is the word tokens of long lines, the run-on line splitter and the vanished-blank search, each under 0.5 ms);
  0.1.0 is 5× faster on it because it read almost none of it (611 of 2,786 cells as now). The ≥ 3× target needs the
  whole text pipeline (tables ~55 %, garbage collection ~12 %) several times faster; no search stands out.
- **Cold start (issue 16).** Profiled in a fresh process: most of the ~100 ms import was Node's module loader, not
  our code: parsimmon is CommonJS, and an ES module importing it goes through the CommonJS interop and its export scan
  (~45 ms); parse5 and opencc-js are a dozen files to resolve, read and compile (~25 ms). The build now compiles the
  three into our chunks (tsup \`noExternal\`; licences in \`dist/THIRD-PARTY-LICENSES.txt\`): the import costs ~35 ms and
  import + first parse 60–70 ms on a loaded machine (table above; the ≤ 50 ms target is not met). The first parse itself still costs 5–10× a warm one
  (V8 compiling our functions on first call). The plan of a \`node\` export condition that loads parse5 and opencc-js
  on first use was not needed for this and not done: compiled in, their share of the import is a few ms. With our own
  HTML tokenizer parse5 left the build (~6 ms of the import: its tokenizer module is 92 kB of source to compile): in
  fresh processes, A/B, CPU medians of 9, the import went ~37 → ~30 ms, import + first text parse ~66 → ~59 ms,
  import + first HTML parse ~90 → ~68 ms (load 18). What is left of the import is V8 compiling ~450 kB of chunk source
  (ours ~60 %, parsimmon, opencc-js's dictionaries as strings, entities' tables) and the modules' top-level work (entities
  decodes its entity tree at load, ~1 ms); of the first parse, V8 compiling and running cold the functions a parse uses
  (the table readers most). Writing the chunks in UTF-8 instead of \`\\u\` escapes (esbuild \`charset\`) made the chunk
  12 % smaller and the import ~1 ms faster, within noise: not kept. **Next round:** code splitting had given the main
  entry a dozen modules (the chunks esbuild shares between the six entries), and Node's loader costs about half a
  millisecond per module in a fresh process (an import of eleven empty modules: ~6 ms against ~1 ms for one): Node's ES
  module build is now one core file (\`src/core.ts\` → \`dist/esm-node/core.js\`) that \`dist/esm-node/index.js\` re-exports
  and the Node-only entries import (\`coreFromBundle\` in \`tsup.config.ts\`; the \`node\` condition of \`exports\`), so
  the main entry is two modules and the entries share one core (one \`InputReadError\`; \`test/bundle.test.ts\`).
  Bundlers and \`require()\` keep the split build: in one file, the modules' top-level work (the heading grammar, the
  label indexes) kept a bundler from leaving out what an import does not use (\`validateReport\` from the main entry
  13 → 24 kB, \`parseReport\` 86 → 93 kB), while the chunks let it drop whole modules. The bench's cold start imports
  \`dist/esm-node/index.js\`, what Node loads for \`import 'zfxxgk-report'\`. entities' decode
  tables are unpacked when the first decoder is made, not at import (a build-time rewrite of its pinned module, ~2 ms);
  table 二's run-on regex is built on first use (~0.5 ms); traditional characters are counted by one regex class (the
  JavaScript loop over every character was compiled on the stack by TurboFan during the first parse, ~2 ms of CPU).
  A/B in fresh processes against the state before, CPU medians, two runs of 20 (load ~18–19): import 31–33 → 24–25 ms,
  import + first text parse 58–61 → 50–53 ms (ranges 49–55), import + first HTML parse 68–69 → 61–62 ms. Tried and not kept: no splitting at all
  (the same as two modules), esbuild's minification of whitespace and syntax (~1 ms, within noise). What is left:
  V8 compiling ~600 kB of source (~13 ms; a text parse needs about half of it, but the API is synchronous, so nothing can
  be loaded on first use), the modules' top-level work (~7 ms: table 三's label index ~2 ms, parsimmon ~1 ms, the heading
  grammar), and the first parse (~27 ms, ~3–4× a second parse in the same process): V8 compiling the functions a parse
  uses, TurboFan compiling the label trie's walk in the background (~3–4 ms of CPU; \`--no-opt\` takes it away), cold
  regexes and inline caches. The ≤ 50 ms target: the median was 50 ms in one run and 53 ms in another on this loaded
  machine (load ~19; not measured idle).
- **Cold start, third round (issue 16).** Where a fresh process's import + first parse of simplified text goes
  (CPU, load ~10–20; \`--cpu-prof\`, V8's \`--log-function-events\`, timing markers between the modules of the core):
  Node's loader ~8 ms whatever the module (an empty one costs that); V8 compiling the 725 kB core (the top level
  compiled, every inner function pre-parsed) ~25–30 ms; the modules' top-level work ~12 ms (table 三's rows,
  candidates and label index 4.6 ms, parsimmon's module 1.8 ms, the heading grammar 0.7 ms, every other module
  under 0.5 ms: all of it used by the first text parse, so making it lazy only moves it); the first parse compiles
  406 functions, ~170 kB of their source (the table readers and repairs most: no function above 8 kB), and runs them
  in the interpreter before they warm up (a second parse in the same process costs about a third of the first).
  opencc-js's dictionaries are already built only for text with traditional characters, and entities' tables only
  for HTML. Three scavenges run in that time, but a larger young generation (\`--min-semi-space-size=16\`) did not
  lower the CPU time, nor did \`--no-opt\` (no optimizing compiler) or \`--max-lazy\`. **Kept:** Node's ES module
  build (\`dist/esm-node/\`) is minified (names, whitespace, comments; \`minify\` in \`tsup.config.ts\`): the core is
  725 → 463 kB, and V8 scans fewer bytes at import and in every function it compiles on first call. A/B in
  fresh processes against the build before (CPU medians of 15–21 processes each, alternating): import 1.04–1.08×,
  import + first text parse 1.06–1.14× (load 7–20; one run at a load of 21 read 0.96×, within this machine's noise);
  the same minification applied to the built file and timed alone measured 1.12–1.18× on import + first parse. Minifying whitespace alone gave about half of that; esbuild's \`keepNames\` (a \`__name\` call per
  function at load) lost all of it; writing the non-ASCII characters left in comments and regular expressions as
  escapes (a single one makes V8 hold the whole file as two-byte text, and Node's UTF-8 decoding of the file
  takes its slow path, ~3.6 ms) measured within the noise. **The ≤ 50 ms target is not met:** what is left is
  V8 compiling and first running the code a parse needs; short of running less code for an ordinary report (the
  readers' work), no loading trick helps on Node 20 (its compile cache for ES modules arrives with Node 22, and a
  library should not switch it on for its users).
- **Front end and cold start, fourth round (issue 16).** The front end timed alone (its stages bundled by esbuild
  and run one after another on the same texts, CPU per report, load 15–22): pipe text ~0.8 ms of a 3–6 ms parse
  (line lexing 0.15–0.22 ms, table location 0.12, normalisation 0.13, metadata 0.09, headings 0.09, sections 0.09,
  run-on splitting 0.06), one-line text ~0.6 ms of 9–11 ms (run-on splitting 0.19), innerText ~1.0 ms; no stage
  above ~0.2 ms, so what keeps text below 0.1.0 is the readers and their tokens. **Kept:** traditional conversion
  walks opencc's own tries but looks a position up only where a character begins a word of the pass's dictionaries
  (a character that begins none is copied: opencc looked it up and found nothing); no cuts are made, unlike the spans
  tried in the second round. \`normalize()\` of the bench's traditional report 0.42–0.78 → 0.25–0.43 ms, a traditional
  parse 1.09× (A/B in one process, now/before 0.914–0.918). **Tried and not kept:** pipe lines cut and trimmed in one
  pass (one string per cell instead of three and a token object): the lexer unchanged (0.97–1.005×), V8 already
  made the old code cheap. **Cold start** (\`vm.SourceTextModule\` timing in fresh processes, CPU, load 10–20):
  compiling the 476 kB core 18–27 ms, its top-level work 12–18 ms, the first parse 40–57 ms (the front end ~30 % of
  it in profiles, spread over its stages, none above ~3 ms; regular expressions are not it:
  \`--regexp-interpret-all\` and \`--no-regexp-tier-up\` change nothing). What a compile cache would give, measured:
  the same core as a classic script, compiled with V8's code cache made after a first parse (\`vm.Script\`
  \`cachedData\`, 587 kB), took import + first parse from 86–117 to 37–60 ms (import 40–54 → 18–27 ms). That is the
  size of what is left, and Node 22's compile cache (\`NODE_COMPILE_CACHE\`, the user's choice) is the way to it; not
  done here (Node 20 has none for ES modules, and a library should not write caches for its users).
- **Cold start and traditional text, fifth round (issue 16).** Measured in instructions (valgrind cachegrind on a
  fresh \`node\` importing \`dist/esm-node/index.js\` and parsing once; Node's own start, 519M here, subtracted, and
  so is V8's random hash-seed prime search, which moves a run by up to ±9M): deterministic to ~0.5 %, where CPU
  time on this shared machine moved ±30 %. Import 117.6M → 110M, import + first parse of the bench's simplified
  report 244M → 237M (0.1.0: 360M / 446M); of a traditional one 393–401M → 299–301M (0.1.0: 602M). CPU medians of
  15 alternating fresh processes (load ~20): traditional import + first parse 129 → 108 ms, simplified 81–82 ms
  both (within noise); in another run at a load of ~4, traditional 196 → 142 ms (0.1.0: 285 ms), simplified 116 ms
  both (0.1.0: 229 ms). **Kept:** (1) Node's ES module build is ASCII only: esbuild escapes non-ASCII characters in
  strings but leaves them in regular expression literals, and one such character made Node decode the whole 487 kB
  core on its slow UTF-8 path (\`TextDecoder\`, ~7 % of the import's instructions) and V8 scan it as two-byte text;
  a build plugin (\`asciiSource\` in \`tsup.config.ts\`) writes our sources' non-ASCII characters as \`\\u\` escapes for
  that build. (2) Traditional conversion reads a table of code units: a character whose only dictionary word is
  itself, replaced by one code unit (2,966 of TSCharacters' 3,512 words), is replaced without a lookup, and opencc's
  trie holds only the other words (about a fifth), so building it costs a fresh process ~90M fewer instructions and
  \`normalize()\` of the bench's traditional report is 1.35× faster warm (A/B in one process, CPU, 41 rounds,
  interquartile 1.30–1.40×; the whole traditional parse 1.1×, within noise). Output identical: every code unit
  alone, every dictionary word, random dictionaries against opencc's \`ConverterFactory\`
  (\`test/opencc-convert.property.test.ts\`), and the full JSON of \`parseReport\`, \`parseReports\` and \`normalize\` on
  738 inputs (the gauntlet's outputs and pages, probe seeds 1 and 16, the bench inputs, and their traditional
  versions: 317 converted). Converting only some spans was not tried again: a report's narrative must be converted
  as today, and it is most of the text. **Where the rest goes** (cachegrind by V8 function, first parse of
  simplified text ~127M): V8 compiling the functions a parse calls (scanning, parsing, bytecode ~42M), running them
  cold in the interpreter and Sparkplug (~35M), compiling regular expressions (~7M), garbage collection (~5M); of
  the import ~110M: scanning and pre-parsing the core (~60M), the modules' top-level work (~20M: table 三's label
  index, parsimmon, the heading grammar; all used by the first parse). The opencc dictionaries (85 kB of strings) cost
  ~3M of the import, entities' ~33 kB little more. **Tried and not kept:** a faster dictionary reader (entries of one
  code unit read without \`indexOf\`): it ran the loop fast enough for TurboFan to compile it on the stack, +47M
  instructions. The ≤ 50 ms target is not met (simplified import + first parse ~80 ms CPU at a load of ~20); what
  is left is V8 compiling and first running code, so V8's code cache is the remaining lever (measured in the fourth
  round: 86–117 → 37–60 ms); Node 20 has no compile cache for ES modules (Node 22's \`module.enableCompileCache()\` /
  \`NODE_COMPILE_CACHE\` are the user's to switch on).
- **\`validateReport\` (issue 16).** Profiled on the example report (85 checks, 1 issue): the cell reader built a
  \`Map\` of ~200 cells per call, each address sliced and split (~23 % of a validation), the narrative claims ran 14
  patterns over every section and copied the whole text once per match to mask it (~20 %), the four outline rules
  each computed the outline, and coverage and the outline looked every cell up by address. Now each template
  version's addresses are split into paths once, a report's cells are read into an array by slot, operands are
  read without an object per read, the outline is computed once per validation, coverage and the outline read each
  table's cells in order, a claim pattern runs only on text holding its words, a pattern's matches are masked into
  one new text, and an issue copies its check field by field (an object spread over checks of several shapes took
  V8's slow path: half of an issue's cost, ~9 µs). Results identical (JSON of \`parseReport\`, \`parseReports\` and
  \`validateReport\` with and without the parse's diagnostics on 1,573 inputs, split and Node builds). A/B in one
  process against the build before, CPU time, alternating rounds, the example report: **1.4–1.55×** (0.50 →
  0.33 ms at a load of ~20). **The ≤ 0.2 ms target is not met:** what is left is flat: the equations of tables 三 and 四
  (~40 checks, each with its addresses and messages), the claims (whitespace removal, the patterns), R.BODY_YEAR's
  period patterns, the check objects themselves and garbage collection (~8 %), none above ~10 %.
- **HTML portal page ~35 KB (issue 16), not changed in this round.** Profile of a warm parse: the adapter ~40 %
  (the tokenizer ~33 %, of which scanning tags and attributes ~21 %; the tree builder's start and end tags ~12 %;
  the walk and the writer ~10 %), the text pipeline after it ~53 % (tables 三 and 二 ~26 %), garbage collection
  ~6 %. The tokenizer already reads by \`indexOf\` between the characters that matter and skips the attributes the
  adapter never reads; no step of it stands out, so the 3× needs the text pipeline faster (the readers).
- **Bundle budgets.** Measured without the dependencies, \`parseReport\` is mostly our own code: the diagnostic messages
  in two languages, template data (labels, aliases, keywords of both versions) and the table readers. Ways to the
  budgets, not done: the English messages in their own entry, template data shared in a compact form, a text-only entry.
- Scaling is linear: see the per-character cost from 1 K to 10 M characters above.

### Table 三 read twice in plain pdftotext of browser prints (issue 12)

Two readings of table 三 cost a second read of the table, never more: where numbers stand after the
next section's heading (read with them first; read again without them where no repair reads them
all), and where a table of one value has as many numbers as cells but its printed order leaves a cell
without the value (read again with each row's cells after its label). Elsewhere the added work is one
scan of the tokens (all numbers one value?) and, for an unrecognised label piece after others, a
bounded number of probes of the side-by-side label reading (at most 6^3 texts, most ruled out by the
list-marker start). Measured A/B in one process on 300 probe texts (seeds 1, 2, 3, 5, 7; plain
pdftotext of both prints, LibreOffice plain, innerText, \`-layout\`), median of four alternating runs
on a machine at load 5–20: 1.12× (plain Chromium texts 1.19×, LibreOffice plain 0.98×, innerText
1.14×, \`-layout\` 1.06×; single documents vary ±50 % run to run here, so these are rough).

### Numbers wrapped inside narrow cells, \`-layout\` text (issue 12)

\`src/tables/wrapped-cells.ts\` deals a row's pieces to its cells only where the row as read does not
whole add up (or pieces stand on the lines after it) and every piece is indented (text placed by
position: plain \`pdftotext\` is never searched). Each row has a budget of its own
(\`WRAPPED_ROW_WORK\`, 20,000 cells tried; a row that runs out is left as printed), and states from
which no deal can finish are remembered, so a band is dealt once per state. Measured A/B in one
process (\`dist/\` before and after, alternating, two timed rounds) over 252 probe texts of seeds 1,
3, 7, 11, 14, 20, 103 at load 5–20: Chromium \`-layout\` 1.45×, LibreOffice \`-layout\` 1.13×, plain
Chromium 0.95× (noise); the slowest single text 348 ms. The first version, which also searched plain
text and gave a row 50,000 units, was 6.4× slower on plain Chromium text: hence the indentation gate.

### First cells apart, plain pdftotext of LibreOffice prints (issue 12)

\`repairs/side-stream.ts\` searches table 三's stream as two merged sequences where nothing else read
the table whole. Merged first as it was, parseReport over plain texts cost about 1.39× main's CPU
time: profiles showed the search itself (its dead-state keys, strings of every open row's cells,
and the garbage they made: a third of the added time was the collector) running 3,000 steps
without a decision on most of the tables it was tried on, in every plain layout (Chromium's too,
where it never reads a table). Now: the search runs only where the stream read row by row leaves at
most \`MAX_SIDE_ROWS_OFF\` = 4 rows out of their sums (277 of the 396 tables it ran on had more; the 9 it reads, 1 to 3); a state's key
holds, per open row, only the sums its equations will see; a state owing more first cells than
cells ahead that may stand apart is dead. Replaying every search over the allowed probe seeds'
plain texts and the gauntlet (396, one by one, recorded from the parse) gives the same decisions
with about 1/20 of the time. Measured A/B in one process (main's \`dist/\` vs this, text by text
alternating, three rounds, load 10–12) over 640 probe texts per layout, two runs (the layouts in
reverse order in the second): chromium-plain 1.08× / 1.05×, chromium-hf-plain 1.01× / 1.02×,
lo-plain 1.05× / 1.05×; every gauntlet text 0.89–1.07×; plain texts overall 1.05× / 1.04×. The
layout timed first pays the warm-up (chromium-plain's main time halved between the two runs), so
chromium-plain's 1.08× against its hf twin's 1.01× (the same searches) is mostly order and noise.`;

/** The reliability section (tests in CI). */
export const RELIABILITY = `## Reliability (tests in CI: \`test/reliability.test.ts\`)

- Hostile inputs finish without throwing and in time: empty input, 1 MB on one line, binary bytes, control characters,
  HTML nested 10,000 levels, unbalanced markup, a table of 100,000 rows, a run of 5,000 digits, 50 MB of text,
  one line of 200,000 spaced numbers after a row marker, one line of 30,000 headings and captions.
- Linear time: the per-byte cost of 64 reports is within 3× of that of 4 reports; the same for HTML, and for one-line
  text (spaced and glued) from 16 reports to 1 MB on one line.
- Every regular expression in \`src/\` is checked with recheck for catastrophic backtracking: the literals, read with
  the TypeScript parser, and the patterns built with \`new RegExp\` from template data when the modules load (caught by
  a proxy on \`RegExp\`). Patterns whose every repetition is bounded (\`{0,8}\`, no \`*\` or \`+\`) read a constant
  number of characters per start position and pass by that rule. The check found two real problems, both fixed: the
  pinyin pattern backtracked quadratically on a long run of combining marks, and the narrative patterns re-read an
  unbounded digit run once per split of their two optional gaps.
- A fast-check property renders random consistent reports of both versions in thirteen layouts (pipes, Markdown, HTML,
  space-aligned, cell per line, blank-line separated, converter Markdown, plain pdftotext, crawler, innerText TAB fields,
  innerText of paragraph cells, one line, one line glued), mangles them (lines deleted, duplicated, swapped, truncated,
  random characters inserted; one-line text word by word, glued text by runs of characters) and asserts that \`parseReport\` never throws and
  that every stated table-三/四 value is either the original or caught by validation (a failing or uncertain check on
  its cell). Known limit: table 二 has no arithmetic, so a duplicated line plus a lost one inside a table-二 row reads as
  a real row; the property leaves table 二 out for that reason. Likewise two lines swapped inside one row of the
  cell-per-line layout exchange two values of that row and leave a consistent report that says so; the property accepts
  such a row when its values are the original ones in another order. And table 四 is one row of fifteen: a value line
  garbled into text plus a duplicated one keep the count and shift the values after them by one cell; a shifted group may
  still add up, but the groups the shift crosses fail, so the property accepts a table-四 cell when a table-四 check fails.
  Runs of 20,000 (\`PROP_RUNS=20000\`) pass.
- The cases known to be fragile have properties of their own (\`test/empty-rows.property.test.ts\`): table 三 with rows
  left empty (rows of zeros, or any rows, so the report no longer adds up) in every lossy layout, and table 四 with lost
  cells whose blocks plain pdftotext printed out of order. Hunting at high counts (\`PROP_RUNS=1500\` to \`10000\` per file,
  the reading properties one file at a time) found three silent readings, each fixed and kept as a test: a lost blank in
  table 四 that, read in the printed order of the blocks, moved a 1 into another group; an empty table-三 row in plain
  text that took the next row's numbers although its gap showed its own cells lost; and two empty rows in a report that
  no longer adds up, where failing fewer equations with the numbers before their labels moved every row's numbers.
`;
