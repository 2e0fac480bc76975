import { useState } from 'react';
import { errorCode } from '../api/error-code';
import type { HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import { ErrorNotice } from '../error-notice';
import { ServiceAvailabilityOverviewDocument, SetServiceAvailabilityDocument, type ServiceAvailabilityOverviewQuery } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { regionLabel, serviceLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import type { SignedInCaller } from './registry';

type Availability = ServiceAvailabilityOverviewQuery['serviceAvailability'][number];

/** The same row with intake open or stopped: the input replaces the whole row, so the rest is sent as it was. */
const flipped = (row: Availability) => ({
  region: row.region,
  service: row.service,
  acceptingNewClients: !row.acceptingNewClients,
  contact: row.contact ?? undefined,
  note: row.note ?? undefined,
  waitingTimeWeeksMin: row.waitingTimeWeeksMin ?? undefined,
  waitingTimeWeeksMax: row.waitingTimeWeeksMax ?? undefined,
});

const weeks = (row: Availability) =>
  row.waitingTimeWeeksMin === null || row.waitingTimeWeeksMin === undefined
    ? ''
    : row.waitingTimeWeeksMax === row.waitingTimeWeeksMin
      ? String(row.waitingTimeWeeksMin)
      : `${row.waitingTimeWeeksMin}–${row.waitingTimeWeeksMax ?? ''}`;

/** Intake per region and service: where it is stopped, the waiting time, whom to call; staff declare or lift a stop. */
export function IntakeStops({ client, caller }: { client: HubClient; caller: SignedInCaller }) {
  const { t, language } = useWords();
  const { result, reload } = useHubQuery(client, ServiceAvailabilityOverviewDocument, {});
  const mayChange = mayRunAll(caller.roles, [SetServiceAvailabilityDocument]);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const change = (row: Availability) => {
    setError(undefined);
    setNotice(undefined);
    client.mutate(SetServiceAvailabilityDocument, { input: flipped(row) }).then(
      () => {
        setNotice(t('availabilityChanged'));
        reload();
      },
      (failure: unknown) => setError(errorCode(failure)),
    );
  };
  return (
    <section aria-labelledby="intake-title">
      <h2 id="intake-title">{t('intakeStopsTitle')}</h2>
      {notice && <p role="status">{notice}</p>}
      {error && <ErrorNotice code={error} />}
      <QueryStates result={result} shown={(data) => data.serviceAvailability}>
        {(rows) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('region')}</th>
                <th scope="col">{t('service')}</th>
                <th scope="col">{t('intake')}</th>
                <th scope="col">{t('waitingWeeks')}</th>
                <th scope="col">{t('contact')}</th>
                <th scope="col">{t('note')}</th>
                <th scope="col">{t('updatedAt')}</th>
                {mayChange && <th scope="col">{t('actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-availability={`${row.region}/${row.service}`} className={row.acceptingNewClients ? undefined : 'stopped'}>
                  <td>{regionLabel(row.region, language)}</td>
                  <td>{serviceLabel(row.service, language)}</td>
                  <td data-accepting={row.acceptingNewClients}>{row.acceptingNewClients ? t('intakeOpen') : <strong>{t('intakeStopped')}</strong>}</td>
                  <td>{weeks(row)}</td>
                  <td>{row.contact}</td>
                  <td>{row.note}</td>
                  <td>{formatDateTime(row.updatedAt, language)}</td>
                  {mayChange && (
                    <td>
                      <button type="button" onClick={() => change(row)}>
                        {row.acceptingNewClients ? t('declareStop') : t('liftStop')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
    </section>
  );
}
