import { DEFAULT_WIDTH, wrap, wrapCommand } from './wrap.js';

/** What bare `attrition` prints: what it is, examples to copy, and where to go next. */
export interface CommandSummary {
  name: string;
  summary: string;
  examples: readonly string[];
}

/** The examples under a heading, a long one broken over lines with " \\" so each fits `width`. */
export function renderExamples(examples: readonly string[], width = DEFAULT_WIDTH): string {
  return `Examples\n${examples.flatMap((e) => wrapCommand(e, width)).join('\n')}\n`;
}

export function renderShortUsage(
  commands: readonly CommandSummary[],
  examples: readonly string[],
  width = DEFAULT_WIDTH,
): string {
  const names = Math.max(...commands.map((c) => c.name.length));
  return [
    ...wrap(
      'attrition: when would a force be lost at a daily casualty rate, and do quoted figures fit together?',
      width,
    ),
    '',
    renderExamples(examples, width),
    'Commands',
    ...commands.flatMap((c) =>
      wrap(c.summary, width, ' '.repeat(names + 5)).map((line, i) =>
        i === 0 ? `  ${c.name.padEnd(names)}   ${line.trimStart()}` : line,
      ),
    ),
    '',
    'Run attrition COMMAND --help for its options; attrition --help for everything.',
    '',
  ].join('\n');
}
