/**
 * The package as npm would publish it: packed from a clean tree (no dist/: `prepack` builds),
 * the tarball's file list, and the tarball installed into an empty project, where the ESM and
 * CJS entries, the types of every entry and the `zfxxgk` binary work.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
};
const EXAMPLE = join(ROOT, 'examples', 'sample-report-2023.md');
const REPO = 'https://github.com/zfxxgk-report/zfxxgk-report';

let work: string;
let files: string[] = [];
let project: string;

function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

describe('npm pack from a clean tree, installed into an empty project', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'zfxxgk-pack-'));
    const tree = join(work, 'tree');
    // The files a clean clone has (tracked, plus new files not ignored): no dist/.
    const listed = sh('git', ['ls-files', '-co', '--exclude-standard', '-z'], ROOT).split('\0').filter(Boolean);
    for (const f of listed) {
      if (!existsSync(join(ROOT, f))) continue;
      mkdirSync(dirname(join(tree, f)), { recursive: true });
      cpSync(join(ROOT, f), join(tree, f));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    // prepack's build log comes first on stdout; npm's JSON report is the last thing printed.
    const printed = sh('npm', ['pack', '--json', '--pack-destination', work], tree);
    const out = JSON.parse(printed.slice(printed.lastIndexOf('\n[') + 1)) as { filename: string; files: { path: string }[] }[];
    files = (out[0]?.files ?? []).map((f) => f.path).sort();
    const tarball = join(work, out[0]?.filename ?? '');
    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: project,
      encoding: 'utf8',
    });
    if (install.status !== 0) {
      // No npm cache (a fresh machine without network): unpack the tarball as npm would and link its dependencies.
      const dest = join(project, 'node_modules', pkg.name);
      mkdirSync(dest, { recursive: true });
      sh('tar', ['xzf', tarball, '-C', dest, '--strip-components=1'], project);
      for (const dep of Object.keys(pkg.dependencies))
        symlinkSync(join(ROOT, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
      mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
      symlinkSync(join(dest, 'dist', 'cli.js'), join(project, 'node_modules', '.bin', 'zfxxgk'));
    }
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships the built code of every entry, the schema, README, CHANGELOG and LICENSE, and nothing else', () => {
    for (const entry of ['index', 'validate', 'node', 'docx', 'pdf']) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(files).toContain(`dist/${entry}.${ext}`);
    }
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/report.schema.json');
    for (const f of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) expect(files).toContain(f);
    expect(files.filter((f) => !f.startsWith('dist/') && !['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json'].includes(f))).toEqual(
      [],
    );
  });

  it('runs from ESM and CommonJS, and the binary works', () => {
    const esm = sh(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { parseReport, listCells } from '${pkg.name}'; import { validateReport } from '${pkg.name}/validate'; import { parseFile } from '${pkg.name}/node'; const r = await parseFile(${JSON.stringify(EXAMPLE)}); console.log(listCells(r.report).length, validateReport(r.report).ok, typeof parseReport);`,
      ],
      project,
    );
    expect(esm.trim()).toBe('200 true function');
    const cjs = sh(
      process.execPath,
      [
        '-e',
        `const { parseReport, listCells } = require('${pkg.name}'); const { parseBytes } = require('${pkg.name}/node'); const fs = require('fs'); const r = parseReport(fs.readFileSync(${JSON.stringify(EXAMPLE)}, 'utf8')); parseBytes(fs.readFileSync(${JSON.stringify(EXAMPLE)})).then((b) => console.log(listCells(r.report).length, b.encoding, typeof require('${pkg.name}/docx').parseDocx, typeof require('${pkg.name}/pdf').parsePdf));`,
      ],
      project,
    );
    expect(cjs.trim()).toBe('200 utf-8 function function');
    const bin = spawnSync(join(project, 'node_modules', '.bin', 'zfxxgk'), ['show', EXAMPLE, '--lang', 'en'], { encoding: 'utf8' });
    expect(bin.status).toBe(0);
    expect(bin.stdout).toContain('cells: 200 value');
  });

  it('types resolve for every entry under node16 resolution, from ESM and CommonJS', () => {
    const entries = ['', '/validate', '/node', '/docx', '/pdf'];
    writeFileSync(
      join(project, 'esm.mts'),
      `${entries.map((e, i) => `import * as m${i} from '${pkg.name}${e}';`).join('\n')}\nconst n: number = m0.listCells(m0.parseReport('').report!).length;\nexport { n, m1, m2, m3, m4 };\n`,
    );
    writeFileSync(
      join(project, 'cjs.cts'),
      `${entries.map((e, i) => `import m${i} = require('${pkg.name}${e}');`).join('\n')}\nconst ok: boolean = m1.validateReport(m0.createReport({ cells: {} })).ok;\nexport = { ok, m2, m3, m4 };\n`,
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        'node16',
        '--moduleResolution',
        'node16',
        '--types',
        'node',
        '--typeRoots',
        join(ROOT, 'node_modules', '@types'),
        'esm.mts',
        'cjs.cts',
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('package metadata for the npm page and provenance; README links work there', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(meta.repository).toEqual({ type: 'git', url: `git+${REPO}.git` });
    expect(meta.homepage).toBe(`${REPO}#readme`);
    expect(meta.bugs).toEqual({ url: `${REPO}/issues` });
    expect(meta.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toContain('MIT License');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const [, target] of readme.matchAll(/\]\(([^)]+)\)/g)) {
      expect(target, 'README links must be absolute: the npm page has no docs/').toMatch(/^(?:https:\/\/|#)/);
      // Pages link to the repository's file view, images to the raw file (the npm page shows those).
      const RAW = 'https://raw.githubusercontent.com/zfxxgk-report/zfxxgk-report/main/';
      const local = target?.startsWith(`${REPO}/blob/main/`)
        ? target.slice(`${REPO}/blob/main/`.length).split('#')[0]
        : target?.startsWith(RAW)
          ? target.slice(RAW.length)
          : undefined;
      if (local) expect(existsSync(join(ROOT, local)), target).toBe(true);
    }
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
  });
});
