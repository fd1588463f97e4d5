// The reference case every test starts from: ISW's 16 January 2025 estimate that about 12,000 troops
// in Kursk since 6 December 2024, losing about 92 a day, could all be lost by mid-April 2025.
export const ISW = Object.freeze({ force: 12000, rate: 92, start: '2024-12-06' });
/** The reference case's flags; the start is attrition's default, so it is not among them. */
export const ISW_FLAGS: string[] = ['--force', String(ISW.force), '--rate', String(ISW.rate)];
/** `attrition project` for the reference case. */
export const ISW_PROJECT: string[] = ['project', ...ISW_FLAGS];
