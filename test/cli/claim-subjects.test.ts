import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineError } from '../helpers/cli.js';

// A claim's figures are held only to references of their own subject, and the readings that used to
// change the answer are read as a careful fact-checker reads them.

interface Checked {
  code: number;
  verdict: string | null;
  figures: {
    figure: { kind: string; text: string; subject?: { force: string | null } } & Record<string, unknown>;
    verdict: string;
    comparisons: any[];
  }[];
  setAside: { text: string; reason: string }[];
  result: any;
}

async function checked(text: string, published: string, ...flags: string[]): Promise<Checked> {
  const run = await cli(['check', text, '--published', published, '--json', ...flags]);
  if (run.code === 2) return { code: 2, verdict: null, figures: [], setAside: [], result: null };
  const doc = JSON.parse(run.stdout);
  return {
    code: run.code,
    verdict: doc.result.verdict,
    figures: doc.result.figures,
    setAside: doc.result.setAside,
    result: doc.result,
  };
}

/** Each claim's verdict, the claim's text beside it so that a failure names the claim. */
async function expectVerdicts(cases: readonly (readonly [text: string, published: string, verdict: string])[]) {
  for (const [text, published, verdict] of cases) {
    const c = await checked(text, published);
    expect([text, c.verdict]).toEqual([text, verdict]);
  }
}

/** Each claim refused with one line matching its pattern. */
async function expectRefusals(cases: readonly (readonly [text: string, published: string, line: RegExp])[]) {
  for (const [text, published, line] of cases)
    expectOneLineError(await cli(['check', text, '--published', published]), line);
}

const sources = (c: Checked) =>
  c.figures.flatMap((f) => f.comparisons.map((x: { source: { ids: string[] } | null }) => x.source?.ids[0]));

