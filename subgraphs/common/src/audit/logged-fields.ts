import { getMetadataStorage } from 'type-graphql';

/**
 * Which GraphQL field a stored property of a client-linked entity is written through, for the access log's
 * write entries (`Client.bsn`, never `Client.bsnIndex`): the log names what callers see in the schema.
 *
 * One declaration per property: a property that is itself a field (type-graphql's `@Field`) maps to that
 * field, under its schema name; a stored-only property declares the field it backs (`@Backs('bsn')`) or that it
 * backs none (`@Internal()`, e.g. a generated search key). A test checks that every property of every
 * client-linked entity is one of those (docs/access-log.md, "Writes").
 */
/** An entity class; only its identity and its prototype chain are used. */
type EntityClass = { readonly prototype: unknown };

const declared = new Map<EntityClass, Map<string, string | null>>();

function declare(target: object, property: string | symbol, field: string | null): void {
  const entity = target.constructor as EntityClass;
  let properties = declared.get(entity);
  if (!properties) declared.set(entity, (properties = new Map<string, string | null>()));
  properties.set(String(property), field);
}

/** This stored property holds (part of) the GraphQL field `field` of the same type. */
export function Backs(field: string): PropertyDecorator {
  return (target, property) => declare(target, property, field);
}

/** This stored property backs no GraphQL field (a key derived for searching, a bookkeeping column): a write to it names no field. */
export function Internal(): PropertyDecorator {
  return (target, property) => declare(target, property, null);
}

/** The classes `entity` is or inherits from. */
function lineage(entity: EntityClass): EntityClass[] {
  const classes: EntityClass[] = [];
  for (let current: unknown = entity; typeof current === 'function' && current !== Function.prototype; current = Object.getPrototypeOf(current)) {
    classes.push(current);
  }
  return classes;
}

/**
 * The GraphQL field a property is written through: its schema name, or null for an internal property, or
 * undefined when nothing declares it (the write subscriber then names the property itself, and the test fails).
 */
export function loggedFieldOf(entity: EntityClass, property: string): string | null | undefined {
  const classes = lineage(entity);
  for (const owner of classes) {
    const field = declared.get(owner)?.get(property);
    if (field !== undefined) return field;
  }
  const metadata = getMetadataStorage().fields.find((f) => f.name === property && classes.some((owner) => owner === f.target));
  return metadata?.schemaName;
}
