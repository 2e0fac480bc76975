import { Kind, visit, type DocumentNode } from 'graphql';

/**
 * Strings PostgreSQL cannot store (a NUL character) or that were never text
 * (invalid UTF-8) are the caller's mistake: refused once for every request,
 * as BAD_USER_INPUT, before any resolver or database sees them.
 */
export const NUL_MESSAGE = 'strings must not contain the NUL character (U+0000)';
export const INVALID_UTF8_MESSAGE = 'the request body is not valid UTF-8';

/** Whether any string (key or value) in a parsed JSON value holds U+0000. Iterative: bodies nest deeply. */
export function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (Array.isArray(item)) {
      for (const element of item) pending.push(element);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, element] of Object.entries(item)) {
        if (key.includes('\u0000')) return true;
        pending.push(element);
      }
    }
  }
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes (a leading BOM dropped), or undefined when they are not valid UTF-8: one pass checks and decodes. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Documents already looked at. Apollo Server's document store hands every
 * request with the same text the same parsed document, which nothing changes:
 * it is walked once, not per request.
 */
const nulInDocument = new WeakMap<DocumentNode, boolean>();

/** A NUL written as an escape inside a GraphQL string literal (`"a\u0000b"`) is one too. */
export function documentContainsNul(document: DocumentNode): boolean {
  let found = nulInDocument.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  nulInDocument.set(document, found);
  return found;
}
