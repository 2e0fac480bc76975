import { useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import {
  CreateHandoffDocument,
  HandoffClientSearchDocument,
  HandoffPartnerOrganisationsDocument,
  HandoffsListDocument,
  type HandoffStatus,
  type PartnerType,
} from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { PARTNER_TYPES, partnerTypeLabel, priorityLabel, statusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import { HandoffCreate } from './handoff-create';
import { HandoffDetail } from './handoff-detail';
import { inboxOrder } from './handoff-order';
import { Pager } from './pager';
import type { SignedInCaller } from './registry';
import { usePages } from './use-pages';

/** The handoff statuses, in the order of the workflow. */
const STATUSES: HandoffStatus[] = [
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
/** What creating a handoff asks of the hub: offered only when the caller may run all of it. */
const CREATE_DOCUMENTS = [CreateHandoffDocument, HandoffPartnerOrganisationsDocument, HandoffClientSearchDocument];

type View = { kind: 'list' } | { kind: 'detail'; id: string } | { kind: 'create' };

/** Kadera's handoffs: by partner type and status, overdue first within a page; a handoff's progress; a new handoff. */
export function Handoffs({ client, caller, params }: { client: HubClient; caller: SignedInCaller; params?: Readonly<Record<string, string>> }) {
  const [view, setView] = useState<View>(params?.handoffId ? { kind: 'detail', id: params.handoffId } : { kind: 'list' });
  const mayCreate = mayRunAll(caller.roles, CREATE_DOCUMENTS);
  if (view.kind === 'detail') return <HandoffDetail client={client} id={view.id} onBack={() => setView({ kind: 'list' })} />;
  if (view.kind === 'create' && mayCreate) {
    return (
      <HandoffCreate
        client={client}
        clientId={params?.clientId}
        onCreated={(id) => setView({ kind: 'detail', id })}
        onCancel={() => setView({ kind: 'list' })}
      />
    );
  }
  return <HandoffsList client={client} onOpen={(id) => setView({ kind: 'detail', id })} onCreate={mayCreate ? () => setView({ kind: 'create' }) : undefined} />;
}

function HandoffsList({ client, onOpen, onCreate }: { client: HubClient; onOpen: (id: string) => void; onCreate?: () => void }) {
  const { t, language } = useWords();
  const [partnerType, setPartnerType] = useState<PartnerType | ''>('');
  const [status, setStatus] = useState<HandoffStatus | ''>('');
  const filters = { partnerType: partnerType || undefined, status: status ? [status] : undefined };
  const pages = usePages(filters);
  const { result } = useHubQuery(client, HandoffsListDocument, { first: PAGE_SIZE, after: pages.after, ...filters });
  return (
    <section aria-labelledby="handoffs-title">
      <h2 id="handoffs-title">{t('handoffsTitle')}</h2>
      {onCreate && (
        <button type="button" onClick={onCreate}>
          {t('newHandoff')}
        </button>
      )}
      <div className="filters">
        <label htmlFor="handoff-partner-type">{t('filterPartnerType')}</label>
        <select id="handoff-partner-type" value={partnerType} onChange={(event) => setPartnerType(event.target.value as PartnerType | '')}>
          <option value="">{t('allPartnerTypes')}</option>
          {PARTNER_TYPES.map((type) => (
            <option key={type} value={type}>
              {partnerTypeLabel(type, language)}
            </option>
          ))}
        </select>
        <label htmlFor="handoff-status">{t('filterStatus')}</label>
        <select id="handoff-status" value={status} onChange={(event) => setStatus(event.target.value as HandoffStatus | '')}>
          <option value="">{t('allStatuses')}</option>
          {STATUSES.map((name) => (
            <option key={name} value={name}>
              {statusLabel(name, language)}
            </option>
          ))}
        </select>
      </div>
      <QueryStates result={result} shown={(data) => data.handoffs.edges}>
        {(edges) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('dueAt')}</th>
                <th scope="col">{t('partner')}</th>
                <th scope="col">{t('partnerType')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('priority')}</th>
                <th scope="col">{t('purpose')}</th>
              </tr>
            </thead>
            <tbody>
              {inboxOrder(edges.map((edge) => edge.node)).map((handoff) => (
                <tr key={handoff.id} data-handoff-id={handoff.id} className={handoff.overdue ? 'overdue' : undefined}>
                  <td>
                    {formatDateTime(handoff.dueAt, language)}
                    {handoff.overdue ? ` (${t('overdue')})` : ''}
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => onOpen(handoff.id)}>
                      {handoff.partner.name}
                    </button>
                  </td>
                  <td>{partnerTypeLabel(handoff.partner.partnerType, language)}</td>
                  <td data-status={handoff.status}>{statusLabel(handoff.status, language)}</td>
                  <td>{priorityLabel(handoff.priority, language)}</td>
                  <td>{handoff.purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
      {result.state === 'done' && <Pager pages={pages} pageInfo={result.data.handoffs.pageInfo} />}
    </section>
  );
}
