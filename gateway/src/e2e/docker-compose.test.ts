import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, SUBGRAPH_NAMES, subgraphKeysFrom } from '@hub/common';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../../..');
// `merge`: the subgraph services share their build settings through a YAML merge key.
const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
const defaults = loadConfig({});

/** docker-compose.yml runs exactly the services the code has, wired the way the code reads its config. */
describe('docker-compose.yml', () => {
  it('has a PostgreSQL server, one service per subgraph and the gateway, and nothing else', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'postgres', ...SUBGRAPH_NAMES].sort());
  });

  it.each(SUBGRAPH_NAMES.map((name) => [name]))('runs the %s subgraph from its own entry point, on its database, with a healthcheck', (name) => {
    const service = compose.services[name];
    const entry = service.command.join(' ');
    expect(entry).toBe(`node subgraphs/${name}/dist/index.js`);
    expect(fs.existsSync(path.join(ROOT, 'subgraphs', name, 'src', 'index.ts'))).toBe(true);
    const port = service.environment[`${name.toUpperCase()}_PORT`];
    expect(Number(port)).toBe(defaults.subgraphPorts[name]);
    expect(service.environment.DATABASE_URL).toMatch(/^postgresql:\/\/.+@postgres:5432\//);
    expect(service.healthcheck.test.join(' ')).toContain(`localhost:${port}/ready`);
    expect(service.depends_on.postgres.condition).toBe('service_healthy');
  });

  it.each(SUBGRAPH_NAMES.map((name) => [name]))("gives the %s subgraph a key of its own and the gateway's public key, never its private one", (name) => {
    const environment = compose.services[name].environment;
    const gatewayKey = loadConfig(compose.services.gateway.environment).internalKeys.signingKey!;
    // What the subgraph's own process checks at start (run.ts).
    const keys = subgraphKeysFrom(loadConfig(environment));
    expect([...keys.gateway.keys()]).toEqual([gatewayKey.kid]);
    expect(keys.peers.size).toBe(SUBGRAPH_NAMES.length);
    expect(environment.HUB_INTERNAL_SIGNING_KEY).not.toBe(compose.services.gateway.environment.HUB_INTERNAL_SIGNING_KEY);
    const others = SUBGRAPH_NAMES.filter((other) => other !== name).map((other) => compose.services[other].environment.HUB_INTERNAL_SIGNING_KEY);
    expect(others).not.toContain(environment.HUB_INTERNAL_SIGNING_KEY);
  });

  it.each(SUBGRAPH_NAMES.map((name) => [name]))(
    'serves the peers of the %s subgraph on a port of its own, and points it at every other subgraph on theirs',
    (name) => {
      const config = loadConfig(compose.services[name].environment);
      // Its peer listener (subgraph-server.ts `listenForPeers`): the main port then serves only the gateway.
      expect(config.peerPorts[name]).toBeGreaterThan(0);
      expect(config.peerPorts[name]).not.toBe(config.subgraphPorts[name]);
      for (const other of SUBGRAPH_NAMES) {
        const theirs = loadConfig(compose.services[other].environment);
        expect(config.peerUrls[other]).toBe(`http://${other}:${theirs.peerPorts[other]}/graphql`);
      }
    },
  );

  it.each([...SUBGRAPH_NAMES, 'gateway'].map((name) => [name]))('serves the metrics of %s on a port of its own, on the compose network only', (name) => {
    const service = compose.services[name];
    const { metrics, gatewayPort, subgraphPorts, peerPorts } = loadConfig(service.environment);
    // Reachable by a Prometheus container on the compose network, never published on the host.
    expect(metrics?.host).toBe('0.0.0.0');
    expect([gatewayPort, ...Object.values(subgraphPorts), ...Object.values(peerPorts)]).not.toContain(metrics?.port);
    for (const published of service.ports ?? []) expect(String(published)).not.toContain(String(metrics?.port));
  });

  it('points the gateway at every subgraph service and waits for them to be healthy', () => {
    const gateway = compose.services.gateway;
    // The gateway's own entry point: the gateway alone, never the launcher of the whole hub (tools/).
    expect(gateway.command.join(' ')).toBe('node gateway/dist/main.js');
    expect(fs.existsSync(path.join(ROOT, 'gateway', 'src', 'main.ts'))).toBe(true);
    // For the access log: the gateway logs the attempts it refuses.
    expect(gateway.environment.DATABASE_URL).toBe(compose.services.clients.environment.DATABASE_URL);
    for (const name of SUBGRAPH_NAMES) {
      const port = compose.services[name].environment[`${name.toUpperCase()}_PORT`];
      expect(gateway.environment[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
      expect(gateway.depends_on[name].condition).toBe('service_healthy');
    }
    expect(gateway.healthcheck.test.join(' ')).toContain(`localhost:${gateway.environment.GATEWAY_PORT}/ready`);
    expect(compose.services.postgres.healthcheck).toBeDefined();
  });

  it("bounds the gateway's old space, so garbage of a load is collected before it doubles the heap (docs/benchmarks.md, 'Memory after load')", () => {
    const limit = /--max-old-space-size=(\d+)/.exec(compose.services.gateway.environment.NODE_OPTIONS ?? '');
    expect(Number(limit?.[1])).toBeGreaterThanOrEqual(256);
    expect(Number(limit?.[1])).toBeLessThanOrEqual(1024);
  });

  it('gives every service the same access log key, and every subgraph one checkpoint file on a shared volume', () => {
    const services = [...SUBGRAPH_NAMES, 'gateway'].map((name) => loadConfig(compose.services[name].environment));
    const key = services[0].audit.key;
    expect(key?.length).toBeGreaterThanOrEqual(32);
    for (const config of services) expect(config.audit.key).toEqual(key);
    for (const name of SUBGRAPH_NAMES) {
      const service = compose.services[name];
      expect(service.environment.AUDIT_CHECKPOINT_FILE).toBe('/hub/audit/checkpoints.jsonl');
      expect(service.volumes).toContain('audit-checkpoints:/hub/audit');
    }
  });

  it('builds from a Dockerfile that exists', () => {
    expect(fs.existsSync(path.join(ROOT, compose.services.gateway.build.dockerfile))).toBe(true);
  });
});
