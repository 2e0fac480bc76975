import fs from 'node:fs';
import path from 'node:path';
import { consoleOidcOrigin, HttpRequestError, ROLES, type ConsoleOidcSettings, type HubConfig, type Logger } from '@hub/common/light';
import express, { type Router } from 'express';
import { devTokenIssuer, fromThisMachine, type DevTokenIssuer } from '../auth/issue-dev-token';
import { consoleCsp, setConsoleSecurityHeaders } from './content-security';

/** Where `npm run build` puts the console (console/vite.config.mjs), from gateway/dist/console/. */
const CONSOLE_BUILD_DIR = path.resolve(__dirname, '../../../console/dist/web');

export interface ConsoleOptions {
  /** The console's built files; without an index.html there, /console answers 404 like any unknown path. */
  dir: string;
  /** Development only: issue development tokens at /console/dev-token. Unset (production, or an identity provider's keys): no such path. */
  devTokens?: DevTokenIssuer;
  /** The identity provider the console signs in with (CONSOLE_OIDC_*); set, there is no development sign-in. */
  oidc?: ConsoleOidcSettings;
}

/**
 * The built console, and how it signs in: with the configured identity provider, else the development sign-in where
 * development tokens may be issued (devTokenIssuer), else not at all.
 */
export function consoleOptionsFor(config: HubConfig, dir = CONSOLE_BUILD_DIR): ConsoleOptions {
  if (config.consoleOidc) return { dir, oidc: config.consoleOidc };
  return { dir, devTokens: devTokenIssuer(config) };
}

/**
 * What the console reads at start (GET /console/config.json), from the gateway's configuration at run time: how to
 * sign in. `oidc`: authorization code + PKCE at `authority` as `clientId`, asking for `scope` and an access token
 * for `resource` (RFC 8707) when configured. `development`: the role picker (/console/dev-token). `none`: no sign-in here.
 */
type ConsoleConfig =
  { signIn: 'oidc'; oidc: { authority: string; clientId: string; scope: string; resource?: string } } | { signIn: 'development' } | { signIn: 'none' };

function consoleConfig(options: ConsoleOptions): ConsoleConfig {
  if (options.oidc) {
    const { issuer, clientId, scopes, resource } = options.oidc;
    return { signIn: 'oidc', oidc: { authority: issuer, clientId, scope: scopes, ...(resource ? { resource } : {}) } };
  }
  return { signIn: options.devTokens ? 'development' : 'none' };
}

/** Hashed file names (Vite's `name-<hash>.js`) never change content: cached for a year. index.html is asked for every time. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';

/**
 * The staff console under /console: its static files with a strict Content-Security-Policy, and in development a
 * role picker's token endpoint. Anything else falls through to the app's 404/405 handlers (JSON).
 */
export function consoleRoutes(options: ConsoleOptions, logger: Logger): Router {
  const router = express.Router({ strict: false });
  const policy = consoleCsp(options.oidc && consoleOidcOrigin(options.oidc));
  router.use((_req, res, next) => {
    setConsoleSecurityHeaders(res, policy);
    next();
  });
  const config = consoleConfig(options);
  router.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(config);
  });
  if (options.devTokens) {
    const issue = options.devTokens;
    router.get('/dev-token', (_req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      res.json({ roles: ROLES });
    });
    router.post('/dev-token', express.json({ limit: 1024, strict: true }), (req, res, next) => {
      if (!fromThisMachine(req.socket.remoteAddress)) {
        next(new HttpRequestError(403, 'FORBIDDEN', 'development tokens are handed out only to a browser on the machine the hub runs on'));
        return;
      }
      const role = (req.body as { role?: unknown } | undefined)?.role;
      if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
        next(new HttpRequestError(400, 'BAD_USER_INPUT', `role must be one of: ${ROLES.join(', ')}`));
        return;
      }
      issue({ role, azp: 'kadera-console' }).then(
        (token) => {
          logger.info({ role }, 'development token issued to the console');
          res.setHeader('Cache-Control', 'no-store');
          res.json({ token });
        },
        (error: unknown) => next(error),
      );
    });
  }
  const index = path.join(options.dir, 'index.html');
  if (fs.existsSync(index)) {
    router.get(['/', '/index.html'], (_req, res) => {
      res.setHeader('Cache-Control', NO_CACHE);
      res.sendFile(index);
    });
    router.use(
      '/assets',
      express.static(path.join(options.dir, 'assets'), {
        index: false,
        redirect: false,
        fallthrough: true,
        setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE),
      }),
    );
  } else {
    logger.warn('the console is not built (npm run build): /console answers 404');
  }
  return router;
}
