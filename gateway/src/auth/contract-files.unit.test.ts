import fs from 'node:fs';
import path from 'node:path';
import { PARTNER_ROLE_LIST } from '@hub/common';
import { readSupergraph } from '../supergraph-file';
import { contractFileName, CONTRACTS_DIR, generatedContracts } from './contract-files';

describe('schema/contracts/', () => {
  const contracts = generatedContracts(readSupergraph());

  it.each(contracts.map((contract) => [path.basename(contract.path), contract]))(
    '%s is what generating it from the supergraph gives now (run `npm run schema:compose`)',
    (_file, contract) => {
      expect(fs.readFileSync(contract.path, 'utf8')).toBe(contract.text);
    },
  );

  it('holds a contract for every partner role, the referrer and the municipality, and nothing else (beside released/)', () => {
    expect(
      fs
        .readdirSync(CONTRACTS_DIR)
        .filter((name) => name.endsWith('.graphql'))
        .sort(),
    ).toEqual(contracts.map((contract) => path.basename(contract.path)).sort());
    expect(contracts.map((contract) => contract.role)).toEqual(expect.arrayContaining([...PARTNER_ROLE_LIST, 'referrer', 'municipality']));
    expect(contracts.map((contract) => contract.role)).not.toContain('staff');
  });

  it('names files after the role: partner:ggz -> partner-ggz.graphql', () => {
    expect(contractFileName('partner:ggz')).toBe('partner-ggz.graphql');
    expect(contractFileName('referrer')).toBe('referrer.graphql');
  });

  it('partner-ggz.graphql has no confidentialAddress', () => {
    expect(fs.readFileSync(path.join(CONTRACTS_DIR, 'partner-ggz.graphql'), 'utf8')).not.toContain('confidentialAddress');
  });
});
