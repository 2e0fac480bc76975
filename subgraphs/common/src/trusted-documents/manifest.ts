import { badInput } from '../errors';
import { documentHashOf, parseDocumentHash } from './document-hash';

/** One document of a manifest, its hash checked against its text. */
export interface ManifestDocument {
  hash: string;
  body: string;
}

/** Most documents one manifest may register; a client application has tens. */
export const MAX_MANIFEST_DOCUMENTS = 1_000;
/** Longest document text, in characters: far above any operation a role's token limit lets run. */
export const MAX_DOCUMENT_LENGTH = 100_000;

/** Why a manifest is refused, as `extensions.reason` (stable, for scripts). */
export type ManifestRefusal = 'MANIFEST_MALFORMED' | 'DOCUMENT_ID_MALFORMED' | 'DOCUMENT_HASH_MISMATCH';

const refused = (reason: ManifestRefusal, message: string, extra: Record<string, unknown> = {}) => badInput(message, { reason, ...extra });

/**
 * A persisted-documents manifest as `@graphql-codegen/client-preset` writes it with `persistedDocuments: true`:
 * a JSON object `{ "<hash>": "<document text>" }`, the hash bare hex or `sha256:<hex>` (the preset's
 * `hashAlgorithm: 'sha256'`). Every key must be the sha256 of its text. Throws BAD_USER_INPUT with a `reason`
 * naming the first fault; the same document under both spellings of its hash counts once.
 */
export function parseManifest(value: unknown): ManifestDocument[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw refused('MANIFEST_MALFORMED', 'the manifest must be a JSON object of document hashes to document texts');
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) throw refused('MANIFEST_MALFORMED', 'the manifest holds no documents');
  if (entries.length > MAX_MANIFEST_DOCUMENTS) throw refused('MANIFEST_MALFORMED', `the manifest holds more than ${MAX_MANIFEST_DOCUMENTS} documents`);
  const documents = new Map<string, string>();
  for (const [key, body] of entries) {
    const hash = parseDocumentHash(key);
    // The key is a hash or not: it is safe to show, and shown only when it is one.
    if (!hash)
      throw refused('DOCUMENT_ID_MALFORMED', 'a manifest key is not a sha256 hash (64 hex digits, optionally prefixed "sha256:"); use hashAlgorithm "sha256"');
    if (typeof body !== 'string' || body.trim() === '') throw refused('MANIFEST_MALFORMED', `document ${hash} has no text`, { documentId: hash });
    if (body.length > MAX_DOCUMENT_LENGTH)
      throw refused('MANIFEST_MALFORMED', `document ${hash} is longer than ${MAX_DOCUMENT_LENGTH} characters`, { documentId: hash });
    if (documentHashOf(body) !== hash) {
      throw refused('DOCUMENT_HASH_MISMATCH', `document ${hash}: the hash is not the sha256 of its text`, { documentId: hash });
    }
    documents.set(hash, body);
  }
  return [...documents].map(([hash, body]) => ({ hash, body }));
}

/** parseManifest of a manifest's JSON text (a file, a mutation argument). */
export function parseManifestText(text: string): ManifestDocument[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refused('MANIFEST_MALFORMED', 'the manifest is not valid JSON');
  }
  return parseManifest(value);
}
