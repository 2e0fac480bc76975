import { hubError, Region } from '@hub/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CareService, DEFAULT_INTAKE_CONTACT, REGION_NAMES, SERVICE_NAMES } from './care-service';
import { ServiceAvailability } from './service-availability.entity';

/**
 * Refuses a referral during an intake stop. Read in the submitting transaction
 * with a share lock, so staff cannot close the intake between check and insert.
 * A region/service without a row has no recorded stop.
 */
export async function requireIntakeOpen(em: EntityManager, region: Region, service: CareService | null): Promise<void> {
  if (!service) return;
  const availability = await em.findOne(ServiceAvailability, { region, service }, { lockMode: LockMode.PESSIMISTIC_READ, refresh: true });
  if (!availability || availability.acceptingNewClients) return;
  const contact = availability.contact ?? DEFAULT_INTAKE_CONTACT;
  throw hubError(
    'INTAKE_CLOSED',
    `Kadera ${REGION_NAMES[region]} accepts no new clients for ${SERVICE_NAMES[service]} at the moment (intake stop). Please call ${contact} to discuss other options.`,
    { region, service, contact },
  );
}
