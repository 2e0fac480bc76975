import fs from 'node:fs';
import { DOCUMENT_ROLES_FILE } from '../access/document-roles';
import { operationName } from '../access/screen-access';
import { screensFor } from './registry';
import { TODAY_DOCUMENTS } from './today';

const committed = JSON.parse(fs.readFileSync(DOCUMENT_ROLES_FILE, 'utf8')) as Record<string, string[]>;
const ids = (roles: string[], side: string) => screensFor({ roles, side }).map((screen) => screen.id);

describe('Today, the handoffs and the statistics screens', () => {
  it('Today opens first for every Kadera role that may run one of its sections, and for no one else', () => {
    for (const role of ['staff', 'intake', 'shelter']) {
      const mayRunASection = TODAY_DOCUMENTS.some((document) => committed[operationName(document)].includes(role));
      expect({ role, first: ids([role], 'KADERA')[0] === 'today' }).toEqual({ role, first: mayRunASection });
    }
    expect(ids(['no-such-role'], 'KADERA')).toEqual([]);
    expect(ids(['partner:ggz'], 'PARTNER')).toEqual(['inbox']);
  });

  it('a municipality is offered its own figures and nothing of Kadera’s', () => {
    expect(ids(['municipality'], 'MUNICIPALITY')).toEqual(['statistics']);
    expect(ids(['municipality'], 'KADERA')).toEqual([]);
  });

  it('staff get the handoffs screen; a role that may not list handoffs does not', () => {
    expect(ids(['staff'], 'KADERA')).toContain('handoffs');
    expect(ids(['auditor'], 'AUDITOR')).toEqual([]);
  });
});
