import { idempotencyRecordId } from '@hub/common';
import { newIdempotencyKey } from './idempotency-key';

describe('idempotency keys of the console', () => {
  it('are of the shape the hub accepts (its own check) and new for every submission', () => {
    const keys = Array.from({ length: 50 }, newIdempotencyKey);
    for (const key of keys) expect(() => idempotencyRecordId('admitClient', 'scope', key)).not.toThrow();
    expect(new Set(keys).size).toBe(keys.length);
  });
});
