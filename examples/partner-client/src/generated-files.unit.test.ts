import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as documents from './gql/graphql';

const root = path.resolve(__dirname, '..');
const committedDir = path.join(root, 'src/gql');
const contractFile = path.join(root, '../../schema/contracts/partner-ggz.graphql');

/** Runs the codegen CLI as `npm run codegen` does, writing to `outputDir`; its exit code and output. */
async function codegen(outputDir: string, contract = contractFile) {
  // The package's `graphql-codegen` bin, beside its CommonJS entry (its exports map hides the file itself).
  const cli = path.join(path.dirname(require.resolve('@graphql-codegen/cli')), 'bin.js');
  // Without jest's NODE_ENV=test, under which codegen prints no task details (the failing field).
  const env = { ...process.env, NODE_ENV: 'development', GGZ_CODEGEN_OUT: outputDir, GGZ_CODEGEN_SCHEMA: contract };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, '--config', path.join(root, 'dist/codegen-config.js')], { env, cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** The committed codegen output is what codegen writes today from the checked-in GGZ contract and our documents. */
describe('generated client code', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ggz-codegen-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('is fresh: codegen into a temporary directory writes exactly the committed files (run `npm run codegen` if not)', async () => {
    const out = path.join(tmp, 'gql');
    const run = await codegen(out);
    expect(run).toMatchObject({ code: 0 });
    const files = fs.readdirSync(out).sort();
    expect(files).toEqual(fs.readdirSync(committedDir).sort());
    expect(files).toContain('persisted-documents.json');
    for (const file of files) {
      expect({ file, content: fs.readFileSync(path.join(committedDir, file), 'utf8') }).toEqual({
        file,
        content: fs.readFileSync(path.join(out, file), 'utf8'),
      });
    }
  });

  it('fails when the contract drops a field our documents select: the breaking-change alarm', async () => {
    const contract = fs.readFileSync(contractFile, 'utf8');
    const dropped = contract.replace(/\n {2}statusReason: String\n/, '\n');
    expect(dropped).not.toBe(contract);
    fs.writeFileSync(path.join(tmp, 'contract.graphql'), dropped);
    const run = await codegen(path.join(tmp, 'gql'), path.join(tmp, 'contract.graphql'));
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('Cannot query field "statusReason" on type "Handoff"');
  });

  it('keys each persisted document by the sha256 of its text, and every generated document carries its key', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(committedDir, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest).length).toBe(4);
    for (const [key, text] of Object.entries(manifest)) {
      expect(key).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    }
    const hashes = Object.values(documents)
      .map((value) => (value as { __meta__?: { hash: string } } | undefined)?.__meta__?.hash)
      .filter(Boolean);
    expect(hashes.sort()).toEqual(Object.keys(manifest).sort());
  });
});
