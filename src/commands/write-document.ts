import { EXIT } from '../errors.js';
import type { Renderer } from '../render/style.js';
import type { CommandContext } from './context.js';

/** What a command prints for its document: the document itself under --json, else its report. */
export const documentText = <D>(doc: D, render: Renderer<D>, ctx: CommandContext): string =>
  ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : render(doc, ctx.style, ctx.width);

/** Writes a command's document (documentText) to stdout: the one way a command prints its result. */
export function writeDocument<D>(doc: D, render: Renderer<D>, ctx: CommandContext): number {
  ctx.io.stdout.write(documentText(doc, render, ctx));
  return EXIT.ok;
}
