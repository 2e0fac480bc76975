import { distinct, notFound, writeLogged, type Caller } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CONTACT_COLUMNS } from './client-contact';
import { ClientChange } from './client-change.entity';
import { Client, type RiskLevel } from './client.entity';
import { versionConflict } from './version-conflict';
import { RiskLevelChange } from './client-risk-level-change.entity';
import { requireBsnFree, type BsnColumns } from './client-bsn';
import { REGISTRATION_LOCK } from './client-registration';

/** The columns of the client file an update mutation may write (client-update.resolver.ts). */
type FileColumn =
  | 'name'
  | 'dateOfBirth'
  | 'municipalityCode'
  | 'confidentialAddress'
  | 'riskLevel'
  | 'healthScreeningSummary'
  | 'financialSituation'
  | 'housingNeed'
  | 'housingUrgency'
  | 'incomeAndBenefits'
  | (typeof CONTACT_COLUMNS)[keyof typeof CONTACT_COLUMNS]
  | keyof BsnColumns;

export type FileChanges = Partial<Pick<Client, FileColumn>>;

/** The GraphQL field a column is shown as, for the change history. */
const FIELD_OF = new Map<string, string>([
  ...Object.entries(CONTACT_COLUMNS).map(([field, column]): [string, string] => [column, `contactDetails.${field}`]),
  ['bsnCiphertext', 'bsn'],
  ['bsnKeyId', 'bsn'],
  ['bsnIndex', 'bsn'],
]);
const fieldOf = (column: string) => FIELD_OF.get(column) ?? column;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A BSN's ciphertext differs at every encryption (a fresh IV): the BSN changed when its index did. */
const FOLLOWS_BSN_INDEX = new Set<FileColumn>(['bsnCiphertext', 'bsnKeyId']);

/** The client update mutations take arguments, not an input object. */
const conflict = (currentVersion: number) => versionConflict('client file', currentVersion, null);

/**
 * Writes `wanted` to the client file if it is still at `expectedVersion`, with its change history, in one
 * transaction. The write is one `UPDATE ... WHERE id = ? AND version = ?` that also bumps the version: of two
 * writers that read the same version exactly one matches the row; the other matches none (PostgreSQL re-checks
 * the condition after the first commits) and gets CONFLICT, and its transaction writes nothing.
 * Fields whose value does not change are left out; an update that changes nothing writes nothing.
 */
export async function updateClientFile(
  em: EntityManager,
  caller: Caller,
  clientId: string,
  expectedVersion: number,
  wanted: FileChanges,
  riskLevelReason?: string,
  onBsnHolder?: (clientId: string) => void,
): Promise<void> {
  await em.transactional(async (tx) => {
    // A BSN another client has would make a duplicate: checked under the registrations' lock (client-registration.ts).
    if (wanted.bsnIndex) await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [REGISTRATION_LOCK]);
    const client = await tx.findOne(Client, { id: clientId });
    if (!client) throw notFound('client');
    if (client.version !== expectedVersion) throw conflict(client.version);
    const differs = (column: FileColumn) => (FOLLOWS_BSN_INDEX.has(column) ? !same(client.bsnIndex, wanted.bsnIndex) : !same(client[column], wanted[column]));
    const changed = (Object.keys(wanted) as FileColumn[]).filter((column) => wanted[column] !== undefined && differs(column));
    if (changed.length === 0) return;
    if (changed.includes('bsnIndex') && wanted.bsnIndex) await requireBsnFree(tx, wanted.bsnIndex, clientId, 'bsn', (id) => onBsnHolder?.(id));

    const version = expectedVersion + 1;
    const changedAt = new Date();
    const data = Object.fromEntries(changed.map((column) => [column, wanted[column]]));
    const written = await writeLogged(tx, async (inner) => {
      const rows = await inner.nativeUpdate(Client, { id: clientId, version: expectedVersion }, { ...data, version, updatedAt: changedAt });
      const fields = [...changed, 'version', 'updatedAt'].map((field) => `Client.${field}`);
      return { result: rows, writes: rows ? [{ action: 'UPDATE' as const, clientId, fields, object: `Client:${clientId}` }] : [] };
    });
    if (written === 0) {
      const current = await tx.findOneOrFail(Client, { id: clientId }, { refresh: true });
      throw conflict(current.version);
    }
    const who = {
      client: tx.getReference(Client, clientId),
      changedAt,
      changedByUserId: caller.userId,
      changedByOrganisationId: caller.organisationId ?? null,
      version,
    };
    tx.create(ClientChange, { ...who, fields: distinct(changed.map(fieldOf)) });
    if (changed.includes('riskLevel')) {
      if (!riskLevelReason) throw new Error('a risk level change needs its reason');
      tx.create(RiskLevelChange, { ...who, from: client.riskLevel, to: wanted.riskLevel as RiskLevel, reason: riskLevelReason });
    }
    await tx.flush();
  });
}
