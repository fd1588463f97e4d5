import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The command in the README's Getting started table on the row that starts with `what`. */
const row = (what: string): string => {
  const line = readme.split('\n').find((l) => l.startsWith(`| ${what}`));
  if (line === undefined) throw new Error(`no row "${what}" in the README's Getting started`);
  return /`([^`]+)`\s*\|\s*$/.exec(line)![1]!;
};

describe("the README's set-up", () => {
  it('leaves attrition on the PATH without root, running this checkout at the speed of the bin', () => {
    const setup = row('install, build, put `attrition` on your PATH, and run the reference case').split(' && ');
    expect(setup[0]).toBe('npm install');
    expect(setup[1]).toBe('npm run link-bin');
    // npm install ran before the tests; link-bin links the command, here into a home of its own.
    const home = mkdtempSync(join(tmpdir(), 'attrition-home-'));
    const env = { ...process.env, HOME: home, npm_config_cache: join(home, '.npm'), NO_COLOR: '1' };
    execSync(setup[1]!, { cwd: root, env, stdio: 'pipe' });
    // The export puts ~/.local/bin on the PATH; the last command runs the reference case with it.
    expect(setup[2]).toBe('export PATH="$HOME/.local/bin:$PATH"');
    const reference = setup[3]!.split(' ');
    expect(reference[0]).toBe('attrition');
    const path = `${join(home, '.local', 'bin')}${delimiter}${process.env.PATH}`;
    const run = spawnSync(reference[0]!, reference.slice(1), { env: { ...env, PATH: path }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe('The force is fully lost on 2025-04-15 (mid-April 2025).');
    // The link is to this checkout's bin: no copy, no rebuild.
    const linked = spawnSync('readlink', ['-f', join(home, '.local', 'bin', 'attrition')], { encoding: 'utf8' });
    expect(linked.stdout.trim()).toBe(join(root, 'bin', 'attrition.cjs'));
  }, 120_000);

  it('runs without linking as ./bin/attrition.cjs, as it says', () => {
    expect(readme).toContain('`./bin/attrition.cjs …`');
    const run = spawnSync('./bin/attrition.cjs', ['project', '--force', '12000', '--rate', '92'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stdout.split('\n')[0]).toBe('The force is fully lost on 2025-04-15 (mid-April 2025).');
  });
});
