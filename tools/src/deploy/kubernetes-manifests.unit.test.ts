import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, peerCallersOf, SUBGRAPH_NAMES, type SubgraphName } from '@hub/common';
import { kustomizeBuild, type K8sObject } from './kustomize-build';
import { validateObject } from './kubernetes-models';

const ROOT = path.resolve(__dirname, '../../..');
const OVERLAYS = ['development', 'production'];
const built = Object.fromEntries(OVERLAYS.map((name) => [name, kustomizeBuild(path.join(ROOT, 'deploy', 'kubernetes', 'overlays', name))]));
const defaults = loadConfig({});

/** The settings whose values are secrets: each must come from a Secret (secretKeyRef), never a literal value. */
const SECRET_SETTINGS = [
  'DATABASE_URL',
  'AUDIT_LOG_KEY',
  'HUB_INTERNAL_SIGNING_KEY',
  'HUB_GATEWAY_PUBLIC_KEYS',
  'HUB_PEER_PUBLIC_KEYS',
  'BSN_ENCRYPTION_KEY',
  'BSN_INDEX_KEY',
  'WEBHOOK_SECRET_KEY',
  'REDIS_URL',
];

interface Container {
  name: string;
  command: string[];
  env?: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }>;
  ports?: Array<{ name?: string; containerPort: number }>;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  securityContext?: { runAsNonRoot?: boolean; readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean; capabilities?: { drop?: string[] } };
  volumeMounts?: Array<{ name: string; mountPath: string }>;
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  volumes?: Array<{ name: string }>;
}
interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: string; values: string[] }>;
}
interface NetworkPeer {
  podSelector?: Selector;
  namespaceSelector?: Selector;
  ipBlock?: { cidr: string };
}
interface IngressRule {
  from?: NetworkPeer[];
  ports?: Array<{ protocol?: string; port?: number | string }>;
}
/** Who might connect: a pod (its labels, its namespace's name) or, without a namespace, something outside the cluster. */
interface Source {
  labels: Record<string, string>;
  namespace?: string;
}

/** A container's settings with literal values, as the process reads them (Secrets and ConfigMaps left out). */
const literalEnv = (container: Container): NodeJS.ProcessEnv =>
  Object.fromEntries((container.env ?? []).filter((entry) => entry.value !== undefined).map((entry) => [entry.name, entry.value]));
const find = (objects: K8sObject[], kind: string, name: string) => objects.find((object) => object.kind === kind && object.metadata.name === name);
const podSpec = (object: K8sObject) => (object.spec as { template: { spec: PodSpec; metadata: { labels: Record<string, string> } } }).template;
const containersOf = (spec: PodSpec) => [...(spec.initContainers ?? []), ...spec.containers];

/** Whether a selector (matchLabels and In expressions, all this deployment uses) selects pods with `labels`. */
function selects(selector: Selector, labels: Record<string, string>): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  return (
    byLabels &&
    (selector.matchExpressions ?? []).every((expression) => {
      if (expression.operator !== 'In') throw new Error(`selector operator ${expression.operator} not understood by this test`);
      return expression.values.includes(labels[expression.key]);
    })
  );
}

/**
 * Whether the NetworkPolicies among `objects` let `source` connect to `port` (a container port) of pods with `labels`
 * in `namespace`: a pod no Ingress policy selects is open; otherwise some rule of a policy selecting it must admit
 * the source (by pod and namespace labels; an address block only from outside the cluster) on that port (by number
 * or by name).
 */
function admits(
  objects: K8sObject[],
  target: { labels: Record<string, string>; namespace: string },
  port: { name?: string; containerPort: number },
  source: Source,
) {
  const policies = objects
    .filter((object) => object.kind === 'NetworkPolicy')
    .map((object) => object.spec as { podSelector: Selector; policyTypes: string[]; ingress?: IngressRule[] })
    .filter((spec) => spec.policyTypes.includes('Ingress') && selects(spec.podSelector, target.labels));
  if (!policies.length) return true;
  const fromSource = (peer: NetworkPeer) => {
    if (peer.ipBlock) return source.namespace === undefined;
    if (source.namespace === undefined) return false;
    const namespaceMatches = peer.namespaceSelector
      ? selects(peer.namespaceSelector, { 'kubernetes.io/metadata.name': source.namespace })
      : source.namespace === target.namespace;
    return namespaceMatches && (!peer.podSelector || selects(peer.podSelector, source.labels));
  };
  const onPort = (rule: IngressRule) =>
    !rule.ports?.length || rule.ports.some((entry) => entry.port === undefined || entry.port === port.containerPort || entry.port === port.name);
  return policies.some((spec) => (spec.ingress ?? []).some((rule) => onPort(rule) && (!rule.from?.length || rule.from.some(fromSource))));
}

