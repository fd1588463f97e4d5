import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControls, maskControls } from '../../src/extract/controls.js';
import { extractFigures } from '../../src/extract/extract.js';
import { hasControls, isControl } from '../../src/extract/controls.js';
import { cli, cliJson } from '../helpers/cli.js';

const ESC = '\x1b';
const ANSI = `About 12,000 troops ${ESC}[2J${ESC}[31mFAKE${ESC}[0m lost 3,000 by 13 January 2025.`;
const OSC = `${ESC}]0;retitled${'\x07'}About 12,000 troops lost 3,000 by 13 January 2025.`;
const OSC_ST = `${ESC}]8;;https://example.org${ESC}\\About 12,000 troops lost 3,000 by 13 January 2025.`;
const C1 = `About 12,000 troops \x9b31mlost\x9b0m 3,000 by 13 January 2025.`;
const NUL = `About 12,000 troops lost\x00 3,000 by 13 January 2025.`;
const brief = (text: string) => extractFigures(text).map((f) => `${f.kind} ${f.value ?? f.date?.label}`);
const PLAIN = brief('About 12,000 troops lost 3,000 by 13 January 2025.');
/** Any character a terminal acts on: C0 but tab and newline, DEL, C1. */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('terminal controls in untrusted text', () => {
  it.each([
    ['ANSI (CSI) sequences', ANSI],
    ['an OSC title ended by BEL', OSC],
    ['an OSC hyperlink ended by ESC \\', OSC_ST],
    ['C1 controls', C1],
    ['NUL', NUL],
  ])('%s are masked before figures are read: the same figures as without them', (_, text) => {
    expect(brief(text)).toEqual(PLAIN);
  });

  it('"\\x1b[0m" is never read as 0 casualties, nor "\\x1b[31m" as 31', () => {
    const values = extractFigures(ANSI).map((f) => f.value);
    expect(values).not.toContain(0);
    expect(values).not.toContain(31);
    expect(extractFigures(`${ESC}[0m casualties were reported`)).toEqual([]);
  });

  it('masking keeps every index: spans point at the same text in the original', () => {
    for (const text of [ANSI, OSC, OSC_ST, C1, NUL]) {
      expect(maskControls(text)).toHaveLength(text.length);
      for (const f of extractFigures(text)) expect(text.slice(...f.span)).toBe(f.text);
    }
  });

  it('escaping writes each control as \\xNN and leaves other text, CRLF line ends and tabs alone', () => {
    expect(escapeControls(`a${ESC}[31mb\x9b\x00\x7f`)).toBe('a\\x1b[31mb\\x9b\\x00\\x7f');
    expect(escapeControls('line one\r\nline\ttwo é – “x”')).toBe('line one\r\nline\ttwo é – “x”');
    expect(escapeControls('lone\rreturn')).toBe('lone\\x0dreturn');
  });

  it('escaped text never holds a raw control, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => !RAW_CONTROL.test(escapeControls(s).replace(/\r\n/g, ''))),
    );
  });

  it('finds a control exactly where a character-by-character scan does (a CR before LF is none)', () => {
    const nearControls = fc.constantFrom(
      '\r',
      '\n',
      '\t',
      '\r\n',
      '\x00',
      '\x1f',
      '\x7f',
      '\x9f',
      '\xa0',
      ' ',
      'a',
      'é',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(nearControls).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        const scanned = Array.from({ length: s.length }).some(
          (_, i) => isControl(s.charCodeAt(i)) && !(s[i] === '\r' && s[i + 1] === '\n'),
        );
        expect(hasControls(s)).toBe(scanned);
      }),
    );
  });

  it('extract shows the sentence escaped, and its JSON keeps the exact string', async () => {
    const run = await cli(['extract', '-'], { stdin: ANSI });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('\\x1b[2J\\x1b[31mFAKE\\x1b[0m');
    const json = await cli(['extract', '-', '--json'], { stdin: ANSI });
    expect(JSON.parse(json.stdout).result.figures[0].sentence).toBe(ANSI);
  });

  it.each([ANSI, OSC, C1])('check shows a claim with controls escaped: %j', async (claim) => {
    const run = await cli([
      'check',
      `${claim} They could all be lost by mid-April at 92 a day.`,
      '--published',
      '2025-01-16',
    ]);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toMatch(/\\x(1b|9b)/);
  });

  it('check --json keeps the claim exactly', async () => {
    const doc = await cliJson([
      'check',
      `${ANSI} They could all be lost by mid-April at 92 a day.`,
      '--published',
      '2025-01-16',
    ]);
    expect(doc.input.text.startsWith(ANSI)).toBe(true);
  });
});

describe('terminal controls in a ledger', () => {
  it('claims shows the ledger text escaped and its JSON exact', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const ledger = JSON.parse(readFileSync(new URL('../../seeds/ledger.json', import.meta.url), 'utf8'));
    ledger.claims[0].claimant = `ISW${ESC}]0;owned\x07${ESC}[2J`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'attrition-')), 'ledger.json');
    writeFileSync(file, JSON.stringify(ledger));
    const run = await cli(['claims', '--ledger', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('ISW\\x1b]0;owned\\x07\\x1b[2J');
    const doc = await cliJson(['claims', '--ledger', file]);
    expect(doc.result.claims[0].claimant).toBe(ledger.claims[0].claimant);
  });
});
