import { badInput, type KnownClient } from '@hub/common';
import { checkMunicipalityCode } from './municipality-code';

/** Checks the format of a given municipality code before the lookup; absent stays absent. */
export function givenMunicipalityCode(value: string | null | undefined): string | null {
  return value == null ? null : checkMunicipalityCode(value);
}

/**
 * The municipality a row is attributed to is the client's own, so statistics
 * agree with the clients subgraph: a code given by the caller must match it.
 */
export function municipalityOf(client: KnownClient, given: string | null): string {
  if (given !== null && given !== client.municipalityCode) {
    throw badInput("municipalityCode is not the client's municipality; leave it out to use the client's", {
      argument: 'input',
      field: 'municipalityCode',
    });
  }
  return client.municipalityCode;
}
