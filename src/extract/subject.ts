import type { Force, Scope, Subject } from '../core/subjects.js';
import { anyOf, cued, cuedExec, cuedTest, lazyPattern, lowerWords, matchLowerCased, MILITARY } from './lexicon.js';

/**
 * Whose losses a figure counts, read from its sentence: "12,000 North Korean troops", "Russia has
 * lost", "Pyongyang's casualties", "the enemy" (Russian forces in a Ukrainian source's words), and
 * over what scope: "since the full-scale invasion" is the whole war, "near Avdiivka" or "in the
 * Pokrovsk direction" one front. A force named as a source ("Ukraine's General Staff said"), as a
 * place ("Russia's Kursk region", "in Russia") or as an ally ("alongside Russian troops") is not
 * the subject. Pure.
 */

/**
 * The forces' names, by their first word: the words that may follow it to complete the name, and the
 * force it names. Names are found by scanning words and looking them up, which costs far less at
 * start-up than compiling one large case-insensitive pattern.
 */
const POSSESSIVE = String.raw`(?:['’]s)?`;
const FORCE_NAMES: ReadonlyMap<string, readonly [Force, RegExp | null]> = new Map([
  ['north', ['north-korean', new RegExp(String.raw`[\s-]+korea(?:ns?\b|${POSSESSIVE}\b)`, 'y')]],
  ['pyongyang', ['north-korean', null]],
  ['dprk', ['north-korean', null]],
  ['kpa', ['north-korean', null]],
  ['democratic', ['north-korean', /\s+people['’]s\s+republic\s+of\s+korea\b/y]],
  ['korean', ['north-korean', /\s+people['’]s army\b/y]],
  // "Kim Jong Un's army", "Kim Jong Un has sent"; "Kim's soldiers", with the troops named after it.
  [
    'kim',
    [
      'north-korean',
      new RegExp(
        String.raw`\s+jong[\s-]?un(?:['’]s)?\b|['’]s(?=\s+(?:(?:some |about |around )?[\d,.]+\s+)?` +
          String.raw`(?:troops|soldiers|army|forces|men|fighters|contingent|military|losses|kursk)\b)`,
        'y',
      ),
    ],
  ],
  ['wagner', ['wagner', new RegExp(String.raw`${POSSESSIVE}(?:\s+group${POSSESSIVE})?`, 'y')]],
  ['wagnerite', ['wagner', null]],
  ['wagnerites', ['wagner', null]],
  ['prigozhin', ['wagner', null]],
  ['russian', ['russian', null]],
  ['russians', ['russian', null]],
  ['russia', ['russian', null]],
  ['moscow', ['russian', null]],
  ['kremlin', ['russian', null]],
  ['putin', ['russian', null]],
  ['ukrainian', ['ukrainian', null]],
  ['ukrainians', ['ukrainian', null]],
  ['ukraine', ['ukrainian', null]],
  ['kyiv', ['ukrainian', null]],
  ['kiev', ['ukrainian', null]],
  ['afu', ['ukrainian', null]],
  // The abbreviations of posts and notes: "NK troops", "ru losses", "UA intel", "N. Korean soldiers".
  ['nk', ['north-korean', null]],
  ['n', ['north-korean', new RegExp(String.raw`\.\s*korea(?:ns?\b|${POSSESSIVE}\b)`, 'y')]],
  ['ru', ['russian', null]],
  ['rf', ['russian', null]],
  ['ua', ['ukrainian', null]],
  ['ukr', ['ukrainian', null]],
  ['zsu', ['ukrainian', null]],
]);
/** Names that are only a name with what follows them: "korean" alone is not the People's Army, "kim" not Kim's. */
const NEEDS_REST = new Set(['north', 'korean', 'kim', 'democratic', 'n']);
const POSSESSIVE_AFTER = /['’]s\b/y;
const WORD = /[a-z]+/g;

/**
 * "The North's troops", "the North is estimated to have sent": North Korea as Korean outlets name it, capitalised after
 * "the", in a text that names Korea, Pyongyang or Seoul.
 */
function theNorth(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  return (
    text.slice(start, end) === 'North' &&
    /\b[Tt]he\s+$/.test(before) &&
    // Not a region: "in the North", "to the North".
    !/\b(?:in|to|from|across|on|into|towards|at)\s+the\s+$/i.test(before) &&
    /\b(?:Korea|Korean|Pyongyang|Seoul|Yonhap|Kim|Kyodo|NHK|Chosun|JoongAng|Kursk|Russia)\b/.test(text)
  );
}

/** Each force's name in the text, as [force, start, end]. */
function forceNames(text: string): [Force, number, number][] {
  const low = text.toLowerCase();
  // A lower-case form of another length (rare letters) would shift the offsets: read the text as it is.
  const scan = low.length === text.length ? low : text;
  const out: [Force, number, number][] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(scan); m !== null; m = WORD.exec(scan)) {
    const name = FORCE_NAMES.get(m[0]);
    if (!name) continue;
    const [force, rest] = name;
    let end = m.index + m[0].length;
    if (rest) {
      rest.lastIndex = end;
      const more = rest.exec(scan);
      if (more) end += more[0].length;
      else if (theNorth(text, m.index, end)) {
        POSSESSIVE_AFTER.lastIndex = end;
        if (POSSESSIVE_AFTER.test(scan)) end += 2;
      } else if (NEEDS_REST.has(m[0])) continue;
    } else {
      POSSESSIVE_AFTER.lastIndex = end;
      if (POSSESSIVE_AFTER.test(scan)) end += 2;
    }
    out.push([force, m.index, end]);
    WORD.lastIndex = end;
  }
  return out;
}
/** Words for people no reference counts: civilians, or other countries' forces. */
const OTHER_SUBJECTS = cued(
  () =>
    new RegExp(
      String.raw`\b(?:civilians?|residents|children|inhabitants|non-combatants|belarus(?:ian)?s?|israel(?:i|is)?|` +
        String.raw`hamas|syrian?s?|iranian?s?|chinese|american|u\.s\.|nato|georgian?s?|chechens?|` +
        // "Two South Korean soldiers were wounded by a landmine": Seoul's own troops, not a source on Pyongyang's.
        String.raw`south korean (?:soldiers?|troops|marines?|servicem[ae]n|conscripts?|forces))\b`,
      'i',
    ),
  'civilian|resident|children|inhabitant|non-combatant|belarus|israel|hamas|syria|iran|chinese|american|u.s.|nato|' +
    'georgia|chechen|south korean',
);
/**
 * The noun of a count, when it counts no soldiers: "11 civilians", "3,000 people" (the latter only with no force
 * named: "the enemy lost 1,250 people over the past day" counts soldiers).
 */
const OWN_NOUN = lazyPattern(
  () =>
    new RegExp(
      String.raw`^\s+(?:(?!(?:and|or|soldiers|troops|servicemen|fighters|men|military)\b)[a-z-]+\s+){0,2}?` +
        String.raw`(civilians?|residents|children|inhabitants|non-combatants|passengers|people|persons)\b`,
      'i',
    ),
);
const PEOPLE_NOUNS = new Set(['people', 'persons']);
/** A cheap test before OWN_NOUN(), whose pattern costs to compile. */
const OWN_NOUN_CUES = ['civilian', 'resident', 'children', 'inhabitant', 'combatant', 'passenger', 'people', 'person'];
/** Ukrainian officials' words for Russian forces. */
const ENEMY = cued(
  () => /\b(?:the enemy|enemy|occupiers|occupying forces|occupation forces|invaders|orcs|russists?|ruscists?)\b/i,
  'enemy|occup|invaders|orcs|russist|ruscist',
);

const words = (list: string) => new Set(list.split(' '));
/** Nouns after a force's name that make it the speaker: "Ukraine's General Staff", "Kyiv's officials". */
const SOURCE_NOUNS = words(
  'official officials intelligence general staff ministry defence defense president presidential government ' +
    'authorities sources spokesman spokeswoman spokesperson media milblogger milbloggers blogger bloggers ' +
    'estimate estimates commander commanders analyst analysts agency leader parliament lawmaker lawmakers ' +
    'mod nis hur sbu envoy embassy officer officers television tv broadcaster channel channels newspaper outlet ' +
    'outlets correspondent correspondents journalists propaganda propagandists minister ministers news site ' +
    'website portal magazine paper mp mps opposition deputy deputies politician politicians senator senators',
);
/** Verbs after a force's name, or after "military" or "army" following it, that make it the speaker. */
const SPEECH_VERBS = words(
  'said says say reported reports claimed claims estimated estimates stated announced told added believes ' +
    'declared declares insisted insists admitted admits acknowledged confirmed confirms denied denies wrote writes ' +
    'alleged alleges cites cited quotes quoted puts put',
);
const SPEAKING_BODIES = words('military army forces command side armed');
/** Words that name a military body before its verb of saying: "special operations forces said". */
const BODY_WORDS = words(
  'special operations operational force naval navy air border national state main security service services ' +
    'joint southern northern eastern western airborne marine marines guard',
);
const PUBLISHED_NUMBERS = words('figures data numbers statistics');
/** A force's name, its troops, and a verb of killing with a count straight after: the force that killed. */
const AGENT = cued(
  () =>
    new RegExp(
      // "Russian shelling killed 11", "a Russian missile strike killed 14".
      String.raw`^\s+(?:(?:forces|troops|soldiers|army|military|units|drones?|artillery|shelling|missiles?|strikes?|` +
        String.raw`air\s?strikes?|attacks?|bombing|bombs|shells|rockets|fire|glide)\s+){0,2}` +
        String.raw`(?:have\s+|has\s+|had\s+)?` +
        String.raw`(?:killed|wounded|eliminated|destroyed|liquidated|neutrali[sz]ed|inflicted)` +
        String.raw`(?:\s+(?:and|or)\s+(?:killed|wounded))?` +
        String.raw`\s+(?:about|some|around|nearly|almost|roughly|more than|over|at least|up to|\d)`,
      'i',
    ),
  'killed|wounded|eliminated|destroyed|liquidated|neutrali|inflicted',
);
/** Words just before a force's name that make it a place, an ally or a target: "in Russia", "alongside". */
const NOT_SUBJECT_BEFORE = words(
  'in into inside to across against alongside with for of on at toward towards by per according near outside ' +
    'around beyond behind through ' +
    'fighting fought fight battling facing repelling attacking',
);
/** Words before "of"/"among" that keep the force after it the subject: "losses of Russian forces". */
const LOSS_NOUNS = words('losses casualties dead deaths toll killed wounded number total tally count estimate');
const PLACE_NOUNS = words('region oblast province territory border east south north west');
const PERIOD_NOUNS = words('day month week year period stretch quarter');
const TROOP_NOUNS = words('troops soldiers forces servicemen personnel fighters men');

/** Whether the words after a force's name make it the speaker or a place: "Ukraine's General Staff said". */
function speakerOrPlace(after: string): boolean {
  // "Russia, he said, had lost about 750,000": the words of saying stand aside; the force is the subject.
  if (/^\s*,/.test(after)) return false;
  const next = lowerWords(after.slice(0, 40)).slice(0, 3);
  const [first, second] = next;
  if (first === undefined) return false;
  if (SPEECH_VERBS.has(first)) return true;
  // "Ukrainian forces killed and wounded about 50 North Korean soldiers": the side that did the killing.
  if (cuedTest(AGENT, after.slice(0, 60))) return true;
  // "Ukrainian figures show", "according to Russian data": numbers a side published, not its losses.
  if (PUBLISHED_NUMBERS.has(first)) return true;
  // "a Ukrainian officer said", "Russia's military claimed": a noun and a verb of speech after the force; not
  // "400,000 Ukrainian casualties estimated by Western analysts", whose noun is the losses.
  if (second !== undefined && SPEECH_VERBS.has(second) && !OWN_LOSSES.test(after)) return true;
  if (SPEAKING_BODIES.has(first) && next[2] !== undefined && SPEECH_VERBS.has(next[2])) return true;
  // "Ukraine's General Staff", "Russian defence officials"; not "North Korean troops, a blogger said".
  const clause = lowerWords(after.slice(0, 40).split(/[,;.]/)[0]!).slice(0, 3);
  if (clause.some((w) => SOURCE_NOUNS.has(w))) return true;
  // "Ukraine's special operations forces said": the words naming a body, then a verb of saying.
  const body = lowerWords(after.slice(0, 60).split(/[,;.]/)[0]!).slice(0, 5);
  const said = body.findIndex((w) => SPEECH_VERBS.has(w));
  if (said > 0 && body.slice(0, said).every((w) => BODY_WORDS.has(w) || SPEAKING_BODIES.has(w))) return true;
  // "the Kyiv Independent", "the Moscow Times": a newspaper named after a place.
  if (/^\s+(?:Independent|Post|Times|Herald|Pravda|Telegraph|Journal|Today)\b/.test(after)) return true;
  // "Russia's Kursk region": a place named with the force.
  return PLACE_NOUNS.has(first) || (/^\s+[A-Z]/.test(after) && second !== undefined && PLACE_NOUNS.has(second));
}

/**
 * A number just before a force's name, or a number or a share before "of the" and the like: "up to 1,000",
 * "1,000 of the", "a third of the", "half of".
 */
const NUMBER_BEFORE =
  /\d\s*$|(?:\d|\b(?:half|thirds?|quarters?|fifths?|tenths?))\s+(?:of|among)\s+(?:the\s+|its\s+|their\s+)?$/i;

/** Whether the words before a force's name make it a place, an ally or a target ("in Russia", "alongside"). */
function notSubjectBefore(before: string, named: string): boolean {
  // "up to 1,000 North Korean soldiers": a number just before the force makes it the count's own.
  // "1,000 of the North Korean casualties": a part of that force's.
  if (matchLowerCased(NUMBER_BEFORE, before) !== undefined) return false;
  // "In the first half of 2023, Russian losses …": a force that opens a clause follows no preposition.
  if (/[,;:(—–]\s*$/.test(before)) return false;
  // "Of the North Korean soldiers sent, some 7,000 remain": a sentence that opens with "of" picks a part of them.
  if (/(?:^|[.!?;:]\s+)(?:of|among)\s+(?:the\s+)?$/.test(before.toLowerCase())) return false;
  const last = lowerWords(before).slice(-4);
  let k = last.length - 1;
  if (last[k] === 'the' || last[k] === 'a' || last[k] === 'an') k--;
  const word = last[k];
  if (word === undefined || !NOT_SUBJECT_BEFORE.has(word)) return false;
  // "the bloodiest month yet for Russia's army": past the adverb.
  const previous = last[k - 1] === 'yet' || last[k - 1] === 'ever' ? last[k - 2] : last[k - 1];
  // "losses of Russian forces" keeps the force; "troops from North Korea" too. "Losses in Russian ranks" keeps it,
  // "losses in Ukraine" names a place.
  const place = word === 'in' && !/(?:an|ans)$/i.test(named);
  // "inflicted 60,000 casualties on Russian forces": whose losses they are.
  if (word === 'on' && previous !== undefined && LOSS_NOUNS.has(previous)) return false;
  if (
    (word === 'of' || word === 'among' || word === 'in') &&
    !place &&
    previous !== undefined &&
    LOSS_NOUNS.has(previous)
  )
    return false;
  // "the deadliest month for Russian forces", "a record day for the Russian army": whose losses the period counts.
  if (word === 'for' && previous !== undefined && (PERIOD_NOUNS.has(previous) || LOSS_NOUNS.has(previous)))
    return false;
  // "troops from North Korea", "soldiers of the Russian army".
  return !((word === 'from' || word === 'of') && previous !== undefined && TROOP_NOUNS.has(previous));
}

/** Words that count from the war's first day. */
const WAR_LONG_WORDS =
  String.raw`since the (?:start|beginning|outbreak) of the (?:full[\s-]scale )?(?:war|invasion)|` +
  String.raw`since (?:the )?(?:full[\s-]scale )?invasion(?: began)?|since (?:24 )?february 2022|` +
  'since the war (?:began|started)';
const WAR_LONG = cued(() => new RegExp(String.raw`\b(?:${WAR_LONG_WORDS})\b`, 'i'), 'since');
/** Whole-war or whole-deployment wording. */
const WHOLE = new RegExp(
  String.raw`\b(?:${WAR_LONG_WORDS}|throughout the war|over the course of the war|in total|all told|` +
    String.raw`in the whole war|across the whole war|in the war so far|(?:along|across|on) the rest of the front)\b`,
  'i',
);
const WHOLE_CUES = anyOf('since', 'total', 'war', 'all told', 'rest of the front');
/** Where a clause of another force's or another front's begins: ", while Russia's losses along the whole front …". */
const CLAUSE_BREAK = new RegExp(
  String.raw`;|,\s*(?:while|whereas|as(?!\s+(?:of|well|many|much|part)\b)|(?:most|many|some|half) of them|` +
    String.raw`with (?:the )?(?:majority|most|bulk|many|much))\b|\s—\s`,
  'g',
);
const LETTERS = String.raw`A-Za-z\u00C0-\u024F'’-`;
const PLACE = String.raw`([A-Z][${LETTERS}]+(?:\s+[A-Z][${LETTERS}]+)?)`;
/** A capital letter after white space: the first three patterns below name a place so, after their words. */
const SPACE_CAPITAL = /\s[A-Z]/;
/** The words of a place "near", "around", "at" … (a word may end the text before white space and the place). */
const NEAR_WORDS = anyOf(
  'near',
  'around',
  'outside',
  'battle',
  'fight',
  'control of',
  'at',
  'town of',
  'city of',
  'village of',
  ' to take',
  ' to capture',
  ' to seize',
  ' to encircle',
  ' to storm',
  'storming',
  'assaulting',
  'attacking',
);
/**
 * Each pattern for a front, with a check its sentence must pass for the pattern to match: the patterns cost to
 * compile, and a sentence that fails the check skips them. The check takes the sentence in lower case, and as written.
 */
const LOCAL_PATTERNS: readonly (readonly [RegExp, (lower: string, sentence: string) => boolean])[] = [
  [
    new RegExp(
      String.raw`\b[Ii]n the ${PLACE}(?:\s+and\s+[A-Z][\w'’-]+)?\s+` +
        String.raw`(?:direction|sector|axis|area|front|salient|pocket|offensive)s?\b`,
      'g',
    ),
    (lower, sentence) =>
      anyOf('direction', 'sector', 'axis', 'area', 'front', 'salient', 'pocket', 'offensive')(lower) &&
      SPACE_CAPITAL.test(sentence),
  ],
  [
    // "the Pokrovsk direction alone accounted for …": a direction named as the subject of its losses.
    // "Siversk direction: RU lost ~5k K/W in April": a headline's direction, without "the".
    new RegExp(String.raw`(?:\b[Tt]he |^)${PLACE}\s+(?:direction|sector|axis|salient)\b`, 'g'),
    (lower, sentence) => anyOf('direction', 'sector', 'axis', 'salient')(lower) && SPACE_CAPITAL.test(sentence),
  ],
  [
    // "pokrovsk direction: ~11k RU k/w in april": a post's heading in lower case, before its colon.
    /^\s*([a-z][a-z'’-]+)\s+(?:direction|sector|axis):/g,
    (lower) => anyOf('direction:', 'sector:', 'axis:')(lower),
  ],
  [
    new RegExp(String.raw`\b[Oo]n the ${PLACE}\s+(?:front|axis|direction|sector)\b`, 'g'),
    (lower, sentence) => lower.includes('on the ') && SPACE_CAPITAL.test(sentence),
  ],
  [
    new RegExp(
      String.raw`\b(?:[Nn]ear|[Aa]round|[Oo]utside|in and around|in the battles? (?:for|of)|` +
        `in the fight(?:ing)? (?:for|over)|` +
        String.raw`for control of|at|in the town of|in the city of|in the village of|` +
        // "lost close to 60,000 trying to take Kupiansk": the town the losses were suffered for.
        String.raw`(?:trying|attempting|seeking|fighting) to (?:take|capture|seize|encircle|storm)|` +
        String.raw`in (?:its|their|the) (?:attempts?|efforts?|bid|push) to (?:take|capture|seize|encircle|storm)|` +
        String.raw`(?:storming|assaulting|attacking))\s+${PLACE}`,
      'g',
    ),
    (lower, sentence) => NEAR_WORDS(lower) && SPACE_CAPITAL.test(sentence),
  ],
  [
    new RegExp(String.raw`(?<![${LETTERS}])([A-Z][A-Za-z\u00C0-\u024F-]+)\s+(?:region|oblast|province)\b`, 'g'),
    anyOf('region', 'oblast', 'province'),
  ],
  // "in Bakhmut": "in" before a capital letter somewhere in the sentence.
  [new RegExp(String.raw`\b[Ii]n\s+${PLACE}`, 'g'), (_, sentence) => /\b[Ii]n\s+[A-Z]/.test(sentence)],
];
const REGION_ALONE = new RegExp(
  String.raw`\b(?:in|near|around|on) (?:the )?([A-Z][A-Za-z\u00C0-\u024F-]+) ` +
    String.raw`(?:region|oblast|direction|sector|axis|area|front) alone\b`,
);
/** A war named by whose it is: "in Putin's war", "in Kim's campaign". */
const WAR_AFTER_POSSESSIVE = /^\s+(?:[a-z-]+\s+)?(?:war|invasion|conflict|aggression|campaign|adventure)\b/;
/** The words before a place that make it where something was said: "said in Davos", "told reporters in Kyiv". */
const SAID_AT = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:said|says|told\b[^,.;]{0,30}|speaking|spoke|announced|claimed|reported|wrote|added|briefing|` +
        // "said during a visit to troops near Kupiansk", "predicted at a press conference in Kramatorsk"
        String.raw`(?:during|on) an? (?:visit|trip|tour) to (?:[\w-]+ ){0,3}|` +
        String.raw`at an? (?:press |news )?(?:conference|briefing|meeting|summit|forum))\s*$`,
      'i',
    ),
);
const LIVE_IN =
  /\b(?:live|lives|living|lived|reside|resides|residing|population|residents|inhabitants)\b[^,.;]{0,20}$/i;
const STRUCK_AT = new RegExp(
  String.raw`\b(?:against|at) (?:a |an |the )?(?:[\w-]+ )?(?:targets?|sites?|airfields?|bases?|depots?)` +
    String.raw`(?:\s+(?:in|near|inside)(?:\s+the|\s+\w+['’]s)?)?\s*$`,
  'i',
);
/**
 * Whether the words before a place make it where something else happened: where it was said ("Zelensky said in
 * Davos"), struck ("missiles … against a target in the Bryansk region") or where people live ("the roughly 440,000
 * people who live in the city of Kursk"), not where troops fell.
 */
const notWhereTroopsFell = (lead: string): boolean =>
  SAID_AT().test(lead) || STRUCK_AT.test(lead) || LIVE_IN.test(lead);

/** Words "in X" names that are not a front: months, days, capitals as speakers, countries, the war itself. */
const NOT_A_FRONT = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday russia ukraine europe kyiv ' +
    'kiev moscow pyongyang seoul washington london brussels berlin paris beijing the a an its their his her this ' +
    'that these those total all ukraine’s russia’s north south korea soviet nato english january’s new christmas ' +
    'easter ukrainian russian korean american british western european afghanistan vietnam iraq syria chechnya ' +
    'gaza israel lebanon sudan yemen'
  ).split(' '),
);

/**
 * Wars and armed groups no reference counts: a count in a claim that names one is theirs, not the default's. (Hamas,
 * Israel and the like are in OTHER_SUBJECTS.)
 */
const OTHER_WARS = new Set(
  (
    'gaza palestinian palestinians hezbollah houthi houthis taliban isis isil idf rsf sudan sudanese ' +
    'tigray tigrayan yemen yemeni lebanon lebanese iraq iraqi iraqis afghanistan afghan afghans myanmar burmese ' +
    'junta somalia al-shabaab ethiopia ethiopian eritrea eritrean armenia armenian armenians azerbaijan ' +
    'azerbaijani karabakh libya libyan mali sahel congo congolese m23 kurdish kurds dpr dnr lpr lnr'
  ).split(' '),
);
/** Capitalised words that name no other side: sources, titles, outlets, times, the ledger's own places. */
/** Words that open a sentence or a clause and name nobody: "The …", "They lost …". */
const FUNCTION_WORDS = words('the a an it they we this that these those he she who which some all both many most its');
const NAMES_NO_SIDE = new Set([
  ...FUNCTION_WORDS,
  ...(
    'about more over nearly almost around roughly at by since in on as up according after before ' +
    'during from of our their his her only just another total ' +
    'pentagon isw nis zelensky zelenskyy zelenskiy kirby umerov budanov syrskyi sybiha shoigu belousov konashenkov ' +
    'austin blinken biden trump rutte stoltenberg yonhap reuters ap afp cnn bbc nbc cbs abc bloomberg guardian ' +
    'times post journal telegraph economist mediazona meduza oryx uk britain british us u.s united states america ' +
    'washington seoul south korea korea korean koreans kursk oblast region general staff defence defense ministry ' +
    'intelligence service agency institute study war department state white house national security council ' +
    'president minister secretary commander chief gen lt col maj mr ms dr armed forces army military kim jong un'
  ).split(' '),
]);
const CAPITALISED = /(?<![\w'’.-])([A-Z][A-Za-z]+(?:-[A-Za-z0-9]+)?)(['’]s)?/g;
const LOSS_VERBS = words('lost loses losing suffered suffers sustained');
/** Nouns after another side's name or possessive that make it a side: "Hamas fighters", "Sudan's war". */
const SIDE_NOUNS = words(
  'war conflict army military forces troops soldiers fighters militants rebels militia militiamen servicemen ' +
    'republic personnel losses casualties dead toll death',
);

/**
 * Another side a sentence names that no force of ours is: "Palestinians", "Sudan's war", "Hamas fighters", "Tigrayan
 * forces". A count that names no force of its own is then not the default subject's.
 */
function otherSide(sentence: string): string | undefined {
  // A headline in title case ("Heavy Losses Reported") capitalises common words: only the wars' names count there.
  const all = (sentence.match(/\b[A-Za-z]{4,}/g) ?? []).slice(1);
  const titleCase = all.filter((w) => /^[A-Z]/.test(w)).length > all.length / 2;
  // "gaza: 50,000+ dead": a war's name written in lower case is still that war's.
  const war = lowerWords(sentence).find((w) => OTHER_WARS.has(w));
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(sentence); m !== null; m = CAPITALISED.exec(sentence)) {
    const word = m[1]!;
    const low = word.toLowerCase();
    if (OTHER_WARS.has(low)) return m[0];
    if (titleCase || FORCE_NAMES.has(low) || NOT_A_FRONT.has(low)) continue;
    const next = lowerWords(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))[0];
    // "Britain lost 19,240 men": a country or a force that is the subject of the losses, and none of ours.
    if (next !== undefined && LOSS_VERBS.has(next) && !FUNCTION_WORDS.has(low)) return m[0];
    if (NAMES_NO_SIDE.has(low)) continue;
    // "6,800 Marines": the count's own noun, capitalised: a service or unit of someone else's.
    if (/\d\s+$/.test(sentence.slice(0, m.index)) && !FUNCTION_WORDS.has(low)) return m[0];
    if (next !== undefined && SPEECH_VERBS.has(next)) continue;
    // "Palestinians", "Sudanese", "Israelis": a people.
    if (m[2] === undefined && /(?:ians|ese|[aeilnortu]is)$/.test(word) && word.length > 5) return m[0];
    // "Sudan's war", "Hamas fighters": a side; a sentence's first word may be a common one ("Combat losses").
    const first = /^\W*$/.test(sentence.slice(0, m.index));
    if (!first && next !== undefined && SIDE_NOUNS.has(next)) return m[0];
  }
  return war;
}

interface Mention {
  force: Force;
  start: number;
  end: number;
  words: string;
  role: 'subject' | 'other';
}

/** Whether the words end in "of", "among", "of the" or "among the". */
const afterOfOrAmong = (before: string): boolean => {
  const last = lowerWords(before).slice(-2);
  const word = last.at(-1) === 'the' ? last.at(-2) : last.at(-1);
  return (word === 'of' || word === 'among') && /\s$/.test(before);
};
const OWN_LOSSES = /^\s+(?:own\s+)?(?:losses|casualties|dead|death toll|toll|killed|wounded)\b/i;

const SOURCE_TAG = /^\s*(?:[A-Z][A-Za-z]*\.?\s*){0,3}\)/;

function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const [force, start, end] of forceNames(text)) {
    const words = text.slice(start, end);
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 60);
    // "a fraction of Russia's losses of nearly 951,000": a side's own losses are its, after whatever words; so is
    // "some 400,000 on the Ukrainian side".
    // "the bulk of Russian losses" too: the adjective before its losses, after "of" or "among".
    const ownLosses =
      ((/['’]s$/.test(words) || afterOfOrAmong(before)) && OWN_LOSSES.test(after)) || /^\s+side\b/i.test(after);
    // "NK KIA in Kursk: 3k+ (UA SOF)": a source's tag in brackets, not whose the losses are.
    const tag = before.trimEnd().endsWith('(') && SOURCE_TAG.test(after);
    const other = tag || speakerOrPlace(after) || (!ownLosses && notSubjectBefore(before, words));
    out.push({ force, start, end, words, role: other ? 'other' : 'subject' });
  }
  return out;
}

/** The sentences of a text as [start, end) offsets. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])|\n\s*\n/g;
  let from = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    // "U.S." and "Gen." are not ends of sentences.
    if (
      /\b(?:[A-Z]|U\.S|Gen|Lt|Col|Maj|Mr|Mrs|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/.test(
        text.slice(Math.max(0, m.index - 5), m.index + 1),
      )
    )
      continue;
    out.push([from, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out;
}

export interface SubjectOptions {
  /** Who made the claim, when known: a Ukrainian source's "enemy" is Russian forces. */
  claimant?: string;
}

const GENERAL_STAFF = cued(
  () =>
    new RegExp(
      String.raw`\b(?:ukrain\w*|kyiv\w*|kiev\w*)\W+(?:\w+\W+)?general staff\b|` +
        String.raw`\bgeneral staff of (?:the )?(?:armed forces of )?ukraine\b`,
      'i',
    ),
  'general staff',
);
const RUSSIAN_MINISTRY = cued(
  () => /\b(?:russia\w*|moscow\w*)\W+(?:\w+\W+)?(?:defen[cs]e ministry|ministry of defen[cs]e|mod)\b|\bkonashenkov\b/i,
  'russia|moscow|konashenkov',
);

/**
 * The subject of each figure, by its span in `text`: a force named in the figure's own noun phrase,
 * else the nearest one its sentence names as a subject, else "the enemy" words, else the claim's
 * last subject before it, else what the claimant's side reports about the other side.
 */
export function figureSubjects(
  text: string,
  spans: readonly (readonly [number, number])[],
  options: SubjectOptions = {},
): Subject[] {
  if (read === undefined || read.text !== text) {
    const found = readText(text);
    read = text.length <= KEPT_TEXT_LENGTH ? found : undefined;
    return subjectsOf(found, spans, options);
  }
  return subjectsOf(read, spans, options);
}

const readText = (text: string): Read => ({
  text,
  all: mentions(text),
  bounds: sentences(text),
  asides: new Map(),
  unnamed: new Map(),
  scopes: new Map(),
});

/**
 * A text read for its subjects: the forces it names and its sentences, and what was read of each
 * sentence so far (its asides, whose a count naming no force is, the front of a sentence for a force),
 * none of which depends on the figure or the options. A figure read again finds them here: each
 * pattern then runs once a sentence, and V8 compiles it once (a pattern run twice is compiled again,
 * to machine code).
 */
interface Read {
  text: string;
  all: readonly Mention[];
  bounds: readonly [number, number][];
  /** The asides of the sentence starting there. */
  asides: Map<number, [number, number][]>;
  /** The subject of a count in the sentence starting there that names no force and carries none. */
  unnamed: Map<number, Subject>;
  /** The scope of each sentence (as cut before a comparison) for each force. */
  scopes: Map<string, { scope: Scope; place?: string }>;
}

/** The value kept under `key`, else what `make` makes, kept. */
function kept<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** The longest text whose forces and sentences are kept for its next reading: a claim, not a long article. */
const KEPT_TEXT_LENGTH = 20_000;
/**
 * The last short text read, with the forces it names and its sentences: a claim's subjects are read
 * more than once (for its figures, then for the claim as a whole), and these depend on the text alone.
 */
let read: Read | undefined;

/**
 * A war before this one named in the sentence: "in the Korean War of 1950-53", "in World War II". Its counts are no
 * reference's, whichever force they name.
 */
const EARLIER_WAR = cued(
  () =>
    new RegExp(
      // Not "N. Korean war dead in Russia", "North Korean war dead": this war's dead of a Korean force.
      String.raw`\b(?:(?<!\b(?:n\.|north)\s*)korean war(?! dead)|first world war|second world war|` +
        String.raw`world war (?:one|two|ii|i|1|2)|ww ?(?:ii|2)|great patriotic war|` +
        String.raw`vietnam war|soviet-afghan war|soviet afghan war|first chechen war|second chechen war|winter war|` +
        // "the 1950-53 war", "the war of 1950–1953": a war that ended before this one began.
        String.raw`gulf war|(?:19\d\d|20(?:0\d|1[0-3]))\s?[-–]\s?(?:\d\d|19\d\d|20(?:0\d|1[0-3]))\s+war|` +
        String.raw`war of (?:19\d\d|20(?:0\d|1[0-3]))|` +
        // "flew for North Vietnam in the 1960s"
        String.raw`(?:north|south) vietnam|(?:in|during|throughout) the 19[0-9]0s|` +
        String.raw`(?:in|during) the (?:sixties|seventies)|` +
        // "a war in which the Soviet Union lost some 27 million people"
        String.raw`the soviet union|(?:the )?ussr|soviet losses|soviet troops|` +
        // "soldiers killed between 1950 and 1953", "killed in 1950-53"
        String.raw`between 19\d\d and (?:19\d\d|20(?:0\d|1[0-3]))|` +
        String.raw`(?:in|during) 19\d\d\s?[-–]\s?(?:\d\d|19\d\d)(?![\d,])|` +
        // "was Vietnam, where some 87 of its fighter pilots flew for Hanoi"
        String.raw`(?:in|to|was) vietnam|hanoi)\b`,
      'gi',
    ),
  'war|vietnam|0s|sixties|seventies|soviet|ussr|between 19|in 19|during 19|hanoi|ww',
);

/** An earlier war by a name the report can print: "in 1950-53" is "the war of 1950–53", "Hanoi" the Vietnam War. */
function earlierWarName(words: string): string {
  const years = /^(?:(?:between|in|during) )?(\d{4})(?: and |\s?[-–]\s?)(\d+)(?: war)?$/i.exec(words);
  if (years) return `the war of ${years[1]}–${years[2]}`;
  if (/^(?:(?:in|to|was) vietnam|hanoi)$/i.test(words)) return 'the Vietnam War';
  // "Korean War", "Vietnam War": a war by its name, as a sentence speaks of it.
  return /^[A-Z][\w-]*(?: [A-Z][\w-]*)* War$/.test(words) ? `the ${words}` : words;
}

/** Each earlier war the sentence names. */
function earlierWars(sentence: string): RegExpExecArray[] {
  if (!EARLIER_WAR.may(sentence.toLowerCase())) return [];
  const pattern = EARLIER_WAR.pattern;
  pattern.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) out.push(m);
  return out;
}

/** How far [from, to) stands from the count [start, end). */
const apart = (from: number, to: number, start: number, end: number): number =>
  to <= start ? start - to : from >= end ? from - end : 0;

/** Whether a force is named in the sentence (ending at `b`) nearer the count than the words at [from, to). */
function forceNearer(
  all: readonly Mention[],
  from: number,
  to: number,
  start: number,
  end: number,
  b: number,
): boolean {
  const far = apart(from, to, start, end);
  return all.some((m) => m.end <= b && m.start >= from - 400 && apart(m.start, m.end, start, end) < far);
}

/**
 * Whether the count at `at` is of the earlier war named at `war`: in the count's own clause ("NK lost 400k+ troops in
 * the Korean War"), opening the sentence ("In the Korean War, …"), or nearer the count than any force named.
 */
function ofEarlierWar(
  text: string,
  all: readonly Mention[],
  war: [number, number],
  at: [number, number],
  b: number,
): boolean {
  const between = war[0] >= at[1] ? text.slice(at[1], war[0]) : text.slice(war[1], at[0]);
  if (!/,\s|;|—|\bthan (?:the|what|those|in|during)\b|\b(?:while|whereas)\b/.test(between)) return true;
  // "the heroes of the 1950-53 war, in which some 300,000 North Korean troops died": the war's own count.
  if (war[1] <= at[0] && /^\s*,\s*(?:in|during) which\b/.test(between)) return true;
  const sentenceStart = Math.max(0, text.lastIndexOf('. ', war[0]) + 1);
  if (war[1] <= at[0] && war[0] - sentenceStart < 40) return true;
  return !forceNearer(all, war[0], war[1], at[0], at[1], b);
}

/** The troops of "of its soldiers", "of their own troops", in lower case. */
const OF_ITS_OWN = /^\s+of (?:its|their|our) (?:own )?(?:soldiers|troops|servicemen|men|fighters|forces|personnel)\b/;

/**
 * "Ukraine says more than 70,000 of its soldiers have been killed": the troops of whoever is named before the count,
 * speaker or not.
 */
function possessedBySpeaker(
  text: string,
  all: readonly Mention[],
  start: number,
  end: number,
  a: number,
): { force: Force; cue: string } | undefined {
  const after = text.slice(end, end + 40).toLowerCase();
  if (!(after.includes(' its ') || after.includes(' their ') || after.includes(' our ')) || !OF_ITS_OWN.test(after))
    return undefined;
  const before = all.filter((m) => m.start >= a && m.end <= start).at(-1);
  return before && { force: before.force, cue: before.words };
}

/** A word of soldiers, singular or plural, or of an army. */
const soldierWord = (w: string): boolean =>
  MILITARY.has(w) || MILITARY.has(`${w}s`) || w === 'army' || w === 'military';

function civiliansBefore(sentence: string, at: number, nearLower: string): string | undefined {
  const named = sentence.toLowerCase().lastIndexOf('civilian', at);
  if (named < 0 || lowerWords(sentence).some(soldierWord)) return undefined;
  // The count is bare or counts losses ("232 killed", "232 dead"): no noun of a side's.
  if (!/^\s*(?:(?:were |have been |had been )?(?:killed|dead|deaths|died|wounded|injured)\b|[,.;:)]|$)/.test(nearLower))
    return undefined;
  return 'civilians';
}

function subjectsOf(read: Read, spans: readonly (readonly [number, number])[], options: SubjectOptions): Subject[] {
  const { text, all, bounds } = read;
  const sentenceOf = (at: number) => bounds.find(([a, b]) => at >= a && at < b) ?? [0, text.length];
  return spans.map(([start, end]) => {
    const [a, b] = sentenceOf(start);
    const sentence = text.slice(a, b);
    const earlier = earlierWars(sentence).find((m) =>
      ofEarlierWar(text, all, [a + m.index, a + m.index + m[0].length], [start, end], b),
    );
    // "Russia has lost some 60,000 …, more than the 58,000 Americans who died in the Vietnam War": a force named
    // nearer the count than the earlier war is the count's.
    if (earlier)
      return {
        force: null,
        scope: 'whole',
        cue: earlierWarName(earlier[0]),
      };
    // "killed 11 civilians": the count's own noun says whose they are, whoever is named beside it.
    const near = text.slice(end, end + 40);
    const nearLower = near.toLowerCase();
    const noun = OWN_NOUN_CUES.some((cue) => nearLower.includes(cue)) ? OWN_NOUN().exec(near)?.[1] : undefined;
    if (noun !== undefined && !PEOPLE_NOUNS.has(noun.toLowerCase()))
      return { force: null, scope: 'whole', cue: noun.toLowerCase() === 'civilian' ? 'civilians' : noun };
    // "… civilian deaths …, and June was the deadliest month with 232 killed": a bare count in a sentence about
    // civilians, which names no soldiers, is theirs too.
    const civilians = civiliansBefore(sentence, start - a, nearLower);
    if (civilians) return { force: null, scope: 'whole', cue: civilians };
    const asides = kept(read.asides, a, () => asidesOf(text, a, b));
    const force =
      possessedBySpeaker(text, all, start, end, a) ??
      forceOf(text, all, start, end, a, b, asides, options) ??
      (ofThem(text.slice(end, end + 12)) ? antecedent(text, all, a) : undefined) ??
      carried(text, all, a, options);
    if (!force) {
      const unnamed = kept(read.unnamed, a, () => unnamedSubject(sentence, all));
      // "left some 3,000 people dead", naming no force: people, not any force's troops.
      // A side named only as the speaker or the one that killed says less than "people".
      const speaker = unnamed.cue !== undefined && all.some((m) => m.words === unnamed.cue);
      return (unnamed.cue === undefined || speaker) && noun !== undefined
        ? { force: null, scope: 'whole', cue: noun }
        : { ...unnamed };
    }
    if (force.force === null) return { force: null, scope: 'whole', cue: force.cue };
    const { clause, at } = clauseOf(sentence, start - a);
    const cut = withoutComparison(clause, at);
    return {
      force: force.force,
      cue: force.cue,
      ...kept(read.scopes, `${force.force} ${cut}`, () => scopeOf(cut, force.force)),
    };
  });
}

/** Whether the words are a side's name and nothing more: "Russian", "Kyiv", "the Kremlin", "North Korea's". */
export function namesOnlyASide(words: string): boolean {
  const found = forceNames(words);
  if (found.length !== 1) return false;
  const [, start, end] = found[0]!;
  return /^(?:the\s+)?$/i.test(words.slice(0, start)) && /^(?:['’]s)?$/.test(words.slice(end));
}

/** "Pakistan's army said 11 of its soldiers …": a named army that is none of the references' forces. */
const ARMY_WORDS: ReadonlySet<string> = new Set([
  'army',
  'military',
  'troops',
  'soldiers',
  'forces',
  'militants',
  'fighters',
]);
const NOT_AN_ARMY = new Set(
  (
    'The Its Their His Her Our Some All About These Those Many Several Most Other Such Enemy Allied Foreign ' +
    'Western Kursk'
  ).split(' '),
);
/** Word by word, without a pattern: most sentences name no army, and a pattern costs to compile. */
function otherArmy(sentence: string): string | undefined {
  const words = sentence.split(' ');
  for (let k = 1; k < words.length; k++) {
    const noun = words[k]!.replace(/[^a-z]+$/, '');
    if (!ARMY_WORDS.has(noun)) continue;
    const name = words[k - 1]!.replace(/['’]s$/, '');
    const first = name.charCodeAt(0);
    if (!(first >= 65 && first <= 90) || name.length < 3 || !/^[A-Z][a-z]+$/.test(name)) continue;
    if (NOT_AN_ARMY.has(name) || forceNames(name).length > 0 || NOT_A_FRONT.has(name.toLowerCase())) continue;
    return `${words[k - 1]} ${noun}`;
  }
  return undefined;
}

/** The subject of a count that names no force of its own in `sentence`, and carries none from before it. */
function unnamedSubject(sentence: string, all: readonly Mention[]): Subject {
  // Civilians, or another country's forces: someone no reference counts, and not the default subject.
  const other = cuedExec(OTHER_SUBJECTS, sentence)?.[0] ?? otherSide(sentence) ?? otherArmy(sentence);
  if (other) return { force: null, scope: 'whole', cue: other };
  // "Ukraine says it killed 1,000 soldiers": a side is named, if only as the speaker, and the count's own
  // force is not; such a count is nobody's default subject.
  // A claim that names North Korea anywhere ("sent by Pyongyang to Russia") keeps the default.
  const named = all.some((m) => m.force === 'north-korean') ? undefined : all[0];
  if (named) return { force: null, scope: 'whole', cue: named.words };
  // "since the invasion began": a count of the whole war, not of a contingent that came later.
  const lower = sentence.toLowerCase();
  const war = WAR_LONG.may(lower) ? matchLowerCased(WAR_LONG.pattern, sentence, lower) : undefined;
  if (war !== undefined) return { force: null, scope: 'whole', cue: war };
  // Where an unnamed count was lost still tells which reference may hold it ("died in Bakhmut").
  return { force: null, ...scopeOf(sentence, null) };
}

function forceOf(
  text: string,
  all: readonly Mention[],
  start: number,
  end: number,
  a: number,
  b: number,
  sentenceAsides: readonly [number, number][],
  options: SubjectOptions,
): { force: Force | null; cue: string } | undefined {
  // "Russian forces, backed by 11,000 North Korean troops, lost 1,500": a force named in an aside is not the subject
  // of a count outside it.
  const asides = sentenceAsides.filter(([x, y]) => !(start >= x && end <= y));
  const inSentence = all.filter(
    (m) => m.start >= a && m.end <= b && m.role === 'subject' && !asides.some(([x, y]) => m.start >= x && m.end <= y),
  );
  // "3,000 North Korean soldiers": the force inside the figure's own noun phrase.
  const own = inSentence.find(
    (m) =>
      m.start >= end &&
      /^[\s\w-]{0,24}$/.test(text.slice(end, m.start)) &&
      // Not "20 and 30 men repelling a single North Korean assault": the force of another clause.
      !/\b(?:and|while|but|as|\w+ing)\b/.test(text.slice(end, m.start)),
  );
  // "Ukrainian defenders eliminated 2,200 occupiers": the count's own noun is the enemy, whoever did the eliminating.
  const next = own ? '' : text.slice(end, end + 30);
  const enemyNoun = ENEMY_NOUN_WORDS.some((w) => next.includes(w)) ? ENEMY_NOUN.exec(next) : null;
  if (enemyNoun) return { force: russianSpeaker(text, options) ? 'ukrainian' : 'russian', cue: enemyNoun[1]! };
  const pick = own ?? nearest(inSentence, start, end, text);
  // "Russian and North Korean forces lost 1,000": the losses of two forces together are neither's alone.
  const partner =
    pick &&
    inSentence.find(
      (m) =>
        m.force !== pick.force &&
        (/^\s*(?:and|&)\s*$/.test(text.slice(pick.end, m.start)) ||
          /^\s*(?:and|&)\s*$/.test(text.slice(m.end, pick.start))),
    );
  if (pick && partner)
    return { force: null, cue: `${text.slice(Math.min(pick.start, partner.start), Math.max(pick.end, partner.end))}` };
  if (pick) return { force: pick.force, cue: pick.words };
  const enemy = cuedExec(ENEMY, text.slice(a, b));
  if (enemy) return { force: russianSpeaker(text, options) ? 'ukrainian' : 'russian', cue: enemy[0] };
  return undefined;
}

const ENEMY_NOUN = /^\s+(?:[a-z-]+\s+)?(occupiers|invaders|orcs|russists|ruscists)\b/i;
const ENEMY_NOUN_WORDS = ['ccupiers', 'nvaders', 'rcs', 'ussists', 'uscists'];

/** Whether Russia's side is the one speaking: then "the enemy" is Ukrainian forces. */
function russianSpeaker(text: string, options: SubjectOptions): boolean {
  const claimant = options.claimant ?? '';
  if (/\b(?:ukrain|kyiv|kiev|zelensk|syrskyi)/i.test(claimant)) return false;
  if (/\b(?:russia|moscow|kremlin|konashenkov|shoigu|belousov|putin)/i.test(claimant)) return true;
  const russian = cuedTest(RUSSIAN_MINISTRY, text) || RUSSIAN_SAYS.test(text);
  return russian && !cuedTest(GENERAL_STAFF, text) && !UKRAINIAN_SAYS.test(text);
}
const SAYS = String.raw`\W+(?:[\w'’]+\W+){0,2}?(?:said|says|claimed|claims|reported|reports|announced|stated)\b`;
const RUSSIAN_SAYS = new RegExp(String.raw`\b(?:russia\w*|moscow|the kremlin|kremlin)${SAYS}`, 'i');
const UKRAINIAN_SAYS = new RegExp(String.raw`\b(?:ukrain\w*|kyiv|kiev|zelensky\w*)${SAYS}`, 'i');

const ASIDE = cued(
  () =>
    new RegExp(
      String.raw`,\s*(?:(?:backed|supported|reinforced|aided|helped|joined|assisted|accompanied) by|alongside|` +
        String.raw`along with|together with|with the help of|fighting alongside|including|among them)\b` +
        String.raw`(?:[^,;.]|(?<=\d)[,.](?=\d))*,`,
      'gi',
    ),
  ',',
  'backed|supported|reinforced|aided|helped|joined|assisted|accompanied|alongside|along with|together with|' +
    'with the help of|including|among them',
);

/** The asides of the sentence [a, b) as offsets in the text. */
function asidesOf(text: string, a: number, b: number): [number, number][] {
  const sentence = text.slice(a, b);
  if (!sentence.includes(',')) return [];
  // The pattern costs to compile: a sentence with none of its words skips it.
  const low = sentence.toLowerCase();
  if (!ASIDE.may(low)) return [];
  const out: [number, number][] = [];
  const { pattern } = ASIDE;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence))
    out.push([a + m.index, a + m.index + m[0].length]);
  return out;
}

/** Words between a count and a force named after it that start another clause: ", while Russia's losses …". */
const NEXT_CLAUSE = /[;]|,\s*(?:while|whereas|but|and|as|compared)\b|\b(?:while|whereas)\b/;

function nearest(list: readonly Mention[], start: number, end: number, text: string): Mention | undefined {
  // A force named in the next clause is farther than any named before the count in its own.
  const distance = (m: Mention) =>
    m.end <= start ? start - m.end : m.start - end + 8 + (NEXT_CLAUSE.test(text.slice(end, m.start)) ? 1e6 : 0);
  return [...list].sort((x, y) => distance(x) - distance(y))[0];
}

const ofThem = (after: string): boolean =>
  (after.includes(' of them') || after.includes(' of those')) && /^\s+of\s+(?:them|those)\b/.test(after);

/**
 * Whose "of them" counts: the troops last named before the sentence, the side fought included ("Ukrainian units
 * fought North Korean soldiers … Some 11,000 of them"), not a speaker or a place.
 */
function antecedent(
  text: string,
  all: readonly Mention[],
  sentenceStart: number,
): { force: Force; cue: string } | undefined {
  const troops = all.filter(
    (m) =>
      m.end <= sentenceStart &&
      /^\s+(?:[a-z-]+\s+)?(?:soldiers|troops|forces|units|fighters|servicemen|men)\b/i.test(
        text.slice(m.end, m.end + 40),
      ) &&
      !speakerOrPlace(text.slice(m.end, m.end + 60)),
  );
  const last = troops.at(-1);
  return last && { force: last.force, cue: last.words };
}

/** The claim's subject before this sentence, else what its source's side reports (the other side's losses). */
function carried(
  text: string,
  all: readonly Mention[],
  sentenceStart: number,
  options: SubjectOptions,
): { force: Force; cue: string } | undefined {
  const earlier = all.filter((m) => m.role === 'subject' && m.end <= sentenceStart).at(-1);
  if (earlier) return { force: earlier.force, cue: earlier.words };
  if (all.some((m) => m.role === 'subject')) return undefined;
  // A side names its own losses rarely and the other side's daily: with no force named, a Ukrainian
  // source's count is of Russian forces, a Russian source's of Ukrainian forces.
  if (all.some((m) => m.force === 'north-korean' || m.force === 'wagner')) return undefined;
  // Only sources that publish such counts daily are read so: Ukraine's General Staff, Russia's defence ministry.
  const sources = `${options.claimant ?? ''} ${text}`;
  if (cuedTest(GENERAL_STAFF, sources))
    return { force: 'russian', cue: "Ukraine's General Staff's count of the enemy" };
  if (cuedTest(RUSSIAN_MINISTRY, sources))
    return { force: 'ukrainian', cue: "Russia's defence ministry's count of the enemy" };
  return undefined;
}

/** A comparison after the figure ("…, similar to Soviet losses in Afghanistan") names no front of its own. */
const COMPARISON = new RegExp(
  String.raw`,\s*(?:similar to|comparable to|compared (?:with|to)|roughly equal to|as many as|the same as|like|` +
    String.raw`(?:more than |nearly |almost |about |some |roughly )?(?:\d+|[a-z]+) times ` +
    String.raw`(?:what|as many|more than|the))\b`,
  'i',
);

const COMPARISON_WORDS = anyOf(
  'similar',
  'comparable',
  'compared',
  'equal to',
  'as many as',
  'the same as',
  'like',
  ' times ',
);

/**
 * The clause of the sentence around `offset`, and the offset in it: "Wagner lost about 20,000 at Bakhmut; across the
 * whole war, Russia's losses …": each side of a semicolon (or of ", while" …) is a clause with its own places.
 */
function clauseOf(whole: string, offset: number): { clause: string; at: number } {
  let from = 0;
  let to = whole.length;
  if (whole.includes(';') || whole.includes(', ') || whole.includes(' — ')) {
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(whole); m !== null; m = CLAUSE_BREAK.exec(whole)) {
      if (m.index + m[0].length <= offset) from = m.index + m[0].length;
      else if (m.index >= offset) {
        to = m.index;
        break;
      }
    }
  }
  return { clause: whole.slice(from, to), at: offset - from };
}

function withoutComparison(sentence: string, at: number): string {
  const lower = sentence.toLowerCase();
  if (!sentence.includes(',') || !COMPARISON_WORDS(lower)) return sentence;
  const m = COMPARISON.exec(sentence);
  return m && m.index > at ? sentence.slice(0, m.index) : sentence;
}

function scopeOf(sentence: string, force: Force | null): { scope: Scope; place?: string } {
  const lower = sentence.toLowerCase();
  // "Since the start of the full-scale invasion … about 150,000 troops in the Zaporizhzhia region alone": one front's
  // share of the whole war, however long it runs.
  const alone = lower.includes(' alone') ? REGION_ALONE.exec(sentence) : null;
  if (alone && !NOT_A_FRONT.has(alone[1]!.toLowerCase()) && !(force === 'north-korean' && isKursk(alone[1]!)))
    return { scope: 'local', place: alone[1]! };
  // The patterns compile on first use, which costs: words that none of them can match skip them.
  if (WHOLE_CUES(lower) && matchLowerCased(WHOLE, sentence, lower) !== undefined) return { scope: 'whole' };
  for (const [pattern, may] of LOCAL_PATTERNS) {
    if (!may(lower, sentence)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const place = m[1]!.replace(/[’']s$/, '').trim();
      const first = place
        .split(/\s+/)[0]!
        .toLowerCase()
        .replace(/[’']s$/, '');
      if (NOT_A_FRONT.has(first) || NOT_A_FRONT.has(place.toLowerCase())) continue;
      // "lost 14,000 soldiers in Putin's war": whose war it is, not where.
      if (/['’]s$/.test(m[1]!) && WAR_AFTER_POSSESSIVE.test(sentence.slice(m.index + m[0].length))) continue;
      // "Zelensky said in Davos", "a target in the Bryansk region": not where the losses were.
      if (notWhereTroopsFell(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
      // Kursk is where the North Korean contingent was deployed: its whole deployment, not one front of it.
      if (force === 'north-korean' && isKursk(place)) return { scope: 'whole' };
      // "North Korean casualties in Kursk …, a fraction of Russia's losses": the place is another force's.
      if (anotherForcesPlace(sentence, m.index, force)) continue;
      return { scope: 'local', place };
    }
  }
  const known = knownFront(sentence, lower, force);
  if (known) return { scope: 'local', place: known };
  // "since Ukrainian troops crossed into Kursk …, Russia has lost about 40,000 soldiers there": the place named before.
  const there = lower.includes(' there') ? PLACE_THEN_THERE().exec(sentence) : null;
  if (there && !NOT_A_FRONT.has(there[1]!.toLowerCase()) && !(force === 'north-korean' && isKursk(there[1]!)))
    return { scope: 'local', place: there[1]! };
  // "Since the Kursk incursion began, Russia has lost some 38,000 troops in the region": the region named before.
  const named = lower.includes('in the region') || lower.includes('in the area') ? NAMED_AREA().exec(sentence) : null;
  if (named && !NOT_A_FRONT.has(named[1]!.toLowerCase()) && !(force === 'north-korean' && isKursk(named[1]!)))
    return { scope: 'local', place: named[1]! };
  return { scope: 'whole' };
}
/** Whether the force named last before offset `at` of the sentence is another than `force`. */
function anotherForcesPlace(sentence: string, at: number, force: Force | null): boolean {
  if (force === null) return false;
  const last = forceNames(sentence)
    .filter(([, , end]) => end <= at)
    .at(-1);
  // Only where the place follows that force's own losses ("North Korean casualties in Kursk"), not its speakers.
  return last !== undefined && last[0] !== force && OWN_LOSSES.test(sentence.slice(last[2], at));
}

/** Kursk, where the North Korean contingent fought: a North Korean count there is the contingent's, not one front's. */
const isKursk = (place: string): boolean => /^kursk\b/i.test(place);

/** Towns and regions of the front, known by name: they mark a front even where a note writes them in lower case. */
const FRONT_PLACES = new Set(
  (
    'pokrovsk bakhmut avdiivka vuhledar kupiansk kupyansk toretsk kurakhove sudzha vovchansk robotyne huliaipole ' +
    'siversk kostiantynivka lyman kreminna myrnohrad selydove marinka maryinka soledar krynky chasiv kharkiv kherson ' +
    'zaporizhzhia donetsk luhansk kursk belgorod'
  ).split(' '),
);
const FRONT_PLACE = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:near|around|outside|in|at|for|on) (?:the )?(?:battle for |town of |city of |village of )?` +
        String.raw`(${[...FRONT_PLACES].join('|')})(?: yar)?` +
        String.raw`(?:\s+(?:region|oblast|direction|sector|front|axis|area))?\b`,
    ),
);

/** "ru lost 30k+ troops near pokrovsk": a known front named after a word of place, in any case. */
function knownFront(sentence: string, lower: string, force: Force | null): string | undefined {
  if (!lowerWords(sentence).some((w) => FRONT_PLACES.has(w))) return undefined;
  const m = FRONT_PLACE().exec(lower);
  if (!m || (force === 'north-korean' && isKursk(m[1]!)) || anotherForcesPlace(sentence, m.index, force))
    return undefined;
  if (notWhereTroopsFell(sentence.slice(Math.max(0, m.index - 40), m.index))) return undefined;
  const place = sentence.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length);
  return place.charAt(0).toUpperCase() + place.slice(1);
}

const PLACE_THEN_THERE = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:into|in|to|at|near|around|outside) ([A-Z][a-z]+)\b(?![\s-]+[A-Z])[^.;]{0,120}?` +
        String.raw`\bthere\b(?!\s+(?:is|are|was|were|have|has|had))`,
    ),
);

const NAMED_AREA = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b([A-Z][a-z]+) (?:incursion|offensive|counteroffensive|counter-offensive|operation|region|oblast|` +
        String.raw`direction|front|salient)\b`,
    ),
);

/** The subject a reference's own description names: "North Korean forces in Russia's Kursk region". */
export function subjectOfDescription(description: string): Subject {
  const known = DESCRIBED.get(description);
  if (known) return known;
  // Read apart from the claims: the text kept for its next reading stays the claim's.
  const [subject] = subjectsOf(readText(description), [[0, 0]], {});
  DESCRIBED.set(description, subject!);
  return subject!;
}
const DESCRIBED = new Map<string, Subject>();

/**
 * Gives the subject a description names, read ahead of time (the seeds ledger's ships read): a check of
 * a claim then does not read the description, which runs a dozen patterns the claim may not need.
 */
export function knownDescription(description: string, subject: Subject): void {
  DESCRIBED.set(description, subject);
}
