import { parseNumber } from '../parse/numbers.js';
import { fail, ok, type Parsed } from '../parse/parsed.js';

/**
 * A Lanchester law in the general form each side's losses take:
 * dx/dt = −a · x^p · y^q and dy/dt = −b · y^p · x^q, p the exponent of a side's own strength and q
 * that of the enemy's. Square: p = 0, q = 1 (losses grow with the enemy's strength: aimed fire);
 * linear: p = 1, q = 1 (losses grow with both: area fire); any other pair is the general form
 * (Helmbold; Bracken, 1995).
 */
export interface Law {
  name: 'square' | 'linear' | 'general';
  p: number;
  q: number;
}

export const SQUARE: Law = { name: 'square', p: 0, q: 1 };
export const LINEAR: Law = { name: 'linear', p: 1, q: 1 };

/** The largest exponent accepted: beyond it losses grow faster than any battle recorded. */
export const MAX_EXPONENT = 3;

export const LAW_FORMS = 'square, linear or P,Q such as 0.5,1';

/** The law for two exponents: square or linear when they are those laws' exponents. */
export function lawOf(p: number, q: number): Law {
  if (p === 0 && q === 1) return SQUARE;
  if (p === 1 && q === 1) return LINEAR;
  return { name: 'general', p, q };
}

/** A law as given: its name, or the general form's exponents P,Q, each from 0 to MAX_EXPONENT. */
export function parseLaw(text: string): Parsed<Law> {
  const name = text.trim().toLowerCase();
  if (name === 'square') return ok(SQUARE);
  if (name === 'linear') return ok(LINEAR);
  const parts = name.split(',');
  if (parts.length !== 2) return fail(`is not a law; expected ${LAW_FORMS}`);
  const [p, q] = parts.map((part) => parseNumber(part));
  if (!p!.ok || !q!.ok) return fail(`is not a law; expected ${LAW_FORMS}`);
  const outside = [p!.value, q!.value].some((e) => e < 0 || e > MAX_EXPONENT);
  if (outside) return fail(`has an exponent outside 0 to ${MAX_EXPONENT}; expected ${LAW_FORMS}`);
  return ok(lawOf(p!.value, q!.value));
}

/** Whether a law's value is one of the forms parseLaw reads back. */
export function lawText(law: Law): string {
  return law.name === 'general' ? `${law.p},${law.q}` : law.name;
}

/**
 * A side's rate of loss under a law: coefficient × own^p × enemy^q. Nothing once the enemy is gone;
 * an own strength below zero (inside an integration step that overshoots) counts as zero when p > 0.
 */
export function lossRate(law: Law, coefficient: number, own: number, enemy: number): number {
  if (enemy <= 0) return 0;
  if (law.p === 0 && law.q === 1) return coefficient * enemy;
  if (law.p === 1 && law.q === 1) return own <= 0 ? 0 : coefficient * own * enemy;
  return coefficient * (law.p === 0 ? 1 : Math.max(0, own) ** law.p) * enemy ** law.q;
}
