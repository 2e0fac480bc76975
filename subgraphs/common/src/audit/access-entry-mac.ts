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
  /** The rest of a NEN 7513 line; entries written before these existed hold the defaults (`NO_EXTRAS`). */
  onBehalfOf: string | null;
  applicationId: string | null;
  sourceAddress: string | null;
  /** The records touched, as `Type:id`. */
  objects: string[];
  /** The consents that allowed a partner's read. */
  consentIds: string[];
  /** A break-glass access (docs/security.md, "Emergency access"). */
  emergency: boolean;
}

/** What an entry holds in the columns added after keyed entries, when it says nothing there. */
export const NO_EXTRAS: Readonly<Pick<EntryContent, 'onBehalfOf' | 'applicationId' | 'sourceAddress' | 'objects' | 'consentIds' | 'emergency'>> = Object.freeze(
  {
    onBehalfOf: null,
    applicationId: null,
    sourceAddress: null,
    objects: [],
    consentIds: [],
    emergency: false,
  },
);

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

function hasExtras(entry: EntryContent): boolean {
  return (
    entry.onBehalfOf !== null ||
    entry.applicationId !== null ||
    entry.sourceAddress !== null ||
    entry.objects.length > 0 ||
    entry.consentIds.length > 0 ||
    entry.emergency
  );
}

/**
 * The entry as one string: a JSON array in a fixed order, so nothing depends
 * on key order; arrays and UUIDs as the database returns them. The columns added
 * after keyed entries (`NO_EXTRAS`) are one more element, present only when an
 * entry holds something there: an entry written before they existed keeps its MAC,
 * and one that held something no longer matches when it is emptied.
 */
export function canonicalEntry(entry: EntryContent): string {
  const extras = hasExtras(entry)
    ? [[entry.onBehalfOf, entry.applicationId, entry.sourceAddress, entry.objects.map(storedElement), entry.consentIds.map(canonicalUuid), entry.emergency]]
    : [];
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
    ...extras,
  ]);
}

/** HMAC-SHA256 of the canonical entry with the access log key (hex); the database never holds the key. */
export function entryMac(key: Buffer, entry: EntryContent): string {
  return createHmac('sha256', key)
    .update(ENTRY_CONTEXT + canonicalEntry(entry), 'utf8')
    .digest('hex');
}
