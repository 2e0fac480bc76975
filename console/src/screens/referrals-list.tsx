import { useEffect, useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { ReferralsListDocument, type ReferralStatus, type Region } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { kindLabel, priorityLabel, regionLabel, REGIONS, statusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import { Pager } from './pager';
import { ReferralDetail } from './referral-detail';
import type { SignedInCaller } from './registry';
import { usePages } from './use-pages';

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

type OverdueFilter = '' | 'true' | 'false';

/** Kadera's referrals, newest first, by status, region and overdue, a page at a time; a row opens its detail. */
export function ReferralsList({ client, caller }: { client: HubClient; caller: SignedInCaller }) {
  const [opened, setOpened] = useState<string | undefined>();
  const [returns, setReturns] = useState(0);
  // The list keeps its filters and page while a referral is open: back returns to the same rows.
  return (
    <>
      {opened && (
        <ReferralDetail
          client={client}
          caller={caller}
          referralId={opened}
          onBack={() => {
            setOpened(undefined);
            setReturns((n) => n + 1);
          }}
        />
      )}
      <div hidden={opened !== undefined}>
        <ReferralsTable client={client} onOpen={setOpened} returns={returns} />
      </div>
    </>
  );
}

/** The table itself; `returns` counts the returns from a detail, where the referral may have moved: it asks again then. */
function ReferralsTable({ client, onOpen, returns }: { client: HubClient; onOpen: (id: string) => void; returns: number }) {
  const { t, language } = useWords();
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const [region, setRegion] = useState<Region | ''>('');
  const [overdue, setOverdue] = useState<OverdueFilter>('');
  const filters = { status: status ? [status] : undefined, region: region || undefined, overdue: overdue === '' ? undefined : overdue === 'true' };
  const pages = usePages(filters);
  const { result, reload } = useHubQuery(client, ReferralsListDocument, { first: PAGE_SIZE, after: pages.after, ...filters });
  useEffect(() => {
    if (returns > 0) reload();
  }, [returns, reload]);
  return (
    <section aria-labelledby="referrals-title">
      <h2 id="referrals-title">{t('referralsTitle')}</h2>
      <div className="filters">
        <span className="field">
          <label htmlFor="status-filter">{t('filterStatus')}</label>
          <select id="status-filter" value={status} onChange={(event) => setStatus(event.target.value as ReferralStatus | '')}>
            <option value="">{t('allStatuses')}</option>
            {STATUSES.map((name) => (
              <option key={name} value={name}>
                {statusLabel(name, language)}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="region-filter">{t('filterRegion')}</label>
          <select id="region-filter" value={region} onChange={(event) => setRegion(event.target.value as Region | '')}>
            <option value="">{t('allRegions')}</option>
            {REGIONS.map((name) => (
              <option key={name} value={name}>
                {regionLabel(name, language)}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="overdue-filter">{t('filterOverdue')}</label>
          <select id="overdue-filter" value={overdue} onChange={(event) => setOverdue(event.target.value as OverdueFilter)}>
            <option value="">{t('overdueAny')}</option>
            <option value="true">{t('overdueOnly')}</option>
            <option value="false">{t('overdueNot')}</option>
          </select>
        </span>
      </div>
      <QueryStates result={result} shown={(data) => data.referrals.edges}>
        {(edges) => (
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
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id} data-referral-id={node.id} className={node.overdue ? 'overdue' : undefined}>
                  <td>{formatDateTime(node.receivedAt, language)}</td>
                  <td data-status={node.status}>{statusLabel(node.status, language)}</td>
                  <td>{priorityLabel(node.priority, language)}</td>
                  <td>{kindLabel(node.kind, language)}</td>
                  <td>{regionLabel(node.region, language)}</td>
                  <td>
                    {formatDateTime(node.contactDueAt, language)}
                    {node.overdue ? ` (${t('overdue')})` : ''}
                  </td>
                  <td>{node.referrerOrganisationName}</td>
                  <td>
                    <button type="button" onClick={() => onOpen(node.id)}>
                      {t('openReferral')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
      {result.state === 'done' && <Pager pages={pages} pageInfo={result.data.referrals.pageInfo} />}
    </section>
  );
}
