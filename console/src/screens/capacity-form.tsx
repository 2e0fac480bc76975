import { useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { errorCode } from '../api/error-code';
import { ErrorNotice } from '../error-notice';
import { SetUnitCapacityDocument } from '../gql/graphql';
import { useWords } from '../i18n/language-context';
import type { Unit } from './capacity-units';

/** A unit's number of places, for roles that may set it. */
export function CapacityForm({ client, unit, label, onSaved }: { client: HubClient; unit: Unit; label: string; onSaved: () => void }) {
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
