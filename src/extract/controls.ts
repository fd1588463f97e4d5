/**
 * Terminal control characters in untrusted text (articles, claims, ledgers): masked before figures
 * are read, so "\x1b[0m" is never "0 casualties", and escaped when the text is shown to a person,
 * so a text cannot clear the screen, colour the output or retitle the terminal.
 */

const ESC = 0x1b;
const BEL = 0x07;
/** The C1 forms of CSI and OSC. */
const CSI_C1 = 0x9b;
const OSC_C1 = 0x9d;

/** C0 controls but tab and newline, DEL, and the C1 controls U+0080–U+009F. */
export const isControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
/** A control at `i`; the carriage return of a CRLF line ending is not one. */
const controlAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return isControl(c) && !(c === 0x0d && text.charCodeAt(i + 1) === 0x0a);
};

/** The index after the control sequence that starts at `i` (at least i + 1). */
function sequenceEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = i + 1;
  if (c === ESC) {
    const next = text.charCodeAt(k);
    if (next === 0x5b) return csiEnd(text, k + 1); // ESC [
    if (next === 0x5d) return oscEnd(text, k + 1); // ESC ]
    return k < text.length && !isControl(next) && next !== 0x0a && next !== 0x09 ? k + 1 : k;
  }
  if (c === CSI_C1) return csiEnd(text, k);
  if (c === OSC_C1) return oscEnd(text, k);
  return k;
}

/** Parameters and intermediates (0x20–0x3F), then one final byte (0x40–0x7E). */
function csiEnd(text: string, k: number): number {
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c >= 0x40 && c <= 0x7e) return k + 1;
    if (c < 0x20 || c > 0x3f) return k;
    k++;
  }
  return k;
}

/** Up to BEL, ESC \ or the C1 string terminator; an unterminated one runs to the end of its line. */
function oscEnd(text: string, k: number): number {
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === BEL || c === 0x9c) return k + 1;
    if (c === ESC) return text.charCodeAt(k + 1) === 0x5c ? k + 2 : k;
    if (c === 0x0a) return k;
    k++;
  }
  return k;
}

/** The controls `controlAt` finds, as one pattern: a carriage return only when no newline follows. */
const ANY_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/;

/** Whether the text holds any control character: the common case is a fast "no", in one scan. */
export function hasControls(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/**
 * The text with each control sequence (CSI, OSC, other ESC sequences, lone controls) replaced by
 * line separators (U+2028) of the same length: figures are read from what a person would see,
 * and every index still points at the same place in the original.
 */
export function maskControls(text: string): string {
  if (!hasControls(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    if (!controlAt(text, i)) {
      i++;
      continue;
    }
    const end = sequenceEnd(text, i);
    out += text.slice(from, i) + '\u2028'.repeat(end - i);
    i = end;
    from = end;
  }
  return out + text.slice(from);
}

const hex = (c: number): string =>
  c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;

/** The text for a terminal: each control character written as \x1b, \x00, \x9b … */
export function escapeControls(text: string): string {
  if (!hasControls(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += controlAt(text, i) ? hex(text.charCodeAt(i)) : text[i];
  return out;
}
