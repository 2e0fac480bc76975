import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { MAX_CALLER_TOKEN_LIFETIME_S, type Caller, type SubgraphName } from '@hub/common';
import type { SubgraphCredentials } from './subgraph-credentials';

/**
 * Requests straight to a subgraph carry the credential the gateway would
 * send: a caller token bound to the body, good for one request only. They are
 * signed before a run starts, so the signing does not weigh on it.
 */
export class TokenPool {
  /** Requests that found the pool empty (and were sent with a spent token, which the subgraph refuses). */
  dry = 0;
  private used = 0;

  constructor(private readonly tokens: string[]) {}

  /** Oldest first: a token is then at most as old as the signing or the run took, whichever was longer. */
  next(): string {
    if (this.used < this.tokens.length) return this.tokens[this.used++];
    this.dry += 1;
    return this.tokens[this.tokens.length - 1];
  }
}

/** The longest run pre-signed tokens cover: they live MAX_CALLER_TOKEN_LIFETIME_S from signing, and signing takes a moment. */
export const LONGEST_DIRECT_RUN_S = MAX_CALLER_TOKEN_LIFETIME_S - 5;

export async function signPool(credentials: SubgraphCredentials, caller: Caller, audience: SubgraphName, body: string, count: number): Promise<TokenPool> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 1) tokens.push(await credentials.sign(caller, audience, body, MAX_CALLER_TOKEN_LIFETIME_S));
  return new TokenPool(tokens);
}

/** One request of a direct plan: to a subgraph, with a fixed body and a token per request. */
export interface DirectStep {
  url: string;
  body: string;
  tokens: TokenPool;
}

/** One load run, whichever client made it. */
export interface LoadRun {
  /** Answers without any error. */
  answers: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

function post(agent: http.Agent, header: string, step: DirectStep): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.request(
      step.url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(step.body), [header]: step.tokens.next() } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(response.statusCode === 200 && !text.includes('"errors"')));
        response.on('error', () => resolve(false));
      },
    );
    request.on('error', () => resolve(false));
    request.end(step.body);
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : NaN);

/**
 * `connections` callers, each sending the steps one after the other (the
 * subgraph fetches of the gateway's query plan) for `seconds`, over keep-alive
 * sockets. A plan counts as one answer.
 */
export async function runDirectPlan(header: string, steps: DirectStep[], connections: number, seconds: number): Promise<LoadRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let answers = 0;
  let errors = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const began = performance.now();
        let ok = true;
        for (const step of steps) ok = (await post(agent, header, step)) && ok;
        latencies.push(performance.now() - began);
        if (ok) answers += 1;
        else errors += 1;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { answers, errors, seconds: elapsed, p50: Math.round(percentile(latencies, 50)), p99: Math.round(percentile(latencies, 99)) };
}
