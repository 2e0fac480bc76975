import { Priority, Region, Side, sideOf, type Caller } from '@hub/common';
import { type SubgraphResponse, testCallers, type TestSubgraphs } from '@hub/testing';
import { FundingStream } from './funding-stream';
import { ReferralKind } from './referral-kind';
import { ReferralSourceType } from './referral-source-type';

/** GraphQL and inputs shared by this subgraph's tests. */
export const REFERRAL_FIELDS = `id kind region priority fundingStream sourceType formsOfAbuse municipalityCode status referrerOrganisationId referrerOrganisationName
  referrerContactName referrerContactPhone referrerContactEmail referredPerson { name dateOfBirth municipalityCode }
  receivedAt contactDueAt overdue service client { id }
  serviceAvailability { region service acceptingNewClients waitingTimeWeeksMin waitingTimeWeeksMax contact }
  history { from to changedByUserId changedByOrganisationId side reason changedAt }`;

/** All a referrer may read of its own organisation's referrals: status and timeline. */
export const REFERRER_FIELDS = `id status receivedAt contactDueAt overdue history { from to changedAt }`;

const submitSelecting = (fields: string) => `mutation ($input: SubmitReferralInput!) {
  submitReferral(input: $input) { ${fields} }
}`;

const transitionSelecting = (fields: string) => `mutation ($input: TransitionReferralInput!) {
  transitionReferral(input: $input) { ${fields} }
}`;

export const SUBMIT = submitSelecting(REFERRAL_FIELDS);
const TRANSITION = transitionSelecting(REFERRAL_FIELDS);

const READ = `query ($id: UUID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;

const seesWholeReferral = (caller: Caller | undefined) => sideOf(caller) === Side.KADERA;

/** A referral as Kadera staff read it. */
async function asKadera(hub: TestSubgraphs, id: string) {
  const response = await hub.query('referrals', READ, { id }, testCallers.staff);
  if (response.errors) throw new Error(`reading referral ${id} failed: ${JSON.stringify(response.errors)}`);
  return response.data.referral;
}

/**
 * A referrer's mutation may select only status and timeline. The rest of what it
 * stored is read back as Kadera sees it, after checking that both agree on what the referrer saw.
 */
async function completed(hub: TestSubgraphs, seen: any) {
  const whole = await asKadera(hub, seen.id);
  expect(seen).toEqual({
    id: whole.id,
    status: whole.status,
    receivedAt: whole.receivedAt,
    contactDueAt: whole.contactDueAt,
    overdue: whole.overdue,
    history: whole.history.map(({ from, to, changedAt }: any) => ({ from, to, changedAt })),
  });
  return whole;
}

export function referralInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: ReferralKind.SHELTER,
    region: Region.TWENTE,
    priority: Priority.URGENT,
    fundingStream: FundingStream.WMO,
    sourceType: ReferralSourceType.VEILIG_THUIS,
    referrerOrganisationName: 'Veilig Thuis Twente',
    referrerContactName: 'M. Jansen',
    referrerContactPhone: '053 - 123 45 67',
    person: { name: 'Test Persoon', dateOfBirth: '1990-04-01', municipalityCode: 'GM0153' },
    ...overrides,
  };
}

export const consultationInput = (overrides: Record<string, unknown> = {}) =>
  referralInput({ kind: ReferralKind.CONSULTATION, priority: Priority.ROUTINE, person: undefined, ...overrides });

/** Submits and returns the referral, failing loudly when the hub refused. */
export async function submitOk(hub: TestSubgraphs, caller: Caller, input = referralInput(), key?: string) {
  const whole = seesWholeReferral(caller);
  const mutation = whole ? SUBMIT : submitSelecting(REFERRER_FIELDS);
  const response = await hub.query('referrals', mutation, { input: withKey(input, key) }, caller);
  if (response.errors) throw new Error(`submitReferral failed: ${JSON.stringify(response.errors)}`);
  return whole ? response.data.submitReferral : completed(hub, response.data.submitReferral);
}

/** Moves a referral; a successful move by a non-Kadera caller comes back whole, as Kadera reads it afterwards. */
export async function transition(hub: TestSubgraphs, caller: Caller, referralId: string, to: string, reason?: string): Promise<SubgraphResponse> {
  const whole = seesWholeReferral(caller);
  const mutation = whole ? TRANSITION : transitionSelecting(REFERRER_FIELDS);
  const response = await hub.query('referrals', mutation, { input: { referralId, to, reason } }, caller);
  if (whole || response.errors || !response.data?.transitionReferral) return response;
  return { ...response, data: { transitionReferral: await completed(hub, response.data.transitionReferral) } };
}

export const codeOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) => response.errors?.[0]?.extensions?.code;

/** The idempotency key travels inside the input, as in every create mutation of the hub. */
export const withKey = (input: unknown, key?: string) => (key ? { ...(input as object), idempotencyKey: key } : input);
