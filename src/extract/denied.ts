// Figures a text denies: "did not lose 100,000", "not 1 million but 800,000", "contrary to reports that … below
// 1,000 a day", a fact-check's "Claim: … Fact: …". The text says such a figure is wrong, so it claims nothing
// about it; the figure it puts in its place is read as usual.
import { lazyPattern } from './lexicon.js';

/**
 * A negation before the figure in its clause, at most three words from it: "did not lose", "has not yet passed",
 * "are not". Not a qualifier ("no more than", "not less than"), "not only", "if not" or "not counting".
 */
const NEGATED_BEFORE = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?:^|[^\w'’])(?:not|never|no longer|(?:has|have|had|did|does|do|is|are|was|were|could|would)n['’]t)` +
        String.raw`((?:\s+(?!but\b|rather\b|instead\b)[a-z'’-]+){0,3})\s*$`,
    ),
);
const NOT_A_NEGATION = lazyPattern(
  () =>
    new RegExp(
      String.raw`^\s+(?:more|less|fewer|over|under|above|below|only|just|least|counting|including|quite|exceeding|` +
        // "Moscow has never acknowledged the 5,000 dead": someone's silence, not the text's denial.
        String.raw`far|much|even|(?:yet\s+|publicly\s+|officially\s+|independently\s+)?(?:confirm|acknowledg|` +
        String.raw`disclos|admit|comment|publish|releas|reveal|verif|report|say|said|specif|stat|indicat|explain|` +
        String.raw`break|give|gave|provid|detail)\w*)\b`,
    ),
);
const IF_NOT = lazyPattern(() => /\b(?:if|or|whether) (?:not|never)\b[^.;:]*$/);
/** "contrary to reports that", "despite claims that", "denied reports that": the clause after says what is wrong. */
const DENYING_FRAME = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:contrary to|despite|denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes|` +
        String.raw`debunked|debunks|false(?:ly)?|untrue|baseless|unfounded)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}` +
        String.raw`(?:reports?|claims?|rumou?rs?|posts?|suggestions?|assertions?|allegations?|that)\b[^,;:.!?]*$`,
    ),
);
const EARLIER_VERSION = /\b(?:earlier|previous|original|first) version of this (?:article|story|report|post)\b/i;
const NEGATION_CUES = ['not', 'never', 'no longer', "n't", 'n’t'];
const FRAME_CUES = [
  'contrary',
  'despite',
  'den',
  'dismiss',
  'reject',
  'refut',
  'debunk',
  'false',
  'untrue',
  'baseless',
];
const CLAIM_CUES = ['claim', 'myth', 'rumo'];

/** A fact-check's two parts: what was claimed, then what is so. */
const CLAIM_LABEL = lazyPattern(() => /\b(?:claim|myth|rumou?r|the claim|viral claim)\s*:/gi);
const FACT_LABEL = lazyPattern(() => /\b(?:fact|facts|reality|the facts?|verdict|truth|in fact)\s*:/i);

/** The words of the figure's sentence before it, from the start of its clause (after ";", ":" or a dash). */
function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const start = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' — '));
  return before.slice(start + 1);
}

/** Whether the text denies the figure at `span` of `text`, whose sentence is `sentence`. */
export function denied(text: string, sentence: string, figureText: string, span: readonly [number, number]): boolean {
  if (inClaimPart(text, span[0])) return true;
  const at = sentence.indexOf(figureText);
  if (at < 0) return false;
  // "Correction: An earlier version of this article said … about 1,000 casualties": what the text takes back.
  if (sentence.includes('version') && EARLIER_VERSION.test(sentence.slice(0, at))) return true;
  const before = clauseBefore(sentence, at).toLowerCase();
  // Each pattern is tried only on words that hold its cues: a pattern costs to compile on every run.
  const negated = NEGATION_CUES.some((cue) => before.includes(cue)) ? NEGATED_BEFORE().exec(before) : null;
  if (negated !== null && !NOT_A_NEGATION().test(negated[1]!) && !IF_NOT().test(before)) return true;
  return FRAME_CUES.some((cue) => before.includes(cue)) && DENYING_FRAME().test(before);
}

/** Whether the offset is after a fact-check's "Claim:" and before the "Fact:" that answers it. */
function inClaimPart(text: string, offset: number): boolean {
  if (!text.includes(':')) return false;
  const lower = text.toLowerCase();
  if (!CLAIM_CUES.some((cue) => lower.includes(cue))) return false;
  const label = CLAIM_LABEL();
  label.lastIndex = 0;
  for (let m = label.exec(text); m !== null; m = label.exec(text)) {
    if (m.index > offset) return false;
    const fact = FACT_LABEL().exec(text.slice(m.index + m[0].length));
    if (fact !== null && offset < m.index + m[0].length + fact.index) return true;
  }
  return false;
}
