import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

/**
 * `npm run audit:report` and `npm run client:report`: thin clients of the gateway's report queries, so a
 * report made on the command line passes the same access rules and lands in the same access log as one
 * asked for over GraphQL. They send the token in HUB_TOKEN (e.g. `npm run --silent token -- auditor`).
 */
export interface GatewayAccess {
  url: string;
  token: string;
}

async function ask<T>(gateway: GatewayAccess, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  return body.data as T;
}

const CSV = `query($c: UUID, $u: String, $o: UUID, $from: DateTimeISO, $to: DateTimeISO, $a: [AccessAction!], $out: AccessOutcome) {
  accessLogCsv(clientId: $c, userId: $u, organisationId: $o, from: $from, to: $to, actions: $a, outcome: $out) { csv rows truncated } }`;

/** `--client ID | --user ID | --organisation ID [--from ISO] [--to ISO] [--action READ,UPDATE] [--outcome DENIED] [--format csv] [--out FILE]` */
export async function auditReport(argv: string[], gateway: GatewayAccess): Promise<{ output: string; rows: number; truncated: boolean; out?: string }> {
  const { values } = parseArgs({
    args: argv,
    options: {
      client: { type: 'string' },
      user: { type: 'string' },
      organisation: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      action: { type: 'string' },
      outcome: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
    },
  });
  if (!values.client && !values.user && !values.organisation) throw new Error('name --client, --user or --organisation');
  if (values.format !== 'csv') throw new Error('--format: csv');
  const { accessLogCsv } = await ask<{ accessLogCsv: { csv: string; rows: number; truncated: boolean } }>(gateway, CSV, {
    c: values.client,
    u: values.user,
    o: values.organisation,
    from: values.from,
    to: values.to,
    a: values.action?.split(',').map((a) => a.trim().toUpperCase()),
    out: values.outcome?.toUpperCase(),
  });
  if (values.out) await writeFile(values.out, accessLogCsv.csv);
  return { output: accessLogCsv.csv, rows: accessLogCsv.rows, truncated: accessLogCsv.truncated, out: values.out };
}

const CLIENT_REPORT = `query($c: UUID!, $l: ReportLanguage, $f: ReportFormat, $from: DateTimeISO, $to: DateTimeISO) {
  clientAccessReport(clientId: $c, language: $l, format: $f, from: $from, to: $to) { contentType fileName content lines } }`;

/** `<clientId> [--lang nl|en] [--format html|pdf] [--from ISO] [--to ISO] [--out FILE]` */
export async function clientReport(argv: string[], gateway: GatewayAccess): Promise<{ out: string; lines: number; bytes: number }> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'nl' },
      format: { type: 'string', default: 'html' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [clientId] = positionals;
  if (!clientId) throw new Error('name the client: <clientId>');
  if (!['nl', 'en'].includes(values.lang)) throw new Error('--lang: nl or en');
  if (!['html', 'pdf'].includes(values.format)) throw new Error('--format: html or pdf');
  const { clientAccessReport: report } = await ask<{ clientAccessReport: { contentType: string; fileName: string; content: string; lines: number } }>(
    gateway,
    CLIENT_REPORT,
    { c: clientId, l: values.lang.toUpperCase(), f: values.format.toUpperCase(), from: values.from, to: values.to },
  );
  const bytes = report.contentType === 'application/pdf' ? Buffer.from(report.content, 'base64') : Buffer.from(report.content, 'utf8');
  const out = values.out ?? report.fileName;
  await writeFile(out, bytes);
  return { out, lines: report.lines, bytes: bytes.length };
}

/** The gateway of `npm start` (or HUB_URL) and the token in HUB_TOKEN. */
export function gatewayFromEnvironment(port: number): GatewayAccess {
  const token = process.env.HUB_TOKEN;
  if (!token) throw new Error('set HUB_TOKEN to a token of the role the report needs, e.g. HUB_TOKEN=$(npm run --silent token -- auditor)');
  return { url: process.env.HUB_URL ?? `http://localhost:${port}/graphql`, token };
}
