import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import NodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { parseLedger } from '../../src/core/ledger/ledger.js';
import { SEEDS_LEDGER } from '../../src/shell/seeds-ledger.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundles = () => readdirSync(`${root}dist`).filter((file) => file.endsWith('.cjs'));

/** Runs the built CLI in a fresh process through bin/attrition.cjs: its output and the bundles it loaded. */
function runBuilt(argv: string[]): { code: number; stdout: string; stderr: string; loaded: string[] } {
  const script = `
    const loader = require(${JSON.stringify(`${root}bin/attrition.cjs`)});
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: { write: (s) => ((stdout += s), true), isTTY: false },
      stderr: { write: (s) => ((stderr += s), true) },
      env: {},
    };
    loader.load(${JSON.stringify(`${root}dist/cli.cjs`)}).main(${JSON.stringify(argv)}, io).then((code) => {
      const loaded = loader.loadedFiles().map((f) => require('node:path').basename(f));
      process.stdout.write(JSON.stringify({ code, stdout, stderr, loaded }));
    });`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe('the CLI bundles', () => {
  it('load only what a run needs: the shell, then the command and the parts it uses', () => {
    // Its flags need reading: the readers (and zod) come first, then the run.
    expect(runBuilt(['project', '--force', '12000', '--rate', '92']).loaded).toEqual([
      'cli.cjs',
      'chunk-commands-flag-readers.cjs',
      'chunk-commands-project-run.cjs',
    ]);
    // commander is loaded for help, errors and whatever the shell does not read itself.
    expect(runBuilt(['--help']).loaded).toEqual(['cli.cjs', 'chunk-program.cjs']);
    expect(runBuilt(['project', '--force', 'abc', '--rate', '92']).loaded).not.toContain('chunk-program.cjs');
    expect(runBuilt(['project', '--force', '12000', '--rat', '92']).loaded).toContain('chunk-program.cjs');
    expect(readFileSync(`${root}dist/cli.cjs`, 'utf8')).not.toContain('showSuggestionAfterError');
    const audit = runBuilt(['check', '--ledger']).loaded;
    expect(audit).toContain('chunk-shell-seeds-ledger.cjs');
    // The seeds ledger ships validated: its schema (and the zod behind it) stays unloaded.
    expect(audit).not.toContain('chunk-core-ledger-ledger.cjs');
    expect(runBuilt(['claims', '--ledger', `${root}seeds/ledger.json`]).loaded).toContain(
      'chunk-core-ledger-ledger.cjs',
    );
    // A sub-command's plain arguments are read without commander too: duel fit loads its own run only.
    const duelFit = runBuilt([
      'duel',
      'fit',
      `${root}examples/iwo-jima/iwo_jima_daily.csv`,
      '--x-losses',
      'us_cum_casualties',
      '--y0',
      '21500',
    ]).loaded;
    expect(duelFit).toEqual(['cli.cjs', 'chunk-commands-flag-readers.cjs', 'chunk-commands-duel-fit.cjs']);
    expect(
      runBuilt(['duel', '--x', '5', '--y', '5', '--a', '0.1', '--b', '0.1', '--start', '2025-01-01']).loaded,
    ).toEqual(['cli.cjs', 'chunk-commands-flag-readers.cjs', 'chunk-commands-duel-run.cjs']);
  });

  it('keep errors thrown in one bundle and caught in another usage errors (exit 2, one line)', () => {
    // A chunk's error classes are its own copies: the CLI tells them by code or name, not instanceof.
    const nothing = runBuilt(['check', 'The weather was fine']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/^attrition: no figure in the claim[^\n]*\n$/);
    const project = runBuilt(['project', '--force', 'abc', '--rate', '92']);
    expect([project.code, project.stdout]).toEqual([2, '']);
  });

  it('keep zod out of the shell and the runs: only the flag readers, loaded when a flag needs reading, hold it', () => {
    expect(readFileSync(`${root}dist/cli.cjs`, 'utf8')).not.toContain('_zod');
    expect(readFileSync(`${root}dist/chunk-commands-flag-readers.cjs`, 'utf8')).toContain('_zod');
    for (const run of ['project-run', 'fit-run', 'duel-run', 'extract-run', 'claims-run']) {
      expect(readFileSync(`${root}dist/chunk-commands-${run}.cjs`, 'utf8'), run).not.toContain('_zod');
    }
    // A claim as text with no flags has nothing to validate: its bundle leaves zod out.
    expect(readFileSync(`${root}dist/chunk-commands-check-text.cjs`, 'utf8')).not.toContain('_zod');
    const claim = runBuilt(['check', 'By 25 January 2025, 2,500 North Korean soldiers had been killed']).loaded;
    expect(claim).toEqual(['cli.cjs', 'chunk-commands-check-text.cjs', 'chunk-shell-seeds-ledger.cjs']);
    const withFlags = runBuilt(['check', 'All 12,000 could be lost by mid-April', '--rate', '92', '--json']);
    expect(withFlags.loaded).toContain('chunk-commands-flag-readers.cjs');
    expect(JSON.parse(withFlags.stdout).input).toMatchObject({ rate: 92, givenAs: { rate: '92' } });
    const badFlag = runBuilt(['check', 'All 12,000 could be lost by mid-April', '--rate', 'many']);
    expect([badFlag.code, badFlag.stdout]).toEqual([2, '']);
    expect(badFlag.stderr).toMatch(/^attrition: --rate "many" [^\n]*\n$/);
  });

  it("load a command's flag readers (and zod) only when a flag needs reading", () => {
    for (const [argv, schema, flag] of [
      [['fit', '--ledger'], 'chunk-commands-flag-readers.cjs', ['--level', '2']],
      [['claims'], 'chunk-commands-flag-readers.cjs', ['--kind', 'rumours']],
      [['check', '--ledger'], 'chunk-commands-flag-readers.cjs', ['--tolerance', 'lots']],
    ] as const) {
      const plain = runBuilt([...argv]);
      expect(plain.loaded, argv.join(' ')).not.toContain(schema);
      expect(plain.code).toBeLessThan(2);
      const bad = runBuilt([...argv, ...flag]);
      expect(bad.loaded).toContain(schema);
      expect([bad.code, bad.stdout]).toEqual([2, '']);
      expect(bad.stderr).toMatch(new RegExp(`^attrition: ${flag[0]} "${flag[1]}" [^\\n]*\\n$`));
    }
  });

  it('are ASCII, so that V8 holds their source one byte a character (scripts/ascii-bundle.js)', () => {
    for (const file of bundles()) expect(readFileSync(`${root}dist/${file}`, 'utf8'), file).toMatch(/^[\x00-\x7f]*$/);
  });

  it('print the seeds ledger as the schema makes it', () => {
    const parsed = parseLedger(SEEDS_LEDGER);
    if (!parsed.ok) throw new Error(parsed.problem);
    const printed = JSON.parse(runBuilt(['claims', '--json']).stdout);
    expect(JSON.stringify(printed.result.claims)).toBe(JSON.stringify(parsed.value.claims));
  });
});

describe('the code caches for Node 20', () => {
  // Node 22+ caches compiled code itself, and the bin uses that instead.
  const node20 = typeof (NodeModule as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

  const profiles = () => readdirSync(`${root}dist/caches`);
  /** Every cache the build wrote, with the bundle it is for. */
  const caches = () => [
    ...bundles().map((name) => ({ bundle: `${root}dist/${name}`, cache: `${root}dist/${name}.cache` })),
    ...profiles().flatMap((profile) =>
      readdirSync(`${root}dist/caches/${profile}`).map((name) => ({
        bundle: `${root}dist/${name.replace(/\.cache$/, '')}`,
        cache: `${root}dist/caches/${profile}/${name}`,
      })),
    ),
  ];

  it('are written by the build for the CLI and every chunk it loads on demand', () => {
    const files = bundles();
    expect(files).toContain('cli.cjs');
    expect(files.filter((file) => file.startsWith('chunk-')).length).toBeGreaterThan(5);
    for (const file of files) expect(existsSync(`${root}dist/${file}.cache`), file).toBe(true);
  });

  it('are written for each command on its own, for the bundles its runs load', () => {
    expect(profiles().sort()).toEqual(['attrition', ...COMMANDS.map((spec) => spec.name)].sort());
    expect(readdirSync(`${root}dist/caches/project`).sort()).toEqual(
      expect.arrayContaining(['cli.cjs.cache', 'chunk-commands-project-run.cjs.cache']),
    );
    // A command's caches hold its own functions only: the extraction grammar is not in project's.
    expect(readdirSync(`${root}dist/caches/project`)).not.toContain('chunk-commands-extract-run.cjs.cache');
    for (const { bundle } of caches()) expect(existsSync(bundle), bundle).toBe(true);
  });

  it.runIf(node20)('are accepted by this V8, every one of them', () => {
    for (const { bundle, cache } of caches()) {
      const script = new Script(NodeModule.wrap(readFileSync(bundle, 'utf8')), {
        filename: bundle,
        cachedData: readFileSync(cache),
      });
      expect(script.cachedDataRejected, cache).toBe(false);
    }
  });

  it.runIf(node20)("are a command's own when a run names it, and the shared ones otherwise", () => {
    const script = (argv: string[]) => `
      const fs = require('node:fs');
      const read = fs.readFileSync;
      const caches = [];
      fs.readFileSync = (file, ...rest) => {
        if (String(file).endsWith('.cache')) caches.push(require('node:path').relative(${JSON.stringify(root)}, file));
        return read(file, ...rest);
      };
      const loader = require(${JSON.stringify(`${root}bin/attrition.cjs`)});
      loader.useCachesFor(${JSON.stringify(argv)});
      loader.load(${JSON.stringify(`${root}dist/cli.cjs`)});
      process.stdout.write(JSON.stringify(caches));`;
    const cachesRead = (argv: string[]) =>
      JSON.parse(spawnSync(process.execPath, ['-e', script(argv)], { encoding: 'utf8' }).stdout);
    expect(cachesRead(['--no-color', 'project', '--force', '1'])).toEqual(['dist/caches/project/cli.cjs.cache']);
    expect(cachesRead(['--help'])).toEqual(['dist/caches/attrition/cli.cjs.cache']);
    expect(cachesRead(['nonsense'])).toEqual(['dist/caches/nonsense/cli.cjs.cache', 'dist/cli.cjs.cache']);
    expect(cachesRead(['../../etc'])).toEqual(['dist/cli.cjs.cache']);
  });
});
