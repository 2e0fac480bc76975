import { canonicalEntry, canonicalUuid, entryMac, NO_EXTRAS, type EntryContent } from './access-entry-mac';

const KEY = Buffer.alloc(32, 7);
const ENTRY: EntryContent = {
  eventId: '0B6F0A0E-1C2D-4E5F-8A9B-0C1D2E3F4A5B',
  occurredAt: new Date('2026-11-30T01:02:03.456Z'),
  action: 'READ',
  outcome: 'ALLOWED',
  clientIds: ['{11111111-2222-4333-8444-555555555555}'],
  userId: 'staff-1',
  organisationId: null,
  roles: ['staff'],
  purpose: 'care',
  fields: ['Client.name', 'Client."risk"'],
  sourceService: 'clients',
  requestId: 'r-1',
  ...NO_EXTRAS,
  objects: [],
  consentIds: [],
};

describe('access log entry: canonical form and MAC', () => {
  it('is a JSON array in a fixed order, UUIDs and array elements as the database returns them', () => {
    expect(canonicalEntry(ENTRY)).toBe(
      '["0b6f0a0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b","2026-11-30T01:02:03.456Z","READ","ALLOWED",["11111111-2222-4333-8444-555555555555"],"staff-1",null,["staff"],"care",["Client.name","Client.risk"],"clients","r-1"]',
    );
  });

  it('is the same for what is written and what is read back', () => {
    const readBack = {
      ...ENTRY,
      eventId: canonicalUuid(ENTRY.eventId),
      clientIds: ['11111111-2222-4333-8444-555555555555'],
      fields: ['Client.name', 'Client.risk'],
    };
    expect(entryMac(KEY, readBack)).toBe(entryMac(KEY, ENTRY));
  });

  it('changes with every field of the content, and with the key', () => {
    const mac = entryMac(KEY, ENTRY);
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    const changes: Array<Partial<EntryContent>> = [
      { eventId: '0b6f0a0e-1c2d-4e5f-8a9b-0c1d2e3f4a5c' },
      { occurredAt: new Date('2026-11-30T01:02:03.457Z') },
      { action: 'UPDATE' },
      { outcome: 'DENIED' },
      { clientIds: [] },
      { userId: 'staff-2' },
      { organisationId: '' },
      { roles: ['auditor'] },
      { purpose: null },
      { fields: ['Client.name'] },
      { sourceService: 'gateway' },
      { requestId: null },
      { onBehalfOf: 'staff-9' },
      { applicationId: 'ggz-app' },
      { sourceAddress: '192.0.2.1' },
      { objects: ['Client:11111111-2222-4333-8444-555555555555'] },
      { consentIds: ['22222222-2222-4333-8444-555555555555'] },
      { emergency: true },
    ];
    for (const change of changes) expect(entryMac(KEY, { ...ENTRY, ...change })).not.toBe(mac);
    expect(entryMac(Buffer.alloc(32, 8), ENTRY)).not.toBe(mac);
  });

  it('cannot be shifted between fields (a value moved into its neighbour changes it)', () => {
    const a = entryMac(KEY, { ...ENTRY, userId: 'a,b', organisationId: null });
    const b = entryMac(KEY, { ...ENTRY, userId: 'a', organisationId: 'b' });
    expect(a).not.toBe(b);
  });

  it('is the keyed-entry form for an entry with nothing in the later columns, and covers them once they hold something', () => {
    // Entries written before the NEN 7513 columns existed keep their MAC: the form is the twelve-element array.
    expect(JSON.parse(canonicalEntry(ENTRY))).toHaveLength(12);
    const full = { ...ENTRY, applicationId: 'ggz-app', objects: ['Handoff:33333333-2222-4333-8444-555555555555'], emergency: true };
    expect(JSON.parse(canonicalEntry(full))).toEqual([
      ...JSON.parse(canonicalEntry(ENTRY)),
      [null, 'ggz-app', null, ['Handoff:33333333-2222-4333-8444-555555555555'], [], true],
    ]);
    // Emptying the later columns of an entry that held something is an edit.
    expect(entryMac(KEY, { ...full, ...NO_EXTRAS })).not.toBe(entryMac(KEY, full));
  });
});
