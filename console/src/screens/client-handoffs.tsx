import type { HubClient } from '../api/hub-client';
import { ClientHandoffsDocument } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { priorityLabel, statusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';

/** The handoffs of one client, to every partner. */
export function ClientHandoffs({ client, clientId }: { client: HubClient; clientId: string }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, ClientHandoffsDocument, { clientId });
  return (
    <section aria-labelledby="client-handoffs-title">
      <h4 id="client-handoffs-title">{t('handoffsTitle')}</h4>
      <QueryStates result={result} shown={(data) => data.handoffs.edges}>
        {(edges) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('partner')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('priority')}</th>
                <th scope="col">{t('purpose')}</th>
                <th scope="col">{t('dueAt')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id} data-handoff-id={node.id} className={node.overdue ? 'overdue' : undefined}>
                  <td>{node.partner.name}</td>
                  <td data-status={node.status}>{statusLabel(node.status, language)}</td>
                  <td>{priorityLabel(node.priority, language)}</td>
                  <td>{node.purpose}</td>
                  <td>
                    {formatDateTime(node.dueAt, language)}
                    {node.overdue ? ` (${t('overdue')})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
    </section>
  );
}
