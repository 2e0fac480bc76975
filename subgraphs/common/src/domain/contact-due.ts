import { addCalendarDays, addDays, startOfDay, today } from './calendar';
import { Priority } from './enums';

/**
 * How many calendar days (on the office clock, `addCalendarDays`) after a referral is received or a handoff is sent
 * contact is due, per priority: the one table of these periods. Referral `contactDueAt` and a new handoff's default
 * `dueAt` come from it; each period can be set by its variable (`CONTACT_DUE_SETTINGS`, read in config.ts).
 *
 * ROUTINE: a week, as Kadera promises referring professionals ("one of our staff will contact you within a week").
 * URGENT: the next day. An urgent case is someone in danger now (the crisis relief places exist for that), so a
 * weekend must not stretch it: calendar days, not working days (docs/workflows.md, "Contact due per priority").
 */
export const CONTACT_DUE_DEFAULTS: Readonly<Record<Priority, number>> = {
  [Priority.URGENT]: 1,
  [Priority.ROUTINE]: 7,
};

/** The contact-due period of each priority in days, as this process runs with them. */
export type ContactDueDays = Readonly<Record<Priority, number>>;

/** The environment variable that sets each priority's period. */
export const CONTACT_DUE_SETTINGS: Readonly<Record<Priority, string>> = {
  [Priority.URGENT]: 'CONTACT_DUE_DAYS_URGENT',
  [Priority.ROUTINE]: 'CONTACT_DUE_DAYS_ROUTINE',
};

/** The furthest ahead a due date may lie: an explicit handoff `dueAt` and a contact-due setting alike. */
export const MAX_DUE_DAYS = 365;

/** When contact is due for something of `priority` received or sent at `from`. */
export function contactDueAt(from: Date, priority: Priority, periods: ContactDueDays = CONTACT_DUE_DEFAULTS): Date {
  return addCalendarDays(from, periods[priority]);
}

/**
 * A work queue's "due within N days": due before this instant, the end of the organisation's day N days from
 * today (the start of the day after). 0 is what is due by tonight; anything overdue is before it too.
 */
export function dueWithinDaysEnd(withinDays: number, now: Date = new Date()): Date {
  return startOfDay(addDays(today(now), withinDays + 1));
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "URGENT 1 day, ROUTINE 7 days": the defaults, as descriptions and docs write them. */
export function describeContactDue(periods: ContactDueDays = CONTACT_DUE_DEFAULTS): string {
  return Object.values(Priority)
    .map((priority) => `${priority} ${days(periods[priority])}`)
    .join(', ');
}

/**
 * Reads the periods from the environment: each variable a whole number of days from 1 to MAX_DUE_DAYS, and URGENT
 * never later than ROUTINE. Returns the faults as sentences naming the variable (config.ts refuses to start on one).
 */
export function readContactDueDays(env: NodeJS.ProcessEnv): { periods: ContactDueDays; faults: string[] } {
  const periods = { ...CONTACT_DUE_DEFAULTS };
  const faults: string[] = [];
  for (const priority of Object.values(Priority)) {
    const name = CONTACT_DUE_SETTINGS[priority];
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') continue;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(value) || value < 1 || value > MAX_DUE_DAYS) {
      faults.push(`${name} must be a whole number of days from 1 to ${MAX_DUE_DAYS}, got "${env[name]}"`);
      continue;
    }
    periods[priority] = value;
  }
  if (!faults.length && periods[Priority.URGENT] > periods[Priority.ROUTINE]) {
    faults.push(
      `${CONTACT_DUE_SETTINGS[Priority.URGENT]} (${periods[Priority.URGENT]}) must not be longer than ${CONTACT_DUE_SETTINGS[Priority.ROUTINE]} (${periods[Priority.ROUTINE]}): an urgent case is contacted sooner`,
    );
  }
  return { periods, faults };
}
