import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The account a server runs as; a user that does not exist yet owns nothing (uid/gid -1). */
export interface RunAs {
  name: string;
  uid: number;
  gid: number;
}

type Stat = (dir: string) => Pick<fs.Stats, 'uid' | 'gid' | 'mode'> | undefined;

const statIfExists: Stat = (dir) => {
  try {
    return fs.statSync(dir);
  } catch {
    return undefined;
  }
};

/**
 * Why `user` could not reach `dataDir`, in one sentence with the fix, or
 * undefined when every existing directory above it lets the user through.
 * Directories still to be created are made traversable by whoever creates them.
 */
export function dataDirAccessProblem(dataDir: string, user: RunAs, stat: Stat = statIfExists): string | undefined {
  if (user.uid === 0) return undefined;
  const target = path.resolve(dataDir);
  const parts = path.dirname(target).split(path.sep).filter(Boolean);
  let dir = path.parse(target).root;
  for (const part of ['', ...parts]) {
    dir = path.join(dir, part);
    const st = stat(dir);
    if (!st) return undefined;
    const [bit, who] = st.uid === user.uid ? [0o100, 'u'] : st.gid === user.gid ? [0o010, 'g'] : [0o001, 'o'];
    if (!(st.mode & bit)) {
      const mode = (st.mode & 0o777).toString(8).padStart(4, '0');
      return (
        `embedded PostgreSQL runs as the "${user.name}" user, who cannot enter ${dir} (mode ${mode}): ` +
        `run \`chmod ${who}+x ${dir}\`, or set EMBEDDED_PG_DIR to a directory outside it (or DATABASE_URL to a server of your own)`
      );
    }
  }
  return undefined;
}

/** Embedded PostgreSQL never runs as root: started by root, it runs as `postgres`. */
export function embeddedPostgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => {
    try {
      return Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    } catch {
      return -1; // created on first start, owning nothing yet
    }
  };
  return { name: 'postgres', uid: id('-u'), gid: id('-g') };
}

/** Throws the one clear sentence of `dataDirAccessProblem` before PostgreSQL fails with a bare "Permission denied". */
export function assertDataDirReachable(dataDir: string, user = embeddedPostgresUser()): void {
  const problem = user && dataDirAccessProblem(dataDir, user);
  if (problem) throw new Error(problem);
}
