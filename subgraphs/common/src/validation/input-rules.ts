/**
 * Rules that relate several fields of one input ("a phone number or an email
 * address"), declared on the input class next to its fields, one function per rule.
 * class-validator skips fields left out, so it cannot say that one of them is missing.
 */
export interface Violation {
  /** The field to blame, relative to the input. */
  field: string;
  /** The whole message, naming the field; never the value. */
  message: string;
}

export type InputCheck<T> = (input: T) => Violation | null | undefined;

/** Per input class, its cross-field checks, each taking an instance of that class. */
const CHECKS = new WeakMap<object, InputCheck<object>[]>();

/** Declares a rule across fields on an `@InputType` class; checked after each field's own rules passed. */
export function InputRule<T>(check: InputCheck<T>) {
  return (target: abstract new (...args: never[]) => T): void => {
    // Looked up by `input.constructor`, so the input handed to the check is an instance of `target`: a T.
    CHECKS.set(target, [...(CHECKS.get(target) ?? []), (input) => check(input as T)]);
  };
}

/** The first cross-field violation of `input` or of an input nested in it, with its dotted path. */
export function crossFieldViolation(input: unknown, path = ''): Violation | null {
  if (input === null || typeof input !== 'object') return null;
  if (Array.isArray(input)) {
    for (const [index, item] of input.entries()) {
      const found = crossFieldViolation(item, `${path}${index}.`);
      if (found) return found;
    }
    return null;
  }
  for (const check of CHECKS.get(input.constructor) ?? []) {
    const violation = check(input);
    if (violation) return { field: `${path}${violation.field}`, message: violation.message };
  }
  for (const [key, value] of Object.entries(input)) {
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const found = crossFieldViolation(value, `${path}${key}.`);
      if (found) return found;
    }
  }
  return null;
}
