import { sharedFor } from './health';

describe('sharedFor', () => {
  it('runs the check once per period, however many ask', async () => {
    let clock = 0;
    let runs = 0;
    const check = sharedFor(
      1000,
      async () => ++runs,
      () => clock,
    );
    expect(await Promise.all([check(), check(), check()])).toEqual([1, 1, 1]);
    clock = 999;
    expect(await check()).toBe(1);
    clock = 1000;
    expect(await check()).toBe(2);
    expect(runs).toBe(2);
  });
});
