import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { addCalendarDays } from './calendar';
import {
  CONTACT_DUE_DEFAULTS,
  CONTACT_DUE_SETTINGS,
  contactDueAt,
  describeContactDue,
  dueWithinDaysEnd,
  MAX_DUE_DAYS,
  readContactDueDays,
} from './contact-due';
import { Priority } from './enums';

describe('contact due per priority', () => {
  it('has a period for every priority: ROUTINE a week, as Kadera promises; URGENT shorter', () => {
    expect(Object.keys(CONTACT_DUE_DEFAULTS).sort()).toEqual(Object.values(Priority).sort());
    expect(CONTACT_DUE_DEFAULTS[Priority.ROUTINE]).toBe(7);
    expect(CONTACT_DUE_DEFAULTS[Priority.URGENT]).toBe(1);
    expect(Object.keys(CONTACT_DUE_SETTINGS).sort()).toEqual(Object.values(Priority).sort());
  });

  it('dates contact on the office clock from the table, or from the periods given', () => {
    const received = new Date('2026-03-27T09:00:00Z');
    expect(contactDueAt(received, Priority.ROUTINE)).toEqual(addCalendarDays(received, 7));
    expect(contactDueAt(received, Priority.URGENT)).toEqual(addCalendarDays(received, 1));
    // Across the change to summer time (29 March 2026): 10:00 in Amsterdam stays 10:00.
    expect(contactDueAt(received, Priority.ROUTINE).toISOString()).toBe('2026-04-03T08:00:00.000Z');
    expect(contactDueAt(received, Priority.URGENT, { URGENT: 2, ROUTINE: 5 })).toEqual(addCalendarDays(received, 2));
  });

  it('describes the periods for descriptions and docs', () => {
    expect(describeContactDue()).toBe('URGENT 1 day, ROUTINE 7 days');
    expect(describeContactDue({ URGENT: 2, ROUTINE: 10 })).toBe('URGENT 2 days, ROUTINE 10 days');
  });
});

describe('contact-due settings', () => {
  it('default to the table and are read per priority, blank as unset', () => {
    expect(loadConfig({}).contactDueDays).toEqual(CONTACT_DUE_DEFAULTS);
    expect(loadConfig({ CONTACT_DUE_DAYS_URGENT: '2' }).contactDueDays).toEqual({ URGENT: 2, ROUTINE: 7 });
    expect(loadConfig({ CONTACT_DUE_DAYS_URGENT: ' 3 ', CONTACT_DUE_DAYS_ROUTINE: '14' }).contactDueDays).toEqual({ URGENT: 3, ROUTINE: 14 });
    expect(loadConfig({ CONTACT_DUE_DAYS_ROUTINE: '' }).contactDueDays).toEqual(CONTACT_DUE_DEFAULTS);
    expect(loadConfig({ CONTACT_DUE_DAYS_URGENT: '7', CONTACT_DUE_DAYS_ROUTINE: '7' }).contactDueDays).toEqual({ URGENT: 7, ROUTINE: 7 });
  });

  it.each(['0', '-1', '1.5', '2d', 'soon', String(MAX_DUE_DAYS + 1)])('refuse CONTACT_DUE_DAYS_URGENT=%p, naming the variable and the rule', (raw) => {
    expect(() => loadConfig({ CONTACT_DUE_DAYS_URGENT: raw })).toThrow(
      new ConfigError(`CONTACT_DUE_DAYS_URGENT must be a whole number of days from 1 to ${MAX_DUE_DAYS}, got "${raw}"`),
    );
  });

  it('refuse an URGENT period longer than the ROUTINE one', () => {
    expect(() => loadConfig({ CONTACT_DUE_DAYS_URGENT: '8' })).toThrow(
      new ConfigError('CONTACT_DUE_DAYS_URGENT (8) must not be longer than CONTACT_DUE_DAYS_ROUTINE (7): an urgent case is contacted sooner'),
    );
    expect(readContactDueDays({ CONTACT_DUE_DAYS_ROUTINE: '0', CONTACT_DUE_DAYS_URGENT: 'x' }).faults).toHaveLength(2);
  });
});

describe('.env.example', () => {
  it('shows the contact-due defaults of the table', () => {
    const example = fs.readFileSync(path.resolve(__dirname, '../../../../.env.example'), 'utf8');
    for (const priority of Object.values(Priority)) {
      expect(example).toMatch(new RegExp(`^${CONTACT_DUE_SETTINGS[priority]}=${CONTACT_DUE_DEFAULTS[priority]}$`, 'm'));
    }
  });
});

describe('dueWithinDaysEnd', () => {
  it('ends the organisation day N days from today, whatever the hour', () => {
    const evening = new Date('2026-06-10T21:30:00Z'); // 23:30 in Amsterdam, 10 June
    expect(dueWithinDaysEnd(0, evening).toISOString()).toBe('2026-06-10T22:00:00.000Z');
    expect(dueWithinDaysEnd(2, evening).toISOString()).toBe('2026-06-12T22:00:00.000Z');
    const lateUtc = new Date('2026-06-10T22:30:00Z'); // already 11 June in Amsterdam
    expect(dueWithinDaysEnd(0, lateUtc).toISOString()).toBe('2026-06-11T22:00:00.000Z');
  });
});
