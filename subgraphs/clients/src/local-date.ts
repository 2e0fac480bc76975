/** Kadera works in the Netherlands: "today" for consent validity is the Dutch calendar day. */
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export function today(now = new Date()): string {
  return DUTCH_DAY.format(now);
}

/** YYYY-MM-DD plus whole days, in calendar terms (no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
