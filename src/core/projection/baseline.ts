import { dayFromParts, type Day } from '../dates.js';

/**
 * The reference case: ISW's assessment of 16 January 2025 dates large-scale combat by the
 * North Korean contingent in Kursk from 6 December 2024 (seeds ledger entry `isw-start`).
 */
export const DEFAULT_START: Day = dayFromParts(2024, 12, 6)!;
export const DEFAULT_START_SOURCE = {
  ledgerId: 'isw-start',
  claimant: 'ISW',
  published: '2025-01-16',
  note: 'the day large-scale combat began according to the ISW assessment of 16 January 2025',
} as const;
