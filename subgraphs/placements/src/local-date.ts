import { badInput, today } from '@hub/common';

/** A date that defaults to today and may not lie ahead: records describe what happened. */
export function pastOrToday(value: string | undefined | null, field: string): string {
  const date = value ?? today();
  if (date > today()) throw badInput(`${field} may not be in the future`, { argument: 'input', field });
  return date;
}

/** `date` may not come before `earliest` (an end before its start). */
export function notBefore(date: string, earliest: string, field: string, earliestName: string): void {
  if (date < earliest) throw badInput(`${field} may not be before ${earliestName} (${earliest})`, { argument: 'input', field });
}
