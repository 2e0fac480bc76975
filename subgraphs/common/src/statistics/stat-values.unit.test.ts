import 'reflect-metadata';
import { breakdownOf, statCount, statGroup, statRate } from './stat-values';
import { StatCell, StatCount, StatGroup, StatRate } from './statistics.types';

describe('statistics values built from raw counts', () => {
  it('reads the cells and the total of a grouping-sets result; a null label counts in the total only', () => {
    const raw = breakdownOf([
      { label: 'RED', n: '12', is_total: '0' },
      { label: null, n: 4, is_total: 0 },
      { label: 'GREEN', n: 15, is_total: 0 },
      { label: null, n: '31', is_total: '1' },
    ]);
    expect([...raw.cells]).toEqual([
      ['RED', 12],
      ['GREEN', 15],
    ]);
    expect(raw.total).toBe(31);
    expect(breakdownOf([])).toEqual({ cells: new Map(), total: 0 });
  });

  it('lists every label in the order given, an absent one as a hidden zero, and protects the group with its total', () => {
    const group = statGroup(['RED', 'ORANGE', 'GREEN'], {
      cells: new Map([
        ['GREEN', 15],
        ['RED', 12],
        ['UNKNOWN', 40],
      ]),
      total: 30,
    });
    expect(group).toBeInstanceOf(StatGroup);
    expect(group.cells.every((cell) => cell instanceof StatCell)).toBe(true);
    expect(group.total).toBeInstanceOf(StatCount);
    // ORANGE 0 is hidden; RED (12) is hidden too, or 30 - 15 would give it away.
    expect(group.cells.map(({ label, value, suppressed }) => ({ label, value, suppressed }))).toEqual([
      { label: 'RED', value: null, suppressed: true },
      { label: 'ORANGE', value: null, suppressed: true },
      { label: 'GREEN', value: 15, suppressed: false },
    ]);
    expect({ ...group.total }).toEqual({ value: 30, suppressed: false });
  });

  it('counts and rates carry their GraphQL classes and the disclosure rule', () => {
    expect(statCount(9)).toBeInstanceOf(StatCount);
    expect({ ...statCount(9) }).toEqual({ value: null, suppressed: true });
    expect({ ...statCount(13) }).toEqual({ value: 15, suppressed: false });
    expect(statRate(7, 10)).toBeInstanceOf(StatRate);
    expect({ ...statRate(7, 10) }).toEqual({ value: 0.7, suppressed: false });
    expect({ ...statRate(5, 9) }).toEqual({ value: null, suppressed: true });
    expect({ ...statRate(2, 30, 3) }).toEqual({ value: 0.067, suppressed: false });
  });
});
