import { serialize } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ORGANISATION_TIME_ZONE } from '../domain/calendar';
import type { Role } from '../domain/roles';
import type { SubgraphName } from '../config';
import type { RequestContext } from '../server/request-context';

/**
 * The right of access (AVG art. 15, Wabvpz): everything the hub holds on one client, as one JSON document.
 * Each subgraph answers for its own tables (`<subgraph>DataExport(clientId)`); the clients subgraph's
 * `exportClientData` gathers the four parts as peers and is the one way a person's export is made.
 */

/** Who may export: Kadera's staff role only (issue 12: a staff-only mutation). */
export const CLIENT_EXPORT_ROLES: Role[] = ['staff'];

/** The document's format; raise it when a section changes shape. */
export const CLIENT_EXPORT_VERSION = 1;

/** The query each subgraph answers with its part, by subgraph. */
export const clientExportQuery = (name: SubgraphName) => `${name}DataExport`;

/** The GraphQL scalar of a part and of the whole document: a JSON object. */
export const ExportDocument = GraphQLJSONObject;

/**
 * Properties never exported, whatever entity holds them: a BSN (encrypted or as its keyed hash) is masked in
 * every report (issue 12, item 6); the client knows her own BSN, the file need not carry it out of the hub.
 */
const WITHHELD_PROPERTY = /bsn/i;

/** One row as the hub stores it: every property of the entity, relations by id, nothing withheld but the above. */
export function exportRecord(entity: object): Record<string, unknown> {
  // `populate: []`: a related row is its id, even when the request has it loaded; it is exported in its own section.
  return omitWithheld(serialize(entity, { populate: [] }));
}

/** A row without the properties never exported (above). */
export function omitWithheld(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !WITHHELD_PROPERTY.test(key)));
}

/** The export of a client's data is an EXPORT in the access log, whatever the operation's own action. */
export function recordExport(context: RequestContext, clientId: string, field: string): void {
  context.access.record('ALLOWED', clientId, field, 'EXPORT');
}

/** An instant in UTC and as the organisation's clock showed it (Europe/Amsterdam, with its offset). */
export function exportTimestamp(instant: Date): { utc: string; local: string; timeZone: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ORGANISATION_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      fractionalSecondDigits: 3,
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName.replace('GMT', '');
  return {
    utc: instant.toISOString(),
    local: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${parts.fractionalSecond}${offset}`,
    timeZone: ORGANISATION_TIME_ZONE,
  };
}
