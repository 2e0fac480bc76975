import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import { jwtVerify } from 'jose';
import type { Caller, SubgraphName } from '@hub/common';
import { callerFromClaims, loadOrCreateDevKeys, markSecurityFeaturesHandled, readSupergraph } from '@hub/gateway';
import { subgraphCredentials, type SubgraphCredentials } from './subgraph-credentials';

/**
 * The benchmark's "plain" gateway: `@apollo/gateway` + Apollo Server 5 over
 * the same supergraph and subgraphs as ours, as a team would write it in an
 * afternoon. It verifies the bearer JWT (jose, the development key) and signs
 * the caller for each subgraph as ours does, so the subgraphs accept it; it has
 * none of our gateway's plugins (no field access, access log, limits, rate
 * limits, deadlines) and Apollo's default HTTP client. Port: PLAIN_GATEWAY_PORT.
 */

interface PlainContext {
  caller?: Caller;
}

/** Signs the caller over the very bytes RemoteGraphQLDataSource will send: `{ query, ...rest }` without `http`. */
class SignedDataSource extends RemoteGraphQLDataSource<PlainContext & Record<string, unknown>> {
  constructor(
    url: string,
    private readonly subgraph: SubgraphName,
    private readonly credentials: SubgraphCredentials,
  ) {
    super({ url });
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<PlainContext & Record<string, unknown>>): Promise<void> {
    const caller = 'incomingRequestContext' in options ? options.context.caller : undefined;
    if (!caller || !options.request.http) return;
    const { query, http, ...rest } = options.request;
    const body = JSON.stringify({ query, ...rest });
    options.request.http.headers.set(this.credentials.header, await this.credentials.sign(caller, this.subgraph, body));
  }
}

async function main(): Promise<void> {
  const credentials = subgraphCredentials();
  const { auth } = credentials.config;
  const { publicKey } = await loadOrCreateDevKeys(auth.devKeyDir);
  const gateway = new ApolloGateway({
    // @apollo/gateway refuses a supergraph whose authorization features it cannot enforce; this one does not enforce them at all.
    supergraphSdl: markSecurityFeaturesHandled(readSupergraph()),
    buildService: ({ name }) => new SignedDataSource(credentials.urls[name as SubgraphName], name as SubgraphName, credentials),
  });
  const server = new ApolloServer<PlainContext>({ gateway });
  const unauthenticated = () => new GraphQLError('not authenticated', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PLAIN_GATEWAY_PORT), host: '127.0.0.1' },
    context: async ({ req }) => {
      const authorization = req.headers.authorization;
      if (!authorization?.startsWith('Bearer ')) return {};
      const verified = await jwtVerify(authorization.slice('Bearer '.length), publicKey, { issuer: auth.issuer, audience: auth.audience }).catch(() => {
        throw unauthenticated();
      });
      const caller = callerFromClaims(verified.payload);
      if (!caller) throw unauthenticated();
      return { caller };
    },
  });
  process.stdout.write(`plain gateway at ${url}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
