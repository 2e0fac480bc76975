import { Region } from '@hub/common';
import { registerEnumType } from 'type-graphql';

export enum CareService {
  AMBULATORY_WMO = 'AMBULATORY_WMO',
  AMBULATORY_YOUTH = 'AMBULATORY_YOUTH',
  SHELTER = 'SHELTER',
  AFTERCARE = 'AFTERCARE',
}
registerEnumType(CareService, {
  name: 'CareService',
  description: 'A service whose intake is tracked per region; WMO: Social Support Act, YOUTH: Jeugdwet.',
});

/** Region names as people write them, for messages. */
export const REGION_NAMES: Record<Region, string> = {
  [Region.IJSSELLAND]: 'IJsselland',
  [Region.TWENTE]: 'Twente',
  [Region.HARDENBERG]: 'Hardenberg',
};

export const SERVICE_NAMES: Record<CareService, string> = {
  [CareService.AMBULATORY_WMO]: 'ambulatory (outpatient) guidance, WMO',
  [CareService.AMBULATORY_YOUTH]: 'ambulatory (outpatient) guidance, youth',
  [CareService.SHELTER]: 'shelter',
  [CareService.AFTERCARE]: 'aftercare',
};

/** Who to call when an intake is closed and the row names nobody. */
export const DEFAULT_INTAKE_CONTACT = 'Team Toegang en Trajecten, 088 - 00 00 000 (demo number)';
