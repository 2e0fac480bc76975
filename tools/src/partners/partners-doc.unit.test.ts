import fs from 'node:fs';
import path from 'node:path';
import { clientErrorAnswer, httpErrorAnswer, HttpRequestError, INTERNAL, PUBLIC_ERROR_CODES } from '@hub/common';
import { TokenRefused } from '@hub/gateway';
import { guideErrorRows, PARTNERS_DOC, readPartnersDoc } from './partners-doc';

const ROOT = path.resolve(PARTNERS_DOC, '../..');
const doc = readPartnersDoc();
const rows = guideErrorRows(doc);
const statusesOf = (code: string) => rows.find((row) => row.code === code)?.statuses ?? [];

describe('docs/partners.md, the partner developer guide', () => {
  it('lists every code a caller may see, each once, in the order of PUBLIC_ERROR_CODES, and INTERNAL_SERVER_ERROR last', () => {
    expect(rows.map((row) => row.code)).toEqual([...PUBLIC_ERROR_CODES, 'INTERNAL_SERVER_ERROR']);
  });

  it('gives every code at least one HTTP status', () => {
    for (const row of rows) {
      expect(row.statuses.length).toBeGreaterThan(0);
      for (const status of row.statuses) expect([row.code, Number.isInteger(status) && status >= 200 && status < 600]).toEqual([row.code, true]);
    }
  });

  it('gives the statuses the code fixes for refusals outside GraphQL and for a refused token', () => {
    const answers = [
      ...['entity.parse.failed', 'entity.too.large', 'charset.unsupported', 'encoding.unsupported', 'request.aborted'].map((type) =>
        httpErrorAnswer(Object.assign(new Error('refused'), { type })),
      ),
      ...['HPE_HEADER_OVERFLOW', 'HPE_CHUNK_EXTENSIONS_OVERFLOW', 'ERR_HTTP_REQUEST_TIMEOUT', undefined].map(clientErrorAnswer),
      httpErrorAnswer(Object.assign(new Error('bad escape'), { status: 404 })),
      httpErrorAnswer(Object.assign(new Error('gone'), { status: 405 })),
      INTERNAL,
    ];
    for (const answer of answers) expect([answer.code, statusesOf(answer.code)]).toEqual([answer.code, expect.arrayContaining([answer.status])]);
    const refused = new TokenRefused('expired');
    expect(statusesOf('UNAUTHENTICATED')).toContain((refused.extensions.http as { status: number }).status);
    expect(new HttpRequestError(405, 'METHOD_NOT_ALLOWED', 'POST only').status).toBe(statusesOf('METHOD_NOT_ALLOWED')[0]);
  });

  it('names only npm scripts that exist', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const named = [...doc.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('links and names only files that exist', () => {
    const text = doc;
    const links = [...text.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((match) => path.resolve(path.dirname(PARTNERS_DOC), match[1]));
    const named = [...text.matchAll(/`((?:schema|tools|gateway|subgraphs|docs|testing|examples)\/[\w./-]+\.(?:ts|md|graphql))`/g)].map((match) =>
      path.join(ROOT, match[1]),
    );
    expect(links.length + named.length).toBeGreaterThan(5);
    expect([...links, ...named].filter((file) => !fs.existsSync(file)).map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});
