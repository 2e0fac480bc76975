/**
 * The BSN (burgerservicenummer, the Dutch citizen service number): nine digits that pass the eleven test
 * (elfproef): 9×d1 + 8×d2 + ... + 2×d8 − 1×d9 is a multiple of 11 (and not 0: 000000000 is no one's).
 * docs/security.md, "BSN".
 */

/** The weights of the eleven test, digit by digit. */
const ELFPROEF_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

const NINE_DIGITS = /^\d{9}$/;

/** A BSN as written (nine digits, spaces and dots between them allowed) to its nine digits; null when it cannot be one. */
export function bsnDigits(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const digits = value.trim().replace(/[\s.]/g, '');
  return NINE_DIGITS.test(digits) ? digits : null;
}

/** Whether `value` is a BSN: nine digits passing the eleven test. */
export function isValidBsn(value: unknown): boolean {
  const digits = bsnDigits(value);
  if (!digits) return false;
  const sum = ELFPROEF_WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return sum !== 0 && sum % 11 === 0;
}

/** How many digits a masked BSN still shows (the last ones, as on a letter from the tax office). */
export const BSN_VISIBLE_DIGITS = 4;

/**
 * A BSN as every report shows it: only the last four digits (`*****6789`). Every report, export or screen
 * outside the client file itself uses this, never the number (docs/security.md, "BSN").
 */
export function maskBsn(bsn: string | null | undefined): string | null {
  const digits = bsnDigits(bsn ?? undefined);
  if (!digits) return bsn == null ? null : '*********';
  return '*'.repeat(digits.length - BSN_VISIBLE_DIGITS) + digits.slice(-BSN_VISIBLE_DIGITS);
}
