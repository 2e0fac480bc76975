import { protectCount, protectGroup, protectRate, roundCount } from './disclosure';

// Every expected value below is worked out by hand from docs/statistics.md:
// counts below 10 hidden, the rest rounded to the nearest 5, and never exactly
// one hidden cell in a group whose total is shown.

const hidden = { value: null, suppressed: true };
const shown = (value: number) => ({ value, suppressed: false });

describe('protectCount', () => {
  it.each([
    [0, hidden],
    [1, hidden],
    [9, hidden],
    [10, shown(10)],
    [11, shown(10)],
    [12, shown(10)],
    [13, shown(15)],
    [14, shown(15)],
    [17, shown(15)],
    [18, shown(20)],
    [78, shown(80)],
    [222, shown(220)],
    [223, shown(225)],
  ])('%i is published as %j', (n, expected) => {
    expect(protectCount(n)).toEqual(expected);
  });
});

describe('roundCount', () => {
  it('rounds to the nearest multiple of 5', () => {
    expect([10, 12, 13, 15, 61].map(roundCount)).toEqual([10, 10, 15, 15, 60]);
  });
});

describe('protectGroup', () => {
  const group = (ns: number[]) => ns.map((n, i) => ({ label: 'ABCDEFG'[i], n }));

  it('the documented example: 12, 3, 15, 10, 11, 13, 14 hides the 3 and the 10, total 78 published as 80', () => {
    expect(protectGroup(group([12, 3, 15, 10, 11, 13, 14]), 78)).toEqual({
      cells: [
        { label: 'A', ...shown(10) },
        { label: 'B', ...hidden },
        { label: 'C', ...shown(15) },
        { label: 'D', ...hidden },
        { label: 'E', ...shown(10) },
        { label: 'F', ...shown(15) },
        { label: 'G', ...shown(15) },
      ],
      total: shown(80),
    });
  });

  it('hides nothing more when no cell is below 10', () => {
    expect(protectGroup(group([20, 31]), 51)).toEqual({
      cells: [
        { label: 'A', ...shown(20) },
        { label: 'B', ...shown(30) },
      ],
      total: shown(50),
    });
  });

  it('hides nothing more when two cells are already hidden', () => {
    expect(protectGroup(group([3, 4, 20]), 27)).toEqual({
      cells: [
        { label: 'A', ...hidden },
        { label: 'B', ...hidden },
        { label: 'C', ...shown(20) },
      ],
      total: shown(25),
    });
  });

  it('a zero is hidden like any count below 10, and pulls the next smallest cell with it', () => {
    expect(protectGroup(group([0, 25, 30]), 55)).toEqual({
      cells: [
        { label: 'A', ...hidden },
        { label: 'B', ...hidden },
        { label: 'C', ...shown(30) },
      ],
      total: shown(55),
    });
  });

  it('with two cells, one hidden cell hides the other', () => {
    expect(protectGroup(group([5, 20]), 25)).toEqual({
      cells: [
        { label: 'A', ...hidden },
        { label: 'B', ...hidden },
      ],
      total: shown(25),
    });
  });

  it('among equal next-smallest cells, hides the first by label', () => {
    const cells = [
      { label: 'X', n: 4 },
      { label: 'Y', n: 10 },
      { label: 'W', n: 10 },
    ];
    expect(protectGroup(cells, 24).cells).toEqual([
      { label: 'X', ...hidden },
      { label: 'Y', ...shown(10) },
      { label: 'W', ...hidden },
    ]);
  });

  it('a hidden total needs no secondary suppression', () => {
    expect(protectGroup(group([3, 5]), 8)).toEqual({
      cells: [
        { label: 'A', ...hidden },
        { label: 'B', ...hidden },
      ],
      total: hidden,
    });
  });

  it('applies secondary suppression to overlapping categories too', () => {
    // Forms of abuse: a referral may name several, so the cells may add up to more than the total.
    expect(protectGroup(group([6, 12, 30]), 40, { overlapping: true }).cells).toEqual([
      { label: 'A', ...hidden },
      { label: 'B', ...hidden },
      { label: 'C', ...shown(30) },
    ]);
  });

  it('keeps every label, in the order given', () => {
    const labels = protectGroup(group([0, 0, 0, 40]), 40).cells.map((c) => c.label);
    expect(labels).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('protectRate', () => {
  it.each([
    [7, 9, undefined, hidden],
    [0, 9, undefined, hidden],
    [7, 10, undefined, shown(0.7)],
    [2, 30, undefined, shown(0.07)],
    [1, 30, 3, shown(0.033)],
    [10, 10, undefined, shown(1)],
    [61, 12, 1, shown(5.1)],
  ])('%i over a basis of %i (digits %p) is %j', (numerator, basis, digits, expected) => {
    expect(protectRate(numerator, basis, digits)).toEqual(expected);
  });
});
