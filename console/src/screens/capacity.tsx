import { useEffect, useRef, useState } from 'react';
import { HubError, type HubClient } from '../api/hub-client';
import { useSubmissionKey } from '../api/idempotency-key';
import { mayRunAll } from '../access/screen-access';
import { ErrorNotice } from '../error-notice';
import {
  AcceptWaitlistOfferDocument,
  AdmitClientDocument,
  CurrentStaysDocument,
  DeclineWaitlistOfferDocument,
  DischargeClientDocument,
  OccupancyDocument,
  SearchClientsDocument,
  SetUnitCapacityDocument,
  ShelterLocationNamesDocument,
  UnitWaitlistDocument,
  type OccupancyQuery,
} from '../gql/graphql';
import { formatDateTime, formatLocalDate } from '../i18n/dates';
import { admissionOutcomeLabel, placementTypeLabel, waitlistStatusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import type { Language } from '../i18n/messages';
import { useHubQuery } from '../use-hub-query';
import { ClientSearch, type FoundClient } from './client-search';
import type { SignedInCaller } from './registry';
import { clientFileHref } from './screen-links';

type Unit = OccupancyQuery['occupancy'][number];
type LocationNames = ReadonlyMap<string, string>;
const errorCode = (error: unknown) => (error instanceof HubError ? error.code : 'UNKNOWN');

/** A location by name where the caller may read it, else by region (and whether it is secret). */
const locationLabel = (location: Unit['location'], names: LocationNames, secret: string) =>
  names.get(location.id) ?? `${location.region}${location.isSecret ? ` (${secret})` : ''}`;

/** A unit in words: its kind of place at its location. */
const unitLabel = (unit: Pick<Unit, 'type' | 'location'>, names: LocationNames, language: Language, secret: string) =>
  `${placementTypeLabel(unit.type, language)}, ${locationLabel(unit.location, names, secret)}`;

/** Asks again whenever `round` changes after the first render: another part of the screen changed what this shows. */
function useReloadOn(round: number, reload: () => void) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [round, reload]);
}

/** Capacity and waitlist: places per unit, who waits for them; admit, discharge, answer offers, set capacity. */
export function Capacity({ client, caller }: { client: HubClient; caller: SignedInCaller }) {
  const { t } = useWords();
  // A shelter location's name is confidential: asked for only when the caller's rules allow it.
  if (!mayRunAll(caller.roles, [ShelterLocationNamesDocument])) return <CapacityBoard client={client} caller={caller} names={new Map()} />;
  return <WithLocationNames client={client} caller={caller} loading={<p>{t('loading')}</p>} />;
}

function WithLocationNames({ client, caller, loading }: { client: HubClient; caller: SignedInCaller; loading: React.ReactNode }) {
  const { result } = useHubQuery(client, ShelterLocationNamesDocument, {});
  if (result.state === 'loading') return loading;
  if (result.state === 'error') return <ErrorNotice code={result.code} />;
  const names = new Map(result.data.shelterLocations.flatMap((l) => (l.name ? [[l.id, l.name] as const] : [])));
  return <CapacityBoard client={client} caller={caller} names={names} />;
}

function CapacityBoard({ client, caller, names }: { client: HubClient; caller: SignedInCaller; names: LocationNames }) {
  const { t, language } = useWords();
  const { result, reload } = useHubQuery(client, OccupancyDocument, {});
  const [shown, setShown] = useState<Unit | undefined>();
  const [round, setRound] = useState(0);
  const changed = () => {
    reload();
    setRound((n) => n + 1);
  };
  const maySetCapacity = mayRunAll(caller.roles, [SetUnitCapacityDocument]);
  const mayAdmit = mayRunAll(caller.roles, [AdmitClientDocument, SearchClientsDocument]);
  const mayDischarge = mayRunAll(caller.roles, [CurrentStaysDocument, DischargeClientDocument]);
  // The last figures stay on screen while they are asked again after a change, and so do the forms below them.
  const [units, setUnits] = useState<readonly Unit[]>([]);
  useEffect(() => {
    if (result.state === 'done') setUnits(result.data.occupancy);
  }, [result]);
  const label = (unit: Pick<Unit, 'type' | 'location'>) => unitLabel(unit, names, language, t('secretLocation'));
  return (
    <section aria-labelledby="capacity-title">
      <h2 id="capacity-title">{t('capacityTitle')}</h2>
      {result.state === 'loading' && units.length === 0 && <p>{t('loading')}</p>}
      {result.state === 'error' && <ErrorNotice code={result.code} />}
      {units.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('location')}</th>
              <th scope="col">{t('placementType')}</th>
              <th scope="col">{t('capacity')}</th>
              <th scope="col">{t('occupied')}</th>
              <th scope="col">{t('held')}</th>
              <th scope="col">{t('available')}</th>
              <th scope="col">{t('waiting')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.unitId} data-unit-id={unit.unitId} data-type={unit.type}>
                <td>{locationLabel(unit.location, names, t('secretLocation'))}</td>
                <td>{placementTypeLabel(unit.type, language)}</td>
                <td data-field="capacity">{unit.capacity}</td>
                <td data-field="occupied">{unit.occupied}</td>
                <td data-field="held">{unit.held}</td>
                <td data-field="available">{unit.available}</td>
                <td data-field="waiting">{unit.waiting}</td>
                <td>
                  <button type="button" aria-label={`${t('showWaitlist')}: ${label(unit)}`} onClick={() => setShown(unit)}>
                    {t('showWaitlist')}
                  </button>
                  {maySetCapacity && <CapacityForm client={client} unit={unit} label={label(unit)} onSaved={changed} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown && <UnitWaitlist key={shown.unitId} client={client} caller={caller} unit={shown} label={label(shown)} round={round} onChanged={changed} />}
      {mayAdmit && units.length > 0 && <AdmitForm client={client} units={units} label={label} onAdmitted={changed} />}
      {mayDischarge && <CurrentStays client={client} label={label} round={round} onDischarged={changed} />}
    </section>
  );
}

