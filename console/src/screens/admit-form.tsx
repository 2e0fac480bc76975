import { useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { errorCode } from '../api/error-code';
import { useSubmissionKey } from '../api/idempotency-key';
import { ErrorNotice } from '../error-notice';
import { AdmitClientDocument } from '../gql/graphql';
import { admissionOutcomeLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import type { Unit } from './capacity-units';
import { ClientSearch, type FoundClient } from './client-search';

/** Admit a client found by name to a unit: admitted, or waitlisted, said in words. One key per submission. */
export function AdmitForm({
  client,
  units,
  label,
  onAdmitted,
}: {
  client: HubClient;
  units: readonly Unit[];
  label: (unit: Unit) => string;
  onAdmitted: () => void;
}) {
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
            {t('selectClient')}
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
          {t('client')}: <strong data-chosen-client={chosen?.id}>{chosen ? chosen.name : t('selectClient')}</strong>
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