describe('subjects', () => {
  it("compares Russia's whole-war losses with the General Staff's series, not the North Korean ledger", async () => {
    const c = await checked(
      'Russia has lost 700,000 soldiers since February 2022, Kyiv said on 15 November 2024',
      '2024-11-16',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.figures[0]!.figure.subject).toMatchObject({ force: 'russian', scope: 'whole' });
    expect(new Set(sources(c))).toEqual(new Set(['general-staff']));
  });

  it('gives no verdict on Ukrainian or Wagner losses, and says which subjects the references cover', async () => {
    for (const text of [
      'Ukraine has lost 31,000 soldiers since the full-scale invasion, Zelensky said on 25 February 2024',
      'The Wagner Group lost 20,000 fighters in Bakhmut, its founder said in May 2023',
    ]) {
      const run = await cli(['check', text]);
      expectOneLineError(run, /no reference covers .*, only North Korean and Russian forces/);
    }
  });

  it('names whose losses a refused figure counts when the figure with them is too long for the line', async () => {
    const run = await cli([
      'check',
      'Around 1,500 Wagner fighters died in Bakhmut in May 2023',
      '--published',
      '2025-01-20',
    ]);
    expectOneLineError(run, /^no reference covers the Wagner Group, only North Korean and Russian forces$/);
  });

  it('gives no verdict on counts from other wars, though they name no force of ours', async () => {
    for (const [text, published, cue] of [
      [
        'The Gaza health ministry says more than 40,000 Palestinians have been killed since 7 October.',
        '2024-08-15',
        'Gaza',
      ],
      [
        "Sudan's war has killed more than 1,800 people since mid-April, a monitoring group said.",
        '2023-06-01',
        "Sudan's",
      ],
      ['More than 100,000 Tigrayan fighters died in the war, the mediator said.', '2023-01-15', 'Tigrayan'],
      ['Some 3,000 Houthi fighters were killed in the offensive, officials said.', '2024-03-01', 'Houthi'],
      ['About 2,000 Israelis have been killed since 7 October, officials said.', '2023-10-10', 'Israelis'],
      ['The DPR says 500 of its fighters were killed in December.', '2025-01-14', 'DPR'],
      ['Britain lost 19,240 men on the first day of the Somme.', '2025-01-14', 'Britain'],
      ['About 6,800 Marines were killed on Iwo Jima.', '2025-01-14', 'Marines'],
    ] as const) {
      const run = await cli(['check', text, '--published', published]);
      expectOneLineError(run, new RegExp(`no reference covers .*\\(${cue}\\), only North Korean and Russian forces`));
    }
  });

  it("is not the ledger's when a count that names no force ends before the ledger's losses began", async () => {
    for (const [text, published] of [
      ['Some 2,061 fighters have been killed since January, officials said.', '2022-06-01'],
      ['About 3,000 soldiers have been killed or wounded, officials said.', '2024-06-01'],
    ] as const) {
      const run = await cli(['check', text, '--published', published]);
      expectOneLineError(run, /^nothing to check: .*names no force a reference covers/);
    }
    const later = await checked('About 3,000 soldiers have been killed or wounded, officials said.', '2025-01-14');
    expect(later.verdict).toBe('consistent');
  });

  it('still reads a count that names no side at all as the ledger subject', async () => {
    for (const text of [
      'About 3,800 have been killed or wounded since early December, the Pentagon said.',
      'Some 3,800 soldiers were killed or wounded by early January, Pentagon spokesman Pat Ryder said.',
      'Combat losses reached 3,800 killed and wounded by early January, officials in Seoul said.',
    ]) {
      const c = await checked(text, '2025-01-10');
      expect(c.code).not.toBe(2);
      expect(sources(c).length).toBeGreaterThan(0);
      expect(c.figures[0]!.figure.subject).toMatchObject({ force: null });
    }
  });

  it('reads "a tenth of the North Korean casualties were killed" as a killed share, held to the shares', async () => {
    for (const [text, verdict] of [
      ['Roughly one in ten of the North Korean casualties have been deaths, according to Seoul.', 'consistent'],
      ["A tenth of North Korea's casualties have died, Seoul said.", 'consistent'],
      ['Around a quarter of the North Korean casualties are deaths, British intelligence says.', 'consistent'],
      ['Three-quarters of the North Korean casualties have died, a Russian blogger said.', 'inconsistent'],
    ] as const) {
      const c = await checked(text, '2025-01-14');
      expect(c.verdict, text).toBe(verdict);
      const killed = c.figures.find((f) => f.figure.kind === 'killed')!;
      expect(killed.comparisons.map((x: { test: string }) => x.test)).toContain('killed-share');
      expect(killed.comparisons.map((x: { test: string }) => x.test)).not.toContain('count-over-time');
    }
  });

  it('reads "eliminated" as killed or wounded: the words of Ukrainian officials and the General Staff', async () => {
    const c = await checked(
      '“We have already eliminated more than 3,000 North Korean soldiers,” Zelensky said on Jan. 13.',
      '2025-01-13',
    );
    expect(c.figures[0]!.figure.kind).toBe('casualties');
    expect(c.verdict).toBe('consistent');
  });

  it('reads troops "including North Koreans" as the larger force, not the contingent', async () => {
    const run = await cli([
      'check',
      'Russia has massed some 50,000 troops, including North Koreans, to retake Kursk.',
      '--published',
      '2024-11-13',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/North Korean forces\)/);
  });

  it('reads no force in a newspaper named after a place: "told the Kyiv Independent"', async () => {
    const c = await checked(
      'North Korean troops, back on the Kursk front after a pause, are now losing about 400 soldiers a day, ' +
        'a Ukrainian officer told the Kyiv Independent.',
      '2025-03-05',
    );
    expect(c.figures[0]!.figure.subject).toMatchObject({ force: 'north-korean' });
    expect(c.verdict).toBe('tension');
  });

  it('holds a total "counting the reinforcements" to the first force plus its later waves', async () => {
    const c = await checked(
      'Counting the reinforcements that followed the first wave, some 15,000 North Korean troops have now been ' +
        'sent to Russia, and about 6,000 of them have been killed or wounded, according to Ukrainian intelligence.',
      '2025-10-20',
    );
    expect(c.verdict).toBe('consistent');
    const run = await cli(['check', 'Some 15,000 North Korean troops have been sent to Russia.']);
    expect(run.stdout).toMatch(/^tension: force about 15,000/);
  });

  it('holds a count from one battle to the whole war only when beyond it; "since May" makes it a period', async () => {
    const beyond = await checked(
      "Russian forces lost about 700,000 troops in the battle for Avdiivka, according to Ukraine's military.",
      '2024-02-20',
    );
    expect(beyond.verdict).toBe('inconsistent');
    expect(beyond.figures[0]!.figure.subject).toMatchObject({ force: 'russian', scope: 'local', place: 'Avdiivka' });
    const within = await cli([
      'check',
      'Russia lost about 47,000 soldiers in the battle for Avdiivka, Ukraine said.',
      '--published',
      '2024-02-20',
    ]);
    expectOneLineError(within, /one engagement or period/);
    const since = await checked(
      'Since May, Russia has lost about 12,000 soldiers in the battle for Vovchansk, a Ukrainian commander said.',
      '2024-08-15',
    );
    expect(since.verdict).toBe('consistent');
  });

  it('reads the speaker in "Russian state television claims" and "a Ukrainian special forces officer"', async () => {
    const tv = await cli([
      'check',
      "Kyiv's forces lose up to 2,000 men a day, Russian state television claims.",
      '--published',
      '2024-11-14',
    ]);
    expectOneLineError(tv, /no reference covers .*only North Korean and Russian forces/);
    const share = await checked(
      'A third of the North Korean troops sent to Kursk are already dead, ' +
        'a Ukrainian special forces officer claimed.',
      '2025-02-03',
    );
    expect(share.figures[0]!.figure.subject).toMatchObject({ force: 'north-korean' });
    expect(share.verdict).toBe('inconsistent');
  });

  it('sets aside the dead of one mission, however many days it lasted', async () => {
    const run = await cli([
      'check',
      'Nine North Korean soldiers were killed during a 120-day mine-clearing mission in Kursk, KCNA said.',
      '--published',
      '2025-12-13',
    ]);
    expectOneLineError(run, /one engagement or period/);
  });

  it('reads "over the weekend", "fell to" and a count of soldiers before counts of equipment', async () => {
    // The General Staff: 548,580 on Friday 5 July 2024, 550,990 on Sunday 7 July.
    const weekend = await checked(
      "Russia lost some 2,400 soldiers over the weekend, Ukraine's military said on Monday.",
      '2024-07-08',
    );
    expect(weekend.verdict).toBe('consistent');
    expect(weekend.figures[0]!.comparisons[0]!.inputs).toMatchObject({ from: '2024-07-06', through: '2024-07-07' });
    const fell = await checked(
      "Russian losses last month fell to about 37,000, down from 48,000 in January, the General Staff's figures show.",
      '2025-03-02',
    );
    expect(fell.figures.map((f) => [f.figure.text, f.verdict])).toEqual([
      ['about 37,000', 'consistent'],
      ['48,000', 'consistent'],
    ]);
    const day = await checked(
      'Russian forces lost 1,430 personnel, 3 tanks and 41 artillery systems over the past day, ' +
        'the General Staff said.',
      '2025-05-06',
    );
    expect(day.figures[0]!.comparisons[0]!.inputs).toMatchObject({ through: '2025-05-06' });
    expect(day.verdict).toBe('consistent');
  });

  it("runs the claim's own arithmetic on one force's figures only", async () => {
    // A Russian running total and a North Korean rate are no rate and total of one force.
    const mixed = await checked(
      "Russian forces lost 1,670 soldiers over the past day, Ukraine's General Staff said on Friday, bringing their " +
        'total since February 2022 to about 815,800. The North Korean units fighting alongside them in Kursk are ' +
        'losing between 80 and 100 men a day, according to Ukrainian military intelligence.',
      '2025-01-17',
    );
    expect(mixed.verdict).toBe('consistent');
    expect(mixed.result.checks).toEqual([]);
    // Ukrainian killed and wounded are not a part of Russian casualties; ", he said," leaves Russia the subject.
    const two = await checked(
      'Ukraine has lost 43,000 soldiers killed since the full-scale invasion began, Zelensky wrote on Sunday, and ' +
        'some 370,000 wounded. Russia, he said, had lost about 750,000 killed and wounded.',
      '2024-12-09',
    );
    expect(two.verdict).toBe('consistent');
    expect(two.figures.map((f) => f.figure.subject?.force)).toEqual(['russian']);
    // A force the claim says was reinforced is not all it sent.
    const waves = await checked(
      'Around 13,000 North Korean troops have been killed or wounded since they entered combat in Kursk, Ukrainian ' +
        'military intelligence said. Pyongyang sent about 11,000 soldiers in October 2024 and roughly 3,000 ' +
        'reinforcements early this year.',
      '2025-11-20',
    );
    expect(waves.verdict).toBe('consistent');
  });

  it('reads "the one-million mark", "the week to Sunday" and a level passed on a named day', async () => {
    const mark = await checked(
      "Russian losses passed the one-million mark on Thursday, Ukraine's General Staff said.",
      '2025-06-13',
    );
    expect(mark.figures[0]!.comparisons[0]!.inputs).toMatchObject({ claim: { low: 1_000_000 }, through: '2025-06-12' });
    expect(mark.verdict).toBe('consistent');
    const week = await checked(
      'In the week to Sunday, Russian forces lost about 12,500 soldiers killed and wounded, the General Staff said.',
      '2025-01-13',
    );
    // 808,250 on Sunday 12 January 2025 less 796,490 on Sunday 5 January: 11,760.
    expect(week.figures[0]!.comparisons[0]!.inputs).toMatchObject({ from: '2025-01-06', through: '2025-01-12' });
    const level = await checked(
      "Russian losses passed 1,035,000 on Monday, Ukraine's General Staff said, after 1,000 more were killed or " +
        'wounded over the past day.',
      '2025-07-15',
    );
    expect(level.verdict).toBe('consistent');
  });

  it('takes "at New Year" for a day, not a front, and a weekday in another clause for no day count', async () => {
    const newYear = await checked(
      'As of 1 March 2023, Russia had lost only about 60,000 men killed and wounded, a blogger claimed, up from ' +
        '40,000 at New Year.',
      '2023-03-02',
    );
    expect(newYear.verdict).toBe('inconsistent');
    expect(newYear.figures[0]!.figure.subject).toMatchObject({ force: 'russian', scope: 'whole' });
    const ceremony = await checked(
      "Kim Jong Un honoured 101 soldiers killed in Russia's Kursk region, whose portraits lined the hall at a " +
        'ceremony in Pyongyang on Thursday.',
      '2025-08-22',
    );
    expect(ceremony.figures[0]!.figure).not.toHaveProperty('periodDays');
  });

  it('holds a North Korean count of one stretch to the rates, and an earlier level to the running totals', async () => {
    // 7 to 14 February, 8 days at the most the ledger quotes (92 a day): 736, far short of 2,000.
    const since = await checked(
      'Since returning to the front on 7 February, North Korean units have lost upwards of 2,000 men killed and ' +
        'wounded, a Ukrainian brigade spokesman said on Friday.',
      '2025-02-14',
    );
    expect(since.verdict).toBe('inconsistent');
    expect(since.figures[0]!.comparisons[0]!.inputs).toMatchObject({ days: 8 });
    const january = await checked(
      'North Korean units lost in excess of 4,000 men killed and wounded in January alone, a Ukrainian officer said.',
      '2025-02-28',
    );
    expect(january.figures[0]!.comparisons[0]!.inputs).toMatchObject({ days: 31 });
    // "up from 3,800 in early January" is the level then, not early January's losses.
    const level = await checked(
      'Some 8,000 North Korean soldiers had been killed or wounded in Kursk as of 1 February, up from 3,800 in ' +
        "early January, Ukraine's military intelligence said on Monday.",
      '2025-02-03',
    );
    expect(level.verdict).toBe('tension');
    // "pulled off the front line in mid-January after suffering roughly 4,000": a total by then.
    const pulled = await checked(
      'North Korean troops were pulled off the front line in mid-January after suffering roughly 4,000 casualties, ' +
        'a South Korean lawmaker said.',
      '2025-02-10',
    );
    expect(pulled.verdict).toBe('consistent');
  });

  it('reads hedges, records "so far", a share of the soldiers killed or wounded, and possessives', async () => {
    const north = await checked(
      'Russian losses since the full-scale invasion are now north of 1.04 million, the General Staff said.',
      '2025-07-21',
    );
    expect(north.figures[0]!.figure.stated).toMatchObject({ qualifier: 'more-than', low: 1_040_000 });
    // October 2024's increase was about 42,000: "the deadliest month so far" is a record, not a running total.
    const record = await checked(
      'Russia lost at least 60,000 troops in October, the deadliest month of the war so far, an MP said.',
      '2024-11-01',
    );
    expect(record.verdict).toBe('inconsistent');
    const seventh = await checked(
      'Roughly one in seven of the some 4,000 North Korean soldiers killed or wounded in Kursk has died, ' +
        'a NATO official said.',
      '2025-01-28',
    );
    expect(seventh.figures.map((f) => f.figure.kind)).toContain('killed');
    expect(seventh.verdict).toBe('consistent');
    const remain = await checked(
      "Only about 6,000 of Pyongyang's soldiers remain at the front in Kursk.",
      '2025-02-03',
    );
    expect(remain.figures[0]!.figure.kind).toBe('remaining');
    const declared = await checked(
      'North Korean soldiers suffered upwards of 5,000 casualties before Russia declared the Kursk region liberated.',
      '2025-04-28',
    );
    expect(declared.figures[0]!.figure.subject).toMatchObject({ force: 'north-korean' });
  });

  it('holds a Russian killed-and-wounded split to the series as the casualties it adds up to', async () => {
    // The General Staff: 256,510 on 2023-08-18; 290,000 to 300,000 is 11.5 % above the most of it.
    const split = await checked(
      'About 120,000 Russian soldiers have been killed and 170,000 to 180,000 wounded, US officials said on Friday.',
      '2023-08-18',
    );
    expect(split.verdict).toBe('tension');
    expect(split.figures.map((f) => f.figure.kind).sort()).toEqual(['casualties', 'killed', 'wounded']);
    const own = await checked(
      "Russia's defence ministry said on Friday that 1,351 Russian servicemen had been killed and 3,825 wounded.",
      '2022-03-25',
    );
    expect(own.verdict).toBe('inconsistent');
  });

  it("reads no troops in drones or ground, no running total in a month's total, no period in a record", async () => {
    const drones = await cli([
      'check',
      'Russia launched an average of about 180 drones a night against Ukraine in May, roughly 5,400 in all, ' +
        "Ukraine's air force said.",
      '--published',
      '2025-06-02',
    ]);
    expect(drones.code).toBe(2);
    const pace = await checked(
      'Russian forces gained about 27 square kilometres a day in November, their fastest pace since 2022, at a cost ' +
        'of nearly 1,550 casualties per day, ISW said on Sunday.',
      '2024-12-02',
    );
    expect(pace.verdict).toBe('consistent');
    const monthly = await checked(
      "Russia's average daily casualty rate in October 2024 was 1,354, the highest monthly average of the war so " +
        'far, bringing the monthly total to 41,980, the UK Ministry of Defence assessed.',
      '2024-11-02',
    );
    expect(monthly.verdict).toBe('consistent');
    const weeks = await checked(
      'Pyongyang has lost roughly a third of its 11,000 troops in Kursk in six weeks of fighting, ' +
        'about 85 men a day, an analyst estimated on Monday.',
      '2025-01-20',
    );
    expect(weeks.result.checks.map((c: { id: string }) => c.id)).not.toContain('duration');
    const range = await checked(
      'About 2,000 North Korean soldiers were killed or wounded in Kursk between January and March, Seoul said.',
      '2025-04-05',
    );
    expect(range.figures[0]!.comparisons[0]!.inputs).toMatchObject({ days: 90 });
  });

  it('gives no verdict on a count from an earlier war, though it names a force of ours', async () => {
    const run = await cli([
      'check',
      'North Korea lost an estimated 215,000 soldiers killed in the Korean War of 1950-53, a lawmaker noted.',
      '--published',
      '2025-06-25',
    ]);
    expectOneLineError(run, /no reference covers/);
  });

  it('reads "soldiers who fell" as the dead, and a rate past the series with its last 30 days', async () => {
    const fell = await checked(
      'A memorial hall opened in Pyongyang bears the names of some 1,800 soldiers who fell fighting in Russia, ' +
        'state media said.',
      '2026-02-16',
    );
    expect(fell.figures[0]!.figure.kind).toBe('killed');
    const october = await checked(
      "Russian casualties averaged about 1,000 a day in October, Britain's Ministry of Defence said.",
      '2025-11-04',
    );
    expect(october.verdict).toBe('consistent');
    // The series ends on 2025-06-30: its last 30 days, 1,089 a day, stand in for October's.
    expect(october.figures[0]!.comparisons[0]!.inputs).toMatchObject({ through: '2025-06-30', days: 30 });
  });

  it('holds Russian losses in Kursk Oblast to the series as one front, not to the contingent', async () => {
    const c = await checked(
      'Russian forces lost 2,000 soldiers in the Kursk region over the past week, Ukraine said',
      '2024-09-01',
    );
    expect(c.figures[0]!.figure.subject).toMatchObject({ force: 'russian', scope: 'local' });
    expect(new Set(sources(c))).toEqual(new Set(['general-staff']));
    // 2,000 in a week is well below the whole war's increase over that week: consistent, from above only.
    expect(c.verdict).toBe('consistent');
  });

  it("reads a count that names no force, from Ukraine's General Staff, as Russian forces'", async () => {
    const c = await checked(
      '1,200 troops were put out of action in the past day',
      '2024-12-31',
      '--claimant',
      "Ukraine's General Staff",
    );
    expect(c.figures[0]!.figure.subject).toMatchObject({ force: 'russian' });
    expect(c.result.claimant).toBe("Ukraine's General Staff");
  });

  it("compares a count over the past day with the series' increase that day", async () => {
    const c = await checked(
      'The occupiers lost 1,610 troops over the past day, the General Staff reported',
      '2024-12-31',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.figures[0]!.comparisons[0].arithmetic).toContain('the increase over one day');
  });

  it("projects past the series' last day, with the series' own interval, and says so", async () => {
    const c = await checked('Russia has lost about 1.1 million soldiers, Kyiv said on 1 September 2025', '2025-09-01');
    expect(c.verdict).toBe('consistent');
    expect(c.figures[0]!.comparisons[0].explanation).toMatch(/past the series' last day: projected from 2025-06-30/);
  });
});

describe("the series' reach", () => {
  it('gives no verdict before the war it counts began, or further past its end than its errors reach', async () => {
    for (const [text, published] of [
      ['Russia lost 5,000 soldiers in 2021', '2022-01-10'],
      ['Russia has lost 5,000 soldiers, Kyiv said', '2031-01-01'],
    ] as const) {
      expectOneLineError(await cli(['check', text, '--published', published]), /nothing in the General Staff series/);
    }
  });
});

describe('other troop numbers are not the force', () => {
  it.each([
    ['About 11,000 North Korean troops, among them some 500 officers, are fighting in Kursk', '500', /a part of/],
    ['Between 2,000 and 4,000 North Korean troops were newly brought to Kursk', '2,000', /added later|remains/],
    ['One officer said the North Korean troops attacked in waves', 'One', /too few/],
    ['Russia recruits 25,000 soldiers a month, while 11,000 North Korean troops fight in Kursk', '25,000', /recruit/],
  ])('%s', async (text, figure, reason) => {
    const run = await cli(['check', text, '--published', '2025-01-20', '--json']);
    const doc = run.code === 2 ? null : JSON.parse(run.stdout);
    const aside = doc ? doc.result.setAside : [];
    if (doc) {
      const item = aside.find((a: { text: string }) => a.text.includes(figure));
      expect(item?.reason, JSON.stringify(aside)).toMatch(reason);
      expect(doc.result.figures.some((f: any) => f.figure.kind === 'force' && f.figure.text.includes(figure))).toBe(
        false,
      );
    } else expectOneLineError(run, reason);
  });
});

describe('troop numbers held to the force from one side', () => {
  const figureOf = async (text: string, published: string) => {
    const run = await cli(['check', text, '--published', published, '--json']);
    return { code: run.code, figures: run.code === 2 ? [] : JSON.parse(run.stdout).result.figures };
  };

  it('what remains is at most the force less the casualties counted by then', async () => {
    const fits = await figureOf(
      'Of the North Korean soldiers sent to Kursk, some 7,000 remain at the front.',
      '2025-01-20',
    );
    expect(fits.figures[0]).toMatchObject({ figure: { kind: 'remaining', subject: { force: 'north-korean' } } });
    expect(fits.figures[0].verdict).toBe('consistent');
    // 12,000 less Zelensky's 3,800 is 8,200: 11,500 cannot remain.
    const tooMany = await figureOf(
      'Some 11,500 North Korean troops remain at the front, a commander said.',
      '2025-01-20',
    );
    expect(tooMany.code).toBe(1);
    expect(tooMany.figures[0].comparisons.map((c: any) => c.inputs.most)).toContain(12_000 - 3_800);
    expect(tooMany.figures[0].verdict).toBe('inconsistent');
  });

  it('a total with later waves is at least the first force, unbounded above when no one sizes the waves', async () => {
    const more = await figureOf(
      'North Korea has sent about 16,000 soldiers in all, counting a second wave.',
      '2025-03-05',
    );
    expect(more.figures[0]).toMatchObject({ figure: { kind: 'deployed-total' }, verdict: 'consistent' });
    const fewer = await figureOf(
      'North Korea has sent about 6,000 soldiers in all, counting a second wave.',
      '2025-03-05',
    );
    expect(fewer.figures[0].verdict).toBe('inconsistent');
  });

  it('"the force in the region numbers about 11,000" is a force, and "one officer" is not', async () => {
    const { figures } = await figureOf(
      "One officer said the North Koreans attacked in waves; Pyongyang's force in the region numbers about 11,000.",
      '2025-01-12',
    );
    expect(figures.map((f: any) => [f.figure.kind, f.figure.stated.low, f.verdict])).toEqual([
      ['force', 11_000, 'consistent'],
    ]);
  });

  it("killed are compared with the killed a source's own share of its casualties implies", async () => {
    const { figures } = await figureOf('About 600 North Korean soldiers have been killed so far.', '2025-01-20');
    const uk = figures[0].comparisons.find((c: any) => c.source?.ids.join('+') === 'uk-casualties+uk-killed-quarter');
    expect(uk).toMatchObject({ test: 'count-over-time', verdict: 'tension' });
    expect(figures[0].verdict).toBe('tension');
  });
});

describe('readings that used to change the answer', () => {
  it("runs a prediction's own arithmetic with the claim's own force", async () => {
    const c = await checked(
      'All 20,000 North Korean troops could be killed or wounded by mid-April at 92 a day',
      '2025-01-16',
    );
    expect(c.result.sources.force).toMatchObject({ from: 'text', used: '20,000' });
    expect(c.result.ownVerdict).toBe('inconsistent');
  });

  it('takes "a third of them" of the troops the claim names', async () => {
    const c = await checked(
      'Of the roughly 12,000 troops Pyongyang sent, a third of them were killed, an official said',
      '2025-02-20',
    );
    const killed = c.figures.find((f) => f.figure.kind === 'killed')!;
    expect(killed.figure).toMatchObject({ fromShare: { of: 'force', baseFrom: 'claim' }, stated: { low: 4000 } });
    expect(c.verdict).toBe('inconsistent');
  });

  it('reads "three in four of them were killed" as a share, weighed against the largest killed share', async () => {
    const c = await checked(
      'North Korean losses in Kursk have passed 4,000, and three in four of them were killed, a Ukrainian officer said',
      '2025-02-10',
    );
    const killed = c.figures.find((f) => f.figure.kind === 'killed')!;
    expect(killed.figure.text).toContain('three in four');
    expect(killed.comparisons.find((x: { test: string }) => x.test === 'killed-share').verdict).toBe('inconsistent');
    expect(c.verdict).toBe('inconsistent');
  });

  it('reads "three-quarters of them have died" against the killed shares the ledger quotes', async () => {
    const c = await checked('North Korean losses are over 3,600, and three-quarters of them have died', '2025-02-14');
    expect(c.verdict).toBe('inconsistent');
  });

  it('reads "killed and wounded … has passed 2,800" as casualties', async () => {
    const c = await checked(
      'The number of North Korean soldiers killed and wounded in Kursk has passed 2,800',
      '2025-01-10',
    );
    expect(c.figures.map((f) => f.figure.kind)).toEqual(['casualties']);
  });

  it('reads "Yesterday Kyiv said 3,000 …" as a running total, and "over the past week alone" as a week', async () => {
    const total = await checked(
      'Yesterday Kyiv said 3,000 North Korean troops had so far been killed or wounded',
      '2025-01-14',
    );
    expect(total.verdict).toBe('consistent');
    const week = await checked(
      'North Korean units lost about 1,000 men killed or wounded over the past week alone, Ukraine said',
      '2025-01-12',
    );
    expect(week.verdict).toBe('inconsistent');
    expect(week.figures[0]!.comparisons[0].arithmetic).toContain('92 a day × 7 days = 644 at most');
  });

  it('sets an earlier estimate aside instead of dating it to the publication day', async () => {
    const c = await checked(
      'US officials, who had offered an earlier estimate of roughly 900 North Korean casualties, now believe some ' +
        '6,000 have been wounded or killed',
      '2025-10-02',
    );
    expect(c.setAside.find((a) => a.text.includes('900'))?.reason).toMatch(/earlier estimate/);
    expect(c.verdict).toBe('consistent');
  });

  it('keeps a running total after a rate or a day\'s count: "some 5,000 in total", "the total to"', async () => {
    const nk = await checked(
      'North Korean forces have lost about 92 a day, some 5,000 in total, Kyiv said',
      '2025-02-01',
    );
    expect(nk.figures.map((f) => [f.figure.kind, f.figure.text])).toEqual([
      ['rate', 'about 92'],
      ['casualties', 'some 5,000'],
    ]);
    const ru = await checked(
      'Russia had lost 1,150 troops in the past 24 hours, bringing the total to about 620,000, Kyiv said',
      '2024-09-10',
    );
    expect(ru.figures.map((f) => f.figure.text)).toEqual(['1,150', 'about 620,000']);
    expect(ru.verdict).toBe('consistent');
  });

  it('reads "losing roughly 90 men killed or wounded every day" as a rate', async () => {
    const c = await checked(
      'North Korean units have been losing roughly 90 men killed or wounded every day',
      '2025-01-20',
    );
    expect(c.figures.map((f) => f.figure.kind)).toEqual(['rate']);
    expect(c.verdict).toBe('consistent');
  });
});

describe('the answer first', () => {
  it('leads with the verdict and the comparison that decides it, within 30 lines; --details gives all', async () => {
    const text = 'By 25 January 2025, 2,500 North Korean soldiers had been killed';
    const short = await cli(['check', text]);
    const lines = short.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('inconsistent: killed 2,500 (North Korean forces), through 25 January 2025');
    expect(lines.slice(1, 4).join(' ')).toContain("against South Korea's NIS's killed");
    expect(lines.length).toBeLessThanOrEqual(30);
    const long = await cli(['check', text, '--details']);
    expect(long.stdout.split('\n').length).toBeGreaterThan(lines.length);
    expect(long.stdout).toContain('Assumptions');
  });
});

describe('--series FILE', () => {
  const file = join(tmpdir(), `attrition-series-${process.pid}.csv`);
  writeFileSync(file, 'date,losses\n2024-01-01,300000\n2024-02-01,330000\n2024-03-01,360000\n');

  it('replaces the built-in references with a series of its subject and claimant', async () => {
    const c = await checked(
      'Russia lost 30,000 soldiers in February 2024',
      '2024-03-02',
      '--series',
      file,
      '--series-subject',
      'Russian forces',
      '--series-claimant',
      'UK MoD',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.result.references).toEqual([
      { name: file, kind: 'series', subject: 'Russian forces, whole war', claimant: 'UK MoD' },
    ]);
    const north = await cli([
      'check',
      'North Korea lost 3,000 soldiers in February 2024',
      '--series',
      file,
      '--series-subject',
      'Russian forces',
    ]);
    expectOneLineError(north, /no reference covers "3,000" \(North Korean forces\), only Russian forces/);
  });
});

describe('several references of one kind: --ledger and --series repeated', () => {
  it('holds each figure to the ledger of its own subject', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attrition-ledgers-'));
    const russian = join(dir, 'russian.json');
    writeFileSync(
      russian,
      JSON.stringify({
        schemaVersion: 1,
        subject: 'Russian forces, whole war, as counted by Ukraine',
        claims: [
          {
            id: 'gs-nov',
            kind: 'casualties',
            claimant: "Ukraine's General Staff",
            statement: 'gs-2024-11-15',
            source: { document: 'report.txt' },
            qualifier: 'approximately',
            value: 700_000,
            asOf: '2024-11-15',
            paraphrase: 'Russian losses put at about 700,000.',
          },
        ],
      }),
    );
    const text =
      "Russia has lost 900,000 soldiers, Kyiv said on 15 November 2024, and North Korea's troops lost 3,000 by " +
      '13 January 2025.';
    const run = await cli(['check', text, '--ledger', '--ledger', russian, '--json']);
    const doc = JSON.parse(run.stdout);
    expect(doc.result.references.map((r: any) => r.name)).toEqual(['ledger', russian]);
    const sources = doc.result.figures.map((f: any) => [f.figure.stated.low, f.comparisons[0].source.ids[0]]);
    expect(sources).toEqual([
      [900_000, 'gs-nov'],
      [3_000, expect.stringMatching(/^(?!gs-)/)],
    ]);
    // A count above another source's on the same day is a disagreement between sources: a tension.
    expect(doc.result.verdict).toBe('tension');
  });

  it('pairs each --series with its --series-subject, in order', async () => {
    const series = 'examples/general-staff/russia_losses_personnel.json';
    const run = await cli([
      'check',
      'Russia lost 1,350 a day in October 2024, while Ukraine lost 500 a day in October 2024',
      '--series',
      series,
      '--series-subject',
      'Russian forces',
      '--series',
      series,
      '--series-subject',
      'Ukrainian forces',
      '--series-claimant',
      "Ukraine's General Staff",
      '--series-claimant',
      'a test series',
      '--json',
    ]);
    const doc = JSON.parse(run.stdout);
    expect(doc.result.figures.map((f: any) => [f.figure.subject.force, f.comparisons[0].source.claimant])).toEqual([
      ['russian', "Ukraine's General Staff"],
      ['ukrainian', 'a test series'],
    ]);
  });
});

