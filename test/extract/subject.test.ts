import { describe, expect, it } from 'vitest';
import { figureSubjects, subjectOfDescription } from '../../src/extract/subject.js';

/** The subject of the first figure written as [[N]] in the text (the brackets are removed). */
function subjectOf(marked: string, claimant?: string) {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  const text = marked.replace('[[', '').replace(']]', '');
  return figureSubjects(text, [[start, end]], claimant === undefined ? {} : { claimant })[0]!;
}

describe('figureSubjects', () => {
  it.each([
    ['Russia has lost [[700,000]] soldiers since February 2022, Kyiv said on 15 November 2024', 'russian', 'whole'],
    ['About [[12,000]] North Korean troops were sent to Russia', 'north-korean', 'whole'],
    ["Ukraine's General Staff said [[1,200]] enemy soldiers were killed in the past day", 'russian', 'whole'],
    ['Pyongyang has lost about [[4,000]] soldiers in Kursk, Seoul said', 'north-korean', 'whole'],
    ['Russian losses in Kursk Oblast have reached [[38,000]], Ukraine said', 'russian', 'local'],
    ['The Wagner Group lost [[20,000]] fighters in Bakhmut, Prigozhin said', 'wagner', 'local'],
    ['North Korean troops fighting alongside Russian forces have lost [[4,000]]', 'north-korean', 'whole'],
    ['Ukraine has lost [[31,000]] soldiers since the full-scale invasion, Zelensky said', 'ukrainian', 'whole'],
    ['Russian forces lost [[500]] soldiers near Avdiivka in a week', 'russian', 'local'],
    ['The occupiers lost [[1,300]] troops in the Pokrovsk direction', 'russian', 'local'],
    ["Russia's losses in Ukraine have passed [[half a million]] soldiers", 'russian', 'whole'],
    ['US officials say Russian casualties in Ukraine are approaching [[300,000]]', 'russian', 'whole'],
    ["Putin's army has now lost [[one million]] men killed or wounded, according to Kyiv", 'russian', 'whole'],
    ['Russian forces, backed by some 11,000 North Korean troops, lost [[1,500]] in the past day', 'russian', 'whole'],
    [
      'Russian forces, backed by some [[11,000]] North Korean troops, lost 1,500 in the past day',
      'north-korean',
      'whole',
    ],
    [
      'North Korean troops, fighting alongside Russian units, have lost about [[4,000]] soldiers',
      'north-korean',
      'whole',
    ],
    [
      'North Korea has suffered about [[1,100]] casualties fighting Ukrainian forces, Seoul said',
      'north-korean',
      'whole',
    ],
    ['Russia has lost around [[15,000]] troops, similar to Soviet losses in Afghanistan', 'russian', 'whole'],
    // "The enemy" is the other side of whoever speaks.
    ["The enemy lost [[1,300]] soldiers in the past day, Russia's defence ministry said", 'ukrainian', 'whole'],
    ['Moscow said the enemy lost [[500]] soldiers in the past day', 'ukrainian', 'whole'],
    ["The enemy lost [[1,300]] soldiers in the past day, Ukraine's General Staff said", 'russian', 'whole'],
    ['Up to [[1,000]] North Korean soldiers may have died, according to Seoul', 'north-korean', 'whole'],
    ['Up to [[1,000]] soldiers of the Russian army died, Kyiv said', 'russian', 'whole'],
    ['Around [[1,000]] of the North Korean casualties are deaths, British intelligence says', 'north-korean', 'whole'],
    ["Kim's soldiers have suffered about [[4,000]] casualties, Ukraine says", 'north-korean', 'whole'],
    ["The Democratic People's Republic of Korea has lost about [[4,000]] troops", 'north-korean', 'whole'],
    // "near Kyiv" is a place, not Ukrainian forces.
    ['Russian units lost around [[500]] men near Kyiv, a Ukrainian official said', 'russian', 'whole'],
    // A source named after a comma is not the force before it: "North Korean troops, a blogger claimed".
    ['Ukrainian forces eliminated [[30,000]] North Korean troops, a blogger claimed', 'north-korean', 'whole'],
  ])('%s → %s, %s', (text, force, scope) => {
    const subject = subjectOf(text);
    expect(subject.force).toBe(force);
    expect(subject.scope).toBe(scope);
  });

  it('names no force when the claim names none and its source is unknown', () => {
    expect(subjectOf('[[3,000]] soldiers were killed or wounded by mid-January').force).toBeNull();
  });

  it("reads a Ukrainian claimant's unnamed count as Russian forces'", () => {
    expect(subjectOf('[[1,500]] troops were put out of action in the past day', "Ukraine's General Staff").force).toBe(
      'russian',
    );
  });

  it('marks a count that names no force beside a side named only as its speaker, so no ledger takes it', () => {
    expect(subjectOf('Ukraine says it has killed [[1,000]] soldiers in the past week')).toMatchObject({
      force: null,
      cue: 'Ukraine',
    });
    // Beside North Korea, named anywhere, such a count stays the default subject's.
    expect(subjectOf('About [[3,000]] soldiers sent by Pyongyang to Russia have been killed or wounded').cue).toBe(
      undefined,
    );
  });

  it('carries the subject of an earlier sentence', () => {
    expect(subjectOf('North Korea sent 12,000 soldiers. Of them, [[300]] were killed.').force).toBe('north-korean');
  });

  it("reads the seeds ledger's description as the North Korean contingent, whole", () => {
    expect(subjectOfDescription("North Korean forces in Russia's Kursk region, 2024–2025")).toMatchObject({
      force: 'north-korean',
      scope: 'whole',
    });
  });
});
