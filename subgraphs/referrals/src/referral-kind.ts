import { registerEnumType } from 'type-graphql';

export enum ReferralKind {
  AMBULATORY = 'AMBULATORY',
  SHELTER = 'SHELTER',
  CONSULTATION = 'CONSULTATION',
}
registerEnumType(ReferralKind, {
  name: 'ReferralKind',
  description: 'AMBULATORY: outpatient guidance; SHELTER: a shelter place; CONSULTATION: a professional asking for advice anonymously, without client data.',
});
