import fs from 'node:fs';
import path from 'node:path';
import { HubMetrics } from '@hub/common';

// The package is ESM with a CommonJS build beside it (its `require` export), which these compiled tests load.
type LezerPromQL = typeof import('@prometheus-io/lezer-promql', { with: { 'resolution-mode': 'import' } });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parser } = require('@prometheus-io/lezer-promql') as LezerPromQL;

const DASHBOARD = path.resolve(__dirname, '../../../deploy/grafana/hub-dashboard.json');

interface Panel {
  title: string;
  targets?: Array<{ expr: string }>;
}

/** Every series name a registry can expose: histograms and summaries as their samples are named. */
async function exposedNames(metrics: HubMetrics): Promise<Set<string>> {
  const names = new Set<string>();
  for (const { name, type } of await metrics.registry.getMetricsAsJSON()) {
    const kind = String(type);
    const suffixes = kind === 'histogram' ? ['_bucket', '_sum', '_count'] : kind === 'summary' ? ['', '_sum', '_count'] : [''];
    for (const suffix of suffixes) names.add(name + suffix);
  }
  return names;
}

/** Grafana's own interval variables, as Grafana fills them in before Prometheus sees the query. */
const withIntervals = (expr: string) => expr.replace(/\$__(rate_interval|interval|range)\b/g, '5m');

/** The metric names a PromQL expression selects, read by Prometheus's own grammar (a syntax error fails). */
function selectedNames(query: string): string[] {
  const expr = withIntervals(query);
  const tree = parser.parse(expr);
  const names: string[] = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError) throw new Error(`"${expr}" is not PromQL (at ${node.from})`);
      if (node.name === 'VectorSelector') {
        const identifier = node.node.getChild('Identifier');
        if (identifier) names.push(expr.slice(identifier.from, identifier.to));
      }
    },
  });
  return names;
}

describe('deploy/grafana/hub-dashboard.json', () => {
  const dashboard = JSON.parse(fs.readFileSync(DASHBOARD, 'utf8')) as { uid: string; panels: Panel[] };
  const expressions = dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => ({ panel: panel.title, expr: target.expr })));

  it('is a dashboard with panels, each with at least one query', () => {
    expect(dashboard.uid).toBe('kadera-hub');
    expect(dashboard.panels.length).toBeGreaterThan(5);
    for (const panel of dashboard.panels) expect({ panel: panel.title, queries: panel.targets?.length ?? 0 }).not.toEqual({ panel: panel.title, queries: 0 });
  });

  it('queries only metrics the hub registers', async () => {
    const registered = await exposedNames(new HubMetrics().collectDefaults());
    const used = expressions.flatMap(({ panel, expr }) => selectedNames(expr).map((name) => ({ panel, name })));
    expect(used.length).toBeGreaterThanOrEqual(expressions.length);
    expect(used.filter(({ name }) => !registered.has(name))).toEqual([]);
  });

  it("shows every one of the hub's own metrics", async () => {
    const own = (await new HubMetrics().registry.getMetricsAsJSON()).map((metric) => metric.name);
    const used = expressions.flatMap(({ expr }) => selectedNames(expr));
    expect(own.filter((name) => !used.some((series) => series === name || series.startsWith(`${name}_`)))).toEqual([]);
  });

  it('the name reader finds names and refuses what is not PromQL', () => {
    expect(selectedNames('sum by (le) (rate(a_bucket{x="1"}[5m])) / on() b')).toEqual(['a_bucket', 'b']);
    expect(() => selectedNames('sum(rate(a[5m])')).toThrow();
  });
});
