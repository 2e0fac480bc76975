export { initialPollState, pollChangedHandoffs, type PollState } from './changed-since';
export { AWAITING_OUR_RESPONSE, runGgzFlow, type Decision, type GgzFlowOptions, type GgzFlowReport } from './ggz-flow';
export { createHubClient, type ClientEvent, type GetToken, type HubClient, type HubClientOptions } from './hub-client';
export { ForbiddenError, HandoffConflictError, HubError, PersistedDocumentsError, RateLimitedError, UnauthenticatedError } from './hub-errors';
