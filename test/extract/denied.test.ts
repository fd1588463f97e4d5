import { describe, expect, it } from 'vitest';
import { denied } from '../../src/extract/denied.js';

/** Whether `figure` (its first occurrence) is denied in the one-sentence `text`. */
const isDenied = (text: string, figure: string): boolean => {
  const at = text.indexOf(figure);
  return denied(text, text, figure, [at, at + figure.length]);
};

describe('figures a text denies', () => {
  it.each([
    ['Russia did not lose 100,000 soldiers in January.', '100,000'],
    ["North Korea hasn't lost half of its troops.", 'half'],
    ['Russia has not yet passed 1 million.', '1 million'],
    ["Russia's losses are not 1 million, as Kyiv claims, but 800,000.", '1 million'],
    ['Not 12,000 but 15,000 troops were sent.', '12,000'],
    ['Contrary to reports that losses had dropped below 1,000 a day, the figures show 1,200.', '1,000'],
    ['Kyiv dismissed claims that 5,000 had been killed, and put the toll at 2,000.', '5,000'],
    ['Claim: Russia lost 1.5 million. Fact: the count is 868,000.', '1.5 million'],
  ])('%s denies %s', (text, figure) => {
    expect(isDenied(text, figure)).toBe(true);
  });

  it.each([
    ["Russia's losses are not 1 million, as Kyiv claims, but 800,000.", '800,000'],
    ['Not 12,000 but 15,000 troops were sent.', '15,000'],
    ['Contrary to reports that losses had dropped below 1,000 a day, the figures show 1,200.', '1,200'],
    ['Claim: Russia lost 1.5 million. Fact: the count is 868,000.', '868,000'],
    ['Kyiv dismissed claims that 5,000 had been killed, and put the toll at 2,000.', '2,000'],
    // Bounds and asides are no denials.
    ['Russia has lost not less than 900,000 soldiers.', '900,000'],
    ['Russia lost not only 1,000 soldiers but also 50 tanks.', '1,000'],
    ['Some 12,000, if not more, were sent.', '12,000'],
    ['Claim: Russia has lost 1.5 million soldiers.', '1.5 million'],
    ['Russia lost 48,000 soldiers in December, not counting the wounded.', '48,000'],
    ['Moscow has never acknowledged the 5,000 dead Kyiv counts.', '5,000'],
    ['Pyongyang has not yet confirmed the 300 deaths.', '300'],
    ['The General Staff did not say whether the 1,200 included the wounded.', '1,200'],
  ])('%s does not deny %s', (text, figure) => {
    expect(isDenied(text, figure)).toBe(false);
  });
});
