import { bsnIndexOf, decryptBsn, encryptBsn, hubError, type BsnKeys, type RequestContext } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from './client.entity';

/** The columns that keep a client's BSN (client.entity.ts). */
export type BsnColumns = Pick<Client, 'bsnCiphertext' | 'bsnKeyId' | 'bsnIndex'>;

/** The keys this service was started with (HubConfig.bsn, bsn-keys.ts); without them no BSN is stored or read. */
export function bsnKeysFrom(context: RequestContext): BsnKeys {
  const keys = context.settings.bsn;
  if (!keys) throw new Error('this service holds no BSN keys');
  return keys;
}

/** A BSN for this client as stored: encrypted and bound to the client's id, with its index; null clears all three. */
export function bsnColumnsOf(keys: BsnKeys, clientId: string, bsn: string | null): BsnColumns {
  if (bsn === null) return { bsnCiphertext: null, bsnKeyId: null, bsnIndex: null };
  const { ciphertext, keyId } = encryptBsn(keys, clientId, bsn);
  return { bsnCiphertext: ciphertext, bsnKeyId: keyId, bsnIndex: bsnIndexOf(keys, bsn) };
}

/** The client's BSN in the clear, for Client.bsn only; null when none is on file. */
export function bsnOf(keys: BsnKeys, client: Client): string | null {
  if (!client.bsnCiphertext || !client.bsnKeyId) return null;
  return decryptBsn(keys, client.id, { ciphertext: client.bsnCiphertext, keyId: client.bsnKeyId });
}

/**
 * Refuses a BSN that another client already has: one BSN is one person, so this is a certain duplicate, which
 * confirmNotDuplicate cannot override. The other client's id is named in the error (the caller may find it by
 * BSN anyway): `onClient` hears it first, for the access log. The unique index on bsn_index holds it in the database too.
 */
export async function requireBsnFree(
  tx: EntityManager,
  bsnIndex: string,
  clientId: string | undefined,
  argument: string,
  onClient: (clientId: string) => void,
): Promise<void> {
  const other = await tx.findOne(Client, { bsnIndex, ...(clientId ? { id: { $ne: clientId } } : {}) }, { fields: ['id'] });
  if (!other) return;
  onClient(other.id);
  throw hubError('CONFLICT', 'a client with this BSN is already registered: the same BSN is the same person', { argument, candidates: [other.id] });
}
