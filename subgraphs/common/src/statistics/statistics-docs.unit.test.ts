import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROUND_TO, SUPPRESS_BELOW } from './disclosure';

const ROOT = resolve(__dirname, '../../../..');
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');

/** Every number a text gives as the suppression threshold or the rounding base. */
function statedNumbers(text: string) {
  const all = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => Number(match[1]));
  return {
    thresholds: all(/(?:below|fewer than|under|<)\s+(\d+)(?!\d)(?!\s*(?:decimals|January))/gi).concat(all(/(\d+) or more/gi)),
    rounding: all(/(?:rounded to(?: the nearest)?|nearest)\s+(\d+)(?!\d)(?!\s*decimals)/gi),
  };
}

const suppressionLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => /suppress/i.test(line))
    .join('\n');

describe('the suppression threshold and rounding base are stated as the code has them', () => {
  // docs/statistics.md whole; elsewhere the lines about suppression.
  it.each([
    ['docs/statistics.md', () => read('docs/statistics.md')],
    ['schema/supergraph.graphql', () => suppressionLines(read('schema/supergraph.graphql'))],
    ['README.md', () => suppressionLines(read('README.md'))],
  ])('%s', (_file, text) => {
    const { thresholds, rounding } = statedNumbers(text());
    for (const n of thresholds) expect(n).toBe(SUPPRESS_BELOW);
    for (const n of rounding) expect(n).toBe(ROUND_TO);
  });

  it('docs/statistics.md states both', () => {
    const { thresholds, rounding } = statedNumbers(read('docs/statistics.md'));
    expect(thresholds.length).toBeGreaterThan(5);
    expect(rounding.length).toBeGreaterThan(5);
  });

  it('finds a wrong number (the check itself works)', () => {
    expect(statedNumbers('a count below 7 is hidden, the rest rounded to the nearest 3; 4 or more; rounded to 12 decimals; < 1 January')).toEqual({
      thresholds: [7, 4],
      rounding: [3],
    });
  });
});