describe('more readings of real statements', () => {
  it('"could be sent" is a plan, not the force deployed', async () => {
    const run = await cli([
      'check',
      'The US estimates about 30,000 North Korean troops could be sent to Russia next year.',
      '--published',
      '2024-12-20',
    ]);
    expectOneLineError(run, /troops planned or offered, not deployed/);
  });

  it('"killed yesterday" is one day\'s count, through the day before the claim', async () => {
    const c = await checked('Kyiv claims 1,200 Russian soldiers were killed yesterday.', '2024-12-20');
    expect(c.figures[0]!.figure).toMatchObject({ periodDays: 1, asOf: { first: '2024-12-19' } });
  });

  it('a wounded-to-killed ratio a ledger source shares weighs nothing against past wars', async () => {
    const shared = await checked(
      'North Korean troops have suffered about 4,000 casualties, including 1,000 dead, a US official said.',
      '2025-01-25',
    );
    const history = shared.figures.flatMap((f) => f.comparisons).find((c: any) => c.test === 'history');
    expect(history).toMatchObject({ verdict: 'context' });
    expect(shared.verdict).toBe('consistent');
  });
});

describe('where and when, read as a fact-checker reads them', () => {
  it('"In Kursk, Russian forces have lost …" is one front, held to the whole war from above', async () => {
    const c = await checked(
      'In Kursk, Russian forces have lost some 20,000 soldiers since August, Ukraine said.',
      '2024-10-10',
    );
    expect(c.figures[0]!.figure.subject).toMatchObject({ force: 'russian', scope: 'local', place: 'Kursk' });
    expect(c.verdict).toBe('consistent');
  });

  it("a count that names no force, lost somewhere the ledger does not name, is never the ledger's", async () => {
    for (const text of [
      'Prigozhin said 20,000 of his fighters died in Bakhmut.',
      'Some 20,000 fighters died in Bakhmut.',
    ]) {
      const c = await checked(text, '2023-05-25');
      expect(c.code, text).toBe(2);
    }
  });

  it('"since October", said in August, counts from the October before', async () => {
    const c = await checked(
      'Russia has lost around 70,000 soldiers in the Avdiivka direction since October, Ukraine said.',
      '2024-08-01',
    );
    expect(c.figures[0]!.figure).toMatchObject({ since: { first: '2023-10-01' } });
  });

  it('"losses in 2023 were about 250,000" is the increase over 2023', async () => {
    const c = await checked('Russian losses in 2023 were about 250,000, according to Kyiv.', '2024-01-05');
    expect(c.figures[0]!.figure).toMatchObject({ since: { first: '2023-01-01' }, asOf: { last: '2023-12-31' } });
    expect(c.verdict).toBe('consistent');
  });

  it('"2,030 on Tuesday alone" is one day\'s count', async () => {
    const c = await checked('Russian troops lost 2,030 soldiers on Tuesday alone, Kyiv said.', '2024-11-20');
    // Tuesday's losses, reported on Wednesday: the series' count of either day may be Tuesday's.
    expect(c.figures[0]!.figure).toMatchObject({ periodDays: 1, asOf: { first: '2024-11-19', last: '2024-11-20' } });
  });

  it('"daily losses hit a record 2,200 on Thursday" is Thursday\'s count, not an average', async () => {
    const c = await checked(
      "Russia's daily losses hit a record 2,200 on Thursday, according to Ukraine's General Staff.",
      '2024-12-20',
    );
    expect(c.figures[0]!.figure).toMatchObject({ kind: 'casualties', periodDays: 1 });
    expect(c.verdict).toBe('consistent');
  });
});

describe('one sentence, two forces; shares and totals that are not what they seem', () => {
  it('"… while Russia lost 1,500 soldiers on the same day" is one day\'s count of Russian losses', async () => {
    const c = await checked(
      'Ukraine said its forces had killed or wounded about 3,800 North Korean troops, while Russia lost 1,500 ' +
        'soldiers on the same day.',
      '2025-01-20',
    );
    const russian = c.figures.find((f) => f.figure.subject?.force === 'russian')!;
    expect(russian.figure).toMatchObject({ periodDays: 1 });
    expect(c.figures.find((f) => f.figure.subject?.force === 'north-korean')).toBeDefined();
  });

  it("a share of another force is never taken of the ledger's force", async () => {
    const c = await checked(
      'About 87 % of the troops Russia had before the invasion have been killed or wounded, an assessment said.',
      '2023-12-15',
    );
    expect(c.code).toBe(2);
  });

  it('"Moscow has lost" names Russian forces; a "total" far below the war\'s count gets no verdict', async () => {
    const c = await checked('Moscow has lost 20,000 troops in the war, Kyiv claims.', '2024-11-01');
    expect(c.code).toBe(2);
    const big = await checked('Moscow has lost 700,000 troops in the war, Kyiv claims.', '2024-11-01');
    expect(big.figures[0]!.figure.subject).toMatchObject({ force: 'russian' });
  });
});

describe('a total reached, and the losses of a period', () => {
  it('"casualties in 2024 reached 430,000" is a year\'s losses; "reached 750,000 in November" a total', async () => {
    const year = await checked('Russian casualties in 2024 reached 430,000, according to Kyiv.', '2024-12-30');
    expect(year.figures[0]!.figure).toMatchObject({ since: { first: '2024-01-01' } });
    expect(year.verdict).toBe('consistent');
    const total = await checked('Russian losses reached 750,000 in November, according to Kyiv.', '2024-12-01');
    expect(total.figures[0]!.figure.since).toBeUndefined();
    expect(total.verdict).toBe('consistent');
  });
});

describe('two forces together, and this week', () => {
  it('"Russian and North Korean forces lost 1,000" is neither force\'s alone: no reference holds it', async () => {
    const c = await checked(
      'Russian and North Korean forces lost 1,000 soldiers in Kursk this week, Kyiv said.',
      '2025-01-13',
    );
    expect(c.code).toBe(2);
  });

  it('"this week" is a count of seven days', async () => {
    const c = await checked('North Korean troops lost 1,000 soldiers this week, Kyiv said.', '2025-01-13');
    expect(c.figures[0]!.figure).toMatchObject({ periodDays: 7 });
  });
});

describe('a year and its average, a force still arriving', () => {
  it('"some 430,000 in 2024, an average of about 1,180 a day": the average of 2024, not of recent days', async () => {
    const c = await checked(
      'Ukraine says Russia lost some 430,000 soldiers in 2024, an average of about 1,180 a day.',
      '2025-02-26',
    );
    expect(c.verdict).toBe('consistent');
    const rate = c.figures.find((f) => f.figure.kind === 'rate')!;
    expect(rate.figure).toMatchObject({ since: { first: '2024-01-01' }, asOf: { last: '2024-12-31' } });
    // The claim is about Russian forces: its own arithmetic never counts days from the North Korean ledger's start.
    expect(c.result.sources.start).toBeUndefined();
  });

  it('a rate said to be today\'s keeps its own window: "in 2024 …; it now loses about 1,500 a day"', async () => {
    const c = await checked(
      'Ukraine says Russia lost some 430,000 soldiers in 2024, and it now loses about 1,500 a day.',
      '2025-02-26',
    );
    const rate = c.figures.find((f) => f.figure.kind === 'rate')!;
    expect(rate.figure.since).toBeUndefined();
  });

  it('a smaller force said before the ledger has the force fighting is the part that had arrived', async () => {
    const early = await checked(
      'Around 3,000 North Korean soldiers have arrived in Russia, the Pentagon said.',
      '2024-10-25',
    );
    expect(early.verdict).toBe('consistent');
    const late = await checked('About 3,000 North Korean troops are fighting in Kursk, the US said.', '2024-12-20');
    expect(late.verdict).toBe('inconsistent');
    const tooMany = await checked('About 50,000 North Korean troops are now in Kursk, the US said.', '2024-10-30');
    expect(tooMany.verdict).toBe('inconsistent');
  });
});

describe('troops in one condition, and lists of losses', () => {
  it('"2,000 soldiers have returned to duty" is not the force', async () => {
    const run = await cli([
      'check',
      'About 2,000 North Korean soldiers have returned to duty after treatment, the report said.',
      '--published',
      '2025-01-20',
    ]);
    expectOneLineError(run, /troops in one condition/);
    const sent = await checked(
      'About 12,000 North Korean soldiers have been deployed and many were captured.',
      '2025-01-20',
    );
    expect(sent.verdict).toBe('consistent');
  });

  it('"killed, wounded or captured" counts casualties, not killed', async () => {
    const c = await checked(
      'In total, 4,000 North Korean troops were killed, wounded or captured, Seoul said.',
      '2025-01-20',
    );
    expect(c.figures[0]!.figure.kind).toBe('casualties');
  });
});

