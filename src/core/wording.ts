/**
 * A problem that names other inputs. The core words it with field names ("give a threshold below
 * 100 %"); a command words the same problem with the names its users typed ("give a --threshold").
 */
export type Wording = string | ((name: (field: string) => string) => string);

/** The core's own name for a field: the field itself. */
export const fieldName = (field: string): string => field;

export const wordWith = (wording: Wording, name: (field: string) => string): string =>
  typeof wording === 'string' ? wording : wording(name);

/** The most characters of a user's value an error message echoes. */
export const ECHO_LIMIT = 20;

/**
 * A value the user gave, quoted for an error message: whole when short, else its start and its
 * end around an ellipsis (a file's name, at the end of its path, stays), so that every message
 * stays on one line of a terminal whatever was typed. A value that is not a string is written as
 * JSON, shortened the same way.
 */
export function echo(value: unknown, limit = ECHO_LIMIT): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value, limit));
  return shorten(JSON.stringify(value) ?? String(value), limit + 2);
}

/** Text of at most `limit` characters: its start and end around an ellipsis when longer. */
export function shorten(text: string, limit: number): string {
  const chars = [...text];
  if (chars.length <= limit) return text;
  const head = Math.floor((limit - 1) / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (limit - 1 - head)).join('')}`;
}
