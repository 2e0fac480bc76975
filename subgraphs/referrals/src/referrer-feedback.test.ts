import { CareService } from './care-service';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { Region } from '@hub/common';
import { referralsSubgraph } from './subgraph';
import { codeOf, consultationInput, referralInput, submitOk, transition, withKey } from './referral-test-support';

const FEEDBACK = 'id status referrerReference referrerMessage expectedWaitDays history { to referrerMessage }';
const READ = (fields: string) => `query ($id: UUID!) { referral(id: $id) { ${fields} } }`;
const LIST = `{ referrals(first: 100) { edges { node { id referrerReference referrerMessage expectedWaitDays } } } }`;
const TRANSITION = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { id status referrerMessage history { reason referrerMessage } } }`;
const SET_AVAILABILITY = `mutation ($input: SetServiceAvailabilityInput!) { setServiceAvailability(input: $input) { id } }`;

describe('feedback to referrers', () => {
  let hub: TestSubgraphs;
  const referrer = testCallers.referrer(2);
  const otherReferrer = testCallers.referrer(3);
  const intake = testCallers.intake;

  beforeAll(async () => {
    hub = await startTestSubgraphs([referralsSubgraph]);
    const set = await hub.query(
      'referrals',
      SET_AVAILABILITY,
      { input: { region: Region.TWENTE, service: CareService.SHELTER, acceptingNewClients: true, waitingTimeWeeksMin: 2, waitingTimeWeeksMax: 4 } },
      testCallers.staff,
    );
    expect(set.errors).toBeUndefined();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const read = async (id: string, caller = referrer, fields = FEEDBACK) => {
    const response = await hub.query('referrals', READ(fields), { id }, caller);
    expect(response.errors).toBeUndefined();
    return response.data.referral;
  };

  const move = (referralId: string, to: string, reason?: string, referrerMessage?: string, caller = intake) =>
    hub.query('referrals', TRANSITION, { input: { referralId, to, reason, referrerMessage } }, caller);

  it('shows the referrer its own reference, trimmed, and the expected wait from the availability (4 weeks at most: 28 days)', async () => {
    const { id } = await submitOk(hub, referrer, referralInput({ referrerReference: '  ZD-2026-0042 ' }));
    expect(await read(id)).toEqual({
      id,
      status: 'REQUESTED',
      referrerReference: 'ZD-2026-0042',
      referrerMessage: null,
      expectedWaitDays: 28,
      history: [{ to: 'REQUESTED', referrerMessage: null }],
    });
    const kadera = await read(id, intake, 'referrerReference expectedWaitDays');
    expect(kadera).toEqual({ referrerReference: 'ZD-2026-0042', expectedWaitDays: 28 });
  });

  it("gives the referrer Kadera's message for ON_HOLD, never the internal reason; another referrer sees nothing", async () => {
    const { id } = await submitOk(hub, referrer, referralInput({ referrerReference: 'ZD-7' }));
    expect((await move(id, 'RECEIVED')).errors).toBeUndefined();
    const held = await move(id, 'ON_HOLD', 'Interne notitie: wacht op gegevens Veilig Thuis', 'Wij nemen uiterlijk vrijdag contact met u op.');
    expect(held.errors).toBeUndefined();
    expect(held.data.transitionReferral.history.at(-1)).toEqual({
      reason: 'Interne notitie: wacht op gegevens Veilig Thuis',
      referrerMessage: 'Wij nemen uiterlijk vrijdag contact met u op.',
    });

    expect(await read(id)).toEqual({
      id,
      status: 'ON_HOLD',
      referrerReference: 'ZD-7',
      referrerMessage: 'Wij nemen uiterlijk vrijdag contact met u op.',
      expectedWaitDays: 28,
      history: [
        { to: 'REQUESTED', referrerMessage: null },
        { to: 'RECEIVED', referrerMessage: null },
        { to: 'ON_HOLD', referrerMessage: 'Wij nemen uiterlijk vrijdag contact met u op.' },
      ],
    });
    const reason = await hub.query('referrals', READ('id history { to reason }'), { id }, referrer);
    expect(reason.errors!.map((error: any) => error.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(JSON.stringify(reason)).not.toContain('Interne notitie');

    expect(await read(id, otherReferrer)).toBeNull();
    const theirs = await hub.query('referrals', LIST, {}, otherReferrer);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.referrals.edges.map((edge: any) => edge.node.id)).not.toContain(id);
    expect(JSON.stringify(theirs)).not.toContain('ZD-7');

    // Taken up again: the message belonged to ON_HOLD and is no longer current.
    expect((await move(id, 'ACCEPTED')).errors).toBeUndefined();
    expect((await read(id)).referrerMessage).toBeNull();
  });

  it('uses the Dutch default when Kadera writes no message, and gives no wait for a closed referral', async () => {
    const { id } = await submitOk(hub, referrer);
    expect((await move(id, 'RECEIVED')).errors).toBeUndefined();
    expect((await move(id, 'REJECTED', 'buiten doelgroep')).errors).toBeUndefined();
    const seen = await read(id);
    expect(seen.referrerMessage).toBe('Kadera kan uw verwijzing niet in behandeling nemen. Neem voor overleg contact op met Kadera.');
    expect(seen.expectedWaitDays).toBeNull();
    expect(seen.referrerReference).toBeNull();
  });

  it('gives the default when the referrer withdraws, and refuses a message from the referrer', async () => {
    const { id } = await submitOk(hub, referrer);
    const refused = await move(id, 'CANCELLED', 'dubbel ingediend', 'eigen tekst', referrer);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const withdrawn = await transition(hub, referrer, id, 'CANCELLED', 'dubbel ingediend');
    expect(withdrawn.errors).toBeUndefined();
    expect((await read(id)).referrerMessage).toBe('Deze verwijzing is geannuleerd.');
  });

  it('refuses a message for a status without one, and a reference over 100 characters or blank', async () => {
    const { id } = await submitOk(hub, referrer);
    const response = await move(id, 'RECEIVED', undefined, 'Wij hebben uw verwijzing ontvangen.');
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.field).toBe('referrerMessage');
    expect((await read(id)).status).toBe('REQUESTED');
    for (const referrerReference of ['x'.repeat(101), '   ']) {
      const submitted = await hub.query(
        'referrals',
        `mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { id } }`,
        { input: withKey(referralInput({ referrerReference })) },
        referrer,
      );
      expect(codeOf(submitted)).toBe('BAD_USER_INPUT');
    }
  });

  it('has no expected wait for a consultation', async () => {
    const { id } = await submitOk(hub, referrer, consultationInput({ referrerReference: 'consult-1' }));
    expect(await read(id, referrer, 'referrerReference expectedWaitDays')).toEqual({ referrerReference: 'consult-1', expectedWaitDays: null });
  });
});
