import type { HubClient } from '../api/hub-client';
import { ErrorNotice } from '../error-notice';
import { HandoffDetailDocument } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { dataCategoryLabel, outcomeReasonLabel, partnerTypeLabel, priorityLabel, sideLabel, statusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';

/** One handoff as Kadera follows it: the partner's progress (every status change), the notes and the outcome. */
export function HandoffDetail({ client, id, onBack }: { client: HubClient; id: string; onBack: () => void }) {
  const { t, language } = useWords();
  const { result, reload } = useHubQuery(client, HandoffDetailDocument, { id });
  return (
    <section aria-labelledby="handoff-detail-title" data-handoff-detail={id}>
      <h2 id="handoff-detail-title">{t('handoffDetailTitle')}</h2>
      <button type="button" onClick={onBack}>
        {t('backToList')}
      </button>
      <button type="button" onClick={reload}>
        {t('refresh')}
      </button>
      <QueryStates result={result} shown={(data) => data.handoff} empty={<ErrorNotice code="NOT_FOUND" />}>
        {(handoff) => (
          <>
            <dl className="facts">
              <dt>{t('partner')}</dt>
              <dd>
                {handoff.partner.name} ({partnerTypeLabel(handoff.partner.partnerType, language)})
              </dd>
              <dt>{t('status')}</dt>
              <dd data-status={handoff.status}>
                {statusLabel(handoff.status, language)}
                {handoff.overdue ? ` (${t('overdue')})` : ''}
              </dd>
              {handoff.statusReason && (
                <>
                  <dt>{t('statusReason')}</dt>
                  <dd>{handoff.statusReason}</dd>
                </>
              )}
              <dt>{t('priority')}</dt>
              <dd>{priorityLabel(handoff.priority, language)}</dd>
              <dt>{t('purpose')}</dt>
              <dd>{handoff.purpose}</dd>
              <dt>{t('categories')}</dt>
              <dd>{handoff.categories.map((category) => dataCategoryLabel(category, language)).join(', ')}</dd>
              <dt>{t('dueAt')}</dt>
              <dd>{formatDateTime(handoff.dueAt, language)}</dd>
              <dt>{t('outcome')}</dt>
              <dd data-outcome={handoff.outcome ? String(handoff.outcome.successful) : 'none'}>
                {handoff.outcome
                  ? `${handoff.outcome.successful ? t('successful') : t('notSuccessful')}: ${outcomeReasonLabel(handoff.outcome.reasonCode, language)}${handoff.outcome.note ? ` (${handoff.outcome.note})` : ''}`
                  : t('noOutcomeYet')}
              </dd>
            </dl>
            <h3 id="handoff-history-title">{t('history')}</h3>
            <table aria-labelledby="handoff-history-title">
              <thead>
                <tr>
                  <th scope="col">{t('changedAt')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('bySide')}</th>
                  <th scope="col">{t('reason')}</th>
                </tr>
              </thead>
              <tbody>
                {handoff.history.map((change) => (
                  <tr key={change.id} data-history-to={change.to} data-history-side={change.side}>
                    <td>{formatDateTime(change.changedAt, language)}</td>
                    <td>
                      {change.from ? `${statusLabel(change.from, language)} → ` : ''}
                      {statusLabel(change.to, language)}
                    </td>
                    <td>{sideLabel(change.side, language)}</td>
                    <td>{change.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t('notes')}</h3>
            {handoff.notes.length === 0 && <p>{t('noNotes')}</p>}
            {handoff.notes.length > 0 && (
              <ul className="notes">
                {handoff.notes.map((note) => (
                  <li key={note.id}>
                    <strong>
                      {sideLabel(note.authorSide, language)}, {formatDateTime(note.createdAt, language)}:
                    </strong>{' '}
                    {note.text}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryStates>
    </section>
  );
}
