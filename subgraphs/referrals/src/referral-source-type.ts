import { registerEnumType } from 'type-graphql';

/** Who referred: the kind of professional, so municipalities see where referrals come from. */
export enum ReferralSourceType {
  GP = 'GP',
  POLICE = 'POLICE',
  VEILIG_THUIS = 'VEILIG_THUIS',
  SCHOOL = 'SCHOOL',
  OTHER_PROFESSIONAL = 'OTHER_PROFESSIONAL',
}
registerEnumType(ReferralSourceType, {
  name: 'ReferralSourceType',
  description: 'The kind of referring professional: GP (huisarts), POLICE, VEILIG_THUIS, SCHOOL, or OTHER_PROFESSIONAL.',
});
