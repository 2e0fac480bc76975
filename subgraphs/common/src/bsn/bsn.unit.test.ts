import { bsnDigits, isValidBsn, maskBsn } from './bsn';

describe('BSN: the eleven test (elfproef)', () => {
  it('accepts nine digits whose weighted sum (9..2, -1) is a multiple of 11', () => {
    // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 1·2 = 154 = 14 × 11
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('999999990')).toBe(true);
  });

  it('refuses a number off by one digit, a swapped pair, the wrong length, letters and all zeros', () => {
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('123456772')).toBe(false);
    expect(isValidBsn('213456782')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn(123456782)).toBe(false);
    expect(isValidBsn(null)).toBe(false);
  });

  it('takes the number as people write it: spaces and dots between the digits', () => {
    expect(bsnDigits(' 1234.56.782 ')).toBe('123456782');
    expect(bsnDigits('123 456 782')).toBe('123456782');
    expect(isValidBsn('1234.56.782')).toBe(true);
    expect(bsnDigits('123-456-782')).toBeNull();
  });
});

describe('maskBsn', () => {
  it('shows only the last four digits', () => {
    expect(maskBsn('123456782')).toBe('*****6782');
    expect(maskBsn('1234.56.782')).toBe('*****6782');
  });

  it('masks whatever is not a BSN entirely, and keeps null null', () => {
    expect(maskBsn('12345')).toBe('*********');
    expect(maskBsn(null)).toBeNull();
    expect(maskBsn(undefined)).toBeNull();
  });
});
