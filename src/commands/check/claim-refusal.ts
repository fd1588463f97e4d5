import type { LedgerClaimReading } from '../../core/check/against-ledger/types.js';
import { shorten } from '../../core/wording.js';
import { escapeControls } from '../../extract/controls.js';

/** Room for the refusal after "attrition: ", within the 100 columns every error line keeps to. */
const ROOM = 89;

/** ["North Korean forces, whole war", "Russian forces, whole war (…)"] as "North Korean and Russian forces". */
function coveredForces(covered: readonly string[]): string {
  const names = [
    ...new Set(
      covered.map((item) =>
        item
          .split(/[,(]/)[0]!
          .trim()
          .replace(/ forces$/, ''),
      ),
    ),
  ];
  return names.length === 0
    ? 'none'
    : `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1)} forces`;
}

/** Why one figure was set aside, in a few words: "(a count from one engagement or period)". */
function briefly(reason: string): string {
  if (reason.startsWith('the claim does not say whose')) return '(names no force a reference covers)';
  const head = reason.split(/[:;(]/)[0]!.trim();
  return `(${head.length > 45 ? head.split(',')[0] : head})`;
}

/** The first of the lines, fullest first, that fits the room; else the last, shortened. */
function firstFitting(lines: readonly string[]): string {
  return lines.find((line) => [...line].length <= ROOM) ?? shorten(lines.at(-1)!, ROOM);
}

/** The items joined, the first alone with how many more, or the first shortened. */
function listed(lead: string, items: readonly string[], join: string, end = ''): string[] {
  const more = items.length > 1 ? ` and ${items.length - 1} more` : '';
  return [`${lead}${items.join(join)}${end}`, `${lead}${items[0]}${more}${end}`];
}

/**
 * The one line a claim with nothing to check is refused with: the figures set aside and why, as many as
 * fit; figures of a subject no reference covers, with the subjects the references do cover; a claim
 * with no figure at all is asked for one.
 */
export function claimRefusal(reading: Pick<LedgerClaimReading, 'setAside' | 'text'>): string {
  const { setAside } = reading;
  // "casualties number 4,500" once went unread: a number the reading could not tie to a loss is named as such.
  if (setAside.length === 0)
    return /\d/.test(reading.text)
      ? 'no number in the claim reads as a count, force or rate: say what it counts ("3,500 lost")'
      : 'no figure in the claim: give a count, a force or a rate, as in "3,500 lost by 10 January"';
  const uncovered = setAside.flatMap((s) => (s.uncovered ? [s.uncovered] : []));
  if (uncovered.length === setAside.length) {
    const only = `, only ${coveredForces(uncovered[0]!.covered)}`;
    const subjects = uncovered.map((u) => u.subject.replace(/, whole war$/, ''));
    const named = (whom: readonly string[]) => setAside.map((s, i) => escapeControls(`"${s.text}" (${whom[i]})`));
    const whose = named(subjects);
    // Whose, without where: "(Ukrainian forces)" where "(Ukrainian forces around Kursk)" does not fit; "(North Korean
    // forces locally)" for a force the references cover as a whole.
    const { covered } = uncovered[0]!;
    const withoutPlace = (subject: string) =>
      subject.replace(/ around .*$/, (_, at: number) =>
        covered.some((c) => c.startsWith(subject.slice(0, at))) ? ' locally' : '',
      );
    const forces = named(subjects.map(withoutPlace));
    // Whose alone, without the figures' words: "the Wagner Group" tells more than "Around 1,500".
    const bare = [...new Set(subjects.map((subject) => escapeControls(withoutPlace(subject))))];
    const texts = setAside.map((s) => escapeControls(`"${s.text}"`));
    return firstFitting([
      ...listed('no reference covers ', whose, ' or ', only),
      ...listed('no reference covers ', forces, ' or ', only),
      ...listed('no reference covers ', bare, ' or ', only),
      ...listed('no reference covers ', texts, ' or ', only),
    ]);
  }
  const items = setAside.map((s) => escapeControls(`"${s.text}" ${briefly(s.reason)}`));
  return firstFitting(listed('nothing to check: ', items, '; '));
}
