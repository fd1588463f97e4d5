import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens.js';

const sentences = (text: string): string[] => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('ends a sentence at a full stop, question or exclamation mark before a capital', () => {
    expect(sentences('Troops arrived. They fought! Did they win? Nobody knows.')).toEqual([
      'Troops arrived.',
      'They fought!',
      'Did they win?',
      'Nobody knows.',
    ]);
  });

  it('does not end one at abbreviations, initials or decimals', () => {
    expect(sentences('As of Jan. 13 the U.S. said 1.2 million. Gen. Smith agreed.')).toEqual([
      'As of Jan. 13 the U.S. said 1.2 million.',
      'Gen. Smith agreed.',
    ]);
    expect(sentences('Washington, D.C. has released a report.')).toEqual(['Washington, D.C. has released a report.']);
  });

  it('ends one after a closing quote', () => {
    expect(sentences('He said “it is over.” Then he left.')).toEqual(['He said “it is over.”', 'Then he left.']);
  });

  it('ends one at a blank line, and at a line that starts like a sentence or a list item', () => {
    expect(sentences('A title\n\nThe body starts here')).toEqual(['A title', 'The body starts here']);
    expect(sentences('Related:\n- first item\n- second item')).toEqual(['Related:', '- first item', '- second item']);
    expect(sentences('a line broken\nin the middle of a sentence.')).toEqual([
      'a line broken\nin the middle of a sentence.',
    ]);
  });

  it('keeps a hard-wrapped sentence whole, even where a line starts with a capital', () => {
    const text =
      'Officials in the capital told reporters on Thursday evening that about 12,000\nNorth Korean troops had ' +
      'been sent to the front line by then.\nA second sentence.';
    expect(sentences(text)).toEqual([
      'Officials in the capital told reporters on Thursday evening that about 12,000\nNorth Korean troops had ' +
        'been sent to the front line by then.',
      'A second sentence.',
    ]);
  });

  it('has no sentences for an empty or blank text', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences('   \n\n  ')).toEqual([]);
  });
});

describe('tokens', () => {
  it('keeps digit groups and decimals whole, and records what separates tokens', () => {
    const { tokens } = tokenize('12,000 and 1.2m, 12 000.');
    expect(tokens.map((t) => t.low)).toEqual(['12,000', 'and', '1.2', 'm', ',', '12', '000', '.']);
    expect(tokens.map((t) => t.gap)).toEqual([0, 1, 1, 0, 0, 1, 1, 0]);
  });
});
