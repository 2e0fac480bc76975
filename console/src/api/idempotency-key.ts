import { useCallback, useState } from 'react';

/** A fresh idempotency key for one submission of a form: the hub answers a repeat of it with the first result. */
export const newIdempotencyKey = () => `console-${crypto.randomUUID()}`;

/**
 * The key of a form's submission: the same for every click until the form changes or the hub has answered, so a
 * double click (or a retry after a lost answer) admits, records or accepts nothing twice. `renew` after an answer and
 * whenever the input changes (the hub refuses a key reused with other input).
 */
export function useSubmissionKey() {
  const [key, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return [key, renew] as const;
}
