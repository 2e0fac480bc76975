import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { validate, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { badInput } from '../errors';
import { crossFieldViolation, type Violation } from './input-rules';

function firstFieldViolation(errors: ValidationError[], path: string): Violation | null {
  for (const error of errors) {
    const field = `${path}${error.property}`;
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { field, message: `${field} ${message}` };
    const nested = firstFieldViolation(error.children ?? [], `${field}.`);
    if (nested) return nested;
  }
  return null;
}

/** The first rule `value` breaks: its fields' own rules first, then the rules across fields. */
export async function inputViolation(value: object): Promise<Violation | null> {
  const errors = await validate(value, {
    skipMissingProperties: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
  });
  return firstFieldViolation(errors, '') ?? crossFieldViolation(value);
}

/** Which argument of the field takes an object of this input class; undefined for an `@ArgsType` (the arguments themselves). */
function argumentOf(type: unknown, info: GraphQLResolveInfo | undefined): string | undefined {
  const name = typeof type === 'function' ? type.name : undefined;
  const field = info?.parentType.getFields()[info.fieldName];
  return field?.args.find((arg) => getNamedType(arg.type).name === name)?.name;
}

/**
 * type-graphql's `validateFn`: checks every input object and argument class
 * against its decorators before the resolver runs, and answers the first
 * violation as BAD_USER_INPUT with `extensions.argument` and `extensions.field`
 * (the dotted path inside the argument, e.g. `person.dateOfBirth`).
 */
export const validateInput: ValidatorFn = async (value, type, resolverData) => {
  if (value === null || typeof value !== 'object') return;
  const argument = argumentOf(type, resolverData.info);
  const items: unknown[] = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== 'object') continue;
    const violation = await inputViolation(item);
    if (violation) {
      throw badInput(violation.message, { argument: argument ?? violation.field.split('.')[0], field: violation.field });
    }
  }
};
