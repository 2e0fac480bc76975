import { DEFAULT_DATABASE_LIMITS, isUuid, type DatabaseLimits, type HubMetrics, type Logger, type PartnerType } from '@hub/common/light';
import { cachedLookup } from './cached-lookup';
import { hubPool } from './hub-pool';

/** What the gateway needs of a partner organisation: its type, and whether staff have deactivated it. */
export interface PartnerStanding {
  partnerType: PartnerType;
  active: boolean;
}

/** An organisation's standing, or null when no partner organisation has that id. */
export type PartnerTypeLookup = (organisationId: string) => Promise<PartnerStanding | null>;

/**
 * A deactivation (or a reclassification) reaches the gateway within a minute: the longest a deactivated organisation's
 * tokens still work. Unknown ids for 30 s: a flood of made-up ids costs one query each per 30 s, a new partner waits at most that long.
 */
const CACHING = { foundTtlMs: 60_000, unknownTtlMs: 30_000, max: 10_000 };

/** Caches `lookup` (cached-lookup.ts); ids are compared in lower case. `clock` (milliseconds) is for tests. */
export const cachedPartnerTypes = (lookup: PartnerTypeLookup, clock?: { now(): number }): PartnerTypeLookup =>
  cachedLookup(lookup, CACHING, { normalise: (id) => id.toLowerCase(), clock });

/**
 * Reads an organisation's partner type from the handoffs subgraph's table,
 * read-only (two columns by primary key), on the hub database the gateway already holds a pool on for the
 * access log. An exception to "subgraphs own their tables", written down in
 * docs/security.md ("Partner roles and organisations"): asking the handoffs
 * subgraph instead would mean the gateway minting itself a privileged caller
 * and a by-id query in the public supergraph, a wider door than two columns
 * read by primary key. The handoffs subgraph stays the only writer.
 */
export function createPartnerTypeLookup(
  databaseUrl: string,
  logger: Logger,
  limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS,
  metrics?: HubMetrics,
): { lookup: PartnerTypeLookup; close: () => Promise<void> } {
  const pool = hubPool(databaseUrl, logger, 'partner organisation lookup', limits, metrics && { registry: metrics, pool: 'partner_organisations' });
  const lookup: PartnerTypeLookup = async (organisationId) => {
    // Ids are UUIDs: anything else names no organisation and need not reach the database.
    if (!isUuid(organisationId)) return null;
    const { rows } = await pool.query<{ partner_type: PartnerType; active: boolean }>(
      'select partner_type, active from handoffs.partner_organisation where id = $1',
      [organisationId.toLowerCase()],
    );
    return rows[0] ? { partnerType: rows[0].partner_type, active: rows[0].active } : null;
  };
  return { lookup: cachedPartnerTypes(lookup), close: () => pool.end() };
}
