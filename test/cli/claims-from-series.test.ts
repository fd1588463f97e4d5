import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// Claims built from the General Staff series itself, worded the ways outlets word them: each true claim
// must be consistent, and the same claim with its figure raised by 60 % must not be.

const seed = JSON.parse(readFileSync(new URL('../../seeds/general-staff-personnel.json', import.meta.url), 'utf8')) as {
  first: string;
  counts: number[];
};
const DAY = 86_400_000;
const firstDay = Date.parse(seed.first);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const countOn = (date: string) => seed.counts[(Date.parse(date) - firstDay) / DAY]!;
const shift = (date: string, days: number) => iso(Date.parse(date) + days * DAY);
const fmt = (n: number) => n.toLocaleString('en-US');
const round = (n: number, to: number) => Math.round(n / to) * to;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

interface Built {
  text: string;
  published: string;
  /** A count of one day may be either of the two days the report of "the past day" covers: raised, it may still fit. */
  oneDay: boolean;
}

function claimsOn(date: string): Built[] {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const total = countOn(date);
  const day = total - countOn(shift(date, -1));
  const previousMonth = month === 1 ? 12 : month - 1;
  const previousYear = month === 1 ? year - 1 : year;
  const monthStart = `${previousYear}-${String(previousMonth).padStart(2, '0')}-01`;
  const monthEnd = shift(`${year}-${String(month).padStart(2, '0')}-01`, -1);
  const monthIncrease = countOn(monthEnd) - countOn(shift(monthStart, -1));
  const monthDays = (Date.parse(monthEnd) - Date.parse(monthStart)) / DAY + 1;
  const sinceYear = total - countOn(`${year - 1}-12-31`);
  const T = fmt(round(total, 1000));
  const name = MONTHS[previousMonth - 1]!;
  const texts: [string, boolean][] = [
    [`Russia has lost ${T} soldiers since the invasion, Kyiv said.`, false],
    [`Ukraine's General Staff says Russian losses have reached about ${fmt(round(total, 100))}.`, false],
    [`Russian troops lost ${fmt(day)} soldiers over the past day, Ukraine's military said.`, true],
    [`${fmt(day)} occupiers were eliminated over the past day, the General Staff of Ukraine said.`, true],
    [`In ${name} ${previousYear}, Russia lost some ${fmt(round(monthIncrease, 100))} soldiers, Ukraine said.`, false],
    [`Russian losses averaged ${fmt(Math.round(monthIncrease / monthDays))} a day in ${name}, Kyiv said.`, false],
    [`Losses of the Russian army amount to some ${T} servicemen, Ukraine's defence ministry said.`, false],
    [`Russian casualties rose by ${fmt(day)} in a day to about ${T}, according to Ukrainian data.`, true],
    ...(month > 2
      ? [[`Since the start of the year, Russia has lost about ${fmt(round(sinceYear, 1000))} troops.`, false]]
      : []),
  ] as [string, boolean][];
  return texts.map(([text, oneDay]) => ({ text, published: date, oneDay }));
}

/** The claim with its first count of three or more digits raised by 60 %. */
const raised = (text: string) =>
  text.replace(/\d{1,3}(?:,\d{3})+|\b\d{3}\b/, (n) => fmt(Math.round(Number(n.replaceAll(',', '')) * 1.6)));

const claims = ['2023-04-11', '2023-09-14', '2024-03-18', '2024-08-30', '2024-11-18', '2025-05-29'].flatMap(claimsOn);

async function verdictOf(text: string, published: string): Promise<string> {
  const run = await cli(['check', text, '--published', published, '--json']);
  return run.code === 2 ? 'no verdict' : JSON.parse(run.stdout).result.verdict;
}

describe('claims built from the General Staff series', () => {
  it.each(claims.map((c) => [c.text, c] as const))('%s', async (_, claim) => {
    expect(await verdictOf(claim.text, claim.published)).toBe('consistent');
    const more = await verdictOf(raised(claim.text), claim.published);
    if (claim.oneDay) expect(more).not.toBe('no verdict');
    else expect(more).toBe('inconsistent');
  });
});
