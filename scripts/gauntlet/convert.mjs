// The real tools of the gauntlet: headless Chromium (print to PDF, innerText, clipboard copy),
// LibreOffice (HTML → DOCX → PDF), poppler's pdftotext (-layout and plain), and the flattenings
// crawlers do (one line; glued). Each function takes a page or a file and writes its output.
// Needs the Debian tools of scripts/install-tools.sh and the devDependency playwright-core.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, statSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Flags for every Chromium run: no network chatter, no first-run UI, no GPU. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Tries a tool up to three times: LibreOffice now and then fails with "Unspecified Application Error" on a fresh profile. */
const ATTEMPTS = 3;

function run(cmd, args, options = {}, succeeded = () => false) {
  for (let attempt = 1; ; attempt++) {
    try {
      return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, ...options });
    } catch (err) {
      if (succeeded()) return Buffer.alloc(0);
      if (attempt >= ATTEMPTS) throw new Error(`${cmd} failed: ${String(err.stderr ?? err.message).trim()}`);
    }
  }
}

/** A fresh scratch directory (removed by the caller with `rmSync`). */
export function scratch(prefix) {
  return mkdtempSync(join(tmpdir(), `gauntlet-${prefix}-`));
}

/**
 * Chromium print-to-PDF of an HTML file. `headerFooter` keeps Chromium's default header (date,
 * title) and footer (file URL, page n/N) as users' PDFs have them.
 */
export function chromiumPdf(htmlFile, pdfFile, { headerFooter }) {
  const profile = scratch('chromium');
  try {
    run(CHROMIUM, [
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${profile}`,
      ...(headerFooter ? [] : ['--no-pdf-header-footer']),
      `--print-to-pdf=${pdfFile}`,
      pathToFileURL(htmlFile).href,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** LibreOffice conversion of one file into `format` (`docx`, `pdf`), its own profile per run. */
export function libreOffice(inputFile, outFile, format) {
  const profile = scratch('lo');
  const out = scratch('lo-out');
  try {
    const target = format === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf:writer_pdf_Export';
    const infilter = inputFile.endsWith('.html') ? ['--infilter=HTML (StarWriter)'] : [];
    const written = join(out, basename(inputFile).replace(/\.[^.]+$/, `.${format}`));
    // Exporting a page that links images it cannot load, LibreOffice writes the whole file and then
    // exits with "Unspecified Application Error": the file is what a user gets.
    run(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        ...infilter,
        '--convert-to',
        target,
        '--outdir',
        out,
        inputFile,
      ],
      {},
      () => existsSync(written) && statSync(written).size > 0,
    );
    copyFileSync(written, outFile);
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

/** poppler's pdftotext, `-layout` or plain (reading order), as UTF-8 text. */
export function pdfToText(pdfFile, { layout }) {
  return run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdfFile, '-']).toString('utf8');
}

/** Whitespace collapsed to one space: the article stored as one line by a crawler. */
export function oneLine(text) {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** No whitespace at all: cells and digits glued (`…数量3000003二、…`). */
export function glued(text) {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/**
 * Writes the text layouts a browser gives of `page` through `put(name, text)`: innerText, the
 * clipboard copy, and innerText flattened to one line and glued (the gauntlet's and the probe's).
 */
export async function writeBrowserTexts(browser, page, put) {
  const { innerText, clipboard } = await browser.texts(page);
  put('innertext.txt', innerText);
  put('clipboard.txt', clipboard);
  put('one-line.txt', oneLine(innerText) + '\n');
  put('glued.txt', glued(innerText) + '\n');
}

/** Writes `pdftotext -layout` and plain `pdftotext` of `pdf` as `<name>.layout.txt` and `<name>.plain.txt`. */
export function writePdfTexts(pdf, name, put) {
  put(`${name}.layout.txt`, pdfToText(pdf, { layout: true }));
  put(`${name}.plain.txt`, pdfToText(pdf, { layout: false }));
}

/**
 * A browser session for innerText and clipboard copies (system Chromium driven by
 * playwright-core; no browser download).
 */
export async function openBrowser() {
  const { chromium } = await import('playwright-core');
  const profile = scratch('pw');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS.filter((f) => f !== '--headless'),
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return {
    /** `document.body.innerText` and the text a user gets with Ctrl+A, Ctrl+C. */
    async texts(htmlFile) {
      const page = await context.newPage();
      try {
        await page.goto(pathToFileURL(htmlFile).href);
        const innerText = await page.evaluate(() => document.body.innerText);
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Control+C');
        const clipboard = await page.evaluate(() => navigator.clipboard.readText());
        return { innerText, clipboard };
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export { mkdirSync, readFileSync, writeFileSync };
