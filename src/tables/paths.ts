/** Dotted cell paths belong to `model/`; re-exported here so existing imports keep working. */
export { cellAt, getPath, setPath } from '../model/paths.js';
