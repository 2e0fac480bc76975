import { CONSOLE_CSP, consoleCsp } from './content-security';

describe("the console's Content-Security-Policy", () => {
  const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('allows only its own origin, no inline code, no plug-ins, no framing', () => {
    expect(CONSOLE_CSP).toBe(consoleCsp());
    const policy = directives(CONSOLE_CSP);
    for (const name of ['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'form-action']) {
      expect([name, policy.get(name)]).toEqual([name, ["'self'"]]);
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONSOLE_CSP).not.toMatch(/unsafe|\*|https?:/);
  });

  it('with an identity provider adds exactly its origin to connect-src, and changes nothing else', () => {
    const withProvider = directives(consoleCsp('https://login.kadera.example'));
    const without = directives(CONSOLE_CSP);
    expect(withProvider.get('connect-src')).toEqual(["'self'", 'https://login.kadera.example']);
    withProvider.delete('connect-src');
    without.delete('connect-src');
    expect(withProvider).toEqual(without);
  });
});
