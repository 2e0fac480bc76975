import http from 'node:http';
import type { GraphQLError } from 'graphql';
import type { AddressInfo } from 'node:net';
import { freePort } from '../database/free-port';
import { callPeer } from './peer';

describe('callPeer', () => {
  it('names a peer nobody listens for SUBGRAPH_UNAVAILABLE, without its URL', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const failure = (await callPeer(url, '{ client(id: "x") { id } }', {}, () => ({}), 'clients').catch((error: unknown) => error)) as GraphQLError;
    expect(failure.message).toBe('the clients service is unavailable');
    expect(failure.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'clients' });
  });

  it('asks again once when the connection is reset under a read', async () => {
    let count = 0;
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        count += 1;
        if (count === 1) req.socket.destroy();
        else res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"client":{"id":"x"}}}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      await expect(callPeer(url, '{ client(id: "x") { id } }', {}, () => ({}), 'clients')).resolves.toEqual({ client: { id: 'x' } });
      expect(count).toBe(2);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