it('the schema check refuses what Kubernetes would refuse, and a kind it has no schema for', () => {
  const deployment = structuredClone(find(built.production, 'Deployment', 'gateway')!);
  (deployment.spec as { replicas: unknown }).replicas = 'two';
  expect(() => validateObject(deployment)).toThrow();
  expect(() => validateObject({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } })).toThrow(/no schema/);
});

describe("each pod's CPU, from the measured CPU per request (docs/deployment.md, 'Sizing and replicas')", () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'deployment.md'), 'utf8');
  // The table's rows: | `name` | query | quiet ms | planned | request | limit | per pod |
  const rows = new Map(
    [...doc.matchAll(/^\s*\| `([a-z]+)` \|(.*)\|\s*$/gm)].map(([, name, rest]) => [name, rest.split('|').map((cell) => cell.trim())] as const),
  );
  // The stated load the base's replicas carry, and the margin on the quiet run's figures.
  const STATED_LOAD_PER_S = 50;
  const MARGIN = 3;
  const objects = built.production;

  it.each(['gateway', ...SUBGRAPH_NAMES])('sizes %s as the table says, and the table by its rule', (name) => {
    const row = rows.get(name);
    expect(row).toBeDefined();
    const [, quiet, , request, limit] = row!;
    const resources = podSpec(find(objects, 'Deployment', name)!).spec.containers[0].resources!;
    expect(resources.requests?.cpu).toBe(request);
    expect(String(resources.limits?.cpu)).toBe(limit);
    const autoscaler = find(objects, 'HorizontalPodAutoscaler', name)!.spec as {
      minReplicas: number;
      metrics: Array<{ resource: { name: string; target: { averageUtilization: number } } }>;
    };
    const target = autoscaler.metrics.find((metric) => metric.resource.name === 'cpu')!.resource.target.averageUtilization / 100;
    const cores = (STATED_LOAD_PER_S * MARGIN * parseFloat(quiet)) / 1000 / (autoscaler.minReplicas * target);
    expect(request).toBe(`${Math.ceil((cores * 1000) / 50) * 50}m`);
  });
});

