import { GraphQLError } from 'graphql';
import { KADERA, parseCaller, type Caller } from '@hub/common';

/**
 * Development mode only, until JWT authentication lands (issue 4): the caller
 * is whoever the `x-dev-caller` header says (JSON: userId, roles, organisationId,
 * municipalityCode, purpose), or a Kadera staff member when it is absent.
 * Nothing about it is verified; production mode refuses to start.
 */
export const DEV_CALLER_HEADER = 'x-dev-caller';

export const DEFAULT_DEV_CALLER: Caller = {
  userId: 'dev-staff',
  roles: ['staff'],
  organisationId: KADERA.id,
  purpose: 'care',
};

export function developmentCaller(header: string | undefined): Caller {
  if (!header) return DEFAULT_DEV_CALLER;
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    parsed = undefined;
  }
  const caller = parseCaller(parsed);
  if (!caller) {
    throw new GraphQLError(`${DEV_CALLER_HEADER} must be JSON with a userId and known roles`, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return caller;
}
