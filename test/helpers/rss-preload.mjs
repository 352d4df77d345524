// Loaded with `node --import` by test/cli-limits.test.ts: on exit, the main thread writes the
// process's peak RSS (MB) to the file named by ZFXXGK_RSS_FILE, so that a test can bound the memory
// of a command-line run (workers included: the RSS is the whole process's).
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.ZFXXGK_RSS_FILE;
if (isMainThread && file) {
  process.on('exit', () => writeFileSync(file, String(Math.round(process.resourceUsage().maxRSS / 1024))));
}
