import type { ApolloServerPlugin } from '@apollo/server';
import { hubError, sideOf, Side } from '@hub/common';
import type { GatewayContext } from '../gateway-server';

/**
 * Fails closed until field-level access control exists (issue 4): only
 * Kadera's own roles (staff, intake, shelter) may run operations through the
 * gateway. Partners, referrers, municipalities and auditors are authenticated
 * but refused, so no field can reach a caller no rule was written for.
 */
export function kaderaOnlyPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (sideOf(contextValue.caller) !== Side.KADERA) {
            throw hubError('FORBIDDEN', 'this role has no access through the hub yet; field-level access is being built', {
              http: { status: 403 },
            });
          }
        },
      };
    },
  };
}
