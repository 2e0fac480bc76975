import { registerEnumType } from 'type-graphql';

/**
 * Enums that more than one subgraph uses. Registered once, so every subgraph
 * prints the same definition and composition sees one enum.
 */

/** HL7 FHIR Task status, as the closed-loop referral guides use it. */
export enum TaskStatus {
  REQUESTED = 'REQUESTED',
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  ON_HOLD = 'ON_HOLD',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
  ENTERED_IN_ERROR = 'ENTERED_IN_ERROR',
}
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'Workflow state of a referral or handoff (HL7 FHIR Task status).',
});

/** Kadera's care regions in Overijssel. */
export enum Region {
  IJSSELLAND = 'IJSSELLAND',
  TWENTE = 'TWENTE',
  HARDENBERG = 'HARDENBERG',
}
registerEnumType(Region, { name: 'Region', description: 'Care region (IJsselland: Zwolle; Twente: Enschede; Hardenberg).' });

export enum Priority {
  URGENT = 'URGENT',
  ROUTINE = 'ROUTINE',
}
registerEnumType(Priority, { name: 'Priority' });

/** Kind of chain partner; decides which data categories a partner may ever receive. */
export enum PartnerType {
  GGZ = 'GGZ',
  DEBT_ASSISTANCE = 'DEBT_ASSISTANCE',
  HOUSING = 'HOUSING',
  UWV = 'UWV',
  YOUTH_SERVICES = 'YOUTH_SERVICES',
  ADDICTION_CARE = 'ADDICTION_CARE',
  CASA = 'CASA',
}
registerEnumType(PartnerType, { name: 'PartnerType', description: 'Kind of chain partner organisation.' });

/** CBS municipality codes of the region, with the care region each belongs to. */
export const MUNICIPALITIES: Record<string, { name: string; region: Region }> = {
  GM0193: { name: 'Zwolle', region: Region.IJSSELLAND },
  GM0150: { name: 'Deventer', region: Region.IJSSELLAND },
  GM0166: { name: 'Kampen', region: Region.IJSSELLAND },
  GM0153: { name: 'Enschede', region: Region.TWENTE },
  GM0164: { name: 'Hengelo', region: Region.TWENTE },
  GM0141: { name: 'Almelo', region: Region.TWENTE },
  GM0160: { name: 'Hardenberg', region: Region.HARDENBERG },
};

/** Data categories a client consents to share with a partner (DESIGN.md section 5). */
export enum DataCategory {
  IDENTITY = 'IDENTITY',
  HEALTH_SCREENING = 'HEALTH_SCREENING',
  FINANCES = 'FINANCES',
  HOUSING = 'HOUSING',
  INCOME_BENEFITS = 'INCOME_BENEFITS',
  CHILDREN = 'CHILDREN',
}
registerEnumType(DataCategory, {
  name: 'DataCategory',
  description: 'A category of client data that consent can cover.',
});

/** What each kind of partner may receive besides identity (DESIGN.md section 5: minimum data). */
export const PARTNER_TYPE_CATEGORY: Record<PartnerType, DataCategory> = {
  [PartnerType.GGZ]: DataCategory.HEALTH_SCREENING,
  [PartnerType.DEBT_ASSISTANCE]: DataCategory.FINANCES,
  [PartnerType.HOUSING]: DataCategory.HOUSING,
  [PartnerType.UWV]: DataCategory.INCOME_BENEFITS,
  [PartnerType.YOUTH_SERVICES]: DataCategory.CHILDREN,
  [PartnerType.ADDICTION_CARE]: DataCategory.HEALTH_SCREENING,
  [PartnerType.CASA]: DataCategory.HEALTH_SCREENING,
};
