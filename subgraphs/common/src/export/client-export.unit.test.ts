import { exportTimestamp, omitWithheld } from './client-export';

describe('the right of access export', () => {
  it('gives each instant in UTC and on the organisation clock, winter and summer time alike', () => {
    expect(exportTimestamp(new Date('2026-01-15T11:30:00.250Z'))).toEqual({
      utc: '2026-01-15T11:30:00.250Z',
      local: '2026-01-15T12:30:00.250+01:00',
      timeZone: 'Europe/Amsterdam',
    });
    expect(exportTimestamp(new Date('2026-07-01T22:15:05.000Z')).local).toBe('2026-07-02T00:15:05.000+02:00');
  });

  it('never carries a BSN, however the property holding it is named', () => {
    const row = { id: 'c1', name: 'Anna', bsn: '123456782', bsnCiphertext: 'x', bsn_hash: 'y', encryptedBSN: 'z' };
    expect(omitWithheld(row)).toEqual({ id: 'c1', name: 'Anna' });
  });
});
