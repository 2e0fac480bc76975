import { createHmac } from 'node:crypto';

/** What an access log entry says: everything the application writes, nothing the database assigns (seq, txid). */
export interface EntryContent {
  eventId: string;
  occurredAt: Date;
  action: string;
  outcome: string;
  clientIds: string[];
  userId: string;
  organisationId: string | null;
  roles: string[];
  purpose: string | null;
  fields: string[];
  sourceService: string;
  requestId: string | null;
}

const ENTRY_CONTEXT = 'kadera-hub access log entry v1\n';

/** A UUID as PostgreSQL prints it (lower case, hyphenated), so the MAC of what is written equals the MAC of what is read back. */
export function canonicalUuid(value: string): string {
  const hex = value.toLowerCase().replace(/[^0-9a-f]/g, '');
  if (hex.length !== 32) return value.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An array element as stored: ids, roles and field names, never free text; quotes and backslashes are dropped. */
export function storedElement(value: string): string {
  return value.replace(/["\\]/g, '');
}

/**
 * The entry as one string: a JSON array in a fixed order, so nothing depends
 * on key order; arrays and UUIDs as the database returns them.
 */
export function canonicalEntry(entry: EntryContent): string {
  return JSON.stringify([
    canonicalUuid(entry.eventId),
    entry.occurredAt.toISOString(),
    entry.action,
    entry.outcome,
    entry.clientIds.map(canonicalUuid),
    entry.userId,
    entry.organisationId,
    entry.roles.map(storedElement),
    entry.purpose,
    entry.fields.map(storedElement),
    entry.sourceService,
    entry.requestId,
  ]);
}

/** HMAC-SHA256 of the canonical entry with the access log key (hex); the database never holds the key. */
export function entryMac(key: Buffer, entry: EntryContent): string {
  return createHmac('sha256', key)
    .update(ENTRY_CONTEXT + canonicalEntry(entry), 'utf8')
    .digest('hex');
}
