/** What bare `attrition` prints: what it is, examples to copy, and where to go next. */
export interface CommandSummary {
  name: string;
  summary: string;
  examples: readonly string[];
}

export function renderExamples(examples: readonly string[]): string {
  return `Examples\n${examples.map((e) => `  ${e}`).join('\n')}\n`;
}

export function renderShortUsage(commands: readonly CommandSummary[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'attrition: when would a force be lost at a daily casualty rate, and do quoted figures fit together?',
    '',
    renderExamples(commands.flatMap((c) => c.examples.slice(0, 2))),
    'Commands',
    ...commands.map((c) => `  ${c.name.padEnd(width)}   ${c.summary}`),
    '',
    'Run attrition COMMAND --help for its options; attrition --help for everything.',
    '',
  ].join('\n');
}
