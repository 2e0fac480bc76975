import path from 'node:path';
import { hubError, isRole, ROLES } from '@hub/common/light';
import { Router, type RequestHandler } from 'express';
import { fromThisMachine } from '../auth/issue-dev-token';

/*
 * GraphiQL for developers (docs/architecture.md, "GraphiQL"): in development mode a browser's GET of
 * /graphql gets the IDE, its scripts and styles served from npm packages by the gateway itself (no
 * CDN), with the headers editor pre-filled with a development token for the role the page's form
 * chooses. Absent in production: start-gateway.ts passes no `GraphiqlOptions` there.
 *
 * graphiql 5 ships ES modules only and needs a bundler; graphiql 3 ships a UMD bundle that runs
 * offline beside React 18's own UMD builds, so nothing is built here.
 */

export interface GraphiqlOptions {
  /** A development token for a role, for a browser on this machine; unset when tokens come from an issuer outside the hub (then the editor starts empty). */
  devToken?: (role: string) => Promise<string>;
}

/** Where the page's assets are served: fixed names, each one file of an npm package. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql';

/** A file of an npm package, by the path of its package.json. */
const packageFile = (packageJson: string, file: string) => path.join(path.dirname(packageJson), file);

const ASSETS: Record<string, { file?: string; text?: string; type: string }> = {
  'react.js': { file: packageFile(require.resolve('react/package.json'), 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: packageFile(require.resolve('react-dom/package.json'), 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: packageFile(require.resolve('graphiql/package.json'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile(require.resolve('graphiql/package.json'), 'graphiql.min.css'), type: 'text/css' },
  'start.js': {
    type: 'text/javascript',
    // Reads the page's settings from a JSON block (no inline script: the CSP allows none) and starts GraphiQL.
    text: `(function () {
  var settings = JSON.parse(document.getElementById('graphiql-settings').textContent);
  var headers = JSON.stringify(settings.token ? { authorization: 'Bearer ' + settings.token } : {}, null, 2);
  var fetcher = GraphiQL.createFetcher({ url: settings.endpoint });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultHeaders: headers, headers: headers, shouldPersistHeaders: false, isHeadersEditorEnabled: true, defaultEditorToolsVisibility: 'headers' }),
  );
})();
`,
  },
  'page.css': {
    type: 'text/css',
    text: `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
#hub-bar { padding: 6px 12px; font-size: 14px; border-bottom: 1px solid #ddd; }
#graphiql { flex: 1; min-height: 0; }
`,
  },
};

/** Only this origin, nothing inline, no frames: the page holds a bearer token. */
const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // graphiql's stylesheet carries its fonts and icons as data: URLs.
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside a <script> block: no `<` can close it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(endpoint: string, role: string, token: string | undefined): string {
  const options = ROLES.map((r) => `<option value="${escapeHtml(r)}"${r === role ? ' selected' : ''}>${escapeHtml(r)}</option>`).join('');
  const chooser = token
    ? `<form method="get" action="${escapeHtml(endpoint)}">Development token for <select name="role">${options}</select> <button type="submit">new token</button> (in the Headers tab below)</form>`
    : 'Put your bearer token in the Headers tab below: <code>{"authorization": "Bearer ..."}</code>';
  const asset = (name: string) => `${GRAPHIQL_ASSETS_PATH}/${name}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kadera hub GraphiQL (development)</title>
<link rel="stylesheet" href="${asset('graphiql.css')}">
<link rel="stylesheet" href="${asset('page.css')}">
</head>
<body>
<div id="hub-bar">${chooser}</div>
<div id="graphiql">Loading GraphiQL...</div>
<script type="application/json" id="graphiql-settings">${scriptJson({ endpoint, token })}</script>
<script src="${asset('react.js')}"></script>
<script src="${asset('react-dom.js')}"></script>
<script src="${asset('graphiql.js')}"></script>
<script src="${asset('start.js')}"></script>
</body>
</html>
`;
}

/** `GET /graphql` with `Accept: text/html`: the page; any other GET goes on to the GraphQL endpoint's own answer (405). */
export function graphiqlPage(options: GraphiqlOptions): RequestHandler {
  return (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    const role = typeof req.query.role === 'string' ? req.query.role : 'staff';
    if (!isRole(role)) return next(hubError('BAD_USER_INPUT', `unknown role; one of: ${ROLES.join(', ')}`));
    const endpoint = req.baseUrl + req.path;
    const devToken = fromThisMachine(req.socket.remoteAddress) ? options.devToken : undefined;
    (devToken ? devToken(role) : Promise.resolve(undefined)).then((token) => {
      res
        .status(200)
        .set({
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': GRAPHIQL_CSP,
          // The page carries a token: neither cached nor sent on as a referrer.
          'cache-control': 'no-store',
          'referrer-policy': 'no-referrer',
          'x-content-type-options': 'nosniff',
        })
        .send(page(endpoint, role, token));
    }, next);
  };
}

/** The page's scripts and styles under GRAPHIQL_ASSETS_PATH: fixed names only. */
export function graphiqlAssets(): Router {
  const router = Router();
  router.get('/:name', (req, res, next) => {
    const asset = Object.hasOwn(ASSETS, req.params.name) ? ASSETS[req.params.name] : undefined;
    if (!asset) return next();
    res.set({ 'content-type': `${asset.type}; charset=utf-8`, 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=3600' });
    if (asset.text !== undefined) return void res.send(asset.text);
    res.sendFile(asset.file!, (error) => error && next(error));
  });
  return router;
}
