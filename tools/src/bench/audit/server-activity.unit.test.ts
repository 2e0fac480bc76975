import { addSample, waitShares, type WaitCounts } from './server-activity';

describe('wait event counts', () => {
  it('adds samples up and names the most seen waits with their share of all samples', () => {
    const counts: WaitCounts = new Map();
    addSample(counts, [
      { wait: 'Lock:advisory', n: 6 },
      { wait: 'running', n: 1 },
    ]);
    addSample(counts, [
      { wait: 'Lock:advisory', n: 3 },
      { wait: 'IO:WALSync', n: 1 },
      { wait: 'LWLock:WALWrite', n: 1 },
    ]);
    expect(counts.get('Lock:advisory')).toBe(9);
    // 12 samples: 9, then 1, 1, 1 in name order.
    expect(waitShares(counts)).toBe('Lock:advisory 75%, IO:WALSync 8%, LWLock:WALWrite 8%');
    expect(waitShares(counts, 1)).toBe('Lock:advisory 75%');
  });

  it('says so when no backend was ever seen active', () => {
    expect(waitShares(new Map())).toBe('none seen');
  });
});
