import { registerEnumType } from 'type-graphql';

/**
 * Enums that more than one subgraph uses. Registered once, so every subgraph
 * prints the same definition and composition sees one enum.
 */

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

// PartnerType and DataCategory live with the partner table (partners.ts).
