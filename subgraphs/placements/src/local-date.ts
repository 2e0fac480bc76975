import { badInput } from '@hub/common';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today as a LocalDate in UTC, the hub's one calendar. */
export const today = (): string => new Date().toISOString().slice(0, 10);

export const epochDay = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

export const daysBefore = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/** `date` may not come before `earliest` (an end before its start). */
export function notBefore(date: string, earliest: string, field: string, earliestName: string): void {
  if (date < earliest) throw badInput(`${field} may not be before ${earliestName} (${earliest})`, { argument: 'input', field });
}
