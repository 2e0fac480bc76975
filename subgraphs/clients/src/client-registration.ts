import { badInput, hubError, MUNICIPALITY_CODE } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client, nameKeyOf, tidyName } from './client.entity';
import type { RegisterClientInput } from './client.input';
import { today } from '@hub/common';
import { requiredText as text } from '@hub/common';

export const NAME_LENGTH = { min: 2, max: 200 };
const EARLIEST_BIRTH = '1900-01-01';

export function checkName(name: string, argument = 'input'): string {
  return tidyName(text(name, 'name', NAME_LENGTH.min, NAME_LENGTH.max, argument));
}

export function checkDateOfBirth(date: string, argument = 'input'): string {
  if (date >= today() || date < EARLIEST_BIRTH) {
    throw badInput(`dateOfBirth must be in the past and not before ${EARLIEST_BIRTH}`, { argument, field: 'dateOfBirth' });
  }
  return date;
}

export function checkRegistration(input: RegisterClientInput) {
  if (!MUNICIPALITY_CODE.test(input.municipalityCode)) {
    throw badInput('municipalityCode must be a CBS code like GM0193', { argument: 'input', field: 'municipalityCode' });
  }
  return {
    name: checkName(input.name),
    dateOfBirth: checkDateOfBirth(input.dateOfBirth),
    municipalityCode: input.municipalityCode,
    confidentialAddress: text(input.confidentialAddress, 'confidentialAddress', 5, 500),
    riskLevel: input.riskLevel,
    formsOfAbuse: [...new Set(input.formsOfAbuse ?? [])],
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
export async function registerClient(tx: EntityManager, data: ReturnType<typeof checkRegistration>, confirmed: boolean): Promise<string> {
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
