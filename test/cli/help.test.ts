import { describe, expect, it } from 'vitest';
import { COMMANDS, TOP_EXAMPLES } from '../../src/commands/registry.js';
import { bufferOutput } from '../../src/shell/io.js';
import { main } from '../../src/main.js';
import { cli } from '../helpers/cli.js';

const PAGES = [[], ...COMMANDS.flatMap((c) => [[c.name], ...(c.subcommands ?? []).map((sub) => [c.name, sub.name])])];
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('help', () => {
  for (const page of PAGES) {
    const command = `attrition ${[...page, '--help'].join(' ')}`;
    it(`${command}: usage, then options, then examples, within 80 columns`, async () => {
      const run = await cli([...page, '--help']);
      expect(run.code).toBe(0);
      const text = run.stdout;
      expect(text.startsWith(`Usage: attrition${page.length ? ` ${page.join(' ')}` : ''} `)).toBe(true);
      expect(text.indexOf('Options:')).toBeGreaterThan(0);
      expect(text.indexOf('\nExamples\n')).toBeGreaterThan(text.indexOf('Options:'));
      expect(widest(text)).toBeLessThanOrEqual(80);
      expect(text).toMatchSnapshot();
    });
  }

  it('is described as the help shows it: the README and the conventions say the examples end it', async () => {
    const { readFileSync } = await import('node:fs');
    const said = /`attrition COMMAND --help` (\w+) with examples/;
    for (const doc of ['README.md', 'docs/conventions.md']) {
      const text = readFileSync(doc, 'utf8').replace(/\s+/g, ' ');
      expect(said.exec(text)?.[1], doc).toBe('ends');
    }
    for (const page of PAGES.filter((p) => p.length > 0)) {
      const help = (await cli([...page, '--help'])).stdout.trimEnd();
      const examples = help.lastIndexOf('\nExamples\n');
      expect(examples, page.join(' ')).toBeGreaterThan(0);
      // Nothing after the examples but the example lines themselves.
      expect(
        help
          .slice(examples + '\nExamples\n'.length)
          .split('\n')
          .every((l) => l.startsWith('  ')),
      ).toBe(true);
    }
  });

  it('shows every command at the top level, with Monte Carlo, a chart and a claim as text', async () => {
    const top = (await cli(['--help'])).stdout;
    for (const c of COMMANDS)
      expect(
        TOP_EXAMPLES.some((e) => e.startsWith(`attrition ${c.name} `) || e === `attrition ${c.name}`),
        c.name,
      ).toBe(true);
    expect(TOP_EXAMPLES.some((e) => e.includes('--samples'))).toBe(true);
    expect(TOP_EXAMPLES.some((e) => / --(chart|svg)\b/.test(e))).toBe(true);
    expect(TOP_EXAMPLES.some((e) => /^attrition check "/.test(e))).toBe(true);
    for (const e of TOP_EXAMPLES) expect(top.replace(/ \\\n {6}/g, ' ')).toContain(e);
  });

  it('does not call project a constant-rate projection only', async () => {
    const run = await cli(['project', '--help']);
    expect(run.stdout).not.toMatch(/at a constant daily casualty\s+rate\.\n/);
    expect(run.stdout).toMatch(/stepped day by day/);
  });

  it('bare attrition and attrition --no-color both print the short usage and exit 0', async () => {
    const bare = await cli([]);
    const plain = await cli(['--no-color']);
    expect(bare.code).toBe(0);
    expect(plain).toEqual(bare);
    expect(bare.stdout).toContain('Examples\n  attrition project --force 12000 --rate 92\n');
  });

  it('fits a narrow terminal', async () => {
    const stdout = Object.assign(bufferOutput(true), { columns: 72 });
    await main(['check', '--help'], { stdout, stderr: bufferOutput(true), env: {} });
    const long = stdout
      .text()
      .split('\n')
      .filter((l) => [...l].length > 72);
    expect(long).toEqual([]);
  });
});
