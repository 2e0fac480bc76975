import { TZDate } from '@date-fns/tz';

/**
 * The organisation's calendar: Kadera works in the Netherlands, so "today", a due
 * date, a service-level deadline, a statistics year and a consent's validity are
 * days of Europe/Amsterdam (CET/CEST), whatever the server's own time zone.
 * Instants in the API stay ISO-8601 (`DateTime`); calendar days are `LocalDate`
 * strings (YYYY-MM-DD). Every other module asks this one.
 */
export const ORGANISATION_TIME_ZONE = 'Europe/Amsterdam';

/** A calendar day, YYYY-MM-DD. */
export type CalendarDay = string;

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: ORGANISATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: CalendarDay): [number, number, number] {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`not a calendar day: ${day}`);
  return [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
}

/** The organisation's calendar day on which `instant` falls. */
export function dayOf(instant: Date): CalendarDay {
  return DAY_FORMAT.format(instant);
}

/** Today in the organisation's calendar. */
export function today(now: Date = new Date()): CalendarDay {
  return dayOf(now);
}

/** `day` plus `days` whole days (negative: before); pure calendar arithmetic. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const [year, month, date] = parts(day);
  return new Date(Date.UTC(year, month, date + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2, d2) - Date.UTC(y1, m1, d1)) / 86_400_000);
}

/** The instant the organisation's `day` begins (00:00 in Amsterdam; 23:00 or 22:00 UTC the day before). */
export function startOfDay(day: CalendarDay): Date {
  const [year, month, date] = parts(day);
  return new Date(new TZDate(year, month, date, ORGANISATION_TIME_ZONE).getTime());
}

/**
 * The same Amsterdam wall-clock time `days` calendar days after `instant`: a
 * deadline "7 days after receipt" is 7 days on the office clock, so across a
 * daylight-saving change it is 167 or 169 hours, not 168.
 */
export function addCalendarDays(instant: Date, days: number): Date {
  const local = new TZDate(instant.getTime(), ORGANISATION_TIME_ZONE);
  local.setDate(local.getDate() + days);
  return new Date(local.getTime());
}

/** The instants a calendar year of the organisation spans: [1 January 00:00, next 1 January 00:00) in Amsterdam. */
export function yearSpan(year: number): { from: Date; to: Date } {
  return { from: startOfDay(`${String(year).padStart(4, '0')}-01-01`), to: startOfDay(`${String(year + 1).padStart(4, '0')}-01-01`) };
}

/** Whether `day` lies in `from`..`until`, both inclusive (either end may be open). */
export function isWithinDays(day: CalendarDay, from: CalendarDay | null | undefined, until: CalendarDay | null | undefined): boolean {
  return (!from || from <= day) && (!until || day <= until);
}

/**
 * SQL for the organisation's calendar day of a `timestamptz` column, so grouping
 * and filtering in the database use the same calendar as the code.
 */
export function sqlDayOf(column: string): string {
  return `(${column} at time zone '${ORGANISATION_TIME_ZONE}')::date`;
}

const LOCAL_TIME_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: ORGANISATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `instant` on the organisation's clock, `YYYY-MM-DD HH:mm:ss` (reports show it beside UTC). */
export function localDateTime(instant: Date): string {
  const part = Object.fromEntries(LOCAL_TIME_FORMAT.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}
