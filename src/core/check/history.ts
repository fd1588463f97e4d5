/**
 * Wounded-to-killed ratios from past wars, as planning data quotes them (Dupuy / HERO and US
 * military medical data). Context for a claimed ratio, never a verdict on it.
 */
export const WOUNDED_TO_KILLED = [
  { war: 'World War II', ratio: 4.9 },
  { war: 'Vietnam', ratio: 6.2 },
  { war: 'Iraq/Afghanistan', ratio: 12.8 },
] as const;
