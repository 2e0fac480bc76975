import { useState, type ReactNode } from 'react';
import type { HubClient } from '../api/hub-client';
import { SearchClientsDocument, type SearchClientsQuery } from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';

export type FoundClient = SearchClientsQuery['searchClients']['edges'][number]['node'];

/** Clients by name (searchClients: typos allowed, a surname will do), each with what the caller may do with it. */
export function ClientSearch({ client, id, action }: { client: HubClient; id: string; action: (found: FoundClient) => ReactNode }) {
  const { t } = useWords();
  const [text, setText] = useState('');
  const [name, setName] = useState<string | undefined>();
  return (
    <div className="client-search">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setName(text.trim());
        }}
      >
        <label htmlFor={`${id}-name`}>{t('clientSearchName')}</label>
        <input id={`${id}-name`} type="search" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
        <button type="submit">{t('search')}</button>
      </form>
      {name !== undefined && <Results client={client} name={name} action={action} />}
    </div>
  );
}

function Results({ client, name, action }: { client: HubClient; name: string; action: (found: FoundClient) => ReactNode }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, SearchClientsDocument, { name, first: 10 });
  return (
    <QueryStates result={result} shown={(data) => data.searchClients.edges}>
      {(edges) => (
        <table>
          <caption>{t('searchResults')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('dateOfBirth')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node }) => (
              <tr key={node.id} data-client-id={node.id}>
                <td>{node.name}</td>
                <td>{formatDate(node.dateOfBirth, language)}</td>
                <td>{action(node)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </QueryStates>
  );
}
