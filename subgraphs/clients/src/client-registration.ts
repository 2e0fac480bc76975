import { distinct, hubError } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client, tidyName } from './client.entity';
import type { RegisterClientInput } from './client.input';
import { findDuplicateCandidates } from './duplicates';

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
): Promise<string> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', ['clients:registration']);
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
  await tx.flush();
  return client.id;
}
