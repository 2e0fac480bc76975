import type { EntityManager } from '@mikro-orm/postgresql';
import { Access, EMERGENCY_ACCESS_ROLES, EMERGENCY_CONTACTS_MAX, ListSize, LocalDate } from '@hub/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Child } from './child.entity';
import { ContactDetails, contactDetailsOf } from './client-contact';
import { Client, RiskLevel } from './client.entity';
import { SafetyPlan } from './safety-plan.entity';

@ObjectType({ description: 'Someone to call for the client in an emergency (from her safety plan).' })
export class EmergencyCallContact {
  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => String)
  name!: string;

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => String)
  relation!: string;

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => String)
  phone!: string;
}

/**
 * What an emergency needs of a client, and no more (docs/security.md, "Emergency access"): who she is, where she
 * is, how she may safely be reached and how never, how acute the danger is, how many children are with her, and
 * the safety plan's threats, agreements and people to call. Not the code word (whoever acts on a call in a crisis is
 * staff or shelter, who read the plan anyway; it is the plan's most sensitive field), not the care summaries, the
 * consents, the BSN or the histories.
 */
@ObjectType({ description: "A client's file as an emergency needs it, shown only to someone who opened it in an emergency (openClientInEmergency)." })
export class EmergencyClientView {
  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => ID)
  clientId!: string;

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => String)
  name!: string;

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => LocalDate, { description: 'To be sure it is the right person.' })
  dateOfBirth!: string;

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => String, { description: 'Where the client actually lives. Strictly confidential: a leak can cost a life.' })
  confidentialAddress!: string;

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => ContactDetails, { description: 'How the client may safely be reached, and which channels never to use.' })
  contactDetails!: ContactDetails;

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => Int, { description: 'How many children Kadera has recorded for her.' })
  childrenCount!: number;

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => [String], { description: "The safety plan's threats; empty when there is no plan." })
  safetyRisks!: string[];

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => [String], { description: "The safety plan's agreements; empty when there is no plan." })
  safetyAgreements!: string[];

  @Access(...EMERGENCY_ACCESS_ROLES)
  @ListSize(EMERGENCY_CONTACTS_MAX)
  @Field(() => [EmergencyCallContact], { description: "The safety plan's emergency contacts; empty when there is no plan." })
  emergencyContacts!: EmergencyCallContact[];
}

/** The emergency view of one client; null when there is no such client. */
export async function emergencyClientView(em: EntityManager, clientId: string): Promise<EmergencyClientView | null> {
  const client = await em.findOne(Client, { id: clientId });
  if (!client) return null;
  const [plan, childrenCount] = await Promise.all([em.findOne(SafetyPlan, { client: clientId }), em.count(Child, { client: clientId })]);
  return Object.assign(new EmergencyClientView(), {
    clientId: client.id,
    name: client.name,
    dateOfBirth: client.dateOfBirth,
    confidentialAddress: client.confidentialAddress,
    riskLevel: client.riskLevel,
    contactDetails: contactDetailsOf(client),
    childrenCount,
    safetyRisks: plan?.risks ?? [],
    safetyAgreements: plan?.agreements ?? [],
    emergencyContacts: (plan?.emergencyContacts ?? []).map(({ name, relation, phone }) => Object.assign(new EmergencyCallContact(), { name, relation, phone })),
  });
}
