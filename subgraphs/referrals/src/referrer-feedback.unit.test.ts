import { reasonStatuses } from '@hub/common';
import { ReferralStatus } from './referral.workflow';
import { expectedWaitDays, referrerMessageFor, referrerMessageStatuses } from './referrer-feedback';

describe('feedback to referrers', () => {
  it('gives a message for exactly REJECTED, ON_HOLD and CANCELLED, each a status that needs a reason', () => {
    expect(referrerMessageStatuses()).toEqual(['REJECTED', 'ON_HOLD', 'CANCELLED']);
    for (const status of referrerMessageStatuses()) expect(reasonStatuses(ReferralStatus)).toContain(status);
  });

  it("keeps Kadera's wording, else the Dutch default; no message for other statuses", () => {
    expect(referrerMessageFor(ReferralStatus.ON_HOLD, 'Wij bellen u maandag.')).toBe('Wij bellen u maandag.');
    expect(referrerMessageFor(ReferralStatus.ON_HOLD, null)).toBe('Uw verwijzing staat in de wacht; Kadera neemt contact met u op.');
    expect(referrerMessageFor(ReferralStatus.REJECTED, null)).toBe(
      'Kadera kan uw verwijzing niet in behandeling nemen. Neem voor overleg contact op met Kadera.',
    );
    expect(referrerMessageFor(ReferralStatus.CANCELLED, null)).toBe('Deze verwijzing is geannuleerd.');
    expect(referrerMessageFor(ReferralStatus.ACCEPTED, null)).toBeNull();
    expect(referrerMessageFor(ReferralStatus.FAILED, null)).toBeNull();
  });

  it.each([
    [{ acceptingNewClients: true, waitingTimeWeeksMax: 4 }, 28],
    [{ acceptingNewClients: true, waitingTimeWeeksMax: 0 }, 0],
    [{ acceptingNewClients: true, waitingTimeWeeksMax: null }, 0],
    [{ acceptingNewClients: false, waitingTimeWeeksMax: 4 }, null],
    [null, null],
  ])('expects %j to mean a wait of %p days', (availability, days) => {
    expect(expectedWaitDays(availability)).toBe(days);
  });
});
