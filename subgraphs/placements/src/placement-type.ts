import { registerEnumType } from 'type-graphql';

/** Kadera's seven kinds of shelter place; capacity is counted per type. */
export enum PlacementType {
  CRISIS_RELIEF = 'CRISIS_RELIEF',
  INTENSIVE_CARE = 'INTENSIVE_CARE',
  SAFE_HOUSE = 'SAFE_HOUSE',
  SHELTERED_ACCOMMODATION = 'SHELTERED_ACCOMMODATION',
  SHELTERED_ACCOMMODATION_YOUNG_MOTHERS = 'SHELTERED_ACCOMMODATION_YOUNG_MOTHERS',
  SUPPORTED_LIVING_MEN = 'SUPPORTED_LIVING_MEN',
  HUMAN_TRAFFICKING_VICTIMS = 'HUMAN_TRAFFICKING_VICTIMS',
}
registerEnumType(PlacementType, {
  name: 'PlacementType',
  description:
    'Kind of shelter place: crisis relief, intensive care, safe house (secret location), sheltered accommodation ' +
    '(also for young mothers), supported living for men, shelter for victims of human trafficking.',
});
