import type { Language } from './messages';

/** Kadera works in the Netherlands: every date and time on screen is Amsterdam time, whatever the browser's zone. */
const TIME_ZONE = 'Europe/Amsterdam';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<Language, Intl.DateTimeFormat>();

/** An ISO date-time as day, month, year, hours and minutes in Amsterdam time; empty for none, the text itself if unreadable. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
    formats.set(language, format);
  }
  return format.format(date);
}

const dayFormats = new Map<Language, Intl.DateTimeFormat>();

/** A calendar day (the API's LocalDate, YYYY-MM-DD) as day, month and year: a day has no time zone, so none is applied. */
export function formatDate(localDate: string | null | undefined, language: Language): string {
  if (!localDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) return localDate;
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'UTC', dateStyle: 'medium' });
    dayFormats.set(language, format);
  }
  return format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
