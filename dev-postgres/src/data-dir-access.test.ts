import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '@hub/common';
import { dataDirAccessProblem } from './data-dir-access';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Some other account, as `postgres` is to a tree root created. */
const stranger = { name: 'postgres', uid: 54321, gid: 54321 };
const isRoot = process.getuid?.() === 0;

describe('embedded PostgreSQL data directory access', () => {
  let root: string;
  let dotData: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-data-access-'));
    fs.chmodSync(root, 0o755);
    dotData = path.join(root, '.data');
    fs.mkdirSync(dotData);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('names a parent the server user cannot enter, and the fix, in one sentence', () => {
    fs.chmodSync(dotData, 0o700);
    const problem = dataDirAccessProblem(path.join(dotData, 'postgres'), stranger);
    expect(problem).toBe(
      `embedded PostgreSQL runs as the "postgres" user, who cannot enter ${dotData} (mode 0700): ` +
        `run \`chmod o+x ${dotData}\`, or set EMBEDDED_PG_DIR to a directory outside it (or DATABASE_URL to a server of your own)`,
    );
  });

  it('passes a path the server user can traverse, and directories that do not exist yet', () => {
    fs.chmodSync(dotData, 0o755);
    expect(dataDirAccessProblem(path.join(dotData, 'postgres'), stranger)).toBeUndefined();
    expect(dataDirAccessProblem(path.join(dotData, 'not', 'yet', 'postgres'), stranger)).toBeUndefined();
  });

  it('reads the owner bits for the owner, the group bits for the group, and says which to add', () => {
    const modes: Record<string, { mode: number; uid: number; gid: number }> = {
      '/': { mode: 0o755, uid: 0, gid: 0 },
      '/srv': { mode: 0o750, uid: 0, gid: 70 },
      '/srv/hub': { mode: 0o700, uid: 70, gid: 70 },
    };
    const stat = (dir: string) => modes[dir];
    const dataDir = '/srv/hub/postgres';
    expect(dataDirAccessProblem(dataDir, { name: 'postgres', uid: 70, gid: 70 }, stat)).toBeUndefined();
    expect(dataDirAccessProblem(dataDir, { name: 'postgres', uid: 71, gid: 70 }, stat)).toMatch(
      /cannot enter \/srv\/hub \(mode 0700\): run `chmod g\+x \/srv\/hub`/,
    );
    expect(dataDirAccessProblem(dataDir, { name: 'postgres', uid: 71, gid: 71 }, stat)).toMatch(/cannot enter \/srv \(mode 0750\): run `chmod o\+x \/srv`/);
  });

  (isRoot ? it : it.skip)(
    isRoot
      ? 'run as root, refuses to start PostgreSQL under a 0700 parent with that sentence'
      : 'run as root, refuses to start PostgreSQL under a 0700 parent (skipped: needs root; the check only applies when root starts PostgreSQL)',
    async () => {
      fs.chmodSync(dotData, 0o700);
      await expect(
        startEmbeddedPostgres({ dataDir: path.join(dotData, 'postgres'), port: 1, persistent: false, logger: createLogger('silent') }),
      ).rejects.toThrow(`who cannot enter ${dotData} (mode 0700): run \`chmod o+x ${dotData}\``);
      expect(fs.existsSync(path.join(dotData, 'postgres'))).toBe(false);
    },
  );
});
