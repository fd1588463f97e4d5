/** A CSV sweep's days cell, computed independently: toFixed(6) (exact decimal rounding), trailing zeros dropped. */
export const csvDays = (days: number): string => days.toFixed(6).replace(/\.?0+$/, '');
