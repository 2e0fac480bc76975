import { formatDate } from './dates';

describe('calendar days', () => {
  it('shows the day as written, in Dutch and English, whatever the zone of the machine', () => {
    expect(formatDate('2026-12-31', 'nl')).toBe('31 dec 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
  });

  it('shows nothing for no day and the text itself for something unreadable', () => {
    expect(formatDate(null, 'nl')).toBe('');
    expect(formatDate('31-12-2026', 'nl')).toBe('31-12-2026');
  });
});
