import { badInput } from '../errors';
import { isUuid } from './scalars';

/** Input checks that answer BAD_USER_INPUT naming the offending field, before anything touches the database. */

export function requiredText(value: string, field: string, min: number, max: number, argument = 'input'): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badInput(`${field} must be ${min} to ${max} characters`, { argument, field });
  }
  return trimmed;
}

export function uuidField(value: string, field: string, argument = 'input'): string {
  if (!isUuid(value)) throw badInput(`${field} must be a UUID`, { argument, field });
  return value.toLowerCase();
}

/** Distinct values in the order given; an empty list is refused. */
export function distinctNonEmpty<T>(values: readonly T[], field: string, argument = 'input'): T[] {
  const distinct = [...new Set(values)];
  if (distinct.length === 0) throw badInput(`${field} must not be empty`, { argument, field });
  return distinct;
}
