import { execFileSync } from 'node:child_process';

/**
 * The gateway loads only `@hub/common/light`, never the subgraphs' libraries (issue 13: its RSS).
 * Each module graph is loaded in a child process of its own, which names the packages it loaded.
 */
const SUBGRAPH_LIBRARIES = [
  '@mikro-orm/core',
  '@mikro-orm/knex',
  '@mikro-orm/migrations',
  '@mikro-orm/postgresql',
  'knex',
  'type-graphql',
  'class-validator',
  'graphql-shield',
  'graphql-middleware',
  'graphql-scalars',
  'reflect-metadata',
  '@apollo/subgraph',
  'dataloader',
];

function packagesLoadedBy(specifier: string): string[] {
  const script = `
    require(${JSON.stringify(require.resolve(specifier))});
    const names = Object.keys(require.cache).flatMap((file) => {
      const parts = file.split('/node_modules/');
      if (parts.length < 2) return [];
      const segments = parts[parts.length - 1].split('/');
      return [segments[0].startsWith('@') ? segments[0] + '/' + segments[1] : segments[0]];
    });
    process.stdout.write(JSON.stringify([...new Set(names)]));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
}

describe('lean imports', () => {
  it('the light entry of @hub/common loads none of the subgraph libraries, nor pg', () => {
    const loaded = packagesLoadedBy('@hub/common/light');
    expect(loaded).toContain('graphql');
    expect(loaded.filter((name) => [...SUBGRAPH_LIBRARIES, 'pg'].includes(name))).toEqual([]);
  });

  it('the gateway loads none of them either', () => {
    const loaded = packagesLoadedBy('./index');
    expect(loaded).toContain('@apollo/gateway');
    expect(loaded.filter((name) => SUBGRAPH_LIBRARIES.includes(name))).toEqual([]);
  });

  it('while the full entry does load them (the probe sees them)', () => {
    const loaded = packagesLoadedBy('@hub/common');
    expect(SUBGRAPH_LIBRARIES.filter((name) => !loaded.includes(name))).toEqual([]);
  });
});
