import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';

/** The text of a series file, or of stdin for -; a file that cannot be read is one line naming it. */
export async function readInputText(file: string, io: Io): Promise<string> {
  if (file === '-') {
    const stdin = io.stdin;
    if (stdin === undefined) throw new UsageError('- reads reports from stdin, but there is no stdin here; give a file');
    if (stdin.isTTY === true) throw new UsageError('- reads reports from stdin, but stdin is a terminal: pipe a CSV in, or give a file');
    return stdin.text();
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(code);
    throw new UsageError(`${JSON.stringify(file)} cannot be read: ${why}`);
  }
}
