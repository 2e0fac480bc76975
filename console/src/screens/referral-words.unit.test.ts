import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputObjectType } from 'graphql';
import { MESSAGES } from '../i18n/messages';
import {
  fieldProblem,
  fill,
  intakeClosedMessage,
  REGISTER_FIELDS,
  registerFieldOf,
  registerFieldProblem,
  submitFieldOf,
  SUBMIT_FIELDS,
} from './referral-words';

const staff = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema/staff.graphql'), 'utf8'));

/** Every dotted path inside an input type, as the API names a refused field (extensions.field). */
function pathsOf(type: GraphQLInputObjectType, prefix = ''): string[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    const here = `${prefix}${field.name}`;
    return isInputObjectType(named) ? [here, ...pathsOf(named, `${here}.`)] : [here];
  });
}

/** What the hub fills in itself rather than the person at the phone: the retry key, and an organisation id. */
const NOT_ON_THE_FORM = ['idempotencyKey', 'referrerOrganisationId'];

describe('the words of the referral form', () => {
  it('name every field of SubmitReferralInput a person fills in, and no field the input does not have', () => {
    const paths = pathsOf(staff.getType('SubmitReferralInput') as GraphQLInputObjectType);
    expect(paths).toEqual(expect.arrayContaining(NOT_ON_THE_FORM));
    expect(Object.keys(SUBMIT_FIELDS).sort()).toEqual(paths.filter((p) => !NOT_ON_THE_FORM.includes(p)).sort());
  });

  it('say which field the API refused, by its label, in Dutch and English; a field the form lacks is none', () => {
    expect(submitFieldOf({ argument: 'input', field: 'person.municipalityCode' })).toBe('person.municipalityCode');
    expect(fieldProblem('person.municipalityCode', 'nl')).toBe('Controleer dit veld: Gemeentecode (CBS, bijv. GM0193).');
    expect(fieldProblem('referrerContactPhone', 'en')).toBe('Check this field: Referrer phone.');
    expect(submitFieldOf({ argument: 'idempotencyKey' })).toBeUndefined();
    expect(submitFieldOf({})).toBeUndefined();
  });

  it('name only fields of RegisterClientInput in the referral register form, and every required one', () => {
    const input = staff.getType('RegisterClientInput') as GraphQLInputObjectType;
    const fields = Object.values(input.getFields());
    const required = fields.filter((field) => field.type.toString().endsWith('!')).map((field) => field.name);
    expect(required.sort()).toEqual(Object.keys(REGISTER_FIELDS).sort());
    expect(registerFieldOf({ argument: 'input', field: 'confidentialAddress' })).toBe('confidentialAddress');
    expect(registerFieldOf({ argument: 'input', field: 'bsn' })).toBeUndefined();
    expect(registerFieldOf({ argument: 'input', field: 'person.name' })).toBeUndefined();
    expect(registerFieldProblem('confidentialAddress', 'nl')).toBe('Controleer dit veld: Geheim adres.');
    expect(registerFieldProblem('riskLevel', 'en')).toBe('Check this field: Risk level.');
  });

  it('word INTAKE_CLOSED with the region, the service and whom to call from the answer', () => {
    const details = { region: 'IJSSELLAND', service: 'AMBULATORY_WMO', contact: 'Team Toegang, 088 - 123' };
    expect(intakeClosedMessage(details, 'nl')).toBe(
      'Kadera IJsselland neemt op dit moment geen nieuwe cliënten aan voor Ambulante begeleiding (Wmo) (intakestop). Bel Team Toegang, 088 - 123 om andere mogelijkheden te bespreken.',
    );
    expect(intakeClosedMessage(details, 'en')).toContain('Kadera IJsselland accepts no new clients for Outpatient guidance (Social Support Act)');
    expect(intakeClosedMessage({ region: 'ELSEWHERE', contact: 'x' }, 'en')).toContain('Kadera ELSEWHERE');
  });

  it('fill a message and leave an unknown place as written', () => {
    expect(fill('{a} and {b}', { a: '1' })).toBe('1 and {b}');
    for (const language of ['nl', 'en'] as const) expect(MESSAGES[language].intakeClosed).toMatch(/\{region\}.*\{service\}.*\{contact\}/);
  });
});
