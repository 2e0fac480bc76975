import { badInput, type KnownClient } from '@hub/common';

export const CLIENT_MUNICIPALITY_DESCRIPTION =
  "The client's municipality (CBS code, e.g. GM0193), which funds the care. Default the client's municipalityCode " +
  'in the clients subgraph; when given it must be that code (BAD_USER_INPUT otherwise).';

/**
 * The municipality a row is attributed to is the client's own, so statistics
 * agree with the clients subgraph: a code given by the caller (its format
 * checked by the input's rule) must match it.
 */
export function municipalityOf(client: KnownClient, given: string | null | undefined): string {
  if (given != null && given !== client.municipalityCode) {
    throw badInput("municipalityCode is not the client's municipality; leave it out to use the client's", {
      argument: 'input',
      field: 'municipalityCode',
    });
  }
  return client.municipalityCode;
}
