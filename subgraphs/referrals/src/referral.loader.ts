import { byKey, Region, type RequestContext } from '@hub/common';
import { CareService } from './care-service';
import { ReferralStatusChange } from './referral-status-change.entity';
import { ServiceAvailability } from './service-availability.entity';

/** All history of the referrals asked for in one tick, in one query, oldest step first. */
export function referralHistoryLoader(context: RequestContext) {
  return context.loader<string, ReferralStatusChange[]>('ReferralStatusChange.byReferral', async (ids) => {
    const rows = await context.em.find(ReferralStatusChange, { referral: { $in: [...ids] } }, { orderBy: { changedAt: 'asc', id: 'asc' } });
    const byReferral = new Map<string, ReferralStatusChange[]>();
    for (const row of rows) {
      const id = row.referral.id;
      byReferral.set(id, [...(byReferral.get(id) ?? []), row]);
    }
    return ids.map((id) => byReferral.get(id) ?? []);
  });
}

export interface AvailabilityKey {
  region: Region;
  service: CareService;
}

/** Availability rows for (region, service) pairs; the table is small, so one query over the regions asked for. */
export function serviceAvailabilityLoader(context: RequestContext) {
  return context.loader<string, ServiceAvailability | null>('ServiceAvailability.byRegionService', async (keys) => {
    const pairs = keys.map((key) => JSON.parse(key) as AvailabilityKey);
    const rows = await context.em.find(ServiceAvailability, {
      region: { $in: [...new Set(pairs.map((p) => p.region))] },
      service: { $in: [...new Set(pairs.map((p) => p.service))] },
    });
    return byKey(keys, rows, (row) => availabilityKey(row));
  });
}

export function availabilityKey({ region, service }: AvailabilityKey): string {
  return JSON.stringify({ region, service });
}
