import fs from 'node:fs';
import { ROLE_LIMITS } from '@hub/common/light';
import { renderLimits, SECURITY_DOC_PATH, withFreshLimits } from './limits-doc';

describe('docs/security.md, "Limits"', () => {
  it('is what generating it from the settings table gives now (run `npm run docs:limits`)', () => {
    const doc = fs.readFileSync(SECURITY_DOC_PATH, 'utf8');
    expect(doc).toBe(withFreshLimits(doc));
  });

  it('has a row per role with its numbers', () => {
    const ggz = renderLimits()
      .split('\n')
      .find((line) => line.startsWith('| `partner:ggz` |'))!;
    const { operation, user } = ROLE_LIMITS['partner:ggz'];
    expect(ggz).toContain(`| ${operation.depth} | ${operation.aliases} |`);
    expect(ggz).toContain(`| ${user.perSecond}, ${user.burst} |`);
  });
});
