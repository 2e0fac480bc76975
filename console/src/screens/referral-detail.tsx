import { useState } from 'react';
import { asHubError } from '../api/error-code';
import { HubError, type HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import { ErrorNotice } from '../error-notice';
import { FormField } from '../form-field';
import { ReferralClientDocument, ReferralDetailDocument, TransitionReferralDocument, type ReferralStatus } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { fundingLabel, kindLabel, priorityLabel, referralSideLabel, regionLabel, serviceLabel, sourceTypeLabel, statusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import type { SignedInCaller } from './registry';
import { referralMoves } from './referral-moves';
import { LINK_CLIENT_DOCUMENTS, ReferralClientLink } from './referral-client-link';
import { useIsOffered } from './navigation';
import { CLIENT_FILE_SCREEN, clientFileHref } from './screen-links';

interface DetailProps {
  client: HubClient;
  caller: SignedInCaller;
  referralId: string;
  onBack: () => void;
}

/**
 * The client a referral is linked to, with a link to her file; rendered only for a role whose field rules allow the
 * question. Not linked yet: a role that may link finds or registers her here (referral-client-link.tsx).
 */
function LinkedClient({ client, caller, referralId }: { client: HubClient; caller: SignedInCaller; referralId: string }) {
  const { t } = useWords();
  const { result, reload } = useHubQuery(client, ReferralClientDocument, { id: referralId });
  const [linked, setLinked] = useState(false);
  const [refused, setRefused] = useState<HubError | undefined>();
  const fileOffered = useIsOffered(CLIENT_FILE_SCREEN);
  return (
    <section aria-labelledby="referral-client-title">
      <h3 id="referral-client-title">{t('clientTitle')}</h3>
      {linked && <p role="status">{t('clientLinked')}</p>}
      {refused && <ErrorNotice code={refused.code} />}
      <QueryStates
        result={result}
        shown={(data) => data.referral?.client}
        empty={
          <>
            <p>{t('noClientLinked')}</p>
            {mayRunAll(caller.roles, LINK_CLIENT_DOCUMENTS) && (
              <ReferralClientLink
                client={client}
                caller={caller}
                referralId={referralId}
                onLinked={() => {
                  setLinked(true);
                  setRefused(undefined);
                  reload();
                }}
                onConflict={(error) => {
                  setRefused(error);
                  reload();
                }}
              />
            )}
          </>
        }
      >
        {(linkedClient) => (
          <p data-client-id={linkedClient.id}>
            {linkedClient.name ?? linkedClient.id}
            {fileOffered && (
              <>
                {' '}
                <a href={clientFileHref(linkedClient.id)}>{t('openClientFile')}</a>
              </>
            )}
          </p>
        )}
      </QueryStates>
    </section>
  );
}

/** What the last move came to: shown above the detail, so it survives reading the referral again. */
interface Outcome {
  notice?: string;
  error?: HubError;
}

/** The legal moves from this status as buttons (referral-moves.ts, from the state machine); a refusal in the API's words. */
function Moves({
  client,
  caller,
  referralId,
  status,
  outcome,
  onOutcome,
  onMoved,
}: DetailProps & { status: ReferralStatus; outcome: Outcome; onOutcome: (outcome: Outcome) => void; onMoved: () => void }) {
  const { t, language } = useWords();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const moves = referralMoves(status, caller.side);
  const move = (to: ReferralStatus) => {
    setBusy(true);
    onOutcome({});
    client.mutate(TransitionReferralDocument, { input: { referralId, to, reason: reason.trim() || undefined } }).then(
      () => {
        setBusy(false);
        setReason('');
        onOutcome({ notice: t('moved') });
        onMoved();
      },
      (failure: unknown) => {
        setBusy(false);
        const refused = asHubError(failure);
        onOutcome({ error: refused });
        // The referral moved meanwhile (or the move is no longer legal): read it again, so the buttons are current.
        if (refused.code === 'INVALID_TRANSITION' || refused.code === 'CONFLICT' || refused.code === 'NOT_FOUND') onMoved();
      },
    );
  };
  const error = outcome.error;
  const reasonRefused = error?.code === 'BAD_USER_INPUT' && (error.details.field ?? error.details.argument) === 'reason';
  return (
    <section aria-labelledby="moves-title">
      <h3 id="moves-title">{t('movesTitle')}</h3>
      {moves.length === 0 ? (
        <p>{t('noMoves')}</p>
      ) : (
        <>
          <FormField id="move-reason" label={t('moveReason')} name="reason" refused={reasonRefused}>
            {(control) => <textarea {...control} value={reason} rows={2} onChange={(event) => setReason(event.target.value)} />}
          </FormField>
          <ul className="moves">
            {moves.map((option) => (
              <li key={option.to}>
                <button type="button" disabled={busy} data-move={option.to} onClick={() => move(option.to)}>
                  {t('moveTo')}: {statusLabel(option.to, language)}
                </button>
                {option.reasonRequired && <span> ({t('reasonRequired')})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One referral: its data, the client it is linked to (where the role may see it), the legal moves and its history. */
export function ReferralDetail(props: DetailProps) {
  const { client, caller, referralId, onBack } = props;
  const { t, language } = useWords();
  const { result, reload } = useHubQuery(client, ReferralDetailDocument, { id: referralId });
  const [outcome, setOutcome] = useState<Outcome>({});
  const row = (label: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? null : (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    );
  return (
    <section aria-labelledby="referral-title">
      <h2 id="referral-title">{t('referralTitle')}</h2>
      <button type="button" onClick={onBack}>
        {t('backToList')}
      </button>
      {outcome.notice && <p role="status">{outcome.notice}</p>}
      {outcome.error && <ErrorNotice code={outcome.error.code} />}
      {outcome.error && ['INVALID_TRANSITION', 'CONFLICT'].includes(outcome.error.code) && <p>{t('reread')}</p>}
      <QueryStates result={result} shown={(data) => data.referral} empty={<p>{t('notFound')}</p>}>
        {(referral) => (
          <div data-referral-id={referral.id}>
            <dl className="facts">
              <dt>{t('status')}</dt>
              <dd data-status={referral.status}>{statusLabel(referral.status, language)}</dd>
              {row(t('priority'), priorityLabel(referral.priority, language))}
              {row(t('kind'), kindLabel(referral.kind, language))}
              {row(t('region'), regionLabel(referral.region, language))}
              {row(t('service'), referral.service && serviceLabel(referral.service, language))}
              {row(t('fundingStream'), fundingLabel(referral.fundingStream, language))}
              {row(t('sourceType'), sourceTypeLabel(referral.sourceType, language))}
              {row(t('receivedAt'), formatDateTime(referral.receivedAt, language))}
              {row(t('contactDueAt'), `${formatDateTime(referral.contactDueAt, language)}${referral.overdue ? ` (${t('overdue')})` : ''}`)}
              {row(t('expectedWaitDays'), referral.expectedWaitDays)}
              {row(t('referrerOrganisationName'), referral.referrerOrganisationName)}
              {row(t('referrerContactName'), referral.referrerContactName)}
              {row(t('referrerContactPhone'), referral.referrerContactPhone)}
              {row(t('referrerContactEmail'), referral.referrerContactEmail)}
              {row(t('referrerReference'), referral.referrerReference)}
              {row(t('referrerMessage'), referral.referrerMessage)}
            </dl>
            {mayRunAll(caller.roles, [ReferralClientDocument]) && <LinkedClient client={client} caller={caller} referralId={referral.id} />}
            {mayRunAll(caller.roles, [TransitionReferralDocument]) && (
              <Moves {...props} status={referral.status} outcome={outcome} onOutcome={setOutcome} onMoved={reload} />
            )}
            <section aria-labelledby="history-title">
              <h3 id="history-title">{t('historyTitle')}</h3>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('changedAt')}</th>
                    <th scope="col">{t('side')}</th>
                    <th scope="col">{t('changedBy')}</th>
                    <th scope="col">{t('fromStatus')}</th>
                    <th scope="col">{t('toStatus')}</th>
                    <th scope="col">{t('reason')}</th>
                    <th scope="col">{t('referrerMessage')}</th>
                  </tr>
                </thead>
                <tbody>
                  {referral.history.map((change) => (
                    <tr key={change.id} data-history-to={change.to}>
                      <td>{formatDateTime(change.changedAt, language)}</td>
                      <td>{referralSideLabel(change.side, language)}</td>
                      <td>{change.changedByUserId}</td>
                      <td>{change.from ? statusLabel(change.from, language) : ''}</td>
                      <td>{statusLabel(change.to, language)}</td>
                      <td>{change.reason}</td>
                      <td>{change.referrerMessage}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        )}
      </QueryStates>
    </section>
  );
}
