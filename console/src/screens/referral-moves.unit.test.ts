import { execFileSync } from 'node:child_process';
import { referralMoves } from './referral-moves';

const targets = (from: string, side = 'KADERA') => referralMoves(from, side).map((move) => move.to);

describe('the moves the referral detail offers', () => {
  it('are the legal moves of docs/workflows.md for Kadera, with a reason where one is required', () => {
    expect(targets('REQUESTED')).toEqual(['RECEIVED', 'ENTERED_IN_ERROR']);
    expect(referralMoves('RECEIVED', 'KADERA')).toEqual([
      { to: 'ACCEPTED', reasonRequired: false },
      { to: 'REJECTED', reasonRequired: true },
      { to: 'ON_HOLD', reasonRequired: true },
      { to: 'ENTERED_IN_ERROR', reasonRequired: true },
    ]);
    expect(targets('ON_HOLD')).toEqual(['ACCEPTED', 'REJECTED', 'CANCELLED', 'ENTERED_IN_ERROR']);
    expect(targets('ACCEPTED')).toEqual(['IN_PROGRESS', 'ENTERED_IN_ERROR']);
    expect(targets('IN_PROGRESS')).toEqual(['ON_HOLD', 'COMPLETED', 'FAILED', 'ENTERED_IN_ERROR']);
  });

  it('offer nothing from a closed status, and only withdrawing to a referrer', () => {
    for (const closed of ['COMPLETED', 'REJECTED', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR']) expect(targets(closed)).toEqual([]);
    expect(targets('RECEIVED', 'REFERRER')).toEqual(['CANCELLED']);
    expect(targets('ACCEPTED', 'REFERRER')).toEqual([]);
    expect(targets('RECEIVED', 'PARTNER')).toEqual([]);
  });

  it('come from a module that loads no server library, so the browser bundle can carry the state machine', () => {
    const script = `require(${JSON.stringify(require.resolve('./referral-moves'))});
      const names = Object.keys(require.cache).filter((f) => f.includes('/node_modules/')).map((f) => f.split('/node_modules/').pop().split('/').slice(0, 2).join('/'));
      process.stdout.write(JSON.stringify([...new Set(names)]));`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    expect(loaded).toEqual([]);
  });
});
