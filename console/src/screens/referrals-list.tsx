import { useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { ErrorNotice } from '../error-notice';
import { ReferralsListDocument, type ReferralStatus } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { kindLabel, priorityLabel, statusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { useHubQuery } from '../use-hub-query';

/** The filterable statuses, in the order of the workflow. */
const STATUSES: ReferralStatus[] = [
  'REQUESTED',
  'RECEIVED',
  'ACCEPTED',
  'IN_PROGRESS',
  'ON_HOLD',
  'COMPLETED',
  'REJECTED',
  'CANCELLED',
  'FAILED',
  'ENTERED_IN_ERROR',
];
const PAGE_SIZE = 20;

/** Kadera's referrals, newest first, by status, a page at a time. */
export function ReferralsList({ client }: { client: HubClient }) {
  const { t, language } = useWords();
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const [after, setAfter] = useState<string | undefined>();
  const { result } = useHubQuery(client, ReferralsListDocument, { first: PAGE_SIZE, after, status: status ? [status] : undefined });
  return (
    <section aria-labelledby="referrals-title">
      <h2 id="referrals-title">{t('referralsTitle')}</h2>
      <label htmlFor="status-filter">{t('filterStatus')}</label>
      <select
        id="status-filter"
        value={status}
        onChange={(event) => {
          setStatus(event.target.value as ReferralStatus | '');
          setAfter(undefined);
        }}
      >
        <option value="">{t('allStatuses')}</option>
        {STATUSES.map((name) => (
          <option key={name} value={name}>
            {statusLabel(name, language)}
          </option>
        ))}
      </select>
      {result.state === 'loading' && <p>{t('loading')}</p>}
      {result.state === 'error' && <ErrorNotice code={result.code} />}
      {result.state === 'done' && result.data.referrals.edges.length === 0 && <p>{t('nothingHere')}</p>}
      {result.state === 'done' && result.data.referrals.edges.length > 0 && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('receivedAt')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('priority')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('region')}</th>
                <th scope="col">{t('contactDueAt')}</th>
                <th scope="col">{t('referrer')}</th>
              </tr>
            </thead>
            <tbody>
              {result.data.referrals.edges.map(({ node }) => (
                <tr key={node.id} data-referral-id={node.id} className={node.overdue ? 'overdue' : undefined}>
                  <td>{formatDateTime(node.receivedAt, language)}</td>
                  <td data-status={node.status}>{statusLabel(node.status, language)}</td>
                  <td>{priorityLabel(node.priority, language)}</td>
                  <td>{kindLabel(node.kind, language)}</td>
                  <td>{node.region}</td>
                  <td>
                    {formatDateTime(node.contactDueAt, language)}
                    {node.overdue ? ` (${t('overdue')})` : ''}
                  </td>
                  <td>{node.referrerOrganisationName}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.data.referrals.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setAfter(result.data.referrals.pageInfo.endCursor ?? undefined)}>
              {t('nextPage')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
