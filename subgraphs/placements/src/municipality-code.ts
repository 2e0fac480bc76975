import { badInput, MUNICIPALITY_CODE } from '@hub/common';

/** The client's municipality, the one that funds the care: statistics are attributed to it. */
export function checkMunicipalityCode(value: string): string {
  if (typeof value !== 'string' || !MUNICIPALITY_CODE.test(value)) {
    throw badInput('municipalityCode must be a CBS code like GM0193', { argument: 'input', field: 'municipalityCode' });
  }
  return value;
}
