import { describe, expect, it } from 'vitest';
import { cli, type CliRun } from '../helpers/cli.js';

/** Where a flag of a kind is used: the command line around it, and text piped in if any. */
interface Use {
  name: string;
  args: (value: string) => string[];
  stdin?: string;
}

const MC = ['--samples', '100', '--seed', '1'];
const COUNT_USES: Use[] = [
  { name: 'project --force', args: (v) => ['project', '--force', v, '--rate', '92'] },
  { name: 'project --samples --force', args: (v) => ['project', '--force', v, '--rate', '80..92', ...MC] },
  { name: 'check --force', args: (v) => ['check', '--force', v, '--casualties', '3800', '--as-of', '2025-01-16'] },
  {
    name: 'check "TEXT" --force',
    args: (v) => ['check', 'They lost 3,800 by 16 January 2025, some 92 a day.', '--force', v],
  },
  {
    name: 'fit --force',
    args: (v) => ['fit', '-', '--force', v],
    stdin: '2024-12-25,1800\n2025-01-13,3000\n2025-01-20,4000\n',
  },
];
const CASUALTY_USES: Use[] = [
  {
    name: 'project --casualties',
    args: (v) => ['project', '--force', '20000', '--rate', '92', '--casualties', v, '--as-of', '2025-06-30'],
  },
  {
    name: 'check --casualties',
    args: (v) => ['check', '--force', '20000', '--casualties', v, '--as-of', '2025-06-30'],
  },
];
const COUNT_FORMS = ['12000', '12,000', '12k', '1.2e4', 'about 12000', 'at least 12000', '~12000', 'twelve', '-5', ''];

const DAY_USES: Use[] = [
  { name: 'project --start', args: (v) => ['project', '--force', '12000', '--rate', '92', '--start', v] },
  {
    name: 'project --samples --start',
    args: (v) => ['project', '--force', '12000', '--rate', '80..92', '--start', v, ...MC],
  },
  {
    name: 'check --start',
    args: (v) => ['check', '--force', '12000', '--rate', '92', '--by', '2025-06-30', '--start', v],
  },
  { name: 'sweep --start', args: (v) => ['sweep', '--force', '12000', '--rate', '92', '--start', v] },
  {
    name: 'project --as-of',
    args: (v) => ['project', '--force', '12000', '--rate', '92', '--casualties', '100', '--as-of', v],
  },
  {
    name: 'project --samples --as-of',
    args: (v) => ['project', '--force', '12000', '--rate', '80..92', '--casualties', '100', '--as-of', v, ...MC],
  },
  { name: 'check --as-of', args: (v) => ['check', '--force', '12000', '--casualties', '100', '--as-of', v] },
  {
    name: 'extract --published',
    args: (v) => ['extract', '-', '--published', v],
    stdin: 'About 12,000 troops lost 3,800 by 16 January.',
  },
];
const DAY_FORMS = [
  '2024-12-20',
  '2024-12-9',
  '2024/12/20',
  '20 Dec 2024',
  'December 20, 2024',
  'mid-December 2024',
  '2024-02-30',
  'soon',
  '',
];

const PERIOD_USES: Use[] = [
  { name: 'check --by', args: (v) => ['check', '--force', '12000', '--rate', '92', '--by', v] },
  {
    name: 'project --samples --by',
    args: (v) => ['project', '--force', '11000..12000', '--rate', '80..92', '--by', v, ...MC],
  },
];
const PERIOD_FORMS = ['2025-04-15', '2025/4/15', '15 April 2025', 'mid-April 2025', 'mid-April', 'April 2025', 'soon'];

/** The refusal with the flag and its value taken out, so refusals compare across flags. */
const refusal = (run: CliRun, value: string): string | null =>
  run.code === 2 ? run.stderr.replace(/^attrition: --[a-z-]+ /, '').replace(JSON.stringify(value), 'VALUE') : null;

async function outcomes(uses: Use[], form: string): Promise<Record<string, string | null>> {
  const entries = await Promise.all(
    uses.map(async (use) => {
      const run = await cli(use.args(form), use.stdin === undefined ? {} : { stdin: use.stdin });
      expect([0, 1, 2], `${use.name} ${form}: ${run.stderr}`).toContain(run.code);
      return [use.name, refusal(run, form)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe('every flag of a kind accepts the same forms in every command', () => {
  for (const [kind, uses, forms] of [
    ['force', COUNT_USES, COUNT_FORMS],
    ['casualties', CASUALTY_USES, COUNT_FORMS],
    ['day', DAY_USES, DAY_FORMS],
    ['period', PERIOD_USES, PERIOD_FORMS],
  ] as const) {
    for (const form of forms) {
      it(`${kind} "${form}": accepted everywhere or refused everywhere with the same message`, async () => {
        const seen = await outcomes([...uses], form);
        const distinct = new Set(Object.values(seen));
        expect(distinct.size, JSON.stringify(seen, null, 2)).toBe(1);
      });
    }
  }

  it('states the reading of a form that says less than the flag needs, in the report and in JSON', async () => {
    const human = await cli([
      'project',
      '--force',
      'about 12000',
      '--rate',
      '92',
      '--casualties',
      '3800',
      '--as-of',
      'mid-January 2025',
    ]);
    expect(human.stdout).toContain('  - --force "about 12000" taken as 12,000.\n');
    expect(human.stdout).toContain('  - --as-of "mid-January 2025" taken as its middle day, 2025-01-15.\n');
    const json = JSON.parse((await cli(['project', '--force', 'about 12000', '--rate', '92', '--json'])).stdout);
    expect(json.input.readings).toEqual(['--force "about 12000" taken as 12,000']);
    expect(json.input.force).toBe(12000);
  });
});
