import { distinct, hubError } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client, nameKeyOf, tidyName } from './client.entity';
import type { RegisterClientInput } from './client.input';

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

/** Clients with the same name (ignoring case and spacing) and date of birth, oldest first. */
export function findDuplicates(em: EntityManager, name: string, dateOfBirth: string): Promise<Client[]> {
  return em.find(Client, { nameKey: nameKeyOf(name), dateOfBirth }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/**
 * Creates the client unless it looks like one we already have. The advisory lock
 * makes two simultaneous registrations of the same person queue up, so the second sees the first.
 */
export async function registerClient(tx: EntityManager, data: ReturnType<typeof normaliseRegistration>, confirmed: boolean): Promise<string> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`client:${nameKeyOf(data.name)}:${data.dateOfBirth}`]);
  const candidates = await findDuplicates(tx, data.name, data.dateOfBirth);
  if (candidates.length > 0 && !confirmed) {
    throw hubError('CONFLICT', 'a client with this name and date of birth is already registered; check them, or set confirmNotDuplicate', {
      argument: 'input',
      candidates: candidates.map((c) => c.id),
    });
  }
  const client = tx.create(Client, data);
  await tx.flush();
  return client.id;
}
