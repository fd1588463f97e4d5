/**
 * A long text is read a piece at a time, so that its size costs time but not memory. A piece ends
 * where a sentence must end anyway: at a paragraph break, else where the grammar starts a new
 * sentence on the same line, so figures read piece by piece are the figures of the whole text.
 */
import { LINE, SHORT_LINE, tokenize } from './tokens.js';
import type { Figure } from './types.js';

/** How much of the end of a piece is searched for a sentence boundary when it has no paragraph break. */
const TAIL = 1 << 16;

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Where to cut `text` (at most `size` characters from its start) into a piece read on its own and
 * the rest: the start of the last paragraph that begins in the second half, else of the last
 * sentence the grammar starts there, else at the last line start or after the last whitespace, else
 * at `size` (never between the halves of a surrogate pair). Always more than 0 when the text is longer than `size`.
 */
export function cutPiece(text: string, size: number): number {
  if (text.length <= size) return text.length;
  const head = text.slice(0, size);
  const half = size >> 1;
  const paragraph = lastParagraphStart(head, half);
  if (paragraph > 0) return paragraph;
  // The tail is tokenized from just after a space, so its first token is a whole one.
  let from = Math.max(0, size - TAIL);
  while (from < size && !isSpaceCode(head.charCodeAt(from))) from++;
  const tail = head.slice(from);
  const { tokens, sentences } = tokenize(tail);
  // The last sentence may run on past the cut: it starts the next piece. Whether a line break ends a
  // sentence depends on how long the line before it is: a sentence that opens a line is cut at when
  // that line lies whole in the tail, one that starts within a line when the piece's first line is
  // long anyway (so it is not taken for a title).
  for (let s = sentences.length - 1; s >= 2; s--) {
    const at = sentences[s]!.first;
    const first = tokens[at]!;
    const cut = from + first.start;
    if (cut <= half) break;
    const known =
      first.gap >= LINE
        ? tail.lastIndexOf('\n', tokens[at - 1]!.end - 1) !== -1
        : (head.indexOf('\n', cut) === -1 ? size : head.indexOf('\n', cut)) - cut > SHORT_LINE + 1;
    if (known) return cut;
  }
  const line = head.lastIndexOf('\n');
  if (line > half) return line + 1;
  for (let i = size - 1; i > half; i--) if (isSpaceCode(head.charCodeAt(i))) return i + 1;
  const c = text.charCodeAt(size - 1);
  return c >= 0xd800 && c <= 0xdbff ? size - 1 : size;
}

/** The index of the first character after the last blank line that ends after `floor`, or -1. */
function lastParagraphStart(text: string, floor: number): number {
  let at = text.length;
  for (;;) {
    const newline = text.lastIndexOf('\n', at - 1);
    if (newline <= floor) return -1;
    // Back over spaces and tabs to an earlier newline: a blank line.
    let k = newline - 1;
    while (k > floor && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
    if (text.charCodeAt(k) === 10) {
      let start = newline + 1;
      while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
      if (start < text.length) return start;
    }
    at = newline;
  }
}

/** A figure read from a piece, with its spans moved to where the piece starts in the whole text. */
export function shiftFigure(figure: Figure, offset: number): Figure {
  if (offset === 0) return figure;
  const span: [number, number] = [figure.span[0] + offset, figure.span[1] + offset];
  const base = figure.base && ([figure.base[0] + offset, figure.base[1] + offset] as [number, number]);
  return { ...figure, ...(base && { base }), span };
}
