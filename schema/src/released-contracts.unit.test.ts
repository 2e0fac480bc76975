import fs from 'node:fs';
import path from 'node:path';
import { CONTRACT_ROLES, contractFileName } from '@hub/gateway';
import { contractBreaksSinceRelease, RELEASED_CONTRACTS_DIR } from './contract-breaks';
import { utcToday } from './deprecation';

describe('schema/contracts/ against the contracts last released to partners (schema/contracts/released/)', () => {
  it('has a released snapshot of every role contract (`npm run schema:release` makes them)', () => {
    const released = fs.readdirSync(RELEASED_CONTRACTS_DIR).filter((name) => name.endsWith('.graphql'));
    expect(released.sort()).toEqual(CONTRACT_ROLES.map(contractFileName).sort());
  });

  it('breaks nothing a partner relies on: only additions, and removals of what was deprecated with a removal date that has passed', async () => {
    const results = await contractBreaksSinceRelease(utcToday());
    const breaks = results.flatMap(({ file, breaks }) => breaks.map((b) => `${path.basename(file, '.graphql')}: ${b.coordinate}: ${b.change}`));
    // Each line names the role's contract, the coordinate and the change. To change a contract on purpose: deprecate
    // first with "Removal after YYYY-MM-DD." (docs/partners.md, "Versioning and deprecation"), then remove after that day.
    expect(breaks).toEqual([]);
  });
});