describe.each(OVERLAYS)('deploy/kubernetes/overlays/%s', (overlay) => {
  const objects = built[overlay];
  const pods = objects.filter((object) => object.kind === 'Deployment' || object.kind === 'Job');

  it('builds into objects that are each valid against the Kubernetes OpenAPI schemas', () => {
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) {
      expect(() => validateObject(object)).not.toThrow();
      expect(object.metadata.namespace).toBeDefined();
    }
  });

  it('has a Deployment, Service, PodDisruptionBudget and HorizontalPodAutoscaler for the gateway and every subgraph, and nothing else runs', () => {
    const services = ['gateway', ...SUBGRAPH_NAMES];
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler']) {
      expect(
        objects
          .filter((object) => object.kind === kind)
          .map((object) => object.metadata.name)
          .sort(),
      ).toEqual([...services].sort());
    }
    for (const name of services) {
      const labels = podSpec(find(objects, 'Deployment', name)!).metadata.labels;
      const budget = find(objects, 'PodDisruptionBudget', name)!.spec as { selector: Selector };
      expect(selects(budget.selector, labels)).toBe(true);
      const autoscaler = find(objects, 'HorizontalPodAutoscaler', name)!.spec as { scaleTargetRef: { kind: string; name: string } };
      expect(autoscaler.scaleTargetRef).toMatchObject({ kind: 'Deployment', name });
    }
  });

  it.each([...SUBGRAPH_NAMES, 'gateway'])(
    'runs %s from its entry point with both probes, requests and limits, non-root on a read-only root, with a matching Service',
    (name) => {
      const deployment = find(objects, 'Deployment', name)!;
      const template = podSpec(deployment);
      const [container] = template.spec.containers;
      expect(template.spec.containers).toHaveLength(1);
      expect(container.command.join(' ')).toBe(name === 'gateway' ? 'node gateway/dist/main.js' : `node subgraphs/${name}/dist/index.js`);
      const port = name === 'gateway' ? defaults.gatewayPort : defaults.subgraphPorts[name as (typeof SUBGRAPH_NAMES)[number]];
      const portSetting = `${name.toUpperCase()}_PORT`;
      expect(container.env?.find((entry) => entry.name === portSetting)?.value ?? String(defaults.gatewayPort)).toBe(String(port));
      const config = loadConfig(literalEnv(container));
      const peerPort = name === 'gateway' ? undefined : config.peerPorts[name as SubgraphName];
      // Its API, the peer listener of a subgraph (peer-calls.ts), and metrics: each a port of its own, as the code reads them.
      expect(container.ports).toEqual([
        { name: 'http', containerPort: port },
        ...(name === 'gateway' ? [] : [{ name: 'peer', containerPort: peerPort }]),
        { name: 'metrics', containerPort: config.metrics?.port },
      ]);
      expect(peerPort === undefined).toBe(name === 'gateway');
      expect(container.livenessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
      expect(container.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
      for (const resource of ['cpu', 'memory']) {
        expect(container.resources?.requests?.[resource]).toBeDefined();
        expect(container.resources?.limits?.[resource]).toBeDefined();
      }
      expect(template.spec.securityContext?.runAsNonRoot).toBe(true);
      expect(container.securityContext).toMatchObject({
        runAsNonRoot: true,
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
      });
      if (name === 'gateway') {
        // Its old space bounded (docs/benchmarks.md, "Memory after load"), with room under the memory limit for the
        // young generation, code and buffers (about 150 MB at rest).
        const oldSpace = Number(/--max-old-space-size=(\d+)/.exec(container.env?.find((entry) => entry.name === 'NODE_OPTIONS')?.value ?? '')?.[1]);
        const limitMi = Number(/^(\d+)Mi$/.exec(String(container.resources?.limits?.memory))?.[1]);
        expect(oldSpace).toBeGreaterThanOrEqual(256);
        expect(oldSpace + 200).toBeLessThanOrEqual(limitMi);
      }
      // What it writes has a volume: /tmp, and for a subgraph the access log's checkpoint file.
      const mounts = (container.volumeMounts ?? []).map((mount) => mount.mountPath);
      expect(mounts).toContain('/tmp');
      if (name !== 'gateway') {
        const file = container.env?.find((entry) => entry.name === 'AUDIT_CHECKPOINT_FILE')?.value;
        expect(mounts).toContain(path.dirname(file!));
        // Replicas never migrate: the Job does.
        expect(container.env).toContainEqual({ name: 'HUB_MIGRATE_ON_START', value: 'false' });
        expect(loadConfig({ HUB_MIGRATE_ON_START: 'false' }).migrateOnStart).toBe(false);
      }
      // The Service selects exactly these pods and sends to the container's port.
      const service = find(objects, 'Service', name)!.spec as { selector: Record<string, string>; ports: Array<{ port: number; targetPort: string | number }> };
      expect(selects({ matchLabels: service.selector }, template.metadata.labels)).toBe(true);
      expect(
        objects.filter((object) => object.kind === 'Deployment' && selects({ matchLabels: service.selector }, podSpec(object).metadata.labels)),
      ).toHaveLength(1);
      expect(service.ports).toEqual([
        { name: 'http', port, targetPort: 'http' },
        ...(name === 'gateway' ? [] : [{ name: 'peer', port: peerPort, targetPort: 'peer' }]),
      ]);
    },
  );

  it('points the gateway at the subgraphs by their Services on their API ports, and each subgraph at its peers on their peer ports', () => {
    const servicePort = (subgraph: SubgraphName, portName: string) =>
      (find(objects, 'Service', subgraph)!.spec as { ports: Array<{ name: string; port: number }> }).ports.find((entry) => entry.name === portName)!.port;
    const gateway = loadConfig(literalEnv(podSpec(find(objects, 'Deployment', 'gateway')!).spec.containers[0]));
    for (const subgraph of SUBGRAPH_NAMES) expect(gateway.subgraphUrls[subgraph]).toBe(`http://${subgraph}:${servicePort(subgraph, 'http')}/graphql`);
    for (const name of SUBGRAPH_NAMES) {
      const container = podSpec(find(objects, 'Deployment', name)!).spec.containers[0];
      const config = loadConfig(literalEnv(container));
      for (const subgraph of SUBGRAPH_NAMES) expect(config.peerUrls[subgraph]).toBe(`http://${subgraph}:${servicePort(subgraph, 'peer')}/graphql`);
      // A subgraph has no business with another's API port.
      expect(container.env?.some((entry) => /^[A-Z]+_URL$/.test(entry.name) && entry.name !== 'DATABASE_URL')).toBe(false);
    }
  });

  it.each([...SUBGRAPH_NAMES, 'gateway'])('serves the metrics of %s on its port `metrics`, on the pod address, with scrape annotations', (name) => {
    const template = podSpec(find(objects, 'Deployment', name)!) as ReturnType<typeof podSpec> & { metadata: { annotations?: Record<string, string> } };
    const container = template.spec.containers[0];
    const { metrics } = loadConfig(literalEnv(container));
    expect(metrics).toEqual({ port: container.ports?.find((entry) => entry.name === 'metrics')?.containerPort, host: '0.0.0.0' });
    expect(template.metadata.annotations).toMatchObject({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': String(metrics!.port),
      'prometheus.io/path': '/metrics',
    });
  });

  it('runs every migration once, in a Job of one pod, with the migration command of each subgraph', () => {
    const jobs = objects.filter((object) => object.kind === 'Job');
    expect(jobs).toHaveLength(1);
    expect(jobs[0].spec).toMatchObject({ parallelism: 1, completions: 1 });
    const spec = podSpec(jobs[0]).spec;
    expect(containersOf(spec).map((container) => container.command.join(' '))).toEqual(SUBGRAPH_NAMES.map((name) => `node subgraphs/${name}/dist/migrate.js`));
    expect(spec.securityContext?.runAsNonRoot).toBe(true);
    for (const container of containersOf(spec)) {
      // As the schemas' owner; the services connect as the role that may only append to the access log.
      expect(container.env?.find((entry) => entry.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef).toEqual({ name: 'hub-database', key: 'migration-url' });
      expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      expect(container.resources?.limits?.memory).toBeDefined();
    }
  });

  it('takes every secret setting from a Secret, never from a literal value', () => {
    const containers = pods.flatMap((object) => containersOf(podSpec(object).spec));
    const secretEnv = containers.flatMap((container) => (container.env ?? []).filter((entry) => SECRET_SETTINGS.includes(entry.name)));
    expect(secretEnv.length).toBeGreaterThan(0);
    for (const entry of secretEnv) {
      expect(entry.value).toBeUndefined();
      expect(entry.valueFrom?.secretKeyRef).toBeDefined();
    }
    // Each service gets its own signing key, never the gateway's.
    for (const name of SUBGRAPH_NAMES) {
      const env = podSpec(find(objects, 'Deployment', name)!).spec.containers[0].env!;
      expect(env.find((entry) => entry.name === 'HUB_INTERNAL_SIGNING_KEY')?.valueFrom?.secretKeyRef?.key).toBe(`${name}-signing-key`);
    }
    // Nothing secret in a ConfigMap either.
    for (const configMap of objects.filter((object) => object.kind === 'ConfigMap')) {
      for (const key of Object.keys(configMap.data as object)) expect(SECRET_SETTINGS).not.toContain(key);
    }
  });

  it('holds no secret value: production no Secret at all, development only placeholders', () => {
    const secrets = objects.filter((object) => object.kind === 'Secret');
    if (overlay === 'production') expect(secrets).toEqual([]);
    else expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      for (const value of Object.values(secret.data as Record<string, string>)) expect(Buffer.from(value, 'base64').toString()).toMatch(/^PLACEHOLDER-/);
    }
  });

  it("denies by default; admits to each subgraph's API only the gateway, to its peer port exactly the subgraphs that call it, to metrics only Prometheus", () => {
    const policies = objects.filter((object) => object.kind === 'NetworkPolicy');
    const deny = policies.find((policy) => {
      const spec = policy.spec as { podSelector: Selector; policyTypes: string[]; ingress?: unknown; egress?: unknown };
      return (
        Object.keys(spec.podSelector).length === 0 &&
        spec.policyTypes.includes('Ingress') &&
        spec.policyTypes.includes('Egress') &&
        !spec.ingress &&
        !spec.egress
      );
    });
    expect(deny).toBeDefined();
    const namespace = find(objects, 'Deployment', 'gateway')!.metadata.namespace!;
    const labelsOf = (kind: string, name: string) => podSpec(find(objects, kind, name)!).metadata.labels;
    // Everyone who might try: the hub's pods, a stranger in the namespace, the same labels in another namespace,
    // Prometheus in the monitoring namespace and in this one, and the world outside the cluster.
    const sources: Record<string, Source> = {
      gateway: { labels: labelsOf('Deployment', 'gateway'), namespace },
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { labels: labelsOf('Deployment', name), namespace }])),
      'migration job': { labels: labelsOf('Job', 'hub-migrate'), namespace },
      'other pod': { labels: { 'app.kubernetes.io/name': 'other', 'app.kubernetes.io/part-of': 'kadera-hub' }, namespace },
      'gateway of another namespace': { labels: labelsOf('Deployment', 'gateway'), namespace: 'elsewhere' },
      'prometheus in monitoring': { labels: { 'app.kubernetes.io/name': 'prometheus' }, namespace: 'monitoring' },
      'prometheus here': { labels: { 'app.kubernetes.io/name': 'prometheus' }, namespace },
      outside: { labels: {} },
    };
    const admitted = (name: string, portName: string) => {
      const target = { labels: labelsOf('Deployment', name), namespace };
      const port = podSpec(find(objects, 'Deployment', name)!).spec.containers[0].ports!.find((entry) => entry.name === portName)!;
      return Object.keys(sources).filter((source) => admits(objects, target, port, sources[source]));
    };
    for (const subgraph of SUBGRAPH_NAMES) {
      // Every port the pod has is one of these three: none is left open by accident.
      expect(podSpec(find(objects, 'Deployment', subgraph)!).spec.containers[0].ports!.map((entry) => entry.name)).toEqual(['http', 'peer', 'metrics']);
      expect(admitted(subgraph, 'http')).toEqual(['gateway']);
      expect(admitted(subgraph, 'peer')).toEqual(peerCallersOf(subgraph));
      expect(admitted(subgraph, 'metrics')).toEqual(['prometheus in monitoring']);
    }
    // The gateway is the hub's front door; its metrics are not.
    expect(admitted('gateway', 'http')).toEqual(Object.keys(sources));
    expect(admitted('gateway', 'metrics')).toEqual(['prometheus in monitoring']);
  });

  it('lets only the hub pods reach PostgreSQL, on its port', () => {
    const policy = find(objects, 'NetworkPolicy', 'to-postgresql')!.spec as {
      podSelector: Selector;
      egress: Array<{ to: NetworkPeer[]; ports: Array<{ port: number }> }>;
    };
    expect(policy.egress.flatMap((rule) => rule.ports.map((port) => port.port))).toEqual([5432]);
    for (const object of pods) expect(selects(policy.podSelector, podSpec(object).metadata.labels)).toBe(true);
    // No other policy opens port 5432, or an egress to everywhere.
    for (const other of objects.filter((object) => object.kind === 'NetworkPolicy' && object !== find(objects, 'NetworkPolicy', 'to-postgresql'))) {
      for (const rule of (other.spec as { egress?: Array<{ ports?: Array<{ port: number }> }> }).egress ?? []) {
        expect(rule.ports?.length).toBeGreaterThan(0);
        expect(rule.ports!.map((port) => port.port)).not.toContain(5432);
      }
    }
  });
});
