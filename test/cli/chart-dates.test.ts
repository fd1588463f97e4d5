import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/dates.js';
import { cli, cliJson } from '../helpers/cli.js';
import { elements, parseXml } from '../helpers/xml.js';

const STEPPED = [
  'project',
  '--force',
  '12000',
  '--rate',
  '92',
  '--phase',
  '2025-01-17=0',
  '--phase',
  '2025-02-07=60',
  '--reinforce',
  '2025-02-07=3000',
  '--threshold',
  '50%',
];
const CONSTANT = ['project', '--force', '12000', '--rate', '92'];
const CONSTANT_AS_OF = [...CONSTANT, '--casualties', '3800', '--as-of', '2025-01-16', '--threshold', '75%'];
const STEPPED_AS_OF = [...STEPPED, '--casualties', '3800', '--as-of', '2025-01-16'];
const RETURNS = ['project', '--force', '12000', '--rate', '92', '--return-to-duty', '30%', '--threshold', '60%'];

const dayAfter = (iso: string): string => isoDate(Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 1);

describe("a projection chart's date axis names the result's date", () => {
  for (const args of [STEPPED, CONSTANT, CONSTANT_AS_OF, STEPPED_AS_OF, RETURNS]) {
    it(`on the terminal and in the SVG: ${args.slice(1).join(' ')}`, async () => {
      const { result } = await cliJson(args);
      const terminal = await cli([...args, '--chart']);
      expect(terminal.code).toBe(0);
      const axis = terminal.stdout.split('\n').find((line) => /^\s+\d{4}-\d{2}-\d{2}\s/.test(line))!;
      expect(axis).toContain(result.date);
      expect(axis).not.toContain(dayAfter(result.date));

      const svg = await cli([...args, '--svg', '-']);
      const keys = elements(parseXml(svg.stdout), 'g', 'tick', 'x').filter((g) =>
        g.getAttribute('class')!.includes('key'),
      );
      const days = keys.map((g) => g.getAttribute('data-day'));
      expect(days).toContain(result.date);
      expect(days).not.toContain(dayAfter(result.date));
      expect(keys.map((g) => g.getElementsByTagName('text')[0]!.textContent)).toContain(result.date);
    });
  }
});

describe('a stepped report counts the reinforcements arrived in every figure', () => {
  it('names the same losses in the headline, the milestones and the chart legend as in the JSON', async () => {
    const { result } = await cliJson(STEPPED);
    const run = await cli([...STEPPED, '--chart']);
    const grouped = (n: number): string => n.toLocaleString('en-US');
    expect(run.stdout.split('\n')[0]).toContain(
      `(${grouped(result.losses)} of ${grouped(result.losses / result.threshold)})`,
    );
    expect(run.stdout).toContain(`threshold: 50 % lost (${grouped(result.losses)})`);
    expect(run.stdout).toContain(`● 50 % lost (${grouped(result.losses)}) ${result.date}`);
    for (const m of result.milestones) expect(run.stdout).toMatch(new RegExp(`${grouped(m.losses)}\\s+${m.date}`));
  });
});
