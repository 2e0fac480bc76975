import { ValidateBy, ValidateNested, type ValidationOptions } from 'class-validator';
import { addCalendarDays, today } from '../domain/calendar';
import { MUNICIPALITY_CODE } from '../domain/municipality-code';
import { isValidBsn } from '../bsn/bsn';
import { EARLIEST_BIRTH_DATE, EMAIL_MAX, PHONE_LENGTH, type TextLimit } from './limits';

/**
 * The hub's input rules as class-validator decorators for `@InputType` and
 * `@ArgsType` fields. A rule's message says what the field must be and never
 * repeats the value (it may be a client's name or date of birth);
 * validate-input.ts puts the field's dotted path in front of it.
 * A field left out (null) is not checked: GraphQL already refuses a missing required one.
 */

/** A rule from a predicate: the building block of the decorators below, and for a subgraph's own one-off rule. */
export function Rule(name: string, isValid: (value: unknown) => boolean, message: string): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: (value: unknown) => isValid(value) } }, { message } satisfies ValidationOptions);
}

const trimmedLength = (value: unknown) => (typeof value === 'string' ? value.trim().length : -1);

export const isTextWithin = (limit: TextLimit) => (value: unknown) => {
  const length = trimmedLength(value);
  return length >= limit.min && length <= limit.max;
};

export const textRuleMessage = (limit: TextLimit) =>
  limit.min === 0 ? `must be at most ${limit.max} characters` : `must be ${limit.min} to ${limit.max} characters`;

/** Trimmed text within the limit. */
export const TextLength = (limit: TextLimit) => Rule('textLength', isTextWithin(limit), textRuleMessage(limit));

export const isMunicipalityCode = (value: unknown) => typeof value === 'string' && MUNICIPALITY_CODE.test(value);

/** A CBS municipality code exactly as CBS writes it: GM and four digits. */
export const MunicipalityCode = () => Rule('municipalityCode', isMunicipalityCode, 'must be a CBS municipality code: GM followed by 4 digits, e.g. GM0193');

/**
 * A date of birth: a day before today in the organisation's calendar
 * (Europe/Amsterdam), and not before 1900-01-01. The same rule for a registered
 * client and a referred person.
 */
export const isDateOfBirth = (value: unknown, now = new Date()) => typeof value === 'string' && value >= EARLIEST_BIRTH_DATE && value < today(now);

export const DateOfBirth = () => Rule('dateOfBirth', (value) => isDateOfBirth(value), `must be a day before today, not before ${EARLIEST_BIRTH_DATE}`);

/** A day that has come: records describe what happened, so not later than today in Amsterdam. */
export const isPastOrToday = (value: unknown, now = new Date()) => typeof value === 'string' && value <= today(now);

export const PastOrToday = () => Rule('pastOrToday', (value) => isPastOrToday(value), 'may not be in the future');

/** A day that has not passed yet: today or later in Amsterdam. */
export const isTodayOrLater = (value: unknown, now = new Date()) => typeof value === 'string' && value >= today(now);

export const TodayOrLater = () => Rule('todayOrLater', (value) => isTodayOrLater(value), 'must not be in the past');

export const isWholeNumberIn = (min: number, max: number) => (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

export const WholeNumberIn = (min: number, max: number) => Rule('wholeNumberIn', isWholeNumberIn(min, max), `must be a whole number from ${min} to ${max}`);

/** An instant after `now` and at most `days` calendar days later (on the Amsterdam clock). */
export const isWithinDaysAhead =
  (days: number) =>
  (value: unknown, now = new Date()) =>
    value instanceof Date && value.getTime() > now.getTime() && value.getTime() <= addCalendarDays(now, days).getTime();

export const WithinDaysAhead = (days: number) =>
  Rule('withinDaysAhead', (value) => isWithinDaysAhead(days)(value), `must be in the future and at most ${days} days ahead`);

/** A BSN: nine digits (spaces and dots between them allowed) that pass the eleven test; the message never repeats it. */
export const Bsn = () => Rule('bsn', isValidBsn, 'must be a BSN: nine digits that pass the eleven test (elfproef)');

const PHONE = /^\+?[0-9][0-9 ()-]*$/;
/** A phone number; blank counts as left out. */
export const isPhone = (value: unknown) => {
  if (typeof value !== 'string') return false;
  const phone = value.trim();
  return phone === '' || (phone.length >= PHONE_LENGTH.min && phone.length <= PHONE_LENGTH.max && PHONE.test(phone) && phone.replace(/\D/g, '').length >= 6);
};

export const Phone = () => Rule('phone', isPhone, `must be a phone number of ${PHONE_LENGTH.min} to ${PHONE_LENGTH.max} characters`);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An email address; blank counts as left out. */
export const isEmail = (value: unknown) => typeof value === 'string' && (value.trim() === '' || (value.trim().length <= EMAIL_MAX && EMAIL.test(value.trim())));

export const Email = () => Rule('email', isEmail, `must be an email address of at most ${EMAIL_MAX} characters`);

export const isNonEmptyList = (value: unknown) => Array.isArray(value) && value.length > 0;

export const NonEmptyList = () => Rule('nonEmptyList', isNonEmptyList, 'must not be empty');

export const isListOfAtMost = (max: number) => (value: unknown) => Array.isArray(value) && value.length <= max;

/** A list of at most `max` items (each item's own rules are separate). */
export const ListOfAtMost = (max: number) => Rule('listOfAtMost', isListOfAtMost(max), `must have at most ${max} items`);

export const isTextList = (maxItems: number, item: TextLimit) => (value: unknown) =>
  isListOfAtMost(maxItems)(value) && (value as unknown[]).every(isTextWithin(item));

/** A list of at most `maxItems` texts, each trimmed text within `item`. */
export const TextList = (maxItems: number, item: TextLimit) =>
  Rule('textList', isTextList(maxItems, item), `must have at most ${maxItems} items, each ${textRuleMessage(item).replace(/^must be /, '')}`);

/** A nested input object whose own fields are checked too. */
export const Nested = () => ValidateNested({ message: 'must be an object' });
