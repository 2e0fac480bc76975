import { useState } from 'react';
import { errorCode } from '../api/error-code';
import type { HubClient } from '../api/hub-client';
import { ErrorNotice } from '../error-notice';
import { AcceptHandoffDocument, HandoffsInboxDocument } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { priorityLabel, statusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import { ACCEPTABLE_FROM, inboxOrder } from './handoff-order';
import { InboxClient } from './inbox-client';
import type { SignedInCaller } from './registry';

/** A partner's inbox: its organisation's open handoffs, overdue first; accept one, or show its client, with a button. */
export function HandoffsInbox({ client, caller }: { client: HubClient; caller: SignedInCaller }) {
  const { t, language } = useWords();
  const { result, reload } = useHubQuery(client, HandoffsInboxDocument, { first: 50 });
  const [actionError, setActionError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [shown, setShown] = useState<string | undefined>();
  const accept = (handoffId: string) => {
    setActionError(undefined);
    setNotice(undefined);
    client.mutate(AcceptHandoffDocument, { handoffId }).then(
      () => {
        setNotice(t('accepted'));
        reload();
      },
      (error: unknown) => setActionError(errorCode(error)),
    );
  };
  return (
    <section aria-labelledby="inbox-title">
      <h2 id="inbox-title">{t('inboxTitle')}</h2>
      {notice && <p role="status">{notice}</p>}
      {actionError && <ErrorNotice code={actionError} />}
      <QueryStates result={result} shown={(data) => data.handoffs.edges}>
        {(edges) => (
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
              {inboxOrder(edges.map((edge) => edge.node)).map((handoff) => (
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
                    <button type="button" aria-pressed={shown === handoff.id} onClick={() => setShown(shown === handoff.id ? undefined : handoff.id)}>
                      {t('showClient')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
      {shown && <InboxClient key={shown} client={client} caller={caller} handoffId={shown} />}
    </section>
  );
}
