import type http from 'node:http';

/**
 * Lets a server stop without cutting requests off: once closing, it takes no
 * new connections, drops idle keep-alive sockets at once, answers the requests
 * it still has with `Connection: close`, and destroys whatever is left when
 * the grace period ends.
 */
export function drainOnClose(server: http.Server): (graceMs: number) => Promise<void> {
  const inFlight = new Set<http.ServerResponse>();
  let closing = false;
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    // A keep-alive client may send one more request on a socket it already had.
    if (closing) res.shouldKeepAlive = false;
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      // A response that had sent its headers before closing began kept its socket alive: drop it now.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });

  let closed: Promise<void> | undefined;
  return (graceMs) => {
    closed ??= new Promise<void>((resolve, reject) => {
      closing = true;
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      const timer = setTimeout(() => server.closeAllConnections(), Math.max(0, graceMs));
      server.close((error) => {
        clearTimeout(timer);
        // Closing a server that was never listening is no failure here.
        if (error && (error as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING') reject(error);
        else resolve();
      });
      server.closeIdleConnections();
      if (graceMs <= 0) server.closeAllConnections();
    });
    return closed;
  };
}
