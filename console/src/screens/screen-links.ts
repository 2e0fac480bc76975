/**
 * Links between screens, in the page's fragment (`#client-file/<id>`): any screen can open another one on a record with
 * a plain link, and nothing about the record leaves the browser (the fragment is never sent to the hub). The console
 * opens the screen named by the fragment when it is offered to the caller (app.tsx).
 */
export interface ScreenLink {
  screenId: string;
  /** The record the screen opens on, if any (an id: nothing about a client but its id is ever in a link). */
  recordId?: string;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** The fragment that opens `screenId` (on `recordId`). */
export function screenHref(screenId: string, recordId?: string): string {
  if (!ID.test(screenId) || (recordId !== undefined && !ID.test(recordId))) throw new Error('a screen link takes ids only');
  return recordId === undefined ? `#${screenId}` : `#${screenId}/${recordId}`;
}

/** What a fragment asks to open; undefined for anything that is not a screen link. */
export function parseScreenHref(hash: string): ScreenLink | undefined {
  const [screenId, recordId, ...rest] = hash.replace(/^#/, '').split('/');
  if (rest.length > 0 || !screenId || !ID.test(screenId)) return undefined;
  if (recordId === undefined) return { screenId };
  return ID.test(recordId) ? { screenId, recordId } : undefined;
}

/** The id of the client file screen in the registry. */
export const CLIENT_FILE_SCREEN = 'client-file';

/** A link that opens one client's file, for any screen that names a client: `<a href={clientFileHref(id)}>`. */
export const clientFileHref = (clientId: string) => screenHref(CLIENT_FILE_SCREEN, clientId);
