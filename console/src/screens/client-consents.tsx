import { useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { errorCode } from '../api/error-code';
import { useSubmissionKey } from '../api/idempotency-key';
import { mayRunAll } from '../access/screen-access';
import { ErrorNotice } from '../error-notice';
import {
  ClientConsentsDocument,
  PartnerOrganisationNamesDocument,
  RecordConsentDocument,
  WithdrawConsentDocument,
  type DataCategory,
  type PartnerOrganisationNamesQuery,
} from '../gql/graphql';
import { formatDateTime, formatDate } from '../i18n/dates';
import { DATA_CATEGORIES, dataCategoryLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import type { SignedInCaller } from './registry';

type Partners = PartnerOrganisationNamesQuery['partnerOrganisations'];

/** A client's consents per partner and category; record and withdraw where the role may. */
export function ClientConsents({ client, caller, clientId }: { client: HubClient; caller: SignedInCaller; clientId: string }) {
  const partners = useHubQuery(client, PartnerOrganisationNamesDocument, {}).result;
  return (
    <QueryStates result={partners}>
      {(data) => <ConsentList client={client} caller={caller} clientId={clientId} partners={data.partnerOrganisations} />}
    </QueryStates>
  );
}

function ConsentList({ client, caller, clientId, partners }: { client: HubClient; caller: SignedInCaller; clientId: string; partners: Partners }) {
  const { t, language } = useWords();
  const { result, reload } = useHubQuery(client, ClientConsentsDocument, { id: clientId });
  const mayWithdraw = mayRunAll(caller.roles, [WithdrawConsentDocument]);
  const mayRecord = mayRunAll(caller.roles, [RecordConsentDocument]);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const partnerName = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  const withdraw = (id: string) => {
    setError(undefined);
    setNotice(undefined);
    client.mutate(WithdrawConsentDocument, { id }).then(
      () => {
        setNotice(t('withdrawn'));
        reload();
      },
      (e: unknown) => setError(errorCode(e)),
    );
  };
  return (
    <section aria-labelledby="consents-title">
      <h4 id="consents-title">{t('consentsTitle')}</h4>
      {notice && <p role="status">{notice}</p>}
      {error && <ErrorNotice code={error} />}
      <QueryStates result={result} shown={(data) => data.client?.consents}>
        {(consents) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('partner')}</th>
                <th scope="col">{t('categories')}</th>
                <th scope="col">{t('purpose')}</th>
                <th scope="col">{t('validPeriod')}</th>
                <th scope="col">{t('consentState')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {consents.map((consent) => (
                <tr key={consent.id} data-consent-id={consent.id} data-active={String(consent.active)}>
                  <td>{partnerName(consent.partnerOrganisationId)}</td>
                  <td>{consent.categories.map((c) => dataCategoryLabel(c, language)).join(', ')}</td>
                  <td>{consent.purpose}</td>
                  <td>
                    {formatDate(consent.validFrom, language)} – {formatDate(consent.validUntil, language)}
                  </td>
                  <td>
                    {consent.withdrawnAt
                      ? `${t('consentWithdrawn')} ${formatDateTime(consent.withdrawnAt, language)}`
                      : consent.active
                        ? t('consentActive')
                        : t('consentInactive')}
                  </td>
                  <td>
                    {mayWithdraw && consent.active && (
                      <button type="button" aria-label={`${t('withdraw')}: ${partnerName(consent.partnerOrganisationId)}`} onClick={() => withdraw(consent.id)}>
                        {t('withdraw')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
      {mayRecord && <RecordConsentForm client={client} clientId={clientId} partners={partners} onRecorded={reload} />}
    </section>
  );
}

function RecordConsentForm({ client, clientId, partners, onRecorded }: { client: HubClient; clientId: string; partners: Partners; onRecorded: () => void }) {
  const { t, language } = useWords();
  const [partnerOrganisationId, setPartner] = useState('');
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [purpose, setPurpose] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [key, renewKey] = useSubmissionKey();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState(false);
  const changed = () => {
    renewKey();
    setNotice(false);
  };
  return (
    <form
      aria-labelledby="record-consent-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        setPending(true);
        setError(undefined);
        setNotice(false);
        client
          .mutate(RecordConsentDocument, { input: { clientId, partnerOrganisationId, categories, purpose, validUntil, idempotencyKey: key } })
          .then(
            () => {
              setNotice(true);
              onRecorded();
            },
            (e: unknown) => setError(errorCode(e)),
          )
          .finally(() => {
            setPending(false);
            renewKey();
          });
      }}
    >
      <h5 id="record-consent-title">{t('recordConsentTitle')}</h5>
      <p>
        <label htmlFor="consent-partner">{t('partner')}</label>
        <select
          id="consent-partner"
          required
          value={partnerOrganisationId}
          onChange={(event) => {
            setPartner(event.target.value);
            changed();
          }}
        >
          <option value="">{t('choosePartner')}</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      </p>
      <fieldset>
        <legend>{t('categories')}</legend>
        {DATA_CATEGORIES.map((category) => (
          <label key={category}>
            <input
              type="checkbox"
              value={category}
              checked={categories.includes(category)}
              onChange={(event) => {
                setCategories(event.target.checked ? [...categories, category] : categories.filter((c) => c !== category));
                changed();
              }}
            />{' '}
            {dataCategoryLabel(category, language)}
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor="consent-purpose">{t('purpose')}</label>
        <input
          id="consent-purpose"
          required
          minLength={3}
          maxLength={1000}
          value={purpose}
          onChange={(event) => {
            setPurpose(event.target.value);
            changed();
          }}
        />
      </p>
      <p>
        <label htmlFor="consent-valid-until">{t('validUntil')}</label>
        <input
          id="consent-valid-until"
          type="date"
          required
          value={validUntil}
          onChange={(event) => {
            setValidUntil(event.target.value);
            changed();
          }}
        />
      </p>
      <button type="submit" disabled={pending}>
        {t('recordConsent')}
      </button>
      {notice && <p role="status">{t('consentRecorded')}</p>}
      {error && <ErrorNotice code={error} />}
    </form>
  );
}
