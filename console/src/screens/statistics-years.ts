/** How many calendar years back the statistics screens offer, the current one first. */
const YEARS_BACK = 5;

/** The years to choose from: this year (in Amsterdam, where the hub counts) and the ones before it. */
export function yearsToChoose(now: Date = new Date()): number[] {
  const year = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(now));
  return Array.from({ length: YEARS_BACK }, (_, i) => year - i);
}
