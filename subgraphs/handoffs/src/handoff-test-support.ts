import { addDays, DEMO_CLIENTS, DEMO_PARTNERS, Side, sideOf, today, type Caller } from '@hub/common';
import { testCallers, type TestSubgraphs } from '@hub/testing';

/** GraphQL documents and helpers the handoffs test files share (compiled with them, not a test itself). */

const HANDOFF_CORE = `id status statusReason categories purpose priority dueAt createdAt overdue
  partner { id partnerType } client { id }
  outcome { successful reasonCode note }`;

/** All a partner may read of its own handoff: who made each change stays with Kadera. */
export const PARTNER_HANDOFF_FIELDS = `${HANDOFF_CORE} history { from to side reason changedAt }`;
const HANDOFF_FIELDS = `${HANDOFF_CORE} municipalityCode history { from to side reason changedByUserId changedByOrganisationId changedAt }`;

export const HANDOFF = `query($id: UUID!) { handoff(id: $id) { ${HANDOFF_FIELDS} } }`;
const CREATE = `mutation($input: CreateHandoffInput!) { createHandoff(input: $input) { ${HANDOFF_FIELDS} } }`;
const TRANSITION = `mutation($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { ${HANDOFF_FIELDS} } }`;
const PARTNER_TRANSITION = `mutation($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { ${PARTNER_HANDOFF_FIELDS} } }`;
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
export const WITHDRAW_CONSENT = `mutation($id: UUID!) { withdrawConsent(id: $id) { id } }`;

/** The organisation's calendar day `days` from today. */
function inDays(days: number): string {
  return addDays(today(), days);
}

export async function recordConsent(hub: TestSubgraphs, clientId: string, partner: number, categories: string[]): Promise<string> {
  const { data, errors } = await hub.query(
    'clients',
    RECORD_CONSENT,
    {
      input: { clientId, partnerOrganisationId: DEMO_PARTNERS[partner].id, categories, purpose: 'Test consent', validUntil: inDays(90) },
    },
    testCallers.staff,
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data.recordConsent.id;
}

export function handoffInput(clientId: string, partner: number, extra: Record<string, unknown> = {}) {
  return {
    clientId,
    municipalityCode: DEMO_CLIENTS.find((c) => c.id === clientId)?.municipalityCode ?? 'GM0193',
    partnerOrganisationId: DEMO_PARTNERS[partner].id,
    categories: ['IDENTITY', 'HEALTH_SCREENING'],
    purpose: 'Diagnostic screening',
    priority: 'ROUTINE',
    ...extra,
  };
}

export async function createHandoff(hub: TestSubgraphs, input: Record<string, unknown>, caller: Caller = testCallers.staff) {
  return hub.query('handoffs', CREATE, { input }, caller);
}

/** A move as `caller` makes it, selecting what that caller may read of the result. */
export async function move(hub: TestSubgraphs, caller: Caller, handoffId: string, to: string, extra: Record<string, unknown> = {}) {
  const document = sideOf(caller) === Side.PARTNER ? PARTNER_TRANSITION : TRANSITION;
  return hub.query('handoffs', document, { input: { handoffId, to, ...extra } }, caller);
}
