import { ChainHash, FIRST_PREVIOUS_HASH, fromRanges, signatureValid, signCheckpoint, toRanges } from './checkpoint';

const KEY = Buffer.alloc(32, 3);

describe('checkpoints', () => {
  it('write entry numbers as ranges and read them back', () => {
    const seqs = [1, 2, 3, 5, 7, 8, 9, 12];
    expect(toRanges(seqs)).toBe('1-3,5,7-9,12');
    expect(fromRanges(toRanges(seqs))).toEqual(seqs);
    expect(fromRanges('')).toEqual([]);
  });

  it('chain each entry number and MAC on the previous hash: order, numbers and the previous hash all count', () => {
    const hash = (previous: string, entries: Array<[number, string]>) => {
      const chain = new ChainHash(KEY, previous);
      for (const [seq, mac] of entries) chain.add(seq, mac);
      return chain.digest();
    };
    const base = hash(FIRST_PREVIOUS_HASH, [
      [1, 'aa'],
      [2, 'bb'],
    ]);
    expect(
      hash(FIRST_PREVIOUS_HASH, [
        [2, 'bb'],
        [1, 'aa'],
      ]),
    ).not.toBe(base);
    expect(
      hash(FIRST_PREVIOUS_HASH, [
        [1, 'aa'],
        [3, 'bb'],
      ]),
    ).not.toBe(base);
    expect(
      hash('1'.repeat(64), [
        [1, 'aa'],
        [2, 'bb'],
      ]),
    ).not.toBe(base);
  });

  it('are signed over every field: a changed one, or another key, fails', () => {
    const checkpoint = signCheckpoint(KEY, {
      number: 1,
      sealedThrough: 10,
      firstSeq: 1,
      lastSeq: 9,
      count: 8,
      entries: '1-3,5-9',
      digests: '0'.repeat(64),
      legacyThrough: 0,
      previousHash: FIRST_PREVIOUS_HASH,
      hash: 'ab'.repeat(32),
      sealedAt: '2026-11-30T00:00:00.000Z',
    });
    expect(signatureValid(KEY, checkpoint)).toBe(true);
    expect(signatureValid(KEY, { ...checkpoint, count: 7 })).toBe(false);
    expect(signatureValid(KEY, { ...checkpoint, sealedThrough: 9 })).toBe(false);
    expect(signatureValid(Buffer.alloc(32, 4), checkpoint)).toBe(false);
    expect(signatureValid(KEY, { ...checkpoint, signature: 'zz' })).toBe(false);
  });
});
