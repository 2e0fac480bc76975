import { registerEnumType } from 'type-graphql';
import { Priority, Region } from './enums';
import { DataCategory, PARTNERS, PartnerType } from './partners';

/**
 * The shared enums, registered once with type-graphql (the index loads this before any subgraph builds
 * its schema). Their values live in enums.ts and partners.ts, which load no type-graphql (the gateway uses them).
 */
registerEnumType(Region, { name: 'Region', description: 'Care region (IJsselland: Zwolle; Twente: Enschede; Hardenberg).' });
registerEnumType(Priority, { name: 'Priority' });
registerEnumType(DataCategory, {
  name: 'DataCategory',
  description: 'A category of client data that consent can cover.',
});
registerEnumType(PartnerType, {
  name: 'PartnerType',
  description: 'Kind of chain partner organisation.',
  valuesConfig: Object.fromEntries(PARTNERS.map((row) => [row.partnerType, { description: row.label }])),
});
