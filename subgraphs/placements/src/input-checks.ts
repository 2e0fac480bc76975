import { badInput, isUuid } from '@hub/common';

export function checkUuid(value: string, field: string): void {
  if (!isUuid(value)) throw badInput(`${field} must be a UUID`, { argument: 'input', field });
}

/** Trimmed text or null; blank counts as absent. */
export function optionalText(value: string | undefined | null, field: string, max: number): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > max) throw badInput(`${field} may be at most ${max} characters`, { argument: 'input', field });
  return text;
}
