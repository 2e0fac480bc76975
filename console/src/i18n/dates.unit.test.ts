import { formatDate, formatDateTime } from './dates';

describe('dates on screen', () => {
  it('are Amsterdam time whatever the zone of the machine: summer (UTC+2) and winter (UTC+1)', () => {
    // 22:30 UTC on 1 July is 00:30 on 2 July in Amsterdam; 23:15 UTC on 5 January is 00:15 on 6 January.
    expect(formatDateTime('2026-07-01T22:30:00Z', 'nl')).toMatch(/^2 jul 2026,? 00:30$/);
    expect(formatDateTime('2026-01-05T23:15:00Z', 'en')).toMatch(/^6 Jan 2026,? 00:15$/);
  });

  it('shows nothing for no date and the text itself for one it cannot read', () => {
    expect(formatDateTime(null, 'nl')).toBe('');
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });

  it('shows a calendar day (LocalDate) as that same day, whatever the zone of the machine', () => {
    expect(formatDate('2026-12-31', 'nl')).toBe('31 dec 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
    expect(formatDate(null, 'nl')).toBe('');
    expect(formatDate('31-12-2026', 'en')).toBe('31-12-2026');
  });
});
