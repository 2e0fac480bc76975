import { readSupergraph, supergraphSchema } from '@hub/gateway';
import { buildSchema } from 'graphql';
import { deprecationsOf, deprecationsWithoutRemovalDate, removalDateOf, removalDue } from './deprecation';

describe('removal dates in @deprecated(reason:)', () => {
  it('reads the date at the end of the reason in the one form', () => {
    expect(removalDateOf('Use statusReason. Removal after 2027-06-01.')).toBe('2027-06-01');
    expect(removalDateOf('Removal after 2027-06-01.')).toBe('2027-06-01');
  });

  it('finds none in any other form, or a day that does not exist', () => {
    for (const reason of [
      'No longer supported',
      'Use statusReason. Removal after 2027-06-01',
      'Use statusReason. Removed after 2027-06-01.',
      'Use statusReason. Removal after 1 June 2027.',
      'Removal after 2027-06-01. Use statusReason.',
      'Use statusReason. Removal after 2027-02-30.',
      'Use statusReason.Removal after 2027-06-01.',
      null,
      undefined,
    ]) {
      expect(removalDateOf(reason)).toBeUndefined();
    }
  });

  it('lets an element go only after its date, not on it', () => {
    const reason = 'Use x. Removal after 2027-06-01.';
    expect(removalDue(reason, '2027-06-02')).toBe(true);
    expect(removalDue(reason, '2027-06-01')).toBe(false);
    expect(removalDue(reason, '2026-12-07')).toBe(false);
    expect(removalDue('No longer supported', '2099-01-01')).toBe(false);
    expect(removalDue(undefined, '2099-01-01')).toBe(false);
  });

  it('finds deprecated fields, arguments, input fields and enum values, and names those without a date', () => {
    const schema = buildSchema(`
      type Query {
        a: Int @deprecated(reason: "Use b. Removal after 2027-06-01.")
        b(old: Int @deprecated(reason: "Gone soon"), new: Int): Int
        c: Colour
      }
      input Filter { old: Int @deprecated }
      enum Colour { RED BLUE @deprecated(reason: "Use RED. Removal after 2027-01-31.") }
      type Mutation { set(filter: Filter): Int }
    `);
    expect(deprecationsOf(schema).map((d) => d.coordinate)).toEqual(['Query.a', 'Query.b(old:)', 'Filter.old', 'Colour.BLUE']);
    expect(deprecationsWithoutRemovalDate(schema)).toEqual([
      'Query.b(old:): "Gone soon" does not end with "Removal after YYYY-MM-DD."',
      'Filter.old: "No longer supported" does not end with "Removal after YYYY-MM-DD."',
    ]);
  });

  it('every @deprecated in schema/supergraph.graphql names its removal date ("... Removal after YYYY-MM-DD.")', () => {
    expect(deprecationsWithoutRemovalDate(supergraphSchema(readSupergraph()))).toEqual([]);
  });
});
