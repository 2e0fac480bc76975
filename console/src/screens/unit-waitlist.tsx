import { useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { errorCode } from '../api/error-code';
import { useSubmissionKey } from '../api/idempotency-key';
import { mayRunAll } from '../access/screen-access';
import { ErrorNotice } from '../error-notice';
import { AcceptWaitlistOfferDocument, DeclineWaitlistOfferDocument, UnitWaitlistDocument } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { waitlistStatusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import type { Unit } from './capacity-units';
import type { SignedInCaller } from './registry';
import { clientFileHref } from './screen-links';
import { useReloadOn } from './use-reload-on';

/** Who waits for a place in one unit, in queue order; an open offer can be accepted or declined. */
export function UnitWaitlist(props: { client: HubClient; caller: SignedInCaller; unit: Unit; label: string; round: number; onChanged: () => void }) {
  const { client, caller, unit, label, round, onChanged } = props;
  const { t, language } = useWords();
  const { result, reload } = useHubQuery(client, UnitWaitlistDocument, { locationId: unit.location.id, placementType: unit.type });
  useReloadOn(round, reload);
  const mayAnswer = mayRunAll(caller.roles, [AcceptWaitlistOfferDocument, DeclineWaitlistOfferDocument]);
  const [key, renewKey] = useSubmissionKey();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const answer = (run: () => Promise<unknown>, done: string) => {
    if (pending) return;
    setPending(true);
    setError(undefined);
    setNotice(undefined);
    run()
      .then(
        () => {
          setNotice(done);
          onChanged();
        },
        (e: unknown) => setError(errorCode(e)),
      )
      .finally(() => {
        setPending(false);
        renewKey();
      });
  };
  return (
    <section aria-labelledby="waitlist-title">
      <h3 id="waitlist-title">
        {t('waitlistOf')}: {label}
      </h3>
      {notice && <p role="status">{notice}</p>}
      {error && <ErrorNotice code={error} />}
      <QueryStates result={result} shown={(data) => data.waitlist}>
        {(entries) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('position')}</th>
                <th scope="col">{t('client')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('queuedAt')}</th>
                <th scope="col">{t('offerExpiresAt')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-entry-id={entry.id} data-client-id={entry.client.id}>
                  <td>{entry.position}</td>
                  <td>
                    <a href={clientFileHref(entry.client.id)}>{entry.client.name}</a>
                  </td>
                  <td data-status={entry.status}>{waitlistStatusLabel(entry.status, language)}</td>
                  <td>{formatDateTime(entry.queuedAt, language)}</td>
                  <td>{entry.status === 'OFFERED' ? formatDateTime(entry.offerExpiresAt, language) : ''}</td>
                  <td>
                    {mayAnswer && entry.status === 'OFFERED' && (
                      <>
                        <button
                          type="button"
                          disabled={pending}
                          onClick={() =>
                            answer(() => client.mutate(AcceptWaitlistOfferDocument, { input: { entryId: entry.id, idempotencyKey: key } }), t('offerAccepted'))
                          }
                        >
                          {t('acceptOffer')}
                        </button>
                        <button
                          type="button"
                          disabled={pending}
                          onClick={() => answer(() => client.mutate(DeclineWaitlistOfferDocument, { id: entry.id }), t('offerDeclined'))}
                        >
                          {t('declineOffer')}
                        </button>
                      </>
                    )}
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
