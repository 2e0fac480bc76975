import { HubError } from './hub-client';

/** A failed request as the hub's refusal: its own, or UNKNOWN for anything else. */
export const asHubError = (failure: unknown) => (failure instanceof HubError ? failure : new HubError('UNKNOWN'));

/** The code of a failed request, for <ErrorNotice>: the hub's own, or UNKNOWN for anything else. */
export const errorCode = (error: unknown) => asHubError(error).code;
