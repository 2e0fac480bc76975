import { asHubError, errorCode } from './error-code';
import { HubError } from './hub-client';

describe('a failed request in the hub’s terms', () => {
  it('keeps the hub’s own refusal, with its code and details', () => {
    const refused = new HubError('BAD_USER_INPUT', { field: 'reason' });
    expect(asHubError(refused)).toBe(refused);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  });

  it('makes anything else UNKNOWN, never carrying its message along', () => {
    for (const failure of [new TypeError('Failed to fetch: secret details'), 'a string', undefined]) {
      const refused = asHubError(failure);
      expect(refused).toBeInstanceOf(HubError);
      expect([refused.code, refused.message, refused.details]).toEqual(['UNKNOWN', 'UNKNOWN', {}]);
      expect(errorCode(failure)).toBe('UNKNOWN');
    }
  });
});
