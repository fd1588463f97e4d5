/** Fitting human reports to the terminal's width: 80 columns when not a terminal, never over 100. */

/** The widest any human report's line may be, whatever the terminal. */
export const MAX_WIDTH = 100;
/** The width when output is not a terminal (or it says nothing of its width). */
export const DEFAULT_WIDTH = 80;

const ANSI = /\u001b\[[0-9;]*m/g;
/** What makes a string's columns differ from its length: a colour code, or a character written as two. */
const NOT_ONE_COLUMN_EACH = /[\u001b\ud800-\udbff]/;

/** Columns a line takes on screen: colour codes take none. */
export const visibleLength = (text: string): number =>
  NOT_ONE_COLUMN_EACH.test(text) ? [...text.replace(ANSI, '')].length : text.length;

/** The width to fit: the terminal's, within 40 to MAX_WIDTH; DEFAULT_WIDTH when unknown. */
export function reportWidth(columns: number | undefined): number {
  return columns === undefined || !(columns > 0)
    ? DEFAULT_WIDTH
    : Math.max(40, Math.min(MAX_WIDTH, Math.floor(columns)));
}

/** The space between a figure and its unit: "-16.4 %", "39 days", "92 a day", "76.9 per day". */
const UNIT_SPACE = /(\d) (?:(a|per) )?(?=(?:%|‰|(?:days?|weeks?|months?|years?)\b))/g;
const HELD = '\u0000';

/**
 * The words a line may break between: split on single spaces, each keeping the extra spaces before
 * it (so aligned gaps survive where no line breaks), a figure held together with its unit.
 */
function wordsOf(text: string): string[] {
  const held = text.replace(UNIT_SPACE, (_, digit: string, joint?: string) =>
    joint === undefined ? `${digit}${HELD}` : `${digit}${HELD}${joint}${HELD}`,
  );
  const words = held.split(/ (?=\S)/);
  return held === text ? words : words.map((w) => w.replaceAll(HELD, ' '));
}

/**
 * Text as lines of at most `width` columns, each starting with `indent`; a word longer than the
 * room keeps a line of its own. Words are split on spaces, so text in quotes may break, but a figure
 * never from its unit.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  return wrapTokens(wordsOf(text.trim()), width, indent, indent);
}

/**
 * Words onto lines of at most `width` columns, the first line as it starts and the others after
 * `indent`; a word longer than the room keeps a line of its own, and a figure its unit.
 */
export function wrapWords(text: string, width: number, indent = ''): string[] {
  return text === '' ? [] : wrapTokens(wordsOf(text), width, '', indent);
}

function wrapTokens(words: string[], width: number, first: string, rest: string, joint = ''): string[] {
  const lines: string[] = [];
  let line = first;
  // The line's columns, kept as it grows: measuring the whole line again for each word is quadratic.
  let columns = visibleLength(first);
  let empty = true;
  for (const word of words) {
    const wordColumns = visibleLength(word);
    if (!empty && columns + 1 + wordColumns + joint.length > width) {
      lines.push(`${line}${joint}`);
      line = `${rest}${word.trimStart()}`;
      columns = visibleLength(line);
    } else if (empty) {
      line = `${line}${word.trimStart()}`;
      columns = visibleLength(line);
    } else {
      line = `${line} ${word}`;
      columns += 1 + wordColumns;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** A shell command over lines of at most `width`, broken between words outside quotes with " \\". */
export function wrapCommand(command: string, width: number, indent = '  '): string[] {
  const words = command.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
  // A flag keeps its value on its line: "--seed 7" breaks as one.
  const units = words.reduce<string[]>((out, word) => {
    const last = out[out.length - 1];
    if (last !== undefined && /^--?[a-z]/i.test(last) && !last.includes(' ') && !word.startsWith('-') && word !== '|')
      out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
    return out;
  }, []);
  return wrapTokens(units, width, indent, `${indent}    `, ' \\');
}

/**
 * A report's lines fitted to `width`: a longer line is wrapped under itself, continuation lines
 * indented under a "- " bullet's text, or 4 past the line's own indent, so each stays under its row.
 */
export function fitLines(lines: readonly string[], width: number): string[] {
  return lines.flatMap((line) => {
    if (visibleLength(line) <= width) return [line];
    const lead = /^\s*/.exec(line)![0];
    // A bullet's text goes on under the bullet's text; any other line 4 further in, past its own details.
    const bullet = line.slice(lead.length).startsWith('- ');
    const hanging = ' '.repeat(Math.min(lead.length + (bullet ? 2 : 4), Math.floor(width / 2)));
    return wrapTokens(wordsOf(line.slice(lead.length)), width, lead, hanging);
  });
}

/** A whole report (ending in a newline) with each line wider than `width` wrapped under itself. */
export const wrapReport = (text: string, width: number): string =>
  `${fitLines(text.replace(/\n$/, '').split('\n'), width).join('\n')}\n`;
