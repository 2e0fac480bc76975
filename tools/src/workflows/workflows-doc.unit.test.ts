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
});
