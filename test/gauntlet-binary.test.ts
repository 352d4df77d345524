/** The converter gauntlet (docs/gauntlet.md) over its PDFs (`parsePdf`) and DOCX files (`parseDocx`). */
import { gauntletSuite } from './helpers/gauntlet.js';

gauntletSuite('PDF and DOCX', (l) => l.reader === 'pdf' || l.reader === 'docx');
