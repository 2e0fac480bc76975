import { gql } from '@urql/core';
import type { HubClient } from '../api/hub-client';
import type { ClientConfidentialAddressQuery, ClientConfidentialAddressQueryVariables } from '../gql/graphql';
// The document from the persisted-documents manifest, not the generated module: that module is part of the first load,
// and this one is not. The manifest gives the exact text and its hash, so the read goes by hash like every other.
import manifest from '../gql/persisted-documents.json';

const OPERATION = /^query ClientConfidentialAddress\b/;
const entry = Object.entries(manifest as Record<string, string>).find(([, text]) => OPERATION.test(text));
if (!entry) throw new Error('ClientConfidentialAddress is not in persisted-documents.json: run npm run codegen -w console');
const ClientConfidentialAddress = Object.assign(gql<ClientConfidentialAddressQuery, ClientConfidentialAddressQueryVariables>(entry[1]), {
  __meta__: { hash: entry[0] },
});

/** Reads one client's confidential address (null: no such client): a separate, logged read. Imported only when asked for. */
export async function readConfidentialAddress(client: HubClient, clientId: string): Promise<string | null> {
  const data = await client.query(ClientConfidentialAddress, { id: clientId });
  return data.client ? data.client.confidentialAddress : null;
}
