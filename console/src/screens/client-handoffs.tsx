import type { HubClient } from '../api/hub-client';
import { ErrorNotice } from '../error-notice';
import { ClientHandoffsDocument } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { priorityLabel, statusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { useHubQuery } from '../use-hub-query';

/** The handoffs of one client, to every partner. */
export function ClientHandoffs({ client, clientId }: { client: HubClient; clientId: string }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, ClientHandoffsDocument, { clientId });
  return (
    <section aria-labelledby="client-handoffs-title">
      <h4 id="client-handoffs-title">{t('handoffsTitle')}</h4>
      {result.state === 'loading' && <p>{t('loading')}</p>}
      {result.state === 'error' && <ErrorNotice code={result.code} />}
      {result.state === 'done' && result.data.handoffs.edges.length === 0 && <p>{t('nothingHere')}</p>}
      {result.state === 'done' && result.data.handoffs.edges.length > 0 && (
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
            {result.data.handoffs.edges.map(({ node }) => (
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
    </section>
  );
}
