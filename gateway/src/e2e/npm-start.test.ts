import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@hub/common';
import { postGraphQL } from '../testing/http-client';

const MAIN = path.resolve(__dirname, '../main.js');
const TOKEN_CLI = path.resolve(__dirname, '../cli/token.js');
const run = promisify(execFile);

/** `npm start` as a user runs it: its own embedded PostgreSQL, Ctrl-C, and a second start over the same data. */
describe('npm start', () => {
  const dataDir = path.join(os.tmpdir(), `hub-start-${randomBytes(4).toString('hex')}`);
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    env = {
      ...rest,
      HUB_MODE: 'development',
      EMBEDDED_PG_DIR: path.join(dataDir, 'postgres'),
      EMBEDDED_PG_PORT: String(await freePort()),
      GATEWAY_PORT: String(await freePort()),
      CLIENTS_PORT: String(await freePort()),
      PLACEMENTS_PORT: String(await freePort()),
      REFERRALS_PORT: String(await freePort()),
      HANDOFFS_PORT: String(await freePort()),
      DEV_KEY_DIR: path.join(dataDir, 'keys'),
      LOG_LEVEL: 'info',
    };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const start = () =>
    new Promise<{ child: ChildProcess; output: () => string }>((resolve, reject) => {
      const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('GraphQL gateway:')) {
          clearTimeout(timer);
          resolve({ child, output: () => output });
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('exit', (code) => reject(new Error(`exited with ${code} before starting:\n${output}`)));
    });

  const stop = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => {
      child.removeAllListeners('exit');
      child.on('exit', (code) => resolve(code));
      child.kill('SIGINT');
    });

  /** A staff token from the token command, as a user gets one. */
  const bearer = async () => {
    const { stdout } = await run(process.execPath, [TOKEN_CLI, 'staff'], { env });
    return { authorization: `Bearer ${stdout.trim()}` };
  };

  const portOpen = (port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });

  const referralCount = async () => {
    const url = `http://localhost:${env.GATEWAY_PORT}/graphql`;
    const { data } = await postGraphQL(url, `{ referrals(first: 100) { edges { node { id } } } }`, undefined, await bearer());
    return data.referrals.edges.length as number;
  };

  it('starts everything, warns that it is unauthenticated, serves the gateway, and stops cleanly on Ctrl-C', async () => {
    const { child, output } = await start();
    expect(output()).toContain(`http://localhost:${env.GATEWAY_PORT}/graphql`);
    expect(output()).toContain('npm run --silent token -- staff');
    expect(output()).toContain('loaded demo data');

    const anonymous = await postGraphQL(`http://localhost:${env.GATEWAY_PORT}/graphql`, `{ shelterCapacity { type capacity } }`);
    expect(anonymous.status).toBe(401);
    const { data } = await postGraphQL(`http://localhost:${env.GATEWAY_PORT}/graphql`, `{ shelterCapacity { type capacity } }`, undefined, await bearer());
    expect(data.shelterCapacity).toHaveLength(7);
    expect(data.shelterCapacity.reduce((sum: number, row: any) => sum + row.capacity, 0)).toBe(61);
    const referrals = await referralCount();

    expect(await stop(child)).toBe(0);
    expect(await portOpen(Number(env.EMBEDDED_PG_PORT))).toBe(false);
    expect(await portOpen(Number(env.GATEWAY_PORT))).toBe(false);

    const again = await start();
    expect(again.output()).not.toContain('loaded demo data');
    expect(await referralCount()).toBe(referrals);
    expect(await stop(again.child)).toBe(0);
  });

  it('refuses to start in production mode without a key to verify tokens with', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { ...env, HUB_MODE: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr!.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(output).toMatch(/production/);
  });
});
