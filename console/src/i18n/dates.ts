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
