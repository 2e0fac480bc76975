import { canonicalJson, idempotencyRecordId, requestHashOf } from './idempotency';

describe('canonicalJson', () => {
  it.each([
    ['key order', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    ['nested objects and arrays', { z: [3, { y: true, x: null }], a: 'text' }, '{"a":"text","z":[3,{"x":null,"y":true}]}'],
    ['an undefined property, left out', { a: 1, b: undefined }, '{"a":1}'],
    ['an undefined array element, as null', [1, undefined, 2], '[1,null,2]'],
    ['a date, as its ISO instant', { at: new Date('2026-03-29T01:30:00+01:00') }, '{"at":"2026-03-29T00:30:00.000Z"}'],
    ['null', null, 'null'],
    ['undefined', undefined, 'null'],
    ['an empty object', {}, '{}'],
    ['a string with quotes', 'say "hi"', '"say \\"hi\\""'],
    ['array order, kept', ['b', 'a'], '["b","a"]'],
  ])('%s', (_case, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('writes the same input the same way, whatever order its fields came in', () => {
    const submitted = { person: { name: 'Sanne Visser', dateOfBirth: '1988-03-14' }, kind: 'AMBULATORY', region: 'TWENTE' };
    const retried = { region: 'TWENTE', kind: 'AMBULATORY', person: { dateOfBirth: '1988-03-14', name: 'Sanne Visser' } };
    const expected = '{"kind":"AMBULATORY","person":{"dateOfBirth":"1988-03-14","name":"Sanne Visser"},"region":"TWENTE"}';
    expect(canonicalJson(submitted)).toBe(expected);
    expect(canonicalJson(retried)).toBe(expected);
  });
});

describe('requestHashOf', () => {
  // Expected digests computed outside this code: printf '%s' '<canonical JSON>' | sha256sum
  it('is the SHA-256 of the canonical JSON', () => {
    const input = { e: new Date('2026-01-02T03:04:05Z'), b: 1, a: [2, { d: undefined, c: 'x' }] };
    expect(requestHashOf(input)).toBe('7d12e9b2da551f326824170e006d49a686a67932d67696d7e73a9c128480798f');
    expect(requestHashOf({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(requestHashOf(undefined)).toBe('74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b');
  });

  it('tells a changed value apart, and an absent field from a null one', () => {
    expect(requestHashOf({ a: 1 })).not.toBe(requestHashOf({ a: 2 }));
    expect(requestHashOf({ a: null })).not.toBe(requestHashOf({}));
    expect(requestHashOf({ a: undefined })).toBe(requestHashOf({}));
  });
});

describe('idempotencyRecordId', () => {
  it('joins operation, owner and key, so one caller cannot replay another caller`s key', () => {
    expect(idempotencyRecordId('submitReferral', 'org-1', 'ref-2026-0001')).toBe('submitReferral:org-1:ref-2026-0001');
    expect(idempotencyRecordId('submitReferral', 'org-2', 'ref-2026-0001')).not.toBe(idempotencyRecordId('submitReferral', 'org-1', 'ref-2026-0001'));
  });

  it.each([
    ['8 characters', 'abcd1234'],
    ['128 characters', 'k'.repeat(128)],
    ['. _ : -', 'a.b_c:d-e'],
  ])('takes a key of %s', (_case, key) => {
    expect(idempotencyRecordId('op', 'scope', key)).toBe(`op:scope:${key}`);
  });

  it.each([
    ['7 characters', 'abc1234'],
    ['129 characters', 'k'.repeat(129)],
    ['a space', 'abcd 1234'],
    ['a slash', 'abcd/1234'],
    ['a non-ASCII letter', 'sleutelé1'],
    ['the empty string', ''],
  ])('refuses a key with %s as BAD_USER_INPUT naming idempotencyKey', (_case, key) => {
    expect(() => idempotencyRecordId('op', 'scope', key)).toThrow(
      expect.objectContaining({
        message: 'idempotencyKey must be 8-128 letters, digits or . _ : -',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' }),
      }),
    );
  });
});
