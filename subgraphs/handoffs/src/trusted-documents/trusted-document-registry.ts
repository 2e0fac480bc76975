import { randomUUID } from 'node:crypto';
import {
  applicationOwner,
  badInput,
  createLogger,
  createOrm,
  documentFault,
  documentIdOf,
  fieldRulesOf,
  hubError,
  isPartnerRole,
  PARTNER_ROLE_TYPES,
  parseManifest,
  parseManifestText,
  readSupergraph,
  supergraphSchema,
  type ApplicationOwner,
  type DocumentRefusal,
  type FieldRules,
  type Logger,
} from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';

/** What is registered: an application by its name, the owner whose roles may use it, and its documents. */
export interface ApplicationRegistration {
  /** The application's name, unique in the hub (e.g. "ggz-deventer-portal"). */
  name: string;
  /** The role that may use it (`partner:ggz`, `referrer`, `municipality`, `staff`...). */
  role: string;
  /** Narrows it to one organisation: a partner organisation's id (partner roles) or a referring organisation's (referrer). */
  organisationId?: string | null;
  /** The manifest: the object client-preset writes, or its JSON text. */
  manifest: unknown;
}

interface ClientApplicationRow {
  id: string;
  name: string;
  owner: ApplicationOwner;
  createdAt: Date;
}

export interface RegisteredDocuments {
  application: ClientApplicationRow;
  /** Document ids (`sha256:<hex>`) of the manifest, in its order. */
  documentIds: string[];
  /** Documents new to the application. */
  registered: number;
  /** Documents it had already: registering a manifest again changes nothing. */
  alreadyRegistered: number;
}

/** An application name: printable, no surrounding spaces, 1 to 100 characters. */
const APPLICATION_NAME = /^[^\s\p{Cc}](?:[^\p{Cc}]{0,98}[^\s\p{Cc}])?$/u;
/** Faults named in one refusal: enough to fix a manifest, never a wall of text. */
const FAULTS_SHOWN = 20;

let checked: { schema: GraphQLSchema; rules: FieldRules } | undefined;

/** The supergraph and its field rules, read once: the gateway derives its rules from the same file the same way. */
function supergraphRules(): { schema: GraphQLSchema; rules: FieldRules } {
  if (!checked) {
    const schema = supergraphSchema(readSupergraph());
    checked = { schema, rules: fieldRulesOf(schema) };
  }
  return checked;
}

/**
 * Registers a manifest's documents for a client application (created on first registration), in one transaction:
 * every document must be the sha256 of its text, parse, validate against the supergraph and select nothing the
 * owner's role may not (documentFault, the gateway's own field check); otherwise BAD_USER_INPUT with a `reason`,
 * each fault (document id, coordinates and paths) in `faults`, and nothing is stored. Registering the same
 * manifest again is a no-op; an application keeps its owner (CONFLICT if another is named).
 */
export async function registerManifest(em: EntityManager, registration: ApplicationRegistration): Promise<RegisteredDocuments> {
  const name = typeof registration.name === 'string' ? registration.name : '';
  if (!APPLICATION_NAME.test(name)) {
    throw badInput('the application name must be 1 to 100 printable characters without surrounding spaces', {
      reason: 'APPLICATION_NAME_INVALID',
    });
  }
  const owner = applicationOwner(registration.role, registration.organisationId);
  const documents = typeof registration.manifest === 'string' ? parseManifestText(registration.manifest) : parseManifest(registration.manifest);
  const { schema, rules } = supergraphRules();
  const faults = documents.flatMap(({ hash, body }) => {
    const fault = documentFault(schema, rules, body, owner.role);
    return fault ? [{ documentId: documentIdOf(hash), ...fault }] : [];
  });
  if (faults.length) {
    const shown = faults.slice(0, FAULTS_SHOWN);
    throw badInput(`${faults.length} of ${documents.length} documents refused: ${shown.map((f) => `${f.documentId}: ${f.message}`).join('; ')}`, {
      reason: shown[0].reason satisfies DocumentRefusal,
      faults: shown,
    });
  }
  return em.transactional(async (tx) => {
    await checkOrganisation(tx, owner);
    const application = await applicationFor(tx, name, owner);
    const inserted = await tx.execute<{ hash: string }[]>(
      `insert into handoffs.trusted_document (application_id, hash, body)
       select ?, d.hash, d.body from jsonb_to_recordset(?::jsonb) as d(hash text, body text)
       on conflict (application_id, hash) do nothing returning hash`,
      [application.id, JSON.stringify(documents)],
    );
    return {
      application,
      documentIds: documents.map(({ hash }) => documentIdOf(hash)),
      registered: inserted.length,
      alreadyRegistered: documents.length - inserted.length,
    };
  });
}

/** A partner organisation named as owner must exist and be of the owner role's partner type. */
async function checkOrganisation(tx: EntityManager, owner: ApplicationOwner): Promise<void> {
  if (!owner.organisationId || !isPartnerRole(owner.role)) return;
  const [row] = await tx.execute<{ partner_type: string }[]>('select partner_type from handoffs.partner_organisation where id = ?', [owner.organisationId]);
  if (row?.partner_type !== PARTNER_ROLE_TYPES[owner.role]) {
    throw badInput(`the owner organisation is no partner organisation of role ${owner.role}`, { reason: 'OWNER_INVALID' });
  }
}

type ApplicationDbRow = { id: string; name: string; owner_role: string; owner_organisation_id: string | null; created_at: Date | string };

/** The application of that name, created with `owner` if new, locked for this transaction; CONFLICT if it has another owner. */
async function applicationFor(tx: EntityManager, name: string, owner: ApplicationOwner): Promise<ClientApplicationRow> {
  await tx.execute('insert into handoffs.client_application (id, name, owner_role, owner_organisation_id) values (?, ?, ?, ?) on conflict (name) do nothing', [
    randomUUID(),
    name,
    owner.role,
    owner.organisationId ?? null,
  ]);
  const [row] = await tx.execute<ApplicationDbRow[]>(
    'select id, name, owner_role, owner_organisation_id, created_at from handoffs.client_application where name = ? for update',
    [name],
  );
  if (row.owner_role !== owner.role || (row.owner_organisation_id ?? undefined) !== owner.organisationId) {
    throw hubError('CONFLICT', `application "${name}" is registered for another owner: an application keeps its owner`, {
      reason: 'APPLICATION_OWNER_DIFFERS',
    });
  }
  return { id: row.id, name: row.name, owner, createdAt: new Date(row.created_at) };
}

/**
 * registerManifest on the hub database at `databaseUrl` (migrated already), for commands and tests outside a
 * running subgraph (`npm run documents:register`): a connection of its own, closed before it returns.
 */
export async function registerManifestAt(databaseUrl: string, registration: ApplicationRegistration, logger?: Logger): Promise<RegisteredDocuments> {
  const { orm } = await createOrm({ schema: 'handoffs', entities: [], migrations: [] }, databaseUrl, logger ?? createLogger('warn', 'documents'));
  try {
    return await registerManifest(orm.em.fork(), registration);
  } finally {
    await orm.close();
  }
}