describe('when a statement was made is not the period its count covers', () => {
  it('"the spy agency said this week" and "Kyiv said yesterday" keep a running total', async () => {
    const week = await checked(
      'North Korea has suffered roughly 3,000 casualties, including about 300 killed, ' +
        "South Korea's spy agency said this week.",
      '2025-01-15',
    );
    expect(week.verdict).toBe('consistent');
    expect(week.figures.every((f) => f.figure.periodDays === undefined)).toBe(true);
    const yesterday = await checked(
      'Kyiv said yesterday that 3,000 North Korean soldiers had been killed or wounded.',
      '2025-01-15',
    );
    expect(yesterday.figures[0]!.figure).toMatchObject({ kind: 'casualties', asOf: { last: '2025-01-14' } });
    expect(yesterday.figures[0]!.figure.periodDays).toBeUndefined();
  });

  it('"lost only 200,000" is a loss like "lost 200,000"', async () => {
    const c = await checked("Russia lost only 200,000 soldiers in 2024, Ukraine's General Staff said.", '2025-01-02');
    expect(c.verdict).toBe('inconsistent');
  });
});

describe("Ukraine's General Staff's own words, and the years of the war", () => {
  it('reads "from 24.02.22 to 06.12.24 … personnel ‒ about 753,040 (+1,510) persons" as a total', async () => {
    const c = await checked(
      'The total combat losses of the enemy from 24.02.22 to 06.12.24 were approximately: ' +
        'personnel ‒ about 753,040 (+1,510) persons.',
      '2024-12-06',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.figures[0]!.figure).toMatchObject({ kind: 'casualties', subject: { force: 'russian' } });
  });

  it('"719,000 since 2022, including 1,530 in the past 24 hours": the day is the second count\'s alone', async () => {
    const c = await checked(
      'Russian combat losses since 24 February 2022 reached about 719,000 personnel, including 1,530 ' +
        'in the past 24 hours, the General Staff said.',
      '2024-11-15',
    );
    expect(c.figures.map((f) => [f.figure.text, f.figure.periodDays ?? null])).toEqual([
      ['about 719,000', null],
      ['1,530', 1],
    ]);
    expect(c.verdict).toBe('consistent');
  });

  it('"over the second year of the war" runs from one anniversary of the invasion to the next', async () => {
    const c = await checked(
      "Over the second year of the war, Russia lost some 260,000 soldiers, Ukraine's military said.",
      '2024-02-24',
    );
    expect(c.figures[0]!.figure).toMatchObject({ since: { first: '2023-02-24' }, asOf: { last: '2024-02-23' } });
    expect(c.verdict).toBe('consistent');
  });
});

describe('"within" a time bounds it from above', () => {
  it('"within four months" holds a loss projected in 88 days; "within two months" does not', async () => {
    const claim = (span: string) =>
      `At 92 a day, all 12,000 North Korean troops would be killed or wounded within ${span}, analysts said.`;
    expect((await checked(claim('four months'), '2025-01-16')).verdict).toBe('consistent');
    expect((await checked(claim('two months'), '2025-01-16')).verdict).toBe('inconsistent');
  });
});

describe('a count that names no force', () => {
  it("is not the ledger's when it counts from the invasion, or is ten times the ledger's largest force", async () => {
    for (const text of [
      'More than 600,000 soldiers have been killed or wounded since the invasion began.',
      'About 300,000 soldiers have been killed or wounded, officials said.',
    ]) {
      const run = await cli(['check', text, '--published', '2025-01-16']);
      expect(run.code, text).toBe(2);
      expect(run.stdout).toBe('');
    }
    const small = await checked('About 3,000 soldiers have been killed or wounded, officials said.', '2025-01-16');
    expect(small.verdict).toBe('consistent');
  });
});

describe('periods of the year, and the days a past week may end on', () => {
  it('"In the first half of 2023, Russian losses came to about 122,000" is January to June 2023', async () => {
    const c = await checked(
      'In the first half of 2023, Russian losses came to about 122,000, Ukraine says.',
      '2024-03-18',
    );
    expect(c.figures[0]!.figure).toMatchObject({
      subject: { force: 'russian' },
      since: { first: '2023-01-01' },
      asOf: { last: '2023-06-30' },
    });
    expect(c.verdict).toBe('consistent');
  });

  it('"Since the start of the year, Russia has lost …" counts from 1 January', async () => {
    const c = await checked(
      'Since the start of the year, Russia has lost about 134,000 troops, Kyiv said.',
      '2023-07-20',
    );
    expect(c.figures[0]!.figure).toMatchObject({ since: { first: '2023-01-01' } });
    expect(c.verdict).toBe('consistent');
  });

  it('"in the past seven days" may end on the last report before the claim or on its day', async () => {
    const c = await checked('In the past seven days Russian forces lost some 4,000 troops, Kyiv said.', '2023-10-12');
    expect(c.figures[0]!.figure).toMatchObject({ periodDays: 7, asOf: { first: '2023-10-11', last: '2023-10-12' } });
    expect(c.verdict).toBe('consistent');
  });
});

describe('a rise and the level it reaches; the enemy as a noun', () => {
  it('"rose by 500 in a day to about 179,000": one day\'s rise and the total it reached', async () => {
    const c = await checked(
      'Russian casualties rose by 500 in a day to about 179,000, according to Ukrainian data.',
      '2023-04-11',
    );
    expect(c.figures.map((f) => [f.figure.text, f.figure.periodDays ?? null])).toEqual([
      ['500', 1],
      ['about 179,000', null],
    ]);
    expect(c.verdict).toBe('consistent');
  });

  it('"500 occupiers were eliminated over the past day" counts Russian losses of one day', async () => {
    const c = await checked(
      '500 occupiers were eliminated over the past day, the General Staff of Ukraine said.',
      '2023-04-11',
    );
    expect(c.figures[0]!.figure).toMatchObject({ periodDays: 1, subject: { force: 'russian' } });
    expect(c.verdict).toBe('consistent');
  });
});

describe('the one-line refusal', () => {
  it('names whose the figure is, without where, when where does not fit the line', async () => {
    const run = await cli([
      'check',
      'Zelensky said 3,800 Ukrainian soldiers had been killed or wounded in Kursk.',
      '--published',
      '2025-01-20',
    ]);
    expectOneLineError(run, /^no reference covers "3,800" \(Ukrainian forces\), only North Korean and Russian/);
  });

  it('sets aside a count in one campaign, or since one not dated; not in the special military operation', async () => {
    for (const text of [
      'Russia lost 45,000 soldiers during its winter offensive, Syrskyi said',
      'Since the start of its summer offensive Russia has lost 160,000 troops, Syrskyi said',
    ]) {
      const run = await cli(['check', text, '--published', '2024-12-10']);
      expectOneLineError(run, /^nothing to check: .*\(a count from one engagement or period\)$/);
    }
    const whole = await checked(
      'Russia has lost more than 700,000 soldiers in the special military operation, Kyiv said',
      '2024-12-10',
    );
    expect(whole.verdict).toBe('consistent');
    expect(sources(whole)).toContain('general-staff');
  });

  it('counts nobody’s troops in civilians or people, and not the side whose shelling killed them', async () => {
    for (const [text, noun] of [
      ['Russian shelling killed 11 civilians in the Kherson region over the weekend, the governor said.', 'civilians'],
      ['The M23 rebel advance on Goma left some 3,000 people dead, the United Nations said on Wednesday.', 'people'],
      ['A Russian missile strike killed 14 people in Zaporizhzhia on Tuesday.', 'people'],
    ] as const) {
      const run = await cli(['check', text, '--published', '2025-02-05']);
      expectOneLineError(
        run,
        new RegExp(`^no reference covers .*\\(${noun}\\), only North Korean and Russian forces$`),
      );
    }
    // In Ukrainian officials' words the enemy's "people" are its soldiers.
    const enemy = await checked('The enemy lost 1,250 people over the past day, the General Staff said.', '2025-02-05');
    expect(enemy.verdict).toBe('consistent');
    expect(enemy.figures[0]!.figure.subject).toMatchObject({ force: 'russian' });
  });

  it('reads "soldiers left" and "still has" as what remains, and "within a month" as a month', async () => {
    const still = await checked(
      'Despite some 3,000 to 4,000 casualties, North Korea still has nearly 11,000 soldiers at the front in Kursk.',
      '2025-01-28',
    );
    expect(still.verdict).toBe('tension');
    expect(still.figures.map((f) => f.figure.kind)).toContain('remaining');
    const left = await checked(
      'With some 3,000 of its men already killed or wounded, the North Korean force has about 8,000 soldiers left ' +
        "in Kursk, and at the current rate 'they will all be gone within a month', an analyst said.",
      '2025-01-20',
    );
    expect(left.figures.map((f) => f.figure.kind)).toContain('remaining');
    // Its own arithmetic with the ledger's force and rate: 97.8 days, not a month. Not the implied rate, which
    // holds the count to the ledger's figures, as the comparisons with the ledger do already.
    expect(left.verdict).toBe('inconsistent');
    const own = left.result.checks.map((c: { id: string }) => c.id);
    expect(own).toContain('duration');
    expect(own).not.toContain('implied-rate');
  });

  it("holds one village's count of the ledger's force over some days to the ledger's highest rate", async () => {
    const c = await checked(
      'North Korean units lost about 600 men killed and wounded over the past week in fighting near Plekhovo, ' +
        "in Kursk's Sudzha district, special operations forces said.",
      '2025-01-14',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.figures[0]!.comparisons.map((x: { test: string }) => x.test)).toEqual(['rate']);
    const more = await checked(
      'North Korean units lost about 1,200 men over the past week near Plekhovo.',
      '2025-01-14',
    );
    expect(more.verdict).toBe('inconsistent');
  });

  it('reads "daily figures" as a source, "the first 100 days of 2025" as days, a week past a series', async () => {
    const february = await checked(
      "Russia lost about 48,000 soldiers in February, according to daily figures published by Ukraine's General Staff.",
      '2025-03-01',
    );
    expect(february.verdict).toBe('tension');
    const hundred = await checked(
      "Russia's losses during the first 100 days of 2025 came to nearly 140,000 killed and wounded.",
      '2025-04-11',
    );
    expect(hundred.verdict).toBe('consistent');
    expect(hundred.figures[0]!.comparisons[0].arithmetic).toContain('2025-01-01 to 2025-04-10');
    // Seven weeks past the series' last day, a week's rise is seven days at the projected rate, not the
    // difference of two projected totals (whose intervals would allow anything up to 23,000).
    const week = await checked(
      'Russian forces lost a record 14,000 troops over the past week, the commander-in-chief said on Monday.',
      '2025-08-18',
    );
    expect(week.verdict).toBe('inconsistent');
    expect(week.figures[0]!.comparisons[0].arithmetic).toMatch(/7 days × 1,089 a day projected = [\d,]+–[\d,]+/);
  });

  it('reads "since the contingent returned … in February" as since then, "of them" as the troops fought', async () => {
    const since = await checked(
      'About 1,500 North Korean soldiers have been killed or wounded since the contingent returned to the ' +
        'Kursk front in early February, bringing its total losses to some 5,500, an official said.',
      '2025-04-03',
    );
    expect(since.verdict).toBe('consistent');
    const first = since.figures.find((f) => f.figure.text.includes('1,500'))!;
    expect(first.comparisons.map((x: { test: string }) => x.test)).toEqual(['rate']);
    const them = await checked(
      'Ukrainian units fought North Korean soldiers for the first time this week. ' +
        'Some eleven thousand of them have been moved to the Kursk border area, Kyiv estimates.',
      '2024-11-06',
    );
    expect(them.figures[0]!.figure.subject).toMatchObject({ force: 'north-korean' });
    expect(them.figures[0]!.figure.kind).toBe('force');
  });

  it('reads whose "inflicted on Russian forces" are, "on course to lose" a total, and no rate an hour', async () => {
    const inflicted = await checked(
      'Since its troops crossed the border on Aug. 6, Ukraine has inflicted more than 60,000 casualties on Russian ' +
        'forces in the Kursk region, Syrskyi said on Thursday.',
      '2025-03-13',
    );
    expect(inflicted.figures[0]!.figure.subject).toMatchObject({ force: 'russian', scope: 'local' });
    expect(inflicted.verdict).toBe('consistent');
    const course = await checked(
      'Russia is on course to lose 1.25 million soldiers killed or wounded by the end of the year, an official said.',
      '2025-08-15',
    );
    expect(course.verdict).toBe('consistent');
    expect(course.figures[0]!.figure.prediction).toBeDefined();
    const hour = await cli([
      'check',
      "Pyongyang's soldiers are being killed or wounded at a rate of some ten an hour, a commander said.",
      '--published',
      '2025-01-10',
    ]);
    expect(hour.code).toBe(2);
  });

  it('reads a season with no year as the last to begin by the claim’s day, "last" as the last to end', async () => {
    const over = await checked(
      'Over the winter, Russia lost nearly 160,000 soldiers, the ministry said on Monday.',
      '2025-03-03',
    );
    expect(over.verdict).toBe('tension');
    expect(over.figures[0]!.comparisons[0].arithmetic).toContain('2024-12-01 to 2025-02-28');
    const ongoing = await checked('Russia lost 110,000 soldiers this winter.', '2025-01-20');
    expect(ongoing.figures[0]!.comparisons[0].arithmetic).toContain('2024-12-01 to 2025-01-20');
    const last = await checked('Russia lost 130,000 soldiers last winter.', '2025-01-20');
    expect(last.figures[0]!.comparisons[0].arithmetic).toContain('2023-12-01 to 2024-02-29');
  });

  it('keeps speakers, places of saying, whole armies and sieges apart from the losses they sit beside', async () => {
    // "a Ukrainian news site reported", "Ukraine's foreign minister said": speakers, not whose losses.
    const site = await checked(
      'Russian forces lost some 46,000 troops in February, a Ukrainian news site reported in its monthly tally.',
      '2025-03-04',
    );
    expect(site.verdict).toBe('tension');
    expect(site.figures[0]!.figure.subject).toMatchObject({ force: 'russian', scope: 'whole' });
    const talks = await checked(
      'In the month since the Istanbul talks of 16 May, Russia has lost about 40,000 troops, ' +
        "Ukraine's foreign minister said.",
      '2025-06-16',
    );
    expect(talks.figures[0]!.comparisons[0].arithmetic).toContain('2025-05-16 to 2025-06-16');
    // "said in Davos": where it was said.
    const davos = await checked(
      'More than 2,000 North Korean soldiers have died fighting for Russia, Zelensky said in Davos on Tuesday.',
      '2026-01-20',
    );
    expect(davos.figures[0]!.figure.subject).toMatchObject({ force: 'north-korean', scope: 'whole' });
    for (const [text, published, reason] of [
      // The whole army at home is not the contingent.
      [
        'North Korea, which keeps some 1.2 million troops under arms, committed about 12,000 of them.',
        '2025-01-20',
        'army',
      ],
      // One town's losses with no period: only the whole war bounds them, too loosely to check.
      ['Russia has lost close to 60,000 soldiers trying to take Kupiansk, a brigade commander said.', '2025-10-01', ''],
      [
        "More than 200 North Korean soldiers have contacted Ukraine's surrender hotline, the project said.",
        '2025-03-10',
        'condition',
      ],
    ] as const) {
      const run = await cli(['check', text, '--published', published]);
      expectOneLineError(run, new RegExp(`^nothing to check: .*${reason}`));
    }
  });

  it('reads "bringing their total since the invasion began to 997,120" as a total, a day as a day', async () => {
    const c = await checked(
      'Over the past day, Russian troops lost 970 soldiers, bringing their total since the start of the full-scale ' +
        'invasion to 997,120, the General Staff reported on Monday.',
      '2025-06-09',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.figures.map((f) => f.figure.text)).toEqual(['970', '997,120']);
    const prediction = await checked(
      'At the current pace, Russia will have lost 2 million soldiers by the end of 2026, an analyst wrote on Monday.',
      '2026-01-05',
    );
    expect(prediction.verdict).toBe('inconsistent');
    expect(prediction.figures[0]!.figure.prediction).toBeDefined();
  });

  it('holds an average over the whole war to the series since the invasion, not to the last 30 days', async () => {
    const c = await checked(
      'Over four years of full-scale war, Russia has lost an average of roughly 880 soldiers a day, ' +
        "the General Staff's figures show.",
      '2026-02-24',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.figures[0]!.comparisons[0].explanation).toContain('2022-02-24');
  });

  it('dates each claimant’s count by its own words; two claimants’ counts make no wounded count', async () => {
    const two = await checked(
      "Kyiv says Russia has lost about 1.32 million troops since 2022, while Moscow's only official toll remains the " +
        '5,937 dead it announced in September 2022.',
      '2026-04-02',
    );
    expect(two.verdict).toBe('consistent');
    const dead = await checked(
      "South Korea's spy agency estimates that about 2,000 North Korean soldiers have died in the Kursk campaign; " +
        "Ukraine's military intelligence says the real toll is nearly 5,000.",
      '2025-12-10',
    );
    expect(dead.figures.map((f) => f.figure.kind)).not.toContain('wounded');
  });

  it('reads earlier wars by years and decades, one night as one event, "in January alone" as January', async () => {
    for (const [text, published] of [
      [
        'Kim likened them to the heroes of the 1950-53 war, in which some 300,000 North Korean troops died.',
        '2026-07-27',
      ],
      [
        '87 North Korean pilots flew for North Vietnam in the 1960s and 14 of them were killed, historians say.',
        '2025-01-20',
      ],
    ] as const) {
      const run = await cli(['check', text, '--published', published]);
      expectOneLineError(run, /^no reference covers /);
    }
    const night = await cli([
      'check',
      'Ukrainian drones killed 47 North Korean soldiers in a single night near the Kursk border, a regiment said.',
      '--published',
      '2026-01-09',
    ]);
    expectOneLineError(night, /\(a count from one engagement or period\)$/);
    const january = await checked(
      'North Korean losses in January alone topped 4,000 killed and wounded, ' +
        "a spokesman for Ukraine's Special Operations Forces said.",
      '2025-02-05',
    );
    expect(january.verdict).toBe('inconsistent');
    expect(january.figures[0]!.comparisons[0].arithmetic).toContain('92 a day × 31 days');
  });

  it('reads "lost 1,410 soldiers today" as the day’s count, and "as of today" as the day of a total', async () => {
    const day = await checked('russia lost 1,410 soldiers today, the General Staff said.', '2025-03-15');
    expect(day.figures[0]!.comparisons[0].arithmetic).toContain('the increase over one day');
    const total = await checked('As of today, Russia has lost 892,840 soldiers, the General Staff said.', '2025-03-15');
    expect(total.verdict).toBe('consistent');
    expect(total.figures[0]!.comparisons[0].arithmetic).toContain('the count');
  });

  it('reads "the first half of the year" after "the second half of 2024" as 2024’s first half', async () => {
    const c = await checked(
      'Russia lost about 210,000 troops in the second half of 2024, compared with about 150,000 in the first half ' +
        'of the year, the General Staff said.',
      '2025-01-10',
    );
    expect(c.figures.map((f) => f.comparisons[0].arithmetic.slice(0, 40))).toEqual([
      'the increase 2024-07-01 to 2024-12-31: 7',
      'the increase 2024-01-01 to 2024-06-30: 5',
    ]);
    expect(c.verdict).toBe('tension');
  });

  it('reads "bringing Russian losses over the first ten days of March to roughly 14,000" as ten days', async () => {
    const c = await checked(
      "Ukraine's General Staff reported that Russian forces lost 1,190 personnel on 10 March, bringing Russian " +
        'losses over the first ten days of March to roughly 14,000, or about 1,400 per day.',
      '2025-03-11',
    );
    const tenDays = c.figures.find((f) => f.figure.text === 'roughly 14,000')!;
    expect(tenDays.comparisons[0].arithmetic).toContain('the increase 2025-03-01 to 2025-03-10');
    expect(c.verdict).toBe('tension');
  });

  it('gives no verdict on the wounded captured or carried, nor on another country’s army', async () => {
    for (const [text, published, pattern] of [
      [
        'Ukrainian special forces have captured two wounded North Korean soldiers in the Kursk region, Zelensky said.',
        '2025-01-12',
        /\(troops in one condition\)$/,
      ],
      [
        'A chartered flight carried about 200 wounded North Korean soldiers from Moscow to Pyongyang on Monday.',
        '2025-08-19',
        /\(troops in one condition\)$/,
      ],
      [
        "Pakistan's army said 11 of its soldiers had been killed and 78 wounded in last week's Indian strikes.",
        '2025-05-13',
        /^no reference covers Pakistan's army/,
      ],
    ] as const) {
      const run = await cli(['check', text, '--published', published]);
      expectOneLineError(run, pattern);
    }
  });

  it('reads "the month’s total" as a month’s, "the Pokrovsk direction alone" as a place', async () => {
    const month = await checked(
      'Russian casualties averaged about 1,585 a day in December, a new high for the war, bringing the month’s ' +
        "total to some 49,000, Britain's Defence Intelligence said on Saturday.",
      '2025-01-04',
    );
    expect(month.verdict).toBe('consistent');
    const pokrovsk = await checked(
      'Since the start of the year Russia has lost some 70,000 soldiers in the Pokrovsk direction alone, ' +
        'the commander of the Khortytsia group said on Monday.',
      '2025-02-10',
    );
    expect(pokrovsk.figures[0]!.comparisons[0].arithmetic).toContain('2025-01-01 to 2025-02-10');
    const address = await checked(
      'Russia has lost about 1.2 million soldiers in this war, Zelensky said in his Independence Day address.',
      '2026-08-24',
    );
    expect(address.code).not.toBe(2);
  });

  it('reads "in the region" after "the Kursk incursion" as that region, bounded by the whole war', async () => {
    const c = await checked(
      'Since the Kursk incursion began in August, Russia has lost some 38,000 troops in the region, almost 15,000 ' +
        'of them killed, Syrskyi said on Monday.',
      '2025-01-13',
    );
    expect(c.figures[0]!.figure.subject).toMatchObject({ force: 'russian', scope: 'local', place: 'Kursk' });
    expect(c.verdict).toBe('consistent');
  });
});

