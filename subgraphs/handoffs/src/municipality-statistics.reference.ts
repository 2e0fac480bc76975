import { statisticsArea } from '@hub/common';
import type { MunicipalityStatistics } from './municipality-statistics';

/** `_entities` for MunicipalityStatistics: checks the area; who may read it is each field's policy. */
export const municipalityStatisticsReference = {
  MunicipalityStatistics: {
    __resolveReference: (reference: { municipalityCode: string; year: number }): MunicipalityStatistics => {
      const area = statisticsArea(reference.municipalityCode, reference.year);
      return { municipalityCode: reference.municipalityCode, year: area.year };
    },
  },
};
