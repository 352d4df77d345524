/**
 * Two checks after a table is read that a clean table does not need (issue 16, perf14): table 二's
 * sub-tables of one value (`repairs/uniform-subtables.ts`) are counted only where the reading left a
 * cell open (missing or ambiguous), since a count states a cell nowhere else; and the held column
 * equations that keep a packed pair of digit stacks unnamed (`stacks-packed`) are worked out only
 * when a packed pair asks. The checks' findings are unchanged (test/uniform-subtables.test.ts,
 * test/stacks-packed.test.ts); these tests pin that the work is skipped where it finds nothing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseReport } from '../src/index.js';
import { table2BlockReport } from './helpers/block-stream.js';
import { pipeReport } from './helpers/fixtures.js';
import { readFixture } from './helpers/probe-fixtures.js';

const calls = vi.hoisted(() => ({ uniform: 0, kept: 0 }));

vi.mock('../src/repairs/uniform-subtables.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/repairs/uniform-subtables.js')>();
  return {
    ...original,
    uniformSubtables: (...args: Parameters<typeof original.uniformSubtables>) => {
      calls.uniform++;
      return original.uniformSubtables(...args);
    },
  };
});

vi.mock('../src/template/arithmetic.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/template/arithmetic.js')>();
  return {
    ...original,
    keptByColumnEquations: (...args: Parameters<typeof original.keptByColumnEquations>) => {
      calls.kept++;
      return original.keptByColumnEquations(...args);
    },
  };
});

beforeEach(() => {
  calls.uniform = 0;
  calls.kept = 0;
});

describe('checks a clean table skips', () => {
  it('a clean pipe report counts no sub-table and works out no held column equation', () => {
    const { report, diagnostics } = parseReport(pipeReport(), { format: 'text' });
    expect(report?.tables.t2).toBeTruthy();
    expect(diagnostics.map((d) => d.code)).not.toContain('table-uniform');
    expect(calls.uniform).toBe(0);
    expect(calls.kept).toBe(0);
  });

  it('a sub-table left open is still counted and read by its count', () => {
    const { diagnostics } = parseReport(table2BlockReport(['规章', '0', '0', '0', '0', '0', '0', '行政规范性', '文件']), {
      format: 'text',
    });
    expect(calls.uniform).toBeGreaterThan(0);
    expect(diagnostics.filter((d) => d.path === 't2.art20_1').map((d) => d.code)).toEqual(['table-uniform']);
  });

  it('packed stacks still ask which cells a held column equation keeps', () => {
    const { diagnostics } = parseReport(readFixture('probe-391-p04-chromium-hf-layout.txt'));
    expect(calls.kept).toBeGreaterThan(0);
    expect(diagnostics.filter((d) => d.code === 'stacks-packed')).toHaveLength(25);
  });
});
