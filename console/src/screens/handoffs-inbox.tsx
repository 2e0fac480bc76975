import { useState } from 'react';
import { HubError, type HubClient } from '../api/hub-client';
import { ErrorNotice } from '../error-notice';
import { AcceptHandoffDocument, HandoffsInboxDocument } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { priorityLabel, statusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { useHubQuery } from '../use-hub-query';
import { ACCEPTABLE_FROM, inboxOrder } from './handoff-order';

/** A partner's inbox: its organisation's open handoffs, overdue first; accept one with a button. */
export function HandoffsInbox({ client }: { client: HubClient }) {
  const { t, language } = useWords();
  const { result, reload } = useHubQuery(client, HandoffsInboxDocument, { first: 50 });
  const [actionError, setActionError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const accept = (handoffId: string) => {
    setActionError(undefined);
    setNotice(undefined);
    client.mutate(AcceptHandoffDocument, { handoffId }).then(
      () => {
        setNotice(t('accepted'));
        reload();
      },
      (error: unknown) => setActionError(error instanceof HubError ? error.code : 'UNKNOWN'),
    );
  };
  return (
    <section aria-labelledby="inbox-title">
      <h2 id="inbox-title">{t('inboxTitle')}</h2>
      {notice && <p role="status">{notice}</p>}
      {actionError && <ErrorNotice code={actionError} />}
      {result.state === 'loading' && <p>{t('loading')}</p>}
      {result.state === 'error' && <ErrorNotice code={result.code} />}
      {result.state === 'done' && result.data.handoffs.edges.length === 0 && <p>{t('nothingHere')}</p>}
      {result.state === 'done' && result.data.handoffs.edges.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dueAt')}</th>
              <th scope="col">{t('overdue')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('priority')}</th>
              <th scope="col">{t('purpose')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {inboxOrder(result.data.handoffs.edges.map((edge) => edge.node)).map((handoff) => (
              <tr key={handoff.id} data-handoff-id={handoff.id} className={handoff.overdue ? 'overdue' : undefined}>
                <td>{formatDateTime(handoff.dueAt, language)}</td>
                <td>{handoff.overdue ? t('yes') : t('no')}</td>
                <td data-status={handoff.status}>{statusLabel(handoff.status, language)}</td>
                <td>{priorityLabel(handoff.priority, language)}</td>
                <td>{handoff.purpose}</td>
                <td>
                  {ACCEPTABLE_FROM.includes(handoff.status) && (
                    <button type="button" onClick={() => accept(handoff.id)}>
                      {t('accept')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
