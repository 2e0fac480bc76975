import { ANY_DOCUMENT_ROLES, PARTNER_ROLE_TYPES } from '@hub/common';
import { consoleApplicationName, consoleManifests } from './console-documents';

const INBOX = 'query HandoffsInbox { handoffs { edges { node { id } } } }';
const LIST = 'query ReferralsList { referrals { edges { node { id } } } }';
const ME = 'query Me { me { role } }';

describe("the console's trusted documents per role", () => {
  it("gives each role exactly the operations document-roles names for it, keyed by codegen's hashes", () => {
    const manifests = consoleManifests(
      { 'sha256:aa': INBOX, 'sha256:bb': LIST, 'sha256:cc': ME },
      { HandoffsInbox: ['staff', 'partner:ggz'], ReferralsList: ['staff'], Me: ['staff', 'partner:ggz', 'municipality'] },
    );
    expect(Object.fromEntries(manifests)).toEqual({
      staff: { 'sha256:aa': INBOX, 'sha256:bb': LIST, 'sha256:cc': ME },
      'partner:ggz': { 'sha256:aa': INBOX, 'sha256:cc': ME },
      municipality: { 'sha256:cc': ME },
    });
    expect(consoleApplicationName('partner:ggz')).toBe('kadera-console/partner:ggz');
  });

  it('refuses a table naming an operation codegen did not write, or a role the hub does not know', () => {
    expect(() => consoleManifests({ 'sha256:cc': ME }, { HandoffsInbox: ['staff'] })).toThrow(/HandoffsInbox .* not in persisted-documents.json/);
    expect(() => consoleManifests({ 'sha256:cc': ME }, { Me: ['root'] })).toThrow(/unknown role root/);
  });

  it("from the committed files: every partner role gets the inbox and no referrals list; Kadera's roles get the list", () => {
    const manifests = consoleManifests();
    const names = (role: string) => Object.values(manifests.get(role as never) ?? {}).map((body) => /(?:query|mutation) (\w+)/.exec(body)![1]);
    for (const role of Object.keys(PARTNER_ROLE_TYPES)) {
      expect(names(role)).toEqual(expect.arrayContaining(['Me', 'HandoffsInbox', 'AcceptHandoff']));
      expect(names(role)).not.toContain('ReferralsList');
    }
    for (const role of ANY_DOCUMENT_ROLES.filter((r) => r !== 'auditor')) expect(names(role)).toContain('ReferralsList');
  });
});
