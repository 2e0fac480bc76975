import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fieldRulesOf } from '@hub/common';
import { CONTRACTS_DIR, deniedSelections, readSupergraph, supergraphSchema } from '@hub/gateway';
import { isObjectType, parse } from 'graphql';

const run = promisify(execFile);
const CLI = path.resolve(__dirname, 'schema-contract.js');
const GGZ = path.join(CONTRACTS_DIR, 'partner-ggz.graphql');
const CODEGEN = path.resolve(__dirname, '../testing/codegen-types.js');

describe('npm run schema:contract', () => {
  it('prints the contract of a role, the checked-in file', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'partner:ggz']);
    expect(stdout).toBe(fs.readFileSync(GGZ, 'utf8'));
  });

  it('writes it to --out', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'contract-')), 'ggz.graphql');
    await run(process.execPath, [CLI, 'partner:ggz', '--out', out]);
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(GGZ, 'utf8'));
  });

  it('refuses an unknown role, naming it and the known roles (fail closed: no contract)', async () => {
    const failed = await run(process.execPath, [CLI, 'partner:unknown']).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr).toContain('unknown role partner:unknown');
    expect(failed?.stderr).toContain('partner:ggz');
  });
});

describe('codegen against partner-ggz.graphql', () => {
  const sdl = readSupergraph();
  const supergraph = supergraphSchema(sdl);
  const rules = fieldRulesOf(supergraph);

  it('yields TypeScript types with no field the gateway refuses to partner:ggz', async () => {
    const { stdout: output } = await run(process.execPath, [CODEGEN, GGZ], { maxBuffer: 16 * 1024 * 1024 });
    // Each object type as codegen writes it: `export type Client = { __typename?: 'Client'; dateOfBirth?: ... };`
    const generated = [...output.matchAll(/^export type (\w+) = \{\n([\s\S]*?)\n\};$/gm)]
      .filter(([, name]) => isObjectType(supergraph.getType(name)))
      .map(([, name, body]) => ({ name, fields: [...body.matchAll(/^ {2}(\w+)\??:/gm)].map(([, field]) => field).filter((f) => f !== '__typename') }));
    expect(generated.map((type) => type.name)).toEqual(expect.arrayContaining(['Client', 'Handoff', 'Query', 'Mutation']));
    const client = generated.find((type) => type.name === 'Client')!;
    expect(client.fields).toContain('healthScreeningSummary');
    expect(client.fields).not.toContain('confidentialAddress');
    expect(client.fields).not.toContain('riskLevel');
    // The oracle is the gateway's own check of an operation selecting each generated field.
    const refused = generated.flatMap((type) =>
      type.fields.filter((field) => deniedSelections(supergraph, parse(`fragment F on ${type.name} { ${field} }`), rules, ['partner:ggz'], false).length > 0),
    );
    expect(refused).toEqual([]);
    expect(output).not.toContain('confidentialAddress');
  });
});
