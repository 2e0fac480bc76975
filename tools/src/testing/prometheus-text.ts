/**
 * A strict reader of the Prometheus text exposition format (0.0.4), for tests: every line is a HELP, a TYPE,
 * another comment, blank, or a sample of a family whose TYPE came first; names, label names, escapes and
 * values are checked, and a series may appear only once. Throws on the first line that is none of these.
 */

type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

interface Sample {
  /** The sample's own name (e.g. `x_bucket` of histogram `x`). */
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  type: MetricType;
  help?: string;
  samples: Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set<string>(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
/** The sample names a family of each type may have. */
const SUFFIXES: Record<MetricType, string[]> = {
  counter: [''],
  gauge: [''],
  untyped: [''],
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/** A value as Prometheus reads it (Go's ParseFloat: NaN and Inf in any case; prom-client writes an empty gauge as `Nan`). */
function parseValue(raw: string, line: number): number {
  if (/^nan$/i.test(raw)) return NaN;
  const infinite = /^([+-]?)inf(inity)?$/i.exec(raw);
  if (infinite) return infinite[1] === '-' ? -Infinity : Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw)) throw new Error(`line ${line}: "${raw}" is not a sample value`);
  return Number(raw);
}

/** `{a="1",b="x\"y"}` from `start` (at the `{`); returns the labels and the index after the `}`. */
function parseLabels(text: string, start: number, line: number): { labels: Record<string, string>; end: number } {
  const labels: Record<string, string> = {};
  let i = start + 1;
  while (text[i] !== '}') {
    const eq = text.indexOf('=', i);
    if (eq < 0) throw new Error(`line ${line}: a label without "="`);
    const name = text.slice(i, eq);
    if (!LABEL_NAME.test(name)) throw new Error(`line ${line}: "${name}" is not a label name`);
    if (name in labels) throw new Error(`line ${line}: label "${name}" twice`);
    if (text[eq + 1] !== '"') throw new Error(`line ${line}: the value of label "${name}" is not quoted`);
    let value = '';
    let j = eq + 2;
    for (; j < text.length && text[j] !== '"'; j++) {
      if (text[j] !== '\\') {
        value += text[j];
        continue;
      }
      const escaped = text[++j];
      if (escaped === 'n') value += '\n';
      else if (escaped === '\\' || escaped === '"') value += escaped;
      else throw new Error(`line ${line}: "\\${escaped ?? ''}" is no escape`);
    }
    if (j >= text.length) throw new Error(`line ${line}: an unterminated label value`);
    labels[name] = value;
    i = j + 1;
    if (text[i] === ',') i += 1;
    else if (text[i] !== '}') throw new Error(`line ${line}: expected "," or "}" after label "${name}"`);
  }
  return { labels, end: i + 1 };
}

export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  const seen = new Set<string>();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else if (text.length) throw new Error('the exposition does not end with a line feed');
  lines.forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === '') return;
    if (content.startsWith('#')) {
      const [, keyword, name, ...rest] = content.split(' ');
      if (keyword !== 'HELP' && keyword !== 'TYPE') return;
      if (!METRIC_NAME.test(name ?? '')) throw new Error(`line ${line}: "${name}" is not a metric name`);
      if (keyword === 'HELP') {
        const family = families.get(name);
        if (family?.help !== undefined) throw new Error(`line ${line}: a second HELP for ${name}`);
        const help = rest.join(' ');
        if (family) family.help = help;
        else families.set(name, { name, type: 'untyped', help, samples: [] });
        return;
      }
      const type = rest.join(' ');
      if (!TYPES.has(type)) throw new Error(`line ${line}: "${type}" is not a metric type`);
      const family = families.get(name);
      if (family && (family.samples.length || family.type !== 'untyped')) throw new Error(`line ${line}: TYPE of ${name} after its samples or twice`);
      if (family) family.type = type as MetricType;
      else families.set(name, { name, type: type as MetricType, samples: [] });
      return;
    }
    const nameEnd = content.search(/[{ ]/);
    if (nameEnd < 0) throw new Error(`line ${line}: a sample without a value`);
    const name = content.slice(0, nameEnd);
    if (!METRIC_NAME.test(name)) throw new Error(`line ${line}: "${name}" is not a metric name`);
    const { labels, end } = content[nameEnd] === '{' ? parseLabels(content, nameEnd, line) : { labels: {}, end: nameEnd };
    const fields = content.slice(end).split(' ');
    if (fields[0] !== '' || fields.length < 2 || fields.length > 3) throw new Error(`line ${line}: expected " <value> [timestamp]"`);
    const value = parseValue(fields[1], line);
    if (fields[2] !== undefined && !/^-?\d+$/.test(fields[2])) throw new Error(`line ${line}: "${fields[2]}" is not a timestamp`);
    const family = [...families.values()].find((f) => SUFFIXES[f.type].some((suffix) => f.name + suffix === name));
    if (!family) throw new Error(`line ${line}: sample ${name} of no declared family`);
    if (family.type === 'histogram' && name.endsWith('_bucket') && labels.le === undefined) throw new Error(`line ${line}: a bucket without "le"`);
    const series = `${name}${JSON.stringify(Object.entries(labels).sort())}`;
    if (seen.has(series)) throw new Error(`line ${line}: series ${series} twice`);
    seen.add(series);
    family.samples.push({ name, labels, value });
  });
  return families;
}
