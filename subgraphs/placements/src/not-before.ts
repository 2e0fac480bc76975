import { badInput } from '@hub/common';

/** `date` may not come before `earliest` (an end before its start). */
export function notBefore(date: string, earliest: string, field: string, earliestName: string): void {
  if (date < earliest) throw badInput(`${field} may not be before ${earliestName} (${earliest})`, { argument: 'input', field });
}
