import { GraphQLError } from 'graphql';
import { addCalendarDays } from '../domain/calendar';
import { InputRule } from './input-rules';
import { ADDRESS, PERSON_NAME, REASON, SAFETY_PLAN_ITEM } from './limits';
import {
  DateOfBirth,
  isDateOfBirth,
  isListOfAtMost,
  isEmail,
  isMunicipalityCode,
  isNonEmptyList,
  isPastOrToday,
  isPhone,
  isTextList,
  isTextWithin,
  isTodayOrLater,
  isWholeNumberIn,
  isWithinDaysAhead,
  MunicipalityCode,
  Nested,
  TextLength,
} from './rules';
import { inputViolation, validateInput } from './validate-input';

// 00:30 on 30 March 2026 in Amsterdam (CEST, UTC+2), the night the clocks went forward; still 29 March in UTC.
const AFTER_MIDNIGHT = new Date('2026-03-29T22:30:00Z');
// 23:30 on 29 March 2026 in Amsterdam.
const BEFORE_MIDNIGHT = new Date('2026-03-29T21:30:00Z');

describe('date of birth: a day before today in Amsterdam, not before 1900-01-01', () => {
  it.each([
    ['1899-12-31', AFTER_MIDNIGHT, false],
    ['1900-01-01', AFTER_MIDNIGHT, true],
    ['2026-03-29', AFTER_MIDNIGHT, true], // yesterday in Amsterdam, though today in UTC
    ['2026-03-30', AFTER_MIDNIGHT, false], // today
    ['2026-03-31', AFTER_MIDNIGHT, false], // tomorrow
    ['2026-03-28', BEFORE_MIDNIGHT, true],
    ['2026-03-29', BEFORE_MIDNIGHT, false], // today until midnight in Amsterdam
    [19900101, AFTER_MIDNIGHT, false],
  ])('%s at %s: %s', (value, now, expected) => {
    expect(isDateOfBirth(value, now)).toBe(expected);
  });
});

describe('past or today / today or later, in Amsterdam', () => {
  it.each([
    ['2026-03-29', true, false],
    ['2026-03-30', true, true],
    ['2026-03-31', false, true],
  ])('%s: past or today %s, today or later %s', (value, pastOrToday, todayOrLater) => {
    expect(isPastOrToday(value, AFTER_MIDNIGHT)).toBe(pastOrToday);
    expect(isTodayOrLater(value, AFTER_MIDNIGHT)).toBe(todayOrLater);
  });
});

describe('lists: at most so many items; a list of texts each within its limit', () => {
  it.each([
    [[], true],
    [['a', 'b'], true],
    [['a', 'b', 'c'], false],
    ['ab', false],
    [null, false],
  ])('at most 2: %j is %s', (value, expected) => {
    expect(isListOfAtMost(2)(value)).toBe(expected);
  });

  it.each([
    [[], true],
    [['Ex-partner knows her workplace'], true],
    [['ok', '  '], false],
    [['x'.repeat(SAFETY_PLAN_ITEM.max)], true],
    [['x'.repeat(SAFETY_PLAN_ITEM.max + 1)], false],
    [['a', 'b', 'c'], false],
    [[1], false],
  ])('at most 2 texts of SAFETY_PLAN_ITEM: %j is %s', (value, expected) => {
    expect(isTextList(2, SAFETY_PLAN_ITEM)(value)).toBe(expected);
  });
});

describe('municipality code: GM and four digits, exactly as CBS writes it', () => {
  it.each([
    ['GM0193', true],
    ['GM0153', true],
    ['gm0193', false],
    ['Gm0193', false],
    ['GM193', false],
    ['GM01930', false],
    [' GM0193', false],
    ['Zwolle', false],
    ['', false],
    [193, false],
  ])('%s: %s', (value, expected) => {
    expect(isMunicipalityCode(value)).toBe(expected);
  });
});

describe('text lengths count the trimmed text', () => {
  it.each([
    [PERSON_NAME, 'ab', true],
    [PERSON_NAME, 'a', false],
    [PERSON_NAME, '  a  ', false],
    [PERSON_NAME, 'x'.repeat(200), true],
    [PERSON_NAME, 'x'.repeat(201), false],
    [PERSON_NAME, ` ${'x'.repeat(200)} `, true],
    [ADDRESS, 'abcde', true],
    [ADDRESS, ' abcd ', false],
    [ADDRESS, 'x'.repeat(500), true],
    [ADDRESS, 'x'.repeat(501), false],
    [REASON, '', true],
    [REASON, '   ', true],
    [REASON, 'x'.repeat(1000), true],
    [REASON, 'x'.repeat(1001), false],
  ])('%j %s: %s', (limit, value, expected) => {
    expect(isTextWithin(limit)(value)).toBe(expected);
  });
});

