import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface HubProcess {
  child: ChildProcess;
  /** Closures over the process, so they may be taken out of the object (`const { output } = hub`). */
  output: () => string;
  /** Resolves with the exit code, or rejects when the process is still running after `withinMs`. */
  exited: (withinMs: number) => Promise<number | null>;
}

/**
 * Runs a built entry point as its own process, as a user or a container would,
 * and resolves once its output says it is up. Jest's NODE_ENV=test is left
 * out: Apollo Server behaves differently under it (signal handling included).
 */
export function startHubProcess(script: string, env: NodeJS.ProcessEnv, upWhen: string | RegExp, withinMs = 60_000): Promise<HubProcess> {
  const { NODE_ENV: _test, ...rest } = env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: rest, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let code: number | null | undefined;
    const exit = new Promise<number | null>((done) => child.on('exit', (c) => done((code = c))));
    const timer = setTimeout(() => reject(new Error(`not up within ${withinMs} ms:\n${output}`)), withinMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (typeof upWhen === 'string' ? output.includes(upWhen) : upWhen.test(output)) {
        clearTimeout(timer);
        resolve({
          child,
          output: () => output,
          exited: (ms) =>
            code !== undefined
              ? Promise.resolve(code)
              : new Promise((done, fail) => {
                  const limit = setTimeout(() => fail(new Error(`still running ${ms} ms after being asked to stop:\n${output.slice(-2000)}`)), ms);
                  void exit.then((c) => (clearTimeout(limit), done(c)));
                }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then((c) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${c} before it was up:\n${output}`));
    });
  });
}

/** Whether anything accepts a TCP connection on this port of 127.0.0.1. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Polls until the port refuses connections (the server stopped accepting). */
export async function untilPortCloses(port: number, withinMs = 10_000): Promise<void> {
  const end = Date.now() + withinMs;
  while (await portOpen(port)) {
    if (Date.now() > end) throw new Error(`port ${port} still accepts connections`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
