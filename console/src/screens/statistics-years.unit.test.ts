import { yearsToChoose } from './statistics-years';

describe('the years the statistics screens offer', () => {
  it('start at this year in Amsterdam, going back five', () => {
    // 23:30 UTC on 31 December 2026 is already 2027 in Amsterdam.
    expect(yearsToChoose(new Date('2026-12-31T23:30:00Z'))).toEqual([2027, 2026, 2025, 2024, 2023]);
    expect(yearsToChoose(new Date('2026-06-01T12:00:00Z'))).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});
