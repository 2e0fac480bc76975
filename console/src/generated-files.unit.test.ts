import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fieldRulesOf, ROLE_SIDES, ROLES, Side } from '@hub/common/light';
import { CONTRACTS_DIR, contractFileName, readSupergraph, renderContract, supergraphSchema } from '@hub/gateway';
import { buildSchema, parse, validate } from 'graphql';

const root = path.resolve(__dirname, '..');
const committedDir = path.join(root, 'src/gql');
const documentsDir = path.join(root, 'src/documents');
const staffContract = path.join(root, 'schema/staff.graphql');

/** Runs the codegen CLI as `npm run codegen -w console` does, writing to `outputDir`. */
async function codegen(outputDir: string) {
  const cli = path.join(path.dirname(require.resolve('@graphql-codegen/cli')), 'bin.js');
  const env = { ...process.env, NODE_ENV: 'development', CONSOLE_CODEGEN_OUT: outputDir };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, '--config', path.join(root, 'dist/codegen-config.js')], { env, cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const documentFile = (name: string) => parse(fs.readFileSync(path.join(documentsDir, name), 'utf8'));
const contract = (role: string) => buildSchema(fs.readFileSync(path.join(CONTRACTS_DIR, contractFileName(role)), 'utf8'));

describe('the console documents and their generated code', () => {
  it('codegen against the staff contract, the schema the console documents are typed by, is the one the supergraph gives today', () => {
    const supergraph = supergraphSchema(readSupergraph());
    expect(fs.readFileSync(staffContract, 'utf8')).toBe(renderContract(supergraph, fieldRulesOf(supergraph), ['staff']));
  });

  it('is fresh: codegen into a temporary directory writes exactly the committed files (run `npm run codegen -w console` if not)', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'console-codegen-')), 'gql');
    try {
      expect(await codegen(out)).toMatchObject({ code: 0 });
      const files = fs.readdirSync(out).sort();
      expect(files).toEqual(fs.readdirSync(committedDir).sort());
      for (const file of files) {
        expect({ file, content: fs.readFileSync(path.join(committedDir, file), 'utf8') }).toEqual({
          file,
          content: fs.readFileSync(path.join(out, file), 'utf8'),
        });
      }
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('keys each persisted document by the sha256 of its text (the manifest to register as trusted documents)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(committedDir, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(4);
    for (const [key, text] of Object.entries(manifest)) expect(key).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
  });

  // The partner screens select only what every partner may: a document valid against each partner contract.
  const partnerRoles = ROLES.filter((role) => role.startsWith('partner:'));
  it.each(partnerRoles)('the handoffs inbox selects only what %s may select', (role) => {
    expect(validate(contract(role), documentFile('handoffs-inbox.graphql')).map((error) => error.message)).toEqual([]);
  });

  // The referrals list is the screen of every role acting for Kadera (`me.side`): valid against each one's contract.
  const kaderaRoles = ROLES.filter((role) => ROLE_SIDES[role] === Side.KADERA);
  it.each(kaderaRoles)('the referrals list selects only what %s may select', (role) => {
    const supergraph = supergraphSchema(readSupergraph());
    const schema = buildSchema(renderContract(supergraph, fieldRulesOf(supergraph), [role])!);
    expect(validate(schema, documentFile('referrals-list.graphql')).map((error) => error.message)).toEqual([]);
  });

  it.each(['referrer', 'municipality', ...partnerRoles])('`me` is open to %s', (role) => {
    expect(validate(contract(role), documentFile('me.graphql')).map((error) => error.message)).toEqual([]);
  });
});
