/**
 * Enums that more than one subgraph uses. Registered with type-graphql once, in
 * graphql-enums.ts, so every subgraph prints the same definition and
 * composition sees one enum; this module loads no type-graphql (the gateway uses it).
 */

/** Kadera's care regions in Overijssel. */
export enum Region {
  IJSSELLAND = 'IJSSELLAND',
  TWENTE = 'TWENTE',
  HARDENBERG = 'HARDENBERG',
}

export enum Priority {
  URGENT = 'URGENT',
  ROUTINE = 'ROUTINE',
}

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
