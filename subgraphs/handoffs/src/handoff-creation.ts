import {
  addCalendarDays,
  badInput,
  DataCategory,
  hubError,
  MUNICIPALITY_CODE,
  notFound,
  PARTNER_TYPE_CATEGORY,
  Side,
  type Caller,
  type RequestContext,
} from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { Handoff } from './handoff.entity';
import type { CreateHandoffInput } from './handoff.input';
import { PartnerOrganisation } from './partner-organisation.entity';
import { distinctNonEmpty as nonEmptySet, requiredText as text, uuidField as uuid } from '@hub/common';
import { HandoffStatus } from './handoff.workflow';

export const CONTACT_DUE_DAYS = 7;
export const MAX_DUE_DAYS = 365;

export function checkCreateHandoff(input: CreateHandoffInput, now: Date) {
  if (input.dueAt && (input.dueAt.getTime() <= now.getTime() || input.dueAt.getTime() > addCalendarDays(now, MAX_DUE_DAYS).getTime())) {
    throw badInput(`dueAt must be in the future and at most ${MAX_DUE_DAYS} days ahead`, { argument: 'input', field: 'dueAt' });
  }
  if (input.municipalityCode != null && !MUNICIPALITY_CODE.test(input.municipalityCode)) {
    throw badInput('municipalityCode must be a CBS code like GM0193', { argument: 'input', field: 'municipalityCode' });
  }
  return {
    clientId: uuid(input.clientId, 'clientId'),
    municipalityCode: input.municipalityCode ?? null,
    partnerOrganisationId: uuid(input.partnerOrganisationId, 'partnerOrganisationId'),
    categories: nonEmptySet(input.categories, 'categories'),
    purpose: text(input.purpose, 'purpose', 3, 1000),
    priority: input.priority,
    dueAt: input.dueAt ?? undefined,
  };
}

// One round trip to the clients subgraph: the client as it knows it, and what the consent covers.
const CLIENT_AND_COVERAGE = `query($c: ID!, $p: ID!, $cat: [DataCategory!]!) {
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
  data: ReturnType<typeof checkCreateHandoff>,
): Promise<string> {
  const partner = await tx.findOne(PartnerOrganisation, { id: data.partnerOrganisationId });
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
    dueAt: data.dueAt ?? addCalendarDays(now, CONTACT_DUE_DAYS),
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
  return handoff.id;
}
