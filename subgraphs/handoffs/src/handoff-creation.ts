import { badInput, contactDueAt, DataCategory, distinct, hubError, notFound, PARTNER_TYPE_CATEGORY, Side, type Caller, type RequestContext } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { recordHandoffStatus } from './handoff-transition';
import { Handoff } from './handoff.entity';
import type { CreateHandoffInput } from './handoff.input';
import { normaliseKaderaContact } from './kadera-contact';
import { PartnerOrganisation } from './partner-organisation.entity';
import { HandoffStatus } from './handoff.workflow';

/** The handoff as asked for: the input's rules (handoff.input.ts) have passed. */
export function normaliseCreateHandoff(input: CreateHandoffInput) {
  return {
    clientId: input.clientId,
    municipalityCode: input.municipalityCode ?? null,
    partnerOrganisationId: input.partnerOrganisationId,
    categories: distinct(input.categories),
    purpose: input.purpose.trim(),
    priority: input.priority,
    dueAt: input.dueAt ?? undefined,
    ...normaliseKaderaContact(input.kaderaContact),
  };
}

// One round trip to the clients subgraph: the client as it knows it, and what the consent covers.
const CLIENT_AND_COVERAGE = `query($c: UUID!, $p: UUID!, $cat: [DataCategory!]!) {
  client(id: $c) { id municipalityCode }
  consentCoverage(clientId: $c, partnerOrganisationId: $p, categories: $cat) { covered missing }
}`;

interface ClientAndCoverage {
  client: { id: string; municipalityCode: string } | null;
  consentCoverage: { covered: boolean; missing: DataCategory[] };
}

/**
 * Creates the handoff and its first history entry, after the clients subgraph confirmed
 * that the client's active consent for this partner covers every category shared.
 */
export async function createHandoff(
  tx: EntityManager,
  context: RequestContext,
  caller: Caller,
  data: ReturnType<typeof normaliseCreateHandoff>,
): Promise<string> {
  // A deactivated organisation is, for a new handoff, as good as unknown.
  const partner = await tx.findOne(PartnerOrganisation, { id: data.partnerOrganisationId, active: true });
  if (!partner) throw notFound('partner organisation');
  // Minimum data (DESIGN.md section 5): identity plus the one category this kind of partner needs.
  const needed = new Set<DataCategory>([DataCategory.IDENTITY, PARTNER_TYPE_CATEGORY[partner.partnerType]]);
  const beyond = data.categories.filter((category) => !needed.has(category));
  if (beyond.length > 0) {
    throw badInput(`a ${partner.partnerType} partner receives only ${[...needed].join(' and ')}, not ${beyond.join(', ')}`, {
      argument: 'input',
      field: 'categories',
    });
  }
  const { client, consentCoverage } = await context.peer<ClientAndCoverage>('clients', CLIENT_AND_COVERAGE, {
    c: data.clientId,
    p: partner.id,
    cat: data.categories,
  });
  if (!client) throw hubError('NOT_FOUND', 'client was not found', { argument: 'input', field: 'clientId' });
  // The handoff counts for the client's own municipality, as the clients subgraph knows it.
  if (data.municipalityCode !== null && data.municipalityCode !== client.municipalityCode) {
    throw badInput("municipalityCode is not the client's municipality; leave it out to use the client's", {
      argument: 'input',
      field: 'municipalityCode',
    });
  }
  if (!consentCoverage.covered) {
    throw hubError('CONSENT_REQUIRED', `the client has no active consent to share ${consentCoverage.missing.join(', ')} with ${partner.name}`, {
      missing: consentCoverage.missing,
    });
  }
  const now = new Date();
  const handoff = tx.create(Handoff, {
    partner,
    clientId: data.clientId,
    municipalityCode: client.municipalityCode,
    categories: data.categories,
    purpose: data.purpose,
    priority: data.priority,
    status: HandoffStatus.REQUESTED,
    createdAt: now,
    updatedAt: now,
    dueAt: data.dueAt ?? contactDueAt(now, data.priority, context.settings.contactDueDays),
    kaderaContactName: data.kaderaContactName,
    kaderaContactPhone: data.kaderaContactPhone,
    kaderaContactEmail: data.kaderaContactEmail,
  });
  tx.create(HandoffStatusChange, {
    handoff,
    from: null,
    to: HandoffStatus.REQUESTED,
    changedAt: now,
    changedByUserId: caller.userId,
    changedByOrganisationId: caller.organisationId ?? null,
    side: Side.KADERA,
  });
  await tx.flush();
  await recordHandoffStatus(tx, handoff, now);
  return handoff.id;
}
