import { registerEnumType } from 'type-graphql';

/**
 * A form of abuse as the referrer reports it. The same values as the clients
 * subgraph's FormOfAbuse, kept apart because a referral's report is not the
 * client's assessed file and the enums may drift apart.
 */
export enum ReportedFormOfAbuse {
  PARTNER_ABUSE = 'PARTNER_ABUSE',
  CHILD_ABUSE = 'CHILD_ABUSE',
  ELDER_ABUSE = 'ELDER_ABUSE',
  SEXUAL_ABUSE = 'SEXUAL_ABUSE',
  HONOUR_BASED_VIOLENCE = 'HONOUR_BASED_VIOLENCE',
  FAMILY_VIOLENCE = 'FAMILY_VIOLENCE',
  HUMAN_TRAFFICKING = 'HUMAN_TRAFFICKING',
}
registerEnumType(ReportedFormOfAbuse, {
  name: 'ReportedFormOfAbuse',
  description: 'A form of abuse as the referrer reported it; HUMAN_TRAFFICKING includes Romeo pimping.',
});
