import { useEffect, useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import { ErrorNotice } from '../error-notice';
import {
  AdmitClientDocument,
  CurrentStaysDocument,
  DischargeClientDocument,
  OccupancyDocument,
  SearchClientsDocument,
  SetUnitCapacityDocument,
} from '../gql/graphql';
import { placementTypeLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { useHubQuery } from '../use-hub-query';
import { AdmitForm } from './admit-form';
import { CapacityForm } from './capacity-form';
import { locationLabel, unitLabel, type LocationNames, type Unit } from './capacity-units';
import { CurrentStays } from './current-stays';
import { WithLocationNames } from './location-names';
import type { SignedInCaller } from './registry';
import { UnitWaitlist } from './unit-waitlist';

/** Capacity and waitlist: places per unit, who waits for them; admit, discharge, answer offers, set capacity. */
export function Capacity({ client, caller }: { client: HubClient; caller: SignedInCaller }) {
  return (
    <WithLocationNames client={client} caller={caller}>
      {(names) => <CapacityBoard client={client} caller={caller} names={names} />}
    </WithLocationNames>
  );
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
