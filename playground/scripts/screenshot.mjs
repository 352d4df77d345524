/**
 * Takes the README's screenshot of the playground (our example report, a cell of table 三
 * selected and its source highlighted) with the system Chromium: `npm run build:playground &&
 * node playground/scripts/screenshot.mjs [out.png]` (default `docs/playground.png`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './serve.mjs';

const out = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'playground.png');
const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1560 } });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.check('input[name="severity"][value="info"]');
  await page.click('td[data-address="t3.newReceived.total"]');
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('.table-scroll')) el.scrollLeft = 0;
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
