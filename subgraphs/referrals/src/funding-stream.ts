import { registerEnumType } from 'type-graphql';
import { ReferralKind } from './referral-kind';
import { CareService } from './care-service';

export enum FundingStream {
  WMO = 'WMO',
  JEUGDWET = 'JEUGDWET',
  WLZ = 'WLZ',
}
registerEnumType(FundingStream, {
  name: 'FundingStream',
  description: 'Who pays: WMO (Social Support Act), JEUGDWET (Youth Act), WLZ (Long-term Care Act).',
});

/** The service whose intake a referral needs; a consultation needs none. */
export function careServiceFor(kind: ReferralKind, fundingStream: FundingStream): CareService | null {
  if (kind === ReferralKind.SHELTER) return CareService.SHELTER;
  if (kind === ReferralKind.AMBULATORY) {
    return fundingStream === FundingStream.JEUGDWET ? CareService.AMBULATORY_YOUTH : CareService.AMBULATORY_WMO;
  }
  return null;
}
