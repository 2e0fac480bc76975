import { AccessRecorder } from './access-recorder';

const C1 = '11111111-1111-4111-8111-111111111111';
const C2 = '22222222-2222-4222-8222-222222222222';
const base = {
  action: 'READ' as const,
  caller: { userId: 'u', roles: ['partner:ggz' as const], applicationId: 'portal' },
  sourceService: 'clients',
  requestId: 'r',
};

describe('AccessRecorder: objects and consents of an entry', () => {
  it('lists the rows served and the consents that allowed each field, once, sorted', () => {
    const access = new AccessRecorder();
    access.noteConsents('handoff.client.name', ['c-2', 'c-1']);
    access.record('ALLOWED', C1, 'Client.name', { object: `Client:${C1}`, consentIds: access.takeConsents('handoff.client.name') });
    access.record('ALLOWED', C1, 'Client.id', { object: `Client:${C1}`, consentIds: access.takeConsents('handoff.client.id') });
    expect(access.takeConsents('handoff.client.name')).toBeUndefined();
    expect(access.events(base)).toEqual([
      expect.objectContaining({ outcome: 'ALLOWED', clientIds: [C1], objects: [`Client:${C1}`], consentIds: ['c-1', 'c-2'], applicationId: 'portal' }),
    ]);
  });

  it('a record named by id joins the entry that names its client, or makes its own', () => {
    const access = new AccessRecorder();
    access.record('DENIED', C1, 'Handoff.status', { object: 'Handoff:h1' });
    access.recordNamed('DENIED', C1, 'Query.handoff', 'Handoff:h2');
    access.recordNamed('DENIED', C2, 'Query.handoff', 'Handoff:h3');
    const events = access.events(base);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: 'DENIED', clientIds: [C1, C2], objects: ['Handoff:h1', 'Handoff:h2', 'Handoff:h3'] });
    expect(events[0].fields).toEqual(['Handoff.status', 'Query.handoff']);
  });

  it('an action given as before (a string) still names the entry', () => {
    const access = new AccessRecorder();
    access.record('ALLOWED', C1, 'WaitlistEntry.status', 'UPDATE');
    expect(access.events(base)).toEqual([expect.objectContaining({ action: 'UPDATE', objects: [], consentIds: [] })]);
  });
});
