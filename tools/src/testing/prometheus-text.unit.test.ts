import { parsePrometheusText } from './prometheus-text';

const GOOD = [
  '# HELP requests_total Requests, by "outcome".',
  '# TYPE requests_total counter',
  'requests_total{service="gateway",outcome="ok"} 3',
  'requests_total{service="gateway",outcome="FORBIDDEN"} 1 1712345678000',
  '# a comment',
  '',
  '# TYPE latency_seconds histogram',
  'latency_seconds_bucket{le="0.1",service="clients"} 1',
  'latency_seconds_bucket{le="+Inf",service="clients"} 2',
  'latency_seconds_sum{service="clients"} 0.35',
  'latency_seconds_count{service="clients"} 2',
  '# TYPE odd gauge',
  'odd{text="a \\"quoted\\" \\\\ and\\nnew line"} -Inf',
  'odd{text="b"} 1.5e-3',
  'odd{text="c"} Nan',
  'odd{text="d"} +inf',
  '',
].join('\n');

describe('parsePrometheusText', () => {
  it('reads families, samples, labels (with escapes) and values', () => {
    const families = parsePrometheusText(GOOD);
    expect([...families.keys()]).toEqual(['requests_total', 'latency_seconds', 'odd']);
    expect(families.get('requests_total')).toMatchObject({ type: 'counter', help: 'Requests, by "outcome".' });
    expect(families.get('requests_total')!.samples[1]).toEqual({ name: 'requests_total', labels: { service: 'gateway', outcome: 'FORBIDDEN' }, value: 1 });
    expect(families.get('latency_seconds')!.samples.map((s) => s.name)).toEqual([
      'latency_seconds_bucket',
      'latency_seconds_bucket',
      'latency_seconds_sum',
      'latency_seconds_count',
    ]);
    expect(families.get('odd')!.samples.map((s) => [s.labels.text, s.value])).toEqual([
      ['a "quoted" \\ and\nnew line', -Infinity],
      ['b', 0.0015],
      ['c', NaN],
      ['d', Infinity],
    ]);
  });

  it.each([
    ['a line that is no sample', '# TYPE a counter\ngarbage here too\n'],
    ['an unquoted label value', '# TYPE a counter\na{x=1} 2\n'],
    ['an unterminated label set', '# TYPE a counter\na{x="1" 2\n'],
    ['a bad escape', '# TYPE a counter\na{x="\\t"} 2\n'],
    ['a value that is no number', '# TYPE a counter\na 1x\n'],
    ['a word for a value', '# TYPE a counter\na nope\n'],
    ['too many fields', '# TYPE a counter\na 1 2 3\n'],
    ['a sample of no declared family', 'a 1\n'],
    ['a series twice', '# TYPE a counter\na{x="1"} 1\na{x="1"} 2\n'],
    ['a bucket without le', '# TYPE h histogram\nh_bucket{x="1"} 1\n'],
    ['an unknown type', '# TYPE a countr\n'],
    ['a TYPE after samples', '# TYPE a counter\na 1\n# TYPE a gauge\n'],
    ['a bad metric name', '# TYPE 1a counter\n'],
    ['a bad label name', '# TYPE a counter\na{1x="1"} 1\n'],
    ['no final line feed', '# TYPE a counter\na 1'],
  ])('refuses %s', (_, text) => {
    expect(() => parsePrometheusText(text)).toThrow();
  });
});
