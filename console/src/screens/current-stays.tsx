import { useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { errorCode } from '../api/error-code';
import { ErrorNotice } from '../error-notice';
import { CurrentStaysDocument, DischargeClientDocument } from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import type { Unit } from './capacity-units';
import { Pager } from './pager';
import { clientFileHref } from './screen-links';
import { usePages } from './use-pages';
import { useReloadOn } from './use-reload-on';

/** Current stays, with discharge. */
export function CurrentStays(props: { client: HubClient; label: (unit: Pick<Unit, 'type' | 'location'>) => string; round: number; onDischarged: () => void }) {
  const { client, label, round, onDischarged } = props;
  const { t, language } = useWords();
  const pages = usePages();
  const { result, reload } = useHubQuery(client, CurrentStaysDocument, { first: 50, after: pages.after });
  useReloadOn(round, reload);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState(false);
  const [pending, setPending] = useState(false);
  const discharge = (stayId: string) => {
    if (pending) return;
    setPending(true);
    setError(undefined);
    setNotice(false);
    const reason = reasons[stayId]?.trim();
    client
      .mutate(DischargeClientDocument, { input: { stayId, reason: reason || undefined } })
      .then(
        () => {
          setNotice(true);
          onDischarged();
        },
        (e: unknown) => setError(errorCode(e)),
      )
      .finally(() => setPending(false));
  };
  return (
    <section aria-labelledby="stays-title">
      <h3 id="stays-title">{t('currentStays')}</h3>
      {notice && <p role="status">{t('discharged')}</p>}
      {error && <ErrorNotice code={error} />}
      <QueryStates result={result} shown={(data) => data.stays.edges}>
        {(edges) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('client')}</th>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('admittedOn')}</th>
                <th scope="col">{t('dischargeReason')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id} data-stay-id={node.id} data-client-id={node.client.id}>
                  <td>
                    <a href={clientFileHref(node.client.id)}>{node.client.name}</a>
                  </td>
                  <td>{label({ type: node.placementType, location: node.location })}</td>
                  <td>{formatDate(node.admittedOn, language)}</td>
                  <td>
                    <input
                      aria-label={`${t('dischargeReason')}: ${node.client.name ?? ''}`}
                      maxLength={200}
                      value={reasons[node.id] ?? ''}
                      onChange={(event) => setReasons({ ...reasons, [node.id]: event.target.value })}
                    />
                  </td>
                  <td>
                    <button type="button" disabled={pending} aria-label={`${t('discharge')}: ${node.client.name ?? ''}`} onClick={() => discharge(node.id)}>
                      {t('discharge')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
      {result.state === 'done' && <Pager pages={pages} pageInfo={result.data.stays.pageInfo} />}
    </section>
  );
}
