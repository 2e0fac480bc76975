import fs from 'node:fs';
import { WORKFLOWS_DOC_PATH, withFreshWorkflows } from './workflows-doc';

describe('docs/workflows.md, the state machines', () => {
  const doc = fs.readFileSync(WORKFLOWS_DOC_PATH, 'utf8');

  it('are what generating them from the transition tables gives now (run `npm run docs:workflows`)', () => {
    expect(doc).toBe(withFreshWorkflows(doc));
  });

  it('show a move as its rule says, with who, the reason and the outcome', () => {
    expect(doc).toContain('| REQUESTED, RECEIVED, ON_HOLD | CANCELLED | REFERRER | yes |');
    expect(doc).toContain('| IN_PROGRESS | COMPLETED | PARTNER | no | required, `successful: true` |');
    expect(doc).toContain('  ON_HOLD --> CANCELLED: Kadera or referrer, reason');
  });

  it('name the statuses still waiting for an answer, and the contact-due period of each priority', () => {
    expect(doc).toContain('before it accepts or rejects): `overdue` and the overdue queue: `REQUESTED` and `RECEIVED`.');
    expect(doc).toContain('| URGENT | 1 day | `CONTACT_DUE_DAYS_URGENT` |');
    expect(doc).toContain('| ROUTINE | 7 days | `CONTACT_DUE_DAYS_ROUTINE` |');
  });
});
