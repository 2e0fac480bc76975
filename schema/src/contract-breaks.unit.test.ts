import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { contractBreaks, contractBreaksSinceRelease } from './contract-breaks';

const TODAY = '2027-03-01';
const PAST = 'Use name. Removal after 2027-02-28.';
const FUTURE = 'Use name. Removal after 2027-06-01.';

const released = (extra = '') => `
  type Query { handoffs(first: Int): [Handoff!]! ${extra} }
  type Handoff { id: ID! status: Status! title: String @deprecated(reason: "${PAST}") label: String @deprecated(reason: "${FUTURE}") }
  enum Status { OPEN DONE OLD @deprecated(reason: "${PAST}") }
`;

/** The breaks from `before` to `after` as `coordinate: change` lines. */
async function breaks(before: string, after: string): Promise<string[]> {
  return (await contractBreaks(buildSchema(before), buildSchema(after), TODAY)).map((b) => `${b.coordinate}: ${b.change}`);
}

describe('the breaking-change check of a contract schema', () => {
  it('passes an unchanged schema', async () => {
    expect(await breaks(released(), released())).toEqual([]);
  });

  it('fails a removed field, naming it', async () => {
    const after = released().replace('status: Status!', '');
    expect(await breaks(released(), after)).toEqual(["Handoff.status: Field 'status' was removed from object type 'Handoff'"]);
  });

  it('passes a removed field deprecated with a removal date that has passed', async () => {
    expect(await breaks(released(), released().replace(/title: String @deprecated\(reason: "[^"]*"\)/, ''))).toEqual([]);
  });

  it('fails a removed field deprecated with a removal date still to come', async () => {
    const after = released().replace(/label: String @deprecated\(reason: "[^"]*"\)/, '');
    expect(await breaks(released(), after)).toEqual(["Handoff.label: Field 'label' (deprecated) was removed from object type 'Handoff'"]);
  });

  it('passes a removed enum value past its date, fails one never deprecated', async () => {
    expect(await breaks(released(), released().replace(/OLD @deprecated\(reason: "[^"]*"\)/, ''))).toEqual([]);
    expect(await breaks(released(), released().replace('DONE', ''))).toEqual(["Status.DONE: Enum value 'DONE' was removed from enum 'Status'"]);
  });

  it('passes an added optional argument, field and type', async () => {
    const after = released('partner: Partner').replace('handoffs(first: Int)', 'handoffs(first: Int, after: String)') + ' type Partner { name: String }';
    expect(await breaks(released(), after)).toEqual([]);
  });

  it('fails an added required argument', async () => {
    const after = released().replace('handoffs(first: Int)', 'handoffs(first: Int, region: String!)');
    expect(await breaks(released(), after)).toEqual(["Query.handoffs.region: Argument 'region: String!' added to field 'Query.handoffs'"]);
  });

  it('fails a changed argument or field type unless the field was due for removal', async () => {
    expect(await breaks(released(), released().replace('handoffs(first: Int)', 'handoffs(first: String)'))).toEqual([
      "Query.handoffs.first: Type for argument 'first' on field 'Query.handoffs' changed from 'Int' to 'String'",
    ]);
    expect(await breaks(released(), released().replace(`title: String @deprecated(reason: "${PAST}")`, 'title: Int'))).toEqual([]);
  });

  it('passes a removed type that only deprecated fields past their date led to, fails one a live field leads to', async () => {
    const before = `type Query { a: Int old: Legacy @deprecated(reason: "${PAST}") } type Legacy { x: Int }`;
    expect(await breaks(before, 'type Query { a: Int }')).toEqual([]);
    const live = `type Query { a: Int old: Legacy @deprecated(reason: "${PAST}") other: Legacy } type Legacy { x: Int }`;
    expect(await breaks(live, 'type Query { a: Int }')).toEqual([
      "Legacy: Type 'Legacy' was removed",
      "Query.other: Field 'other' was removed from object type 'Query'",
    ]);
  });

  it('passes a type reached only through a removed type that may go, fails one a live field still leads to', async () => {
    const before = `type Query { a: Int old: Legacy @deprecated(reason: "${PAST}") } type Legacy { inner: Inner } type Inner { x: Int }`;
    expect(await breaks(before, 'type Query { a: Int }')).toEqual([]);
    const shared = `type Query { a: Int old: Legacy @deprecated(reason: "${PAST}") inner: Inner } type Legacy { inner: Inner } type Inner { x: Int }`;
    expect(await breaks(shared, 'type Query { a: Int inner: Inner } type Inner { y: Int }')).toEqual([
      "Inner.x: Field 'x' was removed from object type 'Inner'",
    ]);
    const early = `type Query { a: Int old: Legacy @deprecated(reason: "${FUTURE}") } type Legacy { inner: Inner } type Inner { x: Int }`;
    expect(await breaks(early, 'type Query { a: Int }')).toEqual([
      "Legacy: Type 'Legacy' was removed",
      "Inner: Type 'Inner' was removed",
      "Query.old: Field 'old' (deprecated) was removed from object type 'Query'",
    ]);
  });

  it('compares every released file with the current one beside it, and a current file gone is a break', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contracts-'));
    const releasedDir = path.join(dir, 'released');
    fs.mkdirSync(releasedDir);
    fs.writeFileSync(path.join(releasedDir, 'partner-ggz.graphql'), `# header\n${released()}`);
    fs.writeFileSync(path.join(releasedDir, 'partner-gone.graphql'), released());
    fs.writeFileSync(path.join(dir, 'partner-ggz.graphql'), released().replace('status: Status!', ''));
    fs.writeFileSync(path.join(dir, 'partner-new.graphql'), released());
    try {
      expect(await contractBreaksSinceRelease(TODAY, dir, releasedDir)).toEqual([
        { file: 'partner-ggz.graphql', breaks: [{ coordinate: 'Handoff.status', change: "Field 'status' was removed from object type 'Handoff'" }] },
        { file: 'partner-gone.graphql', breaks: [{ coordinate: '(schema)', change: 'the contract schema of this role is gone' }] },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
