import { createHash } from 'node:crypto';

/** A trusted document's key: the sha256 of its text, 64 lowercase hex digits. */
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The prefix of a document id in a request (`{"documentId": "sha256:<hex>"}`) and in a codegen manifest's keys. */
export const DOCUMENT_ID_PREFIX = 'sha256:';

/** sha256 of a document's text (UTF-8), hex: the key it is registered and asked for under. */
export function documentHashOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The hash a document id or manifest key names: `sha256:<hex>` or bare `<hex>`, hex in either case.
 * Undefined for anything else (another algorithm, a wrong length, not a string).
 */
export function parseDocumentHash(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const hex = (raw.startsWith(DOCUMENT_ID_PREFIX) ? raw.slice(DOCUMENT_ID_PREFIX.length) : raw).toLowerCase();
  return SHA256_HEX.test(hex) ? hex : undefined;
}

/** The id a client sends for a registered document. */
export const documentIdOf = (hash: string) => `${DOCUMENT_ID_PREFIX}${hash}`;
