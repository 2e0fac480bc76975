import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * The one form of a removal date in a `@deprecated(reason:)`: the reason ends with
 * `Removal after YYYY-MM-DD.` (a UTC day), e.g. `Use statusReason. Removal after 2027-06-01.`
 * The supergraph's test requires it on every deprecation and the contracts' breaking-change check
 * (contract-breaks.ts) reads it: an element deprecated with a date that has passed may go.
 */
const REMOVAL_DATE = /(?:^|\s)Removal after (\d{4}-\d{2}-\d{2})\.$/;

/** The example the messages give. */
const REMOVAL_DATE_FORM = 'Removal after YYYY-MM-DD.';

/** The removal date a deprecation reason names (`YYYY-MM-DD`), or undefined when it names none or no real day. */
export function removalDateOf(reason: string | null | undefined): string | undefined {
  const day = reason?.trim().match(REMOVAL_DATE)?.[1];
  if (!day) return undefined;
  const parsed = new Date(`${day}T00:00:00Z`);
  // 2027-02-30 matches the pattern but is no day: Date rolls it over, so compare back.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : undefined;
}

/** Today as the UTC day the removal dates are compared with. */
export const utcToday = (now = new Date()) => now.toISOString().slice(0, 10);

/** Whether an element deprecated with `reason` may be removed on `today` (a UTC day): its removal date has passed. */
export function removalDue(reason: string | null | undefined, today: string): boolean {
  const date = removalDateOf(reason);
  return date !== undefined && today > date;
}

export interface Deprecation {
  /** Schema coordinate: `Type.field`, `Type.field(argument:)`, `Input.field` or `Enum.VALUE`. */
  coordinate: string;
  reason: string;
}

/** Every deprecated field, argument, input field and enum value of a schema's own (not introspection's) types. */
export function deprecationsOf(schema: GraphQLSchema): Deprecation[] {
  const found: Deprecation[] = [];
  const add = (coordinate: string, reason: string | null | undefined) => {
    if (reason !== null && reason !== undefined) found.push({ coordinate, reason });
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.deprecationReason);
        for (const arg of field.args) add(`${type.name}.${field.name}(${arg.name}:)`, arg.deprecationReason);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, field.deprecationReason);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) add(`${type.name}.${value.name}`, value.deprecationReason);
    }
  }
  return found;
}

/** The deprecations whose reason does not end with a removal date in the one form: each one a line to fix. */
export function deprecationsWithoutRemovalDate(schema: GraphQLSchema): string[] {
  return deprecationsOf(schema)
    .filter((deprecation) => removalDateOf(deprecation.reason) === undefined)
    .map((deprecation) => `${deprecation.coordinate}: "${deprecation.reason}" does not end with "${REMOVAL_DATE_FORM}"`);
}
