import { bsnIndexOf, distinct, hubError, type BsnKeys } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client, tidyName } from './client.entity';
import type { RegisterClientInput } from './client.input';
import { findDuplicateCandidates } from './duplicates';
import { bsnColumnsOf, requireBsnFree } from './client-bsn';

/** One lock for every write that could make a duplicate: registrations, and a BSN set on an existing client. */
export const REGISTRATION_LOCK = 'clients:registration';

/** The registration as stored: the input's rules (client.input.ts) have passed; names and lists are tidied. */
export function normaliseRegistration(input: RegisterClientInput) {
  return {
    name: tidyName(input.name),
    dateOfBirth: input.dateOfBirth,
    municipalityCode: input.municipalityCode,
    confidentialAddress: input.confidentialAddress.trim(),
    riskLevel: input.riskLevel,
    formsOfAbuse: distinct(input.formsOfAbuse),
  };
}

/**
 * Creates the client unless it looks like one we already have (`possibleDuplicates`' candidates, ranked the same).
 * The advisory lock makes simultaneous registrations queue up, so the second sees the first; one lock for all,
 * since a typo makes two registrations of one person differ in any key (registrations are a few a day).
 * `onCandidates` hears the candidates' ids before the refusal: they are client data the caller is told.
 */
export async function registerClient(
  tx: EntityManager,
  data: ReturnType<typeof normaliseRegistration>,
  confirmed: boolean,
  onCandidates: (clientIds: string[]) => void,
  bsn?: { keys: BsnKeys; value: string },
): Promise<string> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [REGISTRATION_LOCK]);
  // The same BSN is the same person: a certain duplicate, refused even when confirmNotDuplicate is set.
  if (bsn) await requireBsnFree(tx, bsnIndexOf(bsn.keys, bsn.value), undefined, 'input.bsn', (id) => onCandidates([id]));
  if (!confirmed) {
    const candidates = await findDuplicateCandidates(tx, data);
    if (candidates.length > 0) {
      const ids = candidates.map((c) => c.client.id);
      onCandidates(ids);
      throw hubError(
        'CONFLICT',
        'a client with a similar name and the same date of birth or municipality is already registered; check them, or set confirmNotDuplicate',
        {
          argument: 'input',
          candidates: ids,
        },
      );
    }
  }
  const client = tx.create(Client, data);
  // Encrypted with the new client's id as associated data: the ciphertext is bound to this row.
  if (bsn) Object.assign(client, bsnColumnsOf(bsn.keys, client.id, bsn.value));
  await tx.flush();
  return client.id;
}
