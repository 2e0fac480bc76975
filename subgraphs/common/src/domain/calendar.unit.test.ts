import { addCalendarDays, addDays, dayOf, daysBetween, isWithinDays, localDateTime, sqlDayOf, startOfDay, today, yearSpan } from './calendar';

const at = (iso: string) => new Date(iso);

describe('the organisation calendar (Europe/Amsterdam)', () => {
  it.each([
    // winter (CET, UTC+1): the day turns at 23:00 UTC
    ['2026-11-29T22:59:59.999Z', '2026-11-29'],
    ['2026-11-29T23:00:00.000Z', '2026-11-30'],
    // summer (CEST, UTC+2): the day turns at 22:00 UTC
    ['2026-07-01T21:59:59.999Z', '2026-07-01'],
    ['2026-07-01T22:00:00.000Z', '2026-07-02'],
    // the year turns in Amsterdam while it is still the old year in UTC
    ['2026-12-31T23:30:00.000Z', '2027-01-01'],
    // the nights of the clock changes
    ['2026-03-28T22:59:59.000Z', '2026-03-28'],
    ['2026-03-28T23:00:00.000Z', '2026-03-29'],
    ['2026-03-29T21:59:59.000Z', '2026-03-29'],
    ['2026-03-29T22:00:00.000Z', '2026-03-30'],
    ['2026-10-24T21:59:59.000Z', '2026-10-24'],
    ['2026-10-24T22:00:00.000Z', '2026-10-25'],
    ['2026-10-25T22:59:59.000Z', '2026-10-25'],
    ['2026-10-25T23:00:00.000Z', '2026-10-26'],
  ])('%s falls on %s', (instant, day) => {
    expect(today(at(instant))).toBe(day);
    expect(dayOf(at(instant))).toBe(day);
  });

  it.each([
    ['2026-11-30', '2026-11-29T23:00:00.000Z'],
    ['2026-07-02', '2026-07-01T22:00:00.000Z'],
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // still CET at midnight
    ['2026-03-30', '2026-03-29T22:00:00.000Z'], // CEST from 02:00 that night
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // still CEST at midnight
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('%s begins at %s', (day, instant) => {
    expect(startOfDay(day).toISOString()).toBe(instant);
  });

  it('a deadline N days ahead keeps the office clock across the daylight-saving changes', () => {
    // 10:00 CET + 7 days = 10:00 CEST: 167 hours
    const spring = addCalendarDays(at('2026-03-25T09:00:00Z'), 7);
    expect(spring.toISOString()).toBe('2026-04-01T08:00:00.000Z');
    // 10:00 CEST + 7 days = 10:00 CET: 169 hours
    const autumn = addCalendarDays(at('2026-10-20T08:00:00Z'), 7);
    expect(autumn.toISOString()).toBe('2026-10-27T09:00:00.000Z');
    // no clock change in between: exactly 7 x 24 hours
    expect(addCalendarDays(at('2026-11-29T21:30:00Z'), 7).toISOString()).toBe('2026-12-06T21:30:00.000Z');
    // late in the evening the deadline lands on the same Amsterdam day of the week
    expect(dayOf(addCalendarDays(at('2026-11-29T22:30:00Z'), 7))).toBe('2026-12-06');
  });

  it('adds and counts calendar days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-30', '2026-10-20')).toBe(-10);
    expect(daysBetween('2025-12-31', '2026-12-31')).toBe(365);
    expect(() => addDays('29-11-2026', 1)).toThrow(RangeError);
  });

  it('a statistics year spans Amsterdam midnights', () => {
    const span = yearSpan(2026);
    expect(span.from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(span.to.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('validity ranges include both ends and allow open ends', () => {
    expect(isWithinDays('2026-11-29', '2026-11-29', '2026-11-29')).toBe(true);
    expect(isWithinDays('2026-11-30', '2026-11-01', '2026-11-29')).toBe(false);
    expect(isWithinDays('2026-10-31', '2026-11-01', null)).toBe(false);
    expect(isWithinDays('2030-01-01', '2026-11-01', undefined)).toBe(true);
  });

  it('gives the database the same calendar', () => {
    expect(sqlDayOf('received_at')).toBe("(received_at at time zone 'Europe/Amsterdam')::date");
  });
});

describe('localDateTime', () => {
  it.each([
    ['2026-07-01T10:15:00Z', '2026-07-01 12:15:00'],
    ['2026-12-31T23:30:05Z', '2027-01-01 00:30:05'],
    ['2026-03-29T00:59:59Z', '2026-03-29 01:59:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29 03:00:00'],
  ])('%s is %s in Amsterdam', (instant, local) => {
    expect(localDateTime(new Date(instant))).toBe(local);
  });
});
