import { gql } from '@urql/core';
import type { HubClient } from '../api/hub-client';
import type { ClientConfidentialAddressQuery, ClientConfidentialAddressQueryVariables } from '../gql/graphql';
// The text of the document, not the generated one: that module is part of the first load, and this one is not.
import text from '../documents/client-confidential-address.graphql?raw';

const ClientConfidentialAddress = gql<ClientConfidentialAddressQuery, ClientConfidentialAddressQueryVariables>(text);

/** Reads one client's confidential address (null: no such client): a separate, logged read. Imported only when asked for. */
export async function readConfidentialAddress(client: HubClient, clientId: string): Promise<string | null> {
  const data = await client.query(ClientConfidentialAddress, { id: clientId });
  return data.client ? data.client.confidentialAddress : null;
}
