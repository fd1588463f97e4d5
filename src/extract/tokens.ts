/**
 * Text → tokens (numbers, words, single punctuation marks) with the whitespace before each and the
 * sentence each belongs to, in one linear pass.
 */

export const NUM = 1;
export const WORD = 2;
export const PUNCT = 3;
export type TokenType = typeof NUM | typeof WORD | typeof PUNCT;

/** What separates a token from the one before it. */
export const GLUED = 0;
/** One space, no-break space or thin space: the only gap allowed inside "12 000". */
export const SPACE = 1;
export const WIDE = 2;
export const LINE = 3;
export const PARAGRAPH = 4;

export interface Token {
  start: number;
  end: number;
  /** The token in lower case (numbers and punctuation as written). */
  low: string;
  type: TokenType;
  /** Starts with a capital letter. */
  cap: boolean;
  gap: number;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indices [first, last). */
  first: number;
  last: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'sgt',
  'maj',
  'capt',
  'cpl',
  'pvt',
  'adm',
  'st',
  'no',
  'vs',
  'approx',
  'est',
  'e.g',
  'i.e',
  'etc',
  'pp',
  'p',
  'fig',
  'vol',
  'jr',
  'sr',
  'prof',
  'gov',
  'sen',
  'rep',
  'thous',
  'mln',
  'bln',
  'mio',
]);
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['”', '"', '’', "'", ')', ']', '»']);
const OPENING = new Set(['“', '"', '‘', "'", '(', '[', '«', '-', '–', '—', '•', '*']);
const LIST_MARKERS = new Set(['-', '–', '—', '•', '*']);
/** Lines shorter than this are titles, bylines or list lines, not wrapped prose. */
export const SHORT_LINE = 60;

/** JavaScript's \s: the characters that separate tokens. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** The single-space gaps allowed inside "12 000". */
const isNarrowSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;

/**
 * Numbers (digits with inner "," or "." before more digits), words (letters with inner
 * apostrophes) and single other characters, with the whitespace before each. A hand-written scan:
 * no regex match objects, one pass.
 */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let newlines = 0;
    const gapStart = i;
    let c = text.charCodeAt(i);
    while (isSpace(c)) {
      if (c === 10) newlines++;
      c = text.charCodeAt(++i);
    }
    if (i >= n) break;
    const width = i - gapStart;
    const gap =
      newlines > 1
        ? PARAGRAPH
        : newlines === 1
          ? LINE
          : width === 0
            ? GLUED
            : width === 1 && isNarrowSpace(text.charCodeAt(gapStart))
              ? SPACE
              : WIDE;
    const start = i;
    let type: TokenType;
    // A word of lower-case ASCII letters (and apostrophes) is its own lower case: most words are.
    let lower = true;
    if (isDigit(c)) {
      type = NUM;
      do i++;
      while (i < n && isDigit(text.charCodeAt(i)));
      for (;;) {
        const sep = text.charCodeAt(i);
        if ((sep === 44 || sep === 46) && isDigit(text.charCodeAt(i + 1))) {
          i += 2;
          while (i < n && isDigit(text.charCodeAt(i))) i++;
        } else if (
          // "1'005'060", as Swiss copy groups thousands: an apostrophe before exactly three digits.
          (sep === 39 || sep === 8217) &&
          isDigit(text.charCodeAt(i + 1)) &&
          isDigit(text.charCodeAt(i + 2)) &&
          isDigit(text.charCodeAt(i + 3)) &&
          !isDigit(text.charCodeAt(i + 4)) &&
          !isLetter(text.charCodeAt(i + 4))
        ) {
          i += 4;
        } else break;
      }
    } else if (isLetter(c)) {
      type = WORD;
      let l = c;
      do {
        if (l < 97 || l > 122) lower = false;
        l = text.charCodeAt(++i);
      } while (i < n && isLetter(l));
      while (isApostrophe(text.charCodeAt(i)) && isLetter(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isLetter((l = text.charCodeAt(i)))) {
          if (l < 97 || l > 122) lower = false;
          i++;
        }
      }
      // "K/W", "KIA+WIA", "KIA/WIA": killed and wounded, one word in notes and posts.
      const both =
        i - start <= 3 && (text.charCodeAt(i) === 47 || text.charCodeAt(i) === 43) ? bothLosses(text, start) : 0;
      if (both > 0) {
        i = start + both;
        lower = false;
      }
    } else {
      type = PUNCT;
      i++;
    }
    const raw = text.slice(start, i);
    tokens.push({
      start,
      end: i,
      low: type === WORD && !lower ? raw.toLowerCase() : raw,
      type,
      cap: type === WORD && isUpper(c),
      gap,
      sentence: 0,
    });
  }
  return { tokens, sentences: splitSentences(text, tokens) };
}

const BOTH_LOSSES = /^(?:k\/w|kia\s?[+/]\s?wia)(?![a-z])/i;
/** The length of "K/W" or "KIA+WIA" at `start`, else 0. */
function bothLosses(text: string, start: number): number {
  return BOTH_LOSSES.exec(text.slice(start, start + 9))?.[0].length ?? 0;
}

/** Whether a new sentence starts at token i. */
function startsSentence(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.gap === PARAGRAPH) return true;
  const firstChar = text.charCodeAt(token.start);
  const opensLikeASentence = token.cap || isDigit(firstChar) || OPENING.has(token.low);
  if (token.gap === LINE) return lineStartsSentence(text, tokens, i);
  if (token.gap === GLUED || !opensLikeASentence) return false;
  return followsSentenceEnd(tokens, i);
}

/**
 * A line break ends a sentence after a full stop or a colon, before a list item, and after a short
 * line (a title, a byline); a hard-wrapped sentence goes on across it.
 */
function lineStartsSentence(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.type === WORD && !token.cap) return false;
  if (LIST_MARKERS.has(token.low)) return true;
  const previous = tokens[i - 1]!;
  if (previous.low === ':' || followsSentenceEnd(tokens, i)) return true;
  return previous.end - (text.lastIndexOf('\n', previous.end - 1) + 1) < SHORT_LINE;
}

/** Whether token i comes after ".", "!" or "?" (and closing quotes) that end a sentence. */
function followsSentenceEnd(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && CLOSING.has(tokens[k]!.low) && tokens[k]!.gap === GLUED) k--;
  const mark = tokens[k]!;
  if (!TERMINAL.has(mark.low)) return false;
  if (mark.low !== '.') return true;
  const before = tokens[k - 1];
  if (!before || mark.gap !== GLUED) return true;
  if (before.type === WORD && (ABBREVIATIONS.has(before.low) || before.low.length === 1)) return false;
  return true;
}

function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !startsSentence(text, tokens, i)) continue;
    const index = sentences.length;
    for (let k = first; k < i; k++) tokens[k]!.sentence = index;
    sentences.push({ start: tokens[first]!.start, end: tokens[i - 1]!.end, first, last: i });
    first = i;
  }
  return sentences;
}
