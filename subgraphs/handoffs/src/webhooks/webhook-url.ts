import { badInput } from '@hub/common';

/** Longest endpoint URL accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2048;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * An endpoint URL as stored: https, or (development and tests only) http on a loopback
 * address; no user or password in it; at most MAX_WEBHOOK_URL_LENGTH characters.
 */
export function checkWebhookUrl(raw: string, allowLoopbackHttp: boolean): string {
  const refuse = (reason: string) => badInput(`url ${reason}`, { field: 'url' });
  const text = raw.trim();
  if (text.length > MAX_WEBHOOK_URL_LENGTH) throw refuse(`must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse('is not an absolute URL');
  }
  if (url.username || url.password) throw refuse('must not contain a user name or password');
  if (url.hash) throw refuse('must not contain a fragment');
  const loopbackHttp = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(allowLoopbackHttp && loopbackHttp)) throw refuse('must use https');
  return url.toString();
}
