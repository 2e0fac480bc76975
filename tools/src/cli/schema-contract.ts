import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { fieldRulesOf, isRole, ROLES } from '@hub/common';
import { CONTRACTS_DIR, generatedContracts, readSupergraph, renderContract, supergraphSchema } from '@hub/gateway';

const USAGE = [
  'usage: npm run --silent schema:contract -- <role>... [--out FILE]   the contract schema of a role set (stdout unless --out)',
  '       npm run --silent schema:contract -- --all                    write schema/contracts/<role>.graphql for every role outside Kadera',
  `roles: ${ROLES.join(' ')}`,
].join('\n');

function main(): void {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, all: { type: 'boolean' } } });
  if (values.all) {
    fs.mkdirSync(CONTRACTS_DIR, { recursive: true });
    for (const contract of generatedContracts(readSupergraph())) {
      fs.writeFileSync(contract.path, contract.text);
      console.log(`wrote ${contract.path}`);
    }
    return;
  }
  if (positionals.length === 0) throw new Error(USAGE);
  const unknown = positionals.filter((role) => !isRole(role));
  if (unknown.length > 0) throw new Error(`unknown role ${unknown.join(', ')}\n${USAGE}`);
  const supergraph = supergraphSchema(readSupergraph());
  const text = renderContract(supergraph, fieldRulesOf(supergraph), positionals);
  if (!text) throw new Error(`${positionals.join(', ')} may select nothing: no contract`);
  if (values.out) fs.writeFileSync(values.out, text);
  else process.stdout.write(text);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
