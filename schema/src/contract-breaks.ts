import fs from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { CONTRACTS_DIR } from '@hub/gateway';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { removalDue } from './deprecation';

const namedTypeName = (type: GraphQLType): string => getNamedType(type).name;

/** The contracts as last released to partners: what the breaking-change check compares today's with (`npm run schema:release`). */
export const RELEASED_CONTRACTS_DIR = path.join(CONTRACTS_DIR, 'released');

export interface ContractBreak {
  /** The inspector's path of what changed: `Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`. */
  coordinate: string;
  /** What changed, in graphql-inspector's words. */
  change: string;
}

/** What a released element's deprecation says, by the inspector's path (directive segments such as `@deprecated` dropped). */
function deprecationAt(schema: GraphQLSchema, segments: readonly string[]): string | null | undefined {
  const [typeName, member, argument] = segments;
  const type = schema.getType(typeName);
  if (!type || member === undefined) return undefined;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason;
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return undefined;
  const field = type.getFields()[member];
  if (!field) return undefined;
  if (argument === undefined) return field.deprecationReason;
  return 'args' in field ? field.args.find((arg) => arg.name === argument)?.deprecationReason : undefined;
}

/** Something in a schema that leads to a type: a field, argument or input field of `owner` (with its deprecation), or `owner` holding it as a union member or interface. */
interface TypeReference {
  owner: string;
  reason?: string | null;
}

function referencesOf(schema: GraphQLSchema, type: GraphQLNamedType): TypeReference[] {
  const references: TypeReference[] = [];
  for (const owner of Object.values(schema.getTypeMap())) {
    if (owner.name.startsWith('__')) continue;
    const add = (reason?: string | null) => references.push({ owner: owner.name, reason });
    if (isUnionType(owner) && owner.getTypes().some((member) => member.name === type.name)) add();
    if (isObjectType(owner) && owner.getInterfaces().some((face) => face.name === type.name)) add();
    if (isInputObjectType(owner)) {
      for (const field of Object.values(owner.getFields())) if (namedTypeName(field.type) === type.name) add(field.deprecationReason);
    }
    if (!isObjectType(owner) && !isInterfaceType(owner)) continue;
    for (const field of Object.values(owner.getFields())) {
      if (namedTypeName(field.type) === type.name) add(field.deprecationReason);
      for (const arg of field.args) if (namedTypeName(arg.type) === type.name) add(arg.deprecationReason ?? field.deprecationReason);
    }
  }
  return references;
}

/**
 * Whether a type gone from `current` may go: everything in the released schema that led to it was deprecated with a
 * removal date before `today`, or belongs to a type that is gone and may go itself (a type reached only through a
 * removed type). A root type never may.
 */
function typeRemovable(released: GraphQLSchema, current: GraphQLSchema, name: string, today: string, visiting = new Set<string>()): boolean {
  const type = released.getType(name);
  if (!type || type === released.getQueryType() || type === released.getMutationType() || visiting.has(name)) return false;
  visiting.add(name);
  const references = referencesOf(released, type);
  return (
    references.length > 0 &&
    references.every(
      (reference) =>
        removalDue(reference.reason, today) ||
        (reference.owner !== name && !current.getType(reference.owner) && typeRemovable(released, current, reference.owner, today, visiting)),
    )
  );
}

/**
 * Whether a breaking change at `changePath` is allowed: what it removes or changes (or the field it belongs to) was
 * deprecated in the released schema with a removal date before `today`; for a type, typeRemovable.
 */
function deprecationDue(released: GraphQLSchema, current: GraphQLSchema, changePath: string, today: string): boolean {
  const segments = changePath.split('.').filter((segment) => segment && !segment.startsWith('@'));
  for (let length = segments.length; length >= 2; length -= 1) {
    if (removalDue(deprecationAt(released, segments.slice(0, length)), today)) return true;
  }
  return segments.length === 1 && !current.getType(segments[0]) && typeRemovable(released, current, segments[0], today);
}

/**
 * The breaking changes (graphql-inspector's `diff`, BREAKING only) from the released contract to the current one that
 * no due deprecation allows. Non-breaking and dangerous changes (an added type, field, optional argument or enum value)
 * pass.
 */
export async function contractBreaks(released: GraphQLSchema, current: GraphQLSchema, today: string): Promise<ContractBreak[]> {
  const changes: Change[] = await diff(released, current);
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .filter((change) => !change.path || !deprecationDue(released, current, change.path, today))
    .map((change) => ({ coordinate: change.path ?? '(schema)', change: change.message }));
}

/** A contract file's SDL as a schema (the header is comments). */
const contractSchemaOf = (sdl: string): GraphQLSchema => buildSchema(sdl);

export interface ContractFileBreaks {
  /** The contract's file name, e.g. `partner-ggz.graphql`: the role it is for. */
  file: string;
  breaks: ContractBreak[];
}

/**
 * Every released contract (`schema/contracts/released/`) against the current one beside it (`schema/contracts/`,
 * which the drift test keeps equal to what the supergraph gives): a current file gone is a break too. A role without
 * a released snapshot is new and breaks nothing.
 */
export async function contractBreaksSinceRelease(
  today: string,
  currentDir = CONTRACTS_DIR,
  releasedDir = RELEASED_CONTRACTS_DIR,
): Promise<ContractFileBreaks[]> {
  const results: ContractFileBreaks[] = [];
  for (const file of fs
    .readdirSync(releasedDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()) {
    const released = contractSchemaOf(fs.readFileSync(path.join(releasedDir, file), 'utf8'));
    const currentFile = path.join(currentDir, file);
    const breaks = fs.existsSync(currentFile)
      ? await contractBreaks(released, contractSchemaOf(fs.readFileSync(currentFile, 'utf8')), today)
      : [{ coordinate: '(schema)', change: 'the contract schema of this role is gone' }];
    results.push({ file, breaks });
  }
  return results;
}
