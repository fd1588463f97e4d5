import { fail, ok, type Parsed } from './parsed.js';
import { parseNumber } from './numbers.js';

/**
 * A share of a whole: 50%, 50 %, 0.5. One rule: a bare number is a fraction of the whole (1 = all of it) and a
 * percentage carries %; a bare number above 1 is refused with that rule rather than guessed at.
 */
export function parseShare(text: string): Parsed<number> {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const digits = percent ? trimmed.slice(0, -1) : trimmed;
  const number = parseNumber(digits);
  const accepted = 'a share such as 50% or 0.5';
  if (!number.ok || /[km]\s*$/i.test(digits)) return fail(`is not ${accepted}`);
  const share = percent ? number.value / 100 : number.value;
  if (!percent && share > 1) return fail(`is more than 1, the whole; write ${number.value}% for a percentage`);
  if (!(share > 0 && share <= 1)) return fail('is outside (0, 100 %]');
  return ok(share);
}

/** --return-to-duty SHARE[@DAYS]: 75%@20, 0.5, 60%@30. */
export function parseReturnToDuty(text: string): Parsed<{ share: number; days?: number }> {
  const [shareText, daysText, ...rest] = text.split('@');
  const accepted = 'a share with an optional delay in days, such as 75%@20';
  if (rest.length > 0) return fail(`is not ${accepted}`);
  const share = shareText === '0' || shareText === '0%' ? ok(0) : parseShare(shareText!);
  if (!share.ok) return fail(`has a share that ${share.problem}`);
  if (daysText === undefined) return ok({ share: share.value });
  const days = Number(daysText);
  if (!/^\d+$/.test(daysText.trim()) || days < 1)
    return fail('has a delay that is not a whole number of days, as in 75%@20');
  return ok({ share: share.value, days });
}

/** A share from 0 to 1 inclusive (0 allowed, unlike a threshold): 10%, 0.1, 0. */
export function parseShareOrZero(text: string): Parsed<number> {
  const trimmed = text.trim();
  return trimmed === '0' || trimmed === '0%' ? ok(0) : parseShare(text);
}