describe('notes, posts and lower case; events; averages beside a total', () => {
  it('reads NK, ru, UA, N. Korean and months in lower case as a note writes them', async () => {
    for (const [text, published, verdict, force] of [
      ['ru losses ~1,095,000 as of today (genstaff)', '2025-09-15', 'consistent', 'russian'],
      ['zelensky: ~3800 NK cas. so far', '2025-01-05', 'consistent', 'north-korean'],
      [
        'N. KOREAN WAR DEAD IN RUSSIA NOW AROUND 2,400, SEOUL SPY AGENCY SAYS',
        '2025-12-09',
        'consistent',
        'north-korean',
      ],
      ['syrskyi: russia lost ~52,000 in the kursk region since aug 6', '2025-01-05', 'consistent', 'russian'],
      ['at 92 a day the 12,000 NK troops will be wiped out by february', '2025-01-17', 'inconsistent', null],
    ] as const) {
      const c = await checked(text, published);
      expect([text, c.verdict]).toEqual([text, verdict]);
      if (force) expect(c.figures[0]!.figure.subject?.force).toBe(force);
    }
    const kursk = await checked('syrskyi: russia lost ~52,000 in the kursk region since aug 6', '2025-01-05');
    expect(kursk.figures[0]!.figure.subject).toMatchObject({ scope: 'local', place: 'Kursk' });
  });

  it('gives no verdict on a war in lower case, a question, a part of things, or a front with no period', async () => {
    await expectRefusals([
      ['gaza: 50,000+ dead per health ministry', '2025-03-24', /^no reference covers .*gaza/],
      ['did russia really lose a million soldiers??', '2025-06-15', /\(asked, not stated\)$/],
      ['The unit lost 3 of its 40 vehicles on Tuesday', '2025-01-10', /^no number in the claim reads as a count/],
      ['ru lost 30k+ troops near pokrovsk, brigade cmdr says', '2025-02-05', /^nothing to check: "30k\+"/],
    ]);
  });

  it('sets aside a count of one assault, strike, mission or battle, whatever period it falls in', async () => {
    for (const [text, published] of [
      [
        "Ukraine's Special Operations Forces said they had neutralised 21 North Korean fighters in a single assault " +
          'near the village of Malaya Loknya over the weekend.',
        '2024-12-16',
      ],
      [
        'A single Storm Shadow strike on a command post in Kursk last week killed about 500 North Korean soldiers, ' +
          'a Ukrainian Telegram channel claimed.',
        '2024-11-25',
      ],
      [
        'The battle for Huliaipole has cost the Russians at least 20,000 killed and wounded, the commander of a ' +
          'brigade defending the town estimates.',
        '2026-03-24',
      ],
      [
        "Twelve North Korean sappers were killed during the engineer brigade's second mine-clearing mission in " +
          'Kursk, KCNA said.',
        '2026-09-11',
      ],
    ] as const) {
      expectOneLineError(await cli(['check', text, '--published', published]), /\(a count from one engagement/);
    }
    // The day's count beside one assault's is still the day's.
    const day = await checked(
      'Russia lost 1,500 soldiers in the past day, including 300 in a single assault on Pokrovsk',
      '2025-01-10',
    );
    expect(day.figures.map((f) => f.figure.text)).toEqual(['1,500']);
  });

  it('reads a rate beside a running total, or since the invasion began, as the whole war’s average', async () => {
    for (const [text, published, verdict] of [
      [
        'Three years into the full-scale invasion, Russia has lost some 868,000 personnel, about 790 a day, ' +
          "Ukraine's General Staff said on Monday.",
        '2025-02-24',
        'consistent',
      ],
      [
        'Four years into the war, Russia has lost about 1.25 million soldiers killed and wounded, Kyiv says, ' +
          'roughly 850 a day.',
        '2026-02-24',
        'consistent',
      ],
      ['Russia has lost about 1,200 soldiers a day since its full-scale invasion began.', '2025-06-20', 'inconsistent'],
    ] as const) {
      const c = await checked(text, published);
      expect([text, c.verdict]).toEqual([text, verdict]);
      const rate = c.figures.find((f) => f.figure.kind === 'rate')!;
      expect(rate.comparisons[0].arithmetic).toMatch(/days = \d+ a day/);
      expect(rate.figure.since).toMatchObject({ first: '2022-02-24' });
    }
    // A rate said to be the current one is not the average.
    const now = await checked(
      'Three years into the full-scale invasion, Russia has lost more than 860,000 soldiers and is still losing ' +
        'about 1,300 a day.',
      '2025-02-24',
    );
    expect(now.figures.find((f) => f.figure.kind === 'rate')!.figure.since).toBeUndefined();
  });
});

describe('several forces in one sentence; translated wording; periods of rates', () => {
  it('gives each clause its own force and place', async () => {
    const two = await checked(
      'Ukrainian drone operators claim North Korean units in Kursk are losing 400 to 500 men a day, while ' +
        "Russia's losses along the whole front average about 1,600 a day.",
      '2025-01-22',
    );
    expect(two.figures.map((f) => [f.figure.text, f.figure.subject])).toEqual([
      ['400 to 500', expect.objectContaining({ force: 'north-korean' })],
      ['about 1,600', expect.objectContaining({ force: 'russian', scope: 'whole' })],
    ]);
    expect(two.verdict).toBe('inconsistent');
    const fraction = await checked(
      "North Korean casualties in Kursk number about 600, Seoul's intelligence service says, a fraction of " +
        "Russia's losses of nearly 951,000.",
      '2025-04-29',
    );
    expect(fraction.figures.find((f) => f.figure.text === 'nearly 951,000')!.figure.subject).toMatchObject({
      force: 'russian',
      scope: 'whole',
    });
    const semicolon = await checked(
      "Wagner lost about 20,000 men at Bakhmut alone, by Prigozhin's own admission; across the whole war, " +
        "Russia's losses have now passed 700,000, according to Kyiv's count.",
      '2024-11-22',
    );
    expect(semicolon.verdict).toBe('consistent');
    const side = await checked(
      'Russia has lost about 870,000 soldiers killed or wounded, against some 400,000 on the Ukrainian side.',
      '2025-06-20',
    );
    expect(side.figures.map((f) => f.figure.text)).toEqual(['about 870,000']);
    expectOneLineError(
      await cli([
        'check',
        'Ukraine says more than 70,000 of its soldiers have been killed, according to an internal estimate.',
        '--published',
        '2025-08-21',
      ]),
      /^no reference covers Ukrainian forces/,
    );
  });

  it('reads a part of those sent to a place, "half died", a January count beside another clause’s total', async () => {
    await expectVerdicts([
      [
        'Some 8,000 of the 12,000 North Korean soldiers sent to Kursk have already been killed or wounded, ' +
          "while Russia's own losses have passed 820,000.",
        '2025-01-20',
        'inconsistent',
      ],
      [
        'Of the roughly 4,000 North Korean soldiers killed or wounded in Kursk, about half died, Ukrainian ' +
          'intelligence told Der Spiegel.',
        '2025-02-12',
        'inconsistent',
      ],
      [
        'In January alone North Korean units in Kursk lost some 6,000 men killed or wounded, a Ukrainian commander ' +
          "told CNN, while Russia's total losses that month came to about 48,000.",
        '2025-02-05',
        'inconsistent',
      ],
      [
        'Counting the reinforcements and the 6,000 engineers and builders sent last year, North Korea has now ' +
          "dispatched some 20,000 personnel to Russia, Seoul's defence ministry said on Thursday.",
        '2026-06-04',
        'consistent',
      ],
      [
        'More than 10,000 North Korean soldiers have been sent to Russia, less than one per cent of ' +
          "Pyongyang's 1.2 million-strong army, the Pentagon said on Monday.",
        '2024-11-05',
        'consistent',
      ],
    ]);
  });

  it('reads irretrievable and sanitary losses, losses in personnel, "thous." and a part of the losses', async () => {
    await expectVerdicts([
      [
        "As of Jan. 1 the Russian army's irretrievable losses stood at about 200 000 and its sanitary losses at " +
          'about 590 000, a Ukrainian military analyst said.',
        '2025-01-02',
        'consistent',
      ],
      [
        "As of July 15, Russia's total combat losses in personnel stood at approximately 1 036 000, Ukraine's " +
          'General Staff reported.',
        '2025-07-15',
        'consistent',
      ],
      [
        'Of the roughly 12 thous. North Korean troops in Kursk, some 4 000 - a third - have been put out of ' +
          'action, Kyiv said on Monday.',
        '2025-01-27',
        'consistent',
      ],
      [
        "In November, the Pokrovsk direction alone accounted for some 15 000 of the occupiers' personnel losses, " +
          'Commander-in-Chief Oleksandr Syrskyi said.',
        '2024-12-02',
        'consistent',
      ],
      [
        'Since the turn of the year, Russia has lost 915 000 troops, the General Staff said.',
        '2025-04-01',
        'inconsistent',
      ],
    ]);
    const kinds = await checked(
      "As of Jan. 1 the Russian army's irretrievable losses stood at about 200 000 and its sanitary losses at " +
        'about 590 000.',
      '2025-01-02',
    );
    expect(kinds.figures.map((f) => f.figure.kind)).toEqual(expect.arrayContaining(['killed', 'wounded']));
  });

  it('reads the period a rate or count names: first days from a date, last month, a winter, a year', async () => {
    const trump = await checked(
      "In the first 100 days of Donald Trump's presidency, which began on 20 January, Russia lost more than " +
        '150,000 soldiers killed and wounded.',
      '2025-04-30',
    );
    expect(trump.figures[0]!.comparisons[0].arithmetic).toContain('2025-01-20 to 2025-04-29');
    await expectVerdicts([
      [
        'Russian losses have roughly doubled in a year, from some 840 a day in January 2024 to about 1,550 a ' +
          "day last month, according to Ukraine's General Staff.",
        '2025-02-03',
        'consistent',
      ],
      [
        'Over the winter, Russian losses averaged some 1,500 a day, more than twice the pace of the war’s first ' +
          'winter.',
        '2025-03-03',
        'consistent',
      ],
      [
        'Russia lost about 430,000 soldiers in 2024 to capture some 4,000 square kilometres of Ukraine, more ' +
          'than 100 men for every square kilometre gained.',
        '2025-01-03',
        'consistent',
      ],
      ['ru lost 35,370 personnel in may, lowest month of 2025 so far (via @DefenceU)', '2025-06-01', 'consistent'],
      [
        "Russian forces lost 1,130 troops last week, Ukraine's military said on Monday, as fighting intensified " +
          'around Pokrovsk.',
        '2025-07-14',
        'inconsistent',
      ],
    ]);
  });
});

describe('think-tank paragraphs, earlier dates and headlines', () => {
  it('reads the period and kind the words give, and whose the count is', async () => {
    await expectVerdicts([
      [
        "Kyiv's figures put Russian losses in the first quarter at about 125,000, or roughly 1,400 a day, below " +
          "December's record of more than 1,500 a day. If that pace holds, RUSI analysts note, the General Staff's " +
          'running total will pass one million by mid-June.',
        '2025-04-02',
        'consistent',
      ],
      [
        'Western officials now estimate Russian killed and wounded since February 2022 at between 700,000 and ' +
          "750,000, broadly in line with Ukraine's General Staff tally, which passed 720,000 at the weekend. IISS " +
          'expects the monthly toll to stay above 40,000 while Moscow keeps up its autumn offensive in Donetsk.',
        '2024-11-21',
        'consistent',
      ],
      [
        "Kyiv's count of Russian killed and wounded now stands at roughly 1.16 million, ISW noted, with losses " +
          'averaging about 1,000 to 1,100 a day since June.',
        '2025-11-05',
        'consistent',
      ],
      [
        "Russia's losses in Ukraine passed one million on Thursday, Ukraine's General Staff said: almost 1,000 for " +
          'every day since the invasion began.',
        '2025-06-12',
        'tension',
      ],
      [
        "Russian forces lost 2,200 soldiers over the past week, Ukraine's General Staff said, most of them in costly " +
          'assaults around Pokrovsk and Kurakhove.',
        '2024-12-21',
        'inconsistent',
      ],
      [
        'North Korea has now lost all 12,000 of the soldiers it sent to Kursk, a pro-Ukrainian Telegram channel ' +
          'claimed on Saturday.',
        '2025-02-15',
        'inconsistent',
      ],
      [
        "Russian losses over the weekend came to 1,070 soldiers, Ukraine's General Staff said on Monday.",
        '2025-05-26',
        'inconsistent',
      ],
      [
        "Kyiv's tally for May, some 44,000 Russian killed and wounded, was among the heaviest of the war.",
        '2025-06-04',
        'tension',
      ],
      [
        'The number of Russian soldiers killed or wounded since the invasion passed 100,000 overnight, ' +
          "Ukraine's General Staff said on Thursday.",
        '2022-12-22',
        'consistent',
      ],
      [
        "At about 90 casualties a day, Kim's 12,000 troops in Kursk could all be killed or wounded by the end of " +
          'April, a Kyiv analyst wrote',
        '2025-01-11',
        'consistent',
      ],
      [
        "Russia's losses in Ukraine have passed one million killed and wounded, Ukraine's General Staff said on " +
          'Thursday, more than 60 times what the Soviet Union lost in a decade in Afghanistan.',
        '2025-06-12',
        'consistent',
      ],
    ]);
    const headline = await checked(
      'Killed in the fighting for Russia so far: some 2,000 North Korean soldiers, by the estimate South ' +
        "Korea's intelligence service gave lawmakers on Thursday.",
      '2025-09-04',
    );
    expect(headline.figures[0]!.figure.kind).toBe('killed');
  });

  it('gives no verdict on civilians, whole armies or a question', async () => {
    await expectRefusals([
      [
        "The UN's human rights monitors have verified at least 13,580 civilian deaths in Ukraine since February " +
          '2022, and June was the deadliest month in three years with 232 killed, as Russia intensified strikes.',
        '2025-07-11',
        /civilians/,
      ],
      [
        "North Korea, whose army of some 1.2 million active troops is among the world's largest, has sent only a " +
          'sliver of it to fight for Russia, analysts note.',
        '2025-07-08',
        /\(the whole army at home\)/,
      ],
    ]);
  });
});

describe('Korean outlets, one front and engagements', () => {
  it('reads "the North", dated stretches, fronts named together and levels that "came to"', async () => {
    await expectVerdicts([
      [
        "In January alone, the North's troops lost roughly 4,500 soldiers killed or wounded, an official from " +
          "Ukraine's military intelligence told Kyodo News.",
        '2025-02-03',
        'inconsistent',
      ],
      [
        "Roughly 40 percent of the North's casualties in Kursk have been deaths, as wounded North Korean soldiers " +
          'are rarely evacuated, a Ukrainian military official said, according to Yonhap.',
        '2025-02-20',
        'inconsistent',
      ],
      [
        'KYIV, Dec 2 - Russia lost roughly 17,000 troops killed or wounded in the Pokrovsk and Kurakhove directions ' +
          'in November, more than on any other part of the front.',
        '2024-12-02',
        'consistent',
      ],
      [
        'Russian casualties in 2024 came to upwards of 430,000, more than in 2022 and 2023 combined.',
        '2025-01-02',
        'consistent',
      ],
      [
        'In the five months since Ukrainian troops crossed into Kursk on 6 August, Russia has lost about 40,000 ' +
          'soldiers there, Kyiv says.',
        '2025-01-06',
        'consistent',
      ],
      ['1/3 of the NK contingent are now casualties', '2025-01-22', 'consistent'],
      [
        "Russia's losses stand at about 1.23 million killed and wounded, Ukraine's army chief said during a visit to " +
          'troops near Kupiansk on Saturday.',
        '2026-01-10',
        'consistent',
      ],
      [
        "At the 80 to 90 casualties a day Kyiv cites, North Korea's 12,000 soldiers would all be out of action by " +
          'the end of March.',
        '2025-01-19',
        'tension',
      ],
      [
        "Ukraine's General Staff said in Kyiv that Russia's losses had passed one million this month, about 830 a " +
          'day since the invasion began.',
        '2025-06-30',
        'consistent',
      ],
    ]);
  });

  it('gives no verdict on things destroyed, the other side’s losses in an assault, or one engagement', async () => {
    await expectRefusals([
      [
        "The tally of Russian tanks destroyed since 2022 has passed 10,000, by the Ukrainian military's count.",
        '2025-03-20',
        /^no number in the claim reads/,
      ],
      [
        "Ukraine's General Staff puts Russia's tank losses at just over 10,000 and its artillery losses at between " +
          '23,000 and 24,000 systems.',
        '2025-03-12',
        /^no number in the claim reads/,
      ],
      [
        'Ukrainian paratroopers lost between 20 and 30 men repelling a single North Korean assault near the ' +
          'village of Plekhovo, their brigade said.',
        '2025-01-06',
        /^no reference covers Ukrainian forces/,
      ],
      [
        'Over the course of the Kursk operation Russia lost about 64,000 troops, more than 24,000 of them killed, ' +
          'Syrskyi said on Thursday.',
        '2025-03-13',
        /^nothing to check: "about 64,000" \(a count from one engagement/,
      ],
      [
        'Two years after Bakhmut fell, Ukrainian officials estimate the battle for the city cost Russia well over ' +
          '100,000 killed and wounded.',
        '2025-05-20',
        /^nothing to check: "Two years" \(a span of time\) and 1 more$/,
      ],
    ]);
  });
});

describe('outlets abroad, Ukrainian and Russian sources, fact-checks, time references and number forms', () => {
  it('reads the period, the kind and the subject each claim states', async () => {
    await expectVerdicts([
      // A rate's earlier level is a rate; a month that opens its sentence before a colon is the count's.
      [
        "In February the enemy's average daily losses fell to about 1,320 troops, down from roughly 1,550 in " +
          'January, Ukrinform reported citing General Staff data.',
        '2025-03-03',
        'consistent',
      ],
      [
        'December became the deadliest month for the Russian army since February 2022: the occupiers lost 48,670 ' +
          "personnel killed and wounded, Ukrainska Pravda calculated from the General Staff's daily reports.",
        '2025-01-02',
        'consistent',
      ],
      // "over January", "over 2024 as a whole", "through the winter", "in the first quarter of the year".
      [
        'Russian units attacking Pokrovsk lost around 17,000 men killed and wounded over January, according to the ' +
          'Khortytsia operational-strategic group.',
        '2025-02-05',
        'consistent',
      ],
      [
        'Russian losses averaged about 1,500 a day over 2024 as a whole, a Kremlin-critical Telegram channel ' +
          "calculated from Ukraine's General Staff data.",
        '2025-01-03',
        'tension',
      ],
      [
        'Through the winter, the enemy was losing roughly 1,500 men a day on average, a General Staff spokesman said.',
        '2025-03-20',
        'consistent',
      ],
      [
        'In the first quarter of the year, North Korean troops in Kursk lost roughly 2,000 killed and wounded, a ' +
          'Ukrainian military intelligence official said on Tuesday.',
        '2025-04-08',
        'consistent',
      ],
      [
        "Russia has lost about 75,000 troops in the six weeks since New Year's Day, Ukraine's General Staff figures " +
          'suggest.',
        '2025-02-12',
        'tension',
      ],
      [
        "Over nearly three and a half years of war, Russia has lost about 835 soldiers a day on average, Kyiv's " +
          'figures show.',
        '2025-06-30',
        'consistent',
      ],
      // "told Reuters on Monday" dates the telling, not a day's losses.
      [
        'Russia has lost about 1,500 troops a day since the start of the full-scale invasion, a senior European ' +
          'official told Reuters on Monday.',
        '2025-02-24',
        'inconsistent',
      ],
      // Predictions "within a month", "the one-million mark".
      [
        "At the current pace Russia's losses will pass one million within a month, Ukrainian analysts calculated on " +
          'Tuesday.',
        '2025-05-20',
        'consistent',
      ],
      [
        'If the enemy keeps losing men at the current pace, its toll will cross the one-million mark by early June, ' +
          'Syrskyi told journalists on Saturday.',
        '2025-03-15',
        'consistent',
      ],
      // Number forms: "1,1 million", "~1.6K/d", "per 24 hours".
      [
        "Russian losses have exceeded 1,1 million soldiers since February 2022, Ukraine's General Staff says.",
        '2025-09-25',
        'consistent',
      ],
      [
        'RU personnel losses averaged ~1.6K/d in December, per UA General Staff data - a new monthly high.',
        '2025-01-02',
        'consistent',
      ],
      [
        'North Korean assault groups in Kursk are losing up to 200 men per 24 hours, a spokesman for Ukraine’s ' +
          'special operations forces claimed.',
        '2025-01-20',
        'consistent',
      ],
      // The enemy as the count's own noun; Kim Jong Un by name; "Putin's war" is no place.
      [
        'Over the past day Ukrainian defenders eliminated 2,200 occupiers, the highest daily figure since the start ' +
          'of the full-scale invasion, the General Staff reported.',
        '2024-12-20',
        'consistent',
      ],
      [
        '"Kim Jong Un has sent 100,000 troops to fight for Putin," the candidate told supporters at a rally on ' +
          'Friday.',
        '2024-11-15',
        'inconsistent',
      ],
      [
        "North Korea has lost 14,000 soldiers in Putin's war, a member of parliament claimed in a Facebook post.",
        '2025-03-10',
        'inconsistent',
      ],
      // Shares: of "the roughly 4,000 … casualties", of "the 4,700 … killed or wounded", the part between dashes.
      [
        'Two-thirds of the roughly 4,000 North Korean casualties in Kursk were killed in action, a post on X claims.',
        '2025-01-25',
        'inconsistent',
      ],
      [
        'Roughly half of the 4,700 North Koreans killed or wounded in Kursk have died, a Ukrainian intelligence ' +
          'estimate suggests.',
        '2025-04-29',
        'inconsistent',
      ],
      [
        'Roughly a quarter of the contingent - some 3,000 men - has been killed or wounded, and about one in ten of ' +
          "those casualties died, Seoul's intelligence service estimates.",
        '2025-01-14',
        'consistent',
      ],
      // A later wave and the total it brought; a killed count held from above; the named dead as killed.
      [
        'A second rotation of about 2,500 men has brought the number of North Korean troops sent to Russia to some ' +
          "14,500, Ukraine's military intelligence said.",
        '2025-03-27',
        'consistent',
      ],
      [
        'Counting a second wave that arrived in January and February, North Korea has now sent between 14,000 and ' +
          "15,000 soldiers to fight for Russia, Seoul's military believes.",
        '2025-03-04',
        'consistent',
      ],
      [
        "Russia's military dead since 2022 probably number between 190,000 and 230,000, Meduza and Mediazona " +
          'estimated in their latest update.',
        '2025-07-25',
        'consistent',
      ],
      [
        'Ukraine says Russia is losing about 1,300 soldiers a day, while the list of named Russian dead grows by ' +
          'some 200 a day, Meduza reported.',
        '2025-06-10',
        'tension',
      ],
      [
        'Kyiv\'s count of Russian dead and wounded, now "close to 790,000", is pure fiction, a Duma deputy told RIA ' +
          'Novosti.',
        '2025-03-25',
        'tension',
      ],
    ]);
  });

  it('gives no verdict on a question, a share of one unit, or one village’s count', async () => {
    await expectRefusals([
      [
        'did north korea really lose 40,000 soldiers in kursk?? nobody on the news is talking about this',
        '2025-02-02',
        /^nothing to check: "40,000" \(asked, not stated\)$/,
      ],
      [
        'Half of my battalion was killed in the first week, a captured North Korean soldier told South Korean ' +
          'lawmakers who visited him in Kyiv.',
        '2025-02-19',
        /^nothing to check: "Half" \(a share of one unit, not of the force\)$/,
      ],
      [
        'Drone crews near Sudzha say the North Koreans are losing roughly a battalion a day - about 300 men daily - ' +
          'in their frontal attacks.',
        '2025-01-24',
        /^no reference covers North Korean forces locally, only North Korean and Russian forces$/,
      ],
    ]);
  });
});

describe('posts, earlier wars beside this one, ratios, a month’s own count, an army at war', () => {
  it('reads the subject, the period and the kind each states', async () => {
    await expectVerdicts([
      // Posts: "K/W", "KIA+WIA", a headline's month before its colon, a direction without "the", a source's tag.
      ['Siversk direction: RU lost ~5k K/W in April, brigade spokesman says', '2025-05-02', 'consistent'],
      ['Feb: RU lost ~48k troops (UA GS) 📉', '2025-03-01', 'tension'],
      ["MARCH 2025: RUSSIA LOST 40,670 TROOPS — UKRAINE'S DEFENCE MINISTRY", '2025-04-01', 'consistent'],
      ['RU losses in June: 1.1k 📉 lowest month of the year (per @DefenceU)', '2025-07-01', 'inconsistent'],
      ['NK KIA in Kursk: 3k+ 💀 (UA SOF)', '2025-01-25', 'inconsistent'],
      // A count beside an earlier war is this war's when its own force is named nearer.
      [
        'Russia has lost more soldiers in the past six weeks, some 60,000 killed and wounded, than the 58,000 ' +
          "Americans who died in the entire Vietnam War, by Kyiv's count.",
        '2024-11-20',
        'consistent',
      ],
      [
        "Russia's losses in Ukraine, now about 850,000 killed and wounded, are more than fifty times what the Soviet " +
          'Union lost in Afghanistan, an opposition politician said in Vilnius.',
        '2025-06-10',
        'tension',
      ],
      // Ratios: "one in three of the 12,000", "two out of every three", an aside between commas.
      [
        'Roughly one in three of the 12,000 North Korean troops Pyongyang sent to Kursk has now been killed or ' +
          "wounded, the head of Ukraine's military intelligence said on Wednesday.",
        '2025-01-22',
        'consistent',
      ],
      [
        'Two out of every three North Koreans hit in Kursk were killed outright rather than wounded, a Ukrainian ' +
          'special forces officer claimed on Tuesday.',
        '2025-01-28',
        'inconsistent',
      ],
      [
        'About 2,000 North Korean soldiers, roughly one in six of the 12,000 first sent to Russia, were killed in ' +
          'the Kursk campaign, South Korean intelligence said.',
        '2025-09-04',
        'consistent',
      ],
      // A month's own count ("December's peak"), a comparison's own date, the whole war's thousandth day.
      [
        "Russian losses averaged about 1,200 a day last month, according to Ukraine's General Staff. That is well " +
          "below December's peak of more than 1,500 a day, when Moscow was pushing hardest toward Pokrovsk.",
        '2025-06-03',
        'consistent',
      ],
      [
        "Three years into the full-scale invasion, Ukraine's General Staff puts Russian losses at some 868,000 " +
          'troops, more than four times the force Russia massed on the border in 2022.',
        '2025-02-24',
        'consistent',
      ],
      [
        'A thousand days after the invasion began, Russia has lost on average some 850 soldiers a day, according ' +
          "to Ukraine's General Staff.",
        '2024-11-19',
        'tension',
      ],
      [
        'Russian losses averaged about 1,300 a day in December, with the majority suffered in the Pokrovsk and ' +
          "Kurakhove sectors, Ukraine's commander-in-chief said.",
        '2025-01-02',
        'tension',
      ],
      // A count from the day an incursion began; a week since a return, beside a comparison; a ratio's other side;
      // a list's "of which".
      [
        "Since Ukraine's incursion began on 6 August, Russia has lost more than 60,000 soldiers in the Kursk region " +
          "alone, more than the US lost in the whole of the Vietnam War, Ukraine's army chief said.",
        '2025-03-14',
        'consistent',
      ],
      [
        'In the week since returning to the front on 7 February, North Korean units have lost about 1,000 soldiers ' +
          "killed and wounded, five times their weekly toll in December, Ukraine's special forces said.",
        '2025-02-14',
        'inconsistent',
      ],
      [
        'North Korean units in Kursk are losing about 100 men a day to death and injury, roughly one in every 120 ' +
          'soldiers of the contingent each day, according to Ukrainian estimates.',
        '2025-01-24',
        'consistent',
      ],
      [
        'NK in Kursk, by the numbers (per NIS briefing): - cas.: ~4.7k - of which KIA: ~600 - WIA: the rest #DPRK',
        '2025-05-01',
        'consistent',
      ],
      // An army serving for years bounds no war's losses.
      [
        "As Vladimir Putin held his annual news conference on Thursday, Ukraine's General Staff put Russia's " +
          'losses since the invasion at about 768,000 killed and wounded. He did not mention them. Instead he said ' +
          'some 700,000 Russian troops were serving in the combat zone.',
        '2024-12-19',
        'consistent',
      ],
    ]);
  });

  it('gives no verdict on earlier wars, things shipped, or an uncovered claim that only fits itself', async () => {
    await expectRefusals([
      [
        'Russia marked the 80th anniversary of victory in a war in which the Soviet Union lost some 27 million ' +
          'people, as Putin reviewed the parade on Red Square.',
        '2025-05-09',
        /^no reference covers the Soviet Union, only North Korean and Russian forces$/,
      ],
      [
        '75 yrs on: NK lost 400k+ troops in the Korean War (1950–53), historians estimate',
        '2025-06-25',
        /^no reference covers "400k\+" \(the Korean War\)/,
      ],
      [
        'South Korea sent some 320,000 troops to the Vietnam War and lost about 5,000 of them, a lawmaker in Seoul ' +
          "noted while criticising Pyongyang's deployment.",
        '2025-02-20',
        /^no reference covers the Vietnam War, only North Korean and Russian forces$/,
      ],
      [
        "On the 76th anniversary of the Korean War, Pyongyang's dead in Kursk remain a small fraction of the more " +
          'than 200,000 North Korean soldiers killed between 1950 and 1953.',
        '2026-06-25',
        /^no reference covers the Korean War, only North Korean and Russian forces$/,
      ],
      [
        "Pyongyang's shipments to Russia now total some 12 million artillery rounds, South Korea's military " +
          'estimates, along with about 250 short-range ballistic missiles.',
        '2025-09-23',
        /^no number in the claim reads/,
      ],
    ]);
  });
});

describe('the earlier war, ranges and revisions, translated wording, quoted speech and fronts', () => {
  it('reads the day, the period and the kind each states', async () => {
    await expectVerdicts([
      // A date that opens the sentence dates its counts; "by the war's first anniversary on …" is a total by then.
      [
        "On 24 February 2023, the war's first anniversary, Ukraine's General Staff put Russian personnel losses at " +
          '146,820.',
        '2025-02-24',
        'consistent',
      ],
      [
        'British defence intelligence estimated that Russia had suffered between 175,000 and 200,000 casualties by ' +
          "the war's first anniversary on 24 February 2023, including Wagner fighters.",
        '2025-02-21',
        'tension',
      ],
      [
        "On 9 November 2022, America's top general, Mark Milley, estimated that well over 100,000 Russian soldiers " +
          'had been killed or wounded since the invasion began.',
        '2024-11-10',
        'tension',
      ],
      // "the first 100 days of the invasion, to …", "the twelve months to …"; a rate "now" is the current pace.
      [
        'Over the first 100 days of the invasion, to 3 June 2022, Russian losses averaged roughly 300 a day by ' +
          "Kyiv's count.",
        '2025-06-05',
        'consistent',
      ],
      [
        'In the twelve months to 24 February 2023, Russian forces lost an average of about 400 soldiers a day, ' +
          "Ukraine's General Staff figures show.",
        '2025-02-25',
        'consistent',
      ],
      [
        'Over the first two years of full-scale war, to 24 February 2024, Russia lost some 560 soldiers a day on ' +
          "average, according to Ukraine's General Staff, against more than 1,500 a day now.",
        '2024-11-30',
        'consistent',
      ],
      // Words of saying before the month are not between it and the count; a month as the subject of "cost".
      [
        "Ukraine's General Staff says Russian losses in December were between 48,000 and 50,000, a record for a " +
          'single month.',
        '2025-01-02',
        'consistent',
      ],
      [
        "February cost Russia about 48,000 killed and wounded, Ukraine's General Staff data show, roughly as many as " +
          'in January.',
        '2025-03-03',
        'tension',
      ],
      // A level "up from … in mid-June"; "the total sent to roughly 14,000"; "two daily tallies"; "millionth".
      [
        "Kyiv's tally of Russian killed and wounded has climbed past 1.1 million, up from about 1 million in " +
          'mid-June.',
        '2025-09-15',
        'consistent',
      ],
      [
        'Pyongyang has topped up its Kursk force with a second rotation, bringing the total sent to roughly 14,000, ' +
          "according to Seoul's spy agency, which says about 4,000 of them have been killed or wounded.",
        '2025-02-27',
        'consistent',
      ],
      [
        '"Over the weekend the enemy lost 2,160 personnel," a General Staff spokesman said on Monday, repeating the ' +
          'two daily tallies.',
        '2025-03-03',
        'consistent',
      ],
      [
        'At this pace Russia will lose its millionth soldier by the end of May, Syrskyi said on Monday.',
        '2025-01-20',
        'consistent',
      ],
      // "Over January" is the month's count, held to the rate; "its tally for 2022" a year; "all … of them are dead".
      [
        'Over January the losses of the DPRK contingent amounted to approximately 4 500 killed and wounded, ' +
          "Ukraine's military intelligence said.",
        '2025-02-03',
        'inconsistent',
      ],
      [
        "In 2023, Ukraine's General Staff counted about 253,000 Russian soldiers killed and wounded, more than twice " +
          'its tally for 2022.',
        '2025-01-03',
        'consistent',
      ],
      [
        '"Almost all 11,000 of them are dead," a pro-Ukrainian Telegram channel wrote of the North Korean ' +
          'contingent, a claim shared widely on Thursday.',
        '2025-03-20',
        'inconsistent',
      ],
    ]);
  });

  it('gives no verdict on part of one operation, an earlier war by its years, an unnamed million', async () => {
    await expectRefusals([
      [
        'During the Kursk operation, Russian losses reached almost 60,000 killed and wounded, including more than ' +
          "24,000 dead, Ukraine's commander-in-chief said.",
        '2025-03-13',
        /^nothing to check: "almost 60,000" \(a count from one engagement or period\) and 1 more$/,
      ],
      [
        'On the 75th anniversary of the outbreak of the Korean War, historians estimate that some 215 000 KPA ' +
          'servicemen were killed in 1950-53.',
        '2025-06-25',
        /^no reference covers the war of 1950–53, only North Korean and Russian forces$/,
      ],
      [
        "The last time North Korea sent its military into another country's war was Vietnam, where some 87 of its " +
          'fighter pilots flew for Hanoi and 14 of them were killed, historians note.',
        '2024-11-20',
        /^no reference covers the Vietnam War, only North Korean and Russian forces$/,
      ],
      [
        'Wagner fighters shot down six helicopters and a command aircraft during their mutiny on 24 June 2023, ' +
          'killing at least 13 Russian airmen.',
        '2025-06-24',
        /^nothing to check: "at least 13" \(a count from one engagement or period\)$/,
      ],
      [
        'In early October, the first 1,500 North Korean special forces soldiers were shipped to Vladivostok aboard ' +
          "Russian navy vessels, South Korea's spy agency said, with more to follow.",
        '2024-11-08',
        /^nothing to check: "1,500" \(a part of the force\)$/,
      ],
      [
        '"At this pace they will lose their millionth soldier by the end of May," Syrskyi said on Monday.',
        '2025-01-20',
        /^nothing to check: "millionth" \(names no force a reference covers\)$/,
      ],
    ]);
  });
});

describe('dates written every way, posts, denials, kinds of loss side by side', () => {
  it('reads days with dots, years after an apostrophe, short periods and the turn of the year', async () => {
    await expectVerdicts([
      // 18 November 2024: 722,440 in the series.
      ["As of 18.11, Russia has lost about 720,000 troops, Ukraine's General Staff said.", '2025-01-20', 'consistent'],
      [
        'Russian personnel losses as of 18.11.2025: about 1,164,000, the General Staff in Kyiv reported.',
        '2025-11-19',
        'consistent',
      ],
      // Since 1 February 2022 (not 2024): 820,430 by 20 January 2025.
      ["Russian losses since Feb '22 now exceed 790,000, Kyiv says.", '2025-01-20', 'consistent'],
      // Three days at 92 a day cannot hold 1,000.
      [
        'From 14 to 16 December, some 1,000 North Korean soldiers were killed or wounded in Kursk.',
        '2025-01-20',
        'inconsistent',
      ],
      // 21 December to 10 January: 1,643 a day, not the last 30 days' 1,364.
      [
        "Russia was losing some 1,600 soldiers a day at the turn of the year, Ukraine's General Staff figures show.",
        '2025-04-15',
        'consistent',
      ],
      ["Kyiv's count of Russian killed and wounded for April came to some 37,000.", '2025-05-01', 'consistent'],
    ]);
  });

  it('reads posts: "mil", "p/d", "per GS", "avg over the whole war", "the whole 12000 NK contingent"', async () => {
    await expectVerdicts([
      ['4 yrs of full scale war today. RU losses per GS: ~1.25 mil', '2026-02-24', 'consistent'],
      ['ru avg in december was like 1580 p/d. insane numbers', '2025-01-01', 'consistent'],
      ['963k RU losses by victory day per GS, thats ~820 a day avg over the whole war', '2025-05-09', 'consistent'],
      ['at ~90 cas p/d the whole 12000 NK contingent would be done by late april', '2025-01-17', 'consistent'],
      [
        "December was the bloodiest month yet for Russia's army: about 49,000 soldiers lost, by the General Staff's " +
          'count in Kyiv.',
        '2025-01-02',
        'consistent',
      ],
    ]);
  });

  it('gives no verdict on a figure the text denies, and checks the one it puts in its place', async () => {
    await expectRefusals([
      ['Russia did not lose 100,000 soldiers in January, the General Staff said.', '2025-02-02', /denies/],
      ["No, North Korea hasn't lost half of its troops in Kursk.", '2025-02-02', /denies/],
    ]);
    await expectVerdicts([
      // The series had passed 1 million in June 2025: "800,000 at most" is wrong.
      [
        "Russia's losses are not 1 million, as Kyiv claims, but 800,000 at most, a Western analyst argued.",
        '2025-07-10',
        'inconsistent',
      ],
      [
        "Claim: Russia has lost 1.5 million soldiers in three years of war. Fact: Ukraine's own General Staff puts " +
          'Russian losses at roughly 868,000 killed and wounded as of Monday.',
        '2025-02-24',
        'consistent',
      ],
      [
        "Contrary to reports that Russian losses had dropped below 1,000 a day in April, the General Staff's own " +
          'figures show an average of roughly 1,200 a day for the month.',
        '2025-05-02',
        'consistent',
      ],
      // "not less than" and "no fewer than" are bounds, not denials.
      ['Russia has lost not less than 900,000 soldiers.', '2025-05-02', 'consistent'],
    ]);
  });

  it('sets aside prisoners, the sick, specialists and things; a comparison keeps its own month', async () => {
    await expectRefusals([
      [
        'Ukrainian paratroopers took two wounded North Korean soldiers prisoner in Kursk, the SBU said on Sunday.',
        '2025-01-12',
        /troops in one condition/,
      ],
      [
        'The North Korean contingent in Kursk has lost about 200 men to frostbite and illness, a lawmaker said.',
        '2025-01-08',
        /troops in one condition/,
      ],
      [
        'The first of the 5,000 North Korean military builders promised to Moscow have arrived in the Kursk region, ' +
          'together with about 1,000 sappers, a South Korean official said.',
        '2025-09-23',
        /a part of the force/,
      ],
      [
        "Kyiv's count of destroyed Russian tanks passed 10,200 as of 1 March, alongside some 23,300 artillery systems.",
        '2025-03-02',
        /no number in the claim reads as a count/,
      ],
    ]);
    await expectVerdicts([
      // March's 40,670, not January's 48,060: "February's" is the other count's month.
      [
        "Fact: the occupiers lost some 40,000 troops last month, a little more than February's roughly 37,000.",
        '2025-04-01',
        'consistent',
      ],
      // "this week" is when the level was passed; June is the million's.
      [
        "Russia's losses have passed 1.5 million this week, half as many again as the million it had lost by June, " +
          'a Ukrainian official said.',
        '2025-10-15',
        'tension',
      ],
      // The winter's average, 134,160 ÷ 90 days, not the whole war's.
      [
        "Over the winter Russia lost about 134,000 soldiers, some 1,500 a day, Ukraine's General Staff says.",
        '2025-03-01',
        'consistent',
      ],
      [
        "Pyongyang's losses in Russia's war now total 15,000 dead and wounded, a Ukrainian opposition MP wrote.",
        '2026-02-10',
        'inconsistent',
      ],
    ]);
  });
});

describe('numbers in words, rates of other things, the dead alone, paragraphs with several sources', () => {
  it('reads "two and a half thousand" and "one and a quarter million"', async () => {
    await expectVerdicts([
      // Zelensky's 3,800 in early January, growing by at most 92 a day.
      [
        'Roughly one and a half thousand North Korean troops were killed or wounded in January alone, a Ukrainian ' +
          'intelligence source estimated.',
        '2025-01-31',
        'consistent',
      ],
      [
        "Four years into the full-scale war, Kyiv puts Russia's losses at about one and a quarter million soldiers " +
          'killed or wounded.',
        '2026-02-24',
        'consistent',
      ],
    ]);
  });

  it('sets aside a unit of the force, troops sent or taken prisoner over time, a time with no loss', async () => {
    await expectRefusals([
      [
        'Pyongyang is losing the equivalent of a company every 24 hours in Kursk, somewhere between 80 and 100 men, ' +
          'a Ukrainian military analyst wrote on Telegram.',
        '2025-01-19',
        /a unit, not the force/,
      ],
      [
        'Ukrainian troops have been taking North Korean prisoners at a rate of barely one a week, officials said.',
        '2025-01-30',
        /troops in one condition/,
      ],
      [
        'Pyongyang will send more military builders to Kursk, arriving in batches of about 1,000 a month, ' +
          "Russia's Security Council secretary said.",
        '2025-06-18',
        /troops recruited or sent over time/,
      ],
      [
        'Ukrainian paratroopers said they killed 21 North Korean soldiers while beating back a single night assault ' +
          'in the Kursk region.',
        '2025-02-10',
        /one engagement or period/,
      ],
      [
        'Two South Korean soldiers were wounded by a landmine while on patrol inside the Demilitarized Zone.',
        '2025-04-18',
        /no reference covers "Two" \(South Korean soldiers\)/,
      ],
      [
        'Kim Jong Un said the families of soldiers killed in Kursk would be the first to move into the new street, ' +
          'whose construction he ordered finished within a year, KCNA reported.',
        '2025-08-28',
        /a span of time/,
      ],
    ]);
  });

  it('holds a rate of the dead alone as a lower bound on the casualty rate', async () => {
    const low = await checked(
      "North Korea's dead in Kursk are mounting by roughly 20 a day, a Ukrainian intelligence official estimated.",
      '2025-01-22',
    );
    expect(low.verdict).toBe('consistent');
    expect(low.figures[0]!.figure.stated).toMatchObject({ qualifier: 'at-least', low: 20 });
    // Above the casualty rate of the series: more dead a day than killed and wounded together.
    const high = await checked(
      "Russia's dead are now mounting by some 1,500 a day, an opposition outlet wrote, citing Mediazona's tally.",
      '2025-03-10',
    );
    expect(high.verdict).toBe('tension');
  });

  it("runs no own arithmetic across two sources' figures in one sentence", async () => {
    const c = await checked(
      "On Monday South Korea's NIS raised its own count to 300 killed and 2,700 wounded, and British defence " +
        'intelligence now puts total casualties at around 4,000.',
      '2025-01-16',
    );
    // 300 + 2,700 is the NIS's 3,000, not the UK's 4,000: each is held to the references alone.
    expect(c.result.checks).toEqual([]);
    expect(c.verdict).toBe('consistent');
  });

  it('reads a rolling average over its days, "May:" in a heading, and where people live as no front', async () => {
    await expectVerdicts([
      // 21–27 December: 1,727 a day, not the last 30 days' 1,570.
      ['The seven-day average of Russian losses has climbed to about 1,800 a day.', '2024-12-27', 'consistent'],
      ['Russian losses averaged about 1,800 a day over the past week, Kyiv said.', '2024-12-27', 'consistent'],
      // May 2025: 35,370 in the series, not 1,140.
      ["Russian losses for May: about 1,140, Ukraine's General Staff figures show.", '2025-06-01', 'inconsistent'],
      [
        "Russia's losses in Ukraine have passed the one-million mark, Ukraine's General Staff said on Thursday, more " +
          'than twice the roughly 440,000 people who live in the city of Kursk.',
        '2025-06-12',
        'consistent',
      ],
    ]);
  });

  it('dates a count by when it was counted, a rate by its earlier level, a place by where troops fell', async () => {
    await expectVerdicts([
      // Seoul's 3,000 is its count by mid-January, not 3,000 in ten days.
      [
        'Seth Jones of CSIS said this week that between a third and a half of the 11,000 to 12,000 North Koreans in ' +
          'Kursk had been killed or wounded. That is above the 3,000 casualties Seoul counted in mid-January.',
        '2025-02-20',
        'consistent',
      ],
      // December's average, 1,586 a day, not the first quarter's.
      [
        'Q1 2025: RU lost ~126k K/W per GS, about 1,400 a day, down from roughly 1,580 a day in December.',
        '2025-04-01',
        'consistent',
      ],
      // Bryansk is where a missile struck; "the same day" dates another event.
      [
        "On the 1,000th day of the full-scale invasion, Ukraine's General Staff put Russian personnel losses at some " +
          "724,000, the same day Kyiv first used ATACMS missiles against a target in Russia's Bryansk region.",
        '2024-11-19',
        'consistent',
      ],
      // "smallest … since the summer" is a record: 48,000 is February's count, and the series' 36,950 is 23 % below.
      [
        'Russia lost about 48,000 troops in February, as Moscow made its smallest territorial gains since the summer.',
        '2025-03-05',
        'tension',
      ],
      [
        'Syrskyi said that the Pokrovsk direction accounted for the bulk of Russian losses in January, some 19,000 ' +
          'killed and wounded, out of about 48,000 along the whole front.',
        '2025-02-05',
        'consistent',
      ],
      [
        "Only around 1,000 North Korean soldiers have been killed or wounded since Pyongyang's troops went into " +
          'battle, far fewer than Kyiv says, a Chinese state-media commentary claimed.',
        '2025-03-04',
        'tension',
      ],
    ]);
  });
});

describe("corrections, headlines, other countries' number forms, a handful of people", () => {
  it('sets aside what a correction takes back, a handful of people, arrivals over time, an earlier war', async () => {
    await expectRefusals([
      [
        'Two North Korean servicemen captured in the Kursk region, one of them wounded in the jaw, are being ' +
          'questioned in Kyiv, the SBU said on Saturday.',
        '2025-01-12',
        /a person or a handful/,
      ],
      [
        'Seoul says fresh DPRK reinforcements reach Kursk at a pace of some 1 500 soldiers every four weeks.',
        '2025-02-20',
        /troops recruited or sent over time/,
      ],
      ['VICTORY DAY: USSR LOST 27 MILLION IN WWII — PUTIN', '2025-05-09', /no reference covers "27 MILLION" \(USSR\)/],
      [
        'The Kremlin dismissed claims that Russia would lose a million soldiers by the summer as Ukrainian propaganda.',
        '2025-03-20',
        /"a million" \(a figure the text denies\)/,
      ],
      [
        "'Half of my platoon could be dead within a week if we keep attacking like this,' a North Korean soldier " +
          'wrote in a diary recovered by Ukrainian special forces.',
        '2025-02-11',
        /a share of one unit/,
      ],
    ]);
  });

  it('reads levels with their own days, headline years and dashes, and thousands grouped abroad', async () => {
    await expectVerdicts([
      [
        'Correction: An earlier version of this article said North Korea had suffered about 1,000 casualties in ' +
          'Kursk. British defence intelligence estimates about 1,000 of its soldiers have been killed, out of some ' +
          '4,000 casualties.',
        '2025-01-22',
        'consistent',
      ],
      [
        "South Korea's intelligence service has raised its estimate of North Korean casualties in Russia to about " +
          '4,700, including some 600 dead, from 3,000 in January.',
        '2025-04-04',
        'consistent',
      ],
      [
        "Ukraine's General Staff put Russian losses at about 1,110,000 on 30 September, up from roughly 1,020,000 at " +
          'the end of June.',
        '2025-10-01',
        'consistent',
      ],
      [
        '3 YEARS ON: RUSSIA HAS LOST 868,230 TROOPS — ABOUT 800 A DAY OVER THREE YEARS OF WAR',
        '2025-02-24',
        'consistent',
      ],
      ['2024 IN NUMBERS: RUSSIA LOST 430K SOLDIERS — MORE THAN 1,100 A DAY, PER GS', '2025-01-01', 'consistent'],
      [
        "The General Staff in Kyiv put Russia's losses since the invasion at 1'005'060 on the 16th.",
        '2025-06-17',
        'consistent',
      ],
      ['Russian troop losses since 2022: now 0,95 Mio., Kyiv says.', '2025-04-29', 'consistent'],
    ]);
  });
});
