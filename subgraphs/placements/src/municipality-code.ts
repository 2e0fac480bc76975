import { badInput, MUNICIPALITY_CODE } from '@hub/common';

/** SQL check shared by every table that attributes a row to the client's municipality (CBS code). */
export const municipalityCodeCheck = (column: string) => `${column} ~ '^GM[0-9]{4}$'`;

/** The client's municipality, the one that funds the care: statistics are attributed to it. */
export function checkMunicipalityCode(value: string): string {
  if (typeof value !== 'string' || !MUNICIPALITY_CODE.test(value)) {
    throw badInput('municipalityCode must be a CBS code like GM0193', { argument: 'input', field: 'municipalityCode' });
  }
  return value;
}
