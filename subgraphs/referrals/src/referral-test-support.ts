import { Priority, Region, type Caller, type TestSubgraphs } from '@hub/common';
import { FundingStream } from './funding-stream';
import { ReferralKind } from './referral-kind';

/** GraphQL and inputs shared by this subgraph's tests. */
export const REFERRAL_FIELDS = `id kind region priority fundingStream status referrerOrganisationId referrerOrganisationName
  referrerContactName referrerContactPhone referrerContactEmail referredPerson { name dateOfBirth municipalityCode }
  receivedAt contactDueAt overdue service client { id }
  serviceAvailability { region service acceptingNewClients waitingTimeWeeksMin waitingTimeWeeksMax contact }
  history { from to changedByUserId changedByOrganisationId side reason changedAt }`;

export const SUBMIT = `mutation ($input: SubmitReferralInput!) {
  submitReferral(input: $input) { ${REFERRAL_FIELDS} }
}`;

export const TRANSITION = `mutation ($input: TransitionReferralInput!) {
  transitionReferral(input: $input) { ${REFERRAL_FIELDS} }
}`;

export function referralInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: ReferralKind.SHELTER,
    region: Region.TWENTE,
    priority: Priority.URGENT,
    fundingStream: FundingStream.WMO,
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
  const response = await hub.query('referrals', SUBMIT, { input: withKey(input, key) }, caller);
  if (response.errors) throw new Error(`submitReferral failed: ${JSON.stringify(response.errors)}`);
  return response.data.submitReferral;
}

export async function transition(hub: TestSubgraphs, caller: Caller, referralId: string, to: string, reason?: string) {
  return hub.query('referrals', TRANSITION, { input: { referralId, to, reason } }, caller);
}

export const codeOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) => response.errors?.[0]?.extensions?.code;

/** The idempotency key travels inside the input, as in every create mutation of the hub. */
export const withKey = (input: unknown, key?: string) => (key ? { ...(input as object), idempotencyKey: key } : input);
