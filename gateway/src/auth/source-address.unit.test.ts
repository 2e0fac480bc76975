import { sourceAddressOf } from './source-address';

describe('the source address of a request (access log)', () => {
  const none = new Set<string>();
  const proxies = new Set(['10.0.0.5', '10.0.0.6']);

  it('is the peer address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(sourceAddressOf('203.0.113.7', '198.51.100.1', none)).toBe('203.0.113.7');
    expect(sourceAddressOf('::ffff:203.0.113.7', undefined, none)).toBe('203.0.113.7');
    expect(sourceAddressOf('2001:DB8::1', undefined, none)).toBe('2001:db8::1');
  });

  it('ignores X-Forwarded-For from a peer that is no trusted proxy', () => {
    expect(sourceAddressOf('203.0.113.7', '198.51.100.1', proxies)).toBe('203.0.113.7');
  });

  it('from a trusted proxy, takes the rightmost address that is not a trusted proxy', () => {
    expect(sourceAddressOf('10.0.0.5', '198.51.100.1', proxies)).toBe('198.51.100.1');
    // A caller's own forged entry stands left of what the proxies appended: it is not reached.
    expect(sourceAddressOf('10.0.0.5', '192.0.2.66, 198.51.100.1, 10.0.0.6', proxies)).toBe('198.51.100.1');
  });

  it('stops at the last proxy when an entry is no address (nothing else reaches the log)', () => {
    expect(sourceAddressOf('10.0.0.5', 'evil"=cmd|x, 10.0.0.6', proxies)).toBe('10.0.0.6');
    expect(sourceAddressOf('10.0.0.5', '', proxies)).toBe('10.0.0.5');
  });

  it('is nothing when the peer is unknown', () => {
    expect(sourceAddressOf(undefined, '198.51.100.1', proxies)).toBeUndefined();
  });
});
