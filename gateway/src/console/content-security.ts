import type { Response } from 'express';

/**
 * The console's Content-Security-Policy: its own origin only, no inline script or style, no plug-ins, no framing, no
 * form posts elsewhere. The console's build has no inline script (vite.config.mjs) and talks only to /graphql and
 * /console; with an identity provider configured (CONSOLE_OIDC_ISSUER) also to that provider's origin, and to nothing
 * else: its discovery document, token and end-session endpoints (sign-in itself is a navigation, not a fetch or form).
 */
export function consoleCsp(identityProviderOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    identityProviderOrigin ? `connect-src 'self' ${identityProviderOrigin}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy without an identity provider (development's role picker). */
export const CONSOLE_CSP = consoleCsp();

/** Headers on every answer under /console: the policy, and no sniffing, referrer or framing. */
export function setConsoleSecurityHeaders(res: Response, policy = CONSOLE_CSP): void {
  res.setHeader('Content-Security-Policy', policy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}
