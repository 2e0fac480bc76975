import { localDateTime, ORGANISATION_TIME_ZONE } from '@hub/common';
import { stringify } from 'csv-stringify/sync';
import type { ReportEntry } from './access-report.sql';

/** The CSV's columns, in order: header and value of an entry. */
const CSV_COLUMNS: ReadonlyArray<[string, (entry: ReportEntry) => string]> = [
  ['seq', (e) => String(e.seq)],
  ['event_id', (e) => e.eventId],
  ['occurred_at_utc', (e) => e.occurredAt.toISOString()],
  [`occurred_at_${ORGANISATION_TIME_ZONE.replace('/', '_').toLowerCase()}`, (e) => localDateTime(e.occurredAt)],
  ['action', (e) => e.action],
  ['outcome', (e) => e.outcome],
  ['user_id', (e) => e.userId],
  ['organisation_id', (e) => e.organisationId ?? ''],
  ['roles', (e) => e.roles.join(' ')],
  ['purpose', (e) => e.purpose ?? ''],
  ['client_ids', (e) => e.clientIds.join(' ')],
  ['fields', (e) => e.fields.join(' ')],
  ['source_service', (e) => e.sourceService],
  ['request_id', (e) => e.requestId ?? ''],
  ['on_behalf_of', (e) => e.onBehalfOf ?? ''],
  ['application_id', (e) => e.applicationId ?? ''],
  ['source_address', (e) => e.sourceAddress ?? ''],
  ['objects', (e) => e.objects.join(' ')],
  ['consent_ids', (e) => e.consentIds.join(' ')],
  ['emergency', (e) => (e.emergency ? 'yes' : 'no')],
];

/** A cell a spreadsheet would run as a formula (OWASP "CSV injection"): it starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell no spreadsheet runs: one starting like a formula gets a leading apostrophe (shown as text, not evaluated). */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The entries as CSV (RFC 4180, a header row, CRLF line ends), every cell safe to open in a spreadsheet. */
export function accessLogCsv(entries: readonly ReportEntry[]): string {
  const rows = entries.map((entry) => CSV_COLUMNS.map(([, value]) => neutraliseFormula(value(entry))));
  return stringify([CSV_COLUMNS.map(([header]) => header), ...rows], { record_delimiter: 'windows', quoted_match: /[",\r\n']/ });
}