describe('phone and email (blank counts as left out)', () => {
  it.each([
    ['+31 6 1234 5678', true],
    ['06-12345678', true],
    ['038 123456', true],
    ['(038) 123456', false], // starts with a digit or +
    ['123456', true],
    ['12345', false],
    ['call me', false],
    ['0'.repeat(30), true],
    ['0'.repeat(31), false],
    ['', true],
  ])('phone %s: %s', (value, expected) => {
    expect(isPhone(value)).toBe(expected);
  });

  it.each([
    ['wijkagent@politie.nl', true],
    ['  Huisarts@Praktijk.NL ', true],
    ['nobody', false],
    ['a@b', false],
    ['a b@c.nl', false],
    ['', true],
  ])('email %s: %s', (value, expected) => {
    expect(isEmail(value)).toBe(expected);
  });

  it('an email address of exactly 254 characters passes, 255 does not', () => {
    expect(isEmail(`${'x'.repeat(242)}@praktijk.nl`)).toBe(true); // 242 + 12 = 254
    expect(isEmail(`${'x'.repeat(243)}@praktijk.nl`)).toBe(false);
  });
});

describe('ranges', () => {
  it.each([
    [0, true],
    [100, true],
    [-1, false],
    [101, false],
    [2.5, false],
    ['3', false],
  ])('whole number 0..100, %s: %s', (value, expected) => {
    expect(isWholeNumberIn(0, 100)(value)).toBe(expected);
  });

  it('at most 365 calendar days ahead, in the future', () => {
    const now = new Date('2026-11-29T10:00:00Z');
    const limit = addCalendarDays(now, 365);
    expect(limit.toISOString()).toBe('2027-11-29T10:00:00.000Z');
    expect(isWithinDaysAhead(365)(new Date(now.getTime() + 1), now)).toBe(true);
    expect(isWithinDaysAhead(365)(limit, now)).toBe(true);
    expect(isWithinDaysAhead(365)(new Date(limit.getTime() + 1), now)).toBe(false);
    expect(isWithinDaysAhead(365)(now, now)).toBe(false);
    expect(isWithinDaysAhead(365)('2027-01-01', now)).toBe(false);
  });

  it('a list that must not be empty', () => {
    expect(isNonEmptyList(['IDENTITY'])).toBe(true);
    expect(isNonEmptyList([])).toBe(false);
  });
});

class PersonSample {
  @TextLength(PERSON_NAME)
  name!: string;

  @DateOfBirth()
  dateOfBirth!: string;
}

@InputRule<ReferralSample>((input) => (input.person || input.anonymous ? null : { field: 'person', message: 'person is required' }))
class ReferralSample {
  @MunicipalityCode()
  municipalityCode?: string | null;

  @Nested()
  person?: PersonSample | null;

  anonymous?: boolean;
}

const sample = (fields: Partial<ReferralSample>, person?: Partial<PersonSample>) =>
  Object.assign(new ReferralSample(), fields, person ? { person: Object.assign(new PersonSample(), person) } : {});

describe('an input checked as a whole', () => {
  it('passes when every rule holds; a field left out is not checked', async () => {
    expect(await inputViolation(sample({ municipalityCode: null }, { name: 'Mila van Dam', dateOfBirth: '1990-01-01' }))).toBeNull();
  });

  it('names a nested field by its dotted path and the rule, never the value', async () => {
    const violation = await inputViolation(sample({}, { name: 'Mila van Dam', dateOfBirth: '2999-01-01' }));
    expect(violation).toEqual({ field: 'person.dateOfBirth', message: 'person.dateOfBirth must be a day before today, not before 1900-01-01' });
    const name = await inputViolation(sample({}, { name: 'M', dateOfBirth: '1990-01-01' }));
    expect(name).toEqual({ field: 'person.name', message: 'person.name must be 2 to 200 characters' });
  });

  it('checks the rules across fields once every field passed its own', async () => {
    expect(await inputViolation(sample({ municipalityCode: 'gm0193' }))).toMatchObject({ field: 'municipalityCode' });
    expect(await inputViolation(sample({ municipalityCode: 'GM0193' }))).toEqual({ field: 'person', message: 'person is required' });
    expect(await inputViolation(sample({ anonymous: true }))).toBeNull();
  });

  it('type-graphql validateFn: BAD_USER_INPUT with the argument and the field, the value not repeated', async () => {
    const info = {
      fieldName: 'submitReferral',
      parentType: { getFields: () => ({ submitReferral: { args: [{ name: 'input', type: { name: 'ReferralSample' } }] } }) },
    };
    const input = sample({}, { name: 'Secret Name', dateOfBirth: '1800-05-05' });
    const error: unknown = await Promise.resolve(validateInput(input, ReferralSample, { info } as any)).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(GraphQLError);
    const { message, extensions } = error as GraphQLError;
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input', field: 'person.dateOfBirth' });
    expect(message).not.toMatch(/1800|Secret/);
  });

  it('for an arguments class, the argument is the first part of the path', async () => {
    const info = { fieldName: 'possibleDuplicates', parentType: { getFields: () => ({ possibleDuplicates: { args: [] } }) } };
    const args = Object.assign(new PersonSample(), { name: 'x', dateOfBirth: '1990-01-01' });
    const error = (await Promise.resolve(validateInput(args, PersonSample, { info } as any)).catch((thrown: unknown) => thrown)) as GraphQLError;
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'name', field: 'name' });
  });

  it('leaves scalars alone: their own GraphQL type checked them', async () => {
    await expect(Promise.resolve(validateInput('not an object', String, {} as any))).resolves.toBeUndefined();
  });
});
