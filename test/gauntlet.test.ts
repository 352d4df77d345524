/**
 * The converter gauntlet (issue 12, docs/gauntlet.md): reports of our own pushed through the real
 * tools and committed under test/gauntlet/ with their truth. This file reads the source pages and
 * the text layouts (innerText, clipboard, one line, glued, pdftotext); gauntlet-binary.test.ts the
 * PDFs and DOCX files.
 */
import { gauntletSuite } from './helpers/gauntlet.js';

gauntletSuite('source pages and text', (l) => l.reader === 'html' || l.reader === 'text');