function CapacityForm({ client, unit, label, onSaved }: { client: HubClient; unit: Unit; label: string; onSaved: () => void }) {
  const { t } = useWords();
  const [capacity, setCapacity] = useState(String(unit.capacity));
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState(false);
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        setError(undefined);
        setNotice(false);
        client.mutate(SetUnitCapacityDocument, { input: { unitId: unit.unitId, capacity: Number(capacity) } }).then(
          () => {
            setNotice(true);
            onSaved();
          },
          (e: unknown) => setError(errorCode(e)),
        );
      }}
    >
      <label htmlFor={`capacity-${unit.unitId}`} className="visually-hidden">
        {`${t('newCapacity')}: ${label}`}
      </label>
      <input id={`capacity-${unit.unitId}`} type="number" min={0} max={100} value={capacity} onChange={(event) => setCapacity(event.target.value)} />
      <button type="submit" aria-label={`${t('saveCapacity')}: ${label}`}>
        {t('saveCapacity')}
      </button>
      {notice && <span role="status">{t('capacitySaved')}</span>}
      {error && <ErrorNotice code={error} />}
    </form>
  );
}

function UnitWaitlist(props: { client: HubClient; caller: SignedInCaller; unit: Unit; label: string; round: number; onChanged: () => void }) {
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
      {result.state === 'loading' && <p>{t('loading')}</p>}
      {result.state === 'error' && <ErrorNotice code={result.code} />}
      {result.state === 'done' && result.data.waitlist.length === 0 && <p>{t('nothingHere')}</p>}
      {result.state === 'done' && result.data.waitlist.length > 0 && (
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
            {result.data.waitlist.map((entry) => (
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
    </section>
  );
}

function AdmitForm({ client, units, label, onAdmitted }: { client: HubClient; units: readonly Unit[]; label: (unit: Unit) => string; onAdmitted: () => void }) {
  const { t, language } = useWords();
  const [chosen, setChosen] = useState<FoundClient | undefined>();
  const [unitId, setUnitId] = useState('');
  const [key, renewKey] = useSubmissionKey();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<{ text: string; position?: number | null } | undefined>();
  const unit = units.find((u) => u.unitId === unitId);
  const change = () => {
    renewKey();
    setOutcome(undefined);
    setError(undefined);
  };
  return (
    <section aria-labelledby="admit-title">
      <h3 id="admit-title">{t('admitTitle')}</h3>
      <ClientSearch
        client={client}
        id="admit-client"
        action={(found) => (
          <button
            type="button"
            aria-pressed={chosen?.id === found.id}
            onClick={() => {
              setChosen(found);
              change();
            }}
          >
            {t('chooseClient')}
          </button>
        )}
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!chosen || !unit || pending) return;
          setPending(true);
          setError(undefined);
          const input = { clientId: chosen.id, locationId: unit.location.id, placementType: unit.type, idempotencyKey: key };
          client
            .mutate(AdmitClientDocument, { input })
            .then(
              ({ admitClient }) => {
                setOutcome({ text: admissionOutcomeLabel(admitClient.outcome, language), position: admitClient.waitlistEntry?.position });
                onAdmitted();
              },
              (e: unknown) => setError(errorCode(e)),
            )
            .finally(() => {
              setPending(false);
              renewKey();
            });
        }}
      >
        <p>
          {t('client')}: <strong data-chosen-client={chosen?.id}>{chosen ? chosen.name : t('chooseClient')}</strong>
        </p>
        <label htmlFor="admit-unit">{t('unit')}</label>
        <select
          id="admit-unit"
          value={unitId}
          onChange={(event) => {
            setUnitId(event.target.value);
            change();
          }}
        >
          <option value="">{t('chooseUnit')}</option>
          {units.map((u) => (
            <option key={u.unitId} value={u.unitId}>
              {label(u)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!chosen || !unit || pending}>
          {t('admit')}
        </button>
      </form>
      {outcome && (
        <p role="status" data-outcome>
          {outcome.text}
          {outcome.position != null && ` ${t('waitlistPosition')}: ${outcome.position}.`}
        </p>
      )}
      {error && <ErrorNotice code={error} />}
    </section>
  );
}

function CurrentStays(props: { client: HubClient; label: (unit: Pick<Unit, 'type' | 'location'>) => string; round: number; onDischarged: () => void }) {
  const { client, label, round, onDischarged } = props;
  const { t, language } = useWords();
  const [after, setAfter] = useState<string | undefined>();
  const { result, reload } = useHubQuery(client, CurrentStaysDocument, { first: 50, after });
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
      {result.state === 'loading' && <p>{t('loading')}</p>}
      {result.state === 'error' && <ErrorNotice code={result.code} />}
      {result.state === 'done' && result.data.stays.edges.length === 0 && <p>{t('nothingHere')}</p>}
      {result.state === 'done' && result.data.stays.edges.length > 0 && (
        <>
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
              {result.data.stays.edges.map(({ node }) => (
                <tr key={node.id} data-stay-id={node.id} data-client-id={node.client.id}>
                  <td>
                    <a href={clientFileHref(node.client.id)}>{node.client.name}</a>
                  </td>
                  <td>{label({ type: node.placementType, location: node.location })}</td>
                  <td>{formatLocalDate(node.admittedOn, language)}</td>
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
          {result.data.stays.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setAfter(result.data.stays.pageInfo.endCursor ?? undefined)}>
              {t('nextPage')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
