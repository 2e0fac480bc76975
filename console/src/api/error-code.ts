import { HubError } from './hub-client';

/** The code of a failed request, for <ErrorNotice>: the hub's own, or UNKNOWN for anything else. */
export const errorCode = (error: unknown) => (error instanceof HubError ? error.code : 'UNKNOWN');
