import { scrubSql, scrubText } from './scrub';

describe('scrubText', () => {
  it.each([
    ['invalid input syntax for type uuid: "Sanne Visser"', 'invalid input syntax for type uuid: "…"'],
    [
      'duplicate key value violates unique constraint "client_pkey"\n - detail: Key (name)=(Sanne Visser) already exists.',
      'duplicate key value violates unique constraint "…"',
    ],
    ['new row for relation "client" violates check constraint "c"\nDETAIL:  Failing row contains (1, Sanne, 1990-01-02).', 'new row for relation "…"'],
    [`insert into "client" ("name") values ('Sanne O''Brien') - value too long`, 'insert into "…") - value too long'],
    ['Key (name)=(Sanne Visser) already exists', 'Key (…) already exists'],
    // A value holding a quote cannot end the replacement early.
    ['invalid value: "Sanne "the" Visser" found', 'invalid value: "…" found'],
    ['unterminated: "Geheimstraat 7, Zwolle', 'unterminated: "…'],
    ['Client { name: Sanne } and [Zwolle]', 'Client {…} and […]'],
    ['born 1990-05-06, id 7a0e4b6e-1c1a-4f5e-9d3b-2f1c0a9e8d7c', 'born #-#-#, id #'],
    ['\u001b[32mMikroORM\u001b[39m connected', 'MikroORM connected'],
  ])('%j', (input, shape) => {
    expect(scrubText(input)).toBe(shape);
  });

  it('bounds the length', () => {
    expect(scrubText('a'.repeat(1_000)).length).toBeLessThanOrEqual(301);
  });
});

describe('scrubSql', () => {
  it('keeps placeholders and identifiers, replaces every literal', () => {
    expect(scrubSql(`select "c0".* from "clients"."client" as "c0" where "c0"."name" = 'Sanne' and "c0"."x" = $1 limit 51`)).toBe(
      `select "c0".* from "clients"."client" as "c0" where "c0"."name" = ? and "c0"."x" = $1 limit ?`,
    );
    expect(scrubSql(`insert into t values ('O''Brien', E'a\\nb', 3.5, $$Geheim$$, $x$Zwolle$x$)`)).toBe('insert into t values (?, E?, ?, ?, ?)');
    expect(scrubSql(`select 'unterminated Sanne`)).toBe('select ?');
  });
});
