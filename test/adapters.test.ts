import { describe, expect, it } from 'vitest';
import { extensionOf, type TextAdapter } from '../src/adapters/adapter.js';
import { CORE_ADAPTERS, coreRegistry, createAdapterRegistry, detectFormat } from '../src/adapters/registry.js';
import { FILE_REGISTRY, NODE_ADAPTERS } from '../src/node/adapters.js';
import { formatForFile } from '../src/node/index.js';
import { REPORT_EXTENSIONS } from '../src/cli/files.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('the adapter registry', () => {
  it('detects text formats in registry order, plain text last', () => {
    expect(detectFormat('<!doctype html><p>x</p>')).toBe('html');
    expect(detectFormat('<p>a</p><p>b</p><div>c</div><span>d</span><br>')).toBe('html');
    expect(detectFormat('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('markdown');
    expect(detectFormat('# 标题\n正文')).toBe('markdown');
    expect(detectFormat('一、总体情况\n正文')).toBe('text');
    expect(CORE_ADAPTERS.map((a) => a.format)).toEqual(['html', 'markdown', 'text']);
  });

  it('finds document formats by content, never by name', () => {
    expect(FILE_REGISTRY.detectDocument(utf8('%PDF-1.7\n'))?.format).toBe('pdf');
    expect(FILE_REGISTRY.detectDocument(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))?.format).toBe('docx');
    expect(FILE_REGISTRY.detectDocument(utf8('一、总体情况'))).toBeNull();
    expect(coreRegistry().detectDocument(utf8('%PDF-1.7\n'))).toBeNull();
    expect(NODE_ADAPTERS.map((a) => a.format)).toEqual(['pdf', 'docx']);
  });

  it('names text formats by extension or MIME type', () => {
    expect(formatForFile('a/b/report.HTM')).toBe('html');
    expect(formatForFile('report.markdown')).toBe('markdown');
    expect(formatForFile('report.txt')).toBe('text');
    expect(formatForFile('report.pdf')).toBe('auto');
    expect(formatForFile('.htm')).toBe('auto');
    expect(FILE_REGISTRY.textAdapterByName({ mime: 'text/html; charset=utf-8' })?.format).toBe('html');
    expect(extensionOf('C:\\dir.x\\file')).toBe('');
    expect(extensionOf('dir.x/file.TXT')).toBe('.txt');
  });

  it('walks directories for the extensions of every registered adapter', () => {
    for (const ext of ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.shtml', '.docx', '.pdf'])
      expect(REPORT_EXTENSIONS.has(ext)).toBe(true);
  });

  it('takes a new adapter as one entry of the list, before the ones it must win over', () => {
    const csv: TextAdapter = {
      kind: 'text',
      format: 'text',
      extensions: ['.csv'],
      mimeTypes: ['text/csv'],
      detect: (t) => t.startsWith('csv,'),
      render: (input) => ({ text: input.replace(/,/g, '\t') }),
    };
    const registry = createAdapterRegistry([csv, ...CORE_ADAPTERS]);
    expect(registry.detectText('csv,1,2')).toBe(csv);
    expect(registry.detectText('<!doctype html>').format).toBe('html');
    expect(registry.textAdapterByName({ name: 'x.csv' })).toBe(csv);
    expect(() => createAdapterRegistry([])).toThrow(TypeError);
    expect(() => coreRegistry().textAdapter('pdf' as never)).toThrow(/text adapter/);
  });
});
