import { statisticsArea } from '@hub/common';
import { MunicipalityStatistics } from './municipality-statistics';

/**
 * `_entities` for MunicipalityStatistics: the key is the whole entity. A bad
 * code or year is BAD_USER_INPUT here; who may read it is each field's policy.
 * Async, so a bad representation fails only its own item, not the whole batch.
 */
export const municipalityStatisticsReference = {
  MunicipalityStatistics: {
    __resolveReference: async (reference: { municipalityCode: string; year: number }) => {
      statisticsArea(reference.municipalityCode, reference.year);
      return Object.assign(new MunicipalityStatistics(), { municipalityCode: reference.municipalityCode, year: reference.year });
    },
  },
};
