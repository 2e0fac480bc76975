import { formatLocalDate } from './dates';

describe('calendar days', () => {
  it('shows the day as written, in Dutch and English, whatever the zone of the machine', () => {
    expect(formatLocalDate('2026-12-31', 'nl')).toBe('31 dec 2026');
    expect(formatLocalDate('2026-01-01', 'en')).toBe('1 Jan 2026');
  });

  it('shows nothing for no day and the text itself for something unreadable', () => {
    expect(formatLocalDate(null, 'nl')).toBe('');
    expect(formatLocalDate('31-12-2026', 'nl')).toBe('31-12-2026');
  });
});
