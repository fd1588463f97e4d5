/**
 * Text → tokens (numbers, words, single punctuation marks) with the whitespace before each and the
 * sentence each belongs to. One linear pass of a regex without nested quantifiers.
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

const TOKEN = /\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)*|\S/g;

function gapBetween(text: string, from: number, to: number): number {
  if (from === to) return GLUED;
  let newlines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) newlines++;
  if (newlines > 1) return PARAGRAPH;
  if (newlines === 1) return LINE;
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    if (c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009) return SPACE;
  }
  return WIDE;
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sgt', 'maj', 'capt', 'cpl', 'pvt', 'adm', 'st', 'no',
  'vs', 'approx', 'est', 'e.g', 'i.e', 'etc', 'pp', 'p', 'fig', 'vol', 'jr', 'sr', 'prof', 'gov', 'sen', 'rep',
]);
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['”', '"', '’', "'", ')', ']', '»']);
const OPENING = new Set(['“', '"', '‘', "'", '(', '[', '«', '-', '–', '—', '•', '*']);

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let previousEnd = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const word = match[0];
    const start = match.index;
    const first = word.charCodeAt(0);
    const type = isDigit(first) ? NUM : word.length === 1 && !/[A-Za-z\u00C0-\u024F]/.test(word) ? PUNCT : WORD;
    tokens.push({
      start,
      end: start + word.length,
      low: type === WORD ? word.toLowerCase() : word,
      type,
      cap: type === WORD && isUpper(first),
      gap: gapBetween(text, previousEnd, start),
      sentence: 0,
    });
    previousEnd = start + word.length;
  }
  return { tokens, sentences: splitSentences(text, tokens) };
}

/** Whether a new sentence starts at token i. */
function startsSentence(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.gap === PARAGRAPH) return true;
  const firstChar = text.charCodeAt(token.start);
  const opensLikeASentence = token.cap || isDigit(firstChar) || OPENING.has(token.low);
  if (token.gap === LINE) return token.type !== WORD || token.cap || OPENING.has(token.low);
  if (token.gap === GLUED || !opensLikeASentence) return false;
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
